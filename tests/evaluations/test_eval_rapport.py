"""Rapport, banc et référence sans modèle : réponses fabriquées, faux moteur, passages faits main."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from langchain_core.documents import Document

from assistant.reponse import Reponse
from corpus import Alinea, Passage
from evaluations.cli import _backends
from evaluations.jeux import charger
from evaluations.notation import agreger_par_categorie
from evaluations.rapport import ecrire, markdown, tableau
from evaluations.reference import rattacher
from evaluations.runner import Resultat, echec, passer

pytestmark = pytest.mark.unit

JEU = Path(__file__).parent / "donnees" / "notation-main.jsonl"


class MoteurFactice:
    """Répond « Je ne sais pas. » en s'abstenant, et plante sur le cas c2."""

    def repondre(self, question: str, historique: list, id: str) -> Reponse:
        if id == "c2":
            raise RuntimeError("panne simulée")
        return Reponse(id=id, answer="Je ne sais pas.", abstained=True)


@pytest.fixture(scope="module")
def resultats() -> list[Resultat]:
    return passer(charger(JEU), MoteurFactice())


def test_une_exception_du_moteur_devient_un_echec_note(resultats) -> None:
    c2 = next(r for r in resultats if r.cas.id == "c2")
    assert not c2.note.correct and c2.reponse.answer == "[exception] RuntimeError: panne simulée"
    assert len(resultats) == 9 and {r.cas.id for r in resultats if r.note.correct} == {"h1", "j2"}


def _resume(resultats: list[Resultat]) -> dict:
    mesures = {"jeux": {"recherche-dev": {
        "fusion": {"hit@1": 0.9, "hit@3": 1.0, "mrr": 0.95, "latence_p50_ms": 100.0, "cas": 2},
        "langchain": {"hit@1": 0.6, "hit@3": 0.8, "mrr": 0.7, "latence_p50_ms": 80.0, "cas": 2}}},
        "gains": {"recherche-dev": {"fusion/langchain": {"hit@1": 1.5, "hit@3": 1.25, "mrr": 0.95 / 0.7}}},
        "reference": None}
    return {"genere_le": "2026-11-23T12:00:00", "jeu": "notation-main.jsonl", "cas": 9,
            "date_reference": "2026-11-23", "index": {"nom": "x", "passages": 3, "morceaux": 4},
            "backends": {"factice": {**agreger_par_categorie([r.note for r in resultats]),
                                     "echecs": [echec(r) for r in resultats if not r.note.correct]}},
            "backends_indisponibles": {"local": "modèle absent"}, "recherche": mesures}


def test_tableau_et_markdown_listent_metriques_gains_et_echecs(resultats) -> None:
    resume = _resume(resultats)
    texte = tableau(resume)
    assert "Backend factice" in texte and "GLOBAL" in texte and "fusion/langchain : hit@1 ×1.50" in texte
    assert "local indisponible" in texte
    md = markdown(resume, {"recherche": "recherche-methodes.png"})
    assert "![Recherche par méthode](recherche-methodes.png)" in md
    assert "### factice — 7 cas" in md and "**c2** (calcul)" in md and "panne simulée" in md


def test_ecrire_produit_json_markdown_png_et_la_copie_dernier(resultats, tmp_path: Path) -> None:
    dossier = ecrire(_resume(resultats), {"factice": resultats}, tmp_path)
    for nom in ("resume.json", "rapport.md", "metriques-backends.png", "latences.png",
                "recherche-methodes.png", "reponses-factice.jsonl"):
        assert (dossier / nom).stat().st_size > 0, nom
        assert (tmp_path / "dernier" / nom).exists(), nom
    resume = json.loads((dossier / "resume.json").read_text(encoding="utf-8"))
    assert resume["backends"]["factice"]["global"]["correct"] == pytest.approx(2 / 9)


def test_rattacher_un_morceau_au_passage_qu_il_recouvre_le_plus() -> None:
    def passage(pid: str, texte: str) -> Passage:
        return Passage(id=f"doc:{pid}", doc_id="doc", doc_titre="D", article=pid, locator=pid,
                       alineas=[Alinea(numero=1, texte=texte)], url="https://x")

    passages = [passage("art-1", "le fonds établit un programme d'activités chaque année"),
                passage("art-2", "la rémunération horaire correspond à 35 % du salaire minimum")]
    morceaux = [Document(page_content="... chaque année. La rémunération horaire correspond à 35 % du "
                                      "salaire minimum", metadata={"doc_id": "doc"}),
                Document(page_content="rien à voir ici", metadata={"doc_id": "doc"}),
                Document(page_content="la rémunération horaire correspond", metadata={"doc_id": "autre"})]
    assert rattacher(morceaux, passages) == ["doc:art-2", "", ""]


def test_liste_de_backends_separes_par_des_virgules() -> None:
    assert _backends("extractive, local,extractive") == ["extractive", "local"]
    with pytest.raises(argparse.ArgumentTypeError, match="inconnu"):
        _backends("extractive,gpt")
