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
    pseudonyme: Pseudonyme = Field(title="personne", description="Le pseudonyme de la personne (P-VDP-0042).")
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None, title="activité", description="Le code d'une activité du fonds, si la question en nomme une."
    )


@consultation(
    ArgumentsAutorisations,
    "Les autorisations du directeur pour qu'une personne participe à une activité et si l'avis requis"
    " (professionnel de la santé ou conseiller en milieu carcéral) a été obtenu (art. 10).",
    articles=("10",),
    lecture=requetes.autorisations,
)
def autorisations_activite(
    identite: Identite, session: Session, jour: datetime.date, pseudonyme: str, activite: str | None = None
) -> Tableau:
    rangs = requetes.autorisations(identite, session, pseudonyme)
    if activite:
        rangs = [r for r in rangs if r["activite"] == activite]
    if not rangs:
        phrase = f"Aucune autorisation d'activité n'est consignée pour {pseudonyme}."
    else:
        dernier = rangs[-1]
        avis = (
            "l'avis requis a été obtenu"
            if dernier["avis_obtenu"]
            else "l'avis requis n'a pas été obtenu"
            if dernier["avis_requis"]
            else "aucun avis n'était requis"
        )
        decision = "autorisé" if dernier["autorisee"] else "refusé"
        phrase = (
            f"Pour {pseudonyme}, le directeur a {decision} l'activité {dernier['activite']} le "
            f"{format_date(dernier['decidee_le'])} ; {avis} (art. 10)."
        )
    return Tableau(
        consultation="autorisations_activite",
        phrase=phrase,
        colonnes=["Activité", "Décidée le", "Autorisée", "Avis requis", "Avis obtenu"],
        lignes=[
            [r["activite"], r["decidee_le"], r["autorisee"], r["avis_requis"], r["avis_obtenu"]]
            for r in rangs
        ],
        articles=[reglement("10")],
    )
