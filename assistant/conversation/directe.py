"""La première phrase d'une réponse documentaire : ce que dit le texte, en clair, avant la preuve.

Elle n'est jamais rédigée ici : c'est le résumé relu de l'alinéa cité (`corpus/resumes/`, épinglé
à l'empreinte du texte), ou sa réponse courte quand la question posée est bien celle à laquelle
cette réponse courte répond (« oui »/« non » dépendent de la façon de poser la question : on ne
les reprend que si les deux questions se ressemblent de près). Une question d'ensemble (« Quelles
sont mes obligations ? ») reçoit l'aperçu groupé qui lui correspond.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.recherche.encodeur import Encodeur
from corpus import Passage
from corpus.resumes import Apercu, Resume, charger_apercus, charger_resumes, resume_pour, trouver_resume

# Similarité cosinus minimale entre la question posée et la question d'un résumé ou d'un aperçu.
# Réglée sur la moitié « développement » du jeu « première phrase » (jamais sur l'évaluation).
SEUIL_QUESTION = 0.80
SEUIL_APERCU = 0.90


class Directes:
    """Résumés relus, réponses courtes et aperçus, avec les vecteurs de leurs questions."""

    def __init__(self, encodeur: Encodeur, cache: Path | None = None) -> None:
        self.encodeur = encodeur
        self.resumes = charger_resumes()
        self.apercus = charger_apercus()
        self._avec_question = [r for r in self.resumes.values() if r.question and r.reponse_courte]
        self._questions = encodeur.questions([r.question or "" for r in self._avec_question], cache)
        self._types = [(a, q) for a in self.apercus for q in a.questions_types]
        self._vecteurs_types = encodeur.questions([q for _, q in self._types], cache)

    def apercu(self, question: str) -> Apercu | None:
        """L'aperçu dont une question type est très proche de la question posée."""
        if not self._types:
            return None
        scores = self._vecteurs_types @ self.encodeur.question(question)
        meilleur = int(np.argmax(scores))
        return self._types[meilleur][0] if scores[meilleur] >= SEUIL_APERCU else None

    def phrase(self, question: str, passage: Passage, locator: str) -> str:
        """La réponse courte si elle répond à cette question, sinon le résumé de l'alinéa cité."""
        # Un article cité en entier a un résumé par alinéa : le premier énonce la règle.
        resume = resume_pour(self.resumes, passage, locator) or trouver_resume(self.resumes, passage.id, 1)
        if resume is None:
            return ""
        courte = self._reponse_courte(question, resume)
        return courte or resume.resume

    def _reponse_courte(self, question: str, resume: Resume) -> str | None:
        if resume not in self._avec_question:
            return None
        rang = self._avec_question.index(resume)
        similarite = float(self._questions[rang] @ self.encodeur.question(question))
        return resume.reponse_courte if similarite >= SEUIL_QUESTION else None
