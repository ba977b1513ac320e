"""Les contrats du fonds avec des tiers : les clauses que l'art. 7 exige, et ceux qui arrivent à
échéance (art. 7, 3° : la date d'échéance est une clause du contrat)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Designe, Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, echeance_visee, enumerer
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.dates import format_date
from outils.declaration import A_VENIR, Arguments, Jour
from outils.erreurs import EntreeInvalide
from outils.resultat import reglement

ETATS = {"projete": "projeté", "signe": "signé"}
COLONNES = ["Contrat", "Tiers", "État", "Début", "Fin", "Montant"]
COURTES = {"1°": "1° montant", "2°": "2° heures requises", "3°": "3° durée", "4°": "4° obligations du tiers"}


def _le_prochain(identite: Identite, session: Session, apres: datetime.date) -> str:
    """Faute d'échéance dans la fenêtre par défaut : le premier contrat qui prend fin après elle."""
    suivants = [r for r in requetes.contrats(identite, session) if r["fin"] and r["fin"] > apres]
    if not suivants:
        return ""
    r = suivants[0]
    return f" Le prochain à prendre fin est {r['numero']} ({r['tiers']}), le {format_date(r['fin'])}."


def _clauses(paragraphes: list[str]) -> str:
    """« 2° (nombre d'heures de travail requises) et 4° (…) » : les libellés de l'art. 7."""
    return enumerer([f"{p} ({requetes.CLAUSES_ART_7[p]})" for p in paragraphes])


def _montant(rang: dict[str, Any]) -> Decimal | None:
    montant = rang["montant_total"] if rang["montant_total"] is not None else rang["montant_maximum"]
    return None if montant is None else Decimal(montant).quantize(Decimal("0.01"))


def _contrat(r: dict[str, Any]) -> list[Any]:
    """Les cases que les deux tableaux de contrats partagent (`COLONNES`)."""
    return [r["numero"], r["tiers"], ETATS.get(r["etat"], r["etat"]), r["debut"], r["fin"], _montant(r)]


def _avec_manquantes(rang: dict[str, Any]) -> str:
    return f"{rang['numero']} ({', '.join(rang['clauses_manquantes'])})"


def _nomme(rang: dict[str, Any]) -> str:
    return f"Le contrat {rang['numero']} avec {rang['tiers']} ({ETATS.get(rang['etat'], rang['etat'])})"


class ArgumentsClauses(Arguments):
    contrat: Annotated[str | None, Designe("contrat", "ce contrat")] = Field(
        None,
        title="contrat",
        description="Le numéro d'un contrat du fonds (« C-VDP-2026-B ») ; tous les contrats si omis.",
    )


@consultation(
    ArgumentsClauses,
    "Les clauses obligatoires de l'art. 7 qu'un contrat du fonds avec un tiers prévoit ou non : 1° montant"
    " total ou maximum, 2° heures de travail requises, 3° durée, début et échéance, 4° obligations du tiers,"
    " dont la communication des heures de chaque personne.",
    articles=("7",),
    lecture=requetes.contrats,
)
def clauses_contrat(
    identite: Identite, session: Session, jour: datetime.date, contrat: str | None = None
) -> Tableau:
    rangs = requetes.contrats(identite, session)
    if contrat:
        rangs = [r for r in rangs if r["numero"] == contrat]
    incomplets = [r for r in rangs if r["clauses_manquantes"]]
    if not rangs:
        phrase = "Aucun contrat avec un tiers n'est consigné dans les registres de votre fonds."
    elif contrat:
        manque = rangs[0]["clauses_manquantes"]
        phrase = (
            f"{_nomme(rangs[0])} ne prévoit pas {compte(len(manque), 'clause exigée', 'clauses exigées')}"
            f" par l'art. 7 : {_clauses(manque)}."
            if manque
            else f"{_nomme(rangs[0])} prévoit les quatre clauses exigées par l'art. 7 : montant, heures"
            " requises, durée et échéance, obligations du tiers."
        )
    elif incomplets:
        phrase = (
            f"Sur {compte(len(rangs), 'contrat consigné', 'contrats consignés')}, "
            f"{compte(len(incomplets), 'ne prévoit', 'ne prévoient')} pas toutes les clauses de l'art. 7 : "
            f"{enumerer([_avec_manquantes(r) for r in incomplets])}."
        )
    else:
        phrase = (
            f"Les {compte(len(rangs), 'contrat consigné', 'contrats consignés')} prévoient toutes les clauses"
            " de l'art. 7."
        )
    return Tableau(
        consultation="clauses_contrat",
        phrase=phrase,
        colonnes=[*COLONNES, *COURTES.values()],
        lignes=[[*_contrat(r), *(p not in r["clauses_manquantes"] for p in COURTES)] for r in rangs],
        articles=[reglement("7", "art. 7")],
        notes=["Le 5° de l'art. 7 est abrogé (D. 51-2018, a. 3)."] if incomplets else [],
    )


