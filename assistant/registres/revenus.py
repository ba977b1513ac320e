"""Les revenus du fonds : d'où ils viennent (LSCQ, art. 75 ; art. 4) et la cotisation au Fonds central
qu'ils donnent (art. 17), calculée par `calculer_cotisation` avec le revenu net consigné."""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, enumerer, majuscule, part, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from corpus.fonds.modeles import SOURCES_REVENU
from outils.argent import format_montant, format_taux
from outils.dates import format_date, format_mois
from outils.declaration import MOIS_PAR_MOIS, PERIODE, Annee, Arguments, Booleen, Indices, Jour, Taux, choix
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
            phrase += f" {consignee}{_par_rapport_a_la_consignee(m['cotisation'], r, taux)}"
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


def _par_rapport_a_la_consignee(calculee: Decimal, rang: dict[str, Any], taux: Decimal | None) -> str:
    """« Si le taux avait été 12,5 %, combien de plus ? » : l'écart entre la cotisation à ce taux et la
    cotisation consignée."""
    if taux is None or rang["cotisation"] is None:
        return ""
    ecart = calculee - rang["cotisation"]
    if not ecart:
        return f" Au taux de {_pour_cent(taux)}, elle serait la même."
    sens = "de plus" if ecart > 0 else "de moins"
    return f" Au taux de {_pour_cent(taux)}, elle serait de {format_montant(abs(ecart))} {sens}."


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


ARTICLES_REVENUS = (loi("75", "art. 75, al. 3"), reglement("4"))
PAR_TRIMESTRE = Indices(("par trimestre", "chaque trimestre", "quel trimestre", "trimestriel"))
RANGS_DE_TRIMESTRE = ("1er", "2e", "3e", "4e")
Source = StrEnum("Source", {code.upper(): code for code in SOURCES_REVENU})  # type: ignore[misc]


class ArgumentsRevenus(Arguments):
    annee: Annee | None = Field(
        None, title="année", description="L'année visée ; par défaut, l'année de la demande."
    )
    source: Annotated[
        choix(Source, {code: libelles[0] for code, libelles in SOURCES.items()}) | None,
        Indices(
            valeurs={
                "cantine": ("cantine",),
                "prelevement": ("prelevement",),
                "contrat_atelier": ("contrats d'atelier", "contrat d'atelier", "contrats avec des tiers"),
                "telephonie": ("telephon",),
                "vente_biens": ("vente de biens", "vente des biens"),
                "subvention": ("subvention",),
                "don": ("les dons", "des dons", "un don"),
                "interets": ("interet",),
            }
        ),
    ] = Field(None, title="source", description="Une seule source de revenus ; toutes si omis.")
    par_mois: Annotated[Booleen, MOIS_PAR_MOIS] = Field(
        False, title="mois par mois", description="Les revenus mois par mois, et le mois le plus fort."
    )
    par_trimestre: Annotated[Booleen, PAR_TRIMESTRE] = Field(
        False, title="trimestre par trimestre", description="Les revenus par trimestre, et le plus fort."
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="du", description="Premier jour d'une période (« depuis septembre ») ; sinon l'année."
    )
    au: Annotated[Jour | None, PERIODE] = Field(None, title="au", description="Dernier jour de la période.")


