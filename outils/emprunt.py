"""Emprunts d'un fonds : seuil d'autorisation du ministre et ordre des prêteurs (art. 8)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from outils import parametres
from outils.argent import Nombre, format_montant
from outils.dates import lire_date
from outils.declaration import AUJOURD_HUI, RENVOIE, Arguments, Indices, Jour, Montant, choix, outil
from outils.entrees import lire_choix, montant_non_negatif, montant_positif
from outils.resultat import Etape, Resultat, reglement


class Preteur(StrEnum):
    """Qui prête au fonds."""

    FONDS_CENTRAL = "fonds_central"
    AUTRE_FONDS = "autre_fonds"
    EXTERNE = "externe"


LIBELLES = {
    Preteur.FONDS_CENTRAL: "Fonds central",
    Preteur.AUTRE_FONDS: "autre fonds",
    Preteur.EXTERNE: "prêteur externe",
}
ChoixPreteur = choix(Preteur, LIBELLES)


class ArgumentsEmprunt(Arguments):
    montant: Annotated[
        Montant,
        Indices(
            (
                "emprunter",
                "on emprunte",  # au présent, le nouvel emprunt ; « a emprunté », lui, est le solde
                "empruntons",
                "emprunt de",
                "un emprunt",
                "veut emprunter",
                "nouvel emprunt",
                "nouveau pret",
                "de plus",
                "en plus",
                "additionnel",
                "supplementaire",
                "un autre",
            )  # pas « encore » : « on doit encore 11 500 » est une dette, « encore » y suit le verbe
        ),
    ] = Field(title="emprunt du fonds", description="Montant de l'emprunt projeté, en $.")
    solde_actuel: Annotated[
        Montant,
        Indices(
            (
                "solde",
                "deja",
                "doit",
                "dette",
                "a emprunte ",
                "avons emprunte ",
                "ont emprunte ",
                "en cours",
                "existant",
                "actuel",
                "emprunts",
                "a rembourser",
                "a payer",
                "rendu a",
                "utilise",  # « notre marge de crédit de 10 000 $ est toute utilisée »
                "maxe",  # « … est toute maxée » : utilisée au complet
            ),
            cumul=True,  # « on doit 9 000 $ à la caisse, pis 3 000 $ au Fonds central » : une somme
            faux=("aucun emprunt", "aucune dette", "pas d'emprunt", "rien emprunte", "jamais emprunte"),
            suppose=(
                "de plus", "en plus", "additionnel", "supplementaire", "un autre emprunt", "emprunts en cours"
            ),
        ),
    ] = Field(
        Decimal(0),
        title="solde actuel des emprunts",
        description="Solde des emprunts du fonds avant ce nouvel emprunt, en $.",
    )
    preteur: Annotated[
        ChoixPreteur,
        Indices(
            valeurs={
                "fonds_central": ("fonds central",),
                "autre_fonds": (
                    "autre fonds", "fonds voisin", "autre etablissement", "fonds de l'etablissement de",
                ),
                "externe": (
                    "banque",
                    "bancaire",
                    "caisse",
                    "desjardins",
                    "institution",
                    "preteur prive",
                    "externe",
                    "credit",
                    "preteur exterieur",
                ),
            }
        ),
    ] = Field(
        Preteur.FONDS_CENTRAL,
        title="prêteur",
        description="Prêteur : fonds_central, autre_fonds (un autre fonds d'établissement) ou"
        " externe (banque, etc.).",
    )
    date: Jour | None = Field(
        None, title="date de l'emprunt", description="Date de l'emprunt. " + AUJOURD_HUI
    )


@outil(
    ArgumentsEmprunt,
    "Dit si un emprunt d'un fonds requiert l'autorisation du ministre : emprunt de plus de"
    " 25 000 $ ou solde des emprunts porté à plus de 25 000 $ (art. 8, al. 1) ; rappelle"
    " qu'avant un prêteur externe, le fonds doit vérifier qu'il ne peut emprunter au Fonds"
    " central ou à un autre fonds (al. 2)." + RENVOIE,
    articles=("8",),
)
def verifier_emprunt(
    montant: Nombre,
    solde_actuel: Nombre = 0,
    preteur: Preteur | str = Preteur.FONDS_CENTRAL,
    date: datetime.date | str | None = None,
) -> Resultat:
    """Art. 8, al. 1 : « Les emprunts d'un fonds qui sont supérieurs à 25 000 $ ou qui
    portent le solde des emprunts de ce fonds à plus de 25 000 $ requièrent
    l'autorisation du ministre ou de la personne qu'il désigne. » Al. 2 : le fonds doit
    « s'assurer auprès du ministre ou d'un autre fonds [...] qu'il ne peut obtenir un prêt
    du Fonds central ou de cet autre fonds avant d'emprunter auprès d'un autre prêteur ».

    `montant` : l'emprunt projeté, en $ ; `solde_actuel` : solde des emprunts du fonds
    avant celui-ci, en $ ; `preteur` : fonds_central, autre_fonds ou externe.
    « Supérieur à » est strict : 25 000,00 $ pile ne requiert pas d'autorisation.
    """
    emprunt = montant_positif(montant, "montant", "art. 8")
    solde = montant_non_negatif(solde_actuel, "solde_actuel", "art. 8")
    qui = lire_choix(preteur, Preteur, "preteur")
    jour = lire_date(date)
    seuil = parametres.valeur("seuil_emprunt", jour).valeur
    nouveau_solde = solde + emprunt

    motifs = _motifs(emprunt, nouveau_solde, seuil)
    autorisation = bool(motifs)
    verifier_autres = qui is Preteur.EXTERNE
    articles = [reglement("8", "art. 8, al. 1")]
    avertissements = []
    if verifier_autres:
        articles.append(reglement("8", "art. 8, al. 2"))
        avertissements.append(
            "Avant d'emprunter auprès d'un prêteur externe, le fonds doit s'assurer auprès du"
            " ministre ou d'un autre fonds, selon le cas, qu'il ne peut obtenir un prêt du Fonds"
            " central ou de cet autre fonds (art. 8, al. 2)."
        )
    return Resultat(
        outil="verifier_emprunt",
        entrees={"montant": emprunt, "solde_actuel": solde, "preteur": qui.value, "date": jour},
        montants={
            "montant": emprunt,
            "solde_actuel": solde,
            "nouveau_solde": nouveau_solde,
            "seuil": seuil,
        },
        valeurs={
            "autorisation_requise": autorisation,
            "motifs": motifs,
            "verifier_autres_preteurs_d_abord": verifier_autres,
            "preteur": qui.value,
        },
        etapes=_etapes(emprunt, solde, nouveau_solde, seuil),
        articles=articles,
        avertissements=avertissements,
        conclusion=_conclusion(emprunt, nouveau_solde, seuil, autorisation),
    )


def ecart_au_seuil(solde_actuel: Nombre | str, date: datetime.date | str) -> tuple[Decimal, Decimal]:
    """Art. 8, al. 1 : l'écart entre le solde des emprunts et le seuil en vigueur ce jour-là (positif
    au-delà : ce qu'il faudrait rembourser pour y revenir ; négatif en deçà : la marge), et ce seuil."""
    solde = montant_non_negatif(solde_actuel, "solde_actuel", "art. 8")
    seuil = parametres.valeur("seuil_emprunt", lire_date(date)).valeur
    return solde - seuil, seuil


