"""L'application : FastAPI porte l'API et le widget, la page Gradio est montée sur « / ».

Un seul `Moteur` (modèles chargés une fois) sert les trois entrées ; une seule `Garde`
borne le travail simultané. CORS ne s'applique qu'à `/api/*`, avec exactement les origines
configurées ; la page du widget ne se laisse encadrer que par ces mêmes origines.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import gradio as gr
import structlog
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.config import Config
from assistant.web.api import creer_routes, installer_erreurs, limiteur
from assistant.web.avis import Avis
from assistant.web.bascule import SuiviIndex
from assistant.web.chat import CSS, construire_chat
from assistant.web.fonds import creer_routes_fonds
from assistant.web.garde import Garde
from assistant.web.journal import Journal, configurer as configurer_journal
from assistant.web.protections import EntetesSecurite, LimiteCorps, repondre_json
from assistant.web.rendu import fraicheur
from assistant.web.signature import Signataire, secret

STATIQUE = Path(__file__).parent / "statique"
# Le CSV des tableaux s'écrit dans le navigateur : le même script sert au chat et au widget.
TETE_CHAT = '<script src="/statique/donnees.js" defer></script>'
DESCRIPTION = (
    "API de l'Assistant FSRS : réponses citées sur les fonds de soutien à la réinsertion sociale. "
    "Les erreurs ont la forme `{\"error\": \"message en français\"}`. L'assistant donne de "
    "l'information, pas un avis juridique."
)


class CorsApi:
    """CORS sur `/api/*` seulement : la page Gradio garde ses propres règles.

    Seul l'en-tête `Content-Type` est permis : une page d'une autre origine (l'intranet qui intègre
    le widget) ne peut pas envoyer `Authorization`, et ses questions restent anonymes.
    """

    def __init__(self, app: ASGIApp, origines: list[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(app, allow_origins=origines, allow_methods=["GET", "POST"],
                                   allow_headers=["Content-Type"], max_age=600)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            await self.cors(scope, receive, _refus_cors_en_json(send))
        else:
            await self.app(scope, receive, send)


REFUS_CORS = "Requête CORS refusée : origine, méthode ou en-tête non permis."


def _refus_cors_en_json(send: Send) -> Send:
    """Le refus d'une requête préalable CORS (texte anglais de Starlette) devient `{"error": ...}`."""
    refus = False

    async def envoyer(message: Message) -> None:
        nonlocal refus
        if message["type"] == "http.response.start" and message["status"] == 400:
            entetes = dict(message.get("headers", []))
            if entetes.get(b"content-type", b"").startswith(b"text/plain"):
                refus = True
                await repondre_json(send, 400, REFUS_CORS)
                return
        if refus:
            return
        await send(message)

    return envoyer


def politique_widget(origines: list[str]) -> str:
    """CSP de la page du widget : tout vient du serveur, et seuls ces sites peuvent l'encadrer."""
    ancetres = " ".join(["'self'", *origines])
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors {ancetres}")


