"""Un vrai navigateur (Chromium sans écran) sur les registres : connexion dans le chat, tableau, CSV ;
le widget intégré reste anonyme.

Les valeurs attendues sont celles de `data` rendues par l'API pour la même identité : le tableau
affiché doit les écrire à la québécoise, le CSV téléchargé doit les redonner exactement.
Captures dans /tmp/captures-fsrs/ (copiées dans evaluations/captures/ pour la revue).
"""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from outils.argent import format_montant

pytestmark = [pytest.mark.slow, pytest.mark.integration]

QUESTION_ARGENT = "Quels prêts aux détenus ne sont pas encore remboursés ?"
QUESTION_PARTICIPATION = "Combien de personnes ont participé aux activités cette année ?"
QUESTION_PSEUDONYME = "Combien d'heures P-VDP-0042 a-t-il travaillé en juin ?"
DECIMAL = re.compile(r"^-?\d+\.\d+$")
# Remonte le fil de la conversation (son conteneur qui défile) jusqu'un peu au-dessus de l'élément.
DEFILER_JUSQU_A = """e => {
  let p = e.parentElement;
  while (p && !(p.scrollHeight > p.clientHeight && p.clientHeight > 200
                && ['auto', 'scroll'].includes(getComputedStyle(p).overflowY))) {
    p = p.parentElement;
  }
  if (p) { p.scrollTop += e.getBoundingClientRect().top - p.getBoundingClientRect().top - 90; }
}"""


@pytest.fixture
def page(navigateur):
    contexte = navigateur.new_context(locale="fr-CA", viewport={"width": 1280, "height": 1000},
                                      accept_downloads=True)
    page = contexte.new_page()
    page.set_default_timeout(60_000)
    yield page
    contexte.close()


def _data(serveur, question: str, jeton: str | None = None) -> dict:
    entetes = {"Authorization": f"Bearer {jeton}"} if jeton else {}
    with httpx.Client(base_url=serveur.url, timeout=120, headers=entetes) as c:
        return c.post("/api/ask", json={"question": question}).json()


def cellule_csv(valeur: object) -> str:
    """Ce que le CSV doit contenir pour une valeur de `data` (virgule décimale, oui/non, vide)."""
    if valeur is None:
        return ""
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    texte = str(valeur)
    return texte.replace(".", ",") if DECIMAL.match(texte) else texte


def verifier_csv(contenu: bytes, data: dict) -> None:
    assert contenu.startswith("\ufeff".encode()), "BOM UTF-8 attendu (Excel fr-CA)"
    texte = contenu.decode("utf-8-sig")
    lignes = list(csv.reader(io.StringIO(texte, newline=""), delimiter=";"))
    assert lignes[0] == data["columns"]
    assert lignes[1:] == [[cellule_csv(v) for v in ligne] for ligne in data["rows"]]


def verifier_montants(cellules: list[list[str]], data: dict) -> int:
    """Chaque montant de `data` (« 1234.50 ») est écrit « 1 234,50 $ » dans le tableau affiché."""
    vus = 0
    assert len(cellules) == len(data["rows"])
    for ecrite, brute in zip(cellules, data["rows"], strict=True):
        for texte, valeur in zip(ecrite, brute, strict=True):
            if isinstance(valeur, str) and DECIMAL.match(valeur):
                assert texte == format_montant(Decimal(valeur)), (texte, valeur)
                vus += 1
    return vus


def _cellules(tableau) -> list[list[str]]:
    return tableau.evaluate(
        "t => [...t.querySelectorAll('tbody tr')].map(r => [...r.cells].map(c => c.textContent))")


def _se_connecter(page, jeton: str) -> None:
    champ = page.get_by_placeholder("Jeton d'accès aux registres")
    if not champ.is_visible():  # la boîte « Se connecter » est repliée
        page.get_by_text("Se connecter (personnel d'un fonds)").click()
    champ.fill(jeton)
    page.get_by_role("button", name="Se connecter", exact=True).click()


def _demander(page, question: str) -> None:
    champ = page.get_by_placeholder("Écrivez votre question ici")
    champ.fill(question)
    page.get_by_role("button", name="Envoyer").click()


