"""Les questions relues de chaque alinéa (`corpus/resumes/`) et leurs vecteurs, chargés une fois.

La recherche s'en sert pour classer les passages ; la première phrase, pour reprendre la réponse
courte d'une question relue qui est celle posée.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.recherche.encodeur import Encodeur
from corpus.resumes import DOSSIER_RESUMES, Cle, QuestionCourte, Resume, charger_resumes


@dataclass(frozen=True)
class QuestionsRelues:
    resumes: dict[Cle, Resume]
    courtes: list[tuple[Cle, QuestionCourte]]  # dans l'ordre des lignes de `vecteurs`
    vecteurs: np.ndarray

    @classmethod
    def charger(cls, encodeur: Encodeur, dossier: Path = DOSSIER_RESUMES, cache: Path | None = None,
                passages: Collection[str] | None = None) -> QuestionsRelues:
        """Les résumés de `dossier` (ceux des seuls `passages` s'ils sont donnés), vecteurs gardés dans
        `cache`."""
        resumes = {cle: r for cle, r in charger_resumes(dossier).items()
                   if passages is None or r.passage in passages}
        courtes = [(cle, q) for cle, r in resumes.items() for q in r.questions]
        return cls(resumes, courtes, encodeur.questions([q.question for _, q in courtes], cache))
