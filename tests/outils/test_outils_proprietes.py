"""Propriétés (hypothesis) : parts qui redonnent le tout, rien de négatif, paie croissante."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from outils.argent import format_montant, lire_montant
from outils.cotisation import calculer_cotisation
from outils.emprunt import verifier_emprunt
from outils.liquidation import repartir_liquidation
from outils.prelevement import repartir_paie
from outils.remuneration import calculer_remuneration

pytestmark = pytest.mark.unit

montants = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False)
heures = st.decimals(min_value=0, max_value=2_000, places=2, allow_nan=False, allow_infinity=False)
# Du premier salaire minimum connu à la date de vérification (pas d'avertissement).
jours = st.dates(min_value=datetime.date(2018, 5, 1), max_value=datetime.date(2026, 11, 23))


@given(montants, montants)
def test_paie_les_parts_redonnent_la_brute(a: Decimal, b: Decimal) -> None:
    brute, retenues = max(a, b), min(a, b)
    m = repartir_paie(brute, retenues, "2026-10-15").montants
    assert m["retenues_legales"] + m["prelevement"] + m["allocation"] + m["epargne"] == brute
    assert m["prelevement"] + m["verse_directeur"] == brute - retenues
    assert all(valeur >= 0 for valeur in m.values())
    # l'allocation est la moitié arrondie : l'épargne n'en diffère que d'un cent au plus
    assert abs(m["allocation"] - m["epargne"]) <= Decimal("0.01")


@given(heures, heures, jours)
def test_paie_croit_avec_les_heures(h1: Decimal, h2: Decimal, jour: datetime.date) -> None:
    bas, haut = sorted((h1, h2))
    r_bas = calculer_remuneration(bas, jour)
    r_haut = calculer_remuneration(haut, jour)
    assert r_bas.montants["remuneration_brute"] <= r_haut.montants["remuneration_brute"]
    assert r_bas.montants["remuneration_brute"] >= 0


@given(heures, jours, jours)
def test_paie_croit_avec_le_salaire_minimum(h: Decimal, j1: datetime.date, j2: datetime.date) -> None:
    avant, apres = sorted((j1, j2))
    r_avant = calculer_remuneration(h, avant)
    r_apres = calculer_remuneration(h, apres)
    assert r_avant.montants["salaire_minimum"] <= r_apres.montants["salaire_minimum"]
    assert r_avant.montants["taux_horaire"] <= r_apres.montants["taux_horaire"]
    assert r_avant.montants["remuneration_brute"] <= r_apres.montants["remuneration_brute"]


@given(montants, montants, st.decimals(min_value=5, max_value=25, places=2))
def test_cotisation_entre_plancher_et_plafond(revenus: Decimal, frais: Decimal, taux: Decimal) -> None:
    m = calculer_cotisation(revenus, frais, taux=taux, date="2026-10-15").montants
    assert 0 <= m["cotisation_minimale"] <= m["cotisation"] <= m["cotisation_maximale"]


@given(montants.filter(lambda x: x > 0), montants)
def test_emprunt_autorisation_selon_l_article_8(montant: Decimal, solde: Decimal) -> None:
    r = verifier_emprunt(montant, solde, date="2026-10-15")
    seuil = Decimal(25_000)
    assert r.valeurs["autorisation_requise"] is (montant > seuil or solde + montant > seuil)
    assert r.montants["nouveau_solde"] == montant + solde


@given(montants, montants, montants, montants)
def test_liquidation_les_parts_redonnent_l_actif(
    actif: Decimal, dettes: Decimal, frais: Decimal, dons: Decimal
) -> None:
    m = repartir_liquidation(actif, dettes, frais, dons).montants
    parts = m["dettes_payees"] + m["frais_liquidation_payes"] + m["retours_dons_legs"]
    assert parts + m["solde_fonds_central"] == actif
    assert all(valeur >= 0 for valeur in m.values())


@given(st.decimals(min_value=-10_000_000, max_value=10_000_000, places=2))
def test_format_montant_se_relit(montant: Decimal) -> None:
    assert lire_montant(format_montant(montant)) == montant
