"""Ligne de commande : lister, exécuter, JSON, et refus en français avec le code 2."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from outils.cli import configurer, lancer, lire_arguments
from outils.erreurs import EntreeInvalide

pytestmark = pytest.mark.unit
RACINE = Path(__file__).resolve().parents[2]


def _lancer(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    configurer(parser)
    args, reste = parser.parse_known_args(argv)
    code = lancer(args, reste)
    sortie = capsys.readouterr()
    return code, sortie.out, sortie.err


def test_lister(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = _lancer(["--list"], capsys)
    assert code == 0
    assert "verifier_emprunt" in sortie and "--montant (obligatoire)" in sortie
    assert "--heures (facultatif)" in sortie  # sans heures : le taux horaire seul


def test_lister_en_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = _lancer(["--list", "--json"], capsys)
    outils = json.loads(sortie)
    assert code == 0
    assert len(outils) == 11
    emprunt = next(o for o in outils if o["nom"] == "verifier_emprunt")
    assert emprunt["arguments"]["required"] == ["montant"]


def test_executer_en_texte(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, erreurs = _lancer(
        ["calculer_remuneration", "--heures", "20", "--date", "2026-10-15"], capsys
    )
    assert code == 0 and erreurs == ""
    assert sortie.startswith("Pour 20 h de travail rémunéré le 15 octobre 2026")
    assert "Étapes :" in sortie and "Articles : art. 11, al. 1" in sortie


def test_executer_en_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, sortie, _ = _lancer(
        ["repartir_paie", "--brute=116,20", "--retenues-legales", "16.20", "--json"], capsys
    )
    resultat = json.loads(sortie)
    assert code == 0
    assert resultat["montants"]["allocation"] == "45.00"


@pytest.mark.parametrize(
    ("argv", "extrait"),
    [
        (
            ["calculer_remuneration", "--heures", "-5"],
            "heures : le nombre d'heures ne peut pas être négatif",
        ),
        (["verifier_emprunt"], "montant : argument obligatoire manquant"),
        (["calculer_cotisation", "--revenus", "1", "--frais", "0", "--taux", "30"], "taux :"),
        (["outil_inconnu"], "nom : outil inconnu"),
        (
            ["verifier_emprunt", "--montant", "1", "--preteur", "banque"],
            "preteur : valeur inconnue",
        ),
        (["calculer_remuneration", "20"], "arguments :"),
        ([], "indiquez un outil"),
    ],
)
def test_entree_invalide_code_2_sans_trace(
    argv: list[str], extrait: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, sortie, erreurs = _lancer(argv, capsys)
    assert code == 2
    assert sortie == ""
    assert erreurs.startswith("Erreur : ")
    assert extrait in erreurs
    assert "Traceback" not in erreurs


def test_lire_arguments() -> None:
    assert lire_arguments(["--heures", "20", "--date=2026-10-15", "--toxicomanie-ou-alcoolisme"]) == {
        "heures": "20",
        "date": "2026-10-15",
        "toxicomanie_ou_alcoolisme": "oui",
    }
    with pytest.raises(EntreeInvalide):
        lire_arguments(["heures", "20"])


def test_python_m_outils_cli() -> None:
    fini = subprocess.run(
        [sys.executable, "-m", "outils.cli", "calculer_remuneration", "--heures", "-5"],
        cwd=RACINE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fini.returncode == 2
    assert "heures : le nombre d'heures ne peut pas être négatif" in fini.stderr
    assert "Traceback" not in fini.stderr
