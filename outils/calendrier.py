"""Calendrier annuel du programme d'activités et du budget d'un fonds (art. 2)."""

from __future__ import annotations

import datetime
from typing import Annotated

from pydantic import Field

from outils.dates import format_date, lire_date
from outils.declaration import AUJOURD_HUI, Annee, Arguments, Indices, Jour, outil
from outils.entrees import lire_entier
from outils.erreurs import EntreeInvalide
from outils.resultat import Etape, Resultat, reglement

# D. 6-2007 en vigueur en février 2007 : le premier programme soumis sous ce
# règlement (avant le 1er novembre 2007) est celui de 2008.
PREMIERE_ANNEE = 2008
DERNIERE_ANNEE = 9999

CONTENU_PROGRAMME = [
    "objectifs visés",
    "nombre de personnes concernées",
    "nature, durée et fréquence des activités prévues",
]
CONTENU_BUDGET = [
    "coûts et profits prévus par activité",
    "projets de capitalisation",
    "projets d'emprunts",
    "ententes ou contrats conclus ou projetés avec des tiers (joints au budget)",
]


class ArgumentsCalendrier(Arguments):
    # Art. 2, 3° : le programme d'une année s'applique le 1er janvier de cette année ; « le programme
    # qui commencera le 1er janvier 2028 » nomme donc l'année 2028, pas une date de référence.
    annee: Annotated[
        Annee | None, Indices(("commence", "commencera", "debute", "debutera", "mis en application",
                               "mise en application", "s'applique", "s'appliquera", "en vigueur"))
    ] = Field(
        None,
        title="année du programme",
        description="Année où le programme s'applique (ex. 2027) ; par défaut l'année suivant la date.",
    )
    date: Jour | None = Field(
        None,
        title="date de référence",
        description="Jour de référence pour compter les jours restants. " + AUJOURD_HUI,
    )


@outil(
    ArgumentsCalendrier,
    "Donne le calendrier annuel d'un fonds (art. 2) : programme d'activités et budget à"
    " soumettre"
    " au ministre avant le 1er novembre de l'année précédente, mise en application le 1er"
    " janvier ;"
    " compte les jours restants et signale une échéance dépassée.",
    articles=("2",),
)
def calendrier_programme(annee: int | str | None = None, date: datetime.date | str | None = None) -> Resultat:
    """Art. 2 : un fonds doit « 1° établir un programme d'activités et le soumettre pour
    approbation au ministre avant le 1er novembre de chaque année ; 2° établir le budget
    annuel de fonctionnement et le transmettre au ministre en même temps que le programme
    d'activités ; 3° procéder à la mise en application du programme d'activités le
    1er janvier de chaque année ».

    `annee` : l'année où le programme s'applique (par défaut l'année qui suit `date`) ;
    `date` : jour de référence pour compter les jours restants (aujourd'hui par défaut).
    Rend la date limite (31 octobre de l'année précédente, dernier jour « avant le
    1er novembre »), la mise en application (1er janvier) et les jours restants.
    """
    jour = lire_date(date)
    an = _lire_annee(annee, jour)
    soumettre_avant = datetime.date(an - 1, 11, 1)
    date_limite = soumettre_avant - datetime.timedelta(days=1)
    mise_en_application = datetime.date(an, 1, 1)
    jours_restants = (date_limite - jour).days
    depassee = jours_restants < 0

    valeurs: dict[str, object] = {
        "annee": an,
        "date_reference": jour,
        "soumettre_avant_le": soumettre_avant,
        "date_limite": date_limite,
        "mise_en_application": mise_en_application,
        "jours_restants": jours_restants,
        "echeance_depassee": depassee,
        "contenu_programme": CONTENU_PROGRAMME,
        "contenu_budget": CONTENU_BUDGET,
    }
    avertissements = []
    if depassee:
        prochaine = _prochaine_date_limite(jour)
        valeurs["prochaine_date_limite"] = prochaine
        avertissements.append(
            f"La date limite du {format_date(date_limite)} pour le programme {an} est passée"
            f" depuis {_jours(-jours_restants)} ; la prochaine échéance est le"
            f" {format_date(prochaine)}"
            f" (programme {prochaine.year + 1})."
        )
    return Resultat(
        outil="calendrier_programme",
        entrees={"annee": an, "date": jour},
        valeurs=valeurs,
        etapes=_etapes(jour, soumettre_avant, date_limite, mise_en_application, jours_restants),
        articles=[
            reglement("2", "art. 2, 1°"),
            reglement("2", "art. 2, 2°"),
            reglement("2", "art. 2, 3°"),
        ],
        avertissements=avertissements,
        conclusion=_conclusion(an, jour, soumettre_avant, date_limite, mise_en_application, jours_restants),
    )


def _lire_annee(annee: int | str | None, jour: datetime.date) -> int:
    champ = "date" if annee is None else "annee"
    an = jour.year + 1 if annee is None else lire_entier(annee, "annee")
    if not PREMIERE_ANNEE <= an <= DERNIERE_ANNEE:
        raise EntreeInvalide(
            champ,
            f"le règlement (D. 6-2007) s'applique aux programmes de {PREMIERE_ANNEE} et suivants"
            f" (programme visé : {an})",
        )
    return an


def _prochaine_date_limite(jour: datetime.date) -> datetime.date:
    cette_annee = datetime.date(jour.year, 10, 31)
    return cette_annee if jour <= cette_annee else datetime.date(jour.year + 1, 10, 31)


def _etapes(
    jour: datetime.date,
    soumettre_avant: datetime.date,
    date_limite: datetime.date,
    mise_en_application: datetime.date,
    jours_restants: int,
) -> list[Etape]:
    return [
        Etape(
            libelle="Dépôt du programme d'activités et du budget annuel au ministre",
            calcul=f"avant le {format_date(soumettre_avant)}",
            resultat=f"au plus tard le {format_date(date_limite)}",
        ),
        Etape(
            libelle="Jours restants avant la date limite",
            calcul=f"{format_date(date_limite)} − {format_date(jour)}",
            resultat=_jours(jours_restants) + (" (échéance dépassée)" if jours_restants < 0 else ""),
        ),
        Etape(
            libelle="Mise en application du programme",
            calcul="le 1er janvier de l'année du programme",
            resultat=format_date(mise_en_application),
        ),
    ]


def _conclusion(
    an: int,
    jour: datetime.date,
    soumettre_avant: datetime.date,
    date_limite: datetime.date,
    mise_en_application: datetime.date,
    jours_restants: int,
) -> str:
    phrase = (
        f"Le programme d'activités {an} et le budget annuel de fonctionnement doivent être"
        f" soumis au ministre avant le {format_date(soumettre_avant)} (au plus tard le"
        f" {format_date(date_limite)}) ; le programme est mis en application le"
        f" {format_date(mise_en_application)}."
    )
    if jours_restants < 0:
        depasse = _jours(-jours_restants)
        return f"{phrase} Au {format_date(jour)}, la date limite est dépassée de {depasse}."
    if jours_restants == 0:
        return f"{phrase} Le {format_date(jour)} est le dernier jour pour les soumettre."
    return (f"{phrase} Au {format_date(jour)}, il reste {_jours(jours_restants)} avant la date limite du"
            f" {format_date(date_limite)}.")


def _jours(nombre: int) -> str:
    return f"{nombre} jour" + ("s" if abs(nombre) > 1 else "")
