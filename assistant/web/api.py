"""L'API HTTP : `/api/ask`, `/api/ask/stream` (SSE), `/api/health`, `/api/avis`.

Les routes sont synchrones : FastAPI les exécute dans son groupe de fils, et la `Garde`
limite le nombre de réponses calculées en même temps (modèles partagés, CPU compté).
Les entrées sont nettoyées et bornées (`entrees`), le débit par client est limité (slowapi),
chaque réponse porte un numéro signé auquel un avis doit se référer. L'identité de la requête
(`identification`) est établie avant tout appel au moteur : un jeton faux reçoit 401.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field
from slowapi import Limiter
from slowapi.errors import RateLimitExceeded
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.config import Config
from assistant.reponse import Message, Reponse
from assistant.web.avis import Avis
from assistant.web.entrees import modele_avis, modele_requete
from assistant.web.garde import Garde, Occupe
from assistant.web.identification import NonIdentifie, identifier
from assistant.web.journal import journal, noter
from assistant.web.signature import Signataire
from corpus.fonds.identite import Identite

DESCRIPTION_ASK = (
    "Pose une question (et, pour un suivi, l'historique de la conversation) et rend une `Reponse` : "
    "texte en français, citations exactes (article, extrait, lien LégisQuébec), appels d'outils de "
    "calcul, et `reponse_id`, le numéro signé à renvoyer avec un avis.\n\n**Choix de statut** : une "
    "requête mal formée reçoit **400** (JSON invalide), **413** (corps trop gros) ou **422** (champ "
    "absent, vide, de mauvais type ou au-delà des bornes : question, nombre de messages de "
    "l'historique, taille d'un message) avec `{\"error\": \"message en français\"}`. Les caractères de "
    "contrôle et les demi-paires de substitution isolées sont retirés. Une question sans mots reçoit "
    "**200** avec `error` non nul et une explication dans `answer`. **429** (avec `Retry-After`) "
    "au-delà du débit permis par client ; **503** quand le serveur est saturé ou l'index absent.\n\n"
    "**Identité** : sans en-tête, la question est anonyme (textes et nombres d'ensemble du programme). "
    "Le personnel d'un fonds envoie `Authorization: Bearer <jeton>` (jeton créé par `assistant-fsrs bd "
    "utilisateurs ajouter`) : le fonds et le rôle viennent du jeton, jamais de la question. Un jeton "
    "inconnu, révoqué ou mal écrit reçoit **401** (`WWW-Authenticate: Bearer`) sans que la question "
    "soit traitée. Derrière un mandataire de confiance (`ASSISTANT_FSRS_ENTETES_IDENTITE_FIABLES`), "
    "l'en-tête `X-Remote-User` nomme l'utilisateur. Une question sur les registres rend `route` "
    "« donnees » et les lignes dans `data` ; un accès refusé rend `route` « acces_refuse », "
    "`abstained` vrai et `error` en français."
)
DESCRIPTION_DATA = (
    "Les lignes d'une réponse sur les registres du fonds (`route` « donnees »), sinon null. `columns` : "
    "les en-têtes ; `rows` : une liste par ligne, dans l'ordre des colonnes. Montants en texte décimal "
    "exact (« 1234.50 »), dates ISO (« 2026-03-03 »), entiers, booléens, null pour une cellule "
    "supprimée (compte de moins de 5 personnes). Aucun modèle de langue ne voit ces lignes."
)
DESCRIPTION_AFFICHAGE = (
    "Les cellules de `data` écrites pour l'écran (fr-CA), comme le tableau du texte de `answer` : "
    "« 1 234,50 $ », « 3 mars 2026 », « 1 234 », « oui », « — » pour une cellule supprimée."
)


class Erreur(BaseModel):
    error: str


class Donnees(BaseModel):
    """Les lignes brutes d'une réponse sur les registres du fonds."""

    columns: list[str]
    rows: list[list[str | bool | int | float | None]]


class Affichage(BaseModel):
    """Les mêmes lignes, chaque cellule écrite à la québécoise."""

    columns: list[str]
    rows: list[list[str]]


