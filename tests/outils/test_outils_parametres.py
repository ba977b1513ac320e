"""Paramètres datés : la valeur en vigueur à une date, ses métadonnées, les bornes des données."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from outils import parametres
from outils.erreurs import EntreeInvalide

pytestmark = pytest.mark.unit
D = datetime.date
URL_REGLEMENT = "https://www.legisquebec.gouv.qc.ca/fr/document/rc/S-40.1,%20r.%203"


@pytest.mark.parametrize(
    ("nom", "valeur", "unite", "article"),
    [
        ("taux_remuneration", "0.35", "fraction", "11"),
        ("taux_prelevement", "0.10", "fraction", "15"),
        ("taux_allocation", "0.50", "fraction", "16"),
        ("cotisation_plancher", "0.05", "fraction", "17"),
        ("cotisation_plafond", "0.25", "fraction", "17"),
        ("seuil_emprunt", "25000", "$", "8"),
    ],
)
def test_parametres_du_reglement(nom: str, valeur: str, unite: str, article: str) -> None:
    p = parametres.valeur(nom, D(2026, 11, 23))
    assert p.valeur == Decimal(valeur)
    assert p.unite == unite
    assert p.reference.article == article
    assert p.reference.doc_id == "reglement-s-40.1-r3"
    assert p.reference.url == URL_REGLEMENT
    assert p.en_vigueur_le == D(2007, 2, 8)
    assert p.verifie_le == D(2026, 11, 23)
    assert p.avertissements == ()


@pytest.mark.parametrize(
    ("le", "taux", "depuis"),
    [
        (D(2018, 5, 1), "12.00", D(2018, 5, 1)),  # première valeur connue
        (D(2025, 4, 30), "15.75", D(2024, 5, 1)),  # veille de la hausse
        (D(2025, 5, 1), "16.10", D(2025, 5, 1)),  # jour de la hausse
        (D(2026, 4, 30), "16.10", D(2025, 5, 1)),
        (D(2026, 5, 1), "16.60", D(2026, 5, 1)),
        (D(2026, 5, 2), "16.60", D(2026, 5, 1)),  # lendemain
        (D(2026, 11, 23), "16.60", D(2026, 5, 1)),  # jour de la vérification : pas d'avertissement
    ],
)
def test_salaire_minimum_en_vigueur(le: datetime.date, taux: str, depuis: datetime.date) -> None:
    p = parametres.valeur("salaire_minimum", le)
    assert (p.valeur, p.en_vigueur_le, p.avertissements) == (Decimal(taux), depuis, ())
    assert p.unite == "$/h"


def test_salaire_minimum_apres_la_verification_avertit() -> None:
    p = parametres.valeur("salaire_minimum", D(2027, 5, 1))
    assert p.valeur == Decimal("16.60")
    assert len(p.avertissements) == 1
    assert "23 novembre 2026" in p.avertissements[0]
    assert "plus récente" in p.avertissements[0]


def test_date_avant_les_donnees_refusee_en_francais() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        parametres.valeur("salaire_minimum", D(2018, 4, 30))
    assert erreur.value.champ == "date"
    assert "1er mai 2018" in erreur.value.message
    with pytest.raises(EntreeInvalide):
        parametres.valeur("taux_remuneration", D(2007, 2, 7))


def test_parametre_inconnu_liste_les_noms() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        parametres.valeur("taux_inexistant", D(2026, 1, 1))
    assert erreur.value.champ == "nom"
    assert "taux_remuneration" in erreur.value.message


def test_tous_les_parametres_se_chargent() -> None:
    assert set(parametres.noms()) == {
        "cotisation_plafond",
        "cotisation_plancher",
        "salaire_minimum",
        "seuil_emprunt",
        "taux_allocation",
        "taux_prelevement",
        "taux_remuneration",
    }
    for nom in parametres.noms():
        bareme = parametres.bareme_de(nom)
        assert bareme.valeurs and bareme.reference.url.startswith("https://")


def test_le_csv_garde_sa_colonne_source() -> None:
    bareme = parametres.bareme_de("salaire_minimum")
    assert bareme.valeurs[-1].source.startswith("communiqué du gouvernement du Québec")
    assert "0,50 $" in bareme.valeurs[-1].source  # virgule non protégée dans la source


def test_ajouter_un_taux_est_une_ligne_de_csv(tmp_path: Path) -> None:
    source = Path(parametres.__file__).with_name("parametres") / "salaire_minimum.csv"
    copie = tmp_path / "salaire_minimum.csv"
    copie.write_text(source.read_text(encoding="utf-8") + "\n2027-05-01,17.10,annonce fictive\n")
    valeurs = parametres._lire_csv(copie)
    assert valeurs[-1] == parametres.ValeurDatee(D(2027, 5, 1), Decimal("17.10"), "annonce fictive")
