"""Le jeu « données » : recalculé à l'identique, découpé une fois, indépendant du code qui répond."""

from __future__ import annotations

import ast
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from evaluations.donnees import attendus
from evaluations.donnees.notation import ORDRE_ROLES, charger

pytestmark = pytest.mark.unit


def _lire(chemin: Path) -> list[dict]:
    return [json.loads(ligne) for ligne in chemin.read_text(encoding="utf-8").splitlines() if ligne]


def test_le_generateur_reecrit_les_fichiers_octet_pour_octet() -> None:
    contenu = attendus.calculer()
    # Si l'échantillon a changé exprès : `python -m evaluations.donnees.attendus` réécrit les trois fichiers.
    assert contenu == attendus.JEU.read_text(encoding="utf-8"), "donnees.jsonl n'est plus à jour"
    dev, test = attendus.moities(contenu)
    assert dev == attendus.DEV.read_text(encoding="utf-8")
    assert test == attendus.TEST.read_text(encoding="utf-8")


def test_le_decoupage_est_celui_de_decouper_py() -> None:
    spec = importlib.util.spec_from_file_location("decouper", attendus.DOSSIER / "decouper.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dev, test = _lire(attendus.DEV), _lire(attendus.TEST)
    assert module.decouper(dev + test, "intention") == (dev, test)
    assert sorted(c["id"] for c in dev + test) == sorted(c["id"] for c in _lire(attendus.JEU))


def test_les_attentes_ne_viennent_pas_du_code_qui_repond() -> None:
    arbre = ast.parse(Path(attendus.__file__).read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(arbre) if isinstance(n, ast.ImportFrom)}
    modules |= {a.name for n in ast.walk(arbre) if isinstance(n, ast.Import) for a in n.names}
    interdits = ("assistant", "outils", "corpus.fonds.requetes", "corpus.fonds.conformite",
                 "corpus.fonds.paie")
    assert not [m for m in modules if m and m.startswith(interdits)]
    assert modules & {"sqlalchemy", "corpus.fonds.echantillon"} == {"sqlalchemy", "corpus.fonds.echantillon"}


def test_le_jeu_couvre_roles_genres_acces_et_entites() -> None:
    cas = charger(attendus.JEU)
    assert len(cas) >= 80
    assert set(Counter(c.role for c in cas)) == set(ORDRE_ROLES)
    assert sum(c.acces for c in cas) >= 20
    refus = [c for c in cas if c.attendu.routes == ["acces_refuse"]]
    assert {c.role for c in refus} >= {"public", "fonds_central", "membre_ca détenu", "conseiller", "paie"}
    assert {"autre-fonds", "injection", "detenu", "petit-effectif", "suivi", "entite", "introuvable",
            "ambigu", "familier", "fautes"} <= {e for c in cas for e in c.etiquettes}
    assert any(c.attendu.routes == ["precision"] for c in cas)
    assert any(c.attendu.nuls for c in cas)
    genres = Counter(c.attendu.intention for c in cas)
    assert len(genres) >= 18 and min(genres.values()) >= 2
    for c in cas:  # un cas qui attend des lignes dit lesquelles, sauf s'il attend un « rien à signaler »
        if c.attendu.routes == ["donnees"] and not c.attendu.valeurs:
            assert c.attendu.absentes or c.attendu.nuls, c.id
