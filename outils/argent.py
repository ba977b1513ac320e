"""Argent : Decimal, une seule règle d'arrondi, et l'écriture québécoise des montants.

Règle d'arrondi (la seule du paquet) : au cent, la demie vers le haut
(ROUND_HALF_UP) ; 5,635 $ devient 5,64 $. Tout montant calculé passe par `arrondir`.

Écriture : virgule décimale, espace insécable U+00A0 comme séparateur de milliers
et devant « $ » et « % » (« 25 000,00 $ », « 35 % ») pour qu'un montant ne soit
jamais coupé en fin de ligne. Qui compare du texte peut remplacer U+00A0 par une espace.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from outils.erreurs import EntreeInvalide

ESPACE = "\u00a0"
CENT = Decimal("0.01")

Nombre = Decimal | int | float | str
"""Ce qu'un calculateur accepte pour un nombre : les chaînes françaises comprises."""

_ESPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NOMBRE = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_EXEMPLES = {"$": "116,20 ou 116.20", "%": "10 ou 12,5"}


def arrondir(montant: Decimal) -> Decimal:
    """Arrondit au cent, la demie vers le haut : la seule règle d'arrondi du paquet."""
    return Decimal(montant).quantize(CENT, rounding=ROUND_HALF_UP)


def format_nombre(nombre: Decimal | int) -> str:
    """Écrit un nombre à la québécoise, sans zéros inutiles : « 7,5 », « 1 234 »."""
    # normalize() retire les zéros de queue ; le format « f » n'écrit jamais d'exposant.
    return _franciser(f"{Decimal(nombre).normalize():,f}")


def format_montant(montant: Decimal | int, *, centimes: bool = True) -> str:
    """Écrit un montant : « 116,20 $ », « 25 000,00 $ ».

    `centimes=False` laisse tomber « ,00 » d'un montant entier (« 25 000 $ »), pour
    citer un seuil tel que le texte de loi l'écrit.
    """
    valeur = Decimal(montant)
    if not centimes and valeur == valeur.to_integral_value():
        texte = f"{valeur.quantize(Decimal(1)):,f}"
    else:
        texte = f"{arrondir(valeur):,.2f}"
    return f"{_franciser(texte)}{ESPACE}$"


def format_taux(fraction: Decimal) -> str:
    """Écrit un taux donné en fraction : Decimal("0.35") donne « 35 % »."""
    return f"{format_nombre(Decimal(fraction) * 100)}{ESPACE}%"


def lire_nombre(valeur: Nombre, champ: str, symbole: str = "") -> Decimal:
    """Lit un nombre : « 116.20 », « 116,20 », « 1 234,5 », 20, 7.5.

    Un float passe par son écriture décimale (repr) pour ne pas traîner
    les erreurs binaires (0.1 ne devient pas 0.1000000000000000055…).
    """
    if isinstance(valeur, bool):
        raise EntreeInvalide(champ, f"un nombre est attendu, pas une valeur vrai/faux (reçu : {valeur})")
    if isinstance(valeur, int):
        return Decimal(valeur)
    if isinstance(valeur, float):
        return _fini(Decimal(repr(valeur)), champ, valeur)
    if isinstance(valeur, Decimal):
        return _fini(valeur, champ, valeur)
    if isinstance(valeur, str):
        return _lire_texte(valeur, champ, symbole)
    raise EntreeInvalide(champ, f"un nombre est attendu (reçu : {valeur!r})")


def lire_montant(valeur: Nombre, champ: str = "montant") -> Decimal:
    """Lit un montant en dollars (« 25 000 $ », « 116,20 », 116.2) et le rend au cent.

    Plus de deux décimales est refusé plutôt qu'arrondi en silence.
    """
    nombre = lire_nombre(valeur, champ, symbole="$")
    if nombre != nombre.quantize(CENT, rounding=ROUND_HALF_UP):
        raise EntreeInvalide(champ, f"un montant a au plus deux décimales (reçu : {_afficher(valeur)})")
    return nombre.quantize(CENT)


def _lire_texte(texte: str, champ: str, symbole: str) -> Decimal:
    nettoye = _ESPACES.sub("", texte).replace("\u2212", "-")
    if symbole and nettoye.endswith(symbole):
        nettoye = nettoye[: -len(symbole)]
    if not _NOMBRE.fullmatch(nettoye):
        exemple = _EXEMPLES.get(symbole, "20 ou 7,5")
        raise EntreeInvalide(
            champ,
            f"ce n'est pas un nombre valide (reçu : « {texte} ») ; exemple accepté : {exemple}",
        )
    return Decimal(nettoye.replace(",", "."))


def _fini(nombre: Decimal, champ: str, recu: object) -> Decimal:
    try:
        if nombre.is_finite():
            return nombre
    except InvalidOperation:
        pass
    raise EntreeInvalide(champ, f"un nombre fini est attendu (reçu : {recu})")


def _franciser(texte: str) -> str:
    # Le format anglais de Decimal (1,234.50) devient 1 234,50.
    return texte.replace(",", ESPACE).replace(".", ",")


def _afficher(valeur: object) -> str:
    return f"« {valeur} »" if isinstance(valeur, str) else str(valeur)
