"""Qui pose la question, pour l'API et pour le chat : jeton, mandataire de confiance, ou anonyme.

Un seul endroit décide de l'identité d'une requête web ; le moteur la reçoit et en tire le fonds
et ce que les registres montrent (jamais de la question). L'ordre est celui de
`corpus.fonds.identite.identite_depuis_requete` :

- `Authorization: Bearer <jeton>` : un jeton inconnu, révoqué ou mal écrit donne 401, sans appel
  au moteur (on ne retombe pas en silence sur l'anonyme : l'utilisateur croirait voir ses registres) ;
- l'en-tête du mandataire inverse (`X-Remote-User`), seulement si la configuration le dit fiable ;
- sinon l'anonyme : documents et nombres d'ensemble du programme.

Le widget intégré est toujours anonyme : sa page ne lit ni n'envoie de jeton, et marque ses requêtes
par l'en-tête `X-Assistant-Fsrs-Canal: widget`, qui fait ignorer tout en-tête d'identité — même celui
qu'un mandataire ajouterait à toutes les requêtes de l'intranet. Cet en-tête ne peut que retirer des
droits : le poser à la main ne donne rien de plus que l'anonyme.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy.orm import Session

from assistant.config import Config
from corpus.fonds.identite import (
    ANONYME,
    ErreurIdentite,
    Identite,
    identite_depuis_requete,
    identite_par_jeton,
)

ENTETE_CANAL = "x-assistant-fsrs-canal"
CANAL_WIDGET = "widget"
SANS_REGISTRES = ("Connexion impossible : les registres des fonds ne sont pas installés sur ce serveur. "
                  "Posez votre question sans jeton (textes et nombres d'ensemble).")
ROLES = {"conseiller": "Conseiller", "paie": "Paie", "membre_ca": "Membre du conseil",
         "fonds_central": "Fonds central", "administrateur": "Administrateur", "public": "Public"}

Sessions = Callable[[], Session]


class NonIdentifie(Exception):
    """L'identité annoncée (jeton, mandataire) ne peut être établie ; message en français, sans le jeton."""


def _refus(erreur: ErreurIdentite) -> NonIdentifie:
    return NonIdentifie(f"Identification refusée : {erreur}. Reconnectez-vous avec un jeton valide, ou "
                        "posez votre question sans jeton (textes et nombres d'ensemble seulement).")


def identifier(entetes: Mapping[str, str], config: Config, sessions: Sessions | None) -> Identite:
    """L'identité d'une requête HTTP d'après ses en-têtes ; `NonIdentifie` si elle en annonce une fausse."""
    entetes = {cle.lower(): valeur for cle, valeur in entetes.items()}
    if entetes.get(ENTETE_CANAL, "").strip().lower() == CANAL_WIDGET:
        return ANONYME
    jeton = entetes.get("authorization", "").strip()
    utilisateur = entetes.get(config.entete_utilisateur.lower(), "").strip()
    if not jeton and not (config.entetes_identite_fiables and utilisateur):
        return ANONYME  # rien à vérifier : la base n'est pas ouverte
    if sessions is None:
        raise NonIdentifie(SANS_REGISTRES)
    with sessions() as session:
        try:
            return identite_depuis_requete(entetes, config, session)
        except ErreurIdentite as erreur:
            raise _refus(erreur) from None


def identifier_jeton(jeton: str, sessions: Sessions | None) -> Identite:
    """L'identité d'un jeton collé dans le chat ou donné à la ligne de commande."""
    if sessions is None:
        raise NonIdentifie(SANS_REGISTRES)
    with sessions() as session:
        try:
            return identite_par_jeton(session, jeton.strip())
        except ErreurIdentite as erreur:
            raise _refus(erreur) from None


def libelle(identite: Identite) -> str:
    """« Conseiller · VDP », « Fonds central · LAH, MTB, VDP » : le rôle et les fonds, sans le nom."""
    role = ROLES.get(identite.role, identite.role.replace("_", " ").capitalize())
    return " · ".join([role, ", ".join(identite.fonds)]) if identite.fonds else role
