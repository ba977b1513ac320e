"""« Nos chèques du trimestre passé étaient de combien en moyenne ? » : la moyenne que la question
demande, calculée sur le total et le nombre de choses que la consultation a elle-même additionnées
(`Tableau.total`, `Tableau.effectif`) ; rien n'est relu dans les phrases. Une consultation sans total
répond comme d'habitude : sa phrase et ses lignes, sans moyenne inventée.
"""

from __future__ import annotations

import re

from assistant.registres.declaration import Tableau
from assistant.registres.tableaux import compte
from outils.argent import arrondir, format_montant

MOYENNE = re.compile(r"\bmoyen(?:ne)?s?\b")


def avec_moyenne(plie: str, tableau: Tableau) -> Tableau:
    """Le tableau, sa phrase précédée de la moyenne si la question (pliée) en demande une."""
    if not MOYENNE.search(plie) or tableau.total is None or not tableau.effectif or not tableau.chose:
        return tableau
    moyenne = arrondir(tableau.total / tableau.effectif)
    phrase = (f"En moyenne, {format_montant(moyenne)} par {tableau.chose} ({format_montant(tableau.total)}"
              f" pour {compte(tableau.effectif, tableau.chose)}).")
    return tableau.model_copy(update={"phrase": f"{phrase} {tableau.phrase}"})
