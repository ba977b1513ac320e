"""Backend « openai » : tout serveur compatible OpenAI (vLLM, Ollama, llama.cpp, nuage) par LangChain.

Le modèle ne fait que rédiger, à partir des faits (résultats des outils, passages cités), par le
flux du modèle de conversation ; les outils sont choisis et remplis par la compréhension.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.backends.base import CONSIGNE_SYSTEME, message_utilisateur
from assistant.config import Config


class OpenAICompatible:
    nom = "openai"

    def __init__(self, config: Config) -> None:
        from langchain_openai import ChatOpenAI

        if not config.openai_base_url:
            raise ValueError("Backend openai : définissez ASSISTANT_FSRS_OPENAI_BASE_URL "
                             "(ex. http://127.0.0.1:8000/v1).")
        import httpx

        # Délais courts et pas de nouvel essai : un serveur en panne se voit en secondes, pas en minutes.
        # La construction ne contacte pas le serveur : un serveur bloqué ne retarde pas le démarrage.
        delais = httpx.Timeout(config.openai_delai, connect=config.openai_delai_connexion)
        self._modele = ChatOpenAI(base_url=config.openai_base_url, api_key=config.openai_api_key,
                                  model=config.openai_model, temperature=0.0, max_tokens=300,
                                  timeout=delais, max_retries=0)

    def rediger(self, question: str, faits: str) -> Iterator[str]:
        for morceau in self._modele.stream([("system", CONSIGNE_SYSTEME),
                                            ("human", message_utilisateur(question, faits))]):
            if isinstance(morceau.content, str) and morceau.content:
                yield morceau.content

