"""Comparaison des montants et des textes : format québécois, espaces insécables, accents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from evaluations.metriques import contient, montants_absents, nombres, normaliser, precision_rappel

pytestmark = pytest.mark.unit

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("texte", [f"2{NBSP}500,00{NBSP}$", "2500 $", "2 500 $", f"2{NNBSP}500,00 $",
                                   "2500.00", "un total de 2500,0 $."])
def test_un_montant_attendu_se_retrouve_sous_toutes_ses_formes(texte: str) -> None:
    assert montants_absents(texte, ["2500.00"]) == []


def test_les_montants_absents_sont_rendus_tels_quels() -> None:
    texte = f"Taux : 5,81{NBSP}$ ; total 116,20{NBSP}$ (art. 11)."
    assert montants_absents(texte, ["5.81", "116.20", "174.30", "11"]) == ["174.30"]


def test_les_nombres_ne_collent_pas_une_enumeration_ni_une_date() -> None:
    assert nombres("articles 1, 2 et 3 ; le 2026-10-01") == {Decimal(x) for x in
                                                             ("1", "2", "3", "2026", "10", "01")}


def test_un_montant_attendu_illisible_est_une_erreur_claire() -> None:
    with pytest.raises(ValueError, match="illisible"):
        montants_absents("116,20 $", ["cent seize"])


def test_contient_ignore_casse_accents_apostrophes_et_espaces() -> None:
    assert contient(f"L’avis du Conseiller{NBSP}en   milieu CARCERAL",
                    "l'avis du conseiller en milieu carcéral")
    assert not contient("conseiller en milieu", "conseiller en milieu carcéral")
    assert normaliser(f" Été\t{NBSP}PIRATÉ ") == "ete pirate"


def test_precision_rappel_sans_citation() -> None:
    assert precision_rappel([], ["a"]) == (0.0, 0.0)
    assert precision_rappel([], []) == (1.0, 1.0)
    assert precision_rappel(["a", "b"], ["a"]) == (0.5, 1.0)
