"""Cinq cas de la moitié développement du jeu « données », de bout en bout : échantillon neuf, vrai
moteur (extractif), identité lue par jeton, notation et rapport. On vérifie le passage, pas le score :
le score se lit dans le rapport de `python -m evaluations.donnees`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.fonds.base import fabrique_sessions
from evaluations.donnees.attendus import DATE_REFERENCE, DEV, echantillon
from evaluations.donnees.notation import ROUTES, charger
from evaluations.donnees.runner import ecrire, fonds_connus, identites, passer, resumer_passage

pytestmark = pytest.mark.integration


def test_cinq_cas_de_dev_passent_dans_le_moteur(config, index, tmp_path: Path) -> None:
    from assistant.backends.extractif import Extractif
    from assistant.moteur import Moteur

    bd, jetons = echantillon(tmp_path)
    try:
        moteur = Moteur(config, index=index, redacteur=Extractif(), aujourd_hui=lambda: DATE_REFERENCE,
                        sessions=fabrique_sessions(bd))
        qui = identites(bd, jetons)
        cas = charger(DEV, limite=5)
        resultats = passer(cas, moteur, qui, fonds_connus(bd))
    finally:
        bd.dispose()

    assert [r.cas.id for r in resultats] == [c.id for c in cas]
    for r in resultats:
        assert r.reponse.route != "exception", r.reponse.answer
        assert r.reponse.answer.strip()
        assert r.note.fuites == [], (r.cas.id, r.note.fuites)
        if r.reponse.route == "donnees":
            assert set(r.reponse.data) == {"columns", "rows"}
        assert r.note.route in {*ROUTES, "document", "calcul", "hors_sujet", "invalide"}
    assert qui["membre_ca-detenu-vdp"].detenu and qui["membre_ca-detenu-vdp"].pseudonyme
    assert qui["fonds_central"].fonds == ("LAH", "MTB", "VDP")

    resume = resumer_passage(resultats, jeu=DEV.name, date_reference=DATE_REFERENCE.isoformat(),
                             backend="extractive", commit=None)
    rapport = ecrire(resume, resultats, tmp_path / "rapport")
    texte = rapport.read_text(encoding="utf-8")
    for titre in ("## Par rôle", "## Par genre de question", "## Cas d'accès", "## Cas en échec"):
        assert titre in texte
    lignes = (tmp_path / "rapport" / "reponses.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(ligne)["cas"] for ligne in lignes] == [c.id for c in cas]
    assert json.loads((tmp_path / "rapport" / "resume.json").read_text(encoding="utf-8"))["cas"] == 5
