"""La première phrase d'une réponse documentaire : la réponse courte relue, seulement quand elle répond."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.conversation.directe import Directes, enumeration
from assistant.conversation.interrogation import demande_des_elements, ouverte
from assistant.recherche.relues import QuestionsRelues
from corpus import charger_corpus
from corpus.resumes import DOSSIER_RESUMES, FICHIER_APERCUS

pytestmark = pytest.mark.integration

RESUME = "Un emprunt de plus de 25 000 $ requiert l'autorisation du ministre."
ENTREE = """
[[resume]]
passage = "reglement-s-40.1-r3:art-8"
alinea = 1
locator = "art. 8, al. 1"
empreinte = "0000000000000000"
resume = "{resume}"
mots_cles = ["emprunt"]
redige_par = "test"
revise_le = 2026-12-03
{questions}
"""
QUESTION = """
[[resume.questions]]
question = "{question}"
reponse = "{reponse}"
"""


def _directes(tmp_path: Path, encodeur, *questions: tuple[str, str]) -> Directes:
    shutil.copy(DOSSIER_RESUMES / FICHIER_APERCUS, tmp_path / FICHIER_APERCUS)
    blocs = "".join(QUESTION.format(question=q, reponse=r) for q, r in questions)
    (tmp_path / "reglement-s-40.1-r3.toml").write_text(ENTREE.format(resume=RESUME, questions=blocs),
                                                       encoding="utf-8")
    return Directes(encodeur, QuestionsRelues.charger(encodeur, tmp_path), dossier=tmp_path)


@pytest.fixture(scope="module")
def article_8():
    return next(p for p in charger_corpus()[1] if p.id == "reglement-s-40.1-r3:art-8")


def test_la_reponse_courte_de_la_question_posee(tmp_path, encodeur, article_8):
    directes = _directes(
        tmp_path, encodeur,
        ("Le fonds doit-il obtenir une autorisation pour emprunter 30 000 $ ?", "Oui : il dépasse le seuil."),
        ("Qui autorise un emprunt de plus de 25 000 $ ?", "Le ministre."),
    )
    phrase = directes.phrase("Faut-il une autorisation pour que le fonds emprunte 30 000 $ ?", article_8,
                             "art. 8, al. 1")
    assert phrase == "Oui : il dépasse le seuil."
    # Une question sans rapport reçoit le résumé, jamais un oui ou un non.
    assert directes.phrase("Combien coûte une formation scolaire ?", article_8, "art. 8, al. 1") == RESUME


def test_deux_questions_de_sens_contraires_aussi_proches_ne_tranchent_pas(tmp_path, encodeur, article_8):
    directes = _directes(
        tmp_path, encodeur,
        ("Le fonds peut-il emprunter 30 000 $ sans autorisation ?", "Non : il lui faut l'autorisation."),
        ("Le fonds peut-il emprunter 30 000 $ sans l'autorisation ?", "Oui : pour vérifier la marge."),
    )
    phrase = directes.phrase("Le fonds peut-il emprunter 30 000 $ sans autorisation ?", article_8,
                             "art. 8, al. 1")
    assert phrase == RESUME


def test_un_contraire_ou_une_negation_empeche_de_reprendre_le_oui_ou_le_non(tmp_path, encodeur, article_8):
    directes = _directes(
        tmp_path, encodeur,
        ("Le fonds peut-il emprunter 30 000 $ avec l'autorisation du ministre ?", "Oui : avec elle."),
    )
    assert directes.phrase("Le fonds peut-il emprunter 30 000 $ avec l'autorisation du ministre ?",
                           article_8, "art. 8, al. 1") == "Oui : avec elle."
    # Presque le même vecteur, la réponse contraire : le résumé, jamais « Oui ».
    for question in ("Le fonds peut-il emprunter 30 000 $ sans l'autorisation du ministre ?",
                     "Le fonds ne peut-il pas emprunter 30 000 $ avec l'autorisation du ministre ?"):
        assert directes.phrase(question, article_8, "art. 8, al. 1") == RESUME


def test_seul_et_avec_d_autres_sont_contraires(tmp_path, encodeur, article_8):
    directes = _directes(
        tmp_path, encodeur,
        ("Le fonds agit-il seul pour emprunter 30 000 $ ?", "Non : avec l'autorisation du ministre."),
    )
    # « Avec d'autres » demande le contraire de « seul » : le non relu y serait un faux non.
    for question in ("Le fonds agit-il avec d'autres pour emprunter 30 000 $ ?",
                     "Le fonds emprunte-t-il 30 000 $ en collaboration avec le ministre ?"):
        assert directes.phrase(question, article_8, "art. 8, al. 1") == RESUME, question


def test_une_question_ouverte_ne_recoit_jamais_oui_ou_non(tmp_path, encodeur, article_8):
    fermee = ("Le fonds doit-il obtenir une autorisation pour emprunter 30 000 $ ?", "Oui : oui.")
    directes = _directes(tmp_path, encodeur, fermee)
    assert directes.phrase("Quand le fonds doit-il obtenir une autorisation pour emprunter 30 000 $ ?",
                           article_8, "art. 8, al. 1") == RESUME


def test_d_autres_nombres_font_une_autre_question(tmp_path, encodeur, article_8):
    trente = ("Le fonds doit-il obtenir une autorisation pour emprunter 30 000 $ ?", "Oui : au-delà.")
    directes = _directes(tmp_path, encodeur, trente)
    assert directes.phrase("Le fonds doit-il obtenir une autorisation pour emprunter 20 000 $ ?",
                           article_8, "art. 8, al. 1") == RESUME


def test_la_question_relue_designe_l_alinea_qui_repond(tmp_path, encodeur):
    """Cherchée dans tout le corpus : son alinéa est cité d'abord, même si la recherche en classait un
    autre premier ; une question fermée qui la reprend passe avant l'aperçu d'ensemble."""
    directes = _directes(
        tmp_path, encodeur,
        ("Le fonds doit-il obtenir une autorisation pour emprunter 30 000 $ ?", "Oui : il dépasse le seuil."),
    )
    resume, courte = directes.courte("Faut-il une autorisation pour que le fonds emprunte 30 000 $ ?")
    assert (resume.passage, resume.locator, courte) == (
        "reglement-s-40.1-r3:art-8", "art. 8, al. 1", "Oui : il dépasse le seuil.")
    assert directes.courte("Combien coûte une formation scolaire ?") is None


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("Un détenu a des problèmes de santé, à quels services a-t-il accès ?", True),  # la dernière
        ("Quand un détenu est libéré, reçoit-il ses intérêts ?", False),  # temporelle, puis fermée
        ("Dans quels cas faut-il l'avis d'un conseiller ?", True),
        ("Est-ce que le fonds peut emprunter ?", False),
        # Une phrase de contexte, puis la question.
        ("Actif de 40 000 $, dettes de 12 000 $. Combien pour le Fonds central ?", True),
        ("Le fonds veut emprunter 30 000 $. Faut-il une autorisation ?", False),
    ],
)
def test_la_proposition_qui_interroge(question, attendu):
    assert ouverte(question) is attendu


@pytest.fixture(scope="module")
def article_10():
    return next(p for p in charger_corpus()[1] if p.id == "reglement-s-40.1-r3:art-10")


def test_une_question_qui_demande_des_elements_recoit_la_liste_citee(article_10):
    assert demande_des_elements("Dans quels cas le directeur doit-il tenir compte d'un avis ?")
    assert not demande_des_elements("Combien de jours a le fonds ?")
    liste = enumeration(article_10, "art. 10")
    assert liste and liste.startswith(article_10.alineas[0].texte) and "1°" in liste and "2°" in liste
    assert "\n" not in liste  # une seule phrase, que la première ligne de la réponse montre entière
    assert enumeration(article_10, "art. 10, par. 1°") is None  # un seul élément n'est pas une liste

