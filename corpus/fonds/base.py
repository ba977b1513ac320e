"""Connexion à la base des fonds et migrations : SQLite embarqué par défaut, PostgreSQL par URL.

Les migrations Alembic sont dans le paquet (corpus/fonds/migrations) et se lancent d'ici, sans
alembic.ini : `migrer(url)` amène n'importe quelle base à la dernière version du schéma.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as ConfigAlembic
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def creer_moteur(url: str) -> Engine:
    """Un moteur SQLAlchemy ; pour SQLite, crée le dossier et active les clés étrangères."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    moteur = create_engine(url)
    if moteur.dialect.name == "sqlite":
        event.listen(moteur, "connect", _pragmas_sqlite)
    return moteur


def _pragmas_sqlite(connexion, _enregistrement) -> None:
    # SQLite n'applique les clés étrangères que si on le lui demande, à chaque connexion.
    curseur = connexion.cursor()
    curseur.execute("PRAGMA foreign_keys = ON")
    curseur.execute("PRAGMA journal_mode = WAL")
    curseur.close()


def config_alembic(moteur: Engine) -> ConfigAlembic:
    config = ConfigAlembic()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["moteur"] = moteur
    return config


def migrer(moteur: Engine, version: str = "head") -> None:
    """Applique les migrations jusqu'à `version` (la dernière par défaut)."""
    command.upgrade(config_alembic(moteur), version)


def est_migree(moteur: Engine) -> bool:
    return inspect(moteur).has_table("alembic_version")


def fabrique_sessions(moteur: Engine) -> sessionmaker[Session]:
    return sessionmaker(moteur, expire_on_commit=False)


@contextmanager
def transaction(moteur: Engine) -> Iterator[Session]:
    """Une session dans une seule transaction : tout est écrit, ou rien."""
    with fabrique_sessions(moteur).begin() as session:
        yield session
