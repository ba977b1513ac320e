"""Sous-commande `assistant-fsrs evaluate` : un jeu, un ou plusieurs backends, un rapport."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from assistant.config import Config
from evaluations.jeux import DEV, EVALUATION
from evaluations.rapport import DERNIER, RAPPORTS
from evaluations.runner import DATE_REFERENCE

BACKENDS = ("extractive", "local", "openai")


def _backends(texte: str) -> list[str]:
    noms = [n.strip() for n in texte.split(",") if n.strip()]
    inconnus = [n for n in noms if n not in BACKENDS]
    if not noms or inconnus:
        raise argparse.ArgumentTypeError(f"backend inconnu : {', '.join(inconnus) or '(vide)'} "
                                         f"(choix : {', '.join(BACKENDS)}, séparés par des virgules)")
    return list(dict.fromkeys(noms))


def enregistrer(sous: argparse._SubParsersAction) -> None:
    p = sous.add_parser("evaluate", help="évalue l'assistant sur un jeu de données et écrit un rapport")
    p.add_argument("--dataset", type=Path, default=EVALUATION, metavar="FICHIER",
                   help="jeu JSONL (défaut : evaluations/datasets/evaluation.jsonl)")
    p.add_argument("--backend", type=_backends, default=["extractive"], metavar="B[,B…]",
                   help="backends à comparer, séparés par des virgules (défaut : extractive)")
    p.add_argument("--limite", type=int, metavar="N", help="seulement les N premiers cas")
    p.add_argument("--sortie", type=Path, default=RAPPORTS, metavar="DOSSIER",
                   help=f"dossier des rapports (défaut : evaluations/rapports ; copie dans {DERNIER}/)")
    p.add_argument("--dev", type=Path, default=DEV, metavar="FICHIER",
                   help="jeu de recherche seule {id, question, gold} (défaut : recherche-dev.jsonl)")
    p.add_argument("--sans-reference", action="store_true",
                   help="ne pas construire la référence LangChain (gagne ~45 s)")
    p.add_argument("--date", type=datetime.date.fromisoformat, default=DATE_REFERENCE,
                   help=f"date du jour imposée au moteur (défaut : {DATE_REFERENCE.isoformat()})")
    p.set_defaults(action=_evaluate)


def _evaluate(args: argparse.Namespace, config: Config) -> int:
    from tqdm import tqdm

    from assistant.backends import creer
    from assistant.moteur import Moteur
    from assistant.recherche.index import Index, IndexAbsent
    from evaluations.jeux import JeuInvalide, charger, charger_recherche
    from evaluations.rapport import ecrire, tableau
    from evaluations.runner import evaluer

    try:
        cas = charger(args.dataset, args.limite)
        dev = charger_recherche(args.dev) if args.dev else []
    except (OSError, JeuInvalide) as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 2
    try:
        index = Index(config)
    except IndexAbsent as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    moteurs, indisponibles = {}, {}
    for nom in args.backend:
        try:
            redacteur = creer(config, nom)
        except Exception as e:  # un backend absent ne doit pas empêcher de mesurer les autres
            indisponibles[nom] = f"{type(e).__name__} : {e}"
            print(f"Backend {nom} indisponible : {indisponibles[nom]}", file=sys.stderr)
            continue
        moteurs[nom] = Moteur(config, index=index, redacteur=redacteur, aujourd_hui=lambda: args.date)
    if not moteurs:
        print("Erreur : aucun backend disponible.", file=sys.stderr)
        return 1

    barres: dict[str, tqdm] = {}

    def progression(nom: str, fait: int, total: int) -> None:
        if nom not in barres:
            barres[nom] = tqdm(total=total, desc=f"Évaluation {nom}", unit="cas")
        barre = barres[nom]
        barre.update(fait - barre.n)
        if fait == total:
            barre.close()

    resume, resultats = evaluer(cas, moteurs, index, dev=dev, avec_reference=not args.sans_reference,
                                indisponibles=indisponibles, jeu=args.dataset.name,
                                date_reference=args.date, progression=progression)
    dossier = ecrire(resume, resultats, args.sortie)
    print(tableau(resume))
    print(f"\nRapport : {dossier / 'rapport.md'} (copié dans {args.sortie / DERNIER})")
    return 0