@consultation(
    ArgumentsRevenus,
    "D'où viennent les revenus du fonds dans l'année d'après ses registres : cantine, prélèvement sur la"
    " rémunération, contrats d'atelier, téléphonie, ventes, subventions (LSCQ, art. 75 ; art. 4), avec la"
    " part de chaque source ; ou, mois par mois, ceux d'une source (le mois le plus fort).",
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
    source: Source | None = None,
    par_mois: bool = False,
    par_trimestre: bool = False,
) -> Tableau:
    an = annee or jour.year
    debut, fin, quand = _periode_des_revenus(jour, an, du, au)
    if par_mois or par_trimestre:
        return _mois_par_mois(identite, session, debut, fin, quand, source, trimestres=par_trimestre)
    sources = requetes.revenus_par_source(identite, session, an, du=debut, au=fin)
    total = sum(sources.values(), ZERO)
    ordre = sorted(sources.items(), key=lambda paire: (-paire[1], paire[0]))
    portee = _portee(identite)
    if not ordre:
        phrase = f"Aucun revenu n'est consigné {quand} dans les registres {portee}."
    elif source:  # « Combien la cantine a rapporté ? » : elle d'abord, les autres au tableau
        montant = sources.get(source, ZERO)
        phrase = (
            f"{majuscule(quand)}, les revenus {_source(source, 1)} totalisent"
            f" {format_montant(montant)}, soit {part(montant, total)} des revenus {portee}"
            f" ({format_montant(total)})."
        )
    else:
        (premiere, montant), suivantes = ordre[0], ordre[1:]
        phrase = (
            f"{majuscule(quand)}, les revenus {portee} totalisent {format_montant(total)} ; ils"
            f" viennent d'abord {_source(premiere, 1)} ({format_montant(montant)}, {part(montant, total)})"
        )
        if suivantes:
            phrase += ", puis " + enumerer([f"{_source(s, 1)} ({part(v, total)})" for s, v in suivantes])
        phrase += "."
    return Tableau(
        consultation="provenance_revenus",
        phrase=phrase,
        total=sources.get(source, ZERO) if source else total,
        periode=(debut, min(fin, jour)),
        colonnes=["Source", "Montant", "Part"],
        lignes=[[_source(s), v, part(v, total)] for s, v in ordre],
        articles=[*ARTICLES_REVENUS],
    )


def _portee(identite: Identite) -> str:
    return "de vos fonds" if len(identite.fonds) > 1 else "du fonds"


def _periode_des_revenus(
    jour: datetime.date, an: int, du: datetime.date | None, au: datetime.date | None
) -> tuple[datetime.date, datetime.date, str]:
    """La période lue et comment la dire : celle de la question (« depuis septembre »), sinon l'année,
    consignée jusqu'au jour de la demande."""
    if du or au:
        debut, fin = periode(jour, du, au)
        return debut, fin, dire_periode(debut, fin)
    return datetime.date(an, 1, 1), datetime.date(an, 12, 31), _jusqua(an, jour)


def _mois_par_mois(
    identite: Identite,
    session: Session,
    debut: datetime.date,
    fin: datetime.date,
    quand: str,
    source: Source | None,
    trimestres: bool = False,
) -> Tableau:
    """Les revenus d'une source (ou de toutes) mois par mois, ou trimestre par trimestre (les mois
    additionnés), et la période la plus forte."""
    mois = requetes.revenus_par_mois(identite, session, debut, fin, source.value if source else None)
    periodes: dict[str, Decimal] = {}
    for premier, montant in mois.items():
        nom = (f"{RANGS_DE_TRIMESTRE[(premier.month - 1) // 3]} trimestre {premier.year}" if trimestres
               else format_mois(premier))
        periodes[nom] = periodes.get(nom, ZERO) + montant
    de = f" {_source(source, 1)}" if source else f" {_portee(identite)}"
    total = sum(periodes.values(), ZERO)
    if not periodes:
        phrase = f"{majuscule(quand)}, aucun revenu{de} n'est consigné."
    else:
        fort = max(periodes, key=lambda nom: periodes[nom])  # à égalité, la première
        fort_dit = fort.removesuffix(f" {debut.year}") if debut.year == fin.year else fort
        au = "au" if trimestres else "en"
        unite = "trimestre" if trimestres else "mois"
        phrase = (
            f"{majuscule(quand)}, c'est {au} {fort_dit} que les revenus{de} ont été les plus forts :"
            f" {format_montant(periodes[fort])}, sur {format_montant(total)} en"
            f" {compte(len(periodes), unite, unite + ('s' if trimestres else ''))}."
        )
    return Tableau(
        consultation="provenance_revenus",
        phrase=phrase,
        colonnes=["Trimestre" if trimestres else "Mois", "Montant", "Part"],
        lignes=[[nom, v, part(v, total)] for nom, v in periodes.items()],
        articles=[*ARTICLES_REVENUS],
    )