def _motifs(emprunt: Decimal, nouveau_solde: Decimal, seuil: Decimal) -> list[str]:
    motifs = []
    limite = format_montant(seuil, centimes=False)
    if emprunt > seuil:
        motifs.append(f"l'emprunt de {format_montant(emprunt)} est supérieur à {limite}")
    if nouveau_solde > seuil:
        motifs.append(f"le solde des emprunts passerait à {format_montant(nouveau_solde)}, plus de {limite}")
    return motifs


def _etapes(emprunt: Decimal, solde: Decimal, nouveau_solde: Decimal, seuil: Decimal) -> list[Etape]:
    limite = format_montant(seuil, centimes=False)
    return [
        Etape(
            libelle="Nouveau solde des emprunts",
            calcul=f"{format_montant(solde)} + {format_montant(emprunt)}",
            resultat=format_montant(nouveau_solde),
        ),
        Etape(
            libelle="L'emprunt dépasse-t-il le seuil ?",
            calcul=f"{format_montant(emprunt)} > {limite}",
            resultat="oui" if emprunt > seuil else "non",
        ),
        Etape(
            libelle="Le nouveau solde dépasse-t-il le seuil ?",
            calcul=f"{format_montant(nouveau_solde)} > {limite}",
            resultat="oui" if nouveau_solde > seuil else "non",
        ),
    ]


def _conclusion(emprunt: Decimal, nouveau_solde: Decimal, seuil: Decimal, autorisation: bool) -> str:
    debut = (
        f"Un emprunt de {format_montant(emprunt)} porterait le solde des emprunts du fonds à"
        f" {format_montant(nouveau_solde)}"
    )
    if autorisation:
        return (
            f"{debut} : il requiert l'autorisation du ministre ou de la personne qu'il désigne,"
            " car il"
            f" dépasse le seuil de {format_montant(seuil, centimes=False)} (art. 8, al. 1)."
        )
    return (
        f"{debut} : ni l'emprunt ni le solde ne dépassent {format_montant(seuil, centimes=False)},"
        " l'autorisation du ministre n'est donc pas requise par l'art. 8, al. 1."
    )
