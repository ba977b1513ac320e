"""Le périmètre : « qui sont ces personnes » se distingue de « combien » et des questions sur les textes."""

from __future__ import annotations

import pytest

from assistant.conversation.perimetre import demande_qui


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("C'est qui les prévenus qui travaillent à la buanderie ?", True),
        ("donne moi la liste des gars inscrits aux loisirs", True),
        ("Quels détenus ont travaillé hier ?", True),
        ("les noms des participants de la cuisine", True),
        ("Combien de détenus à la buanderie ?", False),  # un nombre, pas des personnes
        ("Quelles activités sont ouvertes aux prévenus ?", False),  # des activités
        ("C'est qui le trésorier au CA ?", False),  # un membre du conseil, pas une personne incarcérée
    ],
)
def test_demande_qui(question, attendu):
    assert demande_qui(question) is attendu
