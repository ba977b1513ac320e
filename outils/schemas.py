"""Schémas pydantic des arguments de chaque outil, décrits en français pour un modèle de langue.

Les validateurs réutilisent les lecteurs des calculateurs (`outils.entrees`, `argent`,
`dates`) : un même refus, avec le même message, que l'appel vienne du code, de la ligne
de commande ou d'un modèle. Les valeurs par défaut sont celles des fonctions.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
)

from outils.aide import ButAide
from outils.argent import lire_montant, lire_nombre
from outils.dates import lire_date
from outils.emprunt import Preteur
from outils.entrees import lire_booleen, lire_choix, lire_entier
from outils.personnel import Motif
from outils.placement import TypePlacement

_NOMBRE_JSON = {"anyOf": [{"type": "number"}, {"type": "string"}]}


def _montant(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_montant(valeur, info.field_name or "montant")


def _nombre(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_nombre(valeur, info.field_name or "nombre", symbole="%")


def _heures(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_nombre(valeur, info.field_name or "heures", symbole="h")


def _date(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_date(valeur, info.field_name or "date")


def _booleen(valeur: Any, info: ValidationInfo) -> bool:
    return lire_booleen(valeur, info.field_name or "valeur")


def _entier(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_entier(valeur, info.field_name or "nombre")


def _choix(enumeration: type[StrEnum]) -> Any:
    """Type d'un argument à valeurs permises : schéma `enum` en ligne, refus en français."""

    def lire(valeur: Any, info: ValidationInfo) -> Any:
        return None if valeur is None else lire_choix(valeur, enumeration, info.field_name or "valeur")

    valeurs = [membre.value for membre in enumeration]
    return Annotated[enumeration, BeforeValidator(lire), WithJsonSchema({"type": "string", "enum": valeurs})]


Montant = Annotated[Decimal, BeforeValidator(_montant), WithJsonSchema(_NOMBRE_JSON)]
Heures = Annotated[Decimal, BeforeValidator(_heures), WithJsonSchema(_NOMBRE_JSON)]
Taux = Annotated[Decimal, BeforeValidator(_nombre), WithJsonSchema(_NOMBRE_JSON)]
Jour = Annotated[datetime.date, BeforeValidator(_date), WithJsonSchema({"type": "string", "format": "date"})]
Booleen = Annotated[bool, BeforeValidator(_booleen), WithJsonSchema({"type": "boolean"})]
Annee = Annotated[int, BeforeValidator(_entier), WithJsonSchema({"type": "integer"})]
ChoixPreteur = _choix(Preteur)
ChoixBut = _choix(ButAide)
ChoixPlacement = _choix(TypePlacement)
ChoixMotif = _choix(Motif)

_AUJOURD_HUI = "Date AAAA-MM-JJ ; aujourd'hui si omise."


class _Arguments(BaseModel):
    # Un argument inconnu est refusé plutôt qu'ignoré : une faute de frappe ne passe pas.
    model_config = ConfigDict(extra="forbid")


class ArgumentsRemuneration(_Arguments):
    heures: Heures = Field(description="Heures de travail rémunéré (décimales permises, ex. 7,5).")
    date: Jour | None = Field(
        None, description="Jour du travail, qui fixe le salaire minimum. " + _AUJOURD_HUI
    )
    prime: Montant = Field(
        Decimal(0),
        description="Prime du fonds en $ (supervision ou tâches complexes, art. 11 al. 2) ; 0 si aucune.",
    )


class ArgumentsPaie(_Arguments):
    brute: Montant = Field(description="Rémunération brute en $ (ex. 116,20).")
    retenues_legales: Montant = Field(
        Decimal(0),
        description="Retenues exigées par une loi ou une décision d'un tribunal, en $ ; 0 si aucune.",
    )
    date: Jour | None = Field(None, description="Date de la paie. " + _AUJOURD_HUI)


class ArgumentsCotisation(_Arguments):
    revenus: Montant = Field(description="Somme de tous les revenus du fonds pour l'exercice, en $.")
    frais: Montant = Field(
        description="Frais et charges assumés pour produire ces revenus, en $, SANS les déboursés"
        " finançant les activités autres que du travail rémunéré."
    )
    debourses_activites_non_remunerees: Montant = Field(
        Decimal(0),
        description="Déboursés finançant les activités autres que du travail rémunéré, en $ (non"
        " soustraits).",
    )
    taux: Taux | None = Field(
        None,
        description="Taux fixé par le ministre, en POUR CENT entre 5 et 25 (10 pour 10 %) ; omis :"
        " fourchette 5-25 %.",
    )
    date: Jour | None = Field(None, description="Date de l'exercice visé. " + _AUJOURD_HUI)


