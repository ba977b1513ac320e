"""La page Gradio par son API (gradio_client), et le magasin d'avis."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.web.avis import Avis


@pytest.mark.integration
def test_chat_par_gradio_client_repond_avec_sources(serveur) -> None:
    from gradio_client import Client

    client = Client(serveur.url + "/", verbose=False)
    conversation, champ = client.predict(
        "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?",
        api_name="/envoyer")
    assert champ == ""
    assert [m["role"] for m in conversation] == ["user", "assistant"]
    bulle = str(conversation[-1]["content"])
    assert "116,20" in bulle
    assert "fsrs-sources" in bulle and "art. 11, al. 1" in bulle  # la source est sous la réponse
    assert "legisquebec.gouv.qc.ca" in bulle
    assert "fsrs-fiche" in bulle and "1er octobre 2026" in bulle  # fiche de calcul, date en français


@pytest.mark.unit
def test_avis_enregistre_sans_identifiant_ni_question_par_defaut(tmp_path) -> None:
    avis = Avis(tmp_path / "avis.sqlite3")
    avis.enregistrer({"n": "ab12", "r": "calcul", "b": "extractive", "p": ["reglement-s-40.1-r3:art-11"]}, 1,
                     canal="chat")
    (ligne,) = avis.tous()
    assert ligne["vote"] == 1 and ligne["question"] is None and ligne["route"] == "calcul"
    assert ligne["passages"] == ["reglement-s-40.1-r3:art-11"]
    with sqlite3.connect(tmp_path / "avis.sqlite3") as cnx:
        colonnes = {r[1] for r in cnx.execute("PRAGMA table_info(avis)")}
    assert not colonnes & {"nom", "name", "ip", "adresse_ip", "utilisateur", "user", "session"}
    assert ligne["horodatage"].endswith("Z") and len(ligne["horodatage"]) == 17  # à la minute


@pytest.mark.unit
def test_avis_refuse_un_vote_invalide(tmp_path) -> None:
    with pytest.raises(ValueError, match="vote"):
        Avis(tmp_path / "avis.sqlite3").enregistrer({"n": "x"}, 0)
