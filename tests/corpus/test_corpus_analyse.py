"""Le découpage suit la structure de la loi : articles, alinéas, paragraphes, historique, habillage retiré."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import DOSSIER_DOCUMENTS, ErreurCorpus, charger_corpus
from corpus.analyse import analyser

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def corpus():
    return charger_corpus()


def _reglement(corpus):
    return [p for p in corpus[1] if p.doc_id == "reglement-s-40.1-r3"]


def test_les_19_articles_du_reglement_dans_l_ordre(corpus):
    articles = [p.article for p in _reglement(corpus)]
    assert articles == [str(n) for n in range(1, 20)]


def test_ids_stables_et_uniques(corpus):
    ids = [p.id for p in corpus[1]]
    assert len(ids) == len(set(ids))
    assert "reglement-s-40.1-r3:art-11" in ids
    assert {"lscq-s-40.1:art-92", "lscq-s-40.1:art-93"} <= set(ids)
    assert {f"ententes-partenaires-msp:{s}" for s in ("introduction", "msss", "mess", "mels")} <= set(ids)
    assert ids == [p.id for p in charger_corpus()[1]]  # même découpage à chaque lecture


def test_alineas_et_paragraphes_numerotes(corpus):
    par_article = {p.article: p for p in _reglement(corpus)}
    assert len(par_article["11"].alineas) == 4
    assert len(par_article["1"].alineas[0].paragraphes) == 8
    assert par_article["10"].alineas[0].paragraphes[1].startswith("2° dans le cas d’une personne")
    assert [len(a.paragraphes) for a in par_article["12"].alineas] == [0, 0, 3, 0]
    assert par_article["5"].alineas[1].texte.startswith("La demande d’assistance financière")


def test_historique_en_metadonnee_pas_dans_le_texte(corpus):
    art11 = next(p for p in _reglement(corpus) if p.article == "11")
    assert art11.historique == ["D. 6-2007, a. 11; D.\xa051-2018, a.\u20095."]
    assert "D. 6-2007" not in art11.texte


def test_article_omis_garde_tel_quel(corpus):
    art19 = next(p for p in _reglement(corpus) if p.article == "19")
    assert art19.texte == "(Omis)."


def test_habillage_de_page_retire(corpus):
    tout = "\n".join(p.texte for p in corpus[1])
    for habillage in ("Occurrences0", "Texte complet", "Navigation Recherche", "Bandeau d'identification",
                      "RÉFÉRENCES", "G.O. 2"):
        assert habillage not in tout


def test_metadonnees_des_documents(corpus):
    documents = {d.doc_id: d for d in corpus[0]}
    reglement = documents["reglement-s-40.1-r3"]
    assert reglement.mention_date == "À jour au 12 décembre 2023"
    assert reglement.date_texte.isoformat() == "2023-12-12"
    assert reglement.url.startswith("https://www.legisquebec.gouv.qc.ca/")


def test_chaque_article_de_loi_a_son_lien_legisquebec(corpus):
    art8 = next(p for p in corpus[1] if p.id == "reglement-s-40.1-r3:art-8")
    assert art8.url.endswith("#se:8")
    assert next(p for p in corpus[1] if p.id == "lscq-s-40.1:art-92").url.endswith("S-40.1#se:92")


def test_sections_de_l_entente(corpus):
    mess = next(p for p in corpus[1] if p.id == "ententes-partenaires-msp:mess")
    assert "Emploi-Québec" in mess.texte and "employabilité" in mess.texte
    mels = next(p for p in corpus[1] if p.id == "ententes-partenaires-msp:mels")
    assert "gestion de la colère" in mels.texte
    intro = next(p for p in corpus[1] if p.id == "ententes-partenaires-msp:introduction")
    assert "L’article 23 de la LSCQ" in intro.texte


def test_ajouter_un_document_c_est_deposer_un_fichier(tmp_path: Path):
    for source in DOSSIER_DOCUMENTS.iterdir():
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "autre-loi.md").write_text(
        '+++\ndoc_id = "autre"\ntitre = "Autre"\ntitre_court = "Autre"\nformat = "loi-extraits"\n'
        'url = "https://example.org"\n+++\n## Article 7\n\nTexte de l’article sept.\n', encoding="utf-8")
    _, passages = charger_corpus(tmp_path)
    assert "autre:art-7" in {p.id for p in passages}


def test_en_tete_manquant_refuse_clairement(tmp_path: Path):
    fichier = tmp_path / "sans-entete.txt"
    fichier.write_text("1. Un article.\n", encoding="utf-8")
    with pytest.raises(ErreurCorpus, match="en-tête TOML"):
        analyser(fichier)
