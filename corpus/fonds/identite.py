"""Qui consulte les registres : jetons d'API hachés, en-têtes d'un mandataire de confiance, ou anonyme.

Le fonds vient toujours de l'identité (la table utilisateur_fonds), jamais d'une question ni d'un
argument d'outil. Les en-têtes d'identité ne sont crus que si la configuration le dit, et ne
nomment qu'un utilisateur : son rôle et ses fonds viennent de la base, pas de l'en-tête.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m

PUBLIC = "public"


class ErreurIdentite(Exception):
    """Un jeton inconnu ou une identité qu'on ne peut établir ; le message est en français."""


@dataclass(frozen=True)
class Identite:
    """Le rôle, les codes de fonds et, pour un membre du conseil détenu, son propre pseudonyme."""

    nom: str
    role: str
    fonds: tuple[str, ...] = ()
    detenu: bool = False
    pseudonyme: str | None = None

    @property
    def anonyme(self) -> bool:
        return self.role == PUBLIC


ANONYME = Identite(nom="anonyme", role=PUBLIC)


class ConfigIdentite(Protocol):
    """Ce que la couche de données lit de la configuration de l'application."""

    entetes_identite_fiables: bool
    entete_utilisateur: str


def empreinte(jeton: str) -> str:
    """SHA-256 suffit : le jeton a 256 bits d'aléa, rien à deviner par force brute."""
    return hashlib.sha256(jeton.encode()).hexdigest()


def creer_utilisateur(
    session: Session, nom: str, role: str, fonds: list[str], *, membre_ca_id: int | None = None
) -> str:
    """Crée l'utilisateur et rend son jeton, qu'on ne montre qu'une fois (seule l'empreinte est gardée)."""
    if role not in m.ROLES:
        raise ErreurIdentite(f"rôle inconnu : « {role} » (rôles : {', '.join(m.ROLES)})")
    ids = dict(session.execute(select(m.Fonds.code, m.Fonds.id).where(m.Fonds.code.in_(fonds))).all())
    inconnus = [code for code in fonds if code not in ids]
    if inconnus or not fonds:
        raise ErreurIdentite(f"fonds inconnu : {', '.join(inconnus) or '(aucun)'}")
    if session.scalar(select(m.Utilisateur.id).where(m.Utilisateur.nom == nom)):
        raise ErreurIdentite(f"l'utilisateur « {nom} » existe déjà")
    detenu = False
    if membre_ca_id is not None:
        membre = session.get(m.MembreCA, membre_ca_id)
        detenu = bool(membre and membre.categorie == "personne_incarceree")
    jeton = secrets.token_hex(32)  # jamais de « - » en tête : `--jeton T` le lirait comme une option
    utilisateur = m.Utilisateur(
        nom=nom,
        role=role,
        empreinte_jeton=empreinte(jeton),
        detenu=detenu,
        membre_ca_id=membre_ca_id,
        actif=True,
    )
    session.add(utilisateur)
    session.flush()
    session.add_all(m.UtilisateurFonds(utilisateur_id=utilisateur.id, fonds_id=ids[c]) for c in fonds)
    session.flush()
    return jeton


def _identite(session: Session, utilisateur: m.Utilisateur) -> Identite:
    codes = session.scalars(
        select(m.Fonds.code)
        .join(m.UtilisateurFonds, m.UtilisateurFonds.fonds_id == m.Fonds.id)
        .where(m.UtilisateurFonds.utilisateur_id == utilisateur.id)
        .order_by(m.Fonds.code)
    )
    pseudonyme = None
    if utilisateur.detenu and utilisateur.membre_ca_id:
        pseudonyme = session.scalar(
            select(m.Participant.pseudonyme)
            .join(m.MembreCA, m.MembreCA.participant_id == m.Participant.id)
            .where(m.MembreCA.id == utilisateur.membre_ca_id)
        )
    return Identite(
        nom=utilisateur.nom,
        role=utilisateur.role,
        fonds=tuple(codes),
        detenu=utilisateur.detenu,
        pseudonyme=pseudonyme,
    )


def identite_par_jeton(session: Session, jeton: str) -> Identite:
    utilisateur = session.scalar(
        select(m.Utilisateur).where(m.Utilisateur.empreinte_jeton == empreinte(jeton), m.Utilisateur.actif)
    )
    if utilisateur is None:
        raise ErreurIdentite("jeton inconnu ou révoqué")
    return _identite(session, utilisateur)


def identite_depuis_requete(entetes: Mapping[str, str], config: ConfigIdentite, session: Session) -> Identite:
    """L'identité d'une requête HTTP : jeton `Authorization: Bearer …`, sinon l'en-tête du mandataire
    (si la configuration le permet), sinon l'anonyme (rôle public)."""
    entetes = {cle.lower(): valeur for cle, valeur in entetes.items()}
    autorisation = entetes.get("authorization", "")
    if autorisation:
        schema, _, jeton = autorisation.partition(" ")
        if schema.lower() != "bearer" or not jeton.strip():
            raise ErreurIdentite("en-tête Authorization attendu sous la forme « Bearer JETON »")
        return identite_par_jeton(session, jeton.strip())
    nom = entetes.get(config.entete_utilisateur.lower(), "").strip()
    if config.entetes_identite_fiables and nom:
        utilisateur = session.scalar(
            select(m.Utilisateur).where(m.Utilisateur.nom == nom, m.Utilisateur.actif)
        )
        if utilisateur is None:
            raise ErreurIdentite(f"utilisateur inconnu du registre : « {nom} »")
        return _identite(session, utilisateur)
    return ANONYME


def lister_utilisateurs(session: Session) -> list[dict[str, object]]:
    """Les utilisateurs, sans empreinte de jeton."""
    rangs = []
    for u in session.scalars(select(m.Utilisateur).order_by(m.Utilisateur.nom)):
        identite = _identite(session, u)
        rangs.append(
            {
                "nom": u.nom,
                "role": u.role,
                "fonds": list(identite.fonds),
                "detenu": u.detenu,
                "actif": u.actif,
            }
        )
    return rangs
