"""La première phrase d'une réponse documentaire : ce que dit le texte, en clair, avant la preuve.

Elle n'est jamais rédigée ici : c'est le résumé relu de l'alinéa cité (`corpus/resumes/`, épinglé
à l'empreinte du texte), ou la réponse courte d'une des questions relues de cet alinéa quand la
question posée est bien celle-là (« oui »/« non » dépendent de la façon de poser la question : on ne
les reprend que si les deux questions se ressemblent de près, et jamais quand deux questions de
l'alinéa, l'une à « oui » et l'autre à « non », ressemblent autant à la question posée). Une
question d'ensemble (« Quelles sont mes obligations ? ») reçoit l'aperçu groupé qui lui correspond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from assistant.comprehension.mentions import plier, preparer
from assistant.conversation.composition import ENUMERATION
from assistant.conversation.interrogation import EST_CE_QUE, demande_des_elements, ouverte
from assistant.recherche.encodeur import Encodeur
from assistant.recherche.relues import QuestionsRelues
from corpus import Passage
from corpus.resumes import (
    DOSSIER_RESUMES,
    Apercu,
    Cle,
    QuestionCourte,
    Resume,
    charger_apercus,
    resume_pour,
    texte_locator,
    trouver_resume,
)

# Similarité cosinus minimale entre la question posée et la question d'un résumé ou d'un aperçu.
# Réglée sur la moitié « développement » du jeu « première phrase » (jamais sur l'évaluation), puis
# abaissée de 0,01 avec l'encodeur en entiers : ses similarités les plus hautes y sont 0,006 plus basses.
SEUIL_QUESTION = 0.79
SEUIL_APERCU = 0.89
# Écart sous lequel deux questions de polarités contraires sont trop proches pour trancher.
MARGE_POLARITE = 0.03


class Directes:
    """Résumés relus, réponses courtes et aperçus, avec les vecteurs de leurs questions."""

    def __init__(self, encodeur: Encodeur, relues: QuestionsRelues, cache: Path | None = None,
                 dossier: Path = DOSSIER_RESUMES) -> None:
        self.encodeur = encodeur
        # Les mêmes que la recherche : chargées et encodées une fois, par l'index.
        self.resumes = relues.resumes
        self.apercus = charger_apercus(dossier)
        self._courtes = relues.courtes
        self._questions = relues.vecteurs
        self._types = [(a, q) for a in self.apercus for q in a.questions_types]
        self._vecteurs_types = encodeur.questions([q for _, q in self._types], cache)

    def apercu(self, question: str) -> Apercu | None:
        """L'aperçu dont une question type est très proche de la question posée."""
        if not self._types:
            return None
        scores = self._vecteurs_types @ self.encodeur.question(question)
        meilleur = int(np.argmax(scores))
        if scores[meilleur] < SEUIL_APERCU:
            return None
        # « A-t-il accès à des services de santé ? » attend d'abord un oui, pas la liste de tout.
        fermee = self._choisir(question, range(len(self._courtes)))
        return None if fermee and fermee[1].polarite is not None else self._types[meilleur][0]

    def courte(self, question: str) -> tuple[Resume, str] | None:
        """La question relue la plus proche dans tout le corpus, si elle est bien celle posée : son
        alinéa est celui qui répond (la recherche a pu en classer un autre premier), et sa réponse
        courte la première phrase."""
        choisie = self._choisir(question, range(len(self._courtes)))
        if choisie is None:
            return None
        cle, courte = choisie
        return self.resumes[cle], courte.reponse

    def phrase(self, question: str, passage: Passage, locator: str, proche: str | None = None) -> str:
        """La réponse courte si elle répond à cette question, sinon le résumé de l'alinéa cité ; d'un
        article cité en entier, celui de son alinéa `proche` de la question (la recherche le donne),
        sinon du premier, qui énonce la règle. Une liste se lit dans ce qui est cité."""
        resume = (resume_pour(self.resumes, passage, proche or locator)
                  or trouver_resume(self.resumes, passage.id, 1))
        if resume is None:
            return ""
        courte = self._reponse_courte(question, resume)
        if courte:
            return courte
        liste = enumeration(passage, locator) if demande_des_elements(question) else None
        return liste or resume.resume

    def _reponse_courte(self, question: str, resume: Resume) -> str | None:
        rangs = [i for i, (cle, _) in enumerate(self._courtes) if cle == resume.cle]
        choisie = self._choisir(question, rangs)
        return choisie[1].reponse if choisie else None

    def _choisir(self, question: str, rangs: Sequence[int]) -> tuple[Cle, QuestionCourte] | None:
        """Parmi ces questions relues, la plus proche de la question posée, si elle la reprend."""
        if not rangs:
            return None
        similarites = self._questions[list(rangs)] @ self.encodeur.question(question)
        classees = sorted(zip(similarites.tolist(), (self._courtes[i] for i in rangs), strict=True),
                          key=lambda paire: -paire[0])
        score, (cle, meilleure) = classees[0]
        if score < SEUIL_QUESTION or _contredite(meilleure, score, [(s, q) for s, (_, q) in classees[1:]]):
            return None
        if meilleure.polarite is not None and (ouverte(question) or _oppose(question, meilleure.question)):
            # « Dans quels cas… ? » n'attend pas un oui ; « avant » pour « après », « ne… pas » de plus :
            # les vecteurs ne le voient pas.
            return None
        return cle, meilleure


