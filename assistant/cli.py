"""Ligne de commande `assistant-fsrs` : des sous-commandes minces qui appellent le reste.

Les imports lourds (torch, chromadb, gradio) sont faits dans chaque sous-commande, pour que
`assistant-fsrs models` ou `calcul` démarrent vite.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from assistant.config import Config
from assistant.recherche.fusion import Methode


def _models(args: argparse.Namespace, config: Config) -> int:
    from assistant.modeles import ErreurModele, preparer

    noms = args.noms or ["embeddings", "llm"]
    if config.modele_embeddings and "embeddings" in noms and not args.noms:
        print(f"Modèle d'encodage configuré : {config.modele_embeddings} (rien à assembler).")
        noms.remove("embeddings")
    try:
        preparer(noms, config, forcer=args.forcer)
    except ErreurModele as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    return 0


def _index(args: argparse.Namespace, config: Config) -> int:
    from tqdm import tqdm

    from assistant.recherche.index import construire, revenir

    if args.precedente:
        version = revenir(config)
        print(f"Index revenu à la version {version}." if version else "Aucune version précédente.")
        return 0 if version else 1
    barre: tqdm | None = None

    def progression(fait: int, total: int) -> None:
        nonlocal barre
        barre = barre or tqdm(total=total, desc="Encodage des passages", unit="morceau")
        barre.update(fait - barre.n)

    nom, construit = construire(config, forcer=args.forcer, progression=progression)
    if barre:
        barre.close()
    print(f"Index {'construit' if construit else 'déjà à jour'} : {nom}")
    return 0


def _search(args: argparse.Namespace, config: Config) -> int:
    from assistant.recherche.index import Index, IndexAbsent

    try:
        index = Index(config)
    except IndexAbsent as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    trouves = index.chercher(args.question, k=args.k, methode=args.methode)
    lignes = [{
        "id": t.passage.id, "article": t.passage.article, "locator": t.morceau.locator,
        "score_fusion": round(t.score, 5),
        "score_dense": None if t.score_dense is None else round(t.score_dense, 4),
        "score_lexical": None if t.score_lexical is None else round(t.score_lexical, 4),
        "extrait": t.morceau.citation, "url": t.passage.url,
    } for t in trouves]
    if args.json:
        print(json.dumps(lignes, ensure_ascii=False, indent=2))
        return 0
    for rang, ligne in enumerate(lignes, start=1):
        print(f"{rang}. {ligne['id']} ({ligne['locator']}) score={ligne['score_fusion']} "
              f"dense={ligne['score_dense']} lexical={ligne['score_lexical']}")
        print(f"   {ligne['extrait'][:200]}")
    return 0


def _calcul(args: argparse.Namespace, config: Config) -> int:
    from outils.cli import lancer

    return lancer(args, args.reste)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant-fsrs",
        description="Assistant des fonds de soutien à la réinsertion sociale (FSRS).")
    sous = parser.add_subparsers(dest="commande", required=True, metavar="COMMANDE")

    p = sous.add_parser("models", help="assemble et vérifie les modèles hors ligne")
    p.add_argument("noms", nargs="*", metavar="NOM", help="embeddings, llm (défaut : les deux)")
    p.add_argument("--forcer", action="store_true", help="refaire même si une copie est vérifiée")
    p.set_defaults(action=_models)

    p = sous.add_parser("index", help="construit ou met à jour l'index de recherche")
    p.add_argument("--forcer", action="store_true", help="reconstruire même s'il est à jour")
    p.add_argument("--precedente", action="store_true",
                   help="revenir à la version précédente (gardée à chaque reconstruction)")
    p.set_defaults(action=_index)

    p = sous.add_parser("search", help="cherche les passages les plus proches d'une question")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=5, help="nombre de passages (défaut : 5)")
    p.add_argument("--methode", choices=[m.value for m in Methode], default=Methode.FUSION.value)
    p.add_argument("--json", action="store_true")
    p.set_defaults(action=_search)

    from outils.cli import configurer

    p = sous.add_parser("calcul", help="lance un outil de calcul (--list pour les voir)")
    configurer(p)
    p.set_defaults(action=_calcul)

    for enregistrer in _sous_commandes():
        enregistrer(sous)
    return parser


# Les sous-commandes du moteur, du web et de l'évaluation s'ajoutent ici.
def _sous_commandes() -> list[Callable[[argparse._SubParsersAction], None]]:
    from assistant import cli_avis, cli_bd, cli_conformite, cli_moteur, cli_web
    from evaluations import cli as cli_evaluations

    return [cli_moteur.enregistrer, cli_web.enregistrer, cli_evaluations.enregistrer, cli_bd.enregistrer,
            cli_avis.enregistrer, cli_conformite.enregistrer]


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, reste = parser.parse_known_args(argv)
    if reste and args.commande != "calcul":
        parser.error(f"arguments non reconnus : {' '.join(reste)}")
    args.reste = reste
    try:
        config = Config()
    except ValueError as e:
        print(f"Configuration invalide : {e}", file=sys.stderr)
        return 2
    return args.action(args, config)


if __name__ == "__main__":
    sys.exit(main())
