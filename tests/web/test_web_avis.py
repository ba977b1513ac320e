"""Le magasin d'avis et les numéros signés : fichiers privés, conservation bornée, falsification refusée."""

from __future__ import annotations

import datetime
import sqlite3
import stat

import pytest

from assistant.cli import main
from assistant.config import Config
from assistant.web.avis import Avis
from assistant.web.signature import Signataire, secret

pytestmark = pytest.mark.unit


def _mode(chemin) -> int:
    return stat.S_IMODE(chemin.stat().st_mode)


def test_fichiers_des_avis_et_du_secret_en_0600(tmp_path) -> None:
    Avis(tmp_path / "donnees" / "avis.sqlite3")
    cle = secret(tmp_path / "donnees")
    assert _mode(tmp_path / "donnees" / "avis.sqlite3") == 0o600
    assert _mode(tmp_path / "donnees" / "secret-avis") == 0o600
    assert len(cle) == 32 and secret(tmp_path / "donnees") == cle  # créé une seule fois


def test_numero_falsifie_ou_perime_refuse(tmp_path) -> None:
    signataire = Signataire(secret(tmp_path))
    numero = signataire.emettre(r="calcul", b="extractive", f=0, p=["a:art-11"])
    assert signataire.lire(numero, 60)["r"] == "calcul"
    charge, mac = numero.split(".")
    assert signataire.lire(charge[:-2] + "xx." + mac, 60) is None
    assert signataire.lire(numero + "A", 60) is None
    assert Signataire(b"autre-secret").lire(numero, 60) is None
    assert signataire.lire("sans-point", 60) is None
    assert signataire.lire(numero, -1) is None  # plus vieux que la conservation


def test_purge_efface_seulement_les_avis_trop_vieux(tmp_path) -> None:
    avis = Avis(tmp_path / "avis.sqlite3", retention_jours=180)
    avis.enregistrer({"n": "ancien"}, 1)
    avis.enregistrer({"n": "recent"}, -1, commentaire="Clair.")
    with sqlite3.connect(tmp_path / "avis.sqlite3") as cnx:
        cnx.execute("UPDATE avis SET horodatage = '2020-01-01T00:00Z' WHERE reponse = 'ancien'")
    assert avis.purger() == 1
    assert [a["reponse"] for a in avis.tous()] == ["recent"]
    plus_tard = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=181)
    assert avis.purger(plus_tard) == 1 and avis.tous() == []


def test_commande_avis_purger(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ASSISTANT_FSRS_DONNEES", str(tmp_path))
    avis = Avis(Config(donnees=tmp_path).chemin_avis)
    avis.enregistrer({"n": "vieux"}, 1)
    with sqlite3.connect(avis.chemin) as cnx:
        cnx.execute("UPDATE avis SET horodatage = '2020-01-01T00:00Z'")
    assert main(["avis", "purger"]) == 0
    assert "1 avis de plus de 180 jours effacés" in capsys.readouterr().out
    assert avis.tous() == []


def test_ancien_format_qui_gardait_les_questions_n_est_pas_repris(tmp_path) -> None:
    chemin = tmp_path / "avis.sqlite3"
    with sqlite3.connect(chemin) as cnx:
        cnx.execute("CREATE TABLE avis (numero INTEGER PRIMARY KEY, question TEXT, reponse TEXT)")
        cnx.execute("INSERT INTO avis VALUES (1, 'Question nominative', 'R')")
    avis = Avis(chemin)
    assert avis.tous() == []
    assert "commentaire" in {c[1] for c in sqlite3.connect(chemin).execute("PRAGMA table_info(avis)")}
