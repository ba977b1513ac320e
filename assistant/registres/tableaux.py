"""Ce que partagent les consultations : la période d'une question, les nombres qui ne sont pas des
montants, les accords du pluriel. Pas de consultation ici (`registre.SOUTIEN`)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from outils.argent import format_nombre, format_taux
from outils.dates import fin_du_mois, format_date


def periode(
    jour: datetime.date, du: datetime.date | None, au: datetime.date | None
) -> tuple[datetime.date, datetime.date]:
    """La période d'une question, bornée au jour de la demande (les registres n'ont rien après).

    Sans date : le mois de la demande jusqu'à ce jour. Une seule date qui ouvre un mois (« en
    octobre » se lit 1er octobre) : ce mois ; une autre date seule (« depuis le 15 mai ») : jusqu'au
    jour de la demande. Deux dates données dans le désordre sont remises dans l'ordre.
    """
    if du is None and au is None:
        return jour.replace(day=1), jour
    if du is None or au is None:
        seule = du or au
        assert seule is not None
        if seule.day == 1:
            return seule, min(fin_du_mois(seule), max(jour, seule))
        return (seule, jour) if seule <= jour else (jour, seule)
    debut, fin = min(du, au), max(du, au)
    return debut, min(fin, jour) if debut <= jour else fin


def echeance_visee(
    jour: datetime.date, du: datetime.date | None, au: datetime.date | None, jours: int
) -> tuple[datetime.date, datetime.date]:
    """La fenêtre d'une question d'échéances, tournée vers l'avenir.

    Deux dates : entre elles (remises dans l'ordre). Une date qui ouvre un mois (« en janvier
    2027 ») : ce mois ; une autre date seule (« d'ici le 31 mars ») : de la demande à ce jour.
    Sans date : de la demande à `jours` jours plus tard ; le jour même seul (« nos contrats en ce
    moment ») ne borne rien : il dit de quels contrats on parle, pas jusqu'à quand.
    """
    dates = sorted(d for d in (du, au) if d is not None)
    if dates == [jour]:
        dates = []
    if len(dates) == 2:
        return dates[0], dates[1]
    if dates and dates[0].day == 1:
        return dates[0], fin_du_mois(dates[0])
    if dates:
        return jour, dates[0]
    return jour, jour + datetime.timedelta(days=jours)


def dire_periode(du: datetime.date, au: datetime.date) -> str:
    """« du 1er au 15 octobre 2026 » : le mois et l'année ne sont écrits qu'une fois s'ils se répètent ; un
    mois entier, « en octobre 2026 », une année entière, « en 2025 »."""
    if du == au:
        return f"le {format_date(du)}"
    if (du.month, du.day, au.month, au.day) == (1, 1, 12, 31) and du.year == au.year:
        return f"en {du.year}"
    if du.day == 1 and au == fin_du_mois(du):
        return f"en {format_date(du).split(' ', 1)[1]}"
    if (du.year, du.month) == (au.year, au.month):
        return f"du {format_date(du).split(' ')[0]} au {format_date(au)}"
    if du.year == au.year:
        return f"du {format_date(du).rsplit(' ', 1)[0]} au {format_date(au)}"
    return f"du {format_date(du)} au {format_date(au)}"


def majuscule(texte: str) -> str:
    """« en 2026, … » en tête de phrase : « En 2026, … »."""
    return texte[:1].upper() + texte[1:]


def heures(valeur: Decimal) -> str:
    """Des heures ne sont pas un montant : « 37,5 h » (texte, la cellule n'en fait pas des dollars)."""
    return f"{format_nombre(valeur)} h"


def part(montant: Decimal, total: Decimal) -> str:
    """La part d'un total, au dixième de pour cent : « 55,2 % »."""
    if not total:
        return "—"
    return format_taux((montant / total).quantize(Decimal("0.001")))


def compte(n: int, singulier: str, pluriel: str | None = None) -> str:
    """« 1 paie », « 3 paies », « 0 paie »."""
    return f"{n} {singulier if n <= 1 else (pluriel or singulier + 's')}"


def enumerer(elements: list[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    if len(elements) <= 1:
        return "".join(elements)
    return f"{', '.join(elements[:-1])} et {elements[-1]}"
