"""Les jours fériés et fêtes du Québec nommés dans une question (« depuis la fête du Travail »,
« le lendemain de l'Halloween 2027 ») : Duckling les ignore ou les lit à l'européenne (la fête du
Travail y est le 1er mai ; au Québec, c'est le premier lundi de septembre)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from dateutil.easter import easter

LUNDI, JEUDI, DIMANCHE = 0, 3, 6


DERNIER = 5  # le rang du dernier jour de semaine d'un mois (le 4e ou le 5e)


def nieme(mois: int, rang: int, semaine: int = LUNDI) -> Callable[[int], datetime.date]:
    """Le `rang`-ième jour `semaine` du mois (1 : le premier ; lundi par défaut, 3 : jeudi, 6 : dimanche ;
    `DERNIER` : le dernier)."""
    def jour(annee: int) -> datetime.date:
        premier = datetime.date(annee, mois, 1)
        date = premier + datetime.timedelta(days=(semaine - premier.weekday()) % 7 + 7 * (min(rang, 4) - 1))
        suivant = date + datetime.timedelta(days=7)
        return suivant if rang == DERNIER and suivant.month == mois else date
    return jour


def _patriotes(annee: int) -> datetime.date:
    """Journée nationale des patriotes : le lundi qui précède le 25 mai."""
    veille = datetime.date(annee, 5, 24)
    return veille - datetime.timedelta(days=veille.weekday())


def _vendredi_fou(annee: int) -> datetime.date:
    """Le vendredi fou : le lendemain de l'Action de grâce américaine (quatrième jeudi de novembre)."""
    return nieme(11, 4, JEUDI)(annee) + datetime.timedelta(days=1)


def _paques(decalage: int) -> Callable[[int], datetime.date]:
    """Pâques (calcul grégorien de dateutil) et les jours qu'on compte à partir d'elle."""
    return lambda annee: easter(annee) + datetime.timedelta(days=decalage)


def _fixe(mois: int, jour: int) -> Callable[[int], datetime.date]:
    return lambda annee: datetime.date(annee, mois, jour)


# Noms pliés (minuscules sans accents) ; Noël et le jour de l'An, Duckling les lit bien.
FERIES: dict[str, Callable[[int], datetime.date]] = {
    r"fete du travail": nieme(9, 1),
    r"action de graces?": nieme(10, 2),
    r"journee (?:nationale )?des patriotes": _patriotes,
    r"fete nationale|saint-jean(?:-baptiste)?|st-jean": _fixe(6, 24),
    r"fete du canada|confederation": _fixe(7, 1),
    r"halloween": _fixe(10, 31),
    r"jour du souvenir": _fixe(11, 11),
    r"jour des morts": _fixe(11, 2),  # le lendemain de la Toussaint (Duckling le confond avec elle)
    r"saint-valentin|st-valentin": _fixe(2, 14),
    r"fete des meres": nieme(5, 2, DIMANCHE),
    r"fete des peres": nieme(6, 3, DIMANCHE),
    r"(?:jour|journee) du demenagement": _fixe(7, 1),
    r"saint-patrick|st-patrick": _fixe(3, 17),
    r"mardi gras": _paques(-47),
    r"mercredi des cendres": _paques(-46),
    r"vendredi fou|black friday": _vendredi_fou,
    r"jour des rois|rois|epiphanie": _fixe(1, 6),
    r"jeudi saint": _paques(-3),
    r"dimanche des rameaux|rameaux": _paques(-7),
    r"vendredi saint": _paques(-2),
    r"lundi de paques": _paques(1),
    r"paques": _paques(0),
    r"ascension": _paques(39),
    r"pentecote": _paques(49),
    r"toussaint": _fixe(11, 1),
    r"sainte-catherine|ste-catherine": _fixe(11, 25),
    r"saint-nicolas|st-nicolas": _fixe(12, 6),
    r"saint-sylvestre|st-sylvestre": _fixe(12, 31),
    r"chandeleur|jour de la marmotte": _fixe(2, 2),
    # Le Québec recule l'heure le premier dimanche de novembre et l'avance le deuxième de mars ; sans la
    # saison, « le changement d'heure » ne dit pas lequel.
    r"(?:changement d'heure|passage a l'heure normale)(?: de l'| d'| a l')automne|recul de l'heure": nieme(
        11, 1, DIMANCHE),
    r"(?:changement d'heure|passage a l'heure avancee)(?: du| au) printemps|avance de l'heure": nieme(
        3, 2, DIMANCHE),
    r"poisson d'avril": _fixe(4, 1),
    r"jour de la terre": _fixe(4, 22),
}
# Chaque fête, avec son article facultatif et l'année qui peut la suivre, en chiffres (« l'Halloween 2027 »)
# ou par rapport à celle de la demande (« la Sainte-Catherine l'an passé », « Pâques l'an prochain »).
MOTIFS = [(re.compile(rf"\b(?:la |l'|le |les )?(?:{nom})(?:,? (?:(?:de |d'|en )?(\d{{4}})\b|"
                      r"l'an(?:nee)? (passee?|derniere?|prochaine?)\b))?"), jour)
          for nom, jour in FERIES.items()]


