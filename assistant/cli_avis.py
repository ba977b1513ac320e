"""Sous-commande `avis` : `assistant-fsrs avis purger` efface les avis plus vieux que la conservation."""

from __future__ import annotations

import argparse

from assistant.config import Config


def enregistrer(sous: argparse._SubParsersAction) -> None:
    p = sous.add_parser("avis", help="gère les avis 👍/👎 des utilisateurs")
    actions = p.add_subparsers(dest="action_avis", required=True, metavar="ACTION")
    purger = actions.add_parser("purger", help="efface les avis plus vieux que la durée de conservation")
    purger.add_argument("--jours", type=int, help="durée de conservation (défaut : configuration, 180)")
    purger.set_defaults(action=_purger)


def _purger(args: argparse.Namespace, config: Config) -> int:
    from assistant.web.avis import Avis

    jours = args.jours or config.avis_retention_jours
    effaces = Avis(config.chemin_avis, retention_jours=jours).purger()
    print(f"{effaces} avis de plus de {jours} jours effacés ({config.chemin_avis}).")
    return 0
