"""Rémunération d'une personne incarcérée pour un travail rémunéré (art. 11)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from outils import parametres
from outils.argent import (
    ESPACE,
    Nombre,
    arrondir,
    format_montant,
    format_nombre,
    format_taux,
)
from outils.dates import format_date, lire_date
from outils.declaration import AUJOURD_HUI, RENVOIE, Arguments, Heures, Indices, Jour, Montant, outil
from outils.entrees import heures_non_negatives, montant_non_negatif
from outils.resultat import Etape, Resultat, reglement

# « Elle a travaillé toute la semaine » : un travail fait a ses heures ; sans elles, on les demande
# (le taux horaire seul répondrait à autre chose).
# Du travail fait dont la durée n'est pas dite (« il a travaillé », « 3 quarts », « ses 5 jours ») : on
# demande les heures plutôt que de ne donner que le taux.
TRAVAIL_FAIT = Indices(
    suppose=("a travaille", "ont travaille", "avait travaille", "aura travaille", "a bosse",
             "a fait sa semaine", "quarts", "shifts", "jours", "journees", "nombre d'heures", "memes heures",
             "ses heures", "sa semaine", "sa journee", "son quart", "son shift"),
    cumul=True,  # les heures de plusieurs tâches d'une même personne font sa paie
)


class ArgumentsRemuneration(Arguments):
    heures: Annotated[Heures | None, TRAVAIL_FAIT] = Field(
        None,
        title="heures travaillées",
        description="Heures de travail rémunéré (décimales permises, ex. 7,5) ; omises : le taux"
        " horaire seul.",
    )
    date: Jour | None = Field(
        None,
        title="date du travail",
        description="Jour du travail, qui fixe le salaire minimum. " + AUJOURD_HUI,
    )
    prime: Annotated[Montant, Indices(("prime", "bonus", "boni", "de plus pour", "en plus pour", "supervis",
                                       "taches complexes"))] = Field(
        Decimal(0),
        title="prime",
        description="Prime du fonds en $ (supervision ou tâches complexes, art. 11 al. 2) ; 0 si aucune.",
    )


@outil(
    ArgumentsRemuneration,
    "Calcule la rémunération brute d'une personne incarcérée pour un travail rémunéré :"
    " taux horaire de 35 % du salaire minimum en vigueur à la date du travail (art. 11),"
    " multiplié par les heures, plus une prime éventuelle. À utiliser pour toute question"
    " sur le taux horaire ou la paie d'un nombre d'heures." + RENVOIE,
    articles=("11",),
)
def calculer_remuneration(
    heures: Nombre | None = None, date: datetime.date | str | None = None, prime: Nombre = 0
) -> Resultat:
    """Art. 11, al. 1 : « rémunérées à un taux horaire correspondant à 35% du salaire
    minimum prévu à l'article 3 du Règlement sur les normes du travail » ; al. 2 : « Un
    fonds peut accorder une prime aux personnes incarcérées qui supervisent d'autres
    travailleurs ou qui effectuent des tâches complexes. »

    `heures` : heures travaillées (décimales permises) ; `date` : jour où le travail est
    fait, qui fixe le salaire minimum applicable (aujourd'hui par défaut) ; `prime` : en $.
    Le taux horaire est arrondi au cent, demie vers le haut, avant de multiplier par les
    heures : un taux se paie en cents (16,10 $ × 35 % = 5,635 $ donne 5,64 $/h).
    Rend le taux horaire et la rémunération brute = arrondi(heures × taux) + prime ; sans
    heures, le taux horaire seul (« quel est le taux horaire en janvier 2024 ? »).
    """
    if heures is None:
        return _taux_horaire(lire_date(date))
    nb_heures = heures_non_negatives(heures)
    jour = lire_date(date)
    montant_prime = montant_non_negatif(prime, "prime", "art. 11, al. 2")
    salaire = parametres.valeur("salaire_minimum", jour)
    taux = parametres.valeur("taux_remuneration", jour)

    taux_horaire = arrondir(salaire.valeur * taux.valeur)
    pour_heures = arrondir(nb_heures * taux_horaire)
    brute = pour_heures + montant_prime

    etapes = [
        *_etapes_taux(jour, salaire, taux),
        Etape(
            libelle="Rémunération des heures travaillées",
            calcul=f"{format_nombre(nb_heures)} h × {format_montant(taux_horaire)}",
            resultat=format_montant(pour_heures),
        ),
    ]
    articles = [reglement("11", "art. 11, al. 1")]
    if montant_prime:
        etapes.append(
            Etape(
                libelle="Prime accordée par le fonds (supervision ou tâches complexes)",
                calcul=f"{format_montant(pour_heures)} + {format_montant(montant_prime)}",
                resultat=format_montant(brute),
            )
        )
        articles.append(reglement("11", "art. 11, al. 2"))
    conclusion = (
        f"Pour {format_nombre(nb_heures)} h de travail rémunéré le {format_date(jour)}, le taux"
        " horaire"
        f" est de {format_montant(taux_horaire)} ({format_taux(taux.valeur)} du salaire minimum de"
        f" {format_montant(salaire.valeur)}) et la rémunération brute est de"
        f" {format_montant(brute)}"
    )
    conclusion += f", prime de {format_montant(montant_prime)} comprise." if montant_prime else "."
    return Resultat(
        outil="calculer_remuneration",
        entrees={"heures": nb_heures, "date": jour, "prime": montant_prime},
        montants={
            "salaire_minimum": salaire.valeur,
            "taux_horaire": taux_horaire,
            "remuneration_heures": pour_heures,
            "prime": montant_prime,
            "remuneration_brute": brute,
        },
        valeurs={
            "salaire_minimum_en_vigueur_le": salaire.en_vigueur_le,
            "source_salaire_minimum": f"{salaire.reference.titre}, {salaire.reference.locator}",
            "taux_remuneration": taux.valeur,
        },
        etapes=etapes,
        articles=articles,
        avertissements=list(salaire.avertissements),
        conclusion=conclusion,
    )


def _etapes_taux(
    jour: datetime.date, salaire: parametres.Parametre, taux: parametres.Parametre
) -> list[Etape]:
    """Le salaire minimum du jour, puis le taux horaire (35 %) arrondi au cent."""
    taux_exact = salaire.valeur * taux.valeur
    taux_horaire = arrondir(taux_exact)
    arrondi = "" if taux_exact == taux_horaire else f" ({format_nombre(taux_exact)}{ESPACE}$ arrondi au cent)"
    return [
        Etape(
            libelle=f"Salaire minimum en vigueur le {format_date(jour)}",
            calcul=f"taux général depuis le {format_date(salaire.en_vigueur_le)}"
            f" ({salaire.reference.titre}, {salaire.reference.locator})",
            resultat=f"{format_montant(salaire.valeur)}/h",
        ),
        Etape(
            libelle=f"Taux horaire ({format_taux(taux.valeur)} du salaire minimum de"
            f" {format_montant(salaire.valeur)}, arrondi au cent)",
            calcul=f"{format_montant(salaire.valeur)} × {format_taux(taux.valeur)}{arrondi}",
            resultat=format_montant(taux_horaire),
        ),
    ]


def _taux_horaire(jour: datetime.date) -> Resultat:
    """Le taux horaire en vigueur un jour donné, sans heures à multiplier."""
    salaire = parametres.valeur("salaire_minimum", jour)
    taux = parametres.valeur("taux_remuneration", jour)
    taux_horaire = arrondir(salaire.valeur * taux.valeur)
    return Resultat(
        outil="calculer_remuneration",
        entrees={"date": jour},
        montants={"salaire_minimum": salaire.valeur, "taux_horaire": taux_horaire},
        valeurs={
            "salaire_minimum_en_vigueur_le": salaire.en_vigueur_le,
            "source_salaire_minimum": f"{salaire.reference.titre}, {salaire.reference.locator}",
            "taux_remuneration": taux.valeur,
        },
        etapes=_etapes_taux(jour, salaire, taux),
        articles=[reglement("11", "art. 11, al. 1")],
        avertissements=list(salaire.avertissements),
        conclusion=f"Le {format_date(jour)}, le taux horaire d'un travail rémunéré est de"
        f" {format_montant(taux_horaire)} ({format_taux(taux.valeur)} du salaire minimum de"
        f" {format_montant(salaire.valeur)}).",
    )
