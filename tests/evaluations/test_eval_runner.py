"""Le banc complet sur mini.jsonl avec le vrai moteur : fichiers du rapport et clés du résumé."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.recherche.index import Methode
from evaluations.jeux import MINI, charger, charger_recherche
from evaluations.notation import METRIQUES
from evaluations.rapport import ecrire, tableau
from evaluations.runner import evaluer

pytestmark = pytest.mark.integration


def test_le_banc_sur_mini_ecrit_un_rapport_complet(moteur, index, tmp_path: Path) -> None:
    cas = charger(MINI)
    resume, resultats = evaluer(cas, {"extractive": moteur}, index, dev=charger_recherche()[:8],
                                jeu=MINI.name)
    dossier = ecrire(resume, resultats, tmp_path)

    for nom in ("resume.json", "rapport.md", "metriques-backends.png", "latences.png",
                "recherche-methodes.png", "reponses-extractive.jsonl"):
        assert (dossier / nom).stat().st_size > 0, nom
        assert (tmp_path / "dernier" / nom).exists(), nom
    lu = json.loads((dossier / "resume.json").read_text(encoding="utf-8"))
    assert {"genere_le", "jeu", "cas", "date_reference", "index", "backends", "backends_indisponibles",
            "recherche", "fichiers"} <= set(lu)
    bloc = lu["backends"]["extractive"]
    assert {"global", "par_categorie", "echecs"} <= set(bloc)
    assert set(METRIQUES) <= set(bloc["global"]) and bloc["global"]["cas"] == len(cas)
    assert set(bloc["par_categorie"]) == {c.categorie for c in cas}
    assert {e["id"] for e in bloc["echecs"]} == {r.cas.id for r in resultats["extractive"]
                                                  if not r.note.correct}
    for jeu in ("evaluation-document", "recherche-dev"):
        assert set(lu["recherche"]["jeux"][jeu]) == {m.value for m in Methode} | {"langchain"}
    assert {"hit@1", "hit@3", "mrr"} == set(lu["recherche"]["gains"]["recherche-dev"]["fusion/langchain"])
    assert lu["recherche"]["reference"]["morceaux"] > 0
    # Les cas les plus simples du jeu réduit doivent passer : hors sujet et entrée invalide.
    notes = {r.cas.id: r.note for r in resultats["extractive"]}
    assert all(n.correct for n in notes.values() if n.categorie in ("hors_sujet", "invalide"))
    assert "GLOBAL" in tableau(lu)
