"""Les documents d'un fonds servis à son personnel : la revue de conformité (page HTML ou Markdown)
et le calendrier des échéances (.ics), ce que `assistant-fsrs conformite` et `calendrier` écrivent.

Le fonds vient de l'identité (jeton ou mandataire de confiance), jamais de l'adresse ni des
paramètres ; sans identité : 401 ; rôle non permis : 403 (la lecture refusée est journalisée par
`corpus.fonds.acces.lecture`, comme une lecture permise).
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from slowapi import Limiter

from assistant.config import Config
from assistant.web.api import Refus, identite_de_requete
from corpus.fonds.acces import AccesRefuse
from corpus.fonds.identite import Identite

CONNEXION_REQUISE = ("Connectez-vous : la revue de conformité et le calendrier d'un fonds ne se lisent "
                     "qu'avec l'identité d'un membre de son conseil ou d'un administrateur.")
# Le rapport porte son style et son graphique (data:) ; rien d'autre ne se charge, rien ne l'encadre.
POLITIQUE_RAPPORT = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                     "form-action 'none'; frame-ancestors 'self'")
PRIVE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
Annee = Query(ge=2000, le=2100, description="année revue (ex. 2026)")


def creer_routes_fonds(moteur: Any, config: Config, limites: Limiter) -> APIRouter:
    routes = APIRouter(prefix="/api/fonds", tags=["registres du fonds"])
    erreurs: dict[int | str, dict[str, Any]] = {
        401: {"description": "Sans identité, ou jeton inconnu (message en français)"},
        403: {"description": "Le rôle ne permet pas cette lecture"},
        422: {"description": "Année ou format invalide"},
        429: {"description": "Trop de requêtes de ce client"},
    }

    def identite_requise(request: Request) -> Identite:
        """Celle de /api/ask (401 si elle est fausse ou sans base des registres), mais jamais l'anonyme."""
        identite = identite_de_requete(request, config, moteur)
        if identite.anonyme:
            raise Refus(401, CONNEXION_REQUISE, headers={"WWW-Authenticate": "Bearer"})
        return identite

    def lire(lecture: Any, identite: Identite, **arguments: Any) -> Any:
        with moteur.sessions() as session:
            try:
                return lecture(identite, session, **arguments)
            except AccesRefuse as e:
                raise Refus(403, f"Accès refusé : {e}.") from None

    @routes.get("/conformite", summary="Revue de conformité du fonds pour une année", responses=erreurs,
                response_class=HTMLResponse,
                description="La revue règle par règle des registres du fonds de l'identité (art. 2 à 17 "
                "du règlement S-40.1, r. 3) : page HTML (défaut) ou Markdown. Une échéance pas encore "
                "passée n'est pas un manquement : la revue est faite au jour de la requête, au plus tard "
                "le 31 décembre de l'année.")
    @limites.limit(config.limite_questions)
    def conformite(request: Request, annee: int = Annee,
                   format: Literal["html", "md"] = Query("html", description="html ou md")) -> Response:
        from corpus.fonds.conformite import revue
        from corpus.fonds.rapport_conformite import en_html, en_markdown

        identite = identite_requise(request)
        au = min(moteur.aujourd_hui(), datetime.date(annee, 12, 31))  # l'horloge du moteur
        constats = lire(revue, identite, annee=annee, au=au)
        fonds = list(identite.fonds)
        if format == "md":
            return Response(en_markdown(constats, annee=annee, fonds=fonds, au=au),
                            media_type="text/markdown; charset=utf-8", headers=PRIVE)
        return HTMLResponse(en_html(constats, annee=annee, fonds=fonds, au=au),
                            headers={**PRIVE, "Content-Security-Policy": POLITIQUE_RAPPORT})

    @routes.get("/calendrier.ics", summary="Échéances du fonds pour une année (iCalendar)",
                responses={**erreurs, 200: {"content": {"text/calendar": {}}}},
                description="Programme et budget (art. 2), autorisations du ministre en attente, fins de "
                "contrats, d'ententes et de mandats, cotisation au Fonds central (art. 17) : un "
                "événement d'une journée par échéance, à identifiant stable (une nouvelle importation "
                "met à jour au lieu de doubler).")
    @limites.limit(config.limite_questions)
    def calendrier(request: Request, annee: int = Annee) -> Response:
        from corpus.fonds.calendrier import echeances, en_ics

        identite = identite_requise(request)
        rangs = lire(echeances, identite, annee=annee)
        nom = f"echeances-{'-'.join(identite.fonds)}-{annee}.ics"
        return Response(en_ics(rangs), media_type="text/calendar; charset=utf-8",
                        headers={**PRIVE, "Content-Disposition": f'attachment; filename="{nom}"'})

    return routes