def test_chat_connexion_tableau_en_dollars_et_csv_puis_deconnexion(serveur, jetons, page, captures) -> None:
    jeton = jetons["conseiller-vdp"]
    attendu = _data(serveur, QUESTION_ARGENT, jeton)
    assert attendu["route"] == "donnees" and attendu["data"]["rows"], attendu["answer"]
    page.goto(serveur.url + "/")
    page.get_by_placeholder("Écrivez votre question ici").wait_for()
    assert "Connecté" not in page.locator("#fsrs-identite").inner_text()

    _se_connecter(page, "pas-un-jeton")
    page.get_by_text("Identification refusée").first.wait_for()
    assert "Connecté" not in page.locator("#fsrs-identite").inner_text()

    _se_connecter(page, jeton)
    page.locator("#fsrs-identite").get_by_text("Connecté : Conseiller · VDP").wait_for()
    assert page.get_by_placeholder("Jeton d'accès aux registres").count() == 0 or \
        page.get_by_placeholder("Jeton d'accès aux registres").input_value() == ""
    _demander(page, QUESTION_ARGENT)
    tableau = page.locator("#fsrs-conversation .fsrs-donnees table").last
    tableau.wait_for()
    entetes = tableau.evaluate("t => [...t.querySelectorAll('thead th')].map(c => c.textContent)")
    assert entetes == attendu["data"]["columns"]
    cellules = _cellules(tableau)
    assert cellules == attendu["affichage"]["rows"]
    assert verifier_montants(cellules, attendu["data"]) > 0, "au moins un montant dans le tableau"
    texte = page.locator("#fsrs-conversation [data-testid='bot']").last.inner_text()
    assert texte.index(attendu["answer"].split("\n\n")[0][:40]) < texte.index("Télécharger (CSV)")
    assert "Articles appliqués" in texte and "|---" not in texte
    # La capture : sans les bulles d'information, le fil remonté jusqu'à la question.
    page.locator("[data-testid='toast-close']").evaluate_all("boutons => boutons.forEach(b => b.click())")
    page.wait_for_timeout(1000)  # le fil finit de défiler tout seul jusqu'au bas de la réponse
    tableau.evaluate(DEFILER_JUSQU_A)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    # Sans full_page : agrandir la fenêtre ferait redescendre le fil jusqu'en bas.
    page.screenshot(path=str(captures / "chat-donnees-tableau.png"))

    with page.expect_download() as telechargement:
        page.get_by_role("button", name="Télécharger (CSV)").last.click()
    fichier = telechargement.value
    assert fichier.suggested_filename.endswith(".csv")
    verifier_csv(Path(fichier.path()).read_bytes(), attendu["data"])

    # Le jeton n'est gardé nulle part dans le navigateur, ni la conversation (historique de Gradio).
    stockage = page.evaluate("() => JSON.stringify([sessionStorage, localStorage, document.cookie])")
    assert jeton not in stockage and "P-VDP" not in stockage and "run-history" not in stockage

    page.get_by_role("button", name="Se déconnecter").click()
    page.get_by_text("Se connecter (personnel d'un fonds)").wait_for()
    assert page.locator("#fsrs-conversation .fsrs-donnees").count() == 0  # la conversation est effacée
    _demander(page, QUESTION_PSEUDONYME)
    page.get_by_text("Je ne peux pas vous montrer cela").wait_for()
    assert page.locator("#fsrs-conversation .fsrs-donnees").count() == 0


def _widget(page, hotes):
    page.goto(hotes["autorise"].url + "/index.html")
    page.get_by_role("button", name="Assistant FSRS").click()
    return page.frame_locator("iframe[title='Assistant FSRS']")


def _poser(cadre, question: str) -> None:
    champ = cadre.get_by_label("Votre question")
    champ.fill(question)
    champ.press("Enter")


