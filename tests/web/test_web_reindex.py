"""Reconstruire l'index pendant que le serveur répond : aucune requête ratée, la santé suit la version."""

from __future__ import annotations

import shutil
import threading
import time

import httpx
import pytest

from assistant.recherche import versions
from assistant.recherche.index import Index, construire, revenir
from tests.web.conftest import demarrer

pytestmark = pytest.mark.integration

QUESTIONS = ["Quels services d'emploi sont offerts en détention?",
             "Qui signe les chèques du fonds?",
             "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?"]


@pytest.fixture
def config_copie(config, index, tmp_path):
    """Une copie de l'index de session (versions et pointeur) dans un cache à part."""
    shutil.copytree(config.dossier_index, tmp_path / "index")
    return config.model_copy(update={"dossier": tmp_path, "donnees": tmp_path / "donnees",
                                     "limite_questions": "10000/minute"})


def test_reindex_pendant_le_service_sans_requete_ratee(config_copie, encodeur, redacteur_scripte) -> None:
    from assistant.backends.extractif import Extractif
    from assistant.moteur import Moteur
    from assistant.web.app import creer_app

    moteur = Moteur(config_copie, index=Index(config_copie, encodeur=encodeur), redacteur=Extractif())
    app = creer_app(moteur, config_copie)
    statuts: list[int] = []
    arret = threading.Event()

    def client(url: str, rang: int) -> None:
        with httpx.Client(base_url=url, timeout=120) as c:
            i = rang
            while not arret.is_set():
                r = c.post("/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                statuts.append(r.status_code if r.status_code != 200 or r.json()["answer"] else -1)
                i += 1

    with demarrer(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        avant = c.get("/api/health").json()["index"]
        fils = [threading.Thread(target=client, args=(url, rang)) for rang in range(3)]
        for fil in fils:
            fil.start()
        nom, construit = construire(config_copie, encodeur=encodeur, forcer=True)
        limite = time.monotonic() + 120
        while c.get("/api/health").json()["index"]["version"] == avant["version"]:
            assert time.monotonic() < limite, "le serveur n'a pas basculé sur la nouvelle version"
            time.sleep(0.2)
        time.sleep(1)  # quelques requêtes sur la nouvelle version
        arret.set()
        for fil in fils:
            fil.join(60)
        apres = c.get("/api/health").json()
    assert construit and nom == avant["collection"]
    assert statuts and set(statuts) == {200}, {s: statuts.count(s) for s in set(statuts)}
    assert apres["pret"] is True and apres["index"]["empreinte"] == avant["empreinte"]
    assert apres["index"]["version"] == versions.actuelle(config_copie.dossier_index) != avant["version"]
    # La version précédente est gardée : on peut y revenir d'un geste.
    assert revenir(config_copie) == avant["version"]
    assert versions.actuelle(config_copie.dossier_index) == avant["version"]


def test_publier_est_atomique_et_range_les_vieilles_versions(tmp_path) -> None:
    racine = tmp_path
    noms = [f"2026010{i}T000000000000-abc" for i in range(1, 6)]
    for nom in noms:
        versions.chemin(racine, nom).mkdir(parents=True)
        versions.publier(racine, nom)
        assert versions.actuelle(racine) == nom
    assert versions.toutes(racine) == noms[-versions.GARDEES:]
    assert not list(racine.glob(".ACTUELLE.*"))  # pas de fichier provisoire laissé
    assert versions.precedente(racine) == noms[-2]
