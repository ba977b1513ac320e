"""Le périmètre : ce que l'assistant refuse d'emblée, avant toute recherche.

Des familles de demandes que le corpus ne couvre jamais, quel que soit leur libellé :
d'autres juridictions, des renseignements personnels, de la création littéraire. Le reste
passe par le seuil de la recherche. Les consignes glissées dans une question (« ignore tes
instructions… ») ne sont pas refusées ici : elles sont des données, sans effet sur la réponse.
"""

from __future__ import annotations

import re

from assistant.recherche.analyseur import replier

FAMILLES: list[tuple[str, str]] = [
    ("d'autres juridictions que les établissements de détention du Québec",
     r"\b(federa\w*|penitenciers?|service correctionnel du canada|scc|ontario|france|europe\w*|"
     r"etats-unis|americ\w*|alberta|colombie-britannique|nouveau-brunswick|manitoba|belgique|suisse)\b"),
    ("des renseignements personnels",
     r"\b(telephone|numero de (?:tel|cell)\w*|adresse (?:courriel|civique|personnelle|du domicile)|"
     r"courriel|cellulaire|date de naissance|nas|numero d'assurance sociale|casier de \w+|dossier de \w+ \w+|"
     r"salaire du directeur|ou habite)\b"),
    ("de la création (poème, chanson, blague, histoire)",
     r"\b(poemes?|poesie|chansons?|blagues?|histoire drole|contes?|raps?|haikus?|slogans?|"
     r"dessine\w*|ecris-moi une histoire|roman)\b"),
]


def hors_perimetre(question: str) -> str | None:
    """La famille de demande hors périmètre que vise la question, ou None."""
    t = replier(question)
    return next((nom for nom, motif in FAMILLES if re.search(motif, t)), None)
