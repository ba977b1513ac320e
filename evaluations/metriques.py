"""Métriques de recherche et de réponse : de petites fonctions pures, testées à part."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np


def rang_premier_pertinent(classement: Sequence[str], gold: Iterable[str]) -> int | None:
    """Rang (à partir de 1) du premier passage pertinent, ou None s'il n'apparaît pas."""
    attendus = set(gold)
    return next((i for i, ident in enumerate(classement, start=1) if ident in attendus), None)


def hit_at(rangs: Sequence[int | None], k: int) -> float:
    return sum(1 for r in rangs if r is not None and r <= k) / len(rangs) if rangs else 0.0


def mrr(rangs: Sequence[int | None]) -> float:
    return sum(1.0 / r for r in rangs if r) / len(rangs) if rangs else 0.0


def resume_recherche(rangs: Sequence[int | None]) -> dict[str, float]:
    return {"hit@1": hit_at(rangs, 1), "hit@3": hit_at(rangs, 3), "mrr": mrr(rangs)}


def percentile(valeurs: Sequence[float], q: float) -> float:
    return float(np.percentile(valeurs, q)) if valeurs else 0.0


def precision_rappel(cites: Iterable[str], gold: Iterable[str]) -> tuple[float, float]:
    """Précision et rappel des citations ; sans citation ni attente, les deux valent 1."""
    c, g = set(cites), set(gold)
    precision = len(c & g) / len(c) if c else (1.0 if not g else 0.0)
    rappel = len(c & g) / len(g) if g else 1.0
    return precision, rappel
