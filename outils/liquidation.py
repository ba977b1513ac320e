"""Liquidation d'un fonds : ordre de dévolution des biens (art. 12, 13)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from outils.argent import Nombre, format_montant
from outils.declaration import RENVOIE, Arguments, Indices, Montant, outil
from outils.entrees import montant_non_negatif
from outils.resultat import Etape, Resultat, reglement

LIQUIDATEURS = [
    (
        "1 ou 3 liquidateurs sont nommés par le conseil d'administration, réputé continuer"
        " d'exister à cette fin (art. 12, al. 1)."
    ),
    (
        "Leurs fonctions sont gratuites, sauf rémunération établie au préalable par le conseil"
        " (art. 12, al. 2)."
    ),
    (
        "À la fin, ils remettent au ministre ou à la personne qu'il désigne le rapport de"
        " liquidation, les états financiers du fonds et le rapport de ses activités pour"
        " l'exercice terminé à la date de fermeture de l'établissement (art. 12, al. 4)."
    ),
]
BIENS_NON_MONETAIRES = (
    "Les biens autres que des sommes d'argent dévolus au Fonds central peuvent être donnés ou"
    " vendus"
    " par le ministre (ou la personne qu'il désigne) aux fonds d'autres établissements, selon leur"
    " situation financière et leurs besoins ; ceux qui ne leur sont pas utiles, il en dispose à son"
    " gré (art. 13)."
)


class ArgumentsLiquidation(Arguments):
    actif: Annotated[
        Montant,
        Indices(
            ("actif", "avoir", "possede", "vaut", "valeur", "encaisse", "liquidite", "il reste", "y reste",
             "en banque", "dans le compte", "au compte", "cash", "inventaire", "inventory")
        ),
    ] = Field(title="actif", description="Actif du fonds à répartir, en $.")
    dettes: Annotated[
        # « Pour les dettes, faut que je les prenne sur le relevé », « y'a encore des factures à payer » :
        # des dettes dites sans leur montant.
        # « Une facture de 4 500 $ », « des factures » : à payer (pas « la facture du liquidateur »).
        Montant, Indices(("dette", "doit", "creanci", "passif", "a payer", "payable", "facture de ",
                          "factures", "fournisseur"), cumul=True,
                         suppose=("dette", "facture", "comptes a payer"))
    ] = Field(Decimal(0), title="dettes", description="Dettes du fonds, en $.")
    frais_liquidation: Annotated[
        Montant,
        Indices(
            # La rémunération des liquidateurs est un frais de liquidation ; « legal fees », des honoraires.
            ("frais", "cout", "liquidateur", "honoraires", "fees"),
            faux=("pas de frais", "sans frais", "aucuns frais", "aucun frais", "aucuns honoraires",
                  "aucun honoraire", "pas d'honoraires", "benevole"),
            # « le liquidateur va charger quelque chose » : des frais dits sans leur montant, qu'on demande.
            suppose=("frais de liquidation", "honoraires", "charger", "facturer"),
            cumul=True,
        ),
    ] = Field(Decimal(0), title="frais de liquidation", description="Frais de liquidation, en $.")
    biens_dons_legs_avec_retour: Annotated[
        Montant, Indices(("don", "legs", "donat", "leg\u00e9", "faire retour"), cumul=True)
    ] = Field(
        Decimal(0),
        title="dons et legs à retourner",
        description="Valeur des biens provenant de dons ou legs qui doivent faire retour au donateur, en $.",
    )


@outil(
    ArgumentsLiquidation,
    "Répartit l'actif d'un fonds liquidé dans l'ordre de l'art. 12 : dettes et frais de"
    " liquidation,"
    " puis retour des dons et legs, puis le solde au Fonds central ; rappelle le rôle des"
    " liquidateurs et le sort des biens autres que l'argent (art. 13)." + RENVOIE,
    articles=("12", "13"),
)
def repartir_liquidation(
    actif: Nombre,
    dettes: Nombre = 0,
    frais_liquidation: Nombre = 0,
    biens_dons_legs_avec_retour: Nombre = 0,
) -> Resultat:
    """Art. 12, al. 3 : « Les biens du fonds sont dévolus comme suit : 1° il est d'abord
    pourvu au paiement des dettes du fonds et des frais de liquidation ; 2° les biens
    provenant de dons ou legs font retour, s'il y a lieu, suivant les dispositions de
    l'acte constitutif de la libéralité [...] ; 3° après ces paiements, le solde de
    l'actif est dévolu au Fonds central. »

    Tous les montants en $ : `actif` du fonds, `dettes`, `frais_liquidation`, et
    `biens_dons_legs_avec_retour` (valeur des dons et legs qui doivent faire retour).
    Rend ce que reçoit chaque rang, dans l'ordre ; les parts redonnent l'actif exactement.
    """
    total = montant_non_negatif(actif, "actif", "art. 12")
    du_dettes = montant_non_negatif(dettes, "dettes", "art. 12, 1°")
    du_frais = montant_non_negatif(frais_liquidation, "frais_liquidation", "art. 12, 1°")
    du_retours = montant_non_negatif(
        biens_dons_legs_avec_retour, "biens_dons_legs_avec_retour", "art. 12, 2°"
    )

    # Le 1° ne classe pas dettes et frais entre eux : on suit l'ordre du texte.
    reste = total
    dettes_payees, reste = _payer(du_dettes, reste)
    frais_payes, reste = _payer(du_frais, reste)
    retours, reste = _payer(du_retours, reste)
    montants = {
        "actif": total,
        "dettes_payees": dettes_payees,
        "frais_liquidation_payes": frais_payes,
        "retours_dons_legs": retours,
        "solde_fonds_central": reste,
        "dettes_impayees": du_dettes - dettes_payees,
        "frais_liquidation_impayes": du_frais - frais_payes,
        "retours_dons_legs_non_faits": du_retours - retours,
    }
    return Resultat(
        outil="repartir_liquidation",
        entrees={
            "actif": total,
            "dettes": du_dettes,
            "frais_liquidation": du_frais,
            "biens_dons_legs_avec_retour": du_retours,
        },
        montants=montants,
        valeurs={
            "actif_suffisant": total >= du_dettes + du_frais + du_retours,
            "liquidateurs": LIQUIDATEURS,
            "biens_autres_que_sommes_d_argent": BIENS_NON_MONETAIRES,
        },
        etapes=_etapes(montants),
        articles=[
            reglement("12", "art. 12, al. 1"),
            reglement("12", "art. 12, al. 2"),
            reglement("12", "art. 12, al. 3"),
            reglement("12", "art. 12, al. 4"),
            reglement("13"),
        ],
        avertissements=_avertissements(montants),
        conclusion=_conclusion(montants),
    )


def _payer(du: Decimal, disponible: Decimal) -> tuple[Decimal, Decimal]:
    """Paie ce qui est dû autant que l'actif restant le permet ; rend (payé, reste)."""
    paye = min(du, disponible)
    return paye, disponible - paye


