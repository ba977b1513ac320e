"""Le calcul de paie dont l'échantillon a besoin, en cents entiers (rapide pour des millions de lignes).

`corpus` n'importe rien d'`outils` (DESIGN.md) : ce petit tableau recopie le salaire minimum de
outils/parametres/salaire_minimum.csv, qui reste la source de vérité ; un test
(tests/fonds/test_fonds_echantillon.py) vérifie que ces lignes de paie égalent celles des
calculateurs d'outils (calculer_remuneration, repartir_paie).
Règles : art. 11 (35 % du salaire minimum, taux arrondi au cent, demie vers le haut), art. 15
(10 % après les retenues légales), art. 16 (50 % du montant versé au directeur), LSCQ 91-92.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass

# (en vigueur le, taux général horaire en cents) : copie de outils/parametres/salaire_minimum.csv.
# Les deux premières lignes (10,75 $ au 1er mai 2016, 11,25 $ au 1er mai 2017) n'y sont pas encore :
# seule la grande échelle du banc d'essai (2017-2026) s'en sert ; à reporter dans outils/parametres.
SALAIRE_MINIMUM = (
    (datetime.date(2016, 5, 1), 1075),
    (datetime.date(2017, 5, 1), 1125),
    (datetime.date(2018, 5, 1), 1200),
    (datetime.date(2019, 5, 1), 1250),
    (datetime.date(2020, 5, 1), 1310),
    (datetime.date(2021, 5, 1), 1350),
    (datetime.date(2022, 5, 1), 1425),
    (datetime.date(2023, 5, 1), 1525),
    (datetime.date(2024, 5, 1), 1575),
    (datetime.date(2025, 5, 1), 1610),
    (datetime.date(2026, 5, 1), 1660),
)
_DATES = [d for d, _ in SALAIRE_MINIMUM]
TAUX_REMUNERATION_POUR_CENT = 35
TAUX_PRELEVEMENT_POUR_CENT = 10
TAUX_ALLOCATION_POUR_CENT = 50


def _arrondi(numerateur: int, denominateur: int) -> int:
    """Division entière arrondie au plus proche, la demie vers le haut (nombres positifs)."""
    return (2 * numerateur + denominateur) // (2 * denominateur)


def taux_horaire_cents(jour: datetime.date) -> int:
    """Art. 11 : 35 % du salaire minimum en vigueur le jour du travail, arrondi au cent."""
    rang = bisect_right(_DATES, jour) - 1
    if rang < 0:
        raise ValueError(f"salaire minimum inconnu avant le {_DATES[0].isoformat()}")
    return _arrondi(SALAIRE_MINIMUM[rang][1] * TAUX_REMUNERATION_POUR_CENT, 100)


def changements_entre(du: datetime.date, au: datetime.date) -> list[datetime.date]:
    """Les dates d'un nouveau salaire minimum qui tombent dans (du, au]."""
    return [d for d in _DATES if du < d <= au]


def remuneration_cents(demi_heures: int, jour: datetime.date, prime_cents: int = 0) -> int:
    """Art. 11 : arrondi(heures × taux horaire) + prime ; les heures sont comptées en demi-heures."""
    return _arrondi(demi_heures * taux_horaire_cents(jour), 2) + prime_cents


@dataclass(frozen=True)
class Partage:
    """Art. 15-16 ; LSCQ 91 : ce que devient une rémunération brute, en cents."""

    brute: int
    retenues: int
    prelevement: int
    verse_directeur: int
    allocation: int
    epargne: int


def partager(brute: int, retenues: int = 0) -> Partage:
    """Retenues, puis 10 % au fonds ; du reste versé au directeur, 50 % d'allocation, le solde épargné."""
    apres = brute - retenues
    prelevement = _arrondi(apres * TAUX_PRELEVEMENT_POUR_CENT, 100)
    verse = apres - prelevement
    allocation = _arrondi(verse * TAUX_ALLOCATION_POUR_CENT, 100)
    return Partage(brute, retenues, prelevement, verse, allocation, verse - allocation)
