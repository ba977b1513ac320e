"""Backend local : le modèle GGUF de MODELS.md par llama-cpp-python, sans serveur.

Sa tâche est petite : rédiger en français à partir de faits déjà vérifiés (les outils sont choisis
et remplis par la compréhension, sans modèle de langue).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from assistant.backends.base import CONSIGNE_SYSTEME, message_utilisateur
from assistant.config import Config

MAX_JETONS = 260


class Local:
    nom = "local"

    def __init__(self, config: Config) -> None:
        from llama_cpp import Llama

        if not config.chemin_llm.exists():
            raise FileNotFoundError(f"Modèle GGUF absent ({config.chemin_llm}) : lancez « assistant-fsrs "
                                    "models llm ».")
        self._llm = Llama(model_path=str(config.chemin_llm), n_ctx=4096, n_threads=config.threads,
                          verbose=False, seed=0)
        self._verrou = threading.Lock()  # un contexte llama.cpp ne sert qu'une génération à la fois

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        with self._verrou:
            flux = self._llm.create_chat_completion(
                messages=[{"role": "system", "content": CONSIGNE_SYSTEME},
                          {"role": "user", "content": message_utilisateur(question, faits)}],
                temperature=0.1, max_tokens=MAX_JETONS, stream=True)
            for morceau in flux:
                texte = morceau["choices"][0]["delta"].get("content")
                if texte:
                    yield texte
