"""La ligne de commande : ask (texte, --json, --jsonl), models, erreurs en français sans trace."""

from __future__ import annotations

import io
import json

import pytest

from assistant import cli
from assistant.cli_moteur import repondre_lignes

pytestmark = pytest.mark.integration


@pytest.fixture
def env_test(config, index, monkeypatch):
    monkeypatch.setenv("ASSISTANT_FSRS_DOSSIER", str(config.dossier))
    monkeypatch.setenv("ASSISTANT_FSRS_MODELE_EMBEDDINGS", config.chemin_embeddings)


def test_ask_json_suit_le_contrat(env_test, capsys):
    assert cli.main(["ask", "--json", "Qui doit signer les chèques d'un fonds?"]) == 0
    reponse = json.loads(capsys.readouterr().out)
    assert {"id", "answer", "citations", "tool_calls", "abstained", "error", "latency_ms"} <= set(reponse)
    assert {"doc_id", "article", "locator", "excerpt", "url"} <= set(reponse["citations"][0])


def test_ask_question_vide_erreur_francaise(env_test, capsys):
    assert cli.main(["ask", "   "]) == 2
    assert "vide" in capsys.readouterr().out


def test_jsonl_une_ligne_invalide_n_arrete_pas_la_suite(moteur):
    entree = io.StringIO(
        '{"id": "a", "question": "Combien pour 20 heures en octobre 2026?"}\n'
        "ceci n'est pas du JSON\n"
        '{"id": "c", "question": ""}\n'
        '{"id": "d", "question": "Et pour 30 heures?", "history": [{"role": "user", "content": '
        '"Combien pour 20 heures en octobre 2026?"}, {"role": "assistant", "content": "116,20 $"}]}\n'
        '{"id": "e"}\n')
    sortie = io.StringIO()
    repondre_lignes(moteur, entree, sortie)
    lignes = [json.loads(x) for x in sortie.getvalue().splitlines()]
    assert [x["id"] for x in lignes] == ["a", None, "c", "d", "e"]
    assert "116,20" in lignes[0]["answer"] and lignes[0]["error"] is None
    assert "JSON" in lignes[1]["error"]
    assert "vide" in lignes[2]["error"]
    assert "174,30" in lignes[3]["answer"]
    assert "question" in lignes[4]["error"]


class MoteurEnPanne:
    """Un moteur qui tombe en panne sur une question précise, comme un index injoignable."""

    def repondre(self, question, historique=None, id=None):
        if "panne" in question:
            raise ConnectionError("Chroma injoignable")
        from assistant.reponse import Reponse

        return Reponse(id=id, answer=f"ok : {question}")


def test_jsonl_une_panne_imprevue_devient_une_erreur_francaise_et_la_suite_continue():
    entree = io.StringIO('{"id": "1", "question": "panne"}\n{"id": "2", "question": "suite"}\n')
    sortie = io.StringIO()
    repondre_lignes(MoteurEnPanne(), entree, sortie)
    premiere, seconde = (json.loads(x) for x in sortie.getvalue().splitlines())
    assert premiere["error"].startswith("Erreur interne") and "Traceback" not in premiere["answer"]
    assert seconde["answer"] == "ok : suite" and seconde["error"] is None


def test_calcul_en_ligne_de_commande(capsys):
    assert cli.main(["calcul", "calculer_remuneration", "--heures", "20", "--date", "2026-10-15",
                     "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["montants"]["remuneration_brute"] == "116.20"
    assert cli.main(["calcul", "calculer_remuneration", "--heures", "-5"]) == 2
    assert "heures" in capsys.readouterr().err
