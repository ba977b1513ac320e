"""Extraction déterministe des valeurs d'une phrase française : montants, heures, taux, dates.

Elle remplit les arguments des outils pour le backend extractif et sert à contrôler ceux
qu'un modèle de langue propose : un nombre qu'on ne retrouve pas dans la conversation est
un nombre inventé.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from assistant.recherche.analyseur import replier

_SEP = r"[ \u00a0\u202f]"
NOMBRE = re.compile(rf"(?<![\w.,])-?(?:\d{{1,3}}(?:{_SEP}\d{{3}})+|\d+)(?:[.,]\d+)?(?![\w])")
MOIS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
_MOIS = "|".join(MOIS)
DATE_LONGUE = re.compile(rf"\b(\d{{1,2}})(?:er|e)?\s+({_MOIS})\s+(\d{{4}})\b")
MOIS_ANNEE = re.compile(rf"\b({_MOIS})\s+(?:de\s+l'an\s+|)(\d{{4}})\b")
MOIS_SEUL = re.compile(rf"\b(?:en|au mois d'|au mois de|mois de|d')\s*({_MOIS})\b")
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DATE_NUM = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
ANNEE = re.compile(r"\b(20\d{2}|19\d{2})\b")

UNITES = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "demi": 0,
}
MOT_NOMBRE = re.compile(r"\b(?:(?:" + "|".join(UNITES) + r")(?:[- ]et[- ]|[- ])?)+\b")


@dataclass(frozen=True)
class Valeur:
    """Une valeur trouvée et sa place dans le texte (pour juger du contexte)."""

    nombre: Decimal
    debut: int
    fin: int
    unite: str  # « $ », « % », « h » ou « »


def lire_decimal(texte: str) -> Decimal | None:
    """« 25 000,50 » ou « 25000.50 » → Decimal ; None si ce n'est pas un nombre."""
    propre = re.sub(_SEP, "", texte.strip()).replace(",", ".")
    try:
        return Decimal(propre)
    except InvalidOperation:
        return None


def _mots_en_nombre(mots: str) -> int | None:
    """« vingt-cinq », « trente et une », « soixante-dix » → entier (0 à 199)."""
    total = 0
    for mot in re.split(r"[- ]+", mots.strip()):
        if mot in {"et", ""}:
            continue
        if mot not in UNITES:
            return None
        valeur = UNITES[mot]
        total = total * 100 if valeur == 100 and total else total + valeur
    return total or None


def _unite_apres(texte: str, fin: int) -> str:
    suite = texte[fin:fin + 14]
    if re.match(r"\s*\$", suite) or re.match(r"\s*(dollars?|piasses?)\b", suite):
        return "$"
    if re.match(r"\s*(%|pour\s*cent|pourcent)", suite):
        return "%"
    if re.match(r"\s*(h\b|heures?\b|hrs?\b)", suite):
        return "h"
    return ""


def valeurs(texte: str) -> list[Valeur]:
    """Tous les nombres du texte (chiffres ou mots), sauf ceux qui font partie d'une date."""
    texte = replier(texte)
    masques = [m.span() for motif in (DATE_LONGUE, MOIS_ANNEE, DATE_ISO, DATE_NUM)
               for m in motif.finditer(texte)]
    trouvees = []
    for m in NOMBRE.finditer(texte):
        if any(a <= m.start() < b for a, b in masques):
            continue
        nombre = lire_decimal(m.group())
        if nombre is not None:
            trouvees.append(Valeur(nombre, m.start(), m.end(), _unite_apres(texte, m.end())))
    for m in MOT_NOMBRE.finditer(texte):
        entier = _mots_en_nombre(m.group())
        unite = _unite_apres(texte, m.end())
        if entier is not None and unite:  # « un détenu » n'est pas un nombre ; « vingt heures » oui
            trouvees.append(Valeur(Decimal(entier), m.start(), m.end(), unite))
    return sorted(trouvees, key=lambda v: v.debut)


def heures(texte: str) -> Decimal | None:
    """Le nombre d'heures de la phrase (« 20 h », « vingt heures », « 7,5 heures »)."""
    return next((v.nombre for v in valeurs(texte) if v.unite == "h"), None)


def taux(texte: str) -> Decimal | None:
    return next((v.nombre for v in valeurs(texte) if v.unite == "%"), None)


def date_mentionnee(texte: str, aujourd_hui: datetime.date) -> datetime.date | None:
    """Une date explicite ou relative ; un mois seul vaut le 1er du mois (le salaire minimum
    change le 1er mai : le 1er du mois est toujours du bon côté)."""
    t = replier(texte)
    if m := DATE_ISO.search(t):
        return _jour(int(m[1]), int(m[2]), int(m[3]))
    if m := DATE_NUM.search(t):
        return _jour(int(m[3]), int(m[2]), int(m[1]))
    if m := DATE_LONGUE.search(t):
        return _jour(int(m[3]), MOIS[m[2]], int(m[1]))
    if m := MOIS_ANNEE.search(t):
        return datetime.date(int(m[2]), MOIS[m[1]], 1)
    if re.search(r"\baujourd'hui\b|\ben ce moment\b|\bactuellement\b|\bpresentement\b", t):
        return aujourd_hui
    if m := MOIS_SEUL.search(t):
        annee = aujourd_hui.year + (1 if re.search(r"\bprochain\b", t) else 0)
        return datetime.date(annee, MOIS[m[1]], 1)
    return None


def annee_mentionnee(texte: str, aujourd_hui: datetime.date) -> int | None:
    t = replier(texte)
    if m := ANNEE.search(t):
        return int(m[1])
    if re.search(r"\bcette annee\b|\bl'annee en cours\b", t):
        return aujourd_hui.year
    if re.search(r"\b(l'annee prochaine|l'an prochain|annee suivante)\b", t):
        return aujourd_hui.year + 1
    if re.search(r"\b(l'annee derniere|l'an dernier|l'an passe|annee passee)\b", t):
        return aujourd_hui.year - 1
    return None


def _jour(annee: int, mois: int, jour: int) -> datetime.date | None:
    try:
        return datetime.date(annee, mois, jour)
    except ValueError:
        return None


def contexte(texte: str, valeur: Valeur, largeur: int = 40) -> tuple[str, str]:
    """Les mots juste avant et juste après une valeur (texte replié)."""
    t = replier(texte)
    return t[max(0, valeur.debut - largeur):valeur.debut], t[valeur.fin:valeur.fin + largeur]
