"""Assemblage des modèles : morceaux recollés, sommes vérifiées, copie corrompue refusée et refaite."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from assistant import modeles
from assistant.config import Config
from assistant.modeles import ErreurModele, Recette, assembler, est_verifie

pytestmark = pytest.mark.unit

CONTENU = b"poids du modele " * 1000


def _recette(somme: str) -> Recette:
    return Recette(nom="petit.gguf", roues=("morceau==1", "morceau==2"),
                   morceau=lambda m: "/data/" in m, sommes={"": somme})


@pytest.fixture
def roues(tmp_path: Path, monkeypatch):
    moities = [CONTENU[:7000], CONTENU[7000:]]
    telechargees = []

    def telecharger(spec: str, dossier: Path) -> Path:
        numero = int(spec.split("==")[1])
        roue = dossier / f"morceau-{numero}-py3-none-any.whl"
        with zipfile.ZipFile(roue, "w") as z:
            z.writestr(f"morceau/data/part{numero}.bin", moities[numero - 1])
            z.writestr("morceau/__init__.py", "")
        telechargees.append(spec)
        return roue

    monkeypatch.setattr(modeles, "_telecharger", telecharger)
    return telechargees


def test_assemble_verifie_puis_ne_refait_rien(tmp_path: Path, roues):
    config = Config(dossier=tmp_path)
    recette = _recette(hashlib.sha256(CONTENU).hexdigest())
    cible = assembler(recette, config, annoncer=lambda _: None)
    assert cible.read_bytes() == CONTENU and est_verifie(cible, recette, complet=True)
    assembler(recette, config, annoncer=lambda _: None)
    assert len(roues) == 2  # deuxième appel : copie vérifiée, rien de téléchargé


def test_somme_inexacte_rejetee_sans_copie_laissee(tmp_path: Path, roues):
    config = Config(dossier=tmp_path)
    with pytest.raises(ErreurModele, match="SHA-256"):
        assembler(_recette("0" * 64), config, annoncer=lambda _: None)
    assert not (config.dossier_modeles / "petit.gguf").exists()


def test_copie_alteree_detectee_et_refaite(tmp_path: Path, roues):
    config = Config(dossier=tmp_path)
    recette = _recette(hashlib.sha256(CONTENU).hexdigest())
    cible = assembler(recette, config, annoncer=lambda _: None)
    cible.write_bytes(CONTENU[:100])  # copie tronquée après coup
    assert not est_verifie(cible, recette)
    assert assembler(recette, config, annoncer=lambda _: None).read_bytes() == CONTENU
    assert len(roues) == 4
