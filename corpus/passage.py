"""Ce qu'on cite : un article (ou une section), découpé en alinéas et paragraphes."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class Document(BaseModel):
    """Métadonnées d'un texte source, lues dans l'en-tête TOML de son fichier."""

    doc_id: str
    titre: str
    titre_court: str
    format: str
    url: str
    url_article: str | None = None
    date_texte: date | None = None
    mention_date: str = ""
    chrome: list[str] = Field(default_factory=list)
    sections: list[dict[str, str]] = Field(default_factory=list)


class Alinea(BaseModel):
    """Un alinéa : sa phrase d'ouverture et, s'il y en a, ses paragraphes numérotés (1°, 2°…)."""

    numero: int
    texte: str
    paragraphes: list[str] = Field(default_factory=list)

    @property
    def texte_complet(self) -> str:
        return "\n".join([self.texte, *self.paragraphes])


def cle_article(numero: str) -> str:
    """La clé d'un article dans son document : « art-11 »."""
    return f"art-{numero}"


def id_article(doc_id: str, numero: str) -> str:
    """L'identifiant d'un article, stable d'une reconstruction à l'autre : « reglement-s-40.1-r3:art-11 »."""
    return f"{doc_id}:{cle_article(numero)}"


class Passage(BaseModel):
    """Un article de loi ou une section de document : l'unité citée par l'assistant."""

    id: str  # stable d'une reconstruction à l'autre, ex. « reglement-s-40.1-r3:art-11 »
    doc_id: str
    doc_titre: str
    article: str  # numéro nu pour les lois (« 11 »), nom de section sinon
    locator: str  # « art. 11 » ou « section MSSS »
    alineas: list[Alinea]
    url: str
    historique: list[str] = Field(default_factory=list)  # ex. « D. 6-2007, a. 11; D. 51-2018, a. 5. »

    @property
    def texte(self) -> str:
        return "\n".join(a.texte_complet for a in self.alineas)

    @property
    def entete(self) -> str:
        """Chemin lisible placé devant le texte encodé : document puis article."""
        return f"{self.doc_titre}, {self.locator}"

    def locator_alinea(self, numero: int) -> str:
        if len(self.alineas) <= 1:
            return self.locator
        return f"{self.locator}, al. {numero}"
