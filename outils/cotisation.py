"""Cotisation annuelle d'un fonds au Fonds central (art. 17)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from outils import parametres
from outils.argent import (
    Nombre,
    arrondir,
    format_montant,
    format_nombre,
    format_taux,
    lire_nombre,
)
from outils.dates import lire_date
from outils.declaration import AUJOURD_HUI, RENVOIE, Arguments, Indices, Jour, Montant, Taux, outil
from outils.entrees import montant_non_negatif
from outils.erreurs import EntreeInvalide
from outils.resultat import Etape, Resultat, reglement

CENT_POUR_CENT = Decimal(100)
DIX = Decimal(10)


class ArgumentsCotisation(Arguments):
    revenus: Annotated[
        Montant,
        Indices(
            ("revenu", "recette", "vente", "vendu", "chiffre d'affaires", "rapporte", "encaisse"), cumul=True,
            annuel=True,
        ),
    ] = Field(title="revenus", description="Somme de tous les revenus du fonds pour l'exercice, en $.")
    frais: Annotated[Montant, Indices(("frais", "charge", "depense", "cout"),
                                      hors=("debourses_activites_non_remunerees",), annuel=True)] = Field(
        title="frais",
        description="Frais et charges assumés pour produire ces revenus, en $, SANS les déboursés"
        " finançant les activités autres que du travail rémunéré.",
    )
    debourses_activites_non_remunerees: Annotated[
        Montant,
        Indices(
            (
                "debourse",
                "activites non remunerees",
                "activites autres",
                "non remunere",
                "pour financer",
                "loisir",
            ),
            annuel=True,
        ),
    ] = Field(
        Decimal(0),
        title="déboursés des activités non rémunérées",
        description="Déboursés finançant les activités autres que du travail rémunéré, en $ (non"
        " soustraits).",
    )
    taux: Annotated[Taux | None, Indices(("taux", "pourcentage"))] = Field(
        None,
        title="taux fixé",
        description="Taux fixé par le ministre, en POUR CENT entre 5 et 25 (10 pour 10 %) ; omis :"
        " fourchette 5-25 %.",
    )
    date: Jour | None = Field(
        None, title="date de l'exercice", description="Date de l'exercice visé. " + AUJOURD_HUI
    )


@outil(
    ArgumentsCotisation,
    "Calcule la cotisation annuelle d'un fonds au Fonds central : entre 5 % et 25 % du revenu"
    " net d'exploitation (revenus moins frais), sans soustraire les déboursés des activités non"
    " rémunérées (art. 17). Donne la fourchette, ou le montant si le taux (en pour cent) est"
    " connu." + RENVOIE,
    articles=("17",),
)
def calculer_cotisation(
    revenus: Nombre,
    frais: Nombre,
    debourses_activites_non_remunerees: Nombre = 0,
    taux: Nombre | None = None,
    date: datetime.date | str | None = None,
) -> Resultat:
    """Art. 17 : la cotisation est « d'au moins 5% et d'au plus 25% du revenu net
    d'exploitation du fonds, calculé en soustrayant de la somme de tous ses revenus les
    frais et les charges assumés pour produire ces revenus, sans tenir compte des
    déboursés servant à financer les activités de son programme d'activités autres que
    du travail rémunéré ».

    `revenus`, `frais` (sans ces déboursés) et `debourses_activites_non_remunerees` en $ ;
    `taux` en pour cent (10 pour 10 %), facultatif, entre 5 et 25 ; `date` fixe les limites.
    Rend le revenu net, la cotisation plancher et plafond et, si `taux` est donné, la
    cotisation à ce taux. Une perte donne 0 $, avec un avertissement.
    """
    montant_revenus = montant_non_negatif(revenus, "revenus", "art. 17")
    montant_frais = montant_non_negatif(frais, "frais", "art. 17")
    debourses = montant_non_negatif(debourses_activites_non_remunerees, "debourses_activites_non_remunerees")
    jour = lire_date(date)
    plancher = parametres.valeur("cotisation_plancher", jour).valeur
    plafond = parametres.valeur("cotisation_plafond", jour).valeur
    pour_cent = _lire_taux(taux, plancher, plafond)
    fraction = None if pour_cent is None else pour_cent / CENT_POUR_CENT

    revenu_net = montant_revenus - montant_frais
    base = max(revenu_net, Decimal(0))
    montants = {
        "revenus": montant_revenus,
        "frais": montant_frais,
        "debourses_activites_non_remunerees": debourses,
        "revenu_net_exploitation": revenu_net,
        "cotisation_minimale": arrondir(base * plancher),
        "cotisation_maximale": arrondir(base * plafond),
    }
    if fraction is not None:
        montants["cotisation"] = arrondir(base * fraction)

    return Resultat(
        outil="calculer_cotisation",
        entrees={
            "revenus": montant_revenus,
            "frais": montant_frais,
            "debourses_activites_non_remunerees": debourses,
            "taux": pour_cent,
            "date": jour,
        },
        montants=montants,
        valeurs={"taux_plancher": plancher, "taux_plafond": plafond, "taux_retenu": fraction},
        etapes=_etapes(montants, plancher, plafond, fraction),
        articles=[reglement("17")],
        avertissements=_avertissements(revenu_net, debourses, fraction, plancher, plafond),
        conclusion=_conclusion(montants, plancher, plafond, fraction),
    )


def _lire_taux(taux: Nombre | None, plancher: Decimal, plafond: Decimal) -> Decimal | None:
    """Le taux, en pour cent, hors des limites de l'art. 17 est refusé."""
    if taux is None:
        return None
    pour_cent = lire_nombre(taux, "taux", symbole="%")
    fraction = pour_cent / CENT_POUR_CENT
    if not plancher <= fraction <= plafond:
        raise EntreeInvalide(
            "taux",
            f"le taux, en pour cent ({format_nombre(DIX)} pour"
            f" {format_taux(DIX / CENT_POUR_CENT)}),"
            f" doit être compris entre {format_taux(plancher)} et {format_taux(plafond)}"
            f" du revenu net d'exploitation (reçu : {format_taux(fraction)})",
            "art. 17",
        )
    return pour_cent


