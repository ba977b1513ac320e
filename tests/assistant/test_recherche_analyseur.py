"""Analyseur français, synonymes québécois et fusion RRF : de petites pièces testées seules."""

from __future__ import annotations

import pytest

from assistant.recherche.analyseur import analyser
from assistant.recherche.fusion import fusion_rrf
from assistant.recherche.synonymes import enrichir

pytestmark = pytest.mark.unit


def test_accents_casse_et_elisions_replies():
    assert analyser("L'Allocation") == analyser("allocation")
    assert analyser("rémunération") == analyser("REMUNERATION")
    assert analyser("d'épargne") == analyser("epargne")


def test_mots_vides_retires_et_racines():
    jetons = analyser("Les emprunts du fonds et les prélèvements")
    assert "les" not in jetons and "du" not in jetons
    assert analyser("emprunts") == analyser("emprunt")


def test_milliers_rejoints():
    assert analyser("25 000 $") == analyser("25000") == ["25000"]


def test_synonymes_ajoutent_le_vocabulaire_du_reglement():
    assert "toxicomanie" in enrichir("Y a-t-il de la désintox en dedans?")
    assert "rémunération" in enrichir("C'est quoi la paye?")
    assert enrichir("Quel article parle des placements?") == "Quel article parle des placements?"


def test_rrf_additionne_les_rangs_ponderes():
    scores = fusion_rrf([["a", "b"], ["b", "c"]], k=5, poids=[1.0, 0.5])
    assert scores["b"] == pytest.approx(1 / 7 + 0.5 / 6)
    assert scores["a"] == pytest.approx(1 / 6)
    assert max(scores, key=scores.get) == "b"


def test_rrf_refuse_des_poids_mal_comptes():
    with pytest.raises(ValueError):
        fusion_rrf([["a"], ["b"]], poids=[1.0])
