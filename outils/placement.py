"""Dépôts, chèques et placements des sommes d'un fonds (art. 6)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from outils.declaration import Arguments, Indices, choix, outil
from outils.entrees import lire_choix
from outils.resultat import Etape, Resultat, reglement

DEPOT = (
    "Les sommes saisies pour le fonds (ou le Fonds central) sont déposées dans les plus brefs"
    " délais,"
    " dans une banque ou une institution financière inscrite au sens du paragraphe b ou e de"
    " l'article 1 de la Loi sur les institutions de dépôts et la protection des dépôts, par un"
    " membre"
    " du conseil spécialement autorisé, le ministre ou une personne désignée par le conseil ou le"
    " ministre (art. 6, al. 1)."
)
CHEQUES = (
    "Tout paiement d'un fonds se fait par chèque signé par 2 personnes désignées par le conseil"
    " d'administration, dont l'une est membre du conseil ; pour le Fonds central, par 2 personnes"
    " désignées par le ministre (art. 6, al. 2)."
)


class TypePlacement(StrEnum):
    """Les placements que nomme l'art. 6, al. 3, et tout le reste."""

    DEPOT_BANQUE = "depot_banque"
    DEPOT_INSTITUTION_INSCRITE = "depot_institution_inscrite"
    OBLIGATIONS_EPARGNE_QUEBEC = "obligations_epargne_quebec"
    OBLIGATIONS_EPARGNE_CANADA = "obligations_epargne_canada"
    AUTRE = "autre"


LIBELLES = {
    TypePlacement.DEPOT_BANQUE: "un dépôt dans une banque",
    TypePlacement.DEPOT_INSTITUTION_INSCRITE: "un dépôt dans une institution financière inscrite",
    TypePlacement.OBLIGATIONS_EPARGNE_QUEBEC: "l'acquisition d'obligations d'épargne du Québec",
    TypePlacement.OBLIGATIONS_EPARGNE_CANADA: "l'acquisition d'obligations d'épargne du Canada",
    TypePlacement.AUTRE: "un placement autre qu'un dépôt ou des obligations d'épargne du Québec ou du Canada",
}


ChoixPlacement = choix(TypePlacement, LIBELLES)


class ArgumentsPlacement(Arguments):
    type_placement: Annotated[
        ChoixPlacement,
        Indices(
            valeurs={
                "obligations_epargne_quebec": (
                    "obligations d'epargne du quebec",
                    "obligations du quebec",
                    "epargne placements quebec",
                ),
                "obligations_epargne_canada": (
                    "obligations d'epargne du canada",
                    "obligations du canada",
                    "obligations du gouvernement du canada",
                    "obligations d'epargne du gouvernement du canada",
                    "obligations federales",
                ),
                "depot_institution_inscrite": (
                    "caisse",
                    "desjardins",
                    "institution financiere",
                    "cooperative",
                ),
                "depot_banque": ("banque", "compte bancaire", "compte a la banque"),
                "autre": (
                    "action",
                    "bourse",
                    "fonds commun",
                    "crypto",
                    "immobilier",
                    "obligations de societe",
                    "obligations",
                    "obligations corporatives",
                    "cpg",
                    "certificat",
                    "bitcoin",
                    "fnb",
                    "or ",
                    "bons du tresor",
                    "fonds de placement",
                    "fonds mutuel",
                    "fonds indiciel",
                    "marche monetaire",  # un fonds du marché monétaire : des parts, pas un dépôt
                ),
            },
            # Le produit décide, pas l'institution qui le vend : un fonds commun chez Desjardins
            # reste un placement qui requiert l'autorisation (art. 6, al. 3).
            prioritaire="autre",
        ),
    ] = Field(
        title="type de placement",
        description="depot_banque, depot_institution_inscrite, obligations_epargne_quebec,"
        " obligations_epargne_canada ou autre (actions, fonds communs, etc.).",
    )


@outil(
    ArgumentsPlacement,
    "Dit si un placement des sommes d'un fonds requiert l'autorisation du ministre (art. 6,"
    " al. 3 :"
    " non pour un dépôt en banque ou institution inscrite ou des obligations d'épargne du"
    " Québec"
    " ou du Canada, oui pour tout autre) et rappelle le dépôt des sommes et les deux signatures"
    " des chèques (al. 1 et 2).",
    articles=("6",),
)
def verifier_placement(type_placement: TypePlacement | str) -> Resultat:
    """Art. 6, al. 3 : « Tout placement des sommes [...] appartenant à un fonds, sauf s'il
    s'agit de dépôts dans une banque ou une institution qui y est mentionnée ou
    d'acquisition d'obligations d'épargne du Québec ou du Canada, requiert l'autorisation
    du ministre ou de la personne qu'il désigne. »

    `type_placement` : depot_banque, depot_institution_inscrite, obligations_epargne_quebec,
    obligations_epargne_canada ou autre. Rend si l'autorisation est requise, et rappelle
    le devoir de dépôt (al. 1) et la règle des deux signatures (al. 2).
    """
    genre = lire_choix(type_placement, TypePlacement, "type_placement")
    autorisation = genre is TypePlacement.AUTRE
    libelle = LIBELLES[genre]
    if autorisation:
        conclusion = (
            f"Pour {libelle}, l'autorisation du ministre ou de la personne qu'il désigne est"
            " requise"
            " (art. 6, al. 3)."
        )
    else:
        conclusion = f"Pour {libelle}, aucune autorisation du ministre n'est requise (art. 6, al. 3)."
    return Resultat(
        outil="verifier_placement",
        entrees={"type_placement": genre.value},
        valeurs={
            "autorisation_requise": autorisation,
            "depot": DEPOT,
            "cheques": CHEQUES,
            "signatures_requises": 2,
        },
        etapes=[
            Etape(
                libelle="Placement permis sans autorisation (dépôt, obligations d'épargne) ?",
                calcul=libelle,
                resultat="non, autorisation requise" if autorisation else "oui",
            ),
            Etape(
                libelle="Dépôt des sommes saisies pour le fonds (al. 1)",
                calcul="dans les plus brefs délais",
                resultat="banque ou institution financière inscrite",
            ),
            Etape(
                libelle="Signature des chèques (al. 2)",
                calcul="personnes désignées par le conseil, dont un membre du conseil"
                " (Fonds central : désignées par le ministre)",
                resultat="2 signatures",
            ),
        ],
        articles=[
            reglement("6", "art. 6, al. 3"),
            reglement("6", "art. 6, al. 1"),
            reglement("6", "art. 6, al. 2"),
        ],
        avertissements=[],
        conclusion=f"{conclusion} {CHEQUES}",
    )
