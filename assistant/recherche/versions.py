"""Les versions de l'index embarqué : un dossier par construction, un pointeur vers la version servie.

Une reconstruction écrit une version neuve à côté de celle qui sert, puis remplace le
pointeur `ACTUELLE` par un seul `os.replace` (atomique) : un lecteur voit l'ancienne version ou
la nouvelle, jamais un index à moitié écrit. Les versions précédentes restent pour revenir en
arrière (`assistant-fsrs index --precedente`) ; au-delà de `GARDEES`, les plus vieilles partent.
Sans pointeur, l'ancien emplacement unique (`index/chroma`) sert encore.
"""

from __future__ import annotations

import datetime
import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POINTEUR = "ACTUELLE"
ANCIEN = "chroma"  # emplacement d'avant les versions
GARDEES = 3  # la version servie et deux précédentes (un serveur en retard d'une bascule les lit encore)


def dossier_versions(racine: Path) -> Path:
    return racine / "versions"


def actuelle(racine: Path) -> str | None:
    """Le nom de la version servie, ou None (ancien emplacement, ou rien de construit)."""
    try:
        nom = (racine / POINTEUR).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return nom or None


def chemin(racine: Path, version: str | None) -> Path:
    return dossier_versions(racine) / version if version else racine / ANCIEN


def nouvelle(racine: Path, empreinte: str) -> str:
    """Un nom de version neuf : horodatage (tri chronologique) et empreinte du corpus."""
    moment = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S%f")
    return f"{moment}-{empreinte}"


def publier(racine: Path, version: str) -> None:
    """Fait de `version` la version servie, d'un seul geste atomique, puis range les anciennes."""
    provisoire = racine / f".{POINTEUR}.{os.getpid()}"
    provisoire.write_text(version + "\n", encoding="utf-8")
    with open(provisoire, "rb") as f:
        os.fsync(f.fileno())
    os.replace(provisoire, racine / POINTEUR)
    ranger(racine)


def toutes(racine: Path) -> list[str]:
    """Les versions présentes, de la plus ancienne à la plus récente."""
    dossier = dossier_versions(racine)
    return sorted(p.name for p in dossier.iterdir() if p.is_dir()) if dossier.exists() else []


def ranger(racine: Path) -> None:
    """Garde la version servie et les GARDEES - 1 précédentes ; efface le reste (et les essais ratés)."""
    servie = actuelle(racine)
    versions = toutes(racine)
    if servie not in versions:
        return
    rang = versions.index(servie)
    gardees = set(versions[max(0, rang - GARDEES + 1):rang + 1])
    for version in versions:
        if version not in gardees:
            shutil.rmtree(chemin(racine, version), ignore_errors=True)


def precedente(racine: Path) -> str | None:
    """La version construite juste avant celle qui sert."""
    servie = actuelle(racine)
    versions = toutes(racine)
    if servie not in versions:
        return None
    rang = versions.index(servie)
    return versions[rang - 1] if rang > 0 else None


@contextmanager
def verrou(racine: Path) -> Iterator[None]:
    """Une seule construction à la fois sur ce dossier (deux `index --forcer` lancés ensemble)."""
    racine.mkdir(parents=True, exist_ok=True)
    with open(racine / ".verrou", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
