"""Les avis 👍/👎 des utilisateurs, dans un fichier SQLite du dossier des données (0600).

On ne garde que ce qui sert à améliorer l'assistant : le vote, un court commentaire facultatif,
et ce que le numéro signé de la réponse en dit (route, backend, repli, passages cités). La
question n'est gardée que si la personne l'a expressément permis. Ni nom, ni adresse IP, ni
identifiant de session ; l'heure est tronquée à la minute. Les avis plus vieux que la durée de
conservation sont effacés par `assistant-fsrs avis purger` (et au démarrage du serveur).
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS avis (
    numero INTEGER PRIMARY KEY AUTOINCREMENT,
    reponse TEXT NOT NULL UNIQUE,      -- numéro aléatoire de la réponse (un avis par réponse)
    horodatage TEXT NOT NULL,          -- UTC, à la minute
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    commentaire TEXT,
    question TEXT,                     -- seulement si la personne l'a permis
    passages TEXT NOT NULL DEFAULT '[]',  -- JSON : ids des passages cités
    route TEXT NOT NULL DEFAULT '',
    backend TEXT NOT NULL DEFAULT '',
    repli INTEGER NOT NULL DEFAULT 0,
    canal TEXT NOT NULL DEFAULT ''     -- « chat » ou « widget »
)
"""


def _creer_prive(chemin: Path) -> None:
    """Le fichier existe et n'est lisible que par son propriétaire, avant que SQLite l'ouvre."""
    chemin.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(chemin, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(chemin, 0o600)


class Avis:
    """Magasin d'avis : une connexion par écriture, un verrou pour les fils du serveur."""

    def __init__(self, chemin: Path, retention_jours: int = 180) -> None:
        self.chemin = Path(chemin)
        self.retention_jours = retention_jours
        self._verrou = threading.Lock()
        _creer_prive(self.chemin)
        with self._connexion() as cnx:
            colonnes = {ligne[1] for ligne in cnx.execute("PRAGMA table_info(avis)")}
            if colonnes and "commentaire" not in colonnes:
                # Ancien format : il gardait questions et réponses sans consentement. On ne le reprend pas.
                cnx.execute("DROP TABLE avis")
            cnx.execute(SCHEMA)

    def _connexion(self) -> sqlite3.Connection:
        return sqlite3.connect(self.chemin, timeout=10)

    def enregistrer(self, reponse: dict[str, Any], vote: int, commentaire: str | None = None,
                    question: str | None = None, canal: str = "") -> int:
        """Ajoute (ou remplace) l'avis sur une réponse ; `reponse` est le contenu de son numéro signé."""
        if vote not in (-1, 1):
            raise ValueError("vote : 1 (utile) ou -1 (pas utile)")
        moment = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ")
        ligne = (str(reponse.get("n", "")), moment, vote, commentaire or None, question or None,
                 json.dumps([str(p) for p in reponse.get("p", [])][:10]),
                 str(reponse.get("r", ""))[:40], str(reponse.get("b", ""))[:40],
                 int(bool(reponse.get("f"))), canal)
        with self._verrou, self._connexion() as cnx:
            curseur = cnx.execute(
                "INSERT INTO avis (reponse, horodatage, vote, commentaire, question, passages, route,"
                " backend, repli, canal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(reponse) DO UPDATE SET vote = excluded.vote,"
                " commentaire = excluded.commentaire, question = excluded.question,"
                " horodatage = excluded.horodatage RETURNING numero", ligne)
            return int(curseur.fetchone()[0])

    def purger(self, maintenant: datetime.datetime | None = None) -> int:
        """Efface les avis plus vieux que la durée de conservation ; rend leur nombre."""
        maintenant = maintenant or datetime.datetime.now(datetime.UTC)
        limite = (maintenant - datetime.timedelta(days=self.retention_jours)).strftime("%Y-%m-%dT%H:%MZ")
        with self._verrou, self._connexion() as cnx:
            return cnx.execute("DELETE FROM avis WHERE horodatage < ?", (limite,)).rowcount

    def tous(self) -> list[dict[str, Any]]:
        """Tous les avis, du plus ancien au plus récent (pour l'analyse et les tests)."""
        with self._connexion() as cnx:
            cnx.row_factory = sqlite3.Row
            lignes = cnx.execute("SELECT * FROM avis ORDER BY numero").fetchall()
        return [dict(ligne) | {"passages": json.loads(ligne["passages"])} for ligne in lignes]
