"""Dates : lecture (date ou AAAA-MM-JJ) et écriture québécoise (« 1er novembre 2026 »).

Écrit à la main plutôt qu'avec Babel ou la locale du système : le résultat ne
dépend ainsi ni des paquets installés ni de la machine.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Iterable
from typing import TypeVar

from outils.erreurs import EntreeInvalide

T = TypeVar("T")

MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def fin_du_mois(jour: datetime.date) -> datetime.date:
    """Le dernier jour du mois de `jour`."""
    return jour.replace(day=calendar.monthrange(jour.year, jour.month)[1])


def mois_de(debut: datetime.date, fin: datetime.date) -> list[tuple[datetime.date, datetime.date]]:
    """Les mois de la période, chacun (premier jour, dernier jour) borné à la période."""
    mois = []
    while debut <= fin:
        mois.append((debut, min(fin_du_mois(debut), fin)))
        debut = fin_du_mois(debut) + datetime.timedelta(days=1)
    return mois


def par_mois(
    elements: Iterable[T], jour: Callable[[T], datetime.date]
) -> list[tuple[datetime.date, list[T]]]:
    """Les éléments groupés par le mois de leur jour (son premier jour), du plus ancien au plus récent :
    une paie dans le mois de son versement."""
    return _groupes(elements, lambda e: jour(e).replace(day=1))


def par_semaine(
    elements: Iterable[T], jour: Callable[[T], datetime.date]
) -> list[tuple[datetime.date, list[T]]]:
    """Les éléments groupés par la semaine de leur jour, du lundi au dimanche (son lundi), dans l'ordre."""
    return _groupes(elements, lambda e: jour(e) - datetime.timedelta(days=jour(e).weekday()))


def _groupes(elements: Iterable[T], cle: Callable[[T], datetime.date]) -> list[tuple[datetime.date, list[T]]]:
    groupes: dict[datetime.date, list[T]] = {}
    for element in elements:
        groupes.setdefault(cle(element), []).append(element)
    return sorted(groupes.items(), key=lambda groupe: groupe[0])


def decaler_annees(jour: datetime.date, annees: int) -> datetime.date:
    """Le même jour, `annees` ans plus tard (ou plus tôt) ; un 29 février devient le 28."""
    try:
        return jour.replace(year=jour.year + annees)
    except ValueError:
        return jour.replace(year=jour.year + annees, day=28)


def format_date(jour: datetime.date) -> str:
    """« 1er novembre 2026 », « 15 octobre 2026 » : le premier du mois s'écrit 1er."""
    quantieme = "1er" if jour.day == 1 else str(jour.day)
    return f"{quantieme} {MOIS[jour.month - 1]} {jour.year}"


def format_mois(jour: datetime.date) -> str:
    """« octobre 2026 » : le mois de `jour`."""
    return f"{MOIS[jour.month - 1]} {jour.year}"


def lire_date(valeur: datetime.date | str | None, champ: str = "date") -> datetime.date:
    """Lit une date (objet date ou texte AAAA-MM-JJ).

    Aucun calculateur ne lit l'horloge : la date du jour est décidée une fois par demande, par
    l'interface qui appelle (`registre.executer(…, jour=…)`), et passée à tous les calculs.
    """
    if valeur is None:
        raise EntreeInvalide(champ, "une date est requise (AAAA-MM-JJ) : le calcul dépend du jour")
    if isinstance(valeur, datetime.datetime):
        return valeur.date()
    if isinstance(valeur, datetime.date):
        return valeur
    if isinstance(valeur, str):
        try:
            return datetime.date.fromisoformat(valeur.strip())
        except ValueError:
            pass
    raise EntreeInvalide(
        champ,
        f"une date au format AAAA-MM-JJ est attendue, par exemple 2026-10-15 (reçu : « {valeur} »)",
    )
