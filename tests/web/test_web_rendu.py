"""Mise en forme pour l'écran : montants et dates à la québécoise, fraîcheur lue dans les données."""

from __future__ import annotations

import pytest
from fastapi.exceptions import RequestValidationError

from assistant.web.api import message_validation
from assistant.web.app import politique_widget
from assistant.web.rendu import fiche_calcul, fraicheur, sources, valeur_entree
from corpus import DOSSIER_DOCUMENTS, charger_corpus

pytestmark = pytest.mark.unit


def test_entrees_brutes_ecrites_a_la_quebecoise() -> None:
    assert valeur_entree("solde_actuel", "20000.00", {}) == "20\u00a0000,00\u00a0$"
    assert valeur_entree("revenus", "200000", {}) == "200\u00a0000,00\u00a0$"
    assert valeur_entree("date", "2026-11-01", {}) == "1er novembre 2026"
    assert valeur_entree("heures", "7.5", {}) == "7,5"
    assert valeur_entree("preteur", "fonds_central", {}) == "fonds central"
    assert valeur_entree("urgence", True, {}) == "oui"


def test_fiche_de_calcul_donnees_etapes_articles() -> None:
    appel = {"name": "calculer_remuneration", "result": {
        "entrees": {"heures": "20", "date": "2026-10-01", "prime": "0.00"},
        "montants": {"prime": "0.00"},
        "etapes": [{"libelle": "Rémunération", "calcul": "20 h × 5,81 $", "resultat": "116,20 $"}],
        "articles": [{"doc_id": "reglement-s-40.1-r3", "article": "11", "locator": "art. 11, al. 1"}],
        "avertissements": ["Attention <b>"]}}
    html = fiche_calcul(appel)
    assert "1er octobre 2026" in html and "0,00\u00a0$" in html and "116,20 $" in html
    assert "art. 11, al. 1" in html
    assert "&lt;b&gt;" in html  # le texte est échappé


def test_fiche_d_un_calcul_refuse() -> None:
    assert "Calcul refusé" in fiche_calcul({"name": "x", "error": "heures : négatif"})


def test_sources_citent_extrait_et_lien() -> None:
    html = sources([{"doc_id": "d", "article": "8", "locator": "art. 8, al. 1", "excerpt": "Les emprunts",
                     "url": "https://www.legisquebec.gouv.qc.ca/x#se:8"}], {"d": "Règlement"})
    assert 'href="https://www.legisquebec.gouv.qc.ca/x#se:8"' in html
    assert "<blockquote>Les emprunts</blockquote>" in html and "Règlement" in html


def test_fraicheur_lue_dans_le_corpus_et_les_parametres() -> None:
    documents, _ = charger_corpus(DOSSIER_DOCUMENTS)
    texte = fraicheur(documents)
    assert "12 décembre 2023" in texte
    assert "1er mai 2026" in texte
    assert texte.index("Règlement") < texte.index("Salaire minimum")


def test_politique_du_widget_liste_exactement_les_origines() -> None:
    csp = politique_widget(["http://intranet.example:8080"])
    assert "frame-ancestors 'self' http://intranet.example:8080" in csp
    assert politique_widget([]).endswith("frame-ancestors 'self'")


@pytest.mark.parametrize(("erreurs", "statut", "fragment"), [
    ([{"type": "json_invalid", "loc": ("body", 1)}], 400, "JSON"),
    ([{"type": "missing", "loc": ("body", "question")}], 422, "« question » est obligatoire"),
    ([{"type": "string_type", "loc": ("body", "question")}], 422, "n'a pas le bon type"),
    ([], 422, "invalide"),
])
def test_messages_de_validation_en_francais(erreurs, statut, fragment) -> None:
    code, message = message_validation(RequestValidationError(erreurs))
    assert code == statut and fragment in message
