"""Numéros de réponse signés (HMAC-SHA256) : un avis ne vise qu'une réponse que le serveur a donnée.

Le numéro porte ce qu'un avis doit savoir de la réponse (route, backend, repli, passages cités,
minute d'émission) : le client n'a donc rien à renvoyer d'autre, et ne peut rien en falsifier.
Le secret vit dans le dossier des données, créé une fois en 0600.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

NOM_SECRET = "secret-avis"


def secret(dossier: Path) -> bytes:
    """Le secret du serveur ; créé au premier usage, lisible par son seul propriétaire."""
    chemin = Path(dossier) / NOM_SECRET
    chemin.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(chemin, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return chemin.read_bytes()
    with os.fdopen(fd, "wb") as f:
        valeur = secrets.token_bytes(32)
        f.write(valeur)
    return valeur


def _b64(octets: bytes) -> str:
    return base64.urlsafe_b64encode(octets).rstrip(b"=").decode()


def _de_b64(texte: str) -> bytes:
    return base64.urlsafe_b64decode(texte + "=" * (-len(texte) % 4))


class Signataire:
    def __init__(self, cle: bytes) -> None:
        self._cle = cle

    def _mac(self, charge: str) -> str:
        return _b64(hmac.new(self._cle, charge.encode(), hashlib.sha256).digest()[:18])

    def emettre(self, **contenu: Any) -> str:
        """Un numéro de réponse : contenu (JSON compact, base64) et signature."""
        contenu = {"n": secrets.token_hex(8), "t": int(time.time() // 60), **contenu}
        charge = _b64(json.dumps(contenu, separators=(",", ":"), ensure_ascii=True).encode())
        return f"{charge}.{self._mac(charge)}"

    def pour(self, reponse: Any) -> str:
        """Le numéro d'une `Reponse` : route, backend, repli et passages cités (jamais la question)."""
        return self.emettre(r=reponse.route, b=reponse.backend, f=int(reponse.fallback),
                            p=[c.passage_id for c in reponse.citations][:5])

    def lire(self, numero: str, age_max_minutes: int) -> dict[str, Any] | None:
        """Le contenu d'un numéro authentique et assez récent ; None sinon."""
        charge, _, mac = numero.partition(".")
        if not charge or not hmac.compare_digest(mac.encode(), self._mac(charge).encode()):
            return None
        try:
            contenu = json.loads(_de_b64(charge))
        except ValueError:
            return None
        if not isinstance(contenu, dict) or not isinstance(contenu.get("t"), int):
            return None
        if time.time() // 60 - contenu["t"] > age_max_minutes:
            return None
        return contenu
