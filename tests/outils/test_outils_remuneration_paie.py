"""Rémunération (art. 11) et partage de la paie (art. 15, 16 ; LSCQ 91, 92), calculés à la main."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from outils.erreurs import EntreeInvalide
from outils.prelevement import repartir_paie
from outils.remuneration import calculer_remuneration

JOUR = datetime.date(2026, 11, 23)  # la date de la demande, passée à chaque calcul

pytestmark = pytest.mark.unit
NB = "\u00a0"

# (nom, heures, date, prime, taux horaire attendu, brute attendue)
CAS_REMUNERATION = [
    # 16,60 × 0,35 = 5,81 ; 20 × 5,81 = 116,20
    ("octobre 2026", "20", "2026-10-15", "0", "5.81", "116.20"),
    # veille de la hausse : 16,10 × 0,35 = 5,635 → 5,64 (demie vers le haut) ; 20 × 5,64 = 112,80
    ("30 avril 2026", "20", "2026-04-30", "0", "5.64", "112.80"),
    # jour de la hausse : 16,60 → 5,81 ; 20 × 5,81 = 116,20
    ("1er mai 2026", "20", "2026-05-01", "0", "5.81", "116.20"),
    # 7,5 × 5,81 = 43,575 → 43,58
    ("heures décimales", "7,5", "2026-10-15", "0", "5.81", "43.58"),
    # 20 × 5,81 = 116,20 ; + 10,00 de prime = 126,20
    ("avec prime", "20", "2026-10-15", "10", "5.81", "126.20"),
    # 12,00 × 0,35 = 4,20 ; 10 × 4,20 = 42,00
    ("première valeur connue", "10", "2018-05-01", "0", "4.20", "42.00"),
    ("zéro heure", "0", "2026-10-15", "0", "5.81", "0.00"),
]


@pytest.mark.parametrize(
    ("heures", "date", "prime", "taux", "brute"),
    [c[1:] for c in CAS_REMUNERATION],
    ids=[c[0] for c in CAS_REMUNERATION],
)
def test_remuneration(heures: str, date: str, prime: str, taux: str, brute: str) -> None:
    r = calculer_remuneration(heures, date, prime)
    assert r.montants["taux_horaire"] == Decimal(taux)
    assert r.montants["remuneration_brute"] == Decimal(brute)


def test_remuneration_exemple_complet() -> None:
    r = calculer_remuneration(20, "2026-10-15")
    assert r.outil == "calculer_remuneration"
    assert r.etapes[1].libelle == f"Taux horaire (35{NB}% du salaire minimum de 16,60{NB}$, arrondi au cent)"
    assert r.etapes[1].calcul == f"16,60{NB}$ × 35{NB}%"
    assert r.etapes[1].resultat == f"5,81{NB}$"
    assert f"116,20{NB}$" in r.conclusion and f"5,81{NB}$" in r.conclusion
    assert [(a.doc_id, a.article, a.locator) for a in r.articles] == [
        ("reglement-s-40.1-r3", "11", "art. 11, al. 1")
    ]
    assert r.avertissements == []
    json = r.model_dump(mode="json")
    assert json["montants"]["remuneration_brute"] == "116.20"
    assert json["entrees"]["date"] == "2026-10-15"


def test_remuneration_arrondi_du_taux_est_montre() -> None:
    r = calculer_remuneration(20, "2026-04-30")
    assert "5,635" in r.etapes[1].calcul


def test_prime_cite_l_alinea_2() -> None:
    r = calculer_remuneration(1, "2026-10-15", prime="2,50")
    assert "art. 11, al. 2" in [a.locator for a in r.articles]


def test_remuneration_apres_la_date_de_verification_avertit() -> None:
    r = calculer_remuneration(20, "2027-06-01")
    assert r.montants["taux_horaire"] == Decimal("5.81")
    assert any("plus récente" in a for a in r.avertissements)


@pytest.mark.parametrize(
    ("arguments", "champ"),
    [
        ({"heures": -5, "date": "2026-10-15"}, "heures"),
        ({"heures": "vingt", "date": "2026-10-15"}, "heures"),
        ({"heures": 20, "date": "2018-04-30"}, "date"),  # avant les données du salaire minimum
        ({"heures": 20, "date": "15/10/2026"}, "date"),
        ({"heures": 20, "date": "2026-10-15", "prime": -1}, "prime"),
    ],
)
def test_remuneration_entrees_invalides(arguments: dict[str, object], champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        calculer_remuneration(**arguments)  # type: ignore[arg-type]
    assert erreur.value.champ == champ


def test_heures_negatives_message_exact() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        calculer_remuneration(-5, "2026-10-15")
    assert str(erreur.value) == "heures : le nombre d'heures ne peut pas être négatif (reçu : -5)."


# (nom, brute, retenues, prélèvement, au directeur, allocation, épargne)
CAS_PAIE = [
    # 116,20 − 16,20 = 100,00 ; 10 % = 10,00 ; 100 − 10 = 90,00 ; 50 % = 45,00 ; 90 − 45 = 45,00
    ("exemple du guide", "116.20", "16.20", "10.00", "90.00", "45.00", "45.00"),
    # 116,20 ; 10 % = 11,62 ; 104,58 ; 50 % = 52,29 ; 52,29
    ("sans retenue", "116.20", "0", "11.62", "104.58", "52.29", "52.29"),
    # 0,05 × 10 % = 0,005 → 0,01 ; 0,04 ; 50 % = 0,02 ; 0,02
    ("demi-cent du prélèvement", "0.05", "0", "0.01", "0.04", "0.02", "0.02"),
    # 1,01 ; 10 % = 0,101 → 0,10 ; 0,91 ; 50 % = 0,455 → 0,46 ; 0,91 − 0,46 = 0,45
    ("demi-cent de l'allocation", "1.01", "0", "0.10", "0.91", "0.46", "0.45"),
    ("retenues égales à la paie", "50.00", "50.00", "0.00", "0.00", "0.00", "0.00"),
]


@pytest.mark.parametrize(
    ("brute", "retenues", "prelevement", "directeur", "allocation", "epargne"),
    [c[1:] for c in CAS_PAIE],
    ids=[c[0] for c in CAS_PAIE],
)
def test_repartir_paie(
    brute: str, retenues: str, prelevement: str, directeur: str, allocation: str, epargne: str
) -> None:
    m = repartir_paie(brute, retenues, JOUR).montants
    assert m["prelevement"] == Decimal(prelevement)
    assert m["verse_directeur"] == Decimal(directeur)
    assert m["allocation"] == Decimal(allocation)
    assert m["epargne"] == Decimal(epargne)
    assert m["retenues_legales"] + m["prelevement"] + m["allocation"] + m["epargne"] == m["brute"]


def test_repartir_paie_cite_ses_articles() -> None:
    r = repartir_paie("116,20", "16,20", JOUR)
    citations = {(a.doc_id, a.article) for a in r.articles}
    assert {("reglement-s-40.1-r3", "15"), ("reglement-s-40.1-r3", "16")} <= citations
    assert {("lscq-s-40.1", "91"), ("lscq-s-40.1", "92")} <= citations
    assert f"10,00{NB}$" in r.conclusion and f"45,00{NB}$" in r.conclusion


@pytest.mark.parametrize(
    ("brute", "retenues", "champ"),
    [
        ("10", "11", "retenues_legales"),
        ("-1", "0", "brute"),
        ("10", "-1", "retenues_legales"),
        ("dix", "0", "brute"),
    ],
)
def test_repartir_paie_entrees_invalides(brute: str, retenues: str, champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        repartir_paie(brute, retenues, JOUR)
    assert erreur.value.champ == champ
