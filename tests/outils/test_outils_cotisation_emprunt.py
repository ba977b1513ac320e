"""Cotisation au Fonds central (art. 17) et emprunts (art. 8) : cas et bornes des deux côtés."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from outils.cotisation import calculer_cotisation
from outils.emprunt import ecart_au_seuil, verifier_emprunt
from outils.erreurs import EntreeInvalide

JOUR = datetime.date(2026, 11, 23)  # la date de la demande, passée à chaque calcul

pytestmark = pytest.mark.unit


def test_cotisation_exemple_fourchette() -> None:
    # 200 000 − 150 000 = 50 000 ; 5 % = 2 500 ; 25 % = 12 500
    r = calculer_cotisation(200_000, 150_000, date=JOUR)
    assert r.montants["revenu_net_exploitation"] == Decimal("50000.00")
    assert r.montants["cotisation_minimale"] == Decimal("2500.00")
    assert r.montants["cotisation_maximale"] == Decimal("12500.00")
    assert "cotisation" not in r.montants
    assert any("ministre" in a for a in r.avertissements)  # le taux reste à fixer
    assert [a.article for a in r.articles] == ["17"]


# (taux reçu en pour cent, cotisation attendue sur 50 000 $)
CAS_TAUX = [
    ("5", "2500.00"),  # borne basse incluse : 50 000 × 5 %
    ("25", "12500.00"),  # borne haute incluse : 50 000 × 25 %
    ("10", "5000.00"),  # 50 000 × 10 %
    ("12,5 %", "6250.00"),  # 50 000 × 12,5 %
    (Decimal("5.01"), "2505.00"),  # 50 000 × 5,01 %
]


@pytest.mark.parametrize(("taux", "attendu"), CAS_TAUX)
def test_cotisation_au_taux_du_ministre(taux: object, attendu: str) -> None:
    r = calculer_cotisation("200 000", "150 000", taux=taux, date=JOUR)  # type: ignore[arg-type]
    assert r.montants["cotisation"] == Decimal(attendu)


@pytest.mark.parametrize("taux", ["4,99", "25.01", 0.1, 30, -5])
def test_cotisation_taux_hors_limites(taux: object) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        calculer_cotisation(200_000, 150_000, taux=taux, date=JOUR)  # type: ignore[arg-type]
    assert erreur.value.champ == "taux"
    assert erreur.value.article == "art. 17"
    assert "5" in erreur.value.message and "25" in erreur.value.message


def test_cotisation_debourses_non_soustraits() -> None:
    # Les 20 000 $ de déboursés ne changent pas le revenu net : 200 000 − 150 000 = 50 000
    r = calculer_cotisation(200_000, 150_000, debourses_activites_non_remunerees=20_000, date=JOUR)
    assert r.montants["revenu_net_exploitation"] == Decimal("50000.00")
    assert "ne sont pas soustraits" in r.etapes[0].libelle
    assert any("20\u00a0000,00" in a for a in r.avertissements)


@pytest.mark.parametrize(("revenus", "frais"), [(100_000, 150_000), (100_000, 100_000)])
def test_cotisation_perte_ou_zero_donne_zero_avec_avertissement(revenus: int, frais: int) -> None:
    r = calculer_cotisation(revenus, frais, taux=10, date=JOUR)
    assert r.montants["cotisation_minimale"] == 0
    assert r.montants["cotisation_maximale"] == 0
    assert r.montants["cotisation"] == 0
    assert any("nul ou négatif" in a for a in r.avertissements)


@pytest.mark.parametrize(
    ("arguments", "champ"),
    [
        ({"revenus": -1, "frais": 0}, "revenus"),
        ({"revenus": 1, "frais": "beaucoup"}, "frais"),
        (
            {"revenus": 1, "frais": 0, "debourses_activites_non_remunerees": -3},
            "debourses_activites_non_remunerees",
        ),
        ({"revenus": 1, "frais": 0, "taux": "dix"}, "taux"),
    ],
)
def test_cotisation_entrees_invalides(arguments: dict[str, object], champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        calculer_cotisation(**{"date": JOUR, **arguments})  # type: ignore[arg-type]
    assert erreur.value.champ == champ


# (nom, montant, solde actuel, autorisation requise) — « supérieur à 25 000 $ » est strict
CAS_EMPRUNT = [
    ("6 000 sur 20 000 : solde de 26 000", "6000", "20000", True),
    ("25 000 sur 0 : pile le seuil", "25000", "0", False),
    ("24 999,99 sur 0", "24999.99", "0", False),
    ("25 000,00 sur 0", "25000.00", "0", False),
    ("25 000,01 sur 0 : emprunt au-delà", "25000.01", "0", True),
    ("0,01 sur 24 999,99 : solde pile 25 000", "0.01", "24999.99", False),
    ("0,01 sur 25 000,00 : solde à 25 000,01", "0.01", "25000.00", True),
    ("30 000 sur 0 : les deux motifs", "30000", "0", True),
]


@pytest.mark.parametrize(
    ("montant", "solde", "requise"), [c[1:] for c in CAS_EMPRUNT], ids=[c[0] for c in CAS_EMPRUNT]
)
def test_emprunt_autorisation(montant: str, solde: str, requise: bool) -> None:
    r = verifier_emprunt(montant, solde, date=JOUR)
    assert r.valeurs["autorisation_requise"] is requise
    assert r.montants["nouveau_solde"] == Decimal(montant) + Decimal(solde)
    assert bool(r.valeurs["motifs"]) is requise


def test_emprunt_exemple_conclusion() -> None:
    r = verifier_emprunt(6000, 20000, date=JOUR)
    assert "26\u00a0000,00\u00a0$" in r.conclusion
    assert "autorisation du ministre" in r.conclusion
    assert r.valeurs["verifier_autres_preteurs_d_abord"] is False


def test_emprunt_externe_rappelle_l_alinea_2() -> None:
    r = verifier_emprunt(1000, preteur="externe", date=JOUR)
    assert r.valeurs["verifier_autres_preteurs_d_abord"] is True
    assert "art. 8, al. 2" in [a.locator for a in r.articles]
    assert any("Fonds central" in a for a in r.avertissements)
    autre = verifier_emprunt(1000, preteur="autre_fonds", date=JOUR)
    assert autre.valeurs["verifier_autres_preteurs_d_abord"] is False


@pytest.mark.parametrize(
    ("arguments", "champ"),
    [
        ({"montant": 0}, "montant"),
        ({"montant": -10}, "montant"),
        ({"montant": 10, "solde_actuel": -1}, "solde_actuel"),
        ({"montant": 10, "preteur": "banque"}, "preteur"),
    ],
)
def test_emprunt_entrees_invalides(arguments: dict[str, object], champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        verifier_emprunt(**{"date": JOUR, **arguments})  # type: ignore[arg-type]
    assert erreur.value.champ == champ


def test_preteur_inconnu_liste_les_valeurs_permises() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        verifier_emprunt(10, preteur="banque", date=JOUR)
    assert "fonds_central, autre_fonds, externe" in erreur.value.message


@pytest.mark.parametrize(
    ("solde", "ecart"),
    [("27000", Decimal("2000")), ("25000", Decimal("0")), ("20000.50", Decimal("-4999.50"))],
)
def test_ecart_au_seuil_de_l_article_8(solde: str, ecart: Decimal) -> None:
    assert ecart_au_seuil(solde, "2026-11-23") == (ecart, Decimal("25000"))


def test_ecart_au_seuil_refuse_un_solde_negatif() -> None:
    with pytest.raises(EntreeInvalide):
        ecart_au_seuil("-1", "2026-11-23")
