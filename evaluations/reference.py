"""Référence « RAG ordinaire » LangChain, pour mesurer ce qu'apporte la conception du projet.

Un `EnsembleRetriever` tel quel : BM25 (découpage en mots par espaces, sans analyse du français)
et un magasin Chroma, sur les trois mêmes textes coupés par un `RecursiveCharacterTextSplitter`
générique (800 caractères, chevauchement 100) qui ignore tout des articles. Même modèle
d'encodage que le projet. Chaque morceau est rattaché au passage qu'il recouvre le plus, pour
être noté avec les mêmes métriques.
"""

from __future__ import annotations

import re
import uuid
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.recherche.encodeur import Encodeur
from corpus import DOSSIER_DOCUMENTS, Passage
from corpus.analyse import lire_document
from evaluations.metriques import normaliser

TAILLE_MORCEAU = 800
CHEVAUCHEMENT = 100
K = 10  # documents demandés à chaque retriever (4 par défaut) : le MRR voit plus loin


class EncodeurLangChain(Embeddings):
    """Notre `Encodeur` sous l'interface `Embeddings` de LangChain (mêmes invites, mêmes vecteurs)."""

    def __init__(self, encodeur: Encodeur) -> None:
        self.encodeur = encodeur

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encodeur.documents(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encodeur.questions([text])[0].tolist()


def embeddings(encodeur: Encodeur) -> Embeddings:
    """`HuggingFaceEmbeddings` si le paquet est là (même modèle), sinon notre adaptateur."""
    try:
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError:
        return EncodeurLangChain(encodeur)
    return HuggingFaceEmbeddings(model_name=encodeur.nom, encode_kwargs={"normalize_embeddings": True})


def textes(dossier: Path = DOSSIER_DOCUMENTS) -> list[Document]:
    """Les textes entiers, sans leur en-tête de métadonnées ni l'habillage de page."""
    docs = []
    for chemin in sorted(dossier.iterdir()):
        if chemin.suffix in {".txt", ".md"}:
            document, lignes = lire_document(chemin)
            docs.append(Document(page_content="\n".join(lignes), metadata={"doc_id": document.doc_id}))
    return docs


def decouper(docs: Sequence[Document]) -> list[Document]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    decoupeur = RecursiveCharacterTextSplitter(chunk_size=TAILLE_MORCEAU, chunk_overlap=CHEVAUCHEMENT)
    return decoupeur.split_documents(list(docs))


def _trigrammes(texte: str) -> Counter[tuple[str, ...]]:
    mots = re.findall(r"\w+", normaliser(texte))
    return Counter(zip(mots, mots[1:], mots[2:], strict=False))


def rattacher(morceaux: Sequence[Document], passages: Sequence[Passage]) -> list[str]:
    """Pour chaque morceau, l'id du passage du même document qui partage le plus de trigrammes."""
    empreintes = [(p, _trigrammes(p.texte)) for p in passages]
    ids = []
    for morceau in morceaux:
        t = _trigrammes(morceau.page_content)
        candidats = [(sum((t & e).values()), p.id) for p, e in empreintes
                     if p.doc_id == morceau.metadata.get("doc_id")]
        ids.append(max(candidats)[1] if candidats and max(candidats)[0] > 0 else "")
    return ids


class ReferenceLangChain:
    """Le RAG « de base » : question -> ids de passages, dans l'ordre de l'ensemble."""

    nom = "langchain"

    def __init__(self, encodeur: Encodeur, passages: Sequence[Passage],
                 dossier: Path = DOSSIER_DOCUMENTS, k: int = K) -> None:
        import chromadb
        from chromadb.config import Settings
        from langchain_classic.retrievers import EnsembleRetriever

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # langchain-community annonce sa fin de vie
            from langchain_community.retrievers import BM25Retriever
            try:
                from langchain_chroma import Chroma
            except ImportError:
                from langchain_community.vectorstores import Chroma

            self.morceaux = decouper(textes(dossier))
            for i, (m, pid) in enumerate(zip(self.morceaux, rattacher(self.morceaux, passages),
                                             strict=True)):
                m.metadata.update(passage_id=pid, morceau=i)
            client = chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))
            magasin = Chroma.from_documents(self.morceaux, embeddings(encodeur), client=client,
                                            collection_name=f"reference-{uuid.uuid4().hex[:8]}")
            bm25 = BM25Retriever.from_documents(self.morceaux, k=k)
            self.retriever = EnsembleRetriever(
                retrievers=[bm25, magasin.as_retriever(search_kwargs={"k": k})], weights=[0.5, 0.5])

    def __call__(self, question: str) -> list[str]:
        docs = self.retriever.invoke(question)
        return [pid for pid in dict.fromkeys(d.metadata["passage_id"] for d in docs) if pid]
