"""L'API HTTP du vrai serveur : réponses citées, erreurs en français, flux SSE, CORS."""

from __future__ import annotations

import json

import httpx
import pytest

pytestmark = pytest.mark.integration

QUESTION_CALCUL = "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?"


def _client(serveur) -> httpx.Client:
    return httpx.Client(base_url=serveur.url, timeout=60)


def test_sante_decrit_index_modele_et_backend(serveur) -> None:
    with _client(serveur) as c:
        r = c.get("/api/health")
    assert r.status_code == 200
    sante = r.json()
    assert sante["status"] == "ok"
    assert sante["index"]["collection"].startswith("fsrs-")
    assert sante["index"]["passages"] > 10
    assert sante["modele_embeddings"]
    assert sante["backend"] == "extractive"
    assert "12 décembre 2023" in sante["sources"] and "1er mai 2026" in sante["sources"]


def test_calcul_de_remuneration_cite_l_article_11(serveur) -> None:
    with _client(serveur) as c:
        r = c.post("/api/ask", json={"question": QUESTION_CALCUL, "id": "q1"})
    assert r.status_code == 200
    reponse = r.json()
    assert reponse["id"] == "q1"
    assert "116,20" in reponse["answer"]
    assert any(cit["article"] == "11" for cit in reponse["citations"])
    assert reponse["tool_calls"][0]["name"] == "calculer_remuneration"
    assert reponse["abstained"] is False and reponse["error"] is None


def test_question_documentaire_avec_citations_exactes(serveur) -> None:
    with _client(serveur) as c:
        r = c.post("/api/ask", json={"question": "Quels services d'emploi sont offerts en détention?",
                                     "history": []})
    reponse = r.json()
    assert r.status_code == 200 and not reponse["abstained"]
    assert reponse["citations"]
    for citation in reponse["citations"]:
        assert citation["excerpt"] and citation["url"].startswith("http")
        assert citation["locator"]


def test_question_hors_sujet_l_assistant_s_abstient(serveur) -> None:
    with _client(serveur) as c:
        r = c.post("/api/ask", json={"question": "Quelle est la recette de la tourtière du Lac-Saint-Jean?"})
    assert r.status_code == 200
    assert r.json()["abstained"] is True
    assert r.json()["citations"] == []


@pytest.mark.parametrize(("corps", "statut", "mot"), [
    ({"history": []}, 422, "question"),
    ({"question": 12}, 422, "question"),
    ({"question": "Bonjour?", "history": "non"}, 422, "history"),
    ({"question": "Bonjour?", "history": [{"role": "robot", "content": "x"}]}, 422, "history"),
    ([1, 2], 422, "objet"),
])
def test_requete_mal_formee_message_en_francais(serveur, corps, statut, mot) -> None:
    with _client(serveur) as c:
        r = c.post("/api/ask", json=corps)
    assert r.status_code == statut
    assert mot in r.json()["error"]
    assert "detail" not in r.json()  # pas le message anglais de FastAPI


