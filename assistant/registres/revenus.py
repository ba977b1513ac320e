"""Les revenus du fonds : d'où ils viennent (LSCQ, art. 75 ; art. 4) et la cotisation au Fonds central
qu'ils donnent (art. 17), calculée par `calculer_cotisation` avec le revenu net consigné."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Tableau, consultation
from assistant.registres.tableaux import dire_periode, enumerer, part, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.argent import format_montant, format_taux
from outils.dates import format_date
from outils.declaration import PERIODE, Annee, Arguments, Jour, Taux
from outils.registre import executer
from outils.resultat import loi, reglement

ZERO = Decimal("0.00")


def _jusqua(annee: int, jour: datetime.date) -> str:
    """« en 2026 (jusqu'au 23 novembre 2026) » : l'année en cours n'est consignée qu'en partie."""
    if annee == jour.year:
        return f"en {annee} (registres jusqu'au {format_date(jour)})"
    return f"en {annee}"


class ArgumentsCotisation(Arguments):
    taux: Taux | None = Field(
        None,
        title="taux fixé",
        description="Taux fixé par le ministre, en POUR CENT entre 5 et 25 (10 pour 10 %) ; omis : la"
        " fourchette de 5 % à 25 %.",
    )
    annee: Annee | None = Field(
        None, title="année", description="L'exercice visé ; par défaut, l'année de la demande."
    )


@consultation(
    ArgumentsCotisation,
    "La cotisation annuelle du fonds au Fonds central à un taux donné (ou entre 5 % et 25 %), calculée"
    " sur le revenu net d'exploitation consigné dans ses registres : revenus moins frais et charges, sans"
    " soustraire les déboursés des activités non rémunérées (art. 17).",
    articles=("17",),
    lecture=requetes.revenu_net_exploitation,
    complete="calculer_cotisation",
)
def cotisation_fonds_central(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    taux: Decimal | None = None,
    annee: int | None = None,
) -> Tableau:
    an = annee or jour.year
    rangs = requetes.revenu_net_exploitation(identite, session, an)
    plusieurs = len(rangs) > 1
    phrases, lignes, notes = [], [], []
    for r in rangs:
        calcul = _calculer(r, taux, an)
        m = calcul.montants
        net = format_montant(m["revenu_net_exploitation"])
        if taux is not None:
            phrase = (
                f"Au taux de {_pour_cent(taux)}, la cotisation au Fonds central serait de"
                f" {format_montant(m['cotisation'])} {_jusqua(an, jour)} : {_pour_cent(taux)} du revenu net"
                f" d'exploitation de {net} consigné dans vos registres (art. 17)."
            )
        else:
            phrase = (
                f"Sur le revenu net d'exploitation de {net} consigné {_jusqua(an, jour)}, la cotisation au"
                f" Fonds central se situe entre {format_montant(m['cotisation_minimale'])} (5 %) et"
                f" {format_montant(m['cotisation_maximale'])} (25 %), selon le taux que fixe le ministre"
                " (art. 17)."
            )
        phrase += (
            f" Ce revenu net est de {format_montant(m['revenus'])} de revenus moins"
            f" {format_montant(m['frais'])} de frais et charges ; les"
            f" {format_montant(m['debourses_activites_non_remunerees'])} de déboursés des activités non"
            " rémunérées n'en sont pas soustraits."
        )
        consignee = _consignee(r, an)
        if taux is None and r["cotisation"] is not None:
            # « Combien, pis c'est-tu payé ? » : la cotisation consignée répond ; la fourchette l'explique.
            phrase = f"{consignee} {phrase}"
        else:
            phrase += f" {consignee}"
        ecart = _ecart_consigne(r)
        if ecart:
            notes.append(f"{r['fonds']} : {ecart}" if plusieurs else ecart)
        notes += [a for a in calcul.avertissements if a not in notes and "ne sont pas soustraits" not in a]
        phrases.append(f"{r['fonds']} : {phrase}" if plusieurs else phrase)
        lignes.append(
            ([r["fonds"]] if plusieurs else [])
            + [
                str(an),
                m["revenus"],
                m["frais"],
                m["debourses_activites_non_remunerees"],
                m["revenu_net_exploitation"],
                _pour_cent(taux) if taux is not None else "5 % à 25 %",
                m["cotisation"] if taux is not None else None,
                r["cotisation"],
                r["payee_le"],
            ]
        )
    return Tableau(
        consultation="cotisation_fonds_central",
        phrase=" ".join(phrases),
        colonnes=(["Fonds"] if plusieurs else [])
        + [
            "Année",
            "Revenus",
            "Frais et charges",
            "Déboursés non soustraits",
            "Revenu net d'exploitation",
            "Taux",
            "Cotisation calculée",
            "Cotisation consignée",
            "Payée le",
        ],
        lignes=lignes,
        articles=[reglement("17")],
        notes=notes,
    )


def _pour_cent(valeur: Decimal) -> str:
    return format_taux(Decimal(valeur) / 100)


def _calculer(rang: dict[str, Any], pour_cent: Decimal | None, annee: int) -> Any:
    arguments: dict[str, Any] = {
        "revenus": rang["revenus"],
        "frais": rang["charges"],
        "debourses_activites_non_remunerees": rang["debourses_exclus"],
        "date": datetime.date(annee, 12, 31),
    }
    if pour_cent is not None:
        arguments["taux"] = pour_cent
    return executer("calculer_cotisation", arguments)


def _consignee(rang: dict[str, Any], annee: int) -> str:
    if rang["cotisation"] is None:
        return f"Aucune cotisation n'est consignée pour {annee}."
    paiement = (f"elle a été payée le {format_date(rang['payee_le'])}" if rang["payee_le"]
                else "aucun paiement n'en est consigné")
    return (
        f"La cotisation consignée pour {annee} est de {format_montant(rang['cotisation'])}, au taux de"
        f" {format_taux(rang['taux_cotisation'])} ; {paiement}."
    )


def _ecart_consigne(rang: dict[str, Any]) -> str | None:
    """La cotisation consignée refaite par le calculateur, à son taux et sur le revenu net consigné."""
    if rang["cotisation"] is None:
        return None
    calcul = _calculer(rang, rang["taux_cotisation"] * 100, rang["annee"]).montants["cotisation"]
    if calcul == rang["cotisation"]:
        return None
    return (
        f"la cotisation consignée ({format_montant(rang['cotisation'])}) diffère de celle que donne le"
        f" calculateur à son taux de {format_taux(rang['taux_cotisation'])} sur le revenu net consigné"
        f" aujourd'hui ({format_montant(calcul)}) : revenus ou frais modifiés depuis, ou cotisation à"
        " revoir (art. 17)."
    )


# La source d'un revenu : son libellé, et comment on dit qu'un revenu en vient.
SOURCES = {
    "cantine": ("ventes de la cantine", "des ventes de la cantine"),
    "prelevement": ("prélèvement de 10 % sur la rémunération", "du prélèvement sur la rémunération"),
    "contrat_atelier": ("contrats d'atelier avec des tiers", "des contrats d'atelier avec des tiers"),
    "telephonie": ("ristournes de la téléphonie", "des ristournes de la téléphonie"),
    "vente_biens": ("vente de biens du fonds", "de la vente de biens du fonds"),
    "pret_ou_don_fonds": ("prêts ou dons d'un autre fonds", "de prêts ou dons d'un autre fonds"),
    "subvention": ("subventions", "de subventions"),
    "don": ("dons", "de dons"),
    "interets": ("intérêts", "d'intérêts"),
    "autre": ("autres revenus", "d'autres revenus"),
}


def _source(code: str, forme: int = 0) -> str:
    return SOURCES.get(code, (code, f"de « {code} »"))[forme]


class ArgumentsRevenus(Arguments):
    annee: Annee | None = Field(
        None, title="année", description="L'année visée ; par défaut, l'année de la demande."
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="du", description="Premier jour d'une période (« depuis septembre ») ; sinon l'année."
    )
    au: Annotated[Jour | None, PERIODE] = Field(None, title="au", description="Dernier jour de la période.")


@consultation(
    ArgumentsRevenus,
    "D'où viennent les revenus du fonds dans l'année d'après ses registres : cantine, prélèvement sur la"
    " rémunération, contrats d'atelier, téléphonie, ventes, subventions (LSCQ, art. 75 ; art. 4), avec la"
    " part de chaque source.",
    articles=("4",),
    lecture=requetes.revenus_par_source,
)
def provenance_revenus(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    annee: int | None = None,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
) -> Tableau:
    an = annee or jour.year
    if du or au:
        debut, fin = periode(jour, du, au)
        sources = requetes.revenus_par_source(identite, session, an, du=debut, au=fin)
        quand = dire_periode(debut, fin)
    else:
        sources = requetes.revenus_par_source(identite, session, an)
        quand = _jusqua(an, jour)
    total = sum(sources.values(), ZERO)
    ordre = sorted(sources.items(), key=lambda paire: (-paire[1], paire[0]))
    portee = "de vos fonds" if len(identite.fonds) > 1 else "du fonds"
    if not ordre:
        phrase = f"Aucun revenu n'est consigné {quand} dans les registres {portee}."
    else:
        (premiere, montant), suivantes = ordre[0], ordre[1:]
        phrase = (
            f"{quand[:1].upper()}{quand[1:]}, les revenus {portee} totalisent {format_montant(total)} ; ils"
            f" viennent d'abord {_source(premiere, 1)} ({format_montant(montant)}, {part(montant, total)})"
        )
        if suivantes:
            phrase += ", puis " + enumerer([f"{_source(s, 1)} ({part(v, total)})" for s, v in suivantes])
        phrase += "."
    return Tableau(
        consultation="provenance_revenus",
        phrase=phrase,
        colonnes=["Source", "Montant", "Part"],
        lignes=[[_source(s), v, part(v, total)] for s, v in ordre],
        articles=[loi("75", "art. 75, al. 3"), reglement("4")],
    )
