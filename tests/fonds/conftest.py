"""Fixtures des registres : la même suite sur SQLite et sur un vrai PostgreSQL.

PostgreSQL : le serveur nommé par ASSISTANT_FSRS_BD_URL_TEST s'il est donné (une base neuve au nom
aléatoire, supprimée à la fin), sinon un serveur jetable lancé ici avec les binaires de Debian
(initdb et pg_ctl sous l'utilisateur système `postgres`, car il refuse de tourner en root), sinon
les tests PostgreSQL sautent en disant pourquoi.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, text

from corpus.fonds.base import creer_moteur, migrer
from corpus.fonds.echantillon import generer

VARIABLE = "ASSISTANT_FSRS_BD_URL_TEST"


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _en_postgres(*commande: str) -> None:
    prefixe = [] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"]
    subprocess.run([*prefixe, *commande], check=True, capture_output=True, timeout=120)


def _serveur_jetable() -> Iterator[str]:
    """initdb + pg_ctl dans un dossier temporaire, sur un port libre ; arrêté et effacé à la fin."""
    binaires = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not binaires:
        pytest.skip(f"PostgreSQL absent : ni {VARIABLE} ni binaires de Debian (apt-get install postgresql)")
    dossier_bin = Path(binaires[-1]).parent
    dossier = Path(tempfile.mkdtemp(prefix="fsrs-pg-"))
    if os.geteuid() == 0:
        shutil.chown(dossier, "postgres", "postgres")
    donnees, port = dossier / "donnees", _port_libre()
    try:
        _en_postgres(
            str(dossier_bin / "initdb"), "-D", str(donnees), "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        _en_postgres(
            str(dossier_bin / "pg_ctl"),
            "-D",
            str(donnees),
            "-w",
            "-l",
            str(dossier / "journal"),
            "-o",
            f"-p {port} -k {dossier} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(dossier_bin / "pg_ctl"),
                "-D",
                str(donnees),
                "-m",
                "immediate",
                "stop",
            ]
            if os.geteuid() == 0
            else [str(dossier_bin / "pg_ctl"), "-D", str(donnees), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(dossier, ignore_errors=True)


@pytest.fixture(scope="session")
def serveur_postgresql() -> Iterator[str]:
    """L'URL d'administration d'un serveur PostgreSQL réel (base « postgres »)."""
    if os.environ.get(VARIABLE):
        yield os.environ[VARIABLE]
    else:
        yield from _serveur_jetable()


class Bases:
    """Crée des bases neuves sur un serveur et les supprime toutes à la fin de la session."""

    def __init__(self, url_admin: str) -> None:
        self.admin = creer_moteur(url_admin).execution_options(isolation_level="AUTOCOMMIT")
        self.url = make_url(url_admin)
        self.creees: list[str] = []

    def creer(self, modele: str | None = None) -> str:
        nom = f"fsrs_test_{secrets.token_hex(6)}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{nom}"' + (f' TEMPLATE "{modele}"' if modele else "")))
        self.creees.append(nom)
        return nom

    def url_de(self, nom: str) -> str:
        return self.url.set(database=nom).render_as_string(hide_password=False)

    def supprimer_toutes(self) -> None:
        with self.admin.connect() as c:
            for nom in self.creees:
                c.execute(text(f'DROP DATABASE IF EXISTS "{nom}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def bases_postgresql(serveur_postgresql: str) -> Iterator[Bases]:
    try:
        bases = Bases(serveur_postgresql)
        with bases.admin.connect():
            pass
    except Exception as e:
        pytest.skip(f"PostgreSQL injoignable ({serveur_postgresql}) : {e}")
    yield bases
    bases.supprimer_toutes()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def fabrique(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str | None], Engine]:
    """Une fonction qui rend un moteur sur une base neuve, vide ou copiée d'une base « modèle »."""
    if backend == "sqlite":
        dossier = tmp_path_factory.mktemp("bases")

        def sqlite(modele: str | None = None) -> Engine:
            chemin = dossier / f"{secrets.token_hex(6)}.sqlite3"
            if modele:
                shutil.copyfile(modele, chemin)
            return creer_moteur(f"sqlite:///{chemin}")

        return sqlite
    bases: Bases = request.getfixturevalue("bases_postgresql")

    def postgresql(modele: str | None = None) -> Engine:
        return creer_moteur(bases.url_de(bases.creer(modele)))

    return postgresql


def _nom_modele(moteur: Engine) -> str:
    return str(moteur.url.database)


@pytest.fixture(scope="session")
def modele_echantillon(fabrique: Callable[[str | None], Engine]) -> str:
    """Une base migrée avec l'échantillon, qui sert de modèle (copie) aux bases des tests."""
    moteur = fabrique(None)
    migrer(moteur)
    generer(moteur)
    moteur.dispose()  # PostgreSQL ne copie pas une base modèle ouverte
    return _nom_modele(moteur)


@pytest.fixture(scope="session")
def base(fabrique: Callable[[str | None], Engine], modele_echantillon: str) -> Iterator[Engine]:
    """L'échantillon, partagé par les tests qui ne font que lire (le journal d'accès mis à part)."""
    moteur = fabrique(modele_echantillon)
    yield moteur
    moteur.dispose()


@pytest.fixture
def base_neuve(fabrique: Callable[[str | None], Engine], modele_echantillon: str) -> Iterator[Engine]:
    """Une copie fraîche de l'échantillon, pour les tests qui écrivent."""
    moteur = fabrique(modele_echantillon)
    yield moteur
    moteur.dispose()


@pytest.fixture
def base_vide(fabrique: Callable[[str | None], Engine]) -> Iterator[Engine]:
    moteur = fabrique(None)
    yield moteur
    moteur.dispose()
