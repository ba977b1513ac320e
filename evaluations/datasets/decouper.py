"""Découpage, une seule fois, d'un jeu écrit d'un bloc en moitiés développement et test.

À lancer UNE fois, à la création du jeu ; ne jamais redécouper (on réglerait alors sur le test) :

    python evaluations/datasets/decouper.py SOURCE.jsonl paraphrases --strate intention
    python evaluations/datasets/decouper.py SOURCE.jsonl premiere-phrase --strate sens

écrit `<prefixe>-dev.jsonl` et `<prefixe>-test.jsonl` à côté de ce fichier, et refuse d'écraser un
découpage existant. Le tirage est stratifié (chaque intention, ou chaque sens de première phrase, est
coupée en deux) et dépend seulement de la graine et de l'ensemble des cas : `--verifier PREFIXE`
refait le tirage sur la réunion des deux moitiés et dit s'il retrouve les mêmes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

DOSSIER = Path(__file__).parent
GRAINE = 20261203
STRATES = {
    "intention": lambda cas: cas["attendu"].get("intention") or "",
    "sens": lambda cas: (cas["attendu"].get("premiere_phrase") or {}).get("sens") or "",
}


def lire(chemin: Path) -> list[dict]:
    return [json.loads(ligne) for ligne in chemin.read_text(encoding="utf-8").splitlines() if ligne.strip()]


def decouper(cas: list[dict], strate: str) -> tuple[list[dict], list[dict]]:
    """Mélange chaque strate avec la graine ; la moitié impaire va tour à tour au dev et au test."""
    groupes: dict[str, list[dict]] = defaultdict(list)
    for un in sorted(cas, key=lambda c: c["id"]):
        groupes[STRATES[strate](un)].append(un)
    hasard = random.Random(GRAINE)
    dev: list[dict] = []
    test: list[dict] = []
    surplus_au_dev = True
    for nom in sorted(groupes):
        groupe = groupes[nom]
        hasard.shuffle(groupe)
        moitie = len(groupe) // 2
        if len(groupe) % 2:
            moitie += surplus_au_dev
            surplus_au_dev = not surplus_au_dev
        dev += groupe[:moitie]
        test += groupe[moitie:]
    return sorted(dev, key=lambda c: c["id"]), sorted(test, key=lambda c: c["id"])


def ecrire(chemin: Path, cas: list[dict]) -> None:
    chemin.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cas), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("source", nargs="?", type=Path, help="le jeu complet (JSONL), écrit avant le découpage")
    p.add_argument("prefixe", help="préfixe des fichiers écrits : paraphrases, premiere-phrase")
    p.add_argument("--strate", choices=sorted(STRATES), default="intention")
    p.add_argument("--verifier", action="store_true", help="refaire le tirage sur dev + test et comparer")
    args = p.parse_args(argv)
    chemin_dev = DOSSIER / f"{args.prefixe}-dev.jsonl"
    chemin_test = DOSSIER / f"{args.prefixe}-test.jsonl"
    if args.verifier:
        dev, test = lire(chemin_dev), lire(chemin_test)
        refait = decouper(dev + test, args.strate)
        identique = refait == (dev, test)
        print("découpage retrouvé" if identique else "découpage DIFFÉRENT : les fichiers ont été retouchés")
        return 0 if identique else 1
    if args.source is None:
        p.error("source requise pour découper")
    if chemin_dev.exists() or chemin_test.exists():
        print(f"{chemin_dev.name} existe déjà : on ne redécoupe pas un jeu.", file=sys.stderr)
        return 1
    dev, test = decouper(lire(args.source), args.strate)
    ecrire(chemin_dev, dev)
    ecrire(chemin_test, test)
    print(f"{len(dev)} cas de développement, {len(test)} cas de test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
