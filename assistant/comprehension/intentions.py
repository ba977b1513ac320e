"""L'intention d'une question, apprise des exemples déclarés avec chaque outil (et ceux du document).

Une régression logistique (scikit-learn) sur les vecteurs EmbeddingGemma que l'index calcule déjà :
pas de nouveau modèle, et une probabilité par intention plutôt qu'une règle qui gagne la première.
Les vecteurs des exemples sont gardés en cache à côté de l'index (`Encodeur.questions`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.choix import ChoixAppris
from assistant.comprehension.hors_sujet import HorsSujet, lire_exemples
from assistant.recherche.encodeur import Encodeur

DOCUMENT = "document"  # l'intention de qui demande ce que disent les textes, sans calcul
EXEMPLES_DOCUMENT = Path(__file__).parent / "document.txt"
REGULARISATION = 16.0  # C de la régression : réglé par validation croisée sur les seuls exemples


def exemples() -> dict[str, tuple[str, ...]]:
    """Les exemples de chaque intention : ceux des outils, puis ceux du document."""
    outils = {nom: outil.exemples for nom, outil in CATALOGUE.items()}
    return {**outils, DOCUMENT: lire_exemples(EXEMPLES_DOCUMENT)}


class Intentions:
    """Probabilité de chaque intention pour une question."""

    def __init__(
        self, encodeur: Encodeur, cache: Path | None = None, relues: np.ndarray | None = None
    ) -> None:
        """`relues` : les vecteurs des questions relues de chaque alinéa, du ressort de l'assistant
        comme les exemples (le hors-sujet les apprend avec eux)."""
        self.encodeur = encodeur
        textes, etiquettes = [], []
        par_intention = exemples()
        for intention, phrases in par_intention.items():
            textes += phrases
            etiquettes += [intention] * len(phrases)
        vecteurs = encodeur.questions(textes, cache)
        self._modele = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(vecteurs, etiquettes)
        self.noms = frozenset(self._modele.classes_.tolist())
        du_ressort = vecteurs if relues is None or not len(relues) else np.vstack([vecteurs, relues])
        self._hors_sujet = HorsSujet(encodeur, du_ressort, cache)
        self._choix = ChoixAppris(encodeur, dict(zip(textes, vecteurs, strict=True)), par_intention[DOCUMENT])

    def probabilites(self, question: str) -> list[tuple[str, float]]:
        """Les intentions de la plus probable à la moins probable."""
        vecteur = self.encodeur.question(question)
        probas = self._modele.predict_proba(vecteur.reshape(1, -1))[0]
        return sorted(
            zip(self._modele.classes_.tolist(), probas.tolist(), strict=True), key=lambda paire: -paire[1]
        )

    def hors_sujet(self, question: str) -> float:
        """La probabilité qu'aucun texte ni aucun outil ne réponde à la question."""
        return self._hors_sujet.probabilite(question)

    def choix_decrit(self, outil: str, argument: str, question: str) -> str | None:
        """La valeur d'un choix que la question décrit sans la nommer (« pour que les détenus touchent
        pas au cash » : la sécurité), apprise des exemples annotés ; None si elle n'est pas nette."""
        return self._choix.valeur(outil, argument, question)
