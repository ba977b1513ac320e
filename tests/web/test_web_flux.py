"""Le flux quand le modèle rédige : le vérificateur refuse une phrase, l'écran est remplacé."""

from __future__ import annotations

import json

import pytest

from assistant.moteur import Evenement
from assistant.reponse import Reponse
from assistant.web.chat import texte_affiche
from assistant.web.garde import Garde, Occupe

QUESTION = "Quels services d'emploi sont offerts en détention?"
# Première phrase sans nombre (montrée), seconde avec un montant inventé (refusée).
REDACTION = "Voici ce que prévoient les textes. Le fonds verse 999,99 $ à chaque personne."


@pytest.mark.unit
def test_le_texte_affiche_suit_jetons_et_remplacement() -> None:
    finale = Reponse(answer="Texte vérifié.")
    evenements = [Evenement("jeton", "Bon"), Evenement("jeton", "jour. "),
                  Evenement("remplacer", "Texte vérifié."), Evenement("fin", reponse=finale)]
    etapes = list(texte_affiche(iter(evenements)))
    assert [t for t, _ in etapes] == ["Bon", "Bonjour. ", "Texte vérifié.", "Texte vérifié."]
    assert etapes[-1][1] is finale


@pytest.mark.unit
def test_la_garde_borne_le_travail_simultane() -> None:
    garde = Garde(1, attente_max=0.05)
    with garde.place(), pytest.raises(Occupe), garde.place():
        pass
    with garde.place():  # la place a été rendue
        pass


@pytest.mark.integration
def test_flux_sse_remplacer_quand_le_modele_invente_un_nombre(config, index,
                                                              redacteur_scripte) -> None:
    from fastapi.testclient import TestClient

    from assistant.moteur import Moteur
    from assistant.web.app import creer_app

    moteur = Moteur(config, index=index, redacteur=redacteur_scripte([REDACTION]))
    config_web = config.model_copy(update={"avis_db": config.donnees / "avis-flux.sqlite3"})
    client = TestClient(creer_app(moteur, config_web))
    corps = client.post("/api/ask/stream", json={"question": QUESTION}).text
    evenements = [(b.split("\n")[0].removeprefix("event: "), json.loads(b.split("\n")[1][6:]))
                  for b in corps.strip().split("\n\n")]
    types = [t for t, _ in evenements]
    assert types[0] == "jeton" and "remplacer" in types and types[-1] == "fin"
    remplace = next(d["texte"] for t, d in evenements if t == "remplacer")
    assert "999" not in remplace
    finale = evenements[-1][1]
    assert finale["fallback"] is True and finale["answer"].strip() == remplace.strip()
