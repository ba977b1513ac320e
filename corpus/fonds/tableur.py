"""Cellules d'un tableur québécois : nombres « 1 234,56 », dates AAAA-MM-JJ ou JJ/MM/AAAA, oui/non.

Chaque lecteur rend la valeur ou lève `CelluleInvalide` avec la raison en français ; le fichier,
la ligne et la colonne sont ajoutés par l'importateur. L'écriture est l'inverse exact de la
lecture (exporter puis importer redonne les mêmes valeurs).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from decimal import Decimal, InvalidOperation

_ESPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_DECIMAL_VIRGULE = re.compile(r"^-?\d+(,\d+)?$")
_DECIMAL_POINT = re.compile(r"^-?\d+(\.\d+)?$")
_SIMPLE = re.compile(r"-?\d+(?:[.,]\d{1,2})?\Z")
_DATE_FR = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
DATE_MIN = datetime.date(2000, 1, 1)
DATE_MAX = datetime.date(2100, 12, 31)
OUI = {"oui", "o", "vrai", "1"}
NON = {"non", "n", "faux", "0"}


class CelluleInvalide(ValueError):
    """Une cellule illisible ; le message dit pourquoi, en français."""


def lire_decimal(texte: str, decimales: int = 2) -> Decimal:
    """« 1 234,56 », « 1 234,56 » (espaces insécables), « 1234.56 » ; jamais plus de `decimales`."""
    if decimales == 2 and _SIMPLE.match(texte):  # le cas courant, sans espaces ni symbole
        return Decimal(texte.replace(",", "."))
    brut = _ESPACES.sub("", texte).removesuffix("$").removesuffix("%")
    if not (_DECIMAL_VIRGULE.match(brut) or _DECIMAL_POINT.match(brut)):
        raise CelluleInvalide(f"nombre illisible « {texte} » (attendu par exemple 1 234,56)")
    try:
        valeur = Decimal(brut.replace(",", "."))
    except InvalidOperation as e:  # pragma: no cover - les motifs ci-dessus l'excluent
        raise CelluleInvalide(f"nombre illisible « {texte} »") from e
    if -valeur.as_tuple().exponent > decimales:  # type: ignore[operator]
        raise CelluleInvalide(f"au plus {decimales} décimales (reçu « {texte} »)")
    return valeur


def lire_date(texte: str) -> datetime.date:
    """AAAA-MM-JJ ou JJ/MM/AAAA, entre 2000 et 2100."""
    brut = texte.strip()
    try:
        if len(brut) == 10 and brut[4] == "-":
            jour = datetime.date.fromisoformat(brut)
        elif fr := _DATE_FR.match(brut):
            jour = datetime.date(int(fr[3]), int(fr[2]), int(fr[1]))
        else:
            jour = datetime.date.fromisoformat(brut)
    except ValueError as e:
        raise CelluleInvalide(f"date invalide « {texte} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)") from e
    if not DATE_MIN <= jour <= DATE_MAX:
        raise CelluleInvalide(f"date hors plage « {texte} » (de {DATE_MIN.year} à {DATE_MAX.year})")
    return jour


def lire_booleen(texte: str) -> bool:
    brut = texte.strip().lower()
    if brut in OUI:
        return True
    if brut in NON:
        return False
    raise CelluleInvalide(f"« oui » ou « non » attendu (reçu « {texte} »)")


def lire_entier(texte: str) -> int:
    brut = _ESPACES.sub("", texte)
    if not brut.lstrip("-").isdigit():
        raise CelluleInvalide(f"nombre entier attendu (reçu « {texte} »)")
    return int(brut)


def ecrire(valeur: object) -> str:
    """Une valeur pour le tableur : virgule décimale, date ISO, oui/non, vide pour rien."""
    if valeur is None:
        return ""
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, Decimal):
        return f"{valeur:f}".replace(".", ",")
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    return str(valeur)


class FichierInvalide(ValueError):
    """Le fichier entier est illisible (encodage, en-tête) ; message en français."""


def decoder(contenu: bytes) -> str:
    """UTF-8, avec ou sans BOM ; sinon dit à quelle ligne le premier octet fautif se trouve."""
    try:
        return contenu.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        ligne = contenu[: e.start].count(b"\n") + 1
        raise FichierInvalide(
            f"ligne {ligne} : le fichier n'est pas en UTF-8 (octet 0x{contenu[e.start]:02x} ;"
            " enregistrez-le en « CSV UTF-8 »)"
        ) from e


def lignes_csv(texte: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """L'en-tête et les lignes (numéro de ligne du fichier, valeurs) ; séparateur « ; » ou « , » deviné."""
    premiere = texte.split("\n", 1)[0]
    separateur = ";" if premiere.count(";") >= premiere.count(",") else ","
    lecteur = csv.reader(io.StringIO(texte), delimiter=separateur)
    try:
        entete = [c.strip().lower() for c in next(lecteur)]
    except StopIteration as e:
        raise FichierInvalide("le fichier est vide") from e
    rangs = [(lecteur.line_num, valeurs) for valeurs in lecteur if any(v.strip() for v in valeurs)]
    return entete, rangs
