"""Backend extractif : aucun modèle de langue, la réponse est le brouillon vérifié lui-même."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class Extractif:
    nom = "extractive"

    def choisir_outil(self, question: str, outils: list[dict[str, Any]]) -> dict[str, Any] | None:
        return None  # le routage déterministe décide seul

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        return iter(())  # rien à rédiger : le moteur garde la réponse extractive