# « Depuis Pâques » : la fête qui ouvre une période jusqu'à aujourd'hui est la dernière passée.
DEPUIS = re.compile(r"\bdepuis\s*$")


def feries(plie: str, jour: datetime.date) -> list[tuple[int, int, datetime.date, datetime.date | None]]:
    """(début, fin, date, prochaine) de chaque fête nommée. Sans année, celle de la demande ; si elle est
    passée, `prochaine` est celle de l'an prochain (Pâques n'y tombe pas le même jour). Après « depuis »,
    la dernière passée, sans autre lecture."""
    trouvees = []
    for motif, date_de in MOTIFS:
        for m in motif.finditer(plie):
            date = date_de(_annee(m, jour))
            if m[1] is None and m[2] is None and DEPUIS.search(plie, 0, m.start()):
                trouvees.append((m.start(), m.end(), date if date <= jour else date_de(jour.year - 1), None))
                continue
            prochaine = date_de(jour.year + 1) if m[1] is None and m[2] is None and date < jour else None
            trouvees.append((m.start(), m.end(), date, prochaine))
    return trouvees


def _annee(m: re.Match[str], jour: datetime.date) -> int:
    """L'année dite après la fête, en chiffres ou par rapport à la demande ; sinon celle de la demande."""
    if m[1]:
        return int(m[1])
    return jour.year + (0 if m[2] is None else 1 if m[2].startswith("prochain") else -1)


# Les jours fériés et chômés (Loi sur les normes du travail, art. 60) : ni eux ni la fin de semaine ne
# sont des jours ouvrables (le Vendredi saint et le lundi de Pâques comptent tous deux).
CHOMES: tuple[Callable[[int], datetime.date], ...] = (
    _fixe(1, 1), _paques(-2), _paques(1), _patriotes, _fixe(6, 24), _fixe(7, 1), nieme(9, 1), nieme(10, 2),
    _fixe(12, 25),
)


def ouvrable(date: datetime.date, pas: int) -> datetime.date:
    """Le premier jour ouvrable à partir de `date`, en avançant (`pas` = 1) ou en reculant (-1)."""
    while not _ouvre(date):
        date += datetime.timedelta(days=pas)
    return date


def jours_ouvrables(depuis: datetime.date, jusqu_a: datetime.date) -> int:
    """Les jours ouvrables après `depuis`, jusqu'à `jusqu_a` compris : reçu le vendredi 9 octobre 2026,
    déposé le mardi 20, 6 jours ouvrables (l'Action de grâce, le 12, est chômée)."""
    return sum(_ouvre(depuis + datetime.timedelta(days=n)) for n in range(1, (jusqu_a - depuis).days + 1))


def _ouvre(date: datetime.date) -> bool:
    return date.weekday() < 5 and not any(chome(date.year) == date for chome in CHOMES)
