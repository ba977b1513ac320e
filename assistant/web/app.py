"""L'application : FastAPI porte l'API et le widget, la page Gradio est montée sur « / ».

Un seul `Moteur` (modèles chargés une fois) sert les trois entrées ; une seule `Garde`
borne le travail simultané. CORS ne s'applique qu'à `/api/*`, avec exactement les origines
configurées ; la page du widget ne se laisse encadrer que par ces mêmes origines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.config import Config
from assistant.web.api import creer_routes, installer_erreurs
from assistant.web.avis import Avis
from assistant.web.chat import CSS, construire_chat
from assistant.web.garde import Garde
from assistant.web.rendu import fraicheur

STATIQUE = Path(__file__).parent / "statique"
DESCRIPTION = (
    "API de l'Assistant FSRS : réponses citées sur les fonds de soutien à la réinsertion sociale. "
    "Les erreurs ont la forme `{\"error\": \"message en français\"}`. L'assistant donne de "
    "l'information, pas un avis juridique."
)


class CorsApi:
    """CORS sur `/api/*` seulement : la page Gradio garde ses propres règles."""

    def __init__(self, app: ASGIApp, origines: list[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(app, allow_origins=origines, allow_methods=["GET", "POST"],
                                   allow_headers=["Content-Type"], max_age=600)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


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


def creer_app(moteur: Any, config: Config) -> FastAPI:
    """Construit l'application complète autour d'un moteur déjà chargé."""
    garde = Garde(config.max_concurrence)
    avis = Avis(config.chemin_avis)
    note = fraicheur(moteur.index.documents)
    app = FastAPI(title="Assistant FSRS", description=DESCRIPTION, version="0.1.0",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.avis = avis
    app.state.garde = garde
    installer_erreurs(app)
    app.add_middleware(CorsApi, origines=list(config.origines_autorisees))
    app.include_router(creer_routes(moteur, garde, avis, note))
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

    chemins_api = {r.path for r in app.routes if getattr(r, "path", "").startswith("/api/")}

    @app.api_route("/api/{reste:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                   include_in_schema=False)
    def api_inconnue(reste: str) -> None:
        # Sans cette route, la page Gradio montée sur « / » répondrait (en anglais).
        raise StarletteHTTPException(405 if f"/api/{reste}" in chemins_api else 404)

    demo = construire_chat(moteur, garde, avis, note)
    demo.queue(default_concurrency_limit=config.max_concurrence, max_size=64)
    return gr.mount_gradio_app(app, demo, path="/", theme=theme(), css=CSS, ssr_mode=False,
                               footer_links=["api", "settings"], show_error=True)
