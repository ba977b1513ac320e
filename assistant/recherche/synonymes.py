"""Le français parlé des conseillers rejoint le vocabulaire du règlement.

« La paye du gars en dedans » et « la rémunération de la personne incarcérée » disent la
même chose ; ni BM25 ni le modèle d'encodage ne le savent toujours. On ajoute donc à la
question les termes du texte officiel qui correspondent à ses mots familiers.
"""

from __future__ import annotations

import re

from assistant.recherche.analyseur import replier

# (expression familière, repliée sans accents) -> termes du règlement ou des ententes
SYNONYMES: list[tuple[str, str]] = [
    (r"desintox\w*|consomm\w*|drogues?|dope|boisson|buveur", "toxicomanie alcoolisme traitement services"),
    (r"\bjobs?\b|jobine|\bshop\b", "emploi travail"),
    (r"\bpay[eé]s?\b|\bpaie\b|\bcash\b|\bsalaires?\b", "rémunération"),
    (r"\bboss\b|\bchef de la prison\b|\bdirecteur de la prison\b", "directeur de l'établissement"),
    (r"\bchums?\b|\bgars\b|\bprisonniers?\b|\bdetenus?\b|\bbonhommes?\b|\bclients?\b",
     "personne incarcérée"),
    (r"\ben dedans\b|\ben prison\b|\bau pen\b|\ben taule\b|\ben tole\b|\bau trou\b",
     "établissement de détention"),
    (r"ramass\w*|accumul\w*|economies|cagnotte|mis de cote", "épargne compte"),
    (r"\breleves?\b|etat de compte", "rapport des rémunérations retenues dépôts"),
    (r"\becole\b|secondaire|etudes|diplome|\bcours\b|raccrocheur|alphabetisation",
     "formation scolaire services éducatifs"),
    (r"jeu compulsif|gambling|casino|loteries?|gamblers?", "jeu pathologique"),
    (r"\bferm\w*", "liquidation fermeture"),
    (r"marge de credit|emprunter", "emprunts"),
    (r"\bplacer\b|invest\w*", "placement"),
    (r"\bsort\b|\bsortie\b|\bsortir\b", "libération"),
    (r"agresseurs?|delinquants? sexuels?|abus sexuels?", "déviance sexuelle agresseurs sexuels"),
    (r"\bgym\b|gymnase|\bsalles?\b|\blocal\b", "locaux équipement"),
    (r"\bcivils?\b|de l'exterieur|externes?", "personnes non incarcérées"),
    (r"\bchomage\b|\bcv\b|curriculum|trouver du travail", "emploi Emploi-Québec"),
]


def enrichir(question: str) -> str:
    """La question suivie des termes officiels de ses mots familiers."""
    t = replier(question)
    ajouts = [termes for motif, termes in SYNONYMES if re.search(motif, t)]
    return f"{question} ({' ; '.join(ajouts)})" if ajouts else question
