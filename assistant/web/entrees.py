"""Ce que le web accepte : textes nettoyés, bornes de taille, modèles de requête bornés.

Le nettoyage vient avant tout : un caractère de substitution isolé (« \\ud800 ») ou un
caractère de contrôle ne doit jamais descendre jusqu'au moteur, où il ferait tomber
l'analyseur ou l'encodage de la réponse. Les bornes viennent de la configuration ; elles
sont écrites dans le schéma OpenAPI (maxLength, maxItems) pour que les clients les voient.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, create_model

from assistant.config import Config

# Gardés : saut de ligne et tabulation ; tout autre contrôle (Cc) ou substitution isolée est retiré.
GARDES = {"\n", "\t"}


def nettoyer(texte: str) -> str:
    """Le texte sans substitutions isolées ni caractères de contrôle, normalisé en NFC."""
    propre = "".join(c for c in texte
                     if c in GARDES or unicodedata.category(c) not in ("Cc", "Cs"))
    return unicodedata.normalize("NFC", propre)


def _nettoyer_si_texte(valeur: object) -> object:
    return nettoyer(valeur) if isinstance(valeur, str) else valeur


def _non_vide(texte: str) -> str:
    if not texte.strip():
        raise ValueError("vide")
    return texte


Texte = Annotated[str, BeforeValidator(_nettoyer_si_texte)]
TexteNonVide = Annotated[str, BeforeValidator(_nettoyer_si_texte), AfterValidator(_non_vide)]


class MessageWeb(BaseModel):
    role: Literal["user", "assistant"]
    content: Texte


def modele_requete(config: Config) -> type[BaseModel]:
    """Le corps de `POST /api/ask`, borné selon la configuration (même forme que `Requete`)."""
    message = create_model(
        "Message", __base__=MessageWeb,
        content=(Annotated[Texte, Field(max_length=config.message_max)], ...))
    return create_model(
        "Requete",
        id=(Annotated[Texte, Field(max_length=200)] | None, None),
        question=(Annotated[TexteNonVide, Field(max_length=config.question_max)], ...),
        history=(list[message], Field(default_factory=list, max_length=config.historique_max)),  # type: ignore[valid-type]
    )


def modele_avis(config: Config) -> type[BaseModel]:
    """Le corps de `POST /api/avis` : un vote sur une réponse désignée par son numéro signé."""
    return create_model(
        "NouvelAvis",
        __doc__="Un vote sur une réponse ; la question n'est gardée que si `partager_question` est vrai.",
        reponse_id=(Annotated[str, Field(min_length=10, max_length=600)], ...),
        vote=(Literal[1, -1], ...),
        commentaire=(Annotated[Texte, Field(max_length=config.avis_commentaire_max)] | None, None),
        partager_question=(bool, False),
        question=(Annotated[Texte, Field(max_length=config.question_max)] | None, None),
    )