def _etapes(m: dict[str, Decimal]) -> list[Etape]:
    apres_1 = m["actif"] - m["dettes_payees"] - m["frais_liquidation_payes"]
    return [
        Etape(
            libelle="1° Dettes du fonds et frais de liquidation",
            calcul=f"{format_montant(m['dettes_payees'])} +"
            f" {format_montant(m['frais_liquidation_payes'])}"
            f" payés sur {format_montant(m['actif'])}",
            resultat=f"reste {format_montant(apres_1)}",
        ),
        Etape(
            libelle="2° Retour des dons et legs selon l'acte qui les constitue",
            calcul=f"{format_montant(m['retours_dons_legs'])} rendus sur {format_montant(apres_1)}",
            resultat=f"reste {format_montant(m['solde_fonds_central'])}",
        ),
        Etape(
            libelle="3° Solde de l'actif dévolu au Fonds central",
            calcul="ce qui reste après les paiements 1° et 2°",
            resultat=format_montant(m["solde_fonds_central"]),
        ),
    ]


def _avertissements(m: dict[str, Decimal]) -> list[str]:
    impayes = m["dettes_impayees"] + m["frais_liquidation_impayes"] + m["retours_dons_legs_non_faits"]
    if not impayes:
        return []
    avertissement = (
        f"L'actif ({format_montant(m['actif'])}) ne suffit pas : {format_montant(impayes)} restent"
        f" impayés (dettes : {format_montant(m['dettes_impayees'])}, frais de liquidation :"
        f" {format_montant(m['frais_liquidation_impayes'])}, dons et legs :"
        f" {format_montant(m['retours_dons_legs_non_faits'])}). L'art. 12 ne classe pas les dettes"
        " et"
        " les frais entre eux ; le calcul suit l'ordre du texte (dettes, puis frais)."
    )
    return [avertissement]


def _conclusion(m: dict[str, Decimal]) -> str:
    return (
        f"Sur un actif de {format_montant(m['actif'])}, la liquidation paie"
        f" {format_montant(m['dettes_payees'])} de dettes et"
        f" {format_montant(m['frais_liquidation_payes'])}"
        f" de frais, rend {format_montant(m['retours_dons_legs'])} de dons et legs, et dévolue le"
        " solde de"
        f" {format_montant(m['solde_fonds_central'])} au Fonds central (art. 12)."
    )
