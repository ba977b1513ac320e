"""Fixtures communes : un dossier de données temporaire, les vrais modèles, l'index construit une fois.

Aucun test ne touche le dossier de l'utilisateur : la configuration de test pointe vers un
dossier temporaire et ne reprend de l'environnement que les chemins des modèles assemblés.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Config

AUJOURD_HUI = datetime.date(2026, 11, 23)  # date fixe : les calculs datés restent reproductibles


@pytest.fixture(scope="session")
def config_modeles() -> Config:
    """La configuration de l'utilisateur, pour y trouver les modèles déjà assemblés."""
    return Config()


@pytest.fixture(scope="session")
def config(tmp_path_factory: pytest.TempPathFactory, config_modeles: Config) -> Config:
    chemin = Path(config_modeles.chemin_embeddings)
    if not chemin.exists():
        pytest.skip(f"Modèle d'encodage absent ({chemin}) : lancez « make models ».")
    return Config(dossier=tmp_path_factory.mktemp("cache"), donnees=tmp_path_factory.mktemp("donnees"),
                  modele_embeddings=str(chemin),
                  modele_llm=str(config_modeles.chemin_llm), backend="extractive")


@pytest.fixture(scope="session")
def encodeur(config: Config):
    from assistant.recherche.encodeur import Encodeur

    return Encodeur.selon(config, config.threads)


@pytest.fixture(scope="session")
def index(config: Config, encodeur):
    from assistant.recherche.index import Index, construire

    construire(config, encodeur=encodeur)
    return Index(config, encodeur=encodeur)


class RedacteurScripte:
    """Un faux modèle de langue : rend les réponses qu'on lui a écrites, dans l'ordre."""

    nom = "scripte"

    def __init__(self, redactions: list[str] | None = None) -> None:
        self.redactions = list(redactions or [])
        self.appels: list[tuple[str, str]] = []

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        self.appels.append((question, faits))
        texte = self.redactions.pop(0) if self.redactions else ""
        yield from (mot + " " for mot in texte.split(" "))


@pytest.fixture
def redacteur_scripte() -> type[RedacteurScripte]:
    return RedacteurScripte


@pytest.fixture(scope="session")
def moteur(config: Config, index):
    from assistant.backends.extractif import Extractif
    from assistant.moteur import Moteur

    return Moteur(config, index=index, redacteur=Extractif(), aujourd_hui=lambda: AUJOURD_HUI)


@pytest.fixture(scope="session")
def echantillon(tmp_path_factory: pytest.TempPathFactory):
    """L'échantillon fictif des registres (SQLite) et les jetons de ses utilisateurs."""
    from corpus.fonds.base import creer_moteur, migrer
    from corpus.fonds.echantillon import generer

    moteur_bd = creer_moteur(f"sqlite:///{tmp_path_factory.mktemp('registres') / 'fonds.sqlite3'}")
    migrer(moteur_bd)
    return moteur_bd, generer(moteur_bd)


@pytest.fixture(scope="session")
def moteur_registres(config: Config, index, echantillon):
    """Le moteur branché sur l'échantillon des registres."""
    from assistant.backends.extractif import Extractif
    from assistant.moteur import Moteur
    from corpus.fonds.base import fabrique_sessions

    return Moteur(config, index=index, redacteur=Extractif(), aujourd_hui=lambda: AUJOURD_HUI,
                  sessions=fabrique_sessions(echantillon[0]))


@pytest.fixture(scope="session")
def identites(echantillon) -> dict:
    """L'identité de chaque utilisateur de l'échantillon, par son nom (« conseiller-vdp »)."""
    from sqlalchemy.orm import Session

    from corpus.fonds.identite import identite_par_jeton

    with Session(echantillon[0]) as session:
        return {nom: identite_par_jeton(session, jeton) for nom, jeton in echantillon[1].items()}
