"""Fuzz (hypothesis) de la couche web : plus de 10 000 entrées, aucune trace d'exception, aucun 500.

Le gros du fuzz vise la validation et le nettoyage, à travers l'application ASGI complète
(intergiciels, routes, gestionnaires d'erreurs) avec un moteur factice qui vérifie ce qu'il
reçoit : des textes propres et bornés. Une plus petite part passe par le vrai moteur.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.reponse import Reponse
from assistant.web.entrees import nettoyer

pytestmark = pytest.mark.integration

REGLAGES = {"deadline": None, "derandomize": True,
            "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                      HealthCheck.data_too_large]}

# Tout Unicode, demi-paires de substitution et caractères de contrôle compris.
TEXTE = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
TEXTE_LONG = st.one_of(TEXTE, st.text(max_size=3000), st.just("x" * 2001), st.just(" \t\n\x00"))
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXTE,
                    lambda e: st.lists(e, max_size=4) | st.dictionaries(TEXTE, e, max_size=4),
                    max_leaves=12)
MESSAGE = st.one_of(st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "content": TEXTE}),
                    st.dictionaries(st.sampled_from(["role", "content", "autre"]), JSON, max_size=3), JSON)
HISTORIQUE = st.one_of(st.lists(MESSAGE, max_size=25), JSON)
REQUETE = st.one_of(
    st.fixed_dictionaries({"question": TEXTE_LONG},
                          optional={"history": HISTORIQUE, "id": st.one_of(TEXTE, JSON)}),
    st.dictionaries(st.sampled_from(["question", "history", "id", "autre"]), JSON, max_size=4),
    JSON)
AVIS = st.one_of(
    st.fixed_dictionaries({"reponse_id": st.one_of(TEXTE, JSON),
                           "vote": st.one_of(st.sampled_from([1, -1]), JSON)},
                          optional={"commentaire": st.one_of(TEXTE_LONG, JSON), "partager_question": JSON,
                                    "question": TEXTE_LONG}),
    JSON)
JSON_CT = {"Content-Type": "application/json"}
ENTETE = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


def _propre(texte: str) -> None:
    texte.encode("utf-8")  # lève si une demi-paire isolée est passée
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in texte)


class MoteurFactice:
    """Répond tout de suite, après avoir vérifié que le web ne lui passe que du texte propre et borné."""

    def __init__(self, config) -> None:
        self.config = config
        self.index = SimpleNamespace(documents=[], passages=[], morceaux=[], nom="fsrs-factice",
                                     encodeur=None, version="factice", empreinte="factice")
        self.redacteur = SimpleNamespace(nom="extractive")
        self.questions = 0

    def repondre(self, question: str, historique: list | None = None, id: str | None = None,
                 identite: Any = None) -> Reponse:
        *_, fin = self.repondre_flux(question, historique, id, identite)
        return fin.reponse

    def repondre_flux(self, question: str, historique: list | None = None,
                      id: str | None = None, identite: Any = None) -> Iterator[Any]:
        from assistant.moteur import Evenement
        from corpus.fonds.identite import ANONYME

        assert identite is ANONYME  # sans base des registres, aucun jeton ne passe

        _propre(question)
        assert question.strip() and len(question) <= self.config.question_max
        assert len(historique or []) <= self.config.historique_max
        for message in historique or []:
            _propre(message.content)
            assert len(message.content) <= self.config.message_max
        if id is not None:
            _propre(id)
        self.questions += 1
        yield Evenement("jeton", "Réponse.")
        yield Evenement("fin", reponse=Reponse(id=id, answer="Réponse.", route="document"))


@pytest.fixture(scope="module")
def client_factice(config, tmp_path_factory):
    from fastapi.testclient import TestClient

    from assistant.web.app import creer_app

    dossier = tmp_path_factory.mktemp("fuzz")
    cfg = config.model_copy(update={"dossier": dossier, "donnees": dossier,
                                    "limite_questions": "1000000/minute", "limite_avis": "1000000/minute"})
    moteur = MoteurFactice(cfg)
    with TestClient(creer_app(moteur, cfg)) as client:  # toute exception du serveur remonte ici
        client.moteur = moteur
        yield client


def _verifier(r) -> None:
    assert r.status_code < 500, r.text
    if r.status_code >= 400:
        assert set(r.json()) == {"error"} and r.json()["error"]


@settings(max_examples=2000, **REGLAGES)
@given(TEXTE)
def test_nettoyer_rend_toujours_un_texte_encodable(texte) -> None:
    propre = nettoyer(texte)
    _propre(propre)
    assert nettoyer(propre) == propre


@settings(max_examples=3000, **REGLAGES)
@given(REQUETE)
def test_fuzz_ask(client_factice, corps) -> None:
    r = client_factice.post("/api/ask", content=json.dumps(corps), headers=JSON_CT)
    _verifier(r)
    if r.status_code == 200:
        assert r.json()["answer"] == "Réponse."


@settings(max_examples=1500, **REGLAGES)
@given(REQUETE)
def test_fuzz_ask_stream(client_factice, corps) -> None:
    r = client_factice.post("/api/ask/stream", content=json.dumps(corps),
                            headers={"Content-Type": "application/json"})
    _verifier(r)
    if r.status_code == 200:
        assert "event: fin" in r.text and "event: erreur" not in r.text


@settings(max_examples=2000, **REGLAGES)
@given(AVIS)
def test_fuzz_avis(client_factice, corps) -> None:
    r = client_factice.post("/api/avis", content=json.dumps(corps), headers=JSON_CT)
    _verifier(r)
    assert r.status_code != 201  # aucun numéro de réponse n'a été émis : rien ne s'enregistre


@settings(max_examples=1500, **REGLAGES)
@given(chemin=st.sampled_from(["/api/ask", "/api/ask/stream", "/api/avis", "/api/health", "/", "/widget"]),
       methode=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]),
       entetes=st.dictionaries(st.sampled_from(["content-type", "origin", "x-forwarded-for", "accept",
                                                "x-request-id", "access-control-request-method", "cookie",
                                                "authorization", "x-remote-user", "x-assistant-fsrs-canal"]),
                               ENTETE, max_size=4),
       corps=st.one_of(st.binary(max_size=400), st.just(b'{"question": "Bonjour?"}')))
def test_fuzz_methodes_entetes_et_octets(client_factice, chemin, methode, entetes, corps) -> None:
    r = client_factice.request(methode, chemin, content=corps, headers=entetes)
    assert r.status_code < 500, (r.status_code, r.text[:200])
    if chemin.startswith("/api/") and r.status_code >= 400:
        assert "error" in r.json()


def test_le_fuzz_a_bien_atteint_le_moteur(client_factice) -> None:
    assert client_factice.moteur.questions > 100  # des requêtes valides passent : pas qu'un refus


@settings(max_examples=150, **REGLAGES)
@given(question=TEXTE_LONG, historique=st.lists(MESSAGE, max_size=4))
def test_fuzz_vrai_moteur(serveur, question, historique) -> None:
    import httpx

    corps = json.dumps({"question": question, "history": historique})
    r = httpx.post(f"{serveur.url}/api/ask", content=corps, headers=JSON_CT, timeout=60)
    _verifier(r)
