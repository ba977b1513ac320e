"""Protections ASGI de toute l'application : taille des corps, en-têtes de sécurité.

La taille d'un corps est refusée tôt : d'après `Content-Length` avant de rien lire, puis en
comptant les octets reçus (corps « chunked » ou longueur mensongère). Un gros corps ne
coûte donc ni mémoire ni temps de calcul aux autres clients.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MESSAGE_TROP_GROS = "La requête est trop volumineuse."


class CorpsTropGros(StarletteHTTPException):
    """Levée pendant la lecture : FastAPI laisse passer les HTTPException telles quelles."""

    def __init__(self) -> None:
        super().__init__(413, MESSAGE_TROP_GROS)


async def repondre_json(send: Send, statut: int, message: str,
                        entetes: list[tuple[bytes, bytes]] | None = None) -> None:
    corps = json.dumps({"error": message}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": statut, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(corps)).encode()),
        *(entetes or [])]})
    await send({"type": "http.response.body", "body": corps})


class LimiteCorps:
    """Au plus `maximum` octets de corps par requête ; au-delà, 413 en français."""

    def __init__(self, app: ASGIApp, maximum: int) -> None:
        self.app = app
        self.maximum = maximum

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        longueur = dict(scope["headers"]).get(b"content-length")
        if longueur is not None:
            if not longueur.strip().isdigit():
                await repondre_json(send, 400, "En-tête Content-Length invalide.")
                return
            if int(longueur) > self.maximum:
                await repondre_json(send, 413, MESSAGE_TROP_GROS, [(b"connection", b"close")])
                return
        recu = 0
        commence = False

        async def recevoir() -> Message:
            nonlocal recu
            message = await receive()
            if message["type"] == "http.request":
                recu += len(message.get("body", b""))
                if recu > self.maximum:
                    raise CorpsTropGros()
            return message

        async def envoyer(message: Message) -> None:
            nonlocal commence
            commence = commence or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, recevoir, envoyer)
        except CorpsTropGros:
            if not commence:
                await repondre_json(send, 413, MESSAGE_TROP_GROS, [(b"connection", b"close")])


class EntetesSecurite:
    """Aucune page ne se laisse encadrer par un autre site, sauf le widget (sa propre CSP)."""

    ENTETES = ((b"content-security-policy", b"frame-ancestors 'self'"),
               (b"x-frame-options", b"SAMEORIGIN"),
               (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"same-origin"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def envoyer(message: Message) -> None:
            if message["type"] == "http.response.start":
                entetes = list(message.get("headers", []))
                presents = {nom.lower() for nom, _ in entetes}
                propre_csp = b"content-security-policy" in presents
                for nom, valeur in self.ENTETES:
                    # Une page qui a sa propre CSP (le widget) garde sa liste d'ancêtres permis.
                    if nom in presents or (propre_csp and nom == b"x-frame-options"):
                        continue
                    entetes.append((nom, valeur))
                message = {**message, "headers": entetes}
            await send(message)

        await self.app(scope, receive, envoyer)
