"""Le jeu « données » : recalculé à l'identique, découpé une fois, indépendant du code qui répond."""

from __future__ import annotations

import ast
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from evaluations.donnees import attendus
from evaluations.donnees.jeux import LOTS
from evaluations.donnees.notation import ORDRE_ROLES, charger

pytestmark = pytest.mark.unit


def _lire(chemin: Path) -> list[dict]:
    return [json.loads(ligne) for ligne in chemin.read_text(encoding="utf-8").splitlines() if ligne]




@pytest.mark.parametrize("lot", LOTS, ids=lambda lot: lot.JEU.name)
def test_le_generateur_reecrit_les_fichiers_octet_pour_octet(lot) -> None:
    contenu = attendus.calculer(lot.construire_cas)
    # Si l'échantillon a changé exprès : `python -m evaluations.donnees.attendus` (ou `.lot2`) réécrit
    # les trois fichiers du lot.
    assert contenu == lot.JEU.read_text(encoding="utf-8"), f"{lot.JEU.name} n'est plus à jour"
    dev, test = attendus.moities(contenu, lot.DEV, lot.TEST)
    assert dev == lot.DEV.read_text(encoding="utf-8")
    assert test == lot.TEST.read_text(encoding="utf-8")


@pytest.mark.parametrize("lot", LOTS, ids=lambda lot: lot.JEU.name)
def test_le_decoupage_est_celui_de_decouper_py(lot) -> None:
    spec = importlib.util.spec_from_file_location("decouper", attendus.DOSSIER / "decouper.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dev, test = _lire(lot.DEV), _lire(lot.TEST)
    assert module.decouper(dev + test, "intention") == (dev, test)
    assert sorted(c["id"] for c in dev + test) == sorted(c["id"] for c in _lire(lot.JEU))


@pytest.mark.parametrize("lot", LOTS, ids=lambda lot: lot.JEU.name)
def test_les_attentes_ne_viennent_pas_du_code_qui_repond(lot) -> None:
    arbre = ast.parse(Path(lot.__file__).read_text(encoding="utf-8"))
    modules = {n.module for n in ast.walk(arbre) if isinstance(n, ast.ImportFrom)}
    modules |= {a.name for n in ast.walk(arbre) if isinstance(n, ast.Import) for a in n.names}
    interdits = ("assistant", "outils", "corpus.fonds.requetes", "corpus.fonds.conformite",
                 "corpus.fonds.paie")
    assert not [m for m in modules if m and m.startswith(interdits)]
    assert "sqlalchemy" in modules
    assert modules & {"corpus.fonds.echantillon", "evaluations.donnees.attendus"}


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
