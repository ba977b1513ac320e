"""Encodeur de phrases (sentence-transformers), chargé une fois, sans accès au réseau."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np


class Encodeur:
    """Encode questions et passages avec les invites du modèle (« query » / « document »)."""

    def __init__(self, chemin: str, threads: int | None = None) -> None:
        # Un chemin local ne doit jamais déclencher de requête vers un hub.
        if os.path.isdir(chemin):
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        self.nom = chemin
        self._modele = SentenceTransformer(chemin, device="cpu")
        invites = self._modele.prompts or {}
        self._invite_question = "query" if "query" in invites else None
        self._invite_document = "document" if "document" in invites else None
        self._question = lru_cache(maxsize=256)(lambda texte: self.questions([texte])[0])

    @property
    def dimension(self) -> int:
        lire = getattr(self._modele, "get_embedding_dimension", None) or (
            self._modele.get_sentence_embedding_dimension)
        return int(lire())

    def question(self, texte: str) -> np.ndarray:
        """Le vecteur d'une question, calculé une fois : l'intention et la recherche le partagent."""
        return self._question(texte)

    def oublier_les_questions(self) -> None:
        """Vide le cache des vecteurs de questions : un banc d'essai mesure ce qu'une question neuve coûte."""
        self._question.cache_clear()

    def questions(self, textes: list[str], cache: Path | None = None) -> np.ndarray:
        """Les vecteurs de questions ; avec `cache`, gardés dans ce dossier sous l'empreinte des
        textes et du modèle, et recalculés seulement si l'un ou l'autre change."""
        fichier = None
        if cache is not None:
            empreinte = hashlib.sha256("\n".join([self.nom, *textes]).encode()).hexdigest()[:16]
            fichier = cache / f"questions-{empreinte}.npy"
            if fichier.exists():
                return np.load(fichier)
        vecteurs = self._modele.encode(textes, prompt_name=self._invite_question,
                                       normalize_embeddings=True, convert_to_numpy=True)
        if fichier is not None:
            fichier.parent.mkdir(parents=True, exist_ok=True)
            provisoire = fichier.with_suffix(".tmp.npy")
            np.save(provisoire, vecteurs)
            provisoire.replace(fichier)  # un autre processus ne lit jamais un fichier à moitié écrit
        return vecteurs

    def documents(self, textes: list[str], progression: Callable[[int], None] | None = None,
                  lot: int = 16) -> np.ndarray:
        """Encode par lots de longueurs voisines (moins de remplissage), en annonçant l'avancée."""
        ordre = sorted(range(len(textes)), key=lambda i: len(textes[i]))
        vecteurs = np.zeros((len(textes), self.dimension), dtype=np.float32)
        for debut in range(0, len(ordre), lot):
            indices = ordre[debut:debut + lot]
            vecteurs[indices] = self._modele.encode(
                [textes[i] for i in indices], prompt_name=self._invite_document,
                normalize_embeddings=True, convert_to_numpy=True)
            if progression:
                progression(len(indices))
        return vecteurs
