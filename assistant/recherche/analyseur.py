"""Analyseur lexical français : minuscules, élisions, accents, mots vides, racinisation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_FRENCH

ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
MOT = re.compile(r"[a-z0-9]+")
MILLIERS = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d{3}\b)")  # « 25 000 » = « 25000 »
# La fin d'une phrase, et une phrase avec sa ponctuation ; « 37.5 heures » : un point décimal ne finit rien.
FIN_DE_PHRASE = re.compile(r"[!?\n]|(?<!\d)\.|\.(?!\d)")
PHRASE = re.compile(rf"(?:(?!{FIN_DE_PHRASE.pattern}).)+(?:{FIN_DE_PHRASE.pattern})*")


def replier(texte: str) -> str:
    """Minuscules sans accents : « Rémunération » et « remuneration » se rejoignent."""
    decompose = unicodedata.normalize("NFKD", texte.lower())
    return "".join(c for c in decompose if not unicodedata.combining(c))


MOTS_VIDES = frozenset(replier(m) for m in STOPWORDS_FRENCH)


@lru_cache(maxsize=1)
def _raciniseur() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("french")


def analyser(texte: str) -> list[str]:
    """Jetons d'un texte pour BM25 ; la même fonction sert aux passages et aux questions."""
    mots = MOT.findall(replier(ELISION.sub(" ", MILLIERS.sub("", texte))))
    return _raciniseur().stemWords([m for m in mots if m not in MOTS_VIDES])
