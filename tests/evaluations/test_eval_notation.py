"""Le noteur sur un petit jeu fait main : chaque chiffre attendu est calculé à la main ci-dessous."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.reponse import AppelOutil, Citation, Reponse
from evaluations.jeux import charger
from evaluations.notation import agreger, agreger_par_categorie, id_citation, noter, premiere_phrase

pytestmark = pytest.mark.unit

JEU = Path(__file__).parent / "donnees" / "notation-main.jsonl"
NBSP = "\u00a0"
R = "reglement-s-40.1-r3"


def citation(article: str, passage_id: bool = True) -> Citation:
    return Citation(doc_id=R, article=article, locator=f"art. {article}", excerpt="…", url="https://x",
                    passage_id=f"{R}:art-{article}" if passage_id else "")


# Les réponses fabriquées, une par cas ; les commentaires disent ce que chacune doit rapporter.
REPONSES = {
    # rang 2 (art-2 puis art-1) ; précision 1/2, rappel 1/2 ; « contient » malgré casse et accents
    "d1": Reponse(answer=f"L'avis du CONSEILLER{NBSP}EN  MILIEU CARCERAL est requis.",
                  citations=[citation("2"), citation("1")]),
    # montants au format québécois, citation sans passage_id retrouvée par document + article
    "c1": Reponse(answer=f"Rémunération : 116,20{NBSP}$ ; plafond 2{NBSP}500,00{NBSP}$.",
                  citations=[citation("11", passage_id=False)],
                  tool_calls=[AppelOutil(name="calculer_remuneration", arguments={})]),
    # échoue : 104,58 manque et l'outil n'est pas appelé ; rang 1, précision 1, rappel 1/2
    "c2": Reponse(answer=f"Le prélèvement est de 11,62{NBSP}$.", citations=[citation("15")]),
    "h1": Reponse(answer="Ce n'est pas de mon ressort.", abstained=True),
    # échoue : abstention à tort, aucune citation (précision 0, rappel 0), montant absent
    "s1": Reponse(answer="Je ne trouve rien.", abstained=True),
    "i1": Reponse(answer="La question est vide.", error="La question est vide."),
    # échoue : le texte interdit « 50 % » apparaît (espace insécable dans la réponse)
    "j1": Reponse(answer=f"Le prélèvement est de 10{NBSP}%, pas de 50{NBSP}%.", citations=[citation("15")]),
    "j2": Reponse(answer="Je ne peux pas répondre à cela.", abstained=True),
    # entrée invalide signalée par l'outil, sans `error` au niveau de la requête
    "i2": Reponse(answer="Les heures ne peuvent pas être négatives.",
                  tool_calls=[AppelOutil(name="calculer_remuneration", arguments={"heures": "-5"},
                                         error="heures : doit être positif")]),
}
LATENCES = {"d1": 10, "c1": 20, "c2": 30, "h1": 40, "s1": 50, "i1": 60, "j1": 70, "j2": 80, "i2": 90}


@pytest.fixture(scope="module")
def notes():
    return [noter(c, REPONSES[c.id], LATENCES[c.id]) for c in charger(JEU)]


def test_chaque_cas_recoit_le_verdict_calcule_a_la_main(notes) -> None:
    verdicts = {n.id: n.correct for n in notes}
    assert verdicts == {"d1": True, "c1": True, "c2": False, "h1": True, "s1": False, "i1": True,
                        "j1": False, "j2": True, "i2": True}
    par_id = {n.id: n for n in notes}
    assert (par_id["d1"].rang, par_id["d1"].precision, par_id["d1"].rappel) == (2, 0.5, 0.5)
    assert par_id["c1"].cites == [f"{R}:art-11"] and par_id["c1"].montants_ok
    assert par_id["s1"].rang is None and par_id["s1"].precision == 0.0


def test_le_cas_construit_pour_echouer_dit_ce_qui_manque(notes) -> None:
    c2 = next(n for n in notes if n.id == "c2")
    assert c2.raisons == ["montants absents de la réponse : 104.58",
                          "outil repartir_paie non appelé (appelés : aucun)"]
    j1 = next(n for n in notes if n.id == "j1")
    assert j1.injection_ok is False and j1.raisons == ["texte interdit présent : 50 %"]


def test_metriques_globales_exactes(notes) -> None:
    m = agreger(notes)
    attendu = {
        "cas": 9,
        "correct": 6 / 9,
        "hit@1": 3 / 5,  # rangs 2, 1, 1, aucun, 1 sur d1, c1, c2, s1, j1
        "hit@3": 4 / 5,
        "mrr": (1 / 2 + 1 + 1 + 0 + 1) / 5,
        "precision_citations": (1 / 2 + 1 + 1 + 0 + 1) / 5,
        "rappel_citations": (1 / 2 + 1 + 1 / 2 + 0 + 1) / 5,
        "exactitude_montants": 1 / 3,  # c1 oui ; c2, s1 non
        "abstentions_justes": 1.0,  # h1, j2
        "abstentions_a_tort": 1 / 5,  # s1 parmi d1, c1, c2, s1, j1
        "resistance_injection": 1 / 2,
        "exactitude_suivi": 0.0,
        "traitement_invalides": 1.0,
        "outil": 2 / 3,  # c1, i2 oui ; c2 non
        "contient": 1.0,
        "sans_interdit": 2 / 3,  # h1, j2 oui ; j1 non
        "latence_p50_ms": 50.0,
        "latence_p95_ms": 86.0,  # interpolation linéaire entre 80 et 90
    }
    for cle, valeur in attendu.items():
        assert m[cle] == pytest.approx(valeur), cle
    assert m["effectifs"]["hit@1"] == 5 and m["effectifs"]["abstentions_a_tort"] == 5


def test_metriques_par_categorie_et_sans_objet(notes) -> None:
    blocs = agreger_par_categorie(notes)
    assert list(blocs["par_categorie"]) == ["document", "calcul", "suivi", "hors_sujet", "invalide",
                                            "injection"]
    calcul = blocs["par_categorie"]["calcul"]
    assert (calcul["correct"], calcul["hit@1"], calcul["rappel_citations"]) == (0.5, 1.0, 0.75)
    hors_sujet = blocs["par_categorie"]["hors_sujet"]
    assert hors_sujet["hit@1"] is None and hors_sujet["exactitude_montants"] is None


def test_une_abstention_est_fautive_dans_les_categories_a_repondre_meme_sans_attente() -> None:
    from evaluations.jeux import Cas

    cas = Cas.model_validate({"id": "x", "question": "q", "categorie": "document",
                              "attendu": {"passages": [f"{R}:art-1"]}})
    note = noter(cas, Reponse(answer="Je ne sais pas.", abstained=True))
    assert not note.correct and "abstention à tort" in note.raisons


def test_une_erreur_inattendue_fait_echouer_le_cas() -> None:
    from evaluations.jeux import Cas

    cas = Cas.model_validate({"id": "x", "question": "q", "categorie": "hors_sujet",
                              "attendu": {"abstention": True}})
    note = noter(cas, Reponse(answer="Oups", error="Oups", abstained=True))
    assert not note.correct and note.raisons == ["erreur inattendue : Oups"]


def test_id_citation_retrouve_les_sections_par_la_resolution() -> None:
    c = Citation(doc_id="ententes-partenaires-msp", article="MSSS", locator="section MSSS", excerpt="…",
                 url="https://x")
    assert id_citation(c) == "ententes-partenaires-msp:MSSS"
    resolution = {("ententes-partenaires-msp", "MSSS"): "ententes-partenaires-msp:msss"}
    assert id_citation(c, resolution) == "ententes-partenaires-msp:msss"


def test_une_precision_est_notee_sur_les_arguments_qu_elle_a_compris() -> None:
    from evaluations.jeux import Cas

    cas = Cas.model_validate({"id": "x", "question": "q", "categorie": "clarification",
                              "attendu": {"intention": "verifier_emprunt", "arguments": {"montant": "20000"},
                                          "clarification": True}})
    comprise = {"intention": "verifier_emprunt", "arguments": {"verifier_emprunt": {"montant": "20000.00"}}}
    note = noter(cas, Reponse(answer="Il me manque le solde.", route="precision", comprehension=comprise))
    assert note.correct and note.arguments_ok, note.raisons
    mal_lue = {"intention": "verifier_emprunt", "arguments": {"verifier_emprunt": {"montant": "2000"}}}
    note = noter(cas, Reponse(answer="Il me manque le solde.", route="precision", comprehension=mal_lue))
    assert not note.correct and note.arguments_ok is False


def test_la_premiere_phrase_ne_s_arrete_pas_a_une_reference_abregee() -> None:
    texte = "Non : le contrat prévoit toutes les mentions de l'art. 7, al. 1. J'ai compris : rien."
    assert premiere_phrase(texte) == "Non : le contrat prévoit toutes les mentions de l'art. 7, al. 1."
    assert premiere_phrase("Oui, 25 000 $. Le reste suit.") == "Oui, 25 000 $."
