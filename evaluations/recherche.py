"""Mesure de la recherche seule : hit@1, hit@3 et MRR pour BM25, dense et fusion, côte à côte."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.recherche.index import Index, Methode
from evaluations.metriques import rang_premier_pertinent, resume_recherche

DEV = Path(__file__).parent / "datasets" / "recherche-dev.jsonl"


def lire_jsonl(chemin: Path) -> list[dict]:
    with chemin.open(encoding="utf-8") as f:
        return [json.loads(ligne) for ligne in f if ligne.strip()]


def mesurer(index: Index, cas: list[dict], k: int = 10) -> dict[str, dict[str, float]]:
    """Pour chaque méthode, les trois métriques sur les cas {question, gold}."""
    resultats = {}
    for methode in Methode:
        rangs = [rang_premier_pertinent(
            [t.passage.id for t in index.chercher(c["question"], k=k, methode=methode)],
            c["gold"]) for c in cas]
        resultats[methode.value] = resume_recherche(rangs)
    return resultats


def tableau(resultats: dict[str, dict[str, float]]) -> str:
    lignes = ["| méthode | hit@1 | hit@3 | MRR |", "| --- | --- | --- | --- |"]
    for methode, m in resultats.items():
        lignes.append(f"| {methode} | {m['hit@1']:.3f} | {m['hit@3']:.3f} | {m['mrr']:.3f} |")
    return "\n".join(lignes)
