"""Les abréviations du milieu, développées avant toute lecture de la question.

« Combien au CA ? », « l'emprunt au FC » : le modèle d'intentions et les indices des outils
connaissent « conseil d'administration » et « Fonds central », pas leurs sigles. Les sigles se lisent
en capitales seulement : « ca » minuscule est « ça » sans accent.
"""

from __future__ import annotations

import re

ABREVIATIONS = {
    "CA": "conseil d'administration",
    "C.A.": "conseil d'administration",
    "FC": "Fonds central",
    "qté": "quantité",
    "qte": "quantité",
    "nb": "nombre",
}
_SIGLES = "|".join(re.escape(a) for a in sorted(ABREVIATIONS, key=len, reverse=True))
_ABREVIATION = re.compile(rf"(?<![\w.])({_SIGLES})(?!\w)")


def developper(question: str) -> str:
    """La question, ses abréviations remplacées par les mots qu'elles abrègent."""
    return _ABREVIATION.sub(lambda m: ABREVIATIONS[m[1]], question)
