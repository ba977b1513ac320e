"""Le calendrier légal du Québec : les jours dits par leur rang dans le mois, Pâques et les jours qu'on en
compte, les jours fériés et chômés (Loi sur les normes du travail, art. 60) et les jours ouvrables. La
compréhension des questions (les fêtes nommées) et les lectures des registres (le délai d'un dépôt) le
partagent."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cache

from dateutil.easter import easter

LUNDI, JEUDI, DIMANCHE = 0, 3, 6


DERNIER = 5  # le rang du dernier jour de semaine d'un mois (le 4e ou le 5e)


def nieme(mois: int, rang: int, semaine: int = LUNDI) -> Callable[[int], datetime.date]:
    """Le `rang`-ième jour `semaine` du mois (1 : le premier ; lundi par défaut, 3 : jeudi, 6 : dimanche ;
    `DERNIER` : le dernier)."""
    def jour(annee: int) -> datetime.date:
        premier = datetime.date(annee, mois, 1)
        date = premier + datetime.timedelta(days=(semaine - premier.weekday()) % 7 + 7 * (min(rang, 4) - 1))
        suivant = date + datetime.timedelta(days=7)
        return suivant if rang == DERNIER and suivant.month == mois else date
    return jour


def patriotes(annee: int) -> datetime.date:
    """Journée nationale des patriotes : le lundi qui précède le 25 mai."""
    veille = datetime.date(annee, 5, 24)
    return veille - datetime.timedelta(days=veille.weekday())


def paques(decalage: int) -> Callable[[int], datetime.date]:
    """Pâques (calcul grégorien de dateutil) et les jours qu'on compte à partir d'elle."""
    return lambda annee: easter(annee) + datetime.timedelta(days=decalage)


def fixe(mois: int, jour: int) -> Callable[[int], datetime.date]:
    return lambda annee: datetime.date(annee, mois, jour)


# Les jours fériés et chômés (Loi sur les normes du travail, art. 60) : ni eux ni la fin de semaine ne
# sont des jours ouvrables (le Vendredi saint et le lundi de Pâques comptent tous deux).
CHOMES: tuple[Callable[[int], datetime.date], ...] = (
    fixe(1, 1), paques(-2), paques(1), patriotes, fixe(6, 24), fixe(7, 1), nieme(9, 1), nieme(10, 2),
    fixe(12, 25),
)


def ouvrable(date: datetime.date, pas: int) -> datetime.date:
    """Le premier jour ouvrable à partir de `date`, en avançant (`pas` = 1) ou en reculant (-1)."""
    while not _ouvre(date):
        date += datetime.timedelta(days=pas)
    return date


def jours_ouvrables(depuis: datetime.date, jusqu_a: datetime.date) -> int:
    """Les jours ouvrables après `depuis`, jusqu'à `jusqu_a` compris : reçu le vendredi 9 octobre 2026,
    déposé le mardi 20, 6 jours ouvrables (l'Action de grâce, le 12, est chômée)."""
    return sum(_ouvre(depuis + datetime.timedelta(days=n)) for n in range(1, (jusqu_a - depuis).days + 1))


def _ouvre(date: datetime.date) -> bool:
    return date.weekday() < 5 and date not in _chomes(date.year)


@cache
def _chomes(annee: int) -> frozenset[datetime.date]:
    """Les jours chômés d'une année, calculés une fois : chaque dépôt lu compte ses jours un à un."""
    return frozenset(chome(annee) for chome in CHOMES)
