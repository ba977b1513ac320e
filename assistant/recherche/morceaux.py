"""Morceaux indexés : l'article entier, chacun de ses alinéas et de ses paragraphes.

Un long article cache ses derniers alinéas : une question sur l'un d'eux ressemble peu à
l'article entier. On cherche donc sur des morceaux fins, et on cite l'article.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus import Passage

SAUT = " […] "


@dataclass(frozen=True)
class Morceau:
    id: str
    passage_id: str
    locator: str  # ce qu'on citera, ex. « art. 11, al. 2 »
    extraits: tuple[str, ...]  # morceaux exacts du passage, cités tels quels
    entete: str  # document et article, placé devant le texte à encoder

    @property
    def texte(self) -> str:
        return "\n".join(self.extraits)

    @property
    def citation(self) -> str:
        """Texte cité : les extraits exacts, joints par « […] » là où le texte en saute."""
        return SAUT.join(self.extraits)

    @property
    def a_encoder(self) -> str:
        return f"{self.entete}\n{self.texte}"


def decouper(passage: Passage) -> list[Morceau]:
    def morceau(suffixe: str, locator: str, *extraits: str) -> Morceau:
        return Morceau(f"{passage.id}#{suffixe}", passage.id, locator, extraits, passage.entete)

    morceaux = [morceau("tout", passage.locator, passage.texte)]
    plusieurs = len(passage.alineas) > 1
    for alinea in passage.alineas:
        locator = passage.locator_alinea(alinea.numero)
        if plusieurs:
            morceaux.append(morceau(f"al-{alinea.numero}", locator, alinea.texte_complet))
        for k, paragraphe in enumerate(alinea.paragraphes, start=1):
            # La phrase d'ouverture donne son sens au paragraphe : on la garde devant.
            morceaux.append(morceau(f"al-{alinea.numero}-par-{k}", f"{locator}, par. {k}°",
                                    alinea.texte, paragraphe))
    return morceaux


def decouper_tout(passages: list[Passage]) -> list[Morceau]:
    return [m for p in passages for m in decouper(p)]
