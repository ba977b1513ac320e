"""Le hors-sujet appris : ses exemples, sa probabilité (vrai encodeur), et la décision de la recherche."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.comprehension.hors_sujet import EXEMPLES_HORS_SUJET, lire_exemples
from assistant.moteur import SEUIL_DENSE_SUR, SEUIL_HORS_SUJET, assez_pertinent

DATASETS = Path(__file__).parents[2] / "evaluations" / "datasets"
FIGES = ("evaluation.jsonl", "controle.jsonl")  # les jeux qui mesurent, jamais recopiés dans des exemples


def _plie(texte: str) -> str:
    return re.sub(r"\W+", " ", texte.lower()).strip()


def test_les_exemples_ne_recopient_aucune_question_des_jeux_figes_ni_des_moitie_test():
    questions = [
        _plie(json.loads(ligne)["question"])
        for chemin in [*(DATASETS / nom for nom in FIGES), *DATASETS.glob("*-test.jsonl")]
        for ligne in chemin.read_text(encoding="utf-8").splitlines()
        if ligne.strip()
    ]
    exemples = lire_exemples(EXEMPLES_HORS_SUJET)
    assert len(exemples) >= 100 and len(set(exemples)) == len(exemples)
    proches = [
        (exemple, question)
        for exemple in map(_plie, exemples)
        for question in questions
        if difflib.SequenceMatcher(None, exemple, question).ratio() > 0.7
    ]
    assert not proches


def _trouves(dense: float, lexical: float) -> list:
    return [SimpleNamespace(score_dense=dense, score_lexical=lexical)]


@pytest.mark.parametrize("dense, lexical, hors_sujet, attendu", [
    # Sans probabilité apprise : la règle des seuils de la recherche.
    (0.34, 1.5, None, False),
    (0.34, 2.5, None, True),
    (0.30, 4.0, None, True),
    # Une question qui ressemble aux questions du ressort de l'assistant : le seuil du domaine suffit.
    (0.34, 1.5, 0.1, True),
    (0.25, 1.5, 0.1, False),
    # Entre les deux : la règle des seuils.
    (0.34, 1.5, 0.6, False),
    # Bien plus probablement hors sujet : un fort appui lexical ne suffit plus, seul le sens très proche.
    (0.42, 4.0, 0.9, False),
    (SEUIL_DENSE_SUR, 0.0, 0.9, True),
])
def test_la_recherche_exige_plus_d_une_question_qui_ressemble_au_hors_sujet(
    dense, lexical, hors_sujet, attendu
):
    assert assez_pertinent(_trouves(dense, lexical), hors_sujet=hors_sujet) is attendu


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "Mon beau-frère me doit 3 000 $ depuis un an, je peux-tu lui charger des intérêts ?",
    "Combien de jours de congé de maladie a un agent correctionnel par année ?",
    "Mon employé a travaillé le jour de Noël, je dois-tu le payer temps double ?",
])
def test_des_voisins_hors_sujet_absents_des_exemples_sont_reconnus(moteur, question):
    assert question not in lire_exemples(EXEMPLES_HORS_SUJET)
    assert moteur.intentions.hors_sujet(question) >= SEUIL_HORS_SUJET


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "C'est qui qui décide combien on paye les gars qui travaillent à la cuisine ?",
    "Un gars qui veut se trouver une job en sortant, qui peut l'aider ?",
    "Le fonds peut-tu prêter de l'argent à un détenu sans intérêt ?",
])
def test_des_questions_du_ressort_dites_en_mots_parles_ne_le_sont_pas(moteur, question):
    assert moteur.intentions.hors_sujet(question) < 0.5


@pytest.mark.integration
def test_une_question_qui_partage_les_mots_du_domaine_sans_que_les_textes_y_repondent_est_refusee(moteur):
    # La recherche trouve des mots (« médicaments », « sortir ») : la règle des seuils seule répondrait.
    r = moteur.repondre(
        "Les médicaments d'un gars qui vient de sortir, c'est-tu la RAMQ qui les paye le premier mois ?"
    )
    assert r.abstained and not r.citations and not r.tool_calls


@pytest.mark.integration
def test_une_question_du_ressort_mal_classee_par_la_recherche_trouve_son_article(moteur):
    # Sens moyen, peu de mots en commun : la règle des seuils seule s'abstiendrait.
    r = moteur.repondre("C'est qui qui décide combien on paye les gars qui travaillent à la cuisine ?")
    assert not r.abstained and r.citations[0].article == "11"


@pytest.mark.integration
def test_on_ne_fait_pas_preciser_un_calcul_a_qui_pose_une_question_hors_sujet(moteur):
    # L'intention la plus probable est la paie d'un détenu, mais la question ressemble au hors-sujet et
    # les textes ne couvrent pas son sujet : pas de « Voulez-vous dire… ? ».
    r = moteur.repondre("Mon employé a travaillé le jour de Noël, je dois-tu le payer temps double ?")
    assert r.abstained and r.route == "hors_sujet" and not r.tool_calls
