"""Les jours ouvrables : ni les fins de semaine ni les jours chômés (Loi sur les normes du travail,
art. 60)."""

from __future__ import annotations

import datetime

import pytest

from outils.jours_feries import jours_ouvrables

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("depuis", "jusqu_a", "attendu"), [
    # Reçu le vendredi 9 octobre 2026, déposé le mardi 20 : l'Action de grâce (le 12) est chômée.
    (datetime.date(2026, 10, 9), datetime.date(2026, 10, 20), 6),
    # Du jeudi saint au mardi : le Vendredi saint et le lundi de Pâques 2026 sont chômés.
    (datetime.date(2026, 4, 2), datetime.date(2026, 4, 7), 1),
    (datetime.date(2026, 11, 23), datetime.date(2026, 11, 23), 0),
    (datetime.date(2026, 11, 20), datetime.date(2026, 11, 23), 1),  # du vendredi au lundi
])
def test_les_jours_ouvrables_apres_un_jour_jusqu_a_un_autre(depuis, jusqu_a, attendu):
    assert jours_ouvrables(depuis, jusqu_a) == attendu
