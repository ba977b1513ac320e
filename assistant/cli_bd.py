"""Sous-commande `bd` : migrer la base des fonds, charger l'échantillon, importer et exporter des CSV,
gérer les utilisateurs. Codes de sortie : 0 réussi, 1 erreur de données, 2 usage (argparse)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.config import Config

TABLES = (
    "heures",
    "ligne_paie",
    "demande_aide",
    "decision_aide",
    "pret_personne",
    "remboursement",
    "contrat",
    "cheque",
    "depot",
    "membre_ca",
    "cotisation_fc",
)  # = corpus.fonds.echanges.TABLES (import léger)


def enregistrer(sous: argparse._SubParsersAction) -> None:
    bd = sous.add_parser(
        "bd",
        help="base des registres des fonds : migrer, échantillon, CSV, utilisateurs",
        description="Base des registres des fonds (SQLite par défaut, PostgreSQL par ASSISTANT_FSRS_BD_URL).",
    )
    actions = bd.add_subparsers(dest="action_bd", required=True, metavar="ACTION")

    p = actions.add_parser("migrer", help="crée ou met à jour le schéma (migrations Alembic)")
    p.set_defaults(action=_migrer)

    p = actions.add_parser("echantillon", help="charge l'échantillon fictif (3 fonds, 2025-2026)")
    p.add_argument(
        "--grand", action="store_true", help="18 fonds sur 10 ans (banc d'essai ; plusieurs minutes)"
    )
    p.add_argument("--si-vide", action="store_true", help="ne rien faire si la base contient déjà des fonds")
    p.set_defaults(action=_echantillon)

    p = actions.add_parser("importer", help="importe un fichier CSV dans une table (tout ou rien)")
    p.add_argument("fichier", type=Path, metavar="FICHIER")
    p.add_argument("--table", required=True, choices=TABLES)
    p.add_argument("--fonds", required=True, metavar="CODE", help="code du fonds (ex. VDP)")
    p.add_argument("--essai", action="store_true", help="montre ce qui changerait, sans rien écrire")
    p.set_defaults(action=_importer)

    p = actions.add_parser("exporter", help="exporte une table en CSV (« ; », décimales à virgule)")
    p.add_argument("--table", required=True, choices=TABLES)
    p.add_argument("--fonds", required=True, metavar="CODE")
    p.add_argument(
        "--sortie", type=Path, metavar="FICHIER", help="fichier de sortie (défaut : sortie standard)"
    )
    p.set_defaults(action=_exporter)

    p = actions.add_parser("utilisateurs", help="ajoute ou liste les utilisateurs des registres")
    quoi = p.add_subparsers(dest="quoi", required=True, metavar="ajouter|lister")
    q = quoi.add_parser("ajouter", help="crée un utilisateur et affiche son jeton, une seule fois")
    q.add_argument("nom")
    q.add_argument(
        "--role",
        required=True,
        choices=("conseiller", "paie", "membre_ca", "fonds_central", "administrateur"),
    )
    q.add_argument(
        "--fonds", required=True, action="append", metavar="CODE", help="répétable (Fonds central)"
    )
    q.add_argument("--membre-ca", metavar="CODE", help="code du membre du conseil (ex. CA-VDP-06)")
    q.set_defaults(action=_utilisateur_ajouter)
    q = quoi.add_parser("lister", help="les utilisateurs, leur rôle et leurs fonds")
    q.set_defaults(action=_utilisateurs_lister)


def _moteur(config: Config):
    from corpus.fonds.base import creer_moteur

    return creer_moteur(config.url_bd)


def _erreur(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1


def _migrer(args: argparse.Namespace, config: Config) -> int:
    from sqlalchemy.exc import OperationalError

    from corpus.fonds.base import migrer

    try:
        migrer(_moteur(config))
    except OperationalError as e:
        return _erreur(f"base injoignable : {e.orig}")
    print("Base des fonds à jour.")
    return 0


def _echantillon(args: argparse.Namespace, config: Config) -> int:
    from tqdm import tqdm

    from corpus.fonds.base import migrer
    from corpus.fonds.echantillon import est_vide, generer

    moteur = _moteur(config)
    migrer(moteur)
    if not est_vide(moteur):
        if args.si_vide:
            print("La base contient déjà des fonds : échantillon non chargé.")
            return 0
        return _erreur("la base contient déjà des fonds ; l'échantillon se charge dans une base vide")
    barre = tqdm(desc="Insertion", unit="ligne", disable=not args.grand)
    jetons = generer(moteur, grand=args.grand, progression=lambda _table, n: barre.update(n))
    barre.close()
    print("Échantillon fictif chargé" + (" (grande échelle)." if args.grand else "."))
    if jetons:
        print("Jetons des utilisateurs de démonstration (affichés une seule fois) :")
        for nom, jeton in jetons.items():
            print(f"  {nom:28} {jeton}")
    return 0


def _importer(args: argparse.Namespace, config: Config) -> int:
    from corpus.fonds.echanges import ErreurImport, importer

    if not args.fichier.is_file():
        return _erreur(f"fichier introuvable : {args.fichier}")
    try:
        bilan = importer(
            _moteur(config), args.fichier, args.table, args.fonds, essai=args.essai, progression=True
        )
    except ErreurImport as e:
        for message in e.messages:
            print(message, file=sys.stderr)
        print(f"{len(e.messages)} erreur(s) : rien n'a été importé.", file=sys.stderr)
        return 1
    for ligne in bilan.apercu if args.essai else []:
        print(f"  {ligne}")
    verbe = "serait" if args.essai else "est"
    print(
        f"{args.fichier.name} → {args.table} : {bilan.lues} lignes lues ; {bilan.ajoutees} ajoutée(s),"
        f" {bilan.modifiees} modifiée(s), {bilan.inchangees} inchangée(s)."
        + (f" Essai : rien n'{verbe} écrit." if args.essai else "")
    )
    return 0


def _exporter(args: argparse.Namespace, config: Config) -> int:
    from corpus.fonds.echanges import ErreurImport, exporter

    try:
        texte = exporter(_moteur(config), args.table, args.fonds)
    except ErreurImport as e:
        return _erreur("; ".join(e.messages))
    if args.sortie:
        args.sortie.write_text(texte, encoding="utf-8")
        print(f"{texte.count(chr(10)) - 1} lignes écrites dans {args.sortie}")
    else:
        sys.stdout.write(texte.removeprefix("\ufeff"))
    return 0


def _utilisateur_ajouter(args: argparse.Namespace, config: Config) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from corpus.fonds import modeles as m
    from corpus.fonds.identite import ErreurIdentite, creer_utilisateur

    with Session(_moteur(config)) as session, session.begin():
        membre_id = None
        if args.membre_ca:
            membre_id = session.scalar(select(m.MembreCA.id).where(m.MembreCA.code == args.membre_ca))
            if membre_id is None:
                return _erreur(f"membre du conseil inconnu : « {args.membre_ca} »")
        try:
            jeton = creer_utilisateur(session, args.nom, args.role, args.fonds, membre_ca_id=membre_id)
        except ErreurIdentite as e:
            session.rollback()
            return _erreur(str(e))
    print(f"Utilisateur « {args.nom} » créé ({args.role}, {', '.join(args.fonds)}).")
    print(f"Jeton (affiché une seule fois, à transmettre de façon sûre) : {jeton}")
    return 0


def _utilisateurs_lister(args: argparse.Namespace, config: Config) -> int:
    from sqlalchemy.orm import Session

    from corpus.fonds.identite import lister_utilisateurs

    with Session(_moteur(config)) as session:
        for u in lister_utilisateurs(session):
            print(
                f"{u['nom']:28} {u['role']:15} {','.join(u['fonds']):12}"
                f"{' détenu' if u['detenu'] else ''}{'' if u['actif'] else ' (inactif)'}"
            )
    return 0