class ArgumentsEcheance(Arguments):
    # Déclarées dans cet ordre pour la compréhension : une seule date est l'échéance visée (« d'ici le
    # 31 mars 2027 »), ou le mois qu'elle ouvre (« en janvier 2027 ») ; deux dates (« les 90 prochains
    # jours ») sont remises dans l'ordre.
    au: Annotated[Jour | None, A_VENIR] = Field(
        None,
        title="jusqu'au",
        description="Dernier jour d'échéance visé (AAAA-MM-JJ) ; par défaut, le jour de la demande plus"
        " `jours`.",
    )
    du: Annotated[Jour | None, A_VENIR] = Field(
        None,
        title="à partir du",
        description="Premier jour d'échéance visé ; par défaut, le jour de la demande.",
    )
    jours: int = Field(
        90,
        ge=1,
        le=3660,
        title="nombre de jours",
        description="Sans date : les contrats qui prennent fin d'ici ce nombre de jours (90 par défaut).",
    )


@consultation(
    ArgumentsEcheance,
    "Les contrats du fonds avec des tiers qui prennent fin d'ici un nombre de jours (90 par défaut) ou"
    " une date, avec leur date d'échéance (art. 7, 3°) et les clauses de l'art. 7 qui leur manquent.",
    articles=("7",),
    lecture=requetes.contrats,
)
def contrats_a_echeance(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    au: datetime.date | None = None,
    du: datetime.date | None = None,
    jours: int = 90,
) -> Tableau:
    debut, fin = echeance_visee(jour, du, au, jours)
    if fin < debut:
        raise EntreeInvalide(
            "au",
            f"l'échéance visée ({format_date(fin)}) précède le {format_date(debut)} ; donnez une date"
            " à venir, avec son année",
        )
    rangs = requetes.contrats(identite, session, finissant_avant=fin, depuis=debut)
    quand = f"d'ici le {format_date(fin)}" if debut == jour else dire_periode(debut, fin)
    sans_date = (debut, fin) == (jour, jour + datetime.timedelta(days=jours))
    if sans_date:
        quand += f" ({jours} jours)"
    if rangs:
        phrase = (
            f"{compte(len(rangs), 'contrat prend', 'contrats prennent')} fin {quand} : "
            + enumerer([f"{r['numero']} ({r['tiers']}) le {format_date(r['fin'])}" for r in rangs])
            + "."
        )
    else:
        phrase = f"Aucun contrat ne prend fin {quand}."
        # Sans fenêtre dite, « lequel finit en premier ? » attend quand même une réponse.
        if sans_date and jours == ArgumentsEcheance.model_fields["jours"].default:
            phrase += _le_prochain(identite, session, fin)
    incomplets = [r for r in rangs if r["clauses_manquantes"]]
    return Tableau(
        consultation="contrats_a_echeance",
        phrase=phrase,
        colonnes=[*COLONNES, "Clauses manquantes (art. 7)"],
        lignes=[[*_contrat(r), ", ".join(r["clauses_manquantes"]) or None] for r in rangs],
        articles=[reglement("7", "art. 7, 3°")],
        notes=[
            f"Il manque à {r['numero']} : {_clauses(r['clauses_manquantes'])} (art. 7)."
            for r in incomplets
        ],
    )
