"""Les autorisations d'activité d'une personne et les avis requis (art. 10) : pour son conseiller seul,
car qu'un avis soit requis en dit déjà trop sur la personne (FUND-DATA)."""

from __future__ import annotations

import datetime
from typing import Annotated

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Designe, Tableau, consultation
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.dates import format_date
from outils.declaration import Arguments, Pseudonyme
from outils.resultat import reglement


class ArgumentsAutorisations(Arguments):
    pseudonyme: Pseudonyme | None = Field(
        None, title="personne", description="Le pseudonyme de la personne (P-VDP-0042) ; toutes si omis."
    )
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None, title="activité", description="Le code d'une activité du fonds, si la question en nomme une."
    )


@consultation(
    ArgumentsAutorisations,
    "Les autorisations du directeur pour qu'une personne participe à une activité et si l'avis requis"
    " (professionnel de la santé ou conseiller en milieu carcéral) a été obtenu (art. 10) ; sans personne"
    " nommée, les décisions de tout le fonds, la plus récente dite.",
    articles=("10",),
    lecture=requetes.autorisations,
)
def autorisations_activite(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    pseudonyme: str | None = None,
    activite: str | None = None,
) -> Tableau:
    rangs = requetes.autorisations(identite, session, pseudonyme)
    if activite:
        rangs = [r for r in rangs if r["activite"] == activite]
    if not rangs:
        pour = f" pour {pseudonyme}" if pseudonyme else ""
        phrase = f"Aucune autorisation d'activité n'est consignée{pour}."
    elif pseudonyme:
        phrase = f"Pour {pseudonyme}, {_decision(rangs[-1])}"
    else:
        phrase = f"La décision la plus récente : pour {rangs[-1]['pseudonyme']}, {_decision(rangs[-1])}"
    return Tableau(
        consultation="autorisations_activite",
        phrase=phrase,
        colonnes=["Personne", "Activité", "Décidée le", "Autorisée", "Avis requis", "Avis obtenu"],
        lignes=[
            [r["pseudonyme"], r["activite"], r["decidee_le"], r["autorisee"], r["avis_requis"],
             r["avis_obtenu"]]
            for r in reversed(rangs)  # la plus récente d'abord
        ],
        articles=[reglement("10")],
    )


def _decision(r: dict) -> str:
    """« le directeur a autorisé l'activité BUA le 2 juin 2026 ; l'avis requis a été obtenu (art. 10). »"""
    avis = (
        "l'avis requis a été obtenu"
        if r["avis_obtenu"]
        else "l'avis requis n'a pas été obtenu"
        if r["avis_requis"]
        else "aucun avis n'était requis"
    )
    decision = "autorisé" if r["autorisee"] else "refusé"
    le = format_date(r["decidee_le"])
    return f"le directeur a {decision} l'activité {r['activite']} le {le} ; {avis} (art. 10)."
