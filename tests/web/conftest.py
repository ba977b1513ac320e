"""Fixtures du web : le vrai serveur (uvicorn dans un fil) et deux pages hôtes d'autres origines.

Le serveur réutilise le moteur de session branché sur l'échantillon des registres
(`moteur_registres` : vrais modèles, index construit une fois, base SQLite fictive) ; `jetons`
donne le jeton de chaque utilisateur de l'échantillon (« conseiller-vdp »). L'origine
« autorisée » figure dans `origines_autorisees`, l'origine « refusée » non.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CAPTURES = Path("/tmp/captures-fsrs")


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Serveur:
    url: str
    config: object
    app: object


@dataclass
class Hote:
    url: str  # origine de la page hôte, ex. http://127.0.0.1:41234


@pytest.fixture(scope="session")
def ports_hotes() -> dict[str, int]:
    return {"autorise": port_libre(), "refuse": port_libre()}


@pytest.fixture(scope="session")
def jetons(echantillon) -> dict[str, str]:
    """Le jeton de chaque utilisateur de l'échantillon des registres, par son nom."""
    return echantillon[1]


@pytest.fixture(scope="session")
def serveur(moteur_registres, config, tmp_path_factory: pytest.TempPathFactory,
            ports_hotes: dict[str, int]) -> Iterator[Serveur]:
    from assistant.web.app import creer_app

    config_web = config.model_copy(update={
        "origines_autorisees": [f"http://127.0.0.1:{ports_hotes['autorise']}"],
        "avis_db": tmp_path_factory.mktemp("avis") / "avis.sqlite3",
        "max_concurrence": 2,
        # Les tests viennent tous de 127.0.0.1 : le débit se teste sur un serveur à part.
        "limite_questions": "10000/minute", "limite_avis": "10000/minute",
    })
    moteur_registres.repondre("Quels services d'emploi sont offerts en détention?")  # chauffe
    app = creer_app(moteur_registres, config_web)
    with demarrer(app) as url:
        yield Serveur(url=url, config=config_web, app=app)


@contextlib.contextmanager
def demarrer(app: object) -> Iterator[str]:
    """Sert `app` avec uvicorn dans un fil, sur un port libre du loopback ; rend son URL."""
    import uvicorn

    port = port_libre()
    serveur = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    fil = threading.Thread(target=serveur.run, daemon=True)
    fil.start()
    limite = time.monotonic() + 30
    while not serveur.started:
        if time.monotonic() > limite or not fil.is_alive():
            pytest.fail("Le serveur web n'a pas démarré.")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        serveur.should_exit = True
        fil.join(10)


PAGE_HOTE = """<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><title>Intranet — Direction des services correctionnels</title>
<style>body {{ font-family: system-ui, sans-serif; margin: 2rem; max-width: 50rem; }}
header {{ background: #eef2f7; padding: 1rem; border-radius: 8px; }}</style></head>
<body><header><h1>Intranet des services correctionnels</h1>
<p>Page d'exemple d'un site de l'intranet qui intègre le widget de l'Assistant FSRS.</p></header>
<main><h2>Nouvelles</h2><p>Rencontre des conseillers en milieu carcéral le 3 décembre.</p></main>
<script src="{serveur}/widget.js" defer></script>
</body></html>
"""


def _servir(dossier: Path, port: int) -> http.server.ThreadingHTTPServer:
    gestionnaire = functools.partial(_Silencieux, directory=str(dossier))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), gestionnaire)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class _Silencieux(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def hotes(serveur: Serveur, ports_hotes: dict[str, int],
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Hote]]:
    """Deux sites « intranet » qui collent l'extrait du widget : l'un autorisé, l'autre non."""
    dossier = tmp_path_factory.mktemp("intranet")
    (dossier / "index.html").write_text(PAGE_HOTE.format(serveur=serveur.url), encoding="utf-8")
    serveurs = {nom: _servir(dossier, port) for nom, port in ports_hotes.items()}
    yield {nom: Hote(url=f"http://127.0.0.1:{port}") for nom, port in ports_hotes.items()}
    for httpd in serveurs.values():
        httpd.shutdown()


@pytest.fixture(scope="session")
def captures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Dossier temporaire des captures, recopiées dans /tmp/captures-fsrs/ à la fin."""
    dossier = tmp_path_factory.mktemp("captures")
    yield dossier
    CAPTURES.mkdir(parents=True, exist_ok=True)
    for png in dossier.glob("*.png"):
        shutil.copy2(png, CAPTURES / png.name)


CHROMIUM = Path("/usr/bin/chromium")  # celui de Debian, installé par `make navigateur`
ARGUMENTS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def navigateur() -> Iterator[object]:
    """Un vrai Chromium sans tête, piloté par Playwright ; sans Chromium, le test dit pourquoi il saute."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium absent (apt-get install chromium) : test du navigateur sauté")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        navigateur = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMENTS)
        yield navigateur
        navigateur.close()
