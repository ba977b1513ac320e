"""Recours à des personnes non incarcérées dans un programme d'activités (art. 3, 11)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from outils.declaration import Arguments, Indices, choix, outil
from outils.entrees import lire_choix
from outils.resultat import Etape, Resultat, reglement


class Motif(StrEnum):
    """Les motifs que l'art. 3, al. 2 admet, et tout le reste."""

    SECURITE = "securite"
    MANQUE_RESSOURCES = "manque_ressources_engagement_tiers"
    MANQUE_COMPETENCE = "manque_competence_specifique"
    AUTRE = "autre"


LIBELLES = {
    Motif.SECURITE: "des motifs de sécurité",
    Motif.MANQUE_RESSOURCES: "le manque de ressources pour respecter l'engagement avec un tiers",
    Motif.MANQUE_COMPETENCE: "le manque de compétence spécifique des personnes incarcérées",
    Motif.AUTRE: "un motif que l'art. 3 ne prévoit pas",
}
AUTRES_REGLES = [
    (
        "Leur rémunération ne peut dépasser celle que le gouvernement donne pour des emplois"
        " équivalents dans la fonction publique (art. 11, al. 3)."
    ),
    "Le fonds doit prendre une assurance de responsabilité pour ces personnes (art. 11, al. 4).",
]


ChoixMotif = choix(Motif, LIBELLES)


class ArgumentsPersonnel(Arguments):
    motif: Annotated[
        ChoixMotif,
        Indices(
            valeurs={
                "securite": ("securit",),
                "manque_ressources_engagement_tiers": (
                    "manque de ressources",
                    "manque de monde",
                    "manque de personnel",
                    "manque de bras",
                    "pas assez de detenus",
                    "pas assez de gars",
                    "pas assez de monde",
                    "pas assez de personnel",
                    "engagement",
                    "commande",
                    "contrat avec",
                ),
                "manque_competence_specifique": (
                    "competen",
                    "expertise",
                    "specialis",
                    "qualifi",
                    "formation specifique",
                    "savoir-faire",
                    "metier",
                    "ebeniste",
                    "soudeur",
                    "contremaitre",
                    "chef d'atelier",
                ),
            }
        ),
    ] = Field(
        title="motif du recours",
        description="Motif du recours à une personne non incarcérée : securite,"
        " manque_ressources_engagement_tiers,"
        " manque_competence_specifique ou autre.",
    )


@outil(
    ArgumentsPersonnel,
    "Dit si le recours à une personne non incarcérée dans un programme d'activités est justifié"
    " (art. 3 : sécurité, manque de ressources pour un engagement avec un tiers, manque de"
    " compétence spécifique des personnes incarcérées) ; la priorité va aux personnes"
    " incarcérées.",
    articles=("3",),
)
def justifier_personnel_non_incarcere(motif: Motif | str) -> Resultat:
    """Art. 3 : un fonds « doit accorder priorité aux personnes incarcérées » (al. 1) ;
    « L'utilisation de personnes non incarcérées doit se justifier par des motifs de
    sécurité, par le manque de ressources pour respecter l'engagement avec un tiers ou par
    le manque de compétence spécifique des personnes incarcérées. » (al. 2)

    `motif` : securite, manque_ressources_engagement_tiers, manque_competence_specifique
    ou autre. Rend si le motif est admis par l'art. 3, al. 2.
    """
    raison = lire_choix(motif, Motif, "motif")
    admis = raison is not Motif.AUTRE
    if admis:
        conclusion = (
            f"Le recours à des personnes non incarcérées peut se justifier par {LIBELLES[raison]}"
            " (art. 3, al. 2) ; la priorité reste aux personnes incarcérées (art. 3, al. 1)."
        )
    else:
        conclusion = (
            "Ce motif ne fait pas partie de ceux que l'art. 3, al. 2 admet (sécurité, manque de"
            " ressources pour respecter l'engagement avec un tiers, manque de compétence"
            " spécifique) :"
            " le fonds doit accorder la priorité aux personnes incarcérées (art. 3, al. 1)."
        )
    return Resultat(
        outil="justifier_personnel_non_incarcere",
        entrees={"motif": raison.value},
        valeurs={
            "motif_admis": admis,
            "motifs_admis": [m.value for m in Motif if m is not Motif.AUTRE],
            "autres_regles": AUTRES_REGLES,
        },
        etapes=[
            Etape(
                libelle="Motif prévu à l'art. 3, al. 2 ?",
                calcul=LIBELLES[raison],
                resultat="oui" if admis else "non",
            )
        ],
        articles=[
            reglement("3", "art. 3, al. 1"),
            reglement("3", "art. 3, al. 2"),
            reglement("11", "art. 11, al. 3"),
            reglement("11", "art. 11, al. 4"),
        ],
        avertissements=[],
        conclusion=conclusion,
    )
