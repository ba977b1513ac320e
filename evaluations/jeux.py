"""Lecture et validation des jeux de données (JSONL) : une ligne fautive est signalée par son numéro."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.reponse import Message

DOSSIER = Path(__file__).parent / "datasets"
EVALUATION = DOSSIER / "evaluation.jsonl"
DEV = DOSSIER / "recherche-dev.jsonl"
MINI = DOSSIER / "mini.jsonl"

T = TypeVar("T", bound=BaseModel)

Categorie = Literal["document", "calcul", "suivi", "hors_sujet", "invalide", "injection", "clarification"]
CATEGORIES: tuple[str, ...] = ("document", "calcul", "suivi", "hors_sujet", "invalide", "injection",
                               "clarification")
# Catégories où l'assistant doit répondre : s'y abstenir est une erreur, même sans attente écrite.
A_REPONDRE = frozenset({"document", "calcul", "suivi"})


class JeuInvalide(ValueError):
    """Un fichier de jeu de données ne suit pas le format attendu."""


class PremierePhrase(BaseModel):
    """Ce que la première phrase d'une réponse doit dire : oui, non, sous condition, un nombre, une liste."""

    model_config = ConfigDict(extra="forbid")

    sens: Literal["oui", "non", "condition", "nombre", "liste", "precision"]
    contient: list[str] = Field(default_factory=list)  # mots ou montants attendus (sans accents ni casse)


class Attendu(BaseModel):
    """Ce qu'une bonne réponse doit contenir ; un champ absent ne s'applique pas au cas."""

    model_config = ConfigDict(extra="forbid")

    passages: list[str] = Field(default_factory=list)
    montants: list[str] = Field(default_factory=list)  # chaînes décimales : « 116.20 »
    outil: str | None = None
    abstention: bool | None = None
    interdits: list[str] = Field(default_factory=list)
    contient: list[str] = Field(default_factory=list)
    erreur: bool | None = None
    # Compréhension (paraphrases) : l'intention (un outil, « document » ou « hors_sujet »), les
    # arguments que la question fournit (valeurs en texte : « 30000 », « 2026-10-15 », « externe »),
    # et si la bonne réponse est une question de précision plutôt qu'un nombre.
    intention: str | None = None
    arguments: dict[str, str] = Field(default_factory=dict)
    clarification: bool | None = None
    # Forme de la réponse : ce que doit dire sa première phrase.
    premiere_phrase: PremierePhrase | None = None


class Cas(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    question: str
    history: list[Message] = Field(default_factory=list)
    categorie: Categorie
    attendu: Attendu
    note: str | None = None
    etiquettes: list[str] = Field(default_factory=list)  # ex. « piege-unite », « changement-sujet »

    @property
    def abstention_attendue(self) -> bool | None:
        if self.attendu.abstention is not None:
            return self.attendu.abstention
        return False if self.categorie in A_REPONDRE else None


class CasRecherche(BaseModel):
    """Une question et les passages qui y répondent (recherche seule)."""

    id: str
    question: str
    gold: list[str]


def lire_jsonl(chemin: Path) -> list[dict]:
    lignes = []
    with Path(chemin).open(encoding="utf-8") as f:
        for numero, ligne in enumerate(f, start=1):
            if ligne.strip():
                try:
                    lignes.append(json.loads(ligne))
                except json.JSONDecodeError as e:
                    raise JeuInvalide(f"{Path(chemin).name}, ligne {numero} : JSON invalide ({e}).") from e
    return lignes


def _valider(chemin: Path, modele: type[T]) -> list[T]:
    sortie = []
    for numero, brut in enumerate(lire_jsonl(chemin), start=1):
        try:
            sortie.append(modele.model_validate(brut))
        except ValidationError as e:
            raise JeuInvalide(f"{Path(chemin).name}, cas {numero} : {e.errors()[0]['msg']} "
                              f"({'.'.join(map(str, e.errors()[0]['loc']))}).") from e
    ids = [c.id for c in sortie]  # type: ignore[attr-defined]
    doublons = sorted({i for i in ids if ids.count(i) > 1})
    if doublons:
        raise JeuInvalide(f"{Path(chemin).name} : identifiants en double {doublons}.")
    return sortie


def charger(chemin: Path = EVALUATION, limite: int | None = None) -> list[Cas]:
    cas = _valider(chemin, Cas)
    return cas[:limite] if limite else cas


def charger_recherche(chemin: Path = DEV) -> list[CasRecherche]:
    return _valider(chemin, CasRecherche)
