"""Un serveur de modèle en panne (bloqué ou fermé) : réponses annoncées sans modèle, jamais d'erreur.

Les faux serveurs écoutent sur 127.0.0.1 seulement : l'un accepte les connexions et ne répond
jamais, l'autre a fermé son port (connexion refusée).
"""

from __future__ import annotations

import datetime
import socket
import threading
from collections.abc import Iterator

import pytest

from assistant.backends.protege import AVIS_SANS_MODELE, Protege
from assistant.moteur import Moteur

pytestmark = pytest.mark.integration

CALCUL = "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?"
EMPRUNT = "Le fonds doit déjà 20 000 $ : peut-il emprunter 6 000 $ sans autorisation?"
NUMERIQUE = "J'ai besoin du montant pour 12 h faites le 2026-10-10, s'il vous plaît."
DOCUMENT = "Qui doit signer les chèques d'un fonds?"


def _serveur_bloque() -> Iterator[int]:
    ecoute = socket.socket()
    ecoute.bind(("127.0.0.1", 0))
    ecoute.listen(64)
    gardees: list[socket.socket] = []
    arret = threading.Event()

    def accepter() -> None:
        ecoute.settimeout(0.2)
        while not arret.is_set():
            try:
                gardees.append(ecoute.accept()[0])  # lue par personne, jamais de réponse
            except OSError:
                continue

    threading.Thread(target=accepter, daemon=True).start()
    yield ecoute.getsockname()[1]
    arret.set()
    for s in gardees:
        s.close()
    ecoute.close()


@pytest.fixture
def port_bloque() -> Iterator[int]:
    yield from _serveur_bloque()


@pytest.fixture
def port_ferme() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # fermé à la sortie : la connexion sera refusée


def _moteur(config, index, port: int) -> Moteur:
    pytest.importorskip("langchain_openai")
    cfg = config.model_copy(update={"backend": "openai", "openai_base_url": f"http://127.0.0.1:{port}/v1",
                                    "openai_delai": 1.0, "openai_delai_connexion": 0.5})
    return Moteur(cfg, index=index, aujourd_hui=lambda: datetime.date(2026, 11, 23))


@pytest.mark.parametrize("panne", ["port_bloque", "port_ferme"])
def test_modele_en_panne_reponses_annoncees_sans_erreur(config, index, panne, request) -> None:
    moteur = _moteur(config, index, request.getfixturevalue(panne))
    assert isinstance(moteur.redacteur, Protege) and moteur.redacteur.nom == "openai"
    reponses = {q: moteur.repondre(q) for q in (CALCUL, EMPRUNT, NUMERIQUE, DOCUMENT)}
    for question, r in reponses.items():
        assert r.error is None and r.fallback, question
        assert r.answer.startswith(AVIS_SANS_MODELE), (question, r.answer[:120])
    assert "116,20" in reponses[CALCUL].answer and reponses[CALCUL].answer.count("Détail :") == 1
    assert reponses[DOCUMENT].citations
    assert moteur.redacteur.etat().startswith("réponses sans modèle de langue")


def test_en_flux_l_avis_est_montre_aussi(config, index, port_bloque) -> None:
    moteur = _moteur(config, index, port_bloque)
    evenements = list(moteur.repondre_flux(DOCUMENT))
    texte = ""
    for e in evenements[:-1]:
        texte = e.texte if e.type == "remplacer" else texte + e.texte
    assert texte.startswith(AVIS_SANS_MODELE) and evenements[-1].reponse.answer.strip() == texte.strip()


def test_sante_du_serveur_web_dit_reponses_sans_modele(config, index, port_ferme, tmp_path) -> None:
    import httpx

    from assistant.web.app import creer_app
    from tests.web.conftest import demarrer

    moteur = _moteur(config, index, port_ferme)
    app = creer_app(moteur, moteur.config.model_copy(update={"donnees": tmp_path}))
    with demarrer(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        avant = c.get("/api/health").json()
        r = c.post("/api/ask", json={"question": EMPRUNT})
        apres = c.get("/api/health").json()
    assert avant["modele_langue"] == "pas encore sollicité"
    assert r.status_code == 200 and r.json()["answer"].startswith(AVIS_SANS_MODELE)
    assert apres["status"] == "degrade" and "réponses sans modèle de langue" in apres["modele_langue"]
