"""Découpage des textes sources en passages, selon la structure propre à chaque texte.

Un fichier de `corpus/documents/` commence par un en-tête TOML entre deux lignes « +++ »
(titre, URL, date, lignes d'habillage de page à retirer) ; le texte officiel suit, inchangé.
Le champ `format` de l'en-tête choisit le découpeur.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from corpus.passage import Alinea, Document, Passage, cle_article

DOSSIER_DOCUMENTS = Path(__file__).parent / "documents"

DEBUT_ARTICLE = re.compile(r"^(\d+)\.\s+(.*)$")
PARAGRAPHE = re.compile(r"^\d+°\s")
HISTORIQUE = re.compile(r"^D\.\s*\d+-\d+, a\. ")
FIN_REGLEMENT = "RÉFÉRENCES"
TITRE_ARTICLE_MD = re.compile(r"^##\s+Article\s+(\d+)\s*$")


class ErreurCorpus(ValueError):
    """Un fichier du corpus ne suit pas le format attendu."""


def lire_document(chemin: Path) -> tuple[Document, list[str]]:
    """Sépare l'en-tête TOML du texte et retire les lignes d'habillage de page."""
    brut = chemin.read_text(encoding="utf-8")
    morceaux = brut.split("+++\n", 2)
    if len(morceaux) != 3 or morceaux[0].strip():
        raise ErreurCorpus(f"{chemin.name} : en-tête TOML « +++ » manquant.")
    document = Document.model_validate(tomllib.loads(morceaux[1]))
    habillage = set(document.chrome)
    lignes = [ligne.strip() for ligne in morceaux[2].splitlines()]
    return document, [ligne for ligne in lignes if ligne and ligne not in habillage]


def _passage(doc: Document, cle: str, article: str, locator: str,
             alineas: list[Alinea], historique: list[str] | None = None) -> Passage:
    url = doc.url_article.format(article=article) if doc.url_article else doc.url
    return Passage(id=f"{doc.doc_id}:{cle}", doc_id=doc.doc_id, doc_titre=doc.titre,
                   article=article, locator=locator, alineas=alineas, url=url,
                   historique=historique or [])


def _alineas(lignes: Iterable[str]) -> list[Alinea]:
    """Une ligne ordinaire ouvre un alinéa ; une ligne « N° » est un paragraphe du précédent."""
    alineas: list[Alinea] = []
    for ligne in lignes:
        if PARAGRAPHE.match(ligne) and alineas:
            alineas[-1].paragraphes.append(re.sub(r"\s+", " ", ligne))
        else:
            alineas.append(Alinea(numero=len(alineas) + 1, texte=ligne))
    return alineas


def decouper_reglement(doc: Document, lignes: list[str]) -> list[Passage]:
    """Un passage par article numéroté ; le préambule et les références finales sont écartés."""
    articles: list[tuple[str, list[str], list[str]]] = []
    for ligne in lignes:
        if ligne == FIN_REGLEMENT:
            break
        debut = DEBUT_ARTICLE.match(ligne)
        # Un numéro n'ouvre un article que s'il suit le précédent : « 1. » dans un texte n'en est pas un.
        if debut and int(debut.group(1)) == len(articles) + 1:
            articles.append((debut.group(1), [debut.group(2)], []))
        elif articles and HISTORIQUE.match(ligne):
            articles[-1][2].append(ligne)
        elif articles:
            articles[-1][1].append(ligne)
    if not articles:
        raise ErreurCorpus(f"{doc.doc_id} : aucun article trouvé.")
    return [_passage(doc, cle_article(num), num, f"art. {num}", _alineas(texte), hist)
            for num, texte, hist in articles]


def decouper_loi_extraits(doc: Document, lignes: list[str]) -> list[Passage]:
    """Extraits de loi en Markdown : un passage par titre « ## Article N »."""
    passages: list[tuple[str, list[str]]] = []
    for ligne in lignes:
        titre = TITRE_ARTICLE_MD.match(ligne)
        if titre:
            passages.append((titre.group(1), []))
        elif passages and not ligne.startswith("#"):
            passages[-1][1].append(ligne)
    return [_passage(doc, cle_article(num), num, f"art. {num}", _alineas(texte))
            for num, texte in passages]


def decouper_sections(doc: Document, lignes: list[str]) -> list[Passage]:
    """Page découpée aux lignes de début de section déclarées dans l'en-tête."""
    debuts = {s["debut"]: s for s in doc.sections}
    courantes: list[tuple[dict[str, str], list[str]]] = []
    for ligne in lignes:
        if ligne in debuts:
            courantes.append((debuts.pop(ligne), []))
        elif courantes:
            courantes[-1][1].append(ligne)
    if debuts:
        raise ErreurCorpus(f"{doc.doc_id} : sections introuvables : {', '.join(debuts)}")
    return [_passage(doc, s["id"], s["titre"], f"section « {s['titre']} »",
                     [Alinea(numero=i, texte=t) for i, t in enumerate(texte, start=1)])
            for s, texte in courantes]


DECOUPEURS: dict[str, Callable[[Document, list[str]], list[Passage]]] = {
    "reglement": decouper_reglement,
    "loi-extraits": decouper_loi_extraits,
    "sections": decouper_sections,
}


def analyser(chemin: Path) -> tuple[Document, list[Passage]]:
    document, lignes = lire_document(chemin)
    try:
        decoupeur = DECOUPEURS[document.format]
    except KeyError:
        raise ErreurCorpus(f"{chemin.name} : format « {document.format} » inconnu "
                           f"(choix : {', '.join(DECOUPEURS)}).") from None
    return document, decoupeur(document, lignes)


def charger_corpus(dossier: Path = DOSSIER_DOCUMENTS) -> tuple[list[Document], list[Passage]]:
    """Tous les documents du dossier, dans l'ordre de leur nom, et leurs passages."""
    documents, passages = [], []
    for chemin in sorted(p for p in dossier.iterdir() if p.suffix in {".txt", ".md"}):
        document, morceaux = analyser(chemin)
        documents.append(document)
        passages.extend(morceaux)
    return documents, passages
