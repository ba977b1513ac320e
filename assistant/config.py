"""Configuration : variables d'environnement ASSISTANT_FSRS_…, optionnellement un fichier TOML.

Rien ne touche le réseau par défaut : les modèles sont des chemins locaux, Chroma est embarqué.
Le fichier TOML est désigné par ASSISTANT_FSRS_CONFIG ; l'environnement l'emporte sur lui.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

Backend = Literal["extractive", "local", "openai"]

NOM_EMBEDDINGS = "embeddinggemma-300m"
NOM_GGUF = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"


class Config(BaseSettings):
    """Réglages de l'application ; chaque champ se lit aussi dans ASSISTANT_FSRS_<NOM>."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_FSRS_", extra="ignore")

    dossier: Path = Field(
        default=Path.home() / ".cache" / "assistant-fsrs",
        description="Dossier de cache : modèles et index, qu'on peut effacer et reconstruire.",
    )
    donnees: Path = Field(
        default=Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "assistant-fsrs",
        description="Dossier des données à garder : registres des fonds (SQLite), avis, utilisateurs."
        " Distinct du cache : effacer le cache ne perd rien.",
    )
    bd_url: str | None = Field(
        default=None,
        description="URL SQLAlchemy de la base des fonds (ex. postgresql+psycopg://…) ;"
        " par défaut, SQLite dans le dossier des données.",
    )
    entetes_identite_fiables: bool = Field(
        default=False,
        description="Croire l'en-tête d'identité posé par le mandataire inverse de l'intranet"
        " (seulement si lui seul peut joindre l'application).",
    )
    entete_utilisateur: str = Field(
        default="X-Remote-User", description="En-tête qui nomme l'utilisateur authentifié par le mandataire."
    )
    modele_embeddings: str = Field(
        default="", description="Chemin local ou nom de modèle sentence-transformers."
    )
    modele_llm: str = Field(default="", description="Chemin du fichier GGUF du backend local.")
    backend: Backend = "extractive"
    chroma_url: str | None = Field(
        default=None, description="URL d'un serveur Chroma (sinon client embarqué)."
    )
    openai_base_url: str | None = None
    openai_model: str = "qwen2.5-coder-1.5b-instruct"
    openai_api_key: str = "sans-cle"
    threads: int = Field(default=2, ge=1, description="Fils des modèles (construction de l'index, LLM).")
    # Le serveur encode plusieurs questions à la fois ; à 2 fils, l'encodage d'une question s'effondre
    # dès qu'un autre calcul occupe un cœur (p95 484 ms contre 138 ms à 1 fil, make bench).
    threads_par_question: int = Field(
        default=1, ge=1, description="Fils du modèle d'encodage pour encoder une question."
    )
    # Deux fois plus rapide sur CPU, des vecteurs à 0,99 de cosinus de ceux en float32 (make bench) ;
    # passages, exemples et questions sont encodés par le même modèle, l'index suit ce réglage.
    embeddings_int8: bool = Field(
        default=True, description="Couches linéaires du modèle d'encodage en entiers 8 bits."
    )
    host: str = "127.0.0.1"
    port: int = Field(default=7860, ge=1, le=65535)
    origines_autorisees: list[str] = Field(
        default_factory=list, description="Origines autorisées à intégrer le widget."
    )
    avis_db: Path | None = Field(default=None, description="Fichier SQLite des avis 👍/👎.")
    max_concurrence: int = Field(default=1, ge=1, description="Générations simultanées.")
    # Fiabilité du service web : bornes des entrées, débit par client, avis, modèle distant.
    corps_max_octets: int = Field(default=65_536, ge=1024, description="Taille maximale d'un corps"
                                  " de requête (octets) ; au-delà : 413.")
    question_max: int = Field(default=2000, ge=10, description="Caractères d'une question ; au-delà : 422.")
    historique_max: int = Field(default=20, ge=0, description="Messages de l'historique ; au-delà : 422.")
    message_max: int = Field(default=2000, ge=10, description="Caractères d'un message de l'historique.")
    limite_questions: str = Field(default="20/minute", description="Débit des questions par client"
                                  " (syntaxe « limits » : 20/minute, 100/hour).")
    limite_avis: str = Field(default="10/minute", description="Débit des avis par client.")
    limites_stockage: str = Field(default="memory://", description="Compteurs de débit : memory:// ou"
                                  " redis://127.0.0.1:6379 (plusieurs processus).")
    avis_commentaire_max: int = Field(default=500, ge=0, description="Caractères d'un commentaire d'avis.")
    avis_retention_jours: int = Field(default=180, ge=1, description="Jours de conservation des avis.")
    openai_delai: float = Field(default=15.0, gt=0, description="Secondes accordées au modèle distant"
                                " pour une réponse complète.")
    openai_delai_connexion: float = Field(default=2.0, gt=0, description="Secondes pour joindre le"
                                          " modèle distant.")
    production: bool = Field(default=True, description="Faux : erreurs détaillées dans la page (débogage).")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        fichier = os.environ.get("ASSISTANT_FSRS_CONFIG")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if fichier:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=fichier))
        return tuple(sources)

    @property
    def dossier_modeles(self) -> Path:
        return self.dossier / "models"

    @property
    def dossier_index(self) -> Path:
        return self.dossier / "index"

    @cached_property
    def chemin_embeddings(self) -> str:
        return self.modele_embeddings or str(self.dossier_modeles / NOM_EMBEDDINGS)

    @cached_property
    def chemin_llm(self) -> Path:
        return Path(self.modele_llm) if self.modele_llm else self.dossier_modeles / NOM_GGUF

    @property
    def chemin_avis(self) -> Path:
        return self.avis_db or self.donnees / "avis.sqlite3"

    @property
    def url_bd(self) -> str:
        """La base des fonds : celle que nomme la configuration, sinon SQLite dans les données."""
        return self.bd_url or f"sqlite:///{self.donnees / 'fonds.sqlite3'}"
