"""Fusion des classements par rang réciproque (RRF, Cormack et al. 2009)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class Methode(StrEnum):
    """Les classements de la recherche, seuls ou fusionnés (ici, module léger : la CLI le lit au départ)."""

    BM25 = "bm25"
    DENSE = "dense"
    QUESTIONS = "questions"  # les questions relues de l'alinéa les plus proches (corpus/resumes)
    FUSION = "fusion"

# Réglés sur le jeu de développement (evaluations/datasets/recherche-dev.jsonl) : le dense
# seul y classe mieux que BM25 ; un BM25 à demi-poids corrige ses ratés sans le noyer, et un
# k petit (le papier dit 60) laisse peser davantage les tout premiers rangs. Les questions relues
# de chaque alinéa (corpus/resumes), à poids plein : réglé sur les moitiés « développement » des
# jeux de paraphrases et de première phrase (hit@1 de 260 à 278 sur 312), plateau entre 0,75 et 1.
K_RRF = 5
POIDS_DENSE, POIDS_LEXICAL, POIDS_QUESTIONS = 1.0, 0.5, 1.0


def fusion_rrf(classements: Sequence[Sequence[str]], k: int = K_RRF,
               poids: Sequence[float] | None = None) -> dict[str, float]:
    """Score RRF pondéré de chaque identifiant : somme de poids / (k + rang)."""
    poids = poids or [1.0] * len(classements)
    scores: dict[str, float] = {}
    for classement, w in zip(classements, poids, strict=True):
        for rang, ident in enumerate(classement, start=1):
            scores[ident] = scores.get(ident, 0.0) + w / (k + rang)
    return scores
