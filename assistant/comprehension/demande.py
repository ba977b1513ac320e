"""La demande comprise : bâtie une fois par tour, lue par toutes les étapes suivantes.

Aucune étape après la compréhension ne relit le texte de la question pour en tirer une valeur :
le calcul prend ses arguments ici, la recherche son texte autonome, la réponse dit ce qui a été
compris à partir des sources de chaque argument.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.limite import Limite
from assistant.comprehension.mentions import Mention
from outils.argent import format_montant, format_nombre
from outils.dates import format_date
from outils.declaration import Argument, Genre
from outils.resultat import en_json

# « Environ 5 000 $ » : la valeur dite peut s'écarter d'un cinquième, dans un sens ou dans l'autre.
MARGE_APPROCHEE = Decimal("0.2")
APPROCHEE = f" (ordre de grandeur : même réponse à {MARGE_APPROCHEE * 100:.0f} % près)"
ESTIMEE = " (ordre de grandeur : la réponse l'est aussi)"
FOURCHETTE = " (fourchette : même réponse d'un bout à l'autre)"


@dataclass
class Appel:
    """Un outil à appeler ; `depuis` nomme un argument à prendre dans le résultat d'un outil précédent."""

    outil: str
    arguments: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Mention] = field(default_factory=dict)
    depuis: dict[str, tuple[str, str]] = field(default_factory=dict)  # argument -> (outil, montant)
    supposes: frozenset[str] = frozenset()  # oui/non que la question tait, pris à leur valeur d'usage
    approchees: frozenset[str] = frozenset()  # ordres de grandeur sans effet sur le verdict
    estimation: bool = False  # la question demande un ordre de grandeur : ses valeurs approchées suffisent
    limite: Limite | None = None  # la question demande jusqu'où un argument garde le verdict


@dataclass
class Demande:
    question: str  # telle que posée
    texte: str  # préparée : nombres en chiffres, espaces et apostrophes uniformes
    jour: datetime.date  # la date de la demande : une seule horloge pour tous les calculs
    recherche: str  # le texte autonome donné à la recherche (une question elliptique reprend la précédente)
    mentions: list[Mention] = field(default_factory=list)
    intentions: list[tuple[str, float]] = field(default_factory=list)  # de la plus probable à la moins
    intention: str = "document"
    confiance: float = 0.0
    hors_sujet: float | None = None  # probabilité apprise, lue sur une question seule (None dans une suite)
    appels: list[Appel] = field(default_factory=list)
    precision: str | None = None  # la question à poser plutôt que de deviner
    manquants: list[str] = field(default_factory=list)  # les arguments que cette précision demande
    erreur: str | None = None  # une valeur impossible pour son argument
    reprise: str | None = None  # ce qui vient du tour précédent
    echelle: int = 1  # « (en milliers de $) » : 1000, gardé par les suites de la conversation

    def comprehension(self) -> dict[str, Any]:
        """Ce que la réponse JSON montre de la compréhension (sans le texte de la question)."""
        return {
            "intention": self.intention,
            "confiance": round(self.confiance, 3),
            "arguments": {a.outil: {nom: en_json(v) for nom, v in a.arguments.items()} for a in self.appels},
            "reprise": self.reprise,
        }

    def compris(self) -> str:
        """« J'ai compris : emprunt du fonds de 30 000 $, solde actuel des emprunts non fourni (0 $). »"""
        if not self.appels:
            return ""
        dernier = self.appels[-1]
        outil = CATALOGUE[dernier.outil]
        parties = []
        for appel in self.appels:
            declares = {a.nom: a for a in CATALOGUE[appel.outil].arguments}
            parties += [
                f"{_titre(appel.outil, nom)} : {_valeur_lisible(appel, nom, valeur, declares.get(nom))}"
                # Un total qui additionne d'autres valeurs ne montre pas le calcul d'une seule.
                + (f" ({source.calcul})" if (source := appel.sources.get(nom)) and source.calcul
                   and source.valeur == valeur else "")
                + (" (supposé)" if nom in appel.supposes else "")
                + (_approchee(appel, nom) if nom in appel.approchees else "")
                for nom, valeur in appel.arguments.items()
                if nom not in appel.depuis
            ]
        for argument in outil.arguments:
            if argument.nom in dernier.arguments or argument.nom in dernier.depuis:
                continue
            if argument.nom == "date" and outil.date_du_jour:
                parties.append(f"date : celle de la demande ({format_date(self.jour)})")
            elif argument.genre in {Genre.ARGENT, Genre.HEURES} and argument.nom != "prime":
                parties.append(f"{_titre(dernier.outil, argument.nom)} non fourni")
        suite = f" (repris de la question précédente : {self.reprise})" if self.reprise else ""
        return f"J'ai compris : {', '.join(parties)}{suite}." if parties else ""


def _valeur_lisible(appel: Appel, nom: str, valeur: Any, argument: Argument | None) -> str:
    """« 30 000 $ » ; une fourchette par ses deux bouts : « de 5 000 $ à 8 000 $ »."""
    if appel.limite is not None and appel.limite.nom == nom:
        return f"la valeur demandée, jusqu'où la réponse reste la même ({lisible(valeur, argument)})"
    source = appel.sources.get(nom)
    if source is not None and source.bornes and nom in appel.approchees:
        return f"de {lisible(source.bornes[0], argument)} à {lisible(source.bornes[1], argument)}"
    return lisible(valeur, argument)


def _approchee(appel: Appel, nom: str) -> str:
    if appel.estimation:
        return ESTIMEE
    source = appel.sources.get(nom)
    return FOURCHETTE if source is not None and source.bornes else APPROCHEE


def _titre(outil: str, nom: str) -> str:
    champ = CATALOGUE[outil].schema.model_fields[nom]
    return champ.title or nom.replace("_", " ")


def lisible(valeur: Any, argument: Argument | None = None) -> str:
    """Une valeur comprise, écrite comme un conseiller l'écrirait : « 30 000 $ », « 7,5 h », « 10 % »,
    « prévenu » (le libellé d'un choix)."""
    genre = argument.genre if argument else None
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, datetime.date):
        return format_date(valeur)
    if isinstance(valeur, Decimal):
        if genre == Genre.ARGENT:
            return format_montant(valeur, centimes=False)
        unite = {Genre.HEURES: "\u00a0h", Genre.TAUX: "\u00a0%"}.get(genre, "")  # type: ignore[call-overload]
        return f"{format_nombre(valeur)}{unite}"
    libelle = argument.libelles.de(str(valeur)) if argument else None
    return libelle or str(valeur).replace("_", " ")

