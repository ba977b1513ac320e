"""`assistant-fsrs bd …` : codes de sortie sur lesquels un script peut compter (0, 1, 2)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from assistant.cli import main
from corpus.fonds.identite import identite_par_jeton

pytestmark = pytest.mark.integration


@pytest.fixture
def url(fabrique: Callable[[str | None], Engine], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    moteur = fabrique(None)
    adresse = moteur.url.render_as_string(hide_password=False)
    moteur.dispose()
    monkeypatch.setenv("ASSISTANT_FSRS_BD_URL", adresse)
    monkeypatch.setenv("ASSISTANT_FSRS_DONNEES", str(tmp_path / "donnees"))
    return adresse


def test_cycle_complet_en_ligne_de_commande(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bd", "migrer"]) == 0
    assert main(["bd", "echantillon", "--si-vide"]) == 0
    jetons = dict(re.findall(r"^\s+(\S+)\s+([0-9a-f]{64})$", capsys.readouterr().out, flags=re.M))
    assert {"conseiller-vdp", "paie-mtb", "membre_ca-detenu-lah", "fonds_central"} <= set(jetons)
    assert main(["bd", "echantillon", "--si-vide"]) == 0 and "déjà" in capsys.readouterr().out
    assert main(["bd", "echantillon"]) == 1

    sortie = tmp_path / "depots.csv"
    assert main(["bd", "exporter", "--table", "depot", "--fonds", "VDP", "--sortie", str(sortie)]) == 0
    assert sortie.read_text(encoding="utf-8").startswith("\ufeffnumero;recu_le;depose_le;montant")
    capsys.readouterr()
    assert main(["bd", "importer", str(sortie), "--table", "depot", "--fonds", "VDP", "--essai"]) == 0
    assert "0 ajoutée(s), 0 modifiée(s)" in capsys.readouterr().out
    assert main(["bd", "importer", str(sortie), "--table", "depot", "--fonds", "MTB"]) == 1
    assert "rien n'a été importé" in capsys.readouterr().err
    assert main(["bd", "importer", str(tmp_path / "absent.csv"), "--table", "depot", "--fonds", "VDP"]) == 1

    assert main(["bd", "utilisateurs", "ajouter", "nouvelle", "--role", "conseiller", "--fonds", "LAH"]) == 0
    jeton = re.search(r"une seule fois.*: (\S+)$", capsys.readouterr().out, flags=re.M)[1]
    with Session(_moteur(url)) as session:
        assert identite_par_jeton(session, jeton).fonds == ("LAH",)
        assert identite_par_jeton(session, jetons["conseiller-vdp"]).role == "conseiller"
    assert main(["bd", "utilisateurs", "ajouter", "nouvelle", "--role", "paie", "--fonds", "LAH"]) == 1
    assert main(["bd", "utilisateurs", "lister"]) == 0
    assert "nouvelle" in capsys.readouterr().out


def _moteur(url: str) -> Engine:
    from corpus.fonds.base import creer_moteur

    return creer_moteur(url)


USAGES_FAUTIFS = [
    ["bd"],
    ["bd", "importer", "x.csv", "--table", "inconnue", "--fonds", "V"],
    ["bd", "utilisateurs", "ajouter", "x", "--role", "pirate", "--fonds", "V"],
]


@pytest.mark.parametrize("arguments", USAGES_FAUTIFS)
def test_usage_fautif_sort_avec_2(arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as sortie:
        main(arguments)
    assert sortie.value.code == 2
