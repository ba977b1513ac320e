"""Recherche lexicale BM25 (bm25s) sur les morceaux, avec l'analyseur français."""

from __future__ import annotations

import bm25s
import numpy as np

from assistant.recherche.analyseur import analyser


class RechercheLexicale:
    def __init__(self, textes: list[str]) -> None:
        jetons = [analyser(t) for t in textes]
        self._vocabulaire = {j: i for i, j in enumerate(sorted({j for js in jetons for j in js}))}
        ids = [[self._vocabulaire[j] for j in js] for js in jetons]
        self._bm25 = bm25s.BM25()
        self._bm25.index(bm25s.tokenization.Tokenized(ids=ids, vocab=self._vocabulaire),
                         show_progress=False)

    def scores(self, question: str) -> np.ndarray:
        """Score BM25 de chaque morceau (0 quand aucun mot de la question n'y figure)."""
        connus = [j for j in analyser(question) if j in self._vocabulaire]
        if not connus:
            return np.zeros(self._bm25.scores["num_docs"], dtype=np.float32)
        return self._bm25.get_scores(connus)
