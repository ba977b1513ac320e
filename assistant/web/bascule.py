"""Le serveur suit les versions de l'index : une version publiée est ouverte à côté, puis substituée.

Entre deux requêtes, `verifier` relit le pointeur (au plus une fois par seconde). Une version
neuve s'ouvre dans un fil à part, pendant que les requêtes continuent sur l'ancienne ; la
substitution n'est qu'une affectation de références. L'ancien `Index` n'est pas fermé : les
requêtes en cours le gardent en main jusqu'à leur fin, puis le ramasse-miettes le libère.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from assistant.config import Config
from assistant.recherche import versions
from assistant.recherche.index import Index
from assistant.web.journal import journal

PERIODE = 1.0  # secondes entre deux lectures du pointeur


def basculer(moteur: Any, index: Index) -> None:
    """Installe `index` dans le moteur, avec les tables qu'il en dérive (passages, textes, titres)."""
    passages = {p.id: p for p in index.passages}
    textes = {p.id: p.texte for p in index.passages}
    titres = {d.doc_id: d.titre_court for d in index.documents}
    moteur._passages, moteur._textes, moteur._titres = passages, textes, titres
    moteur.index = index


class SuiviIndex:
    def __init__(self, moteur: Any, config: Config) -> None:
        self.moteur = moteur
        self.config = config
        self._verrou = threading.Lock()
        self._lu = 0.0
        self._en_cours: str | None = None  # version en cours d'ouverture
        self._echec: str | None = None  # dernière version qui n'a pas pu s'ouvrir
        self.bascules = 0

    def verifier(self) -> None:
        """Lance l'ouverture d'une version publiée plus récente que celle qui sert ; ne bloque jamais."""
        if self.config.chroma_url or time.monotonic() - self._lu < PERIODE:
            return
        self._lu = time.monotonic()
        publiee = versions.actuelle(self.config.dossier_index)
        servie = getattr(self.moteur.index, "version", None)
        with self._verrou:
            if not publiee or publiee in (servie, self._en_cours, self._echec):
                return
            self._en_cours = publiee
        threading.Thread(target=self._ouvrir, args=(publiee,), name="bascule-index", daemon=True).start()

    def _ouvrir(self, version: str) -> None:
        try:
            # Si une autre version est publiée entre-temps, c'est elle qui s'ouvre : la plus récente.
            index = Index(self.config, encodeur=self.moteur.index.encodeur)
            basculer(self.moteur, index)
            self.bascules += 1
            journal().info("index_bascule", version=index.version)
        except Exception as e:  # l'ancienne version continue de servir
            self._echec = version
            journal().error("index_bascule_echec", version=version, type=type(e).__name__)
        finally:
            with self._verrou:
                self._en_cours = None

    def attendre(self, delai: float = 120.0) -> None:
        """Attend la fin d'une ouverture en cours (pour les tests et les mesures)."""
        limite = time.monotonic() + delai
        while self._en_cours and time.monotonic() < limite:
            time.sleep(0.05)

    def etat(self) -> dict[str, Any]:
        return {"pret": getattr(self.moteur, "index", None) is not None,
                "bascule_en_cours": self._en_cours is not None,
                "version_publiee": None if self.config.chroma_url
                else versions.actuelle(self.config.dossier_index)}
