"""Sous-commandes `conformite` (revue de l'année, rapport Markdown ou HTML) et `calendrier` (échéances,
fichier .ics). Le fonds vient de l'identité : jeton (--jeton, ou ASSISTANT_FSRS_JETON pour ne pas le
laisser dans l'historique) ou nom d'utilisateur (--utilisateur, pour l'exploitant qui a déjà accès à
la base) ; rôle et fonds sont lus dans la base, jamais sur la ligne de commande."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Config

SANS_CONSTAT, ERREUR, CONSTATS = 0, 1, 3
VARIABLE_JETON = "ASSISTANT_FSRS_JETON"
CODES_CONFORMITE = (
    "Codes de sortie : 0 aucun constat ; 1 erreur (identité, accès refusé, base) ; 2 usage ;"
    " 3 au moins un constat (manquement ou point à vérifier)."
)


def enregistrer(sous: argparse._SubParsersAction) -> None:
    p = sous.add_parser(
        "conformite",
        help="revue de conformité d'un fonds pour une année (règlement S-40.1, r. 3)",
        description="Vérifie les registres du fonds de l'identité, règle par règle, et écrit le rapport."
        " Réservé aux membres du conseil et aux administrateurs ; le Fonds central ne reçoit que les"
        " constats sans renseignement personnel (art. 2, 8 et 17).",
        epilog=CODES_CONFORMITE,
    )
    p.add_argument("--annee", type=int, required=True, help="année revue (ex. 2026)")
    _identite(p)
    p.add_argument(
        "--sortie", type=Path, metavar="DOSSIER", help="dossier du rapport (défaut : sortie standard)"
    )
    p.add_argument("--format", choices=("md", "html"), default="md", help="Markdown (défaut) ou page HTML")
    p.add_argument(
        "--au",
        type=datetime.date.fromisoformat,
        metavar="AAAA-MM-JJ",
        help="jour de la revue (défaut : aujourd'hui, au plus tard le 31 décembre de l'année)",
    )
    p.set_defaults(action=_conformite)

    p = sous.add_parser(
        "calendrier",
        help="échéances d'un fonds pour une année, et fichier .ics",
        description="Échéances de l'année : programme et budget (art. 2), autorisations du ministre en"
        " attente, fins de contrats, d'ententes et de mandats, cotisation au Fonds central (art. 17).",
        epilog="Codes de sortie : 0 réussi ; 1 erreur (identité, accès refusé, base) ; 2 usage.",
    )
    p.add_argument("--annee", type=int, required=True, help="année du calendrier (ex. 2026)")
    _identite(p)
    p.add_argument("--ics", type=Path, metavar="FICHIER", help="écrit aussi le calendrier iCalendar (.ics)")
    p.set_defaults(action=_calendrier)


def _identite(p: argparse.ArgumentParser) -> None:
    qui = p.add_mutually_exclusive_group()
    qui.add_argument("--jeton", metavar="T", help=f"jeton d'API (défaut : variable {VARIABLE_JETON})")
    qui.add_argument("--utilisateur", metavar="NOM", help="nom d'un utilisateur des registres")


@dataclass(frozen=True)
class _Exploitant:
    """Qui lance la commande a déjà la base : il nomme l'utilisateur comme le ferait le mandataire de
    confiance de l'intranet (identite_depuis_requete), et l'identité vient de la base."""

    entete_utilisateur: str = "x-utilisateur"
    entetes_identite_fiables: bool = True


def _erreur(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return ERREUR


def _ouvrir(args: argparse.Namespace, config: Config):
    """La session et l'identité, ou un message d'erreur."""
    from sqlalchemy.orm import Session

    from corpus.fonds.base import creer_moteur, est_migree
    from corpus.fonds.identite import identite_depuis_requete, identite_par_jeton

    moteur = creer_moteur(config.url_bd)
    if not est_migree(moteur):
        return None, None, "base des fonds absente ou non migrée (assistant-fsrs bd migrer)"
    session = Session(moteur)
    jeton = args.jeton or (None if args.utilisateur else os.environ.get(VARIABLE_JETON))
    if jeton:
        return session, lambda: identite_par_jeton(session, jeton), None
    if args.utilisateur:
        exploitant = _Exploitant()
        return (
            session,
            lambda: identite_depuis_requete(
                {exploitant.entete_utilisateur: args.utilisateur}, exploitant, session
            ),
            None,
        )
    session.close()
    return None, None, f"identité requise : --jeton, --utilisateur ou la variable {VARIABLE_JETON}"


def _conformite(args: argparse.Namespace, config: Config) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from corpus.fonds.acces import AccesRefuse
    from corpus.fonds.conformite import revue
    from corpus.fonds.identite import ErreurIdentite
    from corpus.fonds.rapport_conformite import ecrire, en_html, en_markdown

    session, identite_de, message = _ouvrir(args, config)
    if session is None:
        return _erreur(message)
    au = args.au or min(datetime.date.today(), datetime.date(args.annee, 12, 31))
    try:
        with session:
            identite = identite_de()
            constats = revue(identite, session, annee=args.annee, au=au)
    except (ErreurIdentite, AccesRefuse) as e:
        return _erreur(str(e))
    except SQLAlchemyError as e:
        return _erreur(f"base des fonds : {e}")
    fonds = list(identite.fonds)
    if args.sortie:
        chemin = ecrire(
            constats, annee=args.annee, fonds=fonds, au=au, dossier=args.sortie, format=args.format
        )
        print(f"{len(constats)} constat(s) ; rapport écrit dans {chemin}")
    else:
        rendu = en_html if args.format == "html" else en_markdown
        sys.stdout.write(rendu(constats, annee=args.annee, fonds=fonds, au=au))
    return CONSTATS if constats else SANS_CONSTAT


def _calendrier(args: argparse.Namespace, config: Config) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from corpus.fonds.acces import AccesRefuse
    from corpus.fonds.calendrier import echeances, en_ics
    from corpus.fonds.identite import ErreurIdentite
    from outils.dates import format_date

    session, identite_de, message = _ouvrir(args, config)
    if session is None:
        return _erreur(message)
    try:
        with session:
            rangs = echeances(identite_de(), session, annee=args.annee)
    except (ErreurIdentite, AccesRefuse) as e:
        return _erreur(str(e))
    except SQLAlchemyError as e:
        return _erreur(f"base des fonds : {e}")
    print(f"{'Date':<20} {'Fonds':<6} {'Article':<32} Échéance")
    print(f"{'-' * 20} {'-' * 6} {'-' * 32} {'-' * 40}")
    for e in rangs:
        print(f"{format_date(e.date):<20} {e.fonds:<6} {e.article:<32} {e.quoi}")
        print(f"{'':<61}{e.detail}")
    if args.ics:
        args.ics.parent.mkdir(parents=True, exist_ok=True)
        args.ics.write_bytes(en_ics(rangs))
        print(f"{len(rangs)} échéance(s) écrite(s) dans {args.ics}")
    return 0
