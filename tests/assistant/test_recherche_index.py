"""L'index avec les vrais composants : modèle EmbeddingGemma, Chroma embarqué, BM25 français."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.config import Config
from assistant.recherche.index import Index, IndexAbsent, Methode, construire
from evaluations.recherche import DEV, lire_jsonl, mesurer

pytestmark = pytest.mark.integration


def test_recherche_trouve_l_article_et_cite_un_morceau_exact(index):
    trouves = index.chercher("Quel est le taux horaire d'une personne incarcérée qui travaille?", k=3)
    assert trouves[0].passage.id == "reglement-s-40.1-r3:art-11"
    for extrait in trouves[0].morceau.extraits:
        assert extrait in trouves[0].passage.texte
    assert trouves[0].score_dense is not None and trouves[0].score_lexical is not None


def test_un_alinea_tardif_d_un_long_passage_est_retrouve_et_cite_seul(index):
    trouves = index.chercher("Y a-t-il un conseiller en main-d'œuvre dans chaque établissement?", k=3)
    assert trouves[0].passage.id == "ententes-partenaires-msp:mess"
    assert trouves[0].morceau.locator.endswith("al. 6")
    assert "Un conseiller en main d’œuvre" in trouves[0].morceau.citation


def test_un_article_court_est_cite_en_entier(index):
    question = "Le fonds doit-il prendre une assurance responsabilité pour les employés civils?"
    trouves = index.chercher(question, k=3)
    assert trouves[0].passage.id == "reglement-s-40.1-r3:art-11"
    assert trouves[0].morceau.citation == trouves[0].passage.texte


@pytest.mark.parametrize(
    ("question", "alinea"),
    [
        ("Avec son allocation, qu'est-ce qu'un détenu peut se payer ?", "art. 16, al. 2"),
        ("Il sort en devant de l'argent au fonds : ça se rembourse comment ?", "art. 16, al. 3"),
    ],
)
def test_l_article_court_cite_en_entier_garde_son_alinea_le_plus_proche(index, question, alinea):
    # La première phrase de la réponse vient de cet alinéa ; la citation reste l'article entier.
    trouve = index.chercher(question, k=3)[0]
    assert (trouve.passage.id, trouve.morceau.locator) == ("reglement-s-40.1-r3:art-16", "art. 16")
    assert trouve.alinea.locator == alinea


def test_les_questions_relues_d_un_article_le_font_trouver_quand_sa_lettre_est_loin(index):
    # L'art. 3 parle de « manque de compétence spécifique » ; ses questions relues, d'embaucher un civil.
    question = "Le fonds peut-il embaucher un civil pour l'atelier quand personne en dedans a la compétence ?"
    premier = {m: index.chercher(question, k=1, methode=m)[0].passage.id for m in Methode}
    assert premier[Methode.DENSE] != "reglement-s-40.1-r3:art-3"
    assert premier[Methode.QUESTIONS] == premier[Methode.FUSION] == "reglement-s-40.1-r3:art-3"


def test_chaque_methode_disponible(index):
    for methode in Methode:
        assert index.chercher("emprunt de plus de 25 000 $", k=1, methode=methode)[0].passage.id == (
            "reglement-s-40.1-r3:art-8")


def test_regression_fusion_hit3_au_moins_090_sur_le_jeu_de_developpement(index):
    resultats = mesurer(index, lire_jsonl(DEV))
    assert resultats["fusion"]["hit@3"] >= 0.90, resultats
    assert resultats["fusion"]["hit@1"] >= 0.90, resultats


def _mini_corpus(dossier: Path, texte: str) -> Path:
    dossier.mkdir(parents=True, exist_ok=True)
    (dossier / "mini.md").write_text(
        '+++\ndoc_id = "mini"\ntitre = "Mini"\ntitre_court = "Mini"\nformat = "loi-extraits"\n'
        f'url = "https://example.org"\n+++\n## Article 1\n\n{texte}\n', encoding="utf-8")
    return dossier


def test_pas_de_reconstruction_sans_changement_puis_reconstruction_si_le_corpus_change(
        tmp_path: Path, config: Config, encodeur):
    cfg = config.model_copy(update={"dossier": tmp_path})
    corpus = _mini_corpus(tmp_path / "corpus", "Le fonds tient une cantine.")
    nom1, construit1 = construire(cfg, encodeur=encodeur, dossier=corpus)
    nom2, construit2 = construire(cfg, encodeur=encodeur, dossier=corpus)
    assert construit1 and not construit2 and nom1 == nom2
    _mini_corpus(corpus, "Le fonds tient une cantine et un atelier.")
    nom3, construit3 = construire(cfg, encodeur=encodeur, dossier=corpus)
    assert construit3 and nom3 != nom1
    nouvel_index = Index(cfg, encodeur=encodeur, dossier=corpus)
    assert nouvel_index.chercher("atelier", k=1)[0].passage.id == "mini:art-1"


class EncodeurEnPanne:
    """Un encodeur qui échoue en pleine construction, comme un arrêt brutal."""

    def __init__(self, vrai) -> None:
        self.vrai = vrai

    def documents(self, textes, progression=None, lot=16):
        raise RuntimeError("panne simulée")


def test_une_panne_en_pleine_construction_laisse_l_ancien_index_intact(tmp_path: Path, config: Config,
                                                                      encodeur):
    cfg = config.model_copy(update={"dossier": tmp_path})
    corpus = _mini_corpus(tmp_path / "corpus", "Texte initial sur la cantine.")
    construire(cfg, encodeur=encodeur, dossier=corpus)
    _mini_corpus(corpus, "Texte modifié sur l'atelier.")
    with pytest.raises(RuntimeError, match="panne"):
        construire(cfg, encodeur=EncodeurEnPanne(encodeur), dossier=corpus)
    with pytest.raises(IndexAbsent, match="assistant-fsrs index"):
        Index(cfg, encodeur=encodeur, dossier=corpus)  # le nouveau corpus n'a pas d'index…
    _mini_corpus(corpus, "Texte initial sur la cantine.")
    assert Index(cfg, encodeur=encodeur, dossier=corpus).chercher("cantine", k=1)  # …l'ancien est là


def test_commande_search_json(config: Config, index, capsys, monkeypatch):
    from assistant import cli

    monkeypatch.setenv("ASSISTANT_FSRS_DOSSIER", str(config.dossier))
    monkeypatch.setenv("ASSISTANT_FSRS_MODELE_EMBEDDINGS", config.chemin_embeddings)
    assert cli.main(["search", "Qui signe les chèques du fonds?", "--k", "3", "--json"]) == 0
    lignes = json.loads(capsys.readouterr().out)
    assert lignes[0]["id"] == "reglement-s-40.1-r3:art-6"
    assert {"score_dense", "score_lexical", "score_fusion", "locator", "extrait"} <= set(lignes[0])


def test_l_encodeur_en_entiers_reste_proche_du_float32_et_l_index_suit_le_reglage(
        tmp_path: Path, config: Config, encodeur):
    # Le réglage change les vecteurs : un index construit avec l'un n'est jamais lu avec l'autre.
    from assistant.recherche.encodeur import Encodeur

    autre = Encodeur(config.chemin_embeddings, config.threads, int8=not config.embeddings_int8)
    questions = ["Le fonds peut-il emprunter 30 000 $ sans autorisation ?",
                 "Quels services de santé sont offerts en détention ?"]
    cosinus = (encodeur.questions(questions) * autre.questions(questions)).sum(axis=1)
    assert cosinus.min() >= 0.97, cosinus
    assert autre.nom != encodeur.nom
    corpus = _mini_corpus(tmp_path / "corpus", "Le fonds tient une cantine.")
    cfg = config.model_copy(update={"dossier": tmp_path})
    nom, _ = construire(cfg, encodeur=encodeur, dossier=corpus)
    bascule = cfg.model_copy(update={"embeddings_int8": not cfg.embeddings_int8})
    nom_autre, construit = construire(bascule, encodeur=autre, dossier=corpus)
    assert construit and nom_autre != nom


def test_une_question_seule_s_encode_sans_masque_et_donne_le_meme_vecteur(encodeur):
    # Les masques d'une question seule ne masquent rien : s'en passer ne change pas son vecteur.
    import torch

    from assistant.recherche.encodeur import masques_utiles

    transformeur = encodeur._modele[0].auto_model
    enveloppe = transformeur.forward
    question = "Le fonds peut-il emprunter 30 000 $ sans autorisation ?"
    transformeur.forward = type(transformeur).forward.__get__(transformeur)  # l'original, masques bâtis
    try:
        avec_masques = encodeur.questions([question])
    finally:
        transformeur.forward = enveloppe
    assert (avec_masques * encodeur.questions([question])).sum() >= 0.99999
    assert masques_utiles(torch.ones(1, 27), 257) == {"full_attention": None, "sliding_attention": None}
    # Un lot avec remplissage, ou plus long que la fenêtre locale, garde son masque.
    rempli = torch.tensor([[1, 1, 1], [1, 1, 0]])
    assert masques_utiles(rempli, 257) is rempli
    long = torch.ones(1, 300)
    assert masques_utiles(long, 257) is long
