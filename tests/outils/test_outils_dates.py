"""Les mois : grouper des choses datées par mois, et nommer un mois."""

from __future__ import annotations

import datetime

import pytest

from outils.dates import format_mois, par_mois, par_semaine

pytestmark = pytest.mark.unit


def test_par_mois_groupe_dans_le_mois_du_jour_donne_du_plus_ancien_au_plus_recent():
    paies = [("b", datetime.date(2026, 10, 30)), ("a", datetime.date(2026, 9, 4)),
             ("c", datetime.date(2026, 10, 2))]
    assert par_mois(paies, lambda p: p[1]) == [
        (datetime.date(2026, 9, 1), [paies[1]]),
        (datetime.date(2026, 10, 1), [paies[0], paies[2]]),
    ]
    assert par_mois([], lambda p: p) == []


def test_par_semaine_groupe_du_lundi_au_dimanche():
    # Le dimanche 4 octobre 2026 est dans la semaine du lundi 28 septembre ; le lundi 5 en ouvre une autre.
    depots = [("a", datetime.date(2026, 10, 4)), ("b", datetime.date(2026, 10, 5)),
              ("c", datetime.date(2026, 9, 28))]
    assert par_semaine(depots, lambda d: d[1]) == [
        (datetime.date(2026, 9, 28), [depots[0], depots[2]]),
        (datetime.date(2026, 10, 5), [depots[1]]),
    ]


def test_format_mois():
    assert format_mois(datetime.date(2026, 8, 21)) == "août 2026"
