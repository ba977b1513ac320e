"""Le résultat commun des calculateurs : montants, étapes, articles, avertissements.

Tout le texte (étapes, conclusion) est écrit à partir des valeurs calculées : le
vérificateur de l'assistant peut ainsi retrouver chaque nombre d'une réponse ici.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field, field_serializer

DOC_REGLEMENT = "reglement-s-40.1-r3"
DOC_LSCQ = "lscq-s-40.1"


class Etape(BaseModel):
    """Une étape du calcul, en texte québécois : « 16,60 $ × 35 % » donne « 5,81 $ »."""

    libelle: str
    calcul: str
    resultat: str


class ReferenceArticle(BaseModel):
    """Un article appliqué ; `article` est le numéro nu, `locator` la précision (alinéa)."""

    doc_id: str
    article: str
    locator: str


class Resultat(BaseModel):
    """Ce que rend tout calculateur ; `model_dump(mode="json")` écrit les montants "116.20"."""

    outil: str
    entrees: dict[str, Any]
    montants: dict[str, Decimal] = Field(default_factory=dict)
    valeurs: dict[str, Any] = Field(default_factory=dict)
    etapes: list[Etape] = Field(default_factory=list)
    articles: list[ReferenceArticle] = Field(default_factory=list)
    avertissements: list[str] = Field(default_factory=list)
    conclusion: str

    @field_serializer("montants", when_used="json")
    def _montants_en_texte(self, montants: dict[str, Decimal]) -> dict[str, str]:
        # Une chaîne décimale garde les cents exacts ; un nombre JSON deviendrait un float.
        return {nom: f"{montant:f}" for nom, montant in montants.items()}

    @property
    def verdict(self) -> tuple[tuple[str, bool], ...]:
        """Ses oui/non (autorisation requise, dans les délais…) : ce qu'il décide, pas ce qu'il compte."""
        return tuple(sorted((k, v) for k, v in self.valeurs.items() if isinstance(v, bool)))

    def en_texte(self) -> str:
        """La conclusion, puis les étapes, les articles et les avertissements."""
        lignes = [self.conclusion, ""]
        if self.etapes:
            lignes.append("Étapes :")
            lignes += [f"  - {e.libelle} : {e.calcul} → {e.resultat}" for e in self.etapes]
        if self.articles:
            lignes.append("Articles : " + " ; ".join(_citer(a) for a in self.articles))
        if self.avertissements:
            lignes.append("Avertissements :")
            lignes += [f"  - {a}" for a in self.avertissements]
        return "\n".join(lignes).rstrip()


def en_json(valeur: Any) -> Any:
    """Une valeur typée pour le JSON : montants en texte décimal exact, dates ISO, le reste tel quel."""
    if isinstance(valeur, Decimal):
        return f"{valeur:f}"
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    if isinstance(valeur, list):  # une lecture par chose ou par période : leurs valeurs, chacune typée
        return [en_json(v) for v in valeur]
    return valeur


def reglement(article: str, locator: str | None = None) -> ReferenceArticle:
    """Un article du Règlement (S-40.1, r. 3)."""
    return ReferenceArticle(doc_id=DOC_REGLEMENT, article=article, locator=locator or f"art. {article}")


def loi(article: str, locator: str | None = None) -> ReferenceArticle:
    """Un article de la Loi sur le système correctionnel du Québec (S-40.1)."""
    return ReferenceArticle(doc_id=DOC_LSCQ, article=article, locator=locator or f"art. {article}")


def _citer(reference: ReferenceArticle) -> str:
    texte = "Règlement S-40.1, r. 3" if reference.doc_id == DOC_REGLEMENT else "LSCQ (S-40.1)"
    return f"{reference.locator} ({texte})"
