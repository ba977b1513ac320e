"""Assistance financière à une personne incarcérée : don ou prêt sans intérêt (art. 5)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from outils.declaration import Arguments, Booleen, Indices, choix, outil
from outils.entrees import lire_booleen, lire_choix
from outils.resultat import Etape, Resultat, reglement

FORMES = ["don", "prêt sans intérêt"]


class ButAide(StrEnum):
    """Le but de l'aide demandée, selon les paragraphes 2° et 3° de l'art. 5."""

    PARTICIPATION = "participation_activite_non_remuneree"
    RECHERCHE_EMPLOI = "recherche_emploi"
    AUCUN = "aucun"


ChoixBut = choix(
    ButAide,
    {
        ButAide.PARTICIPATION: "participer à une activité non rémunérée",
        ButAide.RECHERCHE_EMPLOI: "rechercher un emploi",
        ButAide.AUCUN: "ni l'un ni l'autre",
    },
)


class ArgumentsAide(Arguments):
    aide_exterieure: Annotated[
        Booleen,
        Indices(
            ("aide de sa famille", "aide exterieure", "recoit de l'aide", "soutien de", "envoie",
             "de l'exterieur", "dehors", "support de", "famille l'aide"),
            faux=(
                "no support",  # les mots anglais du milieu
                "aucune aide",
                "pas d'aide",
                "sans aide",
                "ni soutien",
                "ni aide",
                "personne pour l'aider",
                "aucun soutien",
                "sans soutien",
                "pas de famille",
                "aucune famille",
                "sans famille",
            ),
            defaut=True,
        ),
    ] = Field(
        title="aide extérieure", description="La personne reçoit-elle une aide financière de l'extérieur ?"
    )
    ressources_financieres: Annotated[
        Booleen,
        Indices(
            ("a de l'argent", "ressources financieres", "a des economies"),
            faux=(
                "aucune ressource",
                "pas de ressource",
                "sans ressource",
                "ni ressource",
                "pas d'argent",
                "aucun argent",
                "sans argent",
                "sans le sou",
                "casse",
                "broke",
                "aucun revenu",
                "sans revenu",
                "pas de revenu",
                "sans un sou",
                "pas un sou",
                "pas une cenne",
                "pas une token",
            ),
            defaut=True,
            solde=("compte", "epargne", "de cote", "en banque"),
        ),
    ] = Field(
        title="ressources financières", description="La personne dispose-t-elle de ressources financières ?"
    )
    peut_travailler_ou_participer: Annotated[
        Booleen,
        Indices(
            ("peut travailler", "apte", "capable de travailler", "capable de participer"),
            faux=(
                "ne peut pas travailler",
                "peut pas travailler",
                "incapable",
                "pas capable",
                "ne peut pas participer",
                "peut pas participer",
                "inapte",
                "ne peut travailler",
            ),
            defaut=True,
        ),
    ] = Field(
        title="peut travailler ou participer",
        description="Peut-elle exécuter un travail rémunéré ou participer à une autre activité du"
        " programme ?",
    )
    but: Annotated[
        ChoixBut | None,
        Indices(
            valeurs={
                "recherche_emploi": (
                    "recherche d'emploi",
                    "chercher un emploi",
                    "cherche un emploi",
                    "chercher une job",
                    "cherche une job",
                    "trouver un emploi",
                    "trouver une job",
                    "se trouver un travail",
                    "chercher du travail",
                    "entrevue",
                    "embauche",
                    "curriculum",
                    "cv",
                ),
                "participation_activite_non_remuneree": (
                    "participer",
                    "activite",
                    "atelier",
                    "formation",
                    "cours",
                    "programme",
                ),
            }
        ),
    ] = Field(
        None,
        title="but de l'aide",
        description="But de l'aide : participation_activite_non_remuneree, recherche_emploi ou aucun.",
    )


@outil(
    ArgumentsAide,
    "Dit si une personne incarcérée peut recevoir du fonds un don ou un prêt sans intérêt"
    " (art. 5) : sans aide extérieure ni ressources et incapable de travailler ou participer,"
    " pour participer à une activité non rémunérée, ou pour chercher un emploi. Renvoie les"
    " paragraphes qui s'appliquent, qui présente la demande et les articles.",
    articles=("5",),
)
def verifier_admissibilite_aide(
    aide_exterieure: bool | str,
    ressources_financieres: bool | str,
    peut_travailler_ou_participer: bool | str,
    but: ButAide | str | None = None,
) -> Resultat:
    """Art. 5 : « Un fonds peut assister financièrement une personne incarcérée en lui
    accordant un don ou un prêt sans intérêt dans l'une des situations suivantes :
    1° [...] elle ne reçoit aucune aide financière de l'extérieur, ne dispose d'aucune
    ressource financière et ne peut exécuter une activité de travail rémunéré ni
    participer à une autre activité [...] ; 2° favoriser sa participation à une activité
    [...] autre que du travail rémunéré ; 3° la supporter dans la recherche d'un emploi
    dans la communauté. »

    Les trois premiers arguments décrivent la personne (vrai/faux, « oui »/« non ») ;
    `but` : participation_activite_non_remuneree, recherche_emploi ou aucun.
    Rend les paragraphes qui s'appliquent. Admissible ne veut pas dire « a droit » :
    le fonds « peut » aider.
    """
    exterieure = lire_booleen(aide_exterieure, "aide_exterieure")
    ressources = lire_booleen(ressources_financieres, "ressources_financieres")
    peut_agir = lire_booleen(peut_travailler_ou_participer, "peut_travailler_ou_participer")
    objet = lire_choix(but if but is not None else ButAide.AUCUN, ButAide, "but")

    situations = {
        "1°": not exterieure and not ressources and not peut_agir,
        "2°": objet is ButAide.PARTICIPATION,
        "3°": objet is ButAide.RECHERCHE_EMPLOI,
    }
    retenus = [paragraphe for paragraphe, applicable in situations.items() if applicable]
    articles = [reglement("5", f"art. 5, al. 1, {p}") for p in retenus]
    articles += [reglement("5", "art. 5, al. 2")] if retenus else [reglement("5", "art. 5, al. 1")]
    return Resultat(
        outil="verifier_admissibilite_aide",
        entrees={
            "aide_exterieure": exterieure,
            "ressources_financieres": ressources,
            "peut_travailler_ou_participer": peut_agir,
            "but": objet.value,
        },
        valeurs={
            "admissible": bool(retenus),
            "paragraphes": retenus,
            "formes": FORMES if retenus else [],
            "demande_presentee_par": "le directeur de l'établissement ou une autre personne qu'il désigne",
        },
        etapes=_etapes(exterieure, ressources, peut_agir, objet, situations),
        articles=articles,
        avertissements=[
            "Le fonds « peut » accorder l'aide : être admissible ne donne pas droit à l'aide (art. 5)."
        ]
        if retenus
        else [],
        conclusion=_conclusion(retenus),
    )


def _etapes(
    exterieure: bool, ressources: bool, peut_agir: bool, objet: ButAide, situations: dict[str, bool]
) -> list[Etape]:
    def verdict(paragraphe: str) -> str:
        return "s'applique" if situations[paragraphe] else "ne s'applique pas"

    return [
        Etape(
            libelle="Art. 5, 1° : sans aide extérieure, sans ressources et incapable de travailler"
            " ou de participer",
            calcul=f"aide extérieure : {_oui(exterieure)} ; ressources financières :"
            f" {_oui(ressources)} ;"
            f" peut travailler ou participer : {_oui(peut_agir)}",
            resultat=verdict("1°"),
        ),
        Etape(
            libelle="Art. 5, 2° : favoriser la participation à une activité autre que du travail rémunéré",
            calcul=f"but : {objet.value}",
            resultat=verdict("2°"),
        ),
        Etape(
            libelle="Art. 5, 3° : soutenir la recherche d'un emploi dans la communauté",
            calcul=f"but : {objet.value}",
            resultat=verdict("3°"),
        ),
    ]


def _conclusion(retenus: list[str]) -> str:
    if not retenus:
        return (
            "Aucune des situations de l'art. 5 ne s'applique : le règlement ne prévoit pas"
            " d'assistance financière du fonds dans ce cas."
        )
    return (
        f"La personne est admissible à une assistance financière du fonds, sous forme de don ou de"
        f" prêt sans intérêt (art. 5, {' et '.join(retenus)}) ; le fonds peut l'accorder sans y"
        " être"
        " tenu. La demande lui est présentée par le directeur de l'établissement ou la personne"
        " qu'il désigne."
    )


def _oui(valeur: bool) -> str:
    return "oui" if valeur else "non"
