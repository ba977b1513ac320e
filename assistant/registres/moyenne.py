"""« Nos chèques du trimestre passé étaient de combien en moyenne ? » : la moyenne que la question
demande, calculée sur le total et le nombre de choses que la consultation a elle-même additionnées
(`Tableau.total`, `Tableau.effectif`), ou sur les jours que ce total couvre (`Tableau.periode`) quand elle
la demande par jour ou par semaine ; rien n'est relu dans les phrases. Une consultation sans total
répond comme d'habitude : sa phrase et ses lignes, sans moyenne inventée.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.registres.declaration import Tableau
from assistant.registres.tableaux import compte, dire_periode
from outils.argent import arrondir, format_montant

MOYENNE = re.compile(r"\bmoyen(?:ne)?s?\b")
PAR_DUREE = re.compile(r"\bpar (jour|semaine)\b")
JOURS_PAR = {"jour": 1, "semaine": 7}
# « combien d'heures par jour », « combien de dépôts par semaine » : un compte d'autre chose que l'argent,
# que le total (un montant) ne mesure pas.
AUTRE_CHOSE = re.compile(
    r"\b(?:combien|cb|nombre)\s+d(?:e\s+|'\s*)(?!argent|piasses|dollars|\$)\w|\bheures?\b")


def avec_moyenne(plie: str, tableau: Tableau) -> Tableau:
    """Le tableau, sa phrase précédée de la moyenne si la question (pliée) en demande une."""
    if tableau.total is None:
        return tableau
    if (duree := PAR_DUREE.search(plie)) and tableau.periode and not AUTRE_CHOSE.search(plie):
        return _par_duree(duree[1], tableau)
    if not MOYENNE.search(plie) or not tableau.effectif or not tableau.chose:
        return tableau
    moyenne = arrondir(tableau.total / tableau.effectif)
    phrase = (f"En moyenne, {format_montant(moyenne)} par {tableau.chose} ({format_montant(tableau.total)}"
              f" pour {compte(tableau.effectif, tableau.chose)}).")
    return _precedee(phrase, tableau)


def _par_duree(unite: str, tableau: Tableau) -> Tableau:
    """Le total sur les jours de la période, ou sur ses semaines (sept jours, la dernière entamée en part)."""
    assert tableau.total is not None and tableau.periode is not None
    du, au = tableau.periode
    jours = (au - du).days + 1
    moyenne = arrondir(tableau.total * JOURS_PAR[unite] / Decimal(jours))
    phrase = (f"En moyenne, {format_montant(moyenne)} par {unite} ({format_montant(tableau.total)} sur"
              f" {compte(jours, 'jour')}, {dire_periode(du, au)}).")
    return _precedee(phrase, tableau)


def _precedee(phrase: str, tableau: Tableau) -> Tableau:
    return tableau.model_copy(update={"phrase": f"{phrase} {tableau.phrase}"})
