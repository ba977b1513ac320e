"""L'API HTTP : `/api/ask`, `/api/ask/stream` (SSE), `/api/health`, `/api/avis`.

Les routes sont synchrones : FastAPI les exécute dans son groupe de fils, et la `Garde`
limite le nombre de réponses calculées en même temps (modèles partagés, CPU compté).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.reponse import Citation, Reponse, Requete
from assistant.web.avis import Avis
from assistant.web.garde import Garde, Occupe

DESCRIPTION_ASK = (
    "Pose une question (et, pour un suivi, l'historique de la conversation) et rend une `Reponse` : "
    "texte en français, citations exactes (article, extrait, lien LégisQuébec), appels d'outils de "
    "calcul.\n\n**Choix de statut** : une requête mal formée (JSON invalide, champ `question` absent, "
    "mauvais type) reçoit **400** (JSON invalide) ou **422** avec `{\"error\": \"message en français\"}`. "
    "Une question vide, trop longue (plus de 2 000 caractères) ou sans mots est une requête bien "
    "formée : le moteur y répond en **200** avec `error` non nul et une explication dans `answer`. "
    "**503** quand le serveur est saturé depuis trop longtemps."
)


class Erreur(BaseModel):
    error: str


class Sante(BaseModel):
    status: Literal["ok"]
    index: dict[str, Any]
    modele_embeddings: str
    backend: str
    max_concurrence: int
    sources: str


class NouvelAvis(BaseModel):
    """Un vote sur une réponse ; aucune donnée sur la personne qui vote."""

    vote: Literal[1, -1]
    question: str = Field(max_length=4000)
    answer: str = Field(max_length=20000)
    citations: list[Citation] = Field(default_factory=list)
    route: str = ""
    backend: str = ""


def creer_routes(moteur: Any, garde: Garde, avis: Avis, fraicheur: str) -> APIRouter:
    routes = APIRouter(prefix="/api", tags=["assistant"])
    erreurs: dict[int | str, dict[str, Any]] = {
        400: {"model": Erreur, "description": "JSON invalide"},
        422: {"model": Erreur, "description": "Requête invalide (message en français)"},
        503: {"model": Erreur, "description": "Serveur saturé"},
    }

    @routes.post("/ask", response_model=Reponse, summary="Poser une question",
                 description=DESCRIPTION_ASK, responses=erreurs)
    def ask(requete: Requete) -> Reponse:
        with garde.place():
            return moteur.repondre(requete.question, requete.history, requete.id)

    @routes.post("/ask/stream", summary="Poser une question, réponse en flux (SSE)",
                 description="Événements server-sent : `jeton` (texte à ajouter), `remplacer` (remplace "
                 "tout le texte montré : la rédaction du modèle a été refusée par le vérificateur), "
                 "chacun avec `data: {\"texte\": ...}` ; puis `fin` avec la `Reponse` complète en JSON. "
                 "`erreur` avec `{\"error\": ...}` si le serveur est saturé. " + DESCRIPTION_ASK,
                 responses={200: {"content": {"text/event-stream": {}}}, **erreurs})
    def ask_stream(requete: Requete) -> StreamingResponse:
        return StreamingResponse(_flux(moteur, garde, requete), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @routes.get("/health", response_model=Sante, summary="État du service")
    def health() -> Sante:
        index = moteur.index
        return Sante(status="ok",
                     index={"collection": index.nom, "passages": len(index.passages),
                            "morceaux": len(index.morceaux),
                            "documents": [d.doc_id for d in index.documents]},
                     modele_embeddings=Path(moteur.config.chemin_embeddings).name,
                     backend=moteur.redacteur.nom, max_concurrence=garde.places, sources=fraicheur)

    @routes.post("/avis", summary="Donner son avis (👍/👎) sur une réponse", status_code=201,
                 responses=erreurs)
    def donner_avis(nouvel: NouvelAvis) -> dict[str, int]:
        numero = avis.enregistrer(nouvel.vote, nouvel.question, nouvel.answer,
                                  [c.model_dump() for c in nouvel.citations], nouvel.route,
                                  nouvel.backend, canal="widget")
        return {"numero": numero}

    return routes


def _sse(evenement: str, donnees: Any) -> str:
    return f"event: {evenement}\ndata: {json.dumps(donnees, ensure_ascii=False)}\n\n"


def _flux(moteur: Any, garde: Garde, requete: Requete) -> Iterator[str]:
    try:
        with garde.place():
            for ev in moteur.repondre_flux(requete.question, requete.history, requete.id):
                if ev.type == "fin" and ev.reponse is not None:
                    yield _sse("fin", ev.reponse.model_dump(mode="json"))
                else:
                    yield _sse(ev.type, {"texte": ev.texte})
    except Occupe as e:
        yield _sse("erreur", {"error": str(e)})


def message_validation(erreur: RequestValidationError) -> tuple[int, str]:
    """Le premier problème d'une requête, dit en français, et le statut à rendre."""
    details = erreur.errors()
    if not details:
        return 422, "Requête invalide."
    premier = details[0]
    champ = ".".join(str(x) for x in premier.get("loc", ()) if x != "body")
    genre = premier.get("type", "")
    if genre == "json_invalid":
        return 400, "Le corps de la requête n'est pas du JSON valide."
    if genre == "missing":
        if not champ:
            return 422, "Le corps de la requête est vide : envoyez {\"question\": \"...\"} en JSON."
        return 422, f"Le champ « {champ} » est obligatoire."
    if genre.endswith("_type") or genre in ("model_attributes_type", "dict_type"):
        if not champ:
            return 422, "Le corps de la requête doit être un objet JSON : {\"question\": \"...\"}."
        return 422, f"Le champ « {champ} » n'a pas le bon type."
    if genre == "literal_error":
        return 422, f"Le champ « {champ} » n'a pas une valeur permise."
    if genre == "string_too_long":
        return 422, f"Le champ « {champ} » est trop long."
    return 422, f"Le champ « {champ or 'corps'} » est invalide."


MESSAGES_HTTP = {404: "Adresse inconnue.", 405: "Méthode non permise pour cette adresse."}


def installer_erreurs(app: FastAPI) -> None:
    """Réponses d'erreur en français, au format `{"error": "..."}`."""

    @app.exception_handler(RequestValidationError)
    async def _validation(_requete: Request, erreur: RequestValidationError) -> JSONResponse:
        statut, message = message_validation(erreur)
        return JSONResponse({"error": message}, status_code=statut)

    @app.exception_handler(Occupe)
    async def _occupe(_requete: Request, erreur: Occupe) -> JSONResponse:
        return JSONResponse({"error": str(erreur)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_requete: Request, erreur: StarletteHTTPException) -> JSONResponse:
        message = MESSAGES_HTTP.get(erreur.status_code, str(erreur.detail))
        return JSONResponse({"error": message}, status_code=erreur.status_code,
                            headers=getattr(erreur, "headers", None))
