"""Le vrai serveur face à un exploitant et à un attaquant : bornes, erreurs, en-têtes, journal, débit."""

from __future__ import annotations

import contextlib
import io
import json
import socket
import uuid

import httpx
import pytest

from tests.web.conftest import demarrer

pytestmark = pytest.mark.integration

QUESTION = "Quels services d'emploi sont offerts en détention?"


def _client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=60)


@pytest.mark.parametrize(("corps", "mot"), [
    ({"question": "Bonjour?", "history": [{"role": "user", "content": "x"}] * 21}, "history"),
    ({"question": "Bonjour?", "history": [{"role": "user", "content": "x" * 2001}]}, "content"),
    ({"question": "q" * 2001}, "question"),
    ({"question": "\u0000\u0007 \t\n"}, "vide"),
    ({"question": "Bonjour?", "id": "x" * 201}, "id"),
])
def test_entrees_au_dela_des_bornes_refusees_en_422_francais(serveur, corps, mot) -> None:
    with _client(serveur.url) as c:
        r = c.post("/api/ask", json=corps)
    assert r.status_code == 422
    assert mot in r.json()["error"] and "detail" not in r.json()


def test_corps_trop_gros_413_d_apres_content_length_et_en_lisant(serveur) -> None:
    enorme = json.dumps({"question": "Bonjour?", "history": [{"role": "user", "content": "x" * 1900}] * 40})
    with _client(serveur.url) as c:
        annonce = c.post("/api/ask", content=enorme, headers={"Content-Type": "application/json"})
        flux = c.post("/api/ask", content=(enorme[i:i + 8192].encode() for i in range(0, len(enorme), 8192)),
                      headers={"Content-Type": "application/json"})  # « chunked » : pas de longueur
        avis = c.post("/api/avis", content=enorme, headers={"Content-Type": "application/json"})
    for r in (annonce, flux, avis):
        assert r.status_code == 413 and r.json() == {"error": "La requête est trop volumineuse."}
    assert "content-length" not in flux.request.headers


def _brut(url: str, requete: bytes) -> bytes:
    """Une requête HTTP écrite à la main (longueur annoncée mensongère)."""
    hote, port = url.removeprefix("http://").split(":")
    with socket.create_connection((hote, int(port)), timeout=30) as s:
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            s.sendall(requete)  # le serveur peut répondre et fermer avant la fin de l'envoi
        recu = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := s.recv(65536):
                recu += chunk
    return recu


def test_longueur_annoncee_mensongere_arretee_en_lisant(serveur) -> None:
    corps = b'{"question": "' + b"x" * 70_000 + b'"}'
    requete = (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
               + f"{len(corps):x}\r\n".encode() + corps + b"\r\n0\r\n\r\n")
    reponse = _brut(serveur.url, requete)
    assert reponse.startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("question", ["\ud800", "Quels services d'emploi\ud800 sont offerts?",
                                      "Quels services\udfff d'emploi \x1b[31msont offerts?"])
def test_substitution_isolee_ou_controle_jamais_en_500(serveur, question) -> None:
    # httpx encode le JSON en ASCII : « \ud800 » part tel quel, comme d'un client malveillant.
    corps = json.dumps({"question": question, "id": "a\ud800",
                        "history": [{"role": "user", "content": "b\udc00\x00"}]})
    with _client(serveur.url) as c:
        r = c.post("/api/ask", content=corps, headers={"Content-Type": "application/json"})
        s = c.post("/api/ask/stream", content=corps, headers={"Content-Type": "application/json"})
    assert r.status_code in (200, 422), r.text
    assert s.status_code in (200, 422)
    if r.status_code == 200:
        assert "\ud800" not in r.text and r.json()["id"] == "a"


@pytest.mark.parametrize(("methode", "chemin", "permises"), [
    ("GET", "/api/ask", "POST"), ("PUT", "/api/ask/stream", "POST"), ("DELETE", "/api/avis", "POST"),
    ("POST", "/api/health", "GET"),
])
def test_mauvaise_methode_405_en_francais(serveur, methode, chemin, permises) -> None:
    with _client(serveur.url) as c:
        r = c.request(methode, chemin)
    assert r.status_code == 405
    assert r.json() == {"error": "Méthode non permise pour cette adresse."}
    assert permises in r.headers["allow"]


def test_adresse_inconnue_hors_api_en_francais(serveur) -> None:
    with _client(serveur.url) as c:
        r = c.get("/gradio_api/inexistant-" + uuid.uuid4().hex)
    assert r.status_code == 404 and "error" in r.json()


def test_aucune_page_ne_se_laisse_encadrer_sauf_le_widget(serveur) -> None:
    with _client(serveur.url) as c:
        pages = [c.get(chemin) for chemin in ("/", "/api/health", "/api/docs", "/widget.js")]
        widget = c.get("/widget")
        erreur = c.get("/api/inconnue")
    for r in [*pages, erreur]:
        assert r.headers["content-security-policy"] == "frame-ancestors 'self'", r.url
        assert r.headers["x-frame-options"] == "SAMEORIGIN"
    assert serveur.config.origines_autorisees[0] in widget.headers["content-security-policy"]
    assert "x-frame-options" not in widget.headers  # il contredirait la liste des origines


def test_page_gradio_sans_erreurs_detaillees_en_production(serveur) -> None:
    with _client(serveur.url) as c:
        config = c.get("/config").json()
    assert config["show_error"] is False