class ReponseWeb(Reponse):
    data: Donnees | None = Field(None, description=DESCRIPTION_DATA)  # type: ignore[assignment]
    affichage: Affichage | None = Field(None, description=DESCRIPTION_AFFICHAGE)
    reponse_id: str | None = None  # numéro signé de la réponse, pour l'avis


class Sante(BaseModel):
    status: Literal["ok", "degrade"]
    pret: bool
    index: dict[str, Any]
    modele_embeddings: str
    backend: str
    modele_langue: str
    max_concurrence: int
    sources: str


class AvisRecu(BaseModel):
    numero: int


class Refus(StarletteHTTPException):
    """Un refus dont le message, en français, est écrit ici et peut être montré tel quel."""


class IndexIndisponible(RuntimeError):
    """L'index est absent ou en cours de reconstruction : on le dit, sans 500."""


def limiteur(config: Config, prefixe: str = "fsrs") -> Limiter:
    """Compteurs par client (adresse IP) ; en mémoire, ou dans Redis pour plusieurs processus."""
    from slowapi.util import get_remote_address

    return Limiter(key_func=get_remote_address, storage_uri=config.limites_stockage, key_prefix=prefixe,
                   in_memory_fallback_enabled=True, swallow_errors=True)


def _reponse_web(reponse: Reponse, signataire: Signataire) -> ReponseWeb:
    return ReponseWeb(**reponse.model_dump(),
                      reponse_id=None if reponse.error else signataire.pour(reponse))


# Pour la documentation OpenAPI seulement : l'en-tête est lu par `identification`, qui le vérifie.
PORTEUR = HTTPBearer(auto_error=False, scheme_name="jeton", bearerFormat="jeton opaque",
                     description="Jeton d'un utilisateur des registres (facultatif : sans lui, la "
                                 "question est anonyme).")
# Une liste de sécurité où figure {} : le jeton est facultatif.
SECURITE_FACULTATIVE: dict[str, Any] = {"security": [{}]}


def identite_de_requete(request: Request, config: Config, moteur: Any) -> Identite:
    """L'identité de la requête, avant tout travail du moteur ; 401 si elle est fausse."""
    try:
        identite = identifier(request.headers, config, getattr(moteur, "sessions", None))
    except NonIdentifie as e:
        raise Refus(401, str(e), headers={"WWW-Authenticate": "Bearer"}) from None
    noter(request.scope, role=identite.role)
    return identite


def _historique(messages: list[Any]) -> list[Message]:
    return [Message(role=m.role, content=m.content) for m in messages]


