"""Les sigles du milieu développés avant la lecture ; « ca » minuscule reste « ça »."""

from __future__ import annotations

import pytest

from assistant.comprehension.abreviations import developper

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "lue"),
    [
        ("On est combien au CA ?", "On est combien au conseil d'administration ?"),
        ("Le C.A. a décidé", "Le conseil d'administration a décidé"),
        ("L'emprunt au FC", "L'emprunt au Fonds central"),
        ("qté de places", "quantité de places"),
        ("ca fait combien ?", "ca fait combien ?"),  # « ça » sans accent
        ("un montant en CAD", "un montant en CAD"),  # un sigle se lit en entier
        ("le contrat couvre le T3 2027", "le contrat couvre le 3e trimestre 2027"),
        ("à la fin du Q4", "à la fin du 4e trimestre"),
        ("son feuillet T4", "son feuillet T4"),  # seul, un feuillet d'impôt
    ],
)
def test_developper(question, lue):
    assert developper(question) == lue
