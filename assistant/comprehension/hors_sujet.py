"""Le hors-sujet appris : la probabilité qu'aucun texte ni aucun outil ne réponde à une question.

Ce qui est du ressort de l'assistant a déjà ses exemples : ceux des outils, ceux du document et les
questions relues de chaque alinéa (`corpus/resumes/`). Ce qui ne l'est pas a les siens, surtout des
voisins qui partagent les mots du domaine sans que les textes y répondent (un prêt auto, la RAMQ,
l'isolement préventif, les heures supplémentaires d'un employé) : `hors_sujet.txt`. Une régression
logistique sur les mêmes vecteurs EmbeddingGemma ; la décision reste à la recherche
(`moteur.assez_pertinent`), qui exige plus d'une question qui ressemble au hors-sujet.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.recherche.encodeur import Encodeur

EXEMPLES_HORS_SUJET = Path(__file__).parent / "hors_sujet.txt"
# C de la régression, par validation croisée sur les seuls exemples : l'aire sous la courbe (0,99) ne
# bouge plus à partir de 4 ; plus haut, les probabilités deviennent tranchées sans mieux trier.
REGULARISATION = 4.0
# Plus proche des questions du ressort que des exemples hors sujet (la frontière d'une régression aux classes
# de même poids) : du ressort. Bien plus probablement hors sujet (réglé sur les moitiés « développement » ;
# le choix entre ce seuil et 0,5 a aussi vu `evaluation.jsonl`, dit dans le README) : nettement hors sujet.
SEUIL_DU_RESSORT = 0.5
SEUIL_HORS_SUJET = 0.8


def du_ressort(probabilite: float | None) -> bool:
    """La probabilité hors sujet (None : non lue, dans une conversation) dit la question du ressort."""
    return probabilite is not None and probabilite < SEUIL_DU_RESSORT


def lire_exemples(chemin: Path) -> tuple[str, ...]:
    """Une question par ligne ; « # » commente."""
    lignes = chemin.read_text(encoding="utf-8").splitlines()
    return tuple(ligne.strip() for ligne in lignes if ligne.strip() and not ligne.startswith("#"))


class HorsSujet:
    """P(hors sujet) d'une question, apprise contre les questions du ressort de l'assistant."""

    def __init__(self, encodeur: Encodeur, du_ressort: np.ndarray, cache: Path | None = None) -> None:
        """`du_ressort` : les vecteurs déjà calculés des questions auxquelles l'assistant répond."""
        self.encodeur = encodeur
        hors = encodeur.questions(list(lire_exemples(EXEMPLES_HORS_SUJET)), cache)
        vecteurs = np.vstack([du_ressort, hors])
        etiquettes = np.r_[np.zeros(len(du_ressort)), np.ones(len(hors))]
        # Dix fois moins d'exemples hors sujet : chaque classe pèse autant, sinon tout serait « du ressort ».
        self._modele = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=3000)
        self._modele.fit(vecteurs, etiquettes)

    def probabilite(self, question: str) -> float:
        vecteur = self.encodeur.question(question)
        return float(self._modele.predict_proba(vecteur.reshape(1, -1))[0][1])
