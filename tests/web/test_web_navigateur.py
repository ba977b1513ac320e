"""Un vrai navigateur (Chromium sans écran) : la page de conversation et le widget intégré.

Les captures sont écrites dans un dossier temporaire puis copiées dans /tmp/captures-fsrs/,
avec les temps mesurés (mesures.json) : premier texte affiché et réponse complète.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.integration]

QUESTION = "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?"
MESURES: dict[str, float] = {}


@pytest.fixture
def page(navigateur):
    contexte = navigateur.new_context(locale="fr-CA", viewport={"width": 1280, "height": 1000})
    page = contexte.new_page()
    page.set_default_timeout(30_000)
    yield page
    contexte.close()


def _hors_machine(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))]


def test_page_de_conversation_reponse_citee_et_vote(serveur, page, captures) -> None:
    requetes: list[str] = []
    page.on("request", lambda r: requetes.append(r.url))
    debut_page = time.perf_counter()
    page.goto(serveur.url + "/")
    champ = page.get_by_placeholder("Écrivez votre question ici")
    champ.wait_for()
    MESURES["page_utilisable_s"] = round(time.perf_counter() - debut_page, 3)
    assert page.title() == "Assistant FSRS"
    assert page.get_by_text("pas un avis juridique").is_visible()
    assert page.get_by_text("12 décembre 2023").is_visible()
    assert page.get_by_text("1er mai 2026").is_visible()
    page.screenshot(path=str(captures / "chat-accueil.png"), full_page=True)

    champ.fill(QUESTION)
    debut = time.perf_counter()
    page.get_by_role("button", name="Envoyer").click()
    bulle = page.locator("#fsrs-conversation .message.bot, #fsrs-conversation [data-testid='bot']").last
    page.wait_for_function(
        "() => [...document.querySelectorAll('#fsrs-conversation [data-testid=\"bot\"]')]"
        ".some(e => e.innerText.includes('taux horaire'))")
    MESURES["chat_premier_texte_s"] = round(time.perf_counter() - debut, 3)
    sources = page.locator("#fsrs-conversation .fsrs-sources").last
    sources.wait_for()
    MESURES["chat_reponse_complete_s"] = round(time.perf_counter() - debut, 3)
    assert bulle.count() >= 1
    conversation = page.locator("#fsrs-conversation")
    assert "116,20" in conversation.inner_text()
    assert "art. 11, al. 1" in sources.inner_text()
    lien = sources.get_by_role("link", name="art. 11, al. 1")
    assert "legisquebec.gouv.qc.ca" in (lien.get_attribute("href") or "")
    assert "35% du salaire minimum" in sources.locator("blockquote").inner_text()
    assert "1er octobre 2026" in conversation.locator(".fsrs-fiche").inner_text()
    page.screenshot(path=str(captures / "chat-reponse-calcul.png"), full_page=True)

    page.get_by_role("button", name="J'aime").last.click()
    avis: list[dict] = []
    for _ in range(50):
        avis = [a for a in serveur.app.state.avis.tous() if a["canal"] == "chat"]
        if avis:
            break
        time.sleep(0.1)
    # Case « joindre ma question » non cochée : le vote est gardé sans la question.
    assert avis and avis[-1]["vote"] == 1 and avis[-1]["question"] is None
    assert avis[-1]["route"] == "calcul" and "reglement-s-40.1-r3:art-11" in avis[-1]["passages"]
    with sqlite3.connect(serveur.config.chemin_avis) as cnx:
        colonnes = {r[1] for r in cnx.execute("PRAGMA table_info(avis)")}
    assert not colonnes & {"nom", "ip", "adresse_ip", "utilisateur", "session"}

    assert _hors_machine(requetes) == [], "la page a chargé une ressource hors de la machine"


def test_exemple_du_conseil_et_question_documentaire(serveur, page, captures) -> None:
    page.goto(serveur.url + "/")
    page.get_by_role("button", name="Avant quelle date le programme d'activités doit-il être soumis "
                                    "au ministre?").click()
    page.locator("#fsrs-conversation .fsrs-sources").last.wait_for()
    texte = page.locator("#fsrs-conversation").inner_text()
    assert "1er novembre" in texte
    page.screenshot(path=str(captures / "chat-exemple-conseil.png"), full_page=True)


def test_widget_sur_un_intranet_autorise(serveur, hotes, page, captures) -> None:
    requetes: list[str] = []
    page.on("request", lambda r: requetes.append(r.url))
    page.goto(hotes["autorise"].url + "/index.html")
    page.get_by_role("button", name="Assistant FSRS").click()
    cadre = page.frame_locator("iframe[title='Assistant FSRS']")
    question = cadre.get_by_label("Votre question")
    question.fill(QUESTION)
    debut = time.perf_counter()
    question.press("Enter")
    cadre.locator(".assistant .texte", has_text="taux horaire").wait_for()
    MESURES["widget_premier_texte_s"] = round(time.perf_counter() - debut, 3)
    cadre.locator(".assistant .sources").wait_for()
    MESURES["widget_reponse_complete_s"] = round(time.perf_counter() - debut, 3)
    assert "116,20" in cadre.locator(".assistant").inner_text()
    assert "art. 11, al. 1" in cadre.locator(".sources").inner_text()
    page.screenshot(path=str(captures / "widget-intranet-autorise.png"))
    # Même origine que le site autorisé : l'API répond au navigateur (CORS).
    sante = page.evaluate("u => fetch(u + '/api/health').then(r => r.json()).then(j => j.status)",
                          serveur.url)
    assert sante == "ok"
    cadre.get_by_role("button", name="Réponse utile").click()
    cadre.get_by_text("Merci!").wait_for()
    assert _hors_machine(requetes) == []


def test_une_question_tapee_avant_le_script_du_widget_n_est_pas_perdue(serveur, page) -> None:
    # Tant que le script du widget n'est pas arrivé, le champ est désactivé : sinon une question
    # tapée (et Entrée) resterait dans le champ sans jamais partir.
    retenues: list = []
    page.route("**/statique/widget-page.js", lambda route: retenues.append(route))
    page.goto(serveur.url + "/widget", wait_until="commit")
    question = page.get_by_label("Votre question")
    page.locator("#envoyer").wait_for(state="attached")
    while not retenues:  # la demande du script est retenue : la page est là, pas son script
        page.wait_for_timeout(50)
    assert question.is_disabled() and page.locator("#envoyer").is_disabled()
    assert all(b.is_disabled() for b in page.locator(".exemple").all())
    retenues[0].continue_()
    question.fill(QUESTION)
    question.press("Enter")
    page.locator(".assistant .texte", has_text="taux horaire").wait_for()
    assert "116,20" in page.locator(".assistant").inner_text()


def test_widget_refuse_sur_une_origine_non_autorisee(serveur, hotes, page, captures) -> None:
    page.goto(hotes["refuse"].url + "/index.html")
    bloque = page.evaluate(
        "u => fetch(u + '/api/ask', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        " body: JSON.stringify({question: 'Bonjour?'})}).then(() => 'passe', () => 'bloque')",
        serveur.url)
    assert bloque == "bloque"  # CORS : le navigateur refuse de lire la réponse
    page.get_by_role("button", name="Assistant FSRS").click()
    page.get_by_text("n'est pas autorisé à intégrer l'Assistant FSRS").wait_for()
    # Même en forçant un iframe, frame-ancestors fait remplacer la page du widget par une erreur.
    page.evaluate("u => { const f = document.createElement('iframe'); f.src = u + '/widget';"
                  " document.querySelector('main').appendChild(f); }", serveur.url)
    page.wait_for_timeout(1500)
    cadres = [f for f in page.frames if f != page.main_frame]
    assert cadres and all(f.locator("#formulaire").count() == 0 for f in cadres)
    page.screenshot(path=str(captures / "widget-origine-refusee.png"))


@pytest.fixture(scope="module", autouse=True)
def _ecrire_mesures(captures: Path) -> Iterator[None]:
    yield
    if MESURES:
        (captures / "mesures.json").write_text(json.dumps(MESURES, indent=2), encoding="utf-8")
        dest = Path("/tmp/captures-fsrs")
        dest.mkdir(parents=True, exist_ok=True)
        (dest / "mesures.json").write_text(json.dumps(MESURES, indent=2), encoding="utf-8")


QUESTION_DOCUMENT = "Qui signe les chèques du fonds?"


def test_reponse_directe_puis_la_preuve_dans_le_chat_et_le_widget(serveur, hotes, page, captures) -> None:
    page.goto(serveur.url + "/")
    champ = page.get_by_placeholder("Écrivez votre question ici")
    champ.fill(QUESTION_DOCUMENT)
    page.get_by_role("button", name="Envoyer").click()
    page.locator("#fsrs-conversation .fsrs-sources").last.wait_for()
    texte = page.locator("#fsrs-conversation").inner_text()
    # La réponse en clair d'abord, la citation mot pour mot ensuite.
    assert texte.index("2 personnes désignées") < texte.index("Ce que prévoient les textes")
    page.screenshot(path=str(captures / "chat-reponse-directe.png"), full_page=True)

    page.goto(hotes["autorise"].url + "/index.html")
    page.get_by_role("button", name="Assistant FSRS").click()
    cadre = page.frame_locator("iframe[title='Assistant FSRS']")
    question = cadre.get_by_label("Votre question")
    question.fill(QUESTION_DOCUMENT)
    question.press("Enter")
    cadre.locator(".assistant .sources").wait_for()
    reponse = cadre.locator(".assistant").last.inner_text()
    assert reponse.index("2 personnes désignées") < reponse.index("Ce que prévoient les textes")
    page.screenshot(path=str(captures / "widget-reponse-directe.png"))
