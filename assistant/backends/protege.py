"""Un backend de rédaction tenu en laisse : ses pannes se disent, elles ne font jamais tomber une réponse.

Un modèle injoignable, lent ou qui rend n'importe quoi ne doit coûter qu'un repli sur la
réponse extractive, annoncé à l'utilisateur. Après une panne, le modèle n'est plus sollicité
pendant `REPOS` secondes (chaque question attendrait sinon le délai complet) ; la santé du
service dit alors « réponses sans modèle de langue ».
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

from assistant.backends.base import Redacteur

REPOS = 30.0  # secondes sans solliciter un modèle qui vient de tomber en panne
AVIS_SANS_MODELE = ("Réponse sans modèle de langue : le modèle de rédaction ne répond pas ; voici la "
                    "réponse tirée directement des textes et des calculs.")


def texte_sans_modele(texte: str) -> str:
    """La réponse extractive, annoncée comme telle."""
    return f"{AVIS_SANS_MODELE}\n\n{texte}".strip()


class ModeleIndisponible(RuntimeError):
    """Le modèle n'a pas répondu (panne, délai dépassé, ou au repos après une panne)."""


class Protege:
    """Enveloppe d'un `Redacteur` : mêmes méthodes, pannes comptées et converties."""

    def __init__(self, redacteur: Redacteur) -> None:
        self.interne = redacteur
        self.nom = redacteur.nom
        self._verrou = threading.Lock()
        self._panne_a: float | None = None  # time.monotonic() de la dernière panne
        self._panne_type = ""
        self.reussites = 0

    def __getattr__(self, nom: str) -> Any:
        return getattr(self.interne, nom)

    def au_repos(self) -> bool:
        return self._panne_a is not None and time.monotonic() - self._panne_a < REPOS

    def _panne(self, erreur: BaseException) -> None:
        with self._verrou:
            self._panne_a = time.monotonic()
            self._panne_type = type(erreur).__name__

    def _reussite(self) -> None:
        with self._verrou:
            self._panne_a = None
            self.reussites += 1

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        if self.au_repos():
            raise ModeleIndisponible(self._panne_type)
        try:
            for morceau in self.interne.rediger(question, faits):
                if isinstance(morceau, str):
                    yield morceau
        except GeneratorExit:
            raise
        except Exception as e:
            self._panne(e)
            raise ModeleIndisponible(type(e).__name__) from e
        self._reussite()

    def etat(self) -> str:
        """Pour `/api/health` : le modèle répond-il ?"""
        if self.nom == "extractive":
            return "sans objet (backend extractif)"
        if self._panne_a is not None:
            return f"réponses sans modèle de langue (dernière panne : {self._panne_type})"
        return "disponible" if self.reussites else "pas encore sollicité"


def proteger(redacteur: Redacteur) -> Redacteur:
    return redacteur if isinstance(redacteur, Protege) else Protege(redacteur)  # type: ignore[return-value]
