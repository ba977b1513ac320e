"""Vérification avant affichage : chaque nombre d'une réponse rédigée doit venir des faits.

Les faits sont les résultats d'outils, les passages cités et la question elle-même. On
compare des valeurs normalisées : « 5,81 $ » vaut « 5.81 », « 25 000 $ » vaut « 25000 ».
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from assistant.comprehension.mentions import lire_decimal
from assistant.reponse import Citation

_SEP = r"[ \u00a0\u202f]"
NOMBRE_TEXTE = re.compile(rf"(?<![\w])\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?")
NOMBRES_TOLERES = {Decimal(0), Decimal(1)}  # « 1er janvier », « aucun (0) »


def nombres(texte: str) -> set[Decimal]:
    """Valeurs numériques d'un texte, normalisées (sans zéros de fin)."""
    out = set()
    for m in NOMBRE_TEXTE.finditer(texte):
        valeur = lire_decimal(m.group().rstrip(".,"))
        if valeur is not None:
            out.add(valeur.normalize())
    return out


def nombres_inventes(texte: str, faits: Iterable[str]) -> set[Decimal]:
    """Les nombres du texte qu'aucun fait ne contient."""
    permis = set(NOMBRES_TOLERES)
    for fait in faits:
        permis |= nombres(fait)
    return {n for n in nombres(texte) if n not in permis}


def _plat(texte: str) -> str:
    return re.sub(r"\s+", " ", texte).strip()


def citation_exacte(citation: Citation, textes_passages: dict[str, str]) -> bool:
    """La citation vise un passage retrouvé et chacun de ses extraits en est une copie exacte."""
    texte = textes_passages.get(citation.passage_id)
    if texte is None:
        return False
    plat = _plat(texte)
    return all(_plat(morceau) in plat for morceau in citation.excerpt.split(" […] "))


ARTICLE = re.compile(r"\b(?:art(?:icle)?s?\.?)\s*(\d+)", re.IGNORECASE)


def articles_non_cites(texte: str, citations: Iterable[Citation], faits: Iterable[str] = ()) -> set[str]:
    """Les articles qu'un texte rédigé invoque sans qu'on les lui ait donnés (citations ou faits)."""
    donnes = {c.article for c in citations} | {m for f in faits for m in ARTICLE.findall(f)}
    return {n for n in ARTICLE.findall(texte) if n not in donnes}