class ArgumentsEmprunt(_Arguments):
    montant: Montant = Field(description="Montant de l'emprunt projeté, en $.")
    solde_actuel: Montant = Field(
        Decimal(0), description="Solde des emprunts du fonds avant ce nouvel emprunt, en $."
    )
    preteur: ChoixPreteur = Field(
        Preteur.FONDS_CENTRAL,
        description="Prêteur : fonds_central, autre_fonds (un autre fonds d'établissement) ou"
        " externe (banque, etc.).",
    )
    date: Jour | None = Field(None, description="Date de l'emprunt. " + _AUJOURD_HUI)


class ArgumentsAide(_Arguments):
    aide_exterieure: Booleen = Field(
        description="La personne reçoit-elle une aide financière de l'extérieur ?"
    )
    ressources_financieres: Booleen = Field(
        description="La personne dispose-t-elle de ressources financières ?"
    )
    peut_travailler_ou_participer: Booleen = Field(
        description="Peut-elle exécuter un travail rémunéré ou participer à une autre activité du programme ?"
    )
    but: ChoixBut | None = Field(
        None,
        description="But de l'aide : participation_activite_non_remuneree, recherche_emploi ou aucun.",
    )


class ArgumentsParticipation(_Arguments):
    probleme_sante_physique_ou_mentale: Booleen = Field(
        False, description="Problèmes de santé physique ou mentale."
    )
    toxicomanie_ou_alcoolisme: Booleen = Field(False, description="Problème de toxicomanie ou d'alcoolisme.")
    risque_soi_autrui_environnement: Booleen = Field(
        False,
        description="Peut représenter un risque pour elle-même, les autres ou l'environnement physique.",
    )
    mesures_protection_particulieres: Booleen = Field(
        False, description="Fait l'objet de mesures de protection particulières."
    )
    mesures_disciplinaires: Booleen = Field(False, description="Fait l'objet de mesures disciplinaires.")
    suspension_permission_sortir_ou_liberation: Booleen = Field(
        False,
        description="Fait l'objet d'une suspension de permission de sortir ou de libération conditionnelle.",
    )


class ArgumentsContrat(_Arguments):
    montant_total_ou_maximum: Montant | None = Field(
        None, description="Montant total ou maximum prévu au contrat, en $ ; omis s'il n'y est pas."
    )
    heures_requises: Heures | None = Field(
        None,
        description="Nombre d'heures de travail requises prévu au contrat ; omis s'il n'y est pas.",
    )
    date_debut: Jour | None = Field(
        None, description="Date de début du contrat (AAAA-MM-JJ) ; omise si absente."
    )
    date_echeance: Jour | None = Field(
        None, description="Date d'échéance du contrat (AAAA-MM-JJ) ; omise si absente."
    )
    obligations_tiers_communication: Booleen = Field(
        False,
        description="Le contrat prévoit-il les obligations du tiers, dont la communication au"
        " fonds du travail"
        " effectué ou des heures travaillées par chaque personne incarcérée ?",
    )


class ArgumentsCalendrier(_Arguments):
    annee: Annee | None = Field(
        None,
        description="Année où le programme s'applique (ex. 2027) ; par défaut l'année suivant la date.",
    )
    date: Jour | None = Field(
        None, description="Jour de référence pour compter les jours restants. " + _AUJOURD_HUI
    )


class ArgumentsPlacement(_Arguments):
    type_placement: ChoixPlacement = Field(
        description="depot_banque, depot_institution_inscrite, obligations_epargne_quebec,"
        " obligations_epargne_canada ou autre (actions, fonds communs, etc.)."
    )


class ArgumentsLiquidation(_Arguments):
    actif: Montant = Field(description="Actif du fonds à répartir, en $.")
    dettes: Montant = Field(Decimal(0), description="Dettes du fonds, en $.")
    frais_liquidation: Montant = Field(Decimal(0), description="Frais de liquidation, en $.")
    biens_dons_legs_avec_retour: Montant = Field(
        Decimal(0),
        description="Valeur des biens provenant de dons ou legs qui doivent faire retour au donateur, en $.",
    )


class ArgumentsPersonnel(_Arguments):
    motif: ChoixMotif = Field(
        description="Motif du recours à une personne non incarcérée : securite,"
        " manque_ressources_engagement_tiers,"
        " manque_competence_specifique ou autre."
    )
