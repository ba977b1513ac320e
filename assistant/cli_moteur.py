"""Sous-commande `ask` : une question, ou une requête par ligne (`--jsonl`), modèles chargés une fois.

Sans jeton, la question est anonyme (textes et nombres d'ensemble). Avec `--jeton` (ou la variable
ASSISTANT_FSRS_JETON, qui ne reste pas dans l'historique du terminal), elle est posée au nom de cet
utilisateur des registres : le fonds et le rôle viennent du jeton, comme pour l'API.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, TextIO

from pydantic import ValidationError

from assistant.config import Config
from assistant.reponse import Reponse, Requete

if TYPE_CHECKING:
    from corpus.fonds.identite import Identite

VARIABLE_JETON = "ASSISTANT_FSRS_JETON"


def enregistrer(sous: argparse._SubParsersAction) -> None:
    p = sous.add_parser("ask", help="pose une question à l'assistant")
    p.add_argument("question", nargs="?", help="la question, en français")
    p.add_argument("--json", action="store_true", help="affiche la Reponse en JSON")
    p.add_argument("--jsonl", metavar="FICHIER", help="une requête JSON par ligne (« - » : entrée standard)")
    p.add_argument("--backend", choices=["extractive", "local", "openai"], help="backend de rédaction")
    p.add_argument("--jeton", metavar="T", help="jeton d'un utilisateur des registres, pour les questions sur"
                   f" le fonds (défaut : variable {VARIABLE_JETON} ; sans jeton : anonyme)")
    p.set_defaults(action=_ask)


def _moteur(config: Config, backend: str | None):
    from assistant.moteur import Moteur

    if backend:
        config = config.model_copy(update={"backend": backend})
    return Moteur(config)


def _ask(args: argparse.Namespace, config: Config) -> int:
    if args.jsonl is None and args.question is None:
        print("Erreur : donnez une question, ou --jsonl FICHIER.", file=sys.stderr)
        return 2
    from assistant.recherche.index import IndexAbsent

    try:
        moteur = _moteur(config, args.backend)
    except IndexAbsent as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    jeton = args.jeton or os.environ.get(VARIABLE_JETON)
    identite = None  # anonyme
    if jeton:
        from assistant.web.identification import NonIdentifie, identifier_jeton

        try:
            identite = identifier_jeton(jeton, moteur.sessions)
        except NonIdentifie as e:
            print(f"Erreur : {e}", file=sys.stderr)
            return 1
    if args.jsonl is not None:
        flux = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
        with flux:
            repondre_lignes(moteur, flux, sys.stdout, identite)
        return 0
    reponse = _repondre_sans_trace(moteur, Requete(question=args.question), identite)
    print(reponse.model_dump_json() if args.json else afficher(reponse))
    return 2 if reponse.error else 0


def repondre_lignes(moteur, entree: TextIO, sortie: TextIO, identite: Identite | None = None) -> None:
    """Une Reponse par ligne ; une ligne invalide reçoit sa Reponse d'erreur et la suite continue."""
    for numero, ligne in enumerate(entree, start=1):
        if not ligne.strip():
            continue
        try:
            requete = Requete.model_validate_json(ligne)
        except ValidationError as e:
            message = f"Ligne {numero} invalide : {_premiere_erreur(e)}"
            reponse = Reponse(id=_id_brut(ligne), answer=message, error=message, route="invalide")
        else:
            reponse = _repondre_sans_trace(moteur, requete, identite)
        sortie.write(reponse.model_dump_json() + "\n")
        sortie.flush()


def _repondre_sans_trace(moteur, requete: Requete, identite: Identite | None = None) -> Reponse:
    """Une panne imprévue sur une requête devient sa Reponse d'erreur ; les suivantes passent."""
    try:
        if identite is None:  # anonyme : l'identité par défaut du moteur
            return moteur.repondre(requete.question, requete.history, requete.id)
        return moteur.repondre(requete.question, requete.history, requete.id, identite)
    except Exception as e:  # un lot de mille questions ne s'arrête pas pour une panne
        message = f"Erreur interne sur cette requête ({type(e).__name__}) : réessayez ou signalez-la."
        return Reponse(id=requete.id, answer=message, error=message, route="erreur")


def _premiere_erreur(e: ValidationError) -> str:
    detail = e.errors()[0]
    champ = ".".join(str(x) for x in detail["loc"]) or "ligne"
    if detail["type"] == "json_invalid":
        return "ce n'est pas du JSON valide."
    if detail["type"] == "missing":
        return f"le champ « {champ} » manque."
    return f"le champ « {champ} » est invalide."


def _id_brut(ligne: str) -> str | None:
    try:
        valeur = json.loads(ligne)
    except ValueError:
        return None
    return str(valeur.get("id")) if isinstance(valeur, dict) and valeur.get("id") is not None else None


def afficher(reponse: Reponse) -> str:
    """Le texte de la réponse (une réponse sur les registres y porte déjà son tableau, écrit à la
    québécoise), puis les sources."""
    lignes = [reponse.answer]
    if reponse.citations:
        lignes.append("\nSources :")
        lignes += [f"  [{c.locator}] {c.url}" for c in reponse.citations]
    return "\n".join(lignes)
