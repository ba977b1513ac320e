"""Les articles qu'une question nomme : « l'article 12 », « l'art. 11 du règlement », « le 10e article »,
« les articles 92 et 93 de la Loi ». La question désigne alors ce qu'elle veut lire ; la recherche n'a pas à
le deviner.

Le texte lu est celui que prépare la compréhension (nombres en chiffres : « l'article douze » y est déjà
« l'article 12 »). Un article sans texte nommé est celui du règlement s'il existe, sinon celui de la Loi ;
un article d'un autre texte (« l'article 8 de la Charte ») ne désigne rien ici.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from assistant.comprehension.mentions import REFERENCES
from assistant.recherche.analyseur import replier
from corpus import id_article
from outils.resultat import DOC_LSCQ, DOC_REGLEMENT

# Parmi les références que lit la compréhension (`mentions.REFERENCES`), celles qui nomment un article : pas
# un alinéa, un paragraphe ni « r. 3 ». Leurs numéros, sauf ceux d'un paragraphe (« art. 5, 1° »).
_ARTICLE = re.compile(r"(?:articles?\b|art\b|lscq\b)|\d+\s*(?:e|eme|ieme|er)\s+article\b")
_NUMERO = re.compile(r"\d+(?![\d°]|\s+°)")
# Après le numéro : un alinéa ou un paragraphe, puis le texte (« al. 2 du règlement », « 1° de la Loi »).
_DETAIL = r"(?:\s*,?\s*(?:al\.?|alineas?|par\.?|paragraphes?)?\s*\d+\s*(?:°|e|eme|er)?)*"
_TEXTE = re.compile(
    rf"{_DETAIL}\s*,?\s*(?:du|de la|de l'|de ce|de cette)\s*(\w+)(?:\s+sur\s+(?:les?\s+)?(\w+))?"
)
_NOTRE_LOI = frozenset({"systeme", "correctionnel"})  # la Loi sur le système correctionnel du Québec


@dataclass(frozen=True)
class ArticleNomme:
    numero: str
    doc: str | None  # DOC_REGLEMENT, DOC_LSCQ, None si aucun texte n'est nommé
    autre_texte: bool = False  # « de la Charte », « de la Loi sur les normes du travail »


def articles_nommes(texte: str) -> list[ArticleNomme]:
    """Les articles nommés, dans l'ordre du texte, avec le texte qui suit leur numéro s'il en nomme un."""
    plie = replier(texte)
    nommes = []
    for m in REFERENCES.finditer(plie):
        reference = m.group()
        if not _ARTICLE.match(reference):
            continue
        doc, autre = (DOC_LSCQ, False) if reference.startswith("lscq") else _texte_nomme(plie[m.end():])
        nommes += [ArticleNomme(str(int(n)), doc, autre) for n in _NUMERO.findall(reference)]
    return nommes


def _texte_nomme(suite: str) -> tuple[str | None, bool]:
    m = _TEXTE.match(suite)
    if m is None:
        return None, False
    if m[1] in ("reglement", "lscq"):
        return (DOC_REGLEMENT if m[1] == "reglement" else DOC_LSCQ), False
    if m[1] == "loi":
        return (DOC_LSCQ, False) if m[2] is None or m[2] in _NOTRE_LOI else (None, True)
    # « de la Charte », « du Code » : un autre texte ; « de notre fonds », « de ce matin » : aucun.
    return None, m[1] in ("charte", "code", "constitution", "convention")


def articles_designes(texte: str, passages: Collection[str]) -> list[str]:
    """Les passages des articles nommés que le corpus contient, sans doublon : un article sans texte nommé
    est celui du règlement, sinon celui de la Loi."""
    designes: list[str] = []
    for a in articles_nommes(texte):
        if a.autre_texte:
            continue
        docs = [a.doc] if a.doc else [DOC_REGLEMENT, DOC_LSCQ]
        trouve = next((i for d in docs if (i := id_article(d, a.numero)) in passages), None)
        if trouve and trouve not in designes:
            designes.append(trouve)
    return designes
