"""Les jours fériés et fêtes du Québec nommés dans une question (« depuis la fête du Travail »,
« le lendemain de l'Halloween 2027 ») : Duckling les ignore ou les lit à l'européenne (la fête du
Travail y est le 1er mai ; au Québec, c'est le premier lundi de septembre)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from outils.jours_feries import DIMANCHE, JEUDI, fixe, nieme, paques, patriotes


def _vendredi_fou(annee: int) -> datetime.date:
    """Le vendredi fou : le lendemain de l'Action de grâce américaine (quatrième jeudi de novembre)."""
    return nieme(11, 4, JEUDI)(annee) + datetime.timedelta(days=1)


# Noms pliés (minuscules sans accents) ; Noël et le jour de l'An, Duckling les lit bien.
FERIES: dict[str, Callable[[int], datetime.date]] = {
    r"fete du travail": nieme(9, 1),
    r"action de graces?": nieme(10, 2),
    r"journee (?:nationale )?des patriotes": patriotes,
    r"fete nationale|saint-jean(?:-baptiste)?|st-jean": fixe(6, 24),
    r"fete du canada|confederation": fixe(7, 1),
    r"halloween": fixe(10, 31),
    r"jour du souvenir": fixe(11, 11),
    r"jour des morts": fixe(11, 2),  # le lendemain de la Toussaint (Duckling le confond avec elle)
    r"saint-valentin|st-valentin": fixe(2, 14),
    r"fete des meres": nieme(5, 2, DIMANCHE),
    r"fete des peres": nieme(6, 3, DIMANCHE),
    r"(?:jour|journee) du demenagement": fixe(7, 1),
    r"saint-patrick|st-patrick": fixe(3, 17),
    r"mardi gras": paques(-47),
    r"mercredi des cendres": paques(-46),
    r"vendredi fou|black friday": _vendredi_fou,
    r"jour des rois|rois|epiphanie": fixe(1, 6),
    r"jeudi saint": paques(-3),
    r"dimanche des rameaux|rameaux": paques(-7),
    r"vendredi saint": paques(-2),
    r"lundi de paques": paques(1),
    r"paques": paques(0),
    r"ascension": paques(39),
    r"pentecote": paques(49),
    r"toussaint": fixe(11, 1),
    r"sainte-catherine|ste-catherine": fixe(11, 25),
    r"saint-nicolas|st-nicolas": fixe(12, 6),
    r"saint-sylvestre|st-sylvestre": fixe(12, 31),
    r"chandeleur|jour de la marmotte": fixe(2, 2),
    # Le Québec recule l'heure le premier dimanche de novembre et l'avance le deuxième de mars ; sans la
    # saison, « le changement d'heure » ne dit pas lequel.
    r"(?:changement d'heure|passage a l'heure normale)(?: de l'| d'| a l')automne|recul de l'heure": nieme(
        11, 1, DIMANCHE),
    r"(?:changement d'heure|passage a l'heure avancee)(?: du| au) printemps|avance de l'heure": nieme(
        3, 2, DIMANCHE),
    r"poisson d'avril": fixe(4, 1),
    r"jour de la terre": fixe(4, 22),
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
