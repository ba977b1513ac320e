"""La valeur d'un choix que la question décrit sans la nommer, apprise des exemples annotés des outils.

« On voudrait un civil à la caisse pour que les détenus touchent pas au cash » ne dit pas « sécurité » :
aucun mot déclaré (`Indices.valeurs`) ne le trouve, mais la phrase ressemble aux exemples annotés
`[motif=securite]`. Une situation d'un oui/non aussi : « il se remet d'une opération au genou » ressemble
aux exemples `[probleme_sante_physique_ou_mentale=true]`. On n'annote que des situations présentes : les
vecteurs voient de quoi parle une phrase, mal si elle le nie (« il a encore 300 $ d'épargne » ressemble à
« son compte est vide ») ; le « non » reste aux mots déclarés. Une régression logistique par
argument, sur les vecteurs que l'intention calcule déjà ; elle ne sert qu'au défaut des mots, et
seulement quand une valeur est nettement la plus probable : sinon, on demande. Elle apprend aussi le
« non dit » : les exemples de l'outil sans annotation et les questions sur les textes (« faut-il une
assurance pour cet électricien ? »), et « autre » : une raison donnée que la règle ne nomme pas (« parce
qu'il coûte moins cher »), plus nette qu'une autre pour être retenue.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

import numpy as np
from sklearn.linear_model import LogisticRegression

from assistant.comprehension.catalogue import CATALOGUE
from assistant.recherche.encodeur import Encodeur

REGULARISATION = 64.0  # peu d'exemples, des classes qui se touchent : une régularisation faible
VRAI = "true"  # la valeur annotée d'un oui/non : « [toxicomanie_ou_alcoolisme=true] »
NON_DIT = ""  # un exemple de l'outil sans annotation ne décrit pas ce choix : on le demandera
# Probabilité minimale de la valeur choisie, réglée sur les moitiés « développement » des paraphrases :
# en deçà, la question décrit mal son motif et on le lui demande.
SEUIL = 0.55
# « Autre », tout ce que la règle ne nomme pas (« parce que c'est plus simple »), change le verdict (un motif
# refusé) : il doit ressortir plus nettement qu'une valeur nommée (réglé sur les mêmes moitiés).
AUTRE = "autre"
SEUIL_AUTRE = 0.7
MIN_PAR_VALEUR = 3  # moins d'exemples pour une valeur : on ne l'apprend pas
OUI_NON = {VRAI, "false", NON_DIT}
# Une proposition : entre deux ponctuations ; trop courte (« Admissible ? »), elle ne décrit rien seule.
PROPOSITION = re.compile(r"[,;:.!?\n]+")
MOTS_PAR_PROPOSITION = 3


class ChoixAppris:
    """Pour chaque (outil, argument) annoté : la probabilité de chaque valeur permise."""

    def __init__(
        self, encodeur: Encodeur, vecteurs: Mapping[str, np.ndarray], negatifs: tuple[str, ...] = ()
    ) -> None:
        """`vecteurs` : ceux des exemples, que l'intention a déjà calculés (rien n'est encodé ici)."""
        self.encodeur = encodeur
        self._modeles: dict[tuple[str, str], LogisticRegression] = {}
        for (outil, argument), paires in _annotations().items():
            textes = [texte for texte, _ in paires]
            valeurs = [valeur for _, valeur in paires]
            if len(set(valeurs)) < 2 or min(map(valeurs.count, set(valeurs))) < MIN_PAR_VALEUR:
                continue
            # Les questions sur les textes ne décrivent aucun choix d'outil : elles apprennent le « non dit ».
            textes += list(negatifs)
            valeurs += [NON_DIT] * len(negatifs)
            modele = LogisticRegression(C=REGULARISATION, max_iter=3000, class_weight="balanced")
            self._modeles[outil, argument] = modele.fit(np.stack([vecteurs[t] for t in textes]), valeurs)

    def valeur(self, outil: str, argument: str, question: str) -> str | None:
        """La valeur que décrit la question, si elle est nettement la plus probable. Un oui/non se lit aussi
        proposition par proposition : « il a lancé son plateau à la tête d'une agente » dit, dans une longue
        question, une seule des situations de l'art. 10 ; noyée dans le reste, elle ressort mal."""
        modele = self._modeles.get((outil, argument))
        if modele is None:
            return None
        lues = self._propositions(question) if set(modele.classes_) <= OUI_NON else [question]
        propositions = self._vecteurs(tuple(lues[1:])) if len(lues) > 1 else []
        vecteurs = np.stack([self.encodeur.question(question), *propositions])
        probas = modele.predict_proba(vecteurs)
        probas[:, modele.classes_ == NON_DIT] = 0  # la valeur la plus nettement décrite
        ligne, meilleure = np.unravel_index(int(probas.argmax()), probas.shape)
        valeur = str(modele.classes_[meilleure])
        return valeur if probas[ligne, meilleure] >= (SEUIL_AUTRE if valeur == AUTRE else SEUIL) else None

    @staticmethod
    def _propositions(question: str) -> list[str]:
        """La question, puis ses propositions quand elle en a plusieurs."""
        morceaux = [m.strip() for m in PROPOSITION.split(question) if len(m.split()) >= MOTS_PAR_PROPOSITION]
        return [question, *morceaux] if len(morceaux) > 1 else [question]

    @lru_cache(maxsize=64)  # noqa: B019 — un seul ChoixAppris vit avec le moteur
    def _vecteurs(self, propositions: tuple[str, ...]) -> np.ndarray:
        """Les propositions d'une question, encodées ensemble : un seul passage du modèle."""
        return self.encodeur.questions(list(propositions))


def _annotations() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """Pour chaque argument annoté d'un outil, tous ses exemples : la valeur annotée, ou NON_DIT."""
    par_argument: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for nom, outil in CATALOGUE.items():
        annotes = {argument for _, valeurs in outil.exemples_annotes for argument in valeurs}
        for texte, valeurs in outil.exemples_annotes:
            for argument in annotes:
                valeur = valeurs.get(argument, NON_DIT)
                par_argument[nom, argument].append((texte, valeur))
    return par_argument