def theme() -> gr.themes.Base:
    """Polices du système : aucune police téléchargée, ni de Google ni d'ailleurs."""
    return gr.themes.Default(primary_hue="blue",
                             font=["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
                             font_mono=["ui-monospace", "SFMono-Regular", "Consolas", "monospace"])


def creer_app(moteur: Any, config: Config, suivi: SuiviIndex | None = None,
              prefixe_limites: str = "fsrs") -> FastAPI:
    """Construit l'application complète autour d'un moteur déjà chargé.

    `suivi` surveille les versions de l'index et bascule le moteur sur la nouvelle (par défaut,
    un `SuiviIndex` sur le dossier de la configuration).
    """
    if not structlog.is_configured():
        configurer_journal()
    logging.getLogger("slowapi").setLevel(logging.CRITICAL)  # il écrirait l'adresse IP du client
    garde = Garde(config.max_concurrence)
    avis = Avis(config.chemin_avis, config.avis_retention_jours)
    avis.purger()
    signataire = Signataire(secret(config.donnees))
    limites = limiteur(config, prefixe_limites)
    suivi = suivi or SuiviIndex(moteur, config)
    note = fraicheur(moteur.index.documents)
    app = FastAPI(title="Assistant FSRS", description=DESCRIPTION, version="0.1.0",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.avis = avis
    app.state.garde = garde
    app.state.limiter = limites
    app.state.signataire = signataire
    app.state.suivi = suivi
    installer_erreurs(app)
    # Le dernier ajouté enveloppe les autres : le journal voit tout, même un 413 ou un CORS refusé.
    app.add_middleware(CorsApi, origines=list(config.origines_autorisees))
    app.add_middleware(LimiteCorps, maximum=config.corps_max_octets)
    app.add_middleware(EntetesSecurite)
    app.add_middleware(Journal)
    routes_api = creer_routes(moteur, garde, avis, note, config, limites, signataire, suivi)
    app.include_router(routes_api)
    routes_fonds = creer_routes_fonds(moteur, config, limites)
    app.include_router(routes_fonds)
    csp = politique_widget(list(config.origines_autorisees))
    entetes = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"}

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> FileResponse:
        # Documentation lue dans /api/openapi.json par une page locale : Swagger UI viendrait d'un CDN.
        return FileResponse(STATIQUE / "api-docs.html", headers=entetes)

    @app.get("/api", include_in_schema=False)
    def api_racine() -> RedirectResponse:
        return RedirectResponse("/api/docs")

    @app.get("/widget.js", include_in_schema=False)
    def widget_js() -> FileResponse:
        return FileResponse(STATIQUE / "widget.js", media_type="text/javascript", headers=entetes)

    @app.get("/widget", include_in_schema=False)
    def widget() -> HTMLResponse:
        page = (STATIQUE / "widget.html").read_text(encoding="utf-8")
        return HTMLResponse(page, headers={**entetes, "Content-Security-Policy": csp})

    @app.get("/statique/{nom}", include_in_schema=False)
    def statique(nom: str) -> FileResponse:
        fichiers = {p.name: p for p in STATIQUE.iterdir() if p.is_file()}
        if nom not in fichiers:
            raise StarletteHTTPException(404)
        return FileResponse(fichiers[nom], headers=entetes)

    # Les méthodes de chaque adresse de l'API (le routeur inclus n'expose pas ses routes dans app.routes).
    methodes_api: dict[str, set[str]] = {}
    for route in [*routes_api.routes, *routes_fonds.routes, *app.routes]:
        if getattr(route, "path", "").startswith("/api/"):
            methodes_api.setdefault(route.path, set()).update(getattr(route, "methods", None) or ())

    @app.api_route("/api/{reste:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
                   include_in_schema=False)
    def api_inconnue(reste: str) -> None:
        # Sans cette route, la page Gradio montée sur « / » répondrait (en anglais).
        permises = methodes_api.get(f"/api/{reste}")
        if permises:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(sorted(permises))})
        raise StarletteHTTPException(404)

    demo = construire_chat(moteur, garde, avis, note, signataire, config, suivi)
    # run_history=False : Gradio garderait sinon chaque question et chaque réponse (tableaux des
    # registres compris) dans le localStorage du navigateur ; il efface aussi ce qu'il y avait mis.
    demo.queue(default_concurrency_limit=config.max_concurrence, max_size=64)
    app = gr.mount_gradio_app(app, demo, path="/", theme=theme(), css=CSS, ssr_mode=False,
                              footer_links=["api", "settings"], show_error=not config.production,
                              head=TETE_CHAT, run_history=False)
    for route in app.routes:  # la page Gradio aussi : 404, 405 et 500 en français, sans détail
        if isinstance(route, Mount) and isinstance(route.app, FastAPI):
            installer_erreurs(route.app)
    return app
