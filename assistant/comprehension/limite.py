"""« Combien peut-on emprunter sans l'autorisation du ministre ? » : la question demande la valeur d'un
argument jusqu'où le verdict du calculateur ne change pas.

La limite est cherchée au cent près sur le calculateur lui-même, jamais recalculée par une formule écrite
à côté de la sienne : le seuil en vigueur, « supérieur à » strict, le solde qui s'ajoute, tout vient de
lui. Le verdict est celui de la plus petite valeur ; on monte par dizaines jusqu'à ce qu'il change, puis
on coupe l'intervalle en deux.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from outils.erreurs import EntreeInvalide
from outils.registre import executer
from outils.resultat import Resultat

CENT = Decimal("0.01")
PLAFOND = Decimal(10) ** 9  # au-delà d'un milliard, aucun verdict du règlement ne change plus


@dataclass(frozen=True)
class Limite:
    """La plus grande valeur de `nom` qui garde le verdict de la plus petite, et ce que dit le
    calculateur un cent plus haut."""

    nom: str
    valeur: Decimal
    au_dela: Resultat


def chercher(outil: str, arguments: dict[str, Any], nom: str, jour: datetime.date) -> Limite | None:
    """La limite de l'argument `nom` (un montant), les autres arguments donnés ; None si le verdict ne
    change pas d'un cent à un milliard, ou si le calculateur refuse une entrée."""

    def calcul(valeur: Decimal) -> Resultat:
        return executer(outil, {**arguments, nom: valeur}, jour)

    try:
        garde = calcul(CENT).verdict
        if not garde:
            return None  # un calcul sans oui ni non (un montant qui se compte) n'a pas de limite
        bas, haut = CENT, Decimal(1)
        while calcul(haut).verdict == garde:
            bas, haut = haut, haut * 10
            if haut > PLAFOND:
                return None
        while haut - bas > CENT:  # le verdict est gardé à `bas`, changé à `haut`
            milieu = ((bas + haut) / 2).quantize(CENT)
            bas, haut = (milieu, haut) if calcul(milieu).verdict == garde else (bas, milieu)
        return Limite(nom, bas, calcul(haut))
    except EntreeInvalide:
        return None