def creer_routes(moteur: Any, garde: Garde, avis: Avis, fraicheur: str, config: Config,
                 limites: Limiter, signataire: Signataire, suivi: Any = None) -> APIRouter:
    routes = APIRouter(prefix="/api", tags=["assistant"])
    RequeteBornee = modele_requete(config)
    AvisBorne = modele_avis(config)
    erreurs: dict[int | str, dict[str, Any]] = {
        400: {"model": Erreur, "description": "JSON invalide"},
        401: {"model": Erreur, "description": "Jeton inconnu, révoqué ou mal écrit (message en français)"},
        413: {"model": Erreur, "description": "Corps de requête trop gros"},
        422: {"model": Erreur, "description": "Requête invalide (message en français)"},
        429: {"model": Erreur, "description": "Trop de requêtes de ce client (voir Retry-After)"},
        503: {"model": Erreur, "description": "Serveur saturé ou index indisponible"},
    }

    def preparer() -> None:
        if suivi is not None:
            suivi.verifier()  # bascule sur un index reconstruit, entre deux requêtes
        if getattr(moteur, "index", None) is None:
            raise IndexIndisponible("L'index de recherche n'est pas prêt (absent ou en reconstruction) :"
                                    " réessayez dans un instant.")

    def qui(request: Request) -> Identite:
        return identite_de_requete(request, config, moteur)

    @routes.post("/ask", response_model=ReponseWeb, summary="Poser une question",
                 description=DESCRIPTION_ASK, responses=erreurs, dependencies=[Security(PORTEUR)],
                 openapi_extra=SECURITE_FACULTATIVE)
    @limites.limit(config.limite_questions)
    def ask(request: Request, requete: RequeteBornee) -> ReponseWeb:  # type: ignore[valid-type]
        identite = qui(request)
        preparer()
        with garde.place():
            reponse = moteur.repondre(requete.question, _historique(requete.history), requete.id, identite)
        noter(request.scope, backend=reponse.backend, fallback=reponse.fallback, route_moteur=reponse.route)
        return _reponse_web(reponse, signataire)

    @routes.post("/ask/stream", summary="Poser une question, réponse en flux (SSE)",
                 description="Événements server-sent : `jeton` (texte à ajouter), `remplacer` (remplace "
                 "tout le texte montré : la rédaction du modèle a été refusée par le vérificateur), "
                 "chacun avec `data: {\"texte\": ...}` ; puis `fin` avec la `Reponse` complète en JSON "
                 "(avec `reponse_id`). `erreur` avec `{\"error\": ...}` si le serveur est saturé. "
                 + DESCRIPTION_ASK,
                 responses={200: {"content": {"text/event-stream": {}}}, **erreurs},
                 dependencies=[Security(PORTEUR)], openapi_extra=SECURITE_FACULTATIVE)
    @limites.limit(config.limite_questions)
    def ask_stream(request: Request, requete: RequeteBornee) -> StreamingResponse:  # type: ignore[valid-type]
        identite = qui(request)
        preparer()
        return StreamingResponse(_flux(moteur, garde, requete, signataire, request, identite),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @routes.get("/health", response_model=Sante, summary="État du service")
    def health() -> Sante:
        if suivi is not None:
            suivi.verifier()
        index = getattr(moteur, "index", None)
        etat_index = suivi.etat() if suivi is not None else {}
        if index is not None:
            etat_index = {"collection": index.nom, "passages": len(index.passages),
                          "morceaux": len(index.morceaux),
                          "documents": [d.doc_id for d in index.documents],
                          "version": getattr(index, "version", index.nom),
                          "empreinte": getattr(index, "empreinte", index.nom.removeprefix("fsrs-")),
                          **etat_index}
        pret = index is not None and etat_index.get("pret", True)
        etat_modele = getattr(moteur.redacteur, "etat", None)
        modele = etat_modele() if callable(etat_modele) else "sans objet (backend extractif)"
        degrade = not pret or modele.startswith("réponses sans modèle")
        return Sante(status="degrade" if degrade else "ok", pret=pret, index=etat_index,
                     modele_embeddings=Path(moteur.config.chemin_embeddings).name,
                     backend=moteur.redacteur.nom, modele_langue=modele, max_concurrence=garde.places,
                     sources=fraicheur)

    @routes.post("/avis", summary="Donner son avis (👍/👎) sur une réponse", status_code=201,
                 response_model=AvisRecu, responses=erreurs,
                 description="`reponse_id` est le numéro signé reçu avec la réponse. Un commentaire "
                 f"facultatif (au plus {config.avis_commentaire_max} caractères) ; la question n'est "
                 "gardée que si `partager_question` est vrai. Un second avis sur la même réponse remplace "
                 "le premier.")
    @limites.limit(config.limite_avis)
    def donner_avis(request: Request, nouvel: AvisBorne) -> AvisRecu:  # type: ignore[valid-type]
        contenu = signataire.lire(nouvel.reponse_id, config.avis_retention_jours * 24 * 60)
        if contenu is None:
            raise Refus(422, "Le numéro de réponse est inconnu ou expiré.")
        question = nouvel.question if nouvel.partager_question else None
        numero = avis.enregistrer(contenu, nouvel.vote, nouvel.commentaire, question, canal="widget")
        return AvisRecu(numero=numero)

    return routes


def _sse(evenement: str, donnees: Any) -> str:
    return f"event: {evenement}\ndata: {json.dumps(donnees, ensure_ascii=False)}\n\n"


def _flux(moteur: Any, garde: Garde, requete: Any, signataire: Signataire,
          request: Request, identite: Identite) -> Iterator[str]:
    try:
        with garde.place():
            for ev in moteur.repondre_flux(requete.question, _historique(requete.history), requete.id,
                                           identite):
                if ev.type == "fin" and ev.reponse is not None:
                    noter(request.scope, backend=ev.reponse.backend, fallback=ev.reponse.fallback,
                          route_moteur=ev.reponse.route)
                    yield _sse("fin", _reponse_web(ev.reponse, signataire).model_dump(mode="json"))
                else:
                    yield _sse(ev.type, {"texte": ev.texte})
    except Occupe as e:
        yield _sse("erreur", {"error": str(e)})
    except Exception as e:  # l'en-tête 200 est parti : l'erreur se dit dans le flux
        journal().error("erreur_flux", request_id=request.scope.get("state", {}).get("request_id"),
                        type=type(e).__name__)
        yield _sse("erreur", {"error": ERREUR_INTERNE})


def message_validation(erreur: RequestValidationError) -> tuple[int, str]:
    """Le premier problème d'une requête, dit en français, et le statut à rendre."""
    details = erreur.errors()
    if not details:
        return 422, "Requête invalide."
    premier = details[0]
    enveloppes = ("body", "query", "requete", "nouvel")  # pas des noms de champs pour l'utilisateur
    champ = ".".join(str(x) for x in premier.get("loc", ()) if x not in enveloppes)
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
    if genre in ("string_too_long", "too_long"):
        limite = (premier.get("ctx") or {}).get("max_length")
        unite = "messages" if genre == "too_long" else "caractères"
        borne = f" (au plus {limite} {unite})" if limite is not None else ""
        return 422, f"Le champ « {champ} » est trop long{borne}."
    if genre in ("string_too_short", "value_error") and champ == "question":
        return 422, "La question est vide : écrivez votre question en français."
    return 422, f"Le champ « {champ or 'corps'} » est invalide."


MESSAGES_HTTP = {400: "Le corps de la requête n'est pas valide.", 404: "Adresse inconnue.",
                 405: "Méthode non permise pour cette adresse.",
                 413: "La requête est trop volumineuse."}
ERREUR_INTERNE = "Erreur interne du serveur : réessayez plus tard."


def _retry_after(requete: Request, erreur: RateLimitExceeded) -> int:
    """Secondes avant qu'une place se libère dans la fenêtre du client."""
    import time

    try:
        limite, cles = requete.state.view_rate_limit
        reinit, _ = requete.app.state.limiter.limiter.get_window_stats(limite, *cles)
        return max(1, int(reinit - time.time()) + 1)
    except Exception:  # stockage injoignable : la durée de la fenêtre, prudente
        return int(erreur.limit.limit.get_expiry())


def installer_erreurs(app: FastAPI) -> None:
    """Réponses d'erreur en français, au format `{"error": "..."}`, sans détail interne."""

    @app.exception_handler(RequestValidationError)
    async def _validation(_requete: Request, erreur: RequestValidationError) -> JSONResponse:
        statut, message = message_validation(erreur)
        return JSONResponse({"error": message}, status_code=statut)

    @app.exception_handler(Occupe)
    async def _occupe(_requete: Request, erreur: Occupe) -> JSONResponse:
        return JSONResponse({"error": str(erreur)}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(IndexIndisponible)
    async def _index(_requete: Request, erreur: IndexIndisponible) -> JSONResponse:
        return JSONResponse({"error": str(erreur)}, status_code=503, headers={"Retry-After": "10"})

    @app.exception_handler(RateLimitExceeded)
    async def _debit(requete: Request, erreur: RateLimitExceeded) -> JSONResponse:
        noter(requete.scope, limite=True)
        return JSONResponse({"error": "Trop de requêtes : réessayez dans un instant."}, status_code=429,
                            headers={"Retry-After": str(_retry_after(requete, erreur))})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_requete: Request, erreur: StarletteHTTPException) -> JSONResponse:
        # Nos propres messages sont en français ; un détail anglais de Starlette ne sort pas.
        message = str(erreur.detail) if isinstance(erreur, Refus) else \
            MESSAGES_HTTP.get(erreur.status_code, "Requête refusée.")
        return JSONResponse({"error": message}, status_code=erreur.status_code,
                            headers=getattr(erreur, "headers", None))

    @app.exception_handler(Exception)
    async def _interne(requete: Request, erreur: Exception) -> JSONResponse:
        journal().error("erreur_interne", request_id=requete.scope.get("state", {}).get("request_id"),
                        type=type(erreur).__name__)
        return JSONResponse({"error": ERREUR_INTERNE}, status_code=500)
