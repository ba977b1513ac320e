"""Journal JSON des requêtes (structlog) : de quoi exploiter le service, rien sur les personnes.

Une ligne par requête : numéro de requête (aussi rendu dans l'en-tête `X-Request-ID`), route,
méthode, statut, durée, et pour une question le rôle de l'identité, le backend et le repli. Jamais
le texte d'une question, d'un historique, d'un commentaire, ni un jeton, un nom d'utilisateur,
l'adresse du client ou la chaîne de requête.
"""

from __future__ import annotations

import sys
import time
import uuid
from typing import Any, TextIO

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ENTETE_ID = b"x-request-id"
# Ce que les routes peuvent ajouter à la ligne du journal (scope["state"]) ; rien d'autre ne passe.
# Le rôle (« conseiller », « public ») dit qui utilise le service sans dire qui : ni nom ni jeton.
CHAMPS_PERMIS = ("backend", "fallback", "route_moteur", "abstention", "limite", "role")


def configurer(sortie: TextIO | None = None) -> None:
    """Lignes JSON sur `sortie` (défaut : l'erreur standard lue à chaque écriture)."""
    structlog.configure(
        processors=[structlog.processors.add_log_level,
                    structlog.processors.TimeStamper(fmt="iso", utc=True),
                    structlog.processors.JSONRenderer(ensure_ascii=False)],
        logger_factory=_Fabrique(sortie),
        cache_logger_on_first_use=False,
    )


class _Fabrique:
    def __init__(self, sortie: TextIO | None) -> None:
        self.sortie = sortie

    def __call__(self, *_args: Any) -> structlog.PrintLogger:
        return structlog.PrintLogger(self.sortie or sys.stderr)


def journal() -> Any:
    return structlog.get_logger("assistant.web")


def noter(scope: Scope, **champs: Any) -> None:
    """Ajoute des champs permis à la ligne du journal de la requête en cours."""
    etat = scope.setdefault("state", {})
    for cle, valeur in champs.items():
        if cle in CHAMPS_PERMIS:
            etat[f"journal_{cle}"] = valeur


def _route(scope: Scope) -> str:
    """Le gabarit de la route (« /statique/{nom} ») plutôt que le chemin reçu."""
    route = scope.get("route")
    chemin = getattr(route, "path", None) or scope.get("path", "")
    return chemin if len(chemin) <= 100 else chemin[:100] + "…"


class Journal:
    """Intergiciel ASGI : numérote chaque requête et en écrit une ligne à la fin de la réponse."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ident = uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = ident
        debut = time.perf_counter()
        statut = 500
        ecrit = False

        def ecrire() -> None:
            nonlocal ecrit
            if ecrit:
                return
            ecrit = True
            etat = scope.get("state", {})
            extra = {cle: etat[f"journal_{cle}"] for cle in CHAMPS_PERMIS if f"journal_{cle}" in etat}
            journal().info("requete", request_id=ident, methode=scope.get("method"), route=_route(scope),
                           statut=statut, duree_ms=round((time.perf_counter() - debut) * 1000, 1),
                           **extra)

        async def envoyer(message: Message) -> None:
            nonlocal statut
            if message["type"] == "http.response.start":
                statut = message["status"]
                message = {**message, "headers": [*message.get("headers", []),
                                                  (ENTETE_ID, ident.encode())]}
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                ecrire()

        try:
            await self.app(scope, receive, envoyer)
        finally:
            ecrire()