def test_chaque_reponse_porte_un_numero_de_requete(serveur) -> None:
    with _client(serveur.url) as c:
        a, b = c.get("/api/health"), c.get("/api/health")
    assert len(a.headers["x-request-id"]) == 16 and a.headers["x-request-id"] != b.headers["x-request-id"]


def test_le_journal_ne_contient_ni_question_ni_historique_ni_commentaire(serveur, capfd) -> None:
    from assistant.web import journal

    sortie = io.StringIO()
    journal.configurer(sortie)
    marque = f"MARQUE{uuid.uuid4().hex}"
    try:
        with _client(serveur.url) as c:
            r = c.post("/api/ask", json={"question": f"{QUESTION} {marque}", "id": marque,
                                         "history": [{"role": "user", "content": marque}]})
            c.post("/api/ask/stream", json={"question": f"Combien pour 20 heures? {marque}"})
            c.post("/api/ask", json={"question": marque * 100})  # refusée : trop longue
            c.post("/api/ask", content=f'{{"question": "{marque}',  # JSON coupé
                   headers={"Content-Type": "application/json"})
            c.post("/api/avis", json={"reponse_id": r.json()["reponse_id"], "vote": 1,
                                      "commentaire": marque, "partager_question": True, "question": marque})
    finally:
        journal.configurer()
    lignes = [json.loads(ligne) for ligne in sortie.getvalue().splitlines()]
    assert len(lignes) >= 5
    assert {"request_id", "route", "statut", "duree_ms"} <= set(lignes[0])
    question = next(ligne for ligne in lignes if ligne["route"] == "/api/ask" and ligne["statut"] == 200)
    assert question["backend"] == "extractive" and question["fallback"] is False
    tout = sortie.getvalue() + "".join(capfd.readouterr())
    assert marque not in tout
    assert "127.0.0.1" not in sortie.getvalue()  # ni l'adresse du client


def _config_debit(serveur, tmp_path, **changes):
    return serveur.config.model_copy(update={"limite_questions": "20/minute", "limite_avis": "20/minute",
                                             "avis_db": tmp_path / "avis.sqlite3", **changes})


def _vingt_et_une(url: str) -> list[httpx.Response]:
    with _client(url) as c:
        return [c.post("/api/avis", json={"reponse_id": "faux-numero-de-reponse", "vote": 1})
                for _ in range(21)]


def test_debit_la_21e_requete_de_la_fenetre_recoit_429(serveur, moteur, tmp_path) -> None:
    from assistant.web.app import creer_app

    app = creer_app(moteur, _config_debit(serveur, tmp_path), prefixe_limites=uuid.uuid4().hex)
    with demarrer(app) as url:
        avis = _vingt_et_une(url)
        with _client(url) as c:
            questions = [c.post("/api/ask", json={"question": QUESTION}) for _ in range(21)]
    assert [r.status_code for r in avis[:20]] == [422] * 20  # numéro faux, mais compté
    for r in (avis[20], questions[20]):
        assert r.status_code == 429 and "Trop de requêtes" in r.json()["error"]
        assert 1 <= int(r.headers["retry-after"]) <= 61
    assert all(r.status_code == 200 for r in questions[:20])


def _redis_repond() -> str | None:
    try:
        import redis

        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except Exception as e:  # absent, refusé, module manquant
        return f"{type(e).__name__}: {e}"
    return None


def test_debit_partage_par_redis_entre_deux_processus(serveur, moteur, tmp_path) -> None:
    raison = _redis_repond()
    if raison:
        pytest.skip(f"Aucun Redis ne répond sur 127.0.0.1:6379 ({raison}).")
    from assistant.web.app import creer_app

    prefixe = uuid.uuid4().hex
    config = _config_debit(serveur, tmp_path, limites_stockage="redis://127.0.0.1:6379")
    # Deux applications (comme deux processus) qui partagent leurs compteurs par Redis.
    with demarrer(creer_app(moteur, config, prefixe_limites=prefixe)) as un, \
            demarrer(creer_app(moteur, config, prefixe_limites=prefixe)) as deux, \
            _client(un) as c1, _client(deux) as c2:
        statuts = [(c1 if i % 2 else c2).post("/api/avis", json={"reponse_id": "faux-numero-de-reponse",
                                                                   "vote": 1}).status_code
                   for i in range(21)]
    assert statuts[:20] == [422] * 20 and statuts[20] == 429


def test_avis_au_dela_des_bornes_refuse(serveur) -> None:
    with _client(serveur.url) as c:
        numero = c.post("/api/ask", json={"question": QUESTION}).json()["reponse_id"]
        long = c.post("/api/avis", json={"reponse_id": numero, "vote": 1, "commentaire": "x" * 501})
        question = c.post("/api/avis", json={"reponse_id": numero, "vote": 1, "question": "q" * 2001})
        ok = c.post("/api/avis", json={"reponse_id": numero, "vote": 1, "question": "Ma question",
                                       "partager_question": True})
        sans_case = c.post("/api/avis", json={"reponse_id": numero, "vote": -1, "question": "Cachée"})
    assert long.status_code == 422 and "commentaire" in long.json()["error"]
    assert question.status_code == 422
    assert ok.status_code == 201 and sans_case.status_code == 201
    ligne = next(a for a in serveur.app.state.avis.tous() if a["numero"] == ok.json()["numero"])
    assert ligne["vote"] == -1 and ligne["question"] is None  # même réponse : le second avis remplace
