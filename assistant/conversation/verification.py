"""Vérification avant affichage : une phrase rédigée ne dit que ce que disent les faits.

Les faits sont les résultats d'outils et les passages cités (pas la question : une consigne
glissée n'est pas un fait). Chaque nombre doit en venir (valeurs normalisées : « 5,81 $ » vaut
« 5.81 », « 25 000 $ » vaut « 25000 ») ; chaque oui/non ou conclusion sur une règle doit
s'accorder avec celle du calculateur ; un pourcentage n'est dit que de la notion à laquelle
les faits l'attachent ; une phrase ne parle jamais de consignes et ne répète pas la question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from assistant.comprehension.mentions import lire_decimal
from assistant.recherche.analyseur import MOTS_VIDES, replier
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


# --- Accord avec les calculateurs --------------------------------------------------------
#
# Un calculateur tranche (autorisation requise ou non, avis requis, contrat conforme…) dans ses
# `valeurs` booléennes. Une phrase rédigée qui prend parti sur la même question doit trancher
# pareil. On lit la position d'une phrase par motifs : négative (« sans autorisation », « n'est
# pas requise »), positive (« requiert l'autorisation »), ou un « oui »/« non » qui répond à une
# question elle-même tournée (« peut-il emprunter sans autorisation ? »).


@dataclass(frozen=True)
class Tranche:
    """Une conclusion booléenne d'un outil et sa façon d'être dite en français (texte replié)."""

    cle: str
    sujet: re.Pattern[str]
    negatif: re.Pattern[str]
    positif: re.Pattern[str]
    question_negative: re.Pattern[str] | None = None  # « … sans autorisation ? » : « oui » = non requise
    question_positive: re.Pattern[str] | None = None  # « faut-il une autorisation ? » : « oui » = requise


_REQUIS = r"(?:requise?s?|necessaires?|exigee?s?|obligatoires?|requis)"
_EXIGER = r"(?:requiert|requierent|necessite\w*|exige\w*|faut|doit|doivent)"
_NEG = (r"(?:n'?\s?(?:est|sont|etait|serait|a|ont)?\s*(?:donc |alors |toutefois |cependant |meme )?"
        r"(?:pas|plus|aucunement|nullement)|non|aucune?|sans|ni)")
TRANCHES = (
    Tranche(
        "autorisation_requise", re.compile(r"autoris"),
        re.compile(rf"\bsans (?:aucune |l'|une |d'|avoir |obtenir |demander )*(?:\w+ ){{0,2}}autoris"
                   rf"|\b(?:pas|aucune?|nul\w*|ni) (?:besoin )?(?:d'|de |l'|une )?(?:\w+ ){{0,2}}autoris"
                   rf"|autoris\w*[^.;]{{0,60}}\b{_NEG}\s+(?:\w+ )?{_REQUIS}"
                   r"|\bn'?\s?(?:est|a|ont) (?:pas|plus) (?:a |besoin|soumis|tenue?)"
                   rf"|\b(?:ne|n') ?{_EXIGER} (?:pas|aucune?|plus)"
                   r"|\blibrement\b"),
        re.compile(r"\b(?:requiert|requierent|requise?s?|necessite\w*|necessaires?|exige\w*|il faut|faut|"
                   r"doit|doivent|soumis|obligatoires?|avec l'autorisation|besoin de l'autorisation)\b"),
        question_negative=re.compile(r"\bsans\b[^?.]{0,25}autoris|\bpas besoin d'(?:\w+ )?autoris"),
        question_positive=re.compile(r"\b(?:faut|doit|doivent|requi\w*|necessa\w*|besoin)\b[^?]{0,40}autoris"
                                     r"|autoris\w*[^?]{0,40}\b(?:requise?|necessaire|obligatoire)")),
    Tranche(
        "avis_requis", re.compile(r"\bavis\b"),
        re.compile(rf"\b(?:sans|aucun|pas (?:besoin )?d'|pas de|nul) (?:\w+ ){{0,2}}avis\b"
                   rf"|\bavis\b[^.;]{{0,50}}\b{_NEG}\s+(?:\w+ )?{_REQUIS}"),
        re.compile(r"\b(?:requis|necessaires?|obligatoires?|exige\w*|doit|doivent|faut|prealable)\b"),
        question_negative=re.compile(r"\bsans (?:\w+ ){0,3}avis\b")),
    Tranche(
        "conforme", re.compile(r"conforme"),
        re.compile(r"\b(?:non|pas|plus|in)[ -]?conforme|\bn'?\s?(?:est|sont) (?:pas|plus) conforme"),
        re.compile(r"\bconforme"),
        question_positive=re.compile(r"conforme")),
    Tranche(
        "admissible", re.compile(r"admissib"),
        re.compile(r"\binadmissib|\b(?:non|pas|plus) admissib|\bn'?\s?(?:est|sont) (?:pas|plus) admissib"),
        re.compile(r"\badmissib"),
        question_positive=re.compile(r"admissib")),
    Tranche(
        "actif_suffisant", re.compile(r"suffi"),
        re.compile(r"\binsuffisan|\b(?:ne|n') ?suffi\w* (?:pas|plus)|\bpas suffisan"),
        re.compile(r"\bsuffi"),
        question_positive=re.compile(r"suffi")),
    Tranche(
        "motif_admis", re.compile(r"\bmotif"),
        re.compile(r"\b(?:n'?\s?(?:est|sont) )?(?:pas|non|plus) (?:un motif )?(?:admis|permis|valable|prevu)"
                   r"|\bnon prevu|\binadmissible"),
        re.compile(r"\b(?:admis|permis|valable|prevu)\b")),
)
OUI_NON = re.compile(r"^\W*(oui|non)\b")


def _position(phrase: str, tranche: Tranche, question: str) -> bool | None:
    """Ce que la phrase affirme sur la conclusion de `tranche` : vrai, faux, ou None (rien)."""
    if tranche.sujet.search(phrase):
        if tranche.negatif.search(phrase):
            return False
        if tranche.positif.search(phrase):
            return True
    reponse = OUI_NON.match(phrase)
    if reponse:
        oui = reponse[1] == "oui"
        if tranche.question_negative and tranche.question_negative.search(question):
            return not oui
        if tranche.question_positive and tranche.question_positive.search(question):
            return oui
    return None


def contradictions(phrase: str, resultats: Iterable[Any], question: str = "") -> list[str]:
    """Les conclusions d'outil (clés de `valeurs`) que la phrase contredit."""
    # Ce qui précède un « ? » est une question posée (« L'emprunt dépasse-t-il le seuil ? »), pas un dire.
    texte, demande = replier(phrase).rsplit("?", 1)[-1], replier(question)
    out = []
    for resultat in resultats:
        if resultat is None:
            continue
        valeurs = getattr(resultat, "valeurs", {}) or {}
        for tranche in TRANCHES:
            attendu = valeurs.get(tranche.cle)
            if not isinstance(attendu, bool) and isinstance(valeurs.get(f"aucun_{tranche.cle}"), bool):
                attendu = not valeurs[f"aucun_{tranche.cle}"]  # « aucun_avis_requis » dit l'inverse
            if isinstance(attendu, bool):
                dit = _position(texte, tranche, demande)
                if dit is not None and dit != attendu:
                    out.append(tranche.cle)
        seuil = (getattr(resultat, "montants", {}) or {}).get("seuil")
        if seuil is not None and _seuil_faux(texte, Decimal(str(seuil))):
            out.append("seuil")
    return out


