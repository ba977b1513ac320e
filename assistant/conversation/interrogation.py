"""Ce que demande une question : la réponse elle-même (« Combien… ? », « Quels critères… ? ») ou un oui
ou un non. La première phrase d'un texte (`directe`) et celle d'un calcul (`composition`) en dépendent."""

from __future__ import annotations

import re

from assistant.comprehension.mentions import plier
from assistant.comprehension.remplissage import present
from assistant.recherche.analyseur import PHRASE

EST_CE_QUE = re.compile(r"\best-ce qu(?:e\b|')")
# Une question ouverte attend la réponse elle-même, jamais « oui » ou « non ».
QUESTION_OUVERTE = re.compile(
    r"^(?:(?:a|de|dans|sur|pour|par|en|avec|selon|jusqu'a|depuis)\s+)?"
    r"(?:(?:quand|combien|qui|que|quoi|quel|quelle|quels|quelles|ou|comment|pourquoi)(?![\w-])|qu')"
)
# Le mot interrogatif dit plus loin, à la québécoise : « le nouveau solde, c'est combien ? », « il lui
# reste combien pour la cantine ? », « ça donne quoi ? ».
INTERROGATIF_PLUS_LOIN = re.compile(
    r"\bcombien\b|\b(?:c'est|ca fait|ca donne|ca coute)\s+(?:quoi|quand|qui)\b"
)
ELEMENTS = re.compile(
    r"^(?:(?:a|de|dans|sur|pour|par|en|avec|selon)\s+)?(?:quels|quelles|quoi|comment|qu')(?![\w-])"
)

# « Juste un ordre de grandeur », « environ combien » : la question demande elle-même une réponse approchée.
ESTIMATION = re.compile(
    r"\b(?:ordres? de grandeur|estimations?|estimer|grosso modo|une idee|chiffres ronds|"
    r"(?:a peu pres|environ|approximativement|en gros)\s*,?\s+(?:combien|quel|quoi|ca)|entre quoi)\b"
)

PROPOSITIONS = re.compile(r"\s*[,;:]\s*|[.!?]\s+")  # la question vient souvent après une phrase de contexte
TEMPORELLE = re.compile(r"^(?:quand|lorsqu)")


def _interrogative(question: str) -> str | None:
    """La proposition qui interroge, si la question est ouverte : la première (« Combien… ») ou la
    dernière (« Un nouveau membre, quelles sont… ? ») ; « Quand il est libéré, reçoit-il… ? » pose
    une question fermée après une temporelle."""
    propositions = [EST_CE_QUE.sub("", p, count=1).strip() if p.startswith("est-ce qu") else p
                    for p in PROPOSITIONS.split(plier(question).strip().rstrip(" ?"))]
    premiere, derniere = propositions[0], propositions[-1]
    candidates = [derniere] if len(propositions) > 1 and TEMPORELLE.match(premiere) else [premiere, derniere]
    return next((p for p in candidates if QUESTION_OUVERTE.match(p)), None) or next(
        (p for p in propositions if INTERROGATIF_PLUS_LOIN.search(p)), None)


def ouverte(question: str) -> bool:
    """La question demande-t-elle la réponse elle-même (et jamais « oui » ou « non ») ?"""
    return _interrogative(question) is not None


def interroge_sur(question: str, mots: tuple[str, ...]) -> bool:
    """La proposition qui interroge, dans la dernière phrase, nomme-t-elle la chose demandée (« combien
    peut-on emprunter ») ? Pas « on sait pas encore combien » dit avant la question. `mots` : ses mots,
    repliés comme la question."""
    phrases = [p for p in PHRASE.findall(question) if p.strip()]
    proposition = _interrogative(phrases[-1]) if phrases else None
    return proposition is not None and present(mots, proposition)


def demande_des_elements(question: str) -> bool:
    """« Quels critères… », « Dans quels cas… », « Qu'est-ce que… », « Comment… » : des éléments,
    pas un nombre ni une date."""
    proposition = _interrogative(question)
    return proposition is not None and ELEMENTS.match(proposition) is not None


def demande_une_estimation(question: str) -> bool:
    """« Juste un ordre de grandeur pour le CA » : des valeurs approchées suffisent ; la réponse aussi."""
    return ESTIMATION.search(plier(question)) is not None
