"""Encodeur de phrases (sentence-transformers), chargé une fois, sans accès au réseau."""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from assistant.config import Config


class Encodeur:
    """Encode questions et passages avec les invites du modèle (« query » / « document »)."""

    def __init__(self, chemin: str, threads: int | None = None, *, int8: bool) -> None:
        # Un chemin local ne doit jamais déclencher de requête vers un hub.
        if os.path.isdir(chemin):
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        self.nom = nom_du_modele(chemin, int8)
        self._modele = SentenceTransformer(chemin, device="cpu")
        if int8:
            _quantifier(self._modele)
        _sans_masque_inutile(self._modele)
        invites = self._modele.prompts or {}
        self._invite_question = "query" if "query" in invites else None
        self._invite_document = "document" if "document" in invites else None
        self._question = lru_cache(maxsize=256)(lambda texte: self.questions([texte])[0])

    @classmethod
    def selon(cls, config: Config, threads: int) -> Encodeur:
        """L'encodeur que la configuration décrit : celui qui a construit l'index qu'elle désigne."""
        return cls(config.chemin_embeddings, threads, int8=config.embeddings_int8)

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


def nom_du_modele(chemin: str, int8: bool) -> str:
    """Ce qui distingue les vecteurs d'un encodeur : le modèle, et ses poids en entiers ou non."""
    return f"{chemin}#int8" if int8 else chemin


def _sans_masque_inutile(modele) -> None:
    """Une question seule, plus courte que la fenêtre d'attention locale, voit tous ses jetons dans
    chaque couche : ses masques d'attention ne masquent rien. Les construire coûte pourtant près d'un
    cinquième de son encodage (transformers les bâtit par vmap, jeton par jeton) ; on donne au modèle
    des masques vides, que l'attention lit comme « tout voir »."""
    transformeur = modele[0].auto_model
    config = transformeur.config
    fenetre = getattr(config, "sliding_window", None)
    if not getattr(config, "use_bidirectional_attention", False) or not fenetre:
        return  # attention causale : le masque compte

    forward = transformeur.forward

    def sans_masque(*args, attention_mask=None, **kwargs):
        return forward(*args, attention_mask=masques_utiles(attention_mask, fenetre), **kwargs)

    # sentence-transformers appelle `forward` lui-même (sans les crochets de torch) : on l'enveloppe.
    transformeur.forward = sans_masque


def masques_utiles(masque, fenetre: int):
    """Le masque de remplissage tel quel, ou des masques vides s'il ne masque rien dans aucune couche
    (une seule séquence sans remplissage, plus courte que la fenêtre locale)."""
    if masque is None or isinstance(masque, dict) or masque.shape[-1] >= fenetre or not bool(masque.all()):
        return masque
    return {"full_attention": None, "sliding_attention": None}


def _quantifier(modele) -> None:
    """Les couches linéaires du transformeur en entiers 8 bits (poids par canal, activations à la volée),
    sauf les projections de sortie du MLP : leurs entrées ont des valeurs extrêmes qu'un seul facteur
    d'échelle écrase (cosinus 0,92 au lieu de 0,99 avec le float32)."""
    with warnings.catch_warnings():  # torch.ao se dit déprécié au profit de torchao, qu'on n'installe pas
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        import torch
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        transformeur = modele[0].auto_model
        cibles = {nom: per_channel_dynamic_qconfig for nom, couche in transformeur.named_modules()
                  if isinstance(couche, torch.nn.Linear) and not nom.endswith("down_proj")}
        quantize_dynamic(transformeur, cibles, dtype=torch.qint8, inplace=True)