SEUIL_DIT = re.compile(rf"\b(?:seuil|limite|plafond|maximum)(?: d'emprunts?| des emprunts)?\s*(?:est )?"
                       rf"(?:de|fixee? a|a|:|egal a)\s+({NOMBRE_TEXTE.pattern})")


def _seuil_faux(texte: str, seuil: Decimal) -> bool:
    """« Le seuil est de 60 000 $ » alors que l'outil applique 25 000 $."""
    for m in SEUIL_DIT.finditer(texte):
        valeur = lire_decimal(m[1].rstrip(".,"))
        if valeur is not None and valeur.normalize() != seuil.normalize():
            return True
    return False


# --- Consignes et chiffres glissés dans la question -----------------------------------------

CONCEPTS_CHIFFRES = re.compile(r"\b(prelevement|allocation|epargne|cotisation|taux|seuil|salaire minimum|"
                               r"remuneration|paie|limite|plafond|levy|rate|threshold)\b")
POURCENT = re.compile(rf"({NOMBRE_TEXTE.pattern})\s*(?:%|pour ?cent|percent)")
ECHO_CONSIGNE = re.compile(
    r"\b(ignor\w*|oubli\w*|disregard\w*|overrid\w*|jailbreak|prompt|instructions?|consignes?|directives?|"
    r"system|systeme|developpeur|developer|as an ai|en tant qu'(?:ia|assistant)|je (?:suis|serai) "
    r"(?:maintenant|desormais)|pwned|hacked|d'accord, je|comme demande|as requested|as instructed)\b")
MOT_CONTENU = re.compile(r"[a-z]{5,}")


def consigne_repetee(phrase: str, faits: Iterable[str]) -> bool:
    """La phrase parle de consignes, d'instructions, de rôle… ce que les faits ne font jamais."""
    texte = replier(phrase)
    permis = replier(" ".join(faits))
    return any(m.group() not in permis for m in ECHO_CONSIGNE.finditer(texte))


def _paires(texte: str) -> set[tuple[str, Decimal]]:
    """(notion, pourcentage) dits dans une même phrase ou ligne."""
    out = set()
    for morceau in re.split(r"(?<=[.;!?])\s+|\n", replier(texte)):
        concepts = set(CONCEPTS_CHIFFRES.findall(morceau))
        for m in POURCENT.finditer(morceau):
            valeur = lire_decimal(m[1].rstrip(".,"))
            if valeur is not None:
                out |= {(c, valeur.normalize()) for c in concepts}
    return out


def pourcentages_detournes(phrase: str, faits: Iterable[str]) -> set[tuple[str, Decimal]]:
    """« Le prélèvement est de 50 % » : un taux attribué à une notion que les faits ne lui donnent pas."""
    dits = _paires(phrase)
    if not dits:
        return set()
    permis = set().union(*(_paires(f) for f in faits))
    return {p for p in dits if p not in permis}


def mots_sans_appui(phrase: str, question: str, faits: Iterable[str]) -> bool:
    """La phrase affirme ce que nul fait n'appuie (« le fonds est dissous », « le fonds est en faillite ») :
    elle reprend de la question plus de deux mots absents des faits (ou deux sur cinq), ou la moitié
    au moins de ses mots pleins (et deux au moins) ne sont ni dans les faits ni dans la question."""
    permis = replier(" ".join(faits))
    demande = set(MOT_CONTENU.findall(replier(question)))
    pleins = {m for m in MOT_CONTENU.findall(replier(phrase)) if m not in MOTS_VIDES}
    absents = {m for m in pleins if m not in permis}
    repris = absents & demande
    inconnus = absents - demande
    return (len(repris) > 2 or (bool(repris) and len(repris) / len(pleins) >= 0.4)
            or (len(inconnus) >= 2 and len(inconnus) / len(pleins) >= 0.5))
