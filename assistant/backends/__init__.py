"""Les backends de rédaction : extractif (sans modèle), local (llama.cpp), openai (compatible)."""

from __future__ import annotations

from assistant.backends.base import Redacteur
from assistant.config import Config


def creer(config: Config, nom: str | None = None) -> Redacteur:
    """Le backend demandé ; les modèles ne sont chargés que pour celui-là."""
    nom = nom or config.backend
    if nom == "extractive":
        from assistant.backends.extractif import Extractif

        return Extractif()
    if nom == "local":
        from assistant.backends.local import Local

        return Local(config)
    if nom == "openai":
        from assistant.backends.openai import OpenAICompatible

        return OpenAICompatible(config)
    raise ValueError(f"Backend inconnu « {nom} » (choix : extractive, local, openai).")


__all__ = ["Redacteur", "creer"]
