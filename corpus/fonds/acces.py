"""Règles d'accès appliquées avant toute lecture : rôle, fonds, journal, petits effectifs.

Chaque fonction de lecture est déclarée avec `@lecture(roles)` : le décorateur vérifie le rôle,
fixe les fonds d'après l'identité (jamais d'après un argument), écrit la lecture au journal
(qui, quand, quelle fonction, quel fonds — jamais le texte d'une question) puis appelle la
fonction avec la liste des identifiants de fonds permis.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.identite import PUBLIC, Identite

SEUIL_EFFECTIF = 5  # FUND-DATA : un agrégat sur moins de 5 personnes n'est pas montré
P = ParamSpec("P")
R = TypeVar("R")


class AccesRefuse(PermissionError):
    """Le rôle ou le fonds de l'identité ne permet pas cette lecture ; le message est en français."""


class Introuvable(LookupError):
    """Ce que la question nomme n'est pas dans les registres du fonds de l'identité (« la personne
    « P-VDP-0999 » ») : on le dit, sans répondre sur autre chose."""


def effectif(n: int) -> int | None:
    """Un nombre de personnes, ou None s'il y en a de 1 à 4 (cellule supprimée)."""
    return None if 0 < n < SEUIL_EFFECTIF else n


def supprimer_petits(groupes: list[dict], cles: tuple[str, ...]) -> list[dict]:
    """Les groupes d'un agrégat (par activité, par statut), chacun compté en `personnes` : un groupe de
    1 à 4 personnes perd ses cellules `cles` et son compte. Suppression complémentaire : une seule
    cellule cachée à côté d'un total montré se retrouverait par différence ; on cache alors aussi le
    plus petit des autres groupes. Un groupe déjà caché (`personnes` à None) compte comme caché."""
    caches = {i for i, g in enumerate(groupes) if g["personnes"] is None or effectif(g["personnes"]) is None}
    montres = sorted((g["personnes"], i) for i, g in enumerate(groupes) if i not in caches and g["personnes"])
    if len(caches) == 1 and montres:
        caches.add(montres[0][1])
    return [{**g, "personnes": None, **dict.fromkeys(cles)} if i in caches else g
            for i, g in enumerate(groupes)]


def journaliser(session: Session, identite: Identite, fonction: str, fonds: list[str], issue: str) -> None:
    # Une session à part : le journal est écrit même si l'appelant annule sa transaction.
    with Session(session.get_bind()) as journal, journal.begin():
        journal.add(
            m.JournalAcces(
                le=datetime.datetime.now(datetime.UTC),
                utilisateur=identite.nom,
                role=identite.role,
                fonction=fonction,
                fonds=",".join(fonds) or "-",
                issue=issue,
            )
        )


def lecture(
    roles: set[str],
) -> Callable[
    [Callable[Concatenate[Identite, Session, list[int], P], R]],
    Callable[Concatenate[Identite, Session, P], R],
]:
    """Déclare une lecture permise aux `roles` ; la fonction reçoit en plus les ids des fonds permis."""

    def decorer(
        fonction: Callable[Concatenate[Identite, Session, list[int], P], R],
    ) -> Callable[Concatenate[Identite, Session, P], R]:
        @functools.wraps(fonction)
        def lire(identite: Identite, session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
            nom = fonction.__name__
            if identite.role not in roles:
                journaliser(session, identite, nom, list(identite.fonds), "refuse")
                raise AccesRefuse(f"le rôle « {identite.role} » ne permet pas cette lecture ({nom})")
            if identite.role == PUBLIC:
                ids = list(session.scalars(select(m.Fonds.id)))
            else:
                ids = list(session.scalars(select(m.Fonds.id).where(m.Fonds.code.in_(identite.fonds))))
                if not ids:
                    journaliser(session, identite, nom, [], "refuse")
                    raise AccesRefuse("aucun fonds n'est rattaché à cette identité")
            journaliser(session, identite, nom, list(identite.fonds) or ["tous"], "lu")
            return fonction(identite, session, ids, *args, **kwargs)

        lire.roles = frozenset(roles)  # type: ignore[attr-defined]
        return lire

    return decorer
