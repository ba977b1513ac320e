"""La période d'une question, bornée au jour de la demande."""

from __future__ import annotations

import datetime

import pytest

from assistant.registres.tableaux import periode

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 11, 23)


@pytest.mark.parametrize(
    "du, au, attendu",
    [
        (None, None, (datetime.date(2026, 11, 1), JOUR)),
        (datetime.date(2026, 10, 1), None, (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))),
        # Toute l'année : les registres n'ont rien après le jour de la demande.
        (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31), (datetime.date(2026, 1, 1), JOUR)),
        (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31),
         (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))),
        (datetime.date(2027, 3, 1), datetime.date(2027, 1, 1),
         (datetime.date(2027, 1, 1), datetime.date(2027, 3, 1))),
    ],
)
def test_periode_bornee_au_jour_de_la_demande(du, au, attendu):
    assert periode(JOUR, du, au) == attendu
