"""Métriques de recherche et de réponse : de petites fonctions pures, testées à part."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

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


# --- comparaison de textes et de montants -------------------------------------------------

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
GROUPE_MILLIERS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])")
NOMBRE_SIMPLE = re.compile(r"(?<![\d])\d+(?:[.,]\d+)?")


def normaliser(texte: str) -> str:
    """Minuscules, sans accents, apostrophes droites, espaces (insécables compris) réduites à une."""
    decompose = unicodedata.normalize("NFKD", texte.translate(APOSTROPHES))
    sans_accents = "".join(c for c in decompose if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", sans_accents.casefold()).strip()


def contient(texte: str, fragment: str) -> bool:
    """Vrai si le fragment apparaît dans le texte, à la casse, aux accents et aux espaces près."""
    return normaliser(fragment) in normaliser(texte)


def nombres(texte: str) -> set[Decimal]:
    """Tous les nombres lisibles d'un texte : « 2 500,00 $ », « 2500 $ », « 116,20 », « 5.81 ».

    Un groupe « 25 000 » est lu d'un bloc, et ses morceaux aussi : mieux vaut un nombre de
    trop dans l'ensemble qu'un montant exact manqué.
    """
    trouves: set[Decimal] = set()
    for m in GROUPE_MILLIERS.finditer(texte):
        trouves.add(Decimal(re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", ".")))
    for m in NOMBRE_SIMPLE.finditer(texte):
        trouves.add(Decimal(m.group().replace(",", ".")))
    return trouves


def montants_absents(texte: str, montants: Iterable[str]) -> list[str]:
    """Les montants attendus (chaînes décimales « 116.20 ») qui ne figurent pas dans le texte."""
    presents = nombres(texte)
    try:
        return [m for m in montants if Decimal(m) not in presents]
    except InvalidOperation as e:
        raise ValueError(f"Montant attendu illisible : {montants!r}") from e
