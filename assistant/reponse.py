"""Le contrat d'échange : une requête (question et historique) et une `Reponse` (DESIGN.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

LONGUEUR_MAX = 2000  # caractères : au-delà, une question n'est plus une question de conseiller


class Message(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class Requete(BaseModel):
    """Une ligne de `--jsonl` ou le corps de `POST /api/ask`."""

    id: str | None = None
    question: str
    history: list[Message] = Field(default_factory=list)


class Citation(BaseModel):
    doc_id: str
    article: str  # numéro nu pour les lois (« 11 »), nom de section pour les ententes
    locator: str  # « art. 11, al. 1 »
    excerpt: str  # texte exact du passage ; « […] » marque un saut
    url: str
    passage_id: str = ""  # id stable du passage cité (en plus du contrat)


class AppelOutil(BaseModel):
    name: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None = None
    error: str | None = None  # message français quand l'entrée a été refusée


class Reponse(BaseModel):
    id: str | None = None
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    tool_calls: list[AppelOutil] = Field(default_factory=list)
    abstained: bool = False
    error: str | None = None
    latency_ms: int = 0
    # Champs ajoutés au contrat : d'où vient la réponse, et si l'on est retombé sur l'extractif.
    backend: str = "extractive"
    fallback: bool = False
    route: str = ""  # calcul, document, donnees, precision, hors_sujet, acces_refuse, invalide
    # Ce qui a été compris : intention, confiance, arguments par outil, reprise du tour précédent.
    comprehension: dict[str, Any] | None = None
    # Les lignes d'une réponse sur les registres du fonds : {"columns": [...], "rows": [[...]]}.
    data: dict[str, Any] | None = None
    # Les mêmes lignes écrites pour l'écran (fr-CA) : {"columns": [...], "rows": [["1 234,50 $", …]]}.
    affichage: dict[str, Any] | None = None
