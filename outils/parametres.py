"""Paramètres légaux datés : « la valeur en vigueur à cette date », lue dans outils/parametres/.

Comme OpenFisca : chaque valeur de la loi est une donnée (fichier TOML, ou CSV pour
l'historique du salaire minimum) avec sa date d'effet, son unité, sa référence et la
date de sa dernière vérification. Un changement de loi ajoute une valeur datée ;
il ne réécrit jamais l'ancienne.
"""

from __future__ import annotations

import csv
import datetime
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from outils.argent import format_montant
from outils.dates import format_date
from outils.erreurs import EntreeInvalide

_DOSSIER = "parametres"


@dataclass(frozen=True)
class ReferenceLegale:
    """Le texte et l'article qui fixent une valeur."""

    titre: str
    doc_id: str
    article: str
    locator: str
    url: str


@dataclass(frozen=True)
class ValeurDatee:
    """Une valeur et la date à laquelle elle prend effet."""

    en_vigueur_le: datetime.date
    valeur: Decimal
    source: str


@dataclass(frozen=True)
class Parametre:
    """La valeur d'un paramètre en vigueur à une date, avec de quoi la justifier."""

    nom: str
    valeur: Decimal
    unite: str
    reference: ReferenceLegale
    en_vigueur_le: datetime.date
    source: str
    verifie_le: datetime.date
    avertissements: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bareme:
    """Toutes les valeurs connues d'un paramètre, de la plus ancienne à la plus récente."""

    nom: str
    description: str
    unite: str
    reference: ReferenceLegale
    verifie_le: datetime.date
    avertir_apres_verification: bool
    valeurs: tuple[ValeurDatee, ...]


def noms() -> list[str]:
    """Les paramètres connus, par ordre alphabétique."""
    return sorted(fichier.name.removesuffix(".toml") for fichier in _fichiers_toml())


def valeur(nom: str, le: datetime.date, champ: str = "date") -> Parametre:
    """La valeur de `nom` en vigueur le `le`.

    Avant la première valeur connue : EntreeInvalide sur `champ`. Après la date de
    vérification d'un paramètre qui change souvent (salaire minimum) : la dernière
    valeur, avec un avertissement.
    """
    bareme = bareme_de(nom)
    applicables = [v for v in bareme.valeurs if v.en_vigueur_le <= le]
    if not applicables:
        premiere = bareme.valeurs[0].en_vigueur_le
        raise EntreeInvalide(
            champ,
            f"aucune valeur connue de « {bareme.description} » avant le {format_date(premiere)}"
            f" (reçu : {le.isoformat()})",
        )
    retenue = applicables[-1]
    return Parametre(
        nom=nom,
        valeur=retenue.valeur,
        unite=bareme.unite,
        reference=bareme.reference,
        en_vigueur_le=retenue.en_vigueur_le,
        source=retenue.source,
        verifie_le=bareme.verifie_le,
        avertissements=_avertissements(bareme, retenue, le),
    )


@cache
def bareme_de(nom: str) -> Bareme:
    """Lit (une fois) le fichier d'un paramètre ; nom inconnu : EntreeInvalide sur `nom`."""
    fichier = _dossier() / f"{nom}.toml"
    if not fichier.is_file():
        raise EntreeInvalide("nom", f"paramètre inconnu « {nom} » ; paramètres connus : {', '.join(noms())}")
    with fichier.open("rb") as flux:
        donnees = tomllib.load(flux, parse_float=Decimal)
    if "fichier_valeurs" in donnees:
        valeurs = _lire_csv(_dossier() / donnees["fichier_valeurs"])
    else:
        valeurs = [_valeur_datee(v) for v in donnees["valeurs"]]
    _verifier_ordre(nom, valeurs)
    return Bareme(
        nom=nom,
        description=donnees["description"],
        unite=donnees["unite"],
        reference=ReferenceLegale(**donnees["reference"]),
        verifie_le=donnees["verifie_le"],
        avertir_apres_verification=donnees.get("avertir_apres_verification", False),
        valeurs=tuple(valeurs),
    )


@cache
def montants_fixes() -> frozenset[Decimal]:
    """Les montants en dollars que la loi fixe, à toutes les dates : ceux qu'une question peut citer."""
    return frozenset(v.valeur for nom in noms() if (bareme := bareme_de(nom)).unite == "$"
                     for v in bareme.valeurs)


def _avertissements(bareme: Bareme, retenue: ValeurDatee, le: datetime.date) -> tuple[str, ...]:
    if not bareme.avertir_apres_verification or le <= bareme.verifie_le:
        return ()
    avertissement = (
        f"La valeur la plus récente connue de « {bareme.description} »"
        f" ({_afficher(retenue.valeur, bareme.unite)}, en vigueur depuis le"
        f" {format_date(retenue.en_vigueur_le)}) a été vérifiée le"
        f" {format_date(bareme.verifie_le)} ;"
        f" une valeur plus récente peut s'appliquer au {format_date(le)}."
    )
    return (avertissement,)


def _afficher(nombre: Decimal, unite: str) -> str:
    if unite.startswith("$"):
        return format_montant(nombre) + unite.removeprefix("$")
    return f"{nombre} {unite}"


def _lire_csv(fichier: Traversable) -> list[ValeurDatee]:
    # Colonnes : en_vigueur_le, valeur (2e colonne, quel que soit son nom), source.
    # La source, dernière colonne, peut contenir des virgules non protégées
    # (« hausse de 0,50 $ ») : on recolle ce qui suit la 2e colonne.
    with fichier.open("r", encoding="utf-8", newline="") as flux:
        lignes = [ligne for ligne in csv.reader(flux) if ligne and ligne[0].strip()]
    return [
        ValeurDatee(datetime.date.fromisoformat(ligne[0].strip()), Decimal(ligne[1]), ",".join(ligne[2:]))
        for ligne in lignes[1:]
    ]


def _valeur_datee(donnee: dict[str, Any]) -> ValeurDatee:
    return ValeurDatee(donnee["en_vigueur_le"], Decimal(donnee["valeur"]), donnee.get("source", ""))


def _verifier_ordre(nom: str, valeurs: list[ValeurDatee]) -> None:
    # Une erreur de données est une faute du paquet, pas de l'utilisateur : RuntimeError.
    dates = [v.en_vigueur_le for v in valeurs]
    if not dates or dates != sorted(set(dates)):
        raise RuntimeError(f"Paramètre {nom} : dates absentes, en double ou pas en ordre croissant.")


def _dossier() -> Traversable:
    return files("outils").joinpath(_DOSSIER)


def _fichiers_toml() -> list[Traversable]:
    return [f for f in _dossier().iterdir() if f.name.endswith(".toml")]
