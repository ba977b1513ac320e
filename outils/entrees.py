"""Lecture des entrées des calculateurs : chaque refus nomme le champ, en français.

Les calculateurs sont appelés par du code, par la ligne de commande (tout y est
texte) et par un modèle de langue (qui écrit « oui », « 116,20 ») : on lit donc
largement, mais on refuse clairement ce qui n'a pas de sens.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import TypeVar

from outils.argent import (
    Nombre,
    format_montant,
    format_nombre,
    lire_montant,
    lire_nombre,
)
from outils.erreurs import EntreeInvalide

Choix = TypeVar("Choix", bound=Enum)

_VRAI = {"oui", "o", "vrai", "true", "1", "yes", "y"}
_FAUX = {"non", "n", "faux", "false", "0", "no"}


def montant_non_negatif(valeur: Nombre, champ: str, article: str | None = None) -> Decimal:
    """Montant en dollars, zéro permis, négatif refusé."""
    montant = lire_montant(valeur, champ)
    if montant < 0:
        raise EntreeInvalide(
            champ,
            f"le montant ne peut pas être négatif (reçu : {format_montant(montant)})",
            article,
        )
    return montant


def montant_positif(valeur: Nombre, champ: str, article: str | None = None) -> Decimal:
    """Montant en dollars strictement positif."""
    montant = lire_montant(valeur, champ)
    if montant <= 0:
        raise EntreeInvalide(
            champ,
            f"le montant doit être supérieur à {format_montant(Decimal(0), centimes=False)} (reçu"
            f" : {format_montant(montant)})",
            article,
        )
    return montant


def heures_non_negatives(valeur: Nombre, champ: str = "heures") -> Decimal:
    """Nombre d'heures, décimales permises (7,5 h), négatif refusé."""
    heures = lire_nombre(valeur, champ, symbole="h")
    if heures < 0:
        raise EntreeInvalide(
            champ, f"le nombre d'heures ne peut pas être négatif (reçu : {format_nombre(heures)})"
        )
    return heures


def lire_entier(valeur: int | str, champ: str) -> int:
    """Nombre entier (une année, par exemple) ; « 2027 » est compris, vrai/faux non."""
    if isinstance(valeur, int) and not isinstance(valeur, bool):
        return valeur
    if isinstance(valeur, str) and valeur.strip().isdigit():
        return int(valeur.strip())
    raise EntreeInvalide(champ, f"un nombre entier est attendu (reçu : « {valeur} »)")


def lire_booleen(valeur: bool | str | int, champ: str) -> bool:
    """Vrai ou faux ; « oui » et « non » sont compris."""
    if isinstance(valeur, bool):
        return valeur
    texte = str(valeur).strip().lower()
    if texte in _VRAI:
        return True
    if texte in _FAUX:
        return False
    raise EntreeInvalide(champ, f"oui ou non est attendu (reçu : « {valeur} »)")


def lire_choix(valeur: Choix | str, choix: type[Choix], champ: str) -> Choix:
    """Une des valeurs permises ; l'erreur les énumère toutes."""
    if isinstance(valeur, choix):
        return valeur
    try:
        return choix(str(valeur).strip())
    except ValueError:
        permises = ", ".join(membre.value for membre in choix)
        raise EntreeInvalide(champ, f"valeur inconnue « {valeur} » ; valeurs permises : {permises}") from None
