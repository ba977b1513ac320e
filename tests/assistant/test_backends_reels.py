"""De bout en bout avec le vrai modèle GGUF : en direct (llama-cpp-python) et par un vrai serveur
compatible OpenAI (celui de llama-cpp-python) lancé par le test sur 127.0.0.1."""

from __future__ import annotations

import datetime
import socket
import subprocess
import sys
import time

import httpx
import pytest

from assistant.backends import creer
from assistant.moteur import Moteur

pytestmark = pytest.mark.slow

CALCUL = "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?"
DOCUMENT = "Qui doit signer les chèques d'un fonds?"


@pytest.fixture(scope="module")
def gguf(config):
    if not config.chemin_llm.exists():
        pytest.skip(f"Modèle GGUF absent ({config.chemin_llm}) : lancez « make models ».")
    pytest.importorskip("llama_cpp")
    return config.chemin_llm


def _verifier(moteur: Moteur) -> None:
    calcul = moteur.repondre(CALCUL)
    assert "116,20" in calcul.answer.replace("116.20", "116,20")
    assert [c.article for c in calcul.citations] == ["11"]
    assert calcul.tool_calls[0].result["montants"]["remuneration_brute"] == "116.20"
    document = moteur.repondre(DOCUMENT)
    assert document.citations and document.citations[0].article == "6"
    assert not document.abstained
    hors_sujet = moteur.repondre("Quelle est la recette du pâté chinois?")
    assert hors_sujet.abstained


def test_backend_local_de_bout_en_bout(config, index, gguf):
    moteur = Moteur(config, index=index, redacteur=creer(config, "local"),
                    aujourd_hui=lambda: datetime.date(2026, 11, 23))
    assert moteur.redacteur.nom == "local"
    _verifier(moteur)


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def serveur_openai(config, gguf):
    port = _port_libre()
    processus = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
         "--port", str(port), "--n_threads", str(config.threads), "--n_ctx", "4096",
         "--chat_format", "chatml-function-calling"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(240):
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("Le serveur llama_cpp.server n'a pas démarré en 120 s.")
        yield url
    finally:
        processus.terminate()
        processus.wait(timeout=30)


def test_backend_openai_contre_un_vrai_serveur_local(config, index, serveur_openai):
    cfg = config.model_copy(update={"openai_base_url": serveur_openai, "backend": "openai"})
    moteur = Moteur(cfg, index=index, redacteur=creer(cfg), aujourd_hui=lambda: datetime.date(2026, 11, 23))
    assert moteur.redacteur.nom == "openai"
    _verifier(moteur)
