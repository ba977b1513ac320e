"""Tout ce qu'une question peut demander de faire : un calcul (`outils`) ou une consultation des
registres du fonds (`assistant.registres`). Les deux se déclarent de la même façon ; la
compréhension apprend leurs intentions et lie leurs arguments sans les distinguer."""

from __future__ import annotations

from assistant.registres.registre import CONSULTATIONS
from outils.declaration import Outil
from outils.registre import OUTILS

CATALOGUE: dict[str, Outil] = {**OUTILS, **CONSULTATIONS}
