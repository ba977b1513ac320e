"""Les avis 👍/👎 des utilisateurs, dans un fichier SQLite local.

On garde ce qui sert à améliorer l'assistant (question, réponse, citations, vote) et rien
qui identifie la personne : ni nom, ni adresse IP, ni identifiant de session. L'heure est
tronquée à la minute pour ne pas permettre de recouper les journaux du serveur.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS avis (
    numero INTEGER PRIMARY KEY AUTOINCREMENT,
    horodatage TEXT NOT NULL,          -- UTC, à la minute
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    question TEXT NOT NULL,
    reponse TEXT NOT NULL,
    citations TEXT NOT NULL,           -- JSON : liste de Citation
    route TEXT NOT NULL DEFAULT '',
    backend TEXT NOT NULL DEFAULT '',
    canal TEXT NOT NULL DEFAULT ''     -- « chat » ou « widget »
)
"""


class Avis:
    """Magasin d'avis : une connexion par écriture, un verrou pour les fils du serveur."""

    def __init__(self, chemin: Path) -> None:
        self.chemin = Path(chemin)
        self.chemin.parent.mkdir(parents=True, exist_ok=True)
        self._verrou = threading.Lock()
        with self._connexion() as cnx:
            cnx.execute(SCHEMA)

    def _connexion(self) -> sqlite3.Connection:
        return sqlite3.connect(self.chemin, timeout=10)

    def enregistrer(self, vote: int, question: str, reponse: str,
                    citations: list[dict[str, Any]], route: str = "", backend: str = "",
                    canal: str = "") -> int:
        """Ajoute un avis (vote : 1 ou -1) et rend son numéro."""
        if vote not in (-1, 1):
            raise ValueError("vote : 1 (utile) ou -1 (pas utile)")
        moment = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ")
        with self._verrou, self._connexion() as cnx:
            curseur = cnx.execute(
                "INSERT INTO avis (horodatage, vote, question, reponse, citations, route, backend, canal)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (moment, vote, question, reponse, json.dumps(citations, ensure_ascii=False),
                 route, backend, canal))
            return int(curseur.lastrowid or 0)

    def tous(self) -> list[dict[str, Any]]:
        """Tous les avis, du plus ancien au plus récent (pour l'analyse et les tests)."""
        with self._connexion() as cnx:
            cnx.row_factory = sqlite3.Row
            lignes = cnx.execute("SELECT * FROM avis ORDER BY numero").fetchall()
        return [dict(ligne) | {"citations": json.loads(ligne["citations"])} for ligne in lignes]
