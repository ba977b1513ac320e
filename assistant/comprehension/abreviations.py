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
    "PI": "personne incarcérée",
    "BN": "Banque Nationale",
    "CLE": "centre local d'emploi",
    "alloc": "allocation",
    "cpte": "compte",
    "qté": "quantité",
    "qte": "quantité",
    "nb": "nombre",
}
_SIGLES = "|".join(re.escape(a) for a in sorted(ABREVIATIONS, key=len, reverse=True))
_ABREVIATION = re.compile(rf"(?<![\w.])({_SIGLES})(?!\w)")


# Les mots anglais du bureau, au Québec (« le loan de la caisse », « son overtime ») : le modèle
# d'intentions et les indices des outils connaissent leurs équivalents français (ceux de l'OQLF). Pas
# « shift » : la lecture des heures le connaît (« 4 shifts de 5 h ») et « quart » y serait une fraction ;
# ni « GIC » : le CPG d'une banque est-il un dépôt (art. 6, al. 3) ? À trancher, pas à traduire.
ANGLICISMES = {
    "loan": "prêt",
    "loans": "prêts",
    "line of credit": "marge de crédit",
    "overtime": "heures supplémentaires",
    "full-time": "temps plein",
    "full time": "temps plein",
    "part-time": "temps partiel",
    "part time": "temps partiel",
    "payroll": "paie",
    "paycheck": "paie",
    "pay stub": "talon de paie",
    "paystub": "talon de paie",
    "timesheet": "feuille de temps",
    "deadline": "date limite",
    "meeting": "réunion",
    "invoice": "facture",
    "refund": "remboursement",
    "withdrawal": "retrait",
    "deposit": "dépôt",
    "bookkeeping": "tenue de livres",
}
_ANGLAIS = "|".join(re.escape(a) for a in sorted(ANGLICISMES, key=len, reverse=True))
_ANGLICISME = re.compile(rf"(?<![\w-])({_ANGLAIS})(?![\w-])", re.IGNORECASE)


# L'exercice des fonds est l'année civile (FUND-DATA : les états financiers sont annuels) : « depuis le
# début de l'exercice » se lit comme « depuis le début de l'année ».
_EXERCICE = re.compile(r"\b(d[ée]but|fin) de l'exercice(?: financier| en cours)?\b", re.IGNORECASE)


# « le T3 2027 », « fin du Q4 » : un trimestre abrégé (suivi d'une année ou après « du », « au ») ; seul, « le
# T4 » est aussi un feuillet d'impôt.
_TRIMESTRE = re.compile(r"(?:(?<=\bdu )|(?<=\bau ))[TQ]([1-4])\b|\b[TQ]([1-4])(?= (?:19|20)\d\d\b)")


def developper(question: str) -> str:
    """La question, ses abréviations remplacées par les mots qu'elles abrègent, ses mots anglais par les
    mots français."""
    texte = _ANGLICISME.sub(lambda m: ANGLICISMES[m[1].lower()], question)
    texte = _ABREVIATION.sub(lambda m: ABREVIATIONS[m[1]], texte)
    texte = _TRIMESTRE.sub(lambda m: f"{m[1] or m[2]}e trimestre", texte)
    return _EXERCICE.sub(r"\1 de l'année", texte)


# Les mois abrégés (CLDR, français : « janv. », « févr. », « sept. »), que Duckling ne lit pas tous et dont
# text2num ferait un nombre (« sept ») ; un mois seulement là où un jour le précède ou une année le suit.
MOIS_ABREGES = {
    "janv": "janvier", "jan": "janvier", "févr": "février", "fevr": "février", "fév": "février",
    "fev": "février", "avr": "avril", "juil": "juillet", "sept": "septembre", "sep": "septembre",
    "oct": "octobre", "nov": "novembre", "déc": "décembre", "dec": "décembre",
}
_MOIS = "|".join(sorted(MOIS_ABREGES, key=len, reverse=True))
_MOIS_ABREGE = re.compile(
    rf"(\b(?:1er|\d{{1,2}}) )({_MOIS})\b\.?|()\b({_MOIS})\b\.?(?= \d{{4}}\b)", re.IGNORECASE
)


# « from Feb 1st to June 30th, 2027 » : une date à l'anglaise (le mois, puis le jour), que Duckling en
# français ne lit pas ; récrite à la française (« du 1er février au 30 juin 2027 »).
MOIS_ANGLAIS = {
    "january": "janvier", "february": "février", "march": "mars", "april": "avril", "may": "mai",
    "june": "juin", "july": "juillet", "august": "août", "september": "septembre", "october": "octobre",
    "november": "novembre", "december": "décembre", "jan": "janvier", "feb": "février", "apr": "avril",
    "jun": "juin", "jul": "juillet", "aug": "août", "sep": "septembre", "oct": "octobre", "nov": "novembre",
    "dec": "décembre",
}  # ni « mar » (mardi) ni « sept » (le nombre), qui se lisent en français
_MOIS_EN = "|".join(sorted(MOIS_ANGLAIS, key=len, reverse=True))
_DATE_ANGLAISE = re.compile(rf"\b({_MOIS_EN})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?",
                            re.IGNORECASE)
_DE_A_ANGLAIS = re.compile(r"\bfrom ((?:1er|\d{1,2}) [^\W\d]+(?: \d{4})?) (?:to|until) (?=1er|\d)",
                           re.IGNORECASE)

# « 15 fév. → 30 avril 2027 » : une flèche entre deux dates est un intervalle (« du 15 février au 30 avril »).
_FLECHE_ENTRE_DATES = re.compile(
    r"\b(?:du )?((?:1er|\d{1,2}) [^\W\d]+(?: \d{4})?)\s*(?:→|->|⟶|=>)\s*(?=(?:1er|\d{1,2}) )", re.IGNORECASE
)


def _date_a_la_francaise(m: re.Match[str]) -> str:
    jour = "1er" if m[2] == "1" else str(int(m[2]))
    return f"{jour} {MOIS_ANGLAIS[m[1].lower()]}" + (f" {m[3]}" if m[3] else "")


def developper_les_mois(texte: str) -> str:
    """« du 1er févr. 2027 au 31 janv. 2028 », « from Feb 1st to June 30th, 2027 », « 15 fév. → 30 avril » :
    les mois en toutes lettres, à la française."""
    texte = _DE_A_ANGLAIS.sub(r"du \1 au ", _DATE_ANGLAISE.sub(_date_a_la_francaise, texte))
    texte = _MOIS_ABREGE.sub(lambda m: (m[1] or "") + MOIS_ABREGES[(m[2] or m[4]).lower()], texte)
    return _FLECHE_ENTRE_DATES.sub(r"du \1 au ", texte)
