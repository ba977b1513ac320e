"""Questions de suivi : « Et pour 30 heures? » devient une question autonome.

On rejoue la conversation tour par tour : une question qui dépend de la précédente est
complétée par celle-ci (la nouvelle d'abord, pour que ses valeurs l'emportent). L'outil
précédent et ses arguments sont ainsi repris, et la nouvelle valeur remplace l'ancienne.
"""

from __future__ import annotations

import re

from assistant.recherche.analyseur import replier
from assistant.reponse import Message

AMORCES = re.compile(r"^(et|pis|puis|alors|donc|mais|ok|d'accord|dans ce cas|meme question|"
                     r"sinon|aussi|ah|bon)\b")
RENVOIS = re.compile(r"\b(il|elle|ils|elles|lui|leur|ca|cela|celui-ci|celle-ci|ce cas|le meme|"
                     r"la meme|les memes|y|en|son|sa|ses|le fonds|la personne|cette personne|"
                     r"ce montant|ce calcul|d'abord|ensuite|aussi|encore|la-dessus|dessus|quand meme)\b")
MOTS_SUIVI_MAX = 20


def est_suivi(question: str) -> bool:
    """Vrai si la question s'appuie sur la précédente (amorce « Et… », ou courte avec renvoi)."""
    t = replier(question).strip()
    mots = t.split()
    if AMORCES.match(t):
        return True
    return len(mots) <= MOTS_SUIVI_MAX and (len(mots) <= 4 or RENVOIS.search(t) is not None)


def rendre_autonome(question: str, historique: list[Message]) -> str:
    """La question, complétée au besoin par la question autonome du tour précédent."""
    precedente = ""
    for message in historique:
        if message.role == "user" and message.content.strip():
            precedente = _completer(message.content, precedente)
    return _completer(question, precedente)


def _completer(question: str, precedente: str) -> str:
    if precedente and est_suivi(question):
        return f"{question.strip()} — {precedente}"
    return question.strip()
