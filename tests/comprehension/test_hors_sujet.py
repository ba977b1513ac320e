"""Le hors-sujet appris : ses exemples, sa probabilité (vrai encodeur), et la décision de la recherche."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.comprehension.hors_sujet import (
    EXEMPLES_HORS_SUJET,
    SEUIL_DU_RESSORT,
    SEUIL_HORS_SUJET,
    lire_exemples,
)
from assistant.moteur import SEUIL_DENSE_SUR, assez_pertinent

DATASETS = Path(__file__).parents[2] / "evaluations" / "datasets"
FIGES = ("evaluation.jsonl", "controle.jsonl")  # les jeux qui mesurent, jamais recopiés dans des exemples
PROCHE = 0.7  # au-delà de ce rapport de ressemblance (difflib), un exemple recopie une question


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
    plies = [_plie(exemple) for exemple in exemples]
    proches = [(exemple, question) for question in questions for exemple in _proches(question, plies)]
    assert not proches


def _proches(question: str, exemples: list[str]) -> list[str]:
    """Les exemples qui ressemblent à la question (difflib indexe la question une fois ; ses bornes rapides
    écartent d'abord ceux qui ne peuvent pas lui ressembler)."""
    paire = difflib.SequenceMatcher(b=question)
    proches = []
    for exemple in exemples:
        paire.set_seq1(exemple)
        if paire.real_quick_ratio() > PROCHE and paire.quick_ratio() > PROCHE and paire.ratio() > PROCHE:
            proches.append(exemple)
    return proches


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
@pytest.mark.parametrize("question, hors_sujet", [
    ("Mon beau-frère me doit 3 000 $ depuis un an, je peux-tu lui charger des intérêts ?", True),
    ("Combien de jours de congé de maladie a un agent correctionnel par année ?", True),
    ("Mon employé a travaillé le jour de Noël, je dois-tu le payer temps double ?", True),
    ("C'est qui qui décide combien on paye les gars qui travaillent à la cuisine ?", False),
    ("Un gars qui veut se trouver une job en sortant, qui peut l'aider ?", False),
    ("Le fonds peut-tu prêter de l'argent à un détenu sans intérêt ?", False),
])
def test_la_probabilite_apprise_reconnait_des_phrasings_absents_des_exemples(moteur, question, hors_sujet):
    # Des voisins hors sujet bien au-dessus du seuil strict ; des questions du ressort, dites en mots parlés,
    # sous la frontière.
    assert question not in lire_exemples(EXEMPLES_HORS_SUJET)
    probabilite = moteur.intentions.hors_sujet(question)
    assert probabilite >= SEUIL_HORS_SUJET if hors_sujet else probabilite < SEUIL_DU_RESSORT


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


@pytest.mark.integration
def test_un_outil_sur_et_une_question_du_ressort_font_citer_l_article_de_l_outil(moteur):
    # La recherche ne classe pas l'art. 3 parmi ses premiers passages (« voisine », « commis »), ni assez
    # haut pour répondre ; l'intention (le recours à une personne non incarcérée) et le périmètre appris
    # s'accordent : plutôt qu'un refus, l'article de l'outil.
    r = moteur.repondre("Notre présidente voudrait prendre sa voisine comme commis à la cantine parce "
                        "qu'elle est ponctuelle. Est-ce acceptable ?")
    assert not r.abstained and r.citations[0].article == "3"
