"""Backend extractif : aucun modèle de langue, la réponse est le brouillon vérifié lui-même."""

from __future__ import annotations

from collections.abc import Iterator


class Extractif:
    nom = "extractive"

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        return iter(())  # rien à rédiger : le moteur garde la réponse extractive
