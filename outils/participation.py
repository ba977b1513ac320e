"""Avis dont le directeur doit tenir compte avant d'autoriser des activités (art. 10)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from outils.declaration import Arguments, Booleen, Indices, outil
from outils.entrees import lire_booleen
from outils.resultat import Etape, Resultat, reglement

AVIS_SANTE = "d'un professionnel de la santé ou d'un conseiller en milieu carcéral de l'établissement"
AVIS_CONSEILLER = "d'un conseiller en milieu carcéral de l'établissement"

# Chaque situation de l'art. 10, avec son paragraphe et sa description.
SITUATIONS = {
    "probleme_sante_physique_ou_mentale": ("1°", "problèmes de santé physique ou mentale"),
    "toxicomanie_ou_alcoolisme": ("1°", "toxicomanie ou alcoolisme"),
    "risque_soi_autrui_environnement": (
        "2°",
        "risque pour elle-même, les autres ou l'environnement physique",
    ),
    "mesures_protection_particulieres": ("2°", "mesures de protection particulières"),
    "mesures_disciplinaires": ("2°", "mesures disciplinaires"),
    "suspension_permission_sortir_ou_liberation": (
        "2°",
        "suspension de permission de sortir ou de libération conditionnelle",
    ),
}


class ArgumentsParticipation(Arguments):
    probleme_sante_physique_ou_mentale: Annotated[
        Booleen,
        Indices(
            (
                "sante physique",
                "sante mentale",
                "maladie",
                "malade",
                "probleme de sante",
                "problemes de sante",
                "psychiatri",
                "depressi",
                "anxi",
                "bipolaire",
                "schizophren",
                "suicid",
                "handicap",
                "bless",
                "trouble de la personnalite",
                "trouble de personnalite",
                "trouble mental",
                "troubles mentaux",
                "diagnosti",
                "deficience",
            )
        ),
    ] = Field(
        False,
        title="problème de santé physique ou mentale",
        description="Problèmes de santé physique ou mentale.",
    )
    toxicomanie_ou_alcoolisme: Annotated[
        Booleen,
        Indices(
            (
                "toxico",
                "accro",
                "opioide",
                "sevrage",
                "drogue",
                "consomm",
                "alcool",
                "dependance",
                "substance",
                "desintox",
                "methadone",  # les traitements de substitution aux opioïdes
                "suboxone",
                "substitution",
            )
        ),
    ] = Field(
        False, title="toxicomanie ou alcoolisme", description="Problème de toxicomanie ou d'alcoolisme."
    )
    risque_soi_autrui_environnement: Annotated[
        Booleen, Indices(("risque", "dangereu", "violent", "suicid", "menace", "agressi"))
    ] = Field(
        False,
        title="risque pour soi, autrui ou l'environnement",
        description="Peut représenter un risque pour elle-même, les autres ou l'environnement physique.",
    )
    mesures_protection_particulieres: Annotated[
        Booleen, Indices(("protection", "protege", "isolement preventif"))
    ] = Field(
        False,
        title="mesures de protection particulières",
        description="Fait l'objet de mesures de protection particulières.",
    )
    mesures_disciplinaires: Annotated[
        Booleen, Indices(("disciplin", "sanction", "manquement", "au trou"))
    ] = Field(False, title="mesures disciplinaires", description="Fait l'objet de mesures disciplinaires.")
    suspension_permission_sortir_ou_liberation: Annotated[Booleen, Indices(("suspen",))] = Field(
        False,
        title="suspension de permission de sortir ou de libération",
        description="Fait l'objet d'une suspension de permission de sortir ou de libération conditionnelle.",
    )


@outil(
    ArgumentsParticipation,
    "Dit de quels avis le directeur doit tenir compte avant d'autoriser une personne incarcérée"
    " à participer à des activités (art. 10) : santé, toxicomanie ou alcoolisme (avis d'un"
    " professionnel de la santé ou d'un conseiller en milieu carcéral), risque, mesures de"
    " protection ou disciplinaires, suspension (avis d'un conseiller en milieu carcéral).",
    articles=("10",),
)
def conditions_participation(
    probleme_sante_physique_ou_mentale: bool | str = False,
    toxicomanie_ou_alcoolisme: bool | str = False,
    risque_soi_autrui_environnement: bool | str = False,
    mesures_protection_particulieres: bool | str = False,
    mesures_disciplinaires: bool | str = False,
    suspension_permission_sortir_ou_liberation: bool | str = False,
) -> Resultat:
    """Art. 10 : « Le directeur de l'établissement ne peut autoriser une personne
    incarcérée [...] à s'engager dans des activités sans avoir tenu compte : 1° [...] de
    l'avis d'un professionnel de la santé ou d'un conseiller en milieu carcéral [...] ;
    2° [...] de l'avis d'un conseiller en milieu carcéral de l'établissement. »

    Chaque argument (vrai/faux) dit si la situation visée s'applique à la personne.
    Rend les avis requis ; aucune situation : aucun avis n'est exigé par l'art. 10.
    """
    entrees = {
        "probleme_sante_physique_ou_mentale": probleme_sante_physique_ou_mentale,
        "toxicomanie_ou_alcoolisme": toxicomanie_ou_alcoolisme,
        "risque_soi_autrui_environnement": risque_soi_autrui_environnement,
        "mesures_protection_particulieres": mesures_protection_particulieres,
        "mesures_disciplinaires": mesures_disciplinaires,
        "suspension_permission_sortir_ou_liberation": suspension_permission_sortir_ou_liberation,
    }
    lues = {champ: lire_booleen(valeur, champ) for champ, valeur in entrees.items()}
    motifs = {
        paragraphe: [SITUATIONS[c][1] for c, oui in lues.items() if oui and SITUATIONS[c][0] == paragraphe]
        for paragraphe in ("1°", "2°")
    }
    avis = [
        {"paragraphe": p, "avis_de": AVIS_SANTE if p == "1°" else AVIS_CONSEILLER, "motifs": m}
        for p, m in motifs.items()
        if m
    ]
    return Resultat(
        outil="conditions_participation",
        entrees=lues,
        valeurs={"avis_requis": avis, "aucun_avis_requis": not avis},
        etapes=[
            Etape(
                libelle=f"Art. 10, {a['paragraphe']} : situations indiquées",
                calcul=", ".join(a["motifs"]),
                resultat=f"avis {a['avis_de']}",
            )
            for a in avis
        ],
        articles=[reglement("10", f"art. 10, {a['paragraphe']}") for a in avis] or [reglement("10")],
        avertissements=[
            "Le directeur doit tenir compte de ces avis ; l'art. 10 ne dit pas qu'il est lié par eux."
        ]
        if avis
        else [],
        conclusion=_conclusion(avis),
    )


def _conclusion(avis: list[dict[str, object]]) -> str:
    if not avis:
        return (
            "Aucune des situations visées à l'art. 10 n'est indiquée : le règlement n'exige aucun"
            " avis"
            " préalable avant que le directeur autorise la participation aux activités."
        )
    parties = [f"de l'avis {a['avis_de']} (art. 10, {a['paragraphe']})" for a in avis]
    return (
        "Avant d'autoriser la personne à s'engager dans des activités, le directeur de"
        " l'établissement"
        f" doit tenir compte {' et '.join(parties)}."
    )
