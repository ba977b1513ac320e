"""Mesure de la recherche seule : hit@1, hit@3 et MRR pour BM25, dense et fusion, côte à côte.

Toute autre façon de classer les passages (la référence LangChain, par exemple) se mesure de
même : c'est une fonction question -> ids de passages, du plus au moins pertinent.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

from assistant.recherche.index import Index, Methode
from evaluations.jeux import DEV, lire_jsonl
from evaluations.metriques import percentile, rang_premier_pertinent, resume_recherche

__all__ = ["DEV", "Classeur", "classeurs_index", "lire_jsonl", "mesurer", "mesurer_classeur", "tableau"]

Classeur = Callable[[str], list[str]]


def _par_index(index: Index, methode: Methode, k: int, question: str) -> list[str]:
    return [t.passage.id for t in index.chercher(question, k=k, methode=methode)]


def classeurs_index(index: Index, k: int = 10) -> dict[str, Classeur]:
    """Les trois méthodes de l'index : bm25, dense, fusion."""
    return {m.value: partial(_par_index, index, m, k) for m in Methode}


def mesurer_classeur(classeur: Classeur, cas: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """hit@1, hit@3, MRR et latence médiane d'une requête (ms) sur les cas {question, gold}."""
    rangs, latences = [], []
    for c in cas:
        debut = time.perf_counter()
        classement = classeur(c["question"])
        latences.append((time.perf_counter() - debut) * 1000)
        rangs.append(rang_premier_pertinent(classement, c["gold"]))
    return {**resume_recherche(rangs), "latence_p50_ms": percentile(latences, 50), "cas": len(cas)}


def mesurer(index: Index, cas: Sequence[Mapping[str, Any]], k: int = 10,
            autres: Mapping[str, Classeur] | None = None) -> dict[str, dict[str, float]]:
    """Pour chaque méthode de l'index (et chaque autre classeur donné), les métriques des cas."""
    classeurs = {**classeurs_index(index, k), **(autres or {})}
    return {nom: mesurer_classeur(classeur, cas) for nom, classeur in classeurs.items()}


def tableau(resultats: Mapping[str, Mapping[str, float]]) -> str:
    lignes = ["| méthode | hit@1 | hit@3 | MRR |", "| --- | --- | --- | --- |"]
    for methode, m in resultats.items():
        lignes.append(f"| {methode} | {m['hit@1']:.3f} | {m['hit@3']:.3f} | {m['mrr']:.3f} |")
    return "\n".join(lignes)
