"""Argent, dates, erreurs : une règle d'arrondi, l'écriture québécoise, la lecture."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from outils.argent import arrondir, format_montant, format_nombre, format_taux, lire_montant
from outils.dates import format_date, lire_date
from outils.erreurs import EntreeInvalide

pytestmark = pytest.mark.unit
NB = "\u00a0"  # espace insécable : séparateur de milliers et avant $ et %


@pytest.mark.parametrize(
    ("montant", "attendu"),
    [
        ("5.635", "5.64"),  # la demie monte
        ("5.625", "5.63"),  # toujours vers le haut, pas au pair (ROUND_HALF_EVEN donnerait 5,62)
        ("5.6349", "5.63"),
        ("0.005", "0.01"),
        ("116.2", "116.20"),
    ],
)
def test_arrondir_au_cent_demie_vers_le_haut(montant: str, attendu: str) -> None:
    assert arrondir(Decimal(montant)) == Decimal(attendu)


@pytest.mark.parametrize(
    ("montant", "centimes", "attendu"),
    [
        (Decimal("116.2"), True, f"116,20{NB}$"),
        (Decimal("25000"), True, f"25{NB}000,00{NB}$"),
        (Decimal("25000"), False, f"25{NB}000{NB}$"),
        (Decimal("25000.01"), False, f"25{NB}000,01{NB}$"),
        (Decimal("1234567.891"), True, f"1{NB}234{NB}567,89{NB}$"),
        (Decimal("0"), True, f"0,00{NB}$"),
    ],
)
def test_format_montant_a_la_quebecoise(montant: Decimal, centimes: bool, attendu: str) -> None:
    assert format_montant(montant, centimes=centimes) == attendu


@pytest.mark.parametrize(
    ("fraction", "attendu"),
    [("0.35", f"35{NB}%"), ("0.10", f"10{NB}%"), ("0.0499", f"4,99{NB}%"), ("0.125", f"12,5{NB}%")],
)
def test_format_taux_en_pour_cent(fraction: str, attendu: str) -> None:
    assert format_taux(Decimal(fraction)) == attendu


def test_format_nombre_sans_zeros_inutiles() -> None:
    assert format_nombre(Decimal("20.00")) == "20"
    assert format_nombre(Decimal("7.50")) == "7,5"
    assert format_nombre(Decimal("1234.5")) == f"1{NB}234,5"


@pytest.mark.parametrize(
    ("entree", "attendu"),
    [
        ("116.20", "116.20"),
        ("116,20", "116.20"),
        ("25 000", "25000.00"),
        ("25 000 $", "25000.00"),
        (f"25{NB}000,00{NB}$", "25000.00"),
        ("1 234,5", "1234.50"),
        (" 16,2 ", "16.20"),
        ("-5", "-5.00"),  # le signe est lu ; chaque calculateur refuse le négatif avec son champ
        (116.2, "116.20"),
        (20, "20.00"),
        (Decimal("0.1"), "0.10"),
    ],
)
def test_lire_montant_accepte_les_ecritures_courantes(entree: object, attendu: str) -> None:
    assert lire_montant(entree, "brute") == Decimal(attendu)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "entree",
    [
        "abc",
        "",
        "12,34,56",
        "1,234.50",
        "12 $ 50",
        "1e5",
        "116.205",
        True,
        None,
        [1],
        float("nan"),
        Decimal("Infinity"),
    ],
)
def test_lire_montant_refuse_le_reste_en_francais(entree: object) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        lire_montant(entree, "brute")  # type: ignore[arg-type]
    assert erreur.value.champ == "brute"
    assert str(erreur.value).startswith("brute : ")


def test_erreur_est_une_phrase_francaise_qui_nomme_le_champ() -> None:
    erreur = EntreeInvalide("heures", "le nombre d'heures ne peut pas être négatif (reçu : -5)")
    assert str(erreur) == "heures : le nombre d'heures ne peut pas être négatif (reçu : -5)."
    assert isinstance(erreur, ValueError)
    avec_article = EntreeInvalide("taux", "hors limites", "art. 17")
    assert avec_article.article == "art. 17"
    assert str(avec_article) == "taux : hors limites — art. 17."


@pytest.mark.parametrize(
    ("jour", "attendu"),
    [
        (datetime.date(2026, 11, 1), "1er novembre 2026"),
        (datetime.date(2026, 10, 15), "15 octobre 2026"),
        (datetime.date(2027, 2, 1), "1er février 2027"),
        (datetime.date(2026, 8, 31), "31 août 2026"),
    ],
)
def test_format_date_quebecoise(jour: datetime.date, attendu: str) -> None:
    assert format_date(jour) == attendu


def test_lire_date() -> None:
    assert lire_date("2026-10-15") == datetime.date(2026, 10, 15)
    with pytest.raises(EntreeInvalide, match="date est requise"):
        lire_date(None)  # une seule horloge : aucun calculateur ne lit la date du jour
    with pytest.raises(EntreeInvalide) as erreur:
        lire_date("15 octobre", "date_debut")
    assert erreur.value.champ == "date_debut"
    assert "AAAA-MM-JJ" in erreur.value.message