def _etapes(
    montants: dict[str, Decimal], plancher: Decimal, plafond: Decimal, fraction: Decimal | None
) -> list[Etape]:
    net = montants["revenu_net_exploitation"]
    base = format_montant(max(net, Decimal(0)))
    etapes = [
        Etape(
            libelle="Revenu net d'exploitation (revenus moins frais et charges ; les déboursés"
            " finançant les activités autres que du travail rémunéré ne sont pas soustraits)",
            calcul=f"{format_montant(montants['revenus'])} − {format_montant(montants['frais'])}",
            resultat=format_montant(net),
        ),
        Etape(
            libelle=f"Cotisation minimale ({format_taux(plancher)})",
            calcul=f"{base} × {format_taux(plancher)}",
            resultat=format_montant(montants["cotisation_minimale"]),
        ),
        Etape(
            libelle=f"Cotisation maximale ({format_taux(plafond)})",
            calcul=f"{base} × {format_taux(plafond)}",
            resultat=format_montant(montants["cotisation_maximale"]),
        ),
    ]
    if fraction is not None:
        etapes.append(
            Etape(
                libelle=f"Cotisation au taux de {format_taux(fraction)}",
                calcul=f"{base} × {format_taux(fraction)}",
                resultat=format_montant(montants["cotisation"]),
            )
        )
    return etapes


def _avertissements(
    revenu_net: Decimal,
    debourses: Decimal,
    fraction: Decimal | None,
    plancher: Decimal,
    plafond: Decimal,
) -> list[str]:
    avertissements = []
    if revenu_net <= 0:
        avertissements.append(
            f"Le revenu net d'exploitation est nul ou négatif ({format_montant(revenu_net)}) :"
            f" la cotisation calculée selon l'art. 17 est de {format_montant(Decimal(0))}."
        )
    if debourses:
        avertissements.append(
            f"Les déboursés de {format_montant(debourses)} servant à financer les activités autres"
            " que du travail rémunéré ne sont pas soustraits des revenus (art. 17) ; ne les comptez"
            " pas dans les frais."
        )
    if fraction is None:
        avertissements.append(
            f"Le taux est déterminé par le ministre entre {format_taux(plancher)} et"
            f" {format_taux(plafond)} : le montant exact dépend de sa décision."
        )
    return avertissements


def _conclusion(
    montants: dict[str, Decimal], plancher: Decimal, plafond: Decimal, fraction: Decimal | None
) -> str:
    net = format_montant(montants["revenu_net_exploitation"])
    if fraction is not None:
        return (
            f"Avec un revenu net d'exploitation de {net}, la cotisation annuelle au Fonds central"
            f" au taux de {format_taux(fraction)} est de {format_montant(montants['cotisation'])}."
        )
    return (
        f"Avec un revenu net d'exploitation de {net}, la cotisation annuelle au Fonds central se"
        f" situe entre {format_montant(montants['cotisation_minimale'])} ({format_taux(plancher)})"
        " et"
        f" {format_montant(montants['cotisation_maximale'])} ({format_taux(plafond)}), selon le"
        " taux"
        " que détermine le ministre."
    )
