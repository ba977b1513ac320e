"""Les jeux de données se chargent, et une ligne fautive est signalée avec son numéro."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluations.jeux import EVALUATION, MINI, JeuInvalide, charger, charger_recherche

pytestmark = pytest.mark.unit


def test_les_jeux_du_depot_sont_valides() -> None:
    cas = charger(EVALUATION)
    assert len(cas) == 204
    assert len(charger(MINI)) == 8
    assert all(c.gold for c in charger_recherche())
    assert len(charger(EVALUATION, limite=5)) == 5


def test_un_champ_inconnu_ou_une_categorie_inconnue_sont_refuses(tmp_path: Path) -> None:
    fichier = tmp_path / "jeu.jsonl"
    fichier.write_text('{"id": "a", "question": "q", "categorie": "document", "attendu": {}}\n'
                       '{"id": "b", "question": "q", "categorie": "document", "attendu": {"montant": []}}\n',
                       encoding="utf-8")
    with pytest.raises(JeuInvalide, match="cas 2"):
        charger(fichier)
    fichier.write_text('{"id": "a", "question": "q", "categorie": "meteo", "attendu": {}}\n',
                       encoding="utf-8")
    with pytest.raises(JeuInvalide, match="categorie"):
        charger(fichier)


def test_json_invalide_et_doublons(tmp_path: Path) -> None:
    fichier = tmp_path / "jeu.jsonl"
    fichier.write_text('{"id": "a", "question": "q", "categorie": "document", "attendu": {}}\n{oups\n',
                       encoding="utf-8")
    with pytest.raises(JeuInvalide, match="ligne 2"):
        charger(fichier)
    ligne = '{"id": "a", "question": "q", "categorie": "document", "attendu": {}}\n'
    fichier.write_text(ligne * 2, encoding="utf-8")
    with pytest.raises(JeuInvalide, match="double"):
        charger(fichier)
