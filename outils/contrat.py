"""Mentions obligatoires d'un contrat de travail avec un tiers (art. 7)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from outils.argent import Nombre, format_montant, format_nombre
from outils.dates import format_date, lire_date
from outils.declaration import Arguments, Booleen, Heures, Indices, Jour, Montant, outil
from outils.entrees import heures_non_negatives, lire_booleen, montant_non_negatif
from outils.resultat import Etape, Resultat, reglement

PARAGRAPHE_5 = "5° : paragraphe abrogé (D. 51-2018, a. 3) ; il n'impose plus rien"
OBLIGATIONS_TIERS = (
    "les obligations du tiers, notamment la communication au fonds de la quantité de travail"
    " effectué ou du nombre d'heures travaillées par chaque personne incarcérée"
)


class ArgumentsContrat(Arguments):
    montant_total_ou_maximum: Montant | None = Field(
        None,
        title="montant total ou maximum",
        description="Montant total ou maximum prévu au contrat, en $ ; omis s'il n'y est pas.",
    )
    heures_requises: Annotated[Heures | None, Indices(equipe=True)] = Field(
        None,
        title="heures requises",
        description="Nombre d'heures de travail requises prévu au contrat ; omis s'il n'y est pas.",
    )
    date_debut: Annotated[
        Jour | None, Indices(("debut", "commence", "debute", "a partir", "du "), jour=True)
    ] = Field(
        None, title="date de début", description="Date de début du contrat (AAAA-MM-JJ) ; omise si absente."
    )
    date_echeance: Annotated[
        Jour | None, Indices(("echeance", "fin", "termine", "prend fin", "jusqu", "au "), jour=True)
    ] = Field(
        None,
        title="date d'échéance",
        description="Date d'échéance du contrat (AAAA-MM-JJ) ; omise si absente.",
    )
    obligations_tiers_communication: Annotated[
        Booleen,
        Indices(
            (
                "communiqu",
                "communication",
                "transmet",
                "transmis",  # « les heures nous sont transmises »
                "rapport des heures",
                "fournir les heures",
                "envoie les heures",
                "envoyer les heures",
                "nous donne les heures",
                "obligations du tiers",
                "feuilles de temps",
                # Art. 7, 4° : informer le fonds de la quantité de travail, quel que soit le verbe.
                "quantite de travail",
                "nous dire",
                "nous indiquer",
                "nous informer",
                "nous rapporter",
                # L'objet, quel que soit le verbe : « les heures de chaque gars », « par chaque détenu ».
                "heures de chaque",
                "heures par chaque",
                "heures par personne",
                "heures par detenu",
            ),
            faux=("ne prevoit pas", "sans obligation", "aucune obligation", "pas d'obligation", "rien sur"),
        ),
    ] = Field(
        False,
        title="obligations du tiers (communication des heures)",
        description="Le contrat prévoit-il les obligations du tiers, dont la communication au"
        " fonds du travail"
        " effectué ou des heures travaillées par chaque personne incarcérée ?",
    )


@outil(
    ArgumentsContrat,
    "Vérifie qu'un contrat de travail avec un tiers contient les mentions exigées par l'art. 7"
    " :"
    " montant total ou maximum, heures requises, durée avec dates de début et d'échéance,"
    " obligations du tiers (communication du travail ou des heures par personne). Renvoie les"
    " mentions manquantes ou invalides et la durée en jours.",
    articles=("7",),
)
def verifier_contrat(
    montant_total_ou_maximum: Nombre | None = None,
    heures_requises: Nombre | None = None,
    date_debut: datetime.date | str | None = None,
    date_echeance: datetime.date | str | None = None,
    obligations_tiers_communication: bool | str = False,
) -> Resultat:
    """Art. 7 : « Tout contrat visé au paragraphe 1 de l'article 87 de la Loi doit
    prévoir : 1° le montant total ou maximum du contrat ; 2° le nombre d'heures de travail
    requises ; 3° la durée et la date de début et d'échéance du contrat ; 4° les
    obligations du tiers, notamment la communication au fonds de la quantité de travail
    effectué ou du nombre d'heures travaillées par chaque personne incarcérée ;
    5° (paragraphe abrogé). »

    Chaque argument est ce que le contrat prévoit (None : rien de prévu) ; montant en $,
    heures en heures, dates AAAA-MM-JJ. Rend les mentions manquantes ou invalides et la
    durée en jours, début et échéance compris.
    """
    manquants: list[str] = []
    invalides: list[str] = []
    etapes: list[Etape] = []
    montant = _verifier_montant(montant_total_ou_maximum, manquants, invalides, etapes)
    heures = _verifier_heures(heures_requises, manquants, invalides, etapes)
    debut, echeance, duree = _verifier_duree(date_debut, date_echeance, manquants, invalides, etapes)
    communication = lire_booleen(obligations_tiers_communication, "obligations_tiers_communication")
    if not communication:
        manquants.append(f"4° : {OBLIGATIONS_TIERS}")
    etapes.append(
        Etape(
            libelle="4° Obligations du tiers",
            calcul="prévues au contrat",
            resultat=_oui(communication),
        )
    )
    etapes.append(
        Etape(libelle="5° (paragraphe abrogé)", calcul="D. 51-2018, a. 3", resultat="aucune exigence")
    )

    conforme = not manquants and not invalides
    return Resultat(
        outil="verifier_contrat",
        entrees={
            "montant_total_ou_maximum": montant,
            "heures_requises": heures,
            "date_debut": debut,
            "date_echeance": echeance,
            "obligations_tiers_communication": communication,
        },
        montants={} if montant is None else {"montant_total_ou_maximum": montant},
        valeurs={
            "conforme": conforme,
            "elements_manquants": manquants,
            "elements_invalides": invalides,
            "duree_jours": duree,
            "paragraphe_5": PARAGRAPHE_5,
        },
        etapes=etapes,
        articles=[reglement("7")],
        avertissements=[],
        conclusion=_conclusion(conforme, manquants, invalides, duree),
    )


def _verifier_montant(
    valeur: Nombre | None, manquants: list[str], invalides: list[str], etapes: list[Etape]
) -> Decimal | None:
    if valeur is None:
        manquants.append("1° : le montant total ou maximum du contrat")
        return None
    montant = montant_non_negatif(valeur, "montant_total_ou_maximum", "art. 7, 1°")
    if montant == 0:
        invalides.append(f"1° : le montant total ou maximum du contrat est de {format_montant(montant)}")
    etapes.append(
        Etape(
            libelle="1° Montant total ou maximum",
            calcul="prévu au contrat",
            resultat=format_montant(montant),
        )
    )
    return montant


def _verifier_heures(
    valeur: Nombre | None, manquants: list[str], invalides: list[str], etapes: list[Etape]
) -> Decimal | None:
    if valeur is None:
        manquants.append("2° : le nombre d'heures de travail requises")
        return None
    heures = heures_non_negatives(valeur, "heures_requises")
    if heures == 0:
        invalides.append("2° : le nombre d'heures de travail requises est de 0")
    etapes.append(
        Etape(
            libelle="2° Heures de travail requises",
            calcul="prévues au contrat",
            resultat=f"{format_nombre(heures)} h",
        )
    )
    return heures


def _verifier_duree(
    valeur_debut: datetime.date | str | None,
    valeur_echeance: datetime.date | str | None,
    manquants: list[str],
    invalides: list[str],
    etapes: list[Etape],
) -> tuple[datetime.date | None, datetime.date | None, int | None]:
    # lire_date(None) donnerait aujourd'hui : une date absente reste absente ici.
    debut = None if valeur_debut is None else lire_date(valeur_debut, "date_debut")
    echeance = None if valeur_echeance is None else lire_date(valeur_echeance, "date_echeance")
    if debut is None:
        manquants.append("3° : la date de début du contrat")
    if echeance is None:
        manquants.append("3° : la date d'échéance du contrat")
    if debut is None or echeance is None:
        return debut, echeance, None
    if echeance < debut:
        invalides.append(
            f"3° : la date d'échéance ({format_date(echeance)}) précède la date de début"
            f" ({format_date(debut)})"
        )
        return debut, echeance, None
    duree = (echeance - debut).days + 1
    etapes.append(
        Etape(
            libelle="3° Durée du contrat, début et échéance compris",
            calcul=f"du {format_date(debut)} au {format_date(echeance)}",
            resultat=f"{duree} jours",
        )
    )
    return debut, echeance, duree


def _conclusion(conforme: bool, manquants: list[str], invalides: list[str], duree: int | None) -> str:
    if conforme:
        return (
            "Le contrat prévoit toutes les mentions exigées par l'art. 7 ; sa durée est de"
            f" {duree} jours,"
            " début et échéance compris."
        )
    problemes = [f"manquant — {m}" for m in manquants] + [f"invalide — {i}" for i in invalides]
    return "Le contrat ne respecte pas l'art. 7 : " + " ; ".join(problemes) + "."


def _oui(valeur: bool) -> str:
    return "oui" if valeur else "non"
