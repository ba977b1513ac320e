"""Deux périodes comparées (« octobre cette année vs octobre l'an passé », « d'août à septembre, nos
dépôts ont-ils monté ou baissé ? ») : la consultation lue pour chacune, puis l'écart de leurs totaux.

L'écart vient des totaux que les consultations calculent elles-mêmes (`Tableau.total`) : rien n'est
relu dans les phrases, et une consultation sans total montre ses deux périodes sans écart.
"""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from assistant.comprehension.mention import periodes_d_un_bloc
from assistant.comprehension.mentions import plier
from assistant.registres.declaration import Tableau
from assistant.registres.tableaux import dire_periode
from outils.argent import format_montant, format_taux
from outils.dates import decaler_annees, fin_du_mois
from outils.declaration import Genre, Outil

if TYPE_CHECKING:  # la compréhension lit le catalogue, qui lit ce paquet
    from assistant.comprehension.demande import Demande

COMPARAISON = re.compile(
    r"\b(?:vs|versus|compar\w*|par rapport (?:a|au|aux)|monte\w* ou \w*|augmente\w* ou \w*|"
    r"de plus ou de moins|difference|ecart|(?:plus|moins)(?: [a-z]+)? qu(?:e\b|')|hausse|baisse|variation)"
)


Periode = tuple[datetime.date, datetime.date]
BORNES = ("du", "au")  # les arguments qui bornent la période d'une consultation, partout nommés ainsi


def par_periode(
    demande: Demande, outil: Outil, arguments: dict[str, Any]
) -> list[tuple[Periode, dict[str, Any]]] | None:
    """Les deux périodes que la question compare (une période et la même une année nommée plus tôt, ou
    deux mois), ou qu'elle nomme sans comparer (une période et une autre année entière), dans l'ordre du
    temps, chacune avec les arguments de la consultation qui la lisent ; None sinon, ou si la
    consultation ne lit pas de période."""
    bornes = [n for n in BORNES if n in outil.schema.model_fields]
    if len(bornes) != 2:
        return None
    if not COMPARAISON.search(plier(demande.texte)):
        if (autre := _annee_a_part(outil, arguments, bornes)) is None:
            return None
        # « depuis le début de l'exercice, pis l'an passé au complet » : deux périodes nommées, sans
        # comparaison (qui lirait la même période l'année nommée).
        du, au = (arguments[b] for b in bornes)
        periodes = sorted([(datetime.date(autre, 1, 1), datetime.date(autre, 12, 31)), (du, au)])
        return [(p, {**arguments, bornes[0]: p[0], bornes[1]: p[1]}) for p in periodes]
    dates = [m for m in demande.mentions if m.genre == Genre.DATE and isinstance(m.valeur, datetime.date)]
    # Les deux bornes d'une période dite d'un bloc (« depuis le début de l'année ») ne sont pas deux mois ;
    # « d'août à septembre », dit au mois près, en est deux.
    seules = [m for m in dates if m.au_mois or sum((d.debut, d.fin) == (m.debut, m.fin) for d in dates) == 1]
    mois = sorted({(m.valeur.year, m.valeur.month) for m in seules})
    blocs = sorted(periodes_d_un_bloc([m for m in dates if m not in seules]))
    if (avant := _annee_d_avant(demande, arguments, bornes)) is not None:
        # « C'est-tu plus que l'an passé ? », « qu'en 2024 ? » : la période lue, et la même cette année-là.
        du, au = (arguments[b] for b in bornes)
        periodes = [(decaler_annees(du, avant), decaler_annees(au, avant)), (du, au)]
    elif len(mois) == 2:
        periodes = [(datetime.date(a, m, 1), fin_du_mois(datetime.date(a, m, 1))) for a, m in mois]
    elif len(blocs) == 2 and not mois:
        # « le brut du deuxième trimestre, combien de plus qu'au premier ? » : deux périodes d'un bloc ; les
        # dates de l'autre ne sont pas d'autres arguments (la paie « le » 1er janvier).
        periodes = blocs
        arguments = {n: v for n, v in arguments.items() if not any(v in p for p in blocs) or n in bornes}
    else:
        return None
    return [(p, {**arguments, bornes[0]: p[0], bornes[1]: p[1]}) for p in periodes]


def _annee_a_part(outil: Outil, arguments: dict[str, Any], bornes: list[str]) -> int | None:
    """L'année que la question nomme à côté d'une période qui n'y tombe pas, pour une consultation qui
    prend l'une ou l'autre (« l'an passé » et « depuis le début de l'exercice ») ; None sinon."""
    annee = arguments.get("annee")
    du, au = (arguments.get(b) for b in bornes)
    if "annee" not in outil.schema.model_fields or not isinstance(annee, int):
        return None
    if not (isinstance(du, datetime.date) and isinstance(au, datetime.date)) or du.year <= annee <= au.year:
        return None
    return annee


def _annee_d_avant(demande: Demande, arguments: dict[str, Any], bornes: list[str]) -> int | None:
    """De combien d'années reculer la période lue (dans une seule année) pour la comparer à l'année
    antérieure que la question nomme (une mention d'année : « l'an passé », « 2024 ») ; None sinon."""
    du, au = (arguments.get(b) for b in bornes)
    if not (isinstance(du, datetime.date) and isinstance(au, datetime.date)) or du.year != au.year:
        return None
    annees = [m.valeur for m in demande.mentions if m.genre == Genre.ANNEE and m.valeur < du.year]
    return annees[-1] - du.year if annees else None


def comparer(lus: list[tuple[Periode, Tableau]]) -> Tableau:
    """Les deux périodes l'une après l'autre, puis l'écart de leurs totaux s'ils en ont."""
    tableau = Tableau.pour_chaque("Période", [(_libelle(p), t) for p, t in lus])
    (avant, t1), (apres, t2) = lus
    if t1.total is None or t2.total is None:
        return tableau
    ecart = t2.total - t1.total
    sens = "a augmenté de" if ecart > 0 else "a baissé de" if ecart < 0 else "est resté le même, à"
    phrase = (f"Le total {sens} {format_montant(abs(ecart) or t1.total)} : {format_montant(t1.total)} "
              f"{dire_periode(*avant)}, puis {format_montant(t2.total)} {dire_periode(*apres)}.")
    if ecart and t1.total > 0:
        # « Une hausse de combien en % ? » : l'écart rapporté au total de la première période.
        relatif = (Decimal(ecart) / Decimal(t1.total)).quantize(Decimal("0.001"), ROUND_HALF_UP)
        phrase += f" Écart relatif : {'+' if ecart > 0 else '−'}{format_taux(abs(relatif))}."
    return tableau.model_copy(update={"phrase": f"{phrase} {tableau.phrase}"})


def _libelle(periode: Periode) -> str:
    """« octobre 2025 »."""
    return dire_periode(*periode).removeprefix("en ")


def arguments_montres(lectures: list[tuple[Periode, dict[str, Any]]]) -> dict[str, Any]:
    """Les arguments que la trace montre : les bornes de chaque période, en liste."""
    premiers = lectures[0][1]
    return {n: [a[n] for _, a in lectures] if any(a[n] != v for _, a in lectures) else v
            for n, v in premiers.items()}
