"""La revue de conformité du fonds et le calendrier de ses échéances, posés comme des questions
(« Sommes-nous en règle ? », « Quelles sont nos échéances d'ici la fin de l'année ? »)."""

from __future__ import annotations

import datetime
import re
from typing import Annotated

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, echeance_visee, majuscule
from corpus.fonds import calendrier, conformite
from corpus.fonds.identite import Identite
from outils.dates import format_date
from outils.declaration import A_VENIR, Annee, Arguments, Jour
from outils.resultat import ReferenceArticle, reglement

ARTICLE = re.compile(r"art\.\s*(\d+)")


class ArgumentsAnnee(Arguments):
    annee: Annee | None = Field(
        None, title="année", description="L'année visée ; par défaut, celle de la demande."
    )


def _articles(locators: list[str]) -> list[ReferenceArticle]:
    """Les articles du règlement nommés par les constats ou les échéances, une fois chacun."""
    vus: dict[str, ReferenceArticle] = {}
    for locator in locators:
        if (m := ARTICLE.search(locator)) and m[1] not in vus:
            vus[m[1]] = reglement(m[1], locator)
    return sorted(vus.values(), key=lambda r: int(r.article))


@consultation(
    ArgumentsAnnee,
    "La revue de conformité du fonds pour une année : chaque règle du règlement que les registres"
    " permettent de vérifier (programme et budget, contrats, emprunts, chèques, dépôts, placements,"
    " personnel, cotisation), avec l'article, les lignes en cause et ce qu'il faut faire.",
    articles=("2", "6", "7", "8", "17"),
    lecture=conformite.revue,
)
def conformite_du_fonds(
    identite: Identite, session: Session, jour: datetime.date, annee: int | None = None
) -> Tableau:
    an = annee or jour.year
    constats = conformite.revue(identite, session, an, au=min(jour, datetime.date(an, 12, 31)))
    manquements = [c for c in constats if c.gravite == conformite.MANQUEMENT]
    if not constats:
        phrase = (
            f"Oui : pour {an}, les registres ne montrent aucun manquement aux règles qu'ils permettent "
            "de vérifier."
        )
    else:
        phrase = (
            f"Non : pour {an}, les registres montrent {len(manquements)} manquement(s)"
            f" et {len(constats) - len(manquements)} point(s) à vérifier."
        )
    return Tableau(
        consultation="conformite_du_fonds",
        phrase=phrase,
        colonnes=["Article", "Règle", "Gravité", "Lignes en cause", "À faire"],
        lignes=[[c.article, c.regle, c.gravite, len(c.lignes), c.a_faire] for c in constats],
        articles=_articles([c.article for c in constats]),
        notes=[
            "Le rapport complet (lignes en cause, graphique) : assistant-fsrs conformite --annee "
            f"{an} --format html."
        ]
        if constats
        else [],
    )


class ArgumentsEcheances(ArgumentsAnnee):
    # Comme pour les contrats (`ArgumentsEcheance`) : une date seule est la fin de la fenêtre, ou le
    # mois qu'elle ouvre ; deux dates (« entre Noël et le jour de l'An ») sont remises dans l'ordre.
    au: Annotated[Jour | None, A_VENIR] = Field(
        None,
        title="jusqu'au",
        description="Dernier jour visé (« d'ici le 31 janvier 2027 ») : les échéances de la demande à ce"
        " jour, sur une ou plusieurs années.",
    )
    du: Annotated[Jour | None, A_VENIR] = Field(
        None, title="à partir du", description="Premier jour visé ; par défaut, le jour de la demande."
    )


@consultation(
    ArgumentsEcheances,
    "Les échéances datées du fonds pour une année ou d'ici un jour donné : programme et budget,"
    " autorisations du ministre en attente, contrats et mandats qui prennent fin, cotisation au Fonds"
    " central.",
    articles=("2", "8", "17"),
    lecture=calendrier.echeances,
)
def echeances_du_fonds(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    annee: int | None = None,
    au: datetime.date | None = None,
    du: datetime.date | None = None,
) -> Tableau:
    an = annee or jour.year
    debut, fin = echeance_visee(jour, du, au, 0)
    if (au or du) is not None and fin >= jour:
        dates = [e for a in range(debut.year, fin.year + 1)
                 for e in calendrier.echeances(identite, session, a) if debut <= e.date <= fin]
        quand = f"d'ici le {format_date(fin)}" if debut == jour else dire_periode(debut, fin)
        phrase = (f"{majuscule(quand)}, {compte(len(dates), 'échéance', 'échéances')}{_quand(dates)}."
                  if dates else f"Aucune échéance consignée {quand}.")
    else:
        dates = calendrier.echeances(identite, session, an)
        a_venir = [e for e in dates if e.date >= jour]
        phrase = (
            f"En {an}, {compte(len(dates), 'échéance', 'échéances')} ; {len(a_venir)} à venir à partir du"
            f" {format_date(jour)}{_quand(a_venir, ', la prochaine')}."
            if dates
            else f"Aucune échéance consignée pour {an}."
        )
    return Tableau(
        consultation="echeances_du_fonds",
        phrase=phrase,
        colonnes=["Date", "Quoi", "Article", "État"],
        lignes=[[e.date, e.quoi, e.article, e.detail] for e in dates],
        articles=_articles([e.article for e in dates]),
        notes=[f"Pour votre agenda : assistant-fsrs calendrier --annee {an} --ics echeances.ics."],
    )


def _quand(dates: list, entree: str = "") -> str:
    """« toutes le 31 décembre 2026 », « la première le 31 décembre 2026 » : le jour à retenir."""
    if not dates:
        return ""
    premier = format_date(min(e.date for e in dates))
    if entree:
        return f"{entree} le {premier}"
    if len({e.date for e in dates}) == 1:
        return f", {'le' if len(dates) == 1 else 'toutes le'} {premier}"
    return f", la première le {premier}"
