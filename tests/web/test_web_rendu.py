"""Mise en forme pour l'écran : montants et dates à la québécoise, fraîcheur lue dans les données."""

from __future__ import annotations

import datetime
import html
import json
import re
from decimal import Decimal

import pytest
from fastapi.exceptions import RequestValidationError

from assistant.registres.declaration import Tableau
from assistant.web.api import message_validation
from assistant.web.app import politique_widget
from assistant.web.rendu import (
    fiche_calcul,
    fraicheur,
    message_assistant,
    sources,
    tableau_donnees,
    valeur_entree,
)
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


# Une réponse sur les registres comme le moteur la rend (`Tableau` : valeurs typées, puis `data`).
TABLEAU = Tableau(
    consultation="contrats_a_echeance",
    phrase="2 contrat(s) arrivent à échéance.",
    colonnes=["Contrat", "Tiers", "Fin", "Montant", "Heures", "Signé", "Personnes"],
    lignes=[["C-VDP-2026-A", "Imprimerie <b>Lavoie</b> & fils", datetime.date(2026, 3, 3), Decimal("1234.50"),
             1500, True, None],
            ["C-VDP-2026-B", "Buanderie | Nord", datetime.date(2027, 1, 1), Decimal("-25000.00"), 12, False,
             7]],
)
DONNEES = TABLEAU.donnees()
REPONSE = {
    "answer": "2 contrat(s) arrivent à échéance.\n\n| Contrat | Tiers |\n|---|---|\n| C-VDP-2026-A | x |"
              "\n\nUne cellule vide compte de 1 à 4 personnes : elle n'est pas montrée.\n\n"
              "Articles appliqués : Règlement S-40.1, r. 3, art. 7.",
    "data": DONNEES, "affichage": TABLEAU.affichage(), "route": "donnees", "citations": [],
    "tool_calls": [{"name": "contrats_a_echeance", "arguments": {}, "result": None, "error": None}],
}


def test_cellules_des_registres_ecrites_a_la_quebecoise() -> None:
    ecrites = TABLEAU.affichage()
    assert ecrites["columns"] == DONNEES["columns"]
    assert ecrites["rows"][0] == ["C-VDP-2026-A", "Imprimerie <b>Lavoie</b> & fils", "3 mars 2026",
                                  "1\u00a0234,50\u00a0$", "1\u00a0500", "oui", "—"]
    assert ecrites["rows"][1][2:] == ["1er janvier 2027", "-25\u00a0000,00\u00a0$", "12", "non", "7"]
    assert DONNEES["rows"][0][2:4] == ["2026-03-03", "1234.50"]  # data garde les valeurs exactes


def test_tableau_html_echappe_et_porte_les_valeurs_brutes_pour_le_csv() -> None:
    code = tableau_donnees(DONNEES, TABLEAU.affichage(), "contrats_a_echeance")
    assert "<b>" not in code and "Imprimerie &lt;b&gt;Lavoie&lt;/b&gt; &amp; fils" in code
    assert '<th scope="col">Montant</th>' in code
    assert '<td class="fsrs-nombre">1\u00a0234,50\u00a0$</td>' in code
    assert "<td>3 mars 2026</td>" in code  # court : sur une ligne
    assert '<td class="fsrs-long">Imprimerie' in code  # plus de 30 caractères : peut passer à la ligne
    valeur = re.search(r'<button type="button" class="fsrs-csv" name="contrats_a_echeance" value="([^"]*)">'
                       r"Télécharger \(CSV\)</button>", code)
    assert valeur is not None
    assert json.loads(html.unescape(valeur.group(1))) == DONNEES  # les valeurs exactes, pas l'affichage


def test_bulle_phrase_tableau_notes_articles_sans_fiche_de_calcul() -> None:
    bulle = message_assistant(REPONSE)
    assert "| Contrat |" not in bulle  # le tableau Markdown est remplacé par le tableau HTML
    morceaux = ["2 contrat(s) arrivent", '<div class="fsrs-donnees">', "Une cellule vide",
                "Articles appliqués : Règlement S-40.1, r. 3, art. 7."]
    positions = [bulle.index(m) for m in morceaux]
    assert positions == sorted(positions)
    assert "fsrs-fiche" not in bulle  # une consultation des registres n'est pas un calcul


def test_bulle_d_un_refus_d_acces_sans_tableau_ni_fiche_vide() -> None:
    refus = {"answer": "Je ne peux pas vous montrer cela : connectez-vous.", "data": None,
             "route": "acces_refuse", "citations": [],
             "tool_calls": [{"name": "activites_ouvertes", "arguments": {}, "result": None, "error": None}]}
    assert message_assistant(refus) == "Je ne peux pas vous montrer cela : connectez-vous."