# Les mots qui renversent un oui en non sans presque changer le vecteur d'une question : des
# contraires deux à deux (on compare lequel est dit) et la négation.
CONTRAIRES = tuple(
    (re.compile(rf"\b(?:{a})\b"), re.compile(rf"\b(?:{b})\b"))
    for a, b in (
        ("avant", "apres"),
        ("sans", "avec"),
        ("plus", "moins"),
        (r"minim\w*", r"maxim\w*"),
        (r"peut|peuvent|pourr\w*", r"doi\w*|devr\w*|oblig\w*|tenue?s?"),
        (r"seule?s?", r"deux|d'autres|ensemble|collabor\w*"),
        (r"interdit\w*", r"permi\w*"),
    )
)
NOMBRE = re.compile(r"\d+")
SUBORDONNEE = re.compile(r"\b(?:qui|que|qu'|dont|lorsqu\w*|quand|si|s'il|s'ils|parce)\b")
NEGATION = re.compile(r"\b(?:ne|n')\b.*?\b(?:pas|jamais|aucun|aucune|plus|ni)\b|\bnon\b")


@lru_cache(maxsize=1024)
def _replie(texte: str) -> str:
    """Nombres en chiffres, sans casse ni accents ; gardé : les questions relues reviennent sans cesse."""
    return plier(preparer(texte))


def _oppose(question: str, autre: str) -> bool:
    """L'une dit « avant » où l'autre dit « après » (ou « peut » / « doit »…), une seule nie, ou la
    question posée donne d'autres nombres (« 3 liquidateurs » n'est pas « 2 liquidateurs »)."""
    a, b = _replie(question), _replie(autre)
    if (nombres := set(NOMBRE.findall(a))) and nombres != set(NOMBRE.findall(b)):
        return True
    contraires = any(
        (gauche.search(a) and droite.search(b) and not gauche.search(b))
        or (droite.search(a) and gauche.search(b) and not droite.search(b))
        for gauche, droite in CONTRAIRES
    )
    return contraires or _niee(a) != _niee(b)


def enumeration(passage: Passage, locator: str) -> str | None:
    """L'alinéa cité, s'il annonce une liste (« … les critères suivants: 1° … 2° … »), en une phrase ;
    un seul paragraphe cité (« art. 1, par. 6° ») n'est pas une liste."""
    lignes = texte_locator(passage, locator).splitlines()
    if len(lignes) > 2 and lignes[0].rstrip().endswith(":") and all(ENUMERATION.match(x) for x in lignes[1:]):
        return " ".join(ligne.strip() for ligne in lignes)
    return None


def _niee(plie: str) -> bool:
    """La principale nie (« ne peut pas ») ; « un détenu qui n'a pas de ressources » ne nie rien."""
    principale = SUBORDONNEE.split(EST_CE_QUE.sub("", plie), maxsplit=1)[0]
    return NEGATION.search(principale) is not None


def _contredite(choisie: QuestionCourte, score: float, autres: list[tuple[float, QuestionCourte]]) -> bool:
    """Une question presque aussi proche attend le oui/non contraire : la question posée est ambiguë."""
    return choisie.polarite is not None and any(
        q.polarite not in {None, choisie.polarite} and score - s < MARGE_POLARITE for s, q in autres)