def test_widget_anonyme_tableau_d_ensemble_et_lien_csv(serveur, hotes, page, captures) -> None:
    attendu = _data(serveur, QUESTION_PARTICIPATION)
    assert attendu["route"] == "donnees" and attendu["data"]["rows"]
    cadre = _widget(page, hotes)
    _poser(cadre, QUESTION_PARTICIPATION)
    tableau = cadre.locator(".assistant .donnees table").last
    tableau.wait_for()
    assert tableau.evaluate("t => [...t.querySelectorAll('thead th')].map(c => c.textContent)") == \
        attendu["data"]["columns"]
    assert _cellules(tableau) == attendu["affichage"]["rows"]
    bulle = cadre.locator(".assistant").last
    texte = bulle.inner_text()
    assert texte.index("ensemble des fonds") < texte.index("Télécharger (CSV)")
    assert "|---" not in texte and "Articles appliqués" in texte
    lien = bulle.get_by_role("link", name="Télécharger (CSV)")
    href = lien.get_attribute("href") or ""
    assert href.startswith("data:text/csv;charset=utf-8,")
    verifier_csv(urllib.parse.unquote(href.split(",", 1)[1]).encode(), attendu["data"])
    assert (lien.get_attribute("download") or "").endswith(".csv")
    # La capture montre la question, la phrase et le tableau (le fil défile sinon jusqu'aux sources).
    bulle.evaluate(DEFILER_JUSQU_A)
    page.screenshot(path=str(captures / "widget-donnees-tableau.png"))


def test_widget_refuse_un_pseudonyme_en_francais_sans_jeton(serveur, hotes, page, captures) -> None:
    envoyees: list[dict[str, str]] = []
    page.on("request", lambda r: envoyees.append(r.headers) if r.url.endswith("/api/ask/stream") else None)
    cadre = _widget(page, hotes)
    # Même si un jeton traînait dans le stockage de l'origine du serveur, le widget ne le lit pas.
    cadre.locator("#question").evaluate("() => sessionStorage.setItem('jeton', 'jeton-qui-traine')")
    _poser(cadre, QUESTION_PSEUDONYME)
    bulle = cadre.locator(".assistant.erreur").last
    bulle.wait_for()
    texte = bulle.inner_text()
    assert texte.startswith("Je ne peux pas vous montrer cela")
    assert cadre.locator(".assistant .donnees").count() == 0
    lien = bulle.get_by_role("link", name="la page de l'assistant")  # pour se connecter, hors du widget
    assert lien.get_attribute("href") == "/"
    assert envoyees and all("authorization" not in e for e in envoyees)
    assert all(e.get("x-assistant-fsrs-canal") == "widget" for e in envoyees)
    page.screenshot(path=str(captures / "widget-acces-refuse.png"))


QUESTION_ECHEANCES = "Quelles sont les échéances de notre fonds pour 2027 ?"


def test_rapport_de_conformite_servi_au_membre_du_conseil(serveur, jetons, navigateur, captures) -> None:
    jeton = jetons["membre_ca-vdp"]
    contexte = navigateur.new_context(locale="fr-CA", viewport={"width": 1100, "height": 1200},
                                      extra_http_headers={"Authorization": f"Bearer {jeton}"})
    try:
        page = contexte.new_page()
        reponse = page.goto(f"{serveur.url}/api/fonds/conformite?annee=2026")
        assert reponse is not None and reponse.status == 200
        assert page.locator("h1").inner_text().startswith("Revue de conformité")
        # Le graphique (data:) est permis par la politique du rapport, et il s'affiche.
        assert page.locator("img").evaluate("i => i.complete && i.naturalWidth > 0")
        constats = page.locator("h3").count()
        assert constats > 0 and f"{constats} constat(s)" in page.locator("body").inner_text()
        page.screenshot(path=str(captures / "rapport-conformite.png"), full_page=True)
    finally:
        contexte.close()


def test_chat_calendrier_du_fonds_en_tableau(serveur, jetons, page, captures) -> None:
    jeton = jetons["membre_ca-vdp"]
    attendu = _data(serveur, QUESTION_ECHEANCES, jeton)
    assert attendu["route"] == "donnees" and attendu["data"]["rows"], attendu["answer"]
    page.goto(serveur.url + "/")
    _se_connecter(page, jeton)
    page.locator("#fsrs-identite").get_by_text("Connecté : Membre du conseil · VDP").wait_for()
    _demander(page, QUESTION_ECHEANCES)
    tableau = page.locator("#fsrs-conversation .fsrs-donnees table").last
    tableau.wait_for()
    assert _cellules(tableau) == attendu["affichage"]["rows"]
    page.locator("[data-testid='toast-close']").evaluate_all("boutons => boutons.forEach(b => b.click())")
    page.wait_for_timeout(1000)
    tableau.evaluate(DEFILER_JUSQU_A)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    page.screenshot(path=str(captures / "chat-calendrier.png"))
