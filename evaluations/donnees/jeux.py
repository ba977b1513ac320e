"""Les lots du jeu « données », déclarés une fois : la ligne de commande en tire ses noms de jeux (« dev13 »,
« test13 », « tout13 »), les tests leurs contrôles. Ajouter un lot, c'est l'ajouter à `LOTS`."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from evaluations.donnees import (
    attendus,
    lot2,
    lot3,
    lot4,
    lot5,
    lot6,
    lot7,
    lot8,
    lot9,
    lot10,
    lot11,
    lot12,
    lot13,
    lot14,
    lot15,
    lot16,
    lot17,
    lot18,
    lot19,
    lot20,
    lot21,
    lot22,
    lot23,
    lot24,
    lot25,
)

# Le lot 1 (`attendus`) a servi au réglage ; chaque lot suivant a été écrit à l'aveugle après le précédent.
LOTS = (attendus, lot2, lot3, lot4, lot5, lot6, lot7, lot8, lot9, lot10, lot11, lot12, lot13, lot14,
        lot15, lot16, lot17, lot18, lot19, lot20, lot21, lot22, lot23, lot24, lot25)


def _noms(rang: int, lot: ModuleType) -> dict[str, Path]:
    suffixe = "" if rang == 1 else str(rang)
    return {f"dev{suffixe}": lot.DEV, f"test{suffixe}": lot.TEST, f"tout{suffixe}": lot.JEU}


JEUX: dict[str, Path] = {nom: chemin for rang, lot in enumerate(LOTS, start=1)
                         for nom, chemin in _noms(rang, lot).items()}
