"""Sous-commande `serve` : charge le moteur une fois, le réchauffe, puis sert l'application web."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time

from assistant.config import Config

QUESTION_CHAUFFE = "Quels services d'emploi sont offerts en détention?"


def enregistrer(sous: argparse._SubParsersAction) -> None:
    p = sous.add_parser("serve", help="lance l'application web (chat, widget, API)")
    p.add_argument("--host", help="adresse d'écoute (défaut : configuration, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (défaut : configuration, 7860)")
    p.add_argument("--backend", choices=["extractive", "local", "openai"], help="backend de rédaction")
    p.set_defaults(action=_serve)


def _serve(args: argparse.Namespace, config: Config) -> int:
    # Avant tout import de gradio : ni statistiques, ni hub, ni télémétrie.
    for cle, valeur in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_OFFLINE", "1"),
                        ("ANONYMIZED_TELEMETRY", "False"), ("GRADIO_SSR_MODE", "False")):
        os.environ.setdefault(cle, valeur)
    changes = {k: v for k, v in (("host", args.host), ("port", args.port), ("backend", args.backend)) if v}
    config = config.model_copy(update=changes)

    import uvicorn

    from assistant.moteur import Moteur
    from assistant.recherche.index import IndexAbsent
    from assistant.web.app import creer_app
    from assistant.web.journal import configurer as configurer_journal

    configurer_journal()

    debut = time.perf_counter()
    print("Chargement du modèle d'encodage et de l'index…", flush=True)
    try:
        moteur = Moteur(config)
    except IndexAbsent as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    # Première recherche payée ici, pas par le premier utilisateur ; le modèle de langue, lui, est
    # réchauffé en arrière-plan : un serveur de modèle bloqué ne retarde jamais le démarrage.
    moteur.index.chercher(QUESTION_CHAUFFE)
    threading.Thread(target=moteur.repondre, args=(QUESTION_CHAUFFE,), name="chauffe", daemon=True).start()
    app = creer_app(moteur, config)
    serveur = uvicorn.Server(uvicorn.Config(app, host=config.host, port=config.port, log_level="warning",
                                            timeout_graceful_shutdown=2))
    fil = threading.Thread(target=serveur.run, name="uvicorn", daemon=True)

    def arreter(_signal: int, _cadre: object) -> None:
        # uvicorn tourne dans un fil : c'est ici que Ctrl+C (ou SIGTERM de systemd) l'arrête.
        if not serveur.should_exit:
            print("\nArrêt du serveur…", flush=True)
        serveur.should_exit = True

    signal.signal(signal.SIGINT, arreter)
    signal.signal(signal.SIGTERM, arreter)
    fil.start()
    while not serveur.started and fil.is_alive():
        time.sleep(0.05)
    if not serveur.started:
        print(f"Erreur : impossible d'écouter sur {config.host}:{config.port}.", file=sys.stderr)
        return 1
    url = f"http://{config.host}:{config.port}"
    print(f"Assistant FSRS prêt en {time.perf_counter() - debut:.1f} s : {url}/\n"
          f"  widget : <script src=\"{url}/widget.js\" defer></script>\n"
          f"  API    : {url}/api/docs\n"
          "Ctrl+C pour arrêter.", flush=True)
    while fil.is_alive():
        fil.join(0.5)
    return 0
