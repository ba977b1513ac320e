"""Les textes sources de l'assistant et leur découpage en passages citables."""

from corpus.analyse import DOSSIER_DOCUMENTS, ErreurCorpus, charger_corpus
from corpus.passage import Alinea, Document, Passage, id_article

__all__ = [
    "DOSSIER_DOCUMENTS", "Alinea", "Document", "ErreurCorpus", "Passage", "charger_corpus", "id_article",
]
