"""L'intention d'une question, apprise des exemples déclarés avec chaque outil (et ceux du document).

Une régression logistique (scikit-learn) sur les vecteurs EmbeddingGemma que l'index calcule déjà :
pas de nouveau modèle, et une probabilité par intention plutôt qu'une règle qui gagne la première.
Les vecteurs des exemples sont gardés en cache à côté de l'index, sous l'empreinte des exemples et
du modèle : ils ne sont recalculés que si l'un ou l'autre change.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.comprehension.catalogue import CATALOGUE
from assistant.recherche.encodeur import Encodeur

DOCUMENT = "document"  # l'intention de qui demande ce que disent les textes, sans calcul
EXEMPLES_DOCUMENT = Path(__file__).parent / "document.txt"
REGULARISATION = 16.0  # C de la régression : réglé par validation croisée sur les seuls exemples


def exemples() -> dict[str, tuple[str, ...]]:
    """Les exemples de chaque intention : ceux des outils, puis ceux du document."""
    lignes = EXEMPLES_DOCUMENT.read_text(encoding="utf-8").splitlines()
    document = tuple(ligne.strip() for ligne in lignes if ligne.strip() and not ligne.startswith("#"))
    return {**{nom: outil.exemples for nom, outil in CATALOGUE.items()}, DOCUMENT: document}


class Intentions:
    """Probabilité de chaque intention pour une question."""

    def __init__(self, encodeur: Encodeur, cache: Path | None = None) -> None:
        self.encodeur = encodeur
        textes, etiquettes = [], []
        for intention, phrases in exemples().items():
            textes += phrases
            etiquettes += [intention] * len(phrases)
        vecteurs = _vecteurs(encodeur, textes, cache)
        self._modele = LogisticRegression(C=REGULARISATION, max_iter=3000).fit(vecteurs, etiquettes)

    def probabilites(self, question: str) -> list[tuple[str, float]]:
        """Les intentions de la plus probable à la moins probable."""
        vecteur = self.encodeur.question(question)
        probas = self._modele.predict_proba(vecteur.reshape(1, -1))[0]
        return sorted(
            zip(self._modele.classes_.tolist(), probas.tolist(), strict=True), key=lambda paire: -paire[1]
        )


def _vecteurs(encodeur: Encodeur, textes: list[str], cache: Path | None) -> np.ndarray:
    empreinte = hashlib.sha256("\n".join([encodeur.nom, *textes]).encode()).hexdigest()[:16]
    fichier = cache / f"intentions-{empreinte}.npy" if cache else None
    if fichier and fichier.exists():
        return np.load(fichier)
    vecteurs = encodeur.questions(textes)
    if fichier:
        fichier.parent.mkdir(parents=True, exist_ok=True)
        provisoire = fichier.with_suffix(".tmp.npy")
        np.save(provisoire, vecteurs)
        provisoire.replace(fichier)
    return vecteurs