def test_json_invalide_donne_400_en_francais(serveur) -> None:
    with _client(serveur) as c:
        r = c.post("/api/ask", content=b"{pas du json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json() == {"error": "Le corps de la requête n'est pas du JSON valide."}


def test_question_vide_ou_trop_longue_refusee_en_422(serveur) -> None:
    with _client(serveur) as c:
        vide = c.post("/api/ask", json={"question": "   "})
        longue = c.post("/api/ask", json={"question": "mot " * 600})
    assert vide.status_code == 422 and "vide" in vide.json()["error"]
    assert longue.status_code == 422 and "trop long" in longue.json()["error"]


def test_adresse_inconnue_404_en_francais(serveur) -> None:
    with _client(serveur) as c:
        r = c.get("/api/inexistant")
    assert r.status_code == 404
    assert r.json() == {"error": "Adresse inconnue."}


def _evenements(texte: str) -> list[tuple[str, dict]]:
    evenements = []
    for bloc in texte.strip().split("\n\n"):
        lignes = dict(ligne.split(": ", 1) for ligne in bloc.split("\n"))
        evenements.append((lignes["event"], json.loads(lignes["data"])))
    return evenements


def test_flux_sse_jetons_puis_fin_avec_la_reponse(serveur) -> None:
    with _client(serveur) as c, c.stream("POST", "/api/ask/stream",
                                         json={"question": QUESTION_CALCUL}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        corps = "".join(r.iter_text())
    evenements = _evenements(corps)
    types = [t for t, _ in evenements]
    assert types[-1] == "fin" and types.count("fin") == 1
    assert set(types[:-1]) <= {"jeton", "remplacer"} and types[0] == "jeton"
    texte = ""
    for genre, donnees in evenements[:-1]:
        texte = donnees["texte"] if genre == "remplacer" else texte + donnees["texte"]
    finale = evenements[-1][1]
    assert texte.strip() == finale["answer"].strip()
    assert "116,20" in finale["answer"] and finale["citations"][0]["article"] == "11"


def test_cors_origine_autorisee_seulement(serveur) -> None:
    autorisee = serveur.config.origines_autorisees[0]
    with _client(serveur) as c:
        ok = c.options("/api/ask", headers={"Origin": autorisee, "Access-Control-Request-Method": "POST",
                                            "Access-Control-Request-Headers": "content-type"})
        refus = c.options("/api/ask", headers={"Origin": "http://intrus.example",
                                               "Access-Control-Request-Method": "POST"})
        simple = c.get("/api/health", headers={"Origin": autorisee})
        simple_refus = c.get("/api/health", headers={"Origin": "http://intrus.example"})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == autorisee
    assert "access-control-allow-origin" not in refus.headers
    assert simple.headers["access-control-allow-origin"] == autorisee
    assert "access-control-allow-origin" not in simple_refus.headers


def test_page_du_widget_ne_se_laisse_encadrer_que_par_les_origines_autorisees(serveur) -> None:
    with _client(serveur) as c:
        page = c.get("/widget")
        script = c.get("/widget.js")
    assert page.status_code == 200 and "Assistant FSRS" in page.text
    csp = page.headers["content-security-policy"]
    assert f"frame-ancestors 'self' {serveur.config.origines_autorisees[0]}" in csp
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "/widget" in script.text


def test_documentation_openapi_hors_ligne(serveur) -> None:
    with _client(serveur) as c:
        docs = c.get("/api/docs")
        spec = c.get("/api/openapi.json").json()
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    assert {"/api/ask", "/api/ask/stream", "/api/health"} <= set(spec["paths"])
    assert "200" in spec["paths"]["/api/ask"]["post"]["description"]


def test_avis_du_widget_enregistre_sans_la_question(serveur) -> None:
    with _client(serveur) as c:
        reponse = c.post("/api/ask", json={"question": QUESTION_CALCUL}).json()
        r = c.post("/api/avis", json={"vote": -1, "reponse_id": reponse["reponse_id"],
                                      "commentaire": "Il manque l'article 12."})
        mauvais = c.post("/api/avis", json={"vote": 5, "reponse_id": reponse["reponse_id"]})
        faux = c.post("/api/avis", json={"vote": 1, "reponse_id": reponse["reponse_id"][:-3] + "AAA"})
    assert r.status_code == 201
    assert mauvais.status_code == 422 and "vote" in mauvais.json()["error"]
    assert faux.status_code == 422 and "numéro" in faux.json()["error"]
    avis = [a for a in serveur.app.state.avis.tous() if a["numero"] == r.json()["numero"]]
    assert avis[0]["vote"] == -1 and avis[0]["commentaire"] == "Il manque l'article 12."
    assert avis[0]["question"] is None and avis[0]["route"] == "calcul"
    assert "reglement-s-40.1-r3:art-11" in avis[0]["passages"]
    assert avis[0]["canal"] == "widget"
