"""Qui pose la question : jeton Bearer, mandataire de confiance, widget toujours anonyme ; 401 en français.

Vrai serveur, vrai moteur, échantillon fictif des registres (SQLite) et ses jetons. Les lignes
attendues sont celles que le moteur rend pour la même identité, appelé sans le web : l'API doit
transmettre l'identité, pas en inventer une.
"""

from __future__ import annotations

import io
import json

import httpx
import pytest

from assistant.web.identification import (
    CANAL_WIDGET,
    ENTETE_CANAL,
    NonIdentifie,
    identifier,
    identifier_jeton,
    libelle,
)
from corpus.fonds.identite import ANONYME, Identite
from tests.web.conftest import demarrer

QUESTION_ACTIVITES = "Quelles activités sont ouvertes aux prévenus ?"
QUESTION_PARTICIPATION = "Combien de personnes ont participé aux activités cette année ?"
QUESTION_PSEUDONYME = "Combien d'heures P-VDP-0042 a-t-il travaillé en juin ?"


def _client(url: str, jeton: str | None = None, **entetes: str) -> httpx.Client:
    if jeton is not None:
        entetes["Authorization"] = f"Bearer {jeton}"
    return httpx.Client(base_url=url, timeout=120, headers=entetes)


def _total(reponse: dict) -> int:
    colonne = reponse["data"]["columns"].index("Total")
    return sum(ligne[colonne] or 0 for ligne in reponse["data"]["rows"])


# --- identification, sans serveur ----------------------------------------------------------------


@pytest.mark.unit
def test_sans_en_tete_d_identite_l_anonyme_sans_ouvrir_la_base(config) -> None:
    assert identifier({"Content-Type": "application/json"}, config, None) is ANONYME
    # L'en-tête du mandataire n'est pas cru tant que la configuration ne le dit pas fiable.
    assert identifier({"X-Remote-User": "conseiller-vdp"}, config, None) is ANONYME


@pytest.mark.unit
def test_un_jeton_sans_base_des_registres_est_refuse_en_francais(config) -> None:
    with pytest.raises(NonIdentifie, match="registres des fonds ne sont pas installés"):
        identifier({"Authorization": "Bearer abc"}, config, None)
    with pytest.raises(NonIdentifie, match="pas installés"):
        identifier_jeton("abc", None)


@pytest.mark.unit
def test_libelle_role_et_fonds_sans_le_nom() -> None:
    assert libelle(Identite(nom="marie.tremblay", role="conseiller", fonds=("VDP",))) == "Conseiller · VDP"
    central = Identite(nom="fc", role="fonds_central", fonds=("LAH", "MTB", "VDP"))
    assert libelle(central) == "Fonds central · LAH, MTB, VDP"
    assert libelle(ANONYME) == "Public"


@pytest.mark.integration
def test_identification_par_jeton_mandataire_et_canal_du_widget(config, echantillon, jetons) -> None:
    from corpus.fonds.base import fabrique_sessions

    sessions = fabrique_sessions(echantillon[0])
    fiable = config.model_copy(update={"entetes_identite_fiables": True})
    par_jeton = identifier({"authorization": f"Bearer {jetons['conseiller-vdp']}"}, config, sessions)
    assert (par_jeton.role, par_jeton.fonds) == ("conseiller", ("VDP",))
    par_mandataire = identifier({"X-Remote-User": "membre_ca-mtb"}, fiable, sessions)
    assert (par_mandataire.role, par_mandataire.fonds) == ("membre_ca", ("MTB",))
    # Le widget est anonyme, même quand le mandataire ou un jeton nomment quelqu'un.
    widget = {ENTETE_CANAL: CANAL_WIDGET, "X-Remote-User": "membre_ca-mtb",
              "Authorization": f"Bearer {jetons['conseiller-vdp']}"}
    assert identifier(widget, fiable, sessions) is ANONYME
    for entetes in ({"Authorization": "Bearer inconnu"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer "}):
        with pytest.raises(NonIdentifie, match="Identification refusée"):
            identifier(entetes, config, sessions)
    with pytest.raises(NonIdentifie, match="inconnu du registre"):
        identifier({"X-Remote-User": "personne"}, fiable, sessions)


# --- l'API ---------------------------------------------------------------------------------------


@pytest.mark.integration
def test_conseiller_avec_jeton_recoit_les_lignes_de_son_fonds(serveur, jetons, moteur_registres,
                                                               identites) -> None:
    with _client(serveur.url, jetons["conseiller-vdp"]) as c:
        r = c.post("/api/ask", json={"question": QUESTION_ACTIVITES, "id": "a1"})
    assert r.status_code == 200, r.text
    reponse = r.json()
    assert reponse["route"] == "donnees" and reponse["error"] is None and reponse["id"] == "a1"
    attendu = moteur_registres.repondre(QUESTION_ACTIVITES, identite=identites["conseiller-vdp"]).data
    assert reponse["data"] == attendu and attendu["rows"]
    assert "Places restantes" in reponse["data"]["columns"]
    # Les cellules pour l'écran : mêmes dimensions, du texte, les nombres écrits en français.
    affichage = reponse["affichage"]
    assert affichage["columns"] == attendu["columns"]
    assert [len(ligne) for ligne in affichage["rows"]] == [len(ligne) for ligne in attendu["rows"]]
    for brute, ecrite in zip(attendu["rows"], affichage["rows"], strict=True):
        assert [str(v) for v in brute if isinstance(v, int)] == [v for v, b in zip(ecrite, brute, strict=True)
                                                                  if isinstance(b, int)]
    assert reponse["citations"] and reponse["reponse_id"]


@pytest.mark.integration
def test_l_anonyme_est_refuse_sur_les_registres_d_un_fonds(serveur) -> None:
    with _client(serveur.url) as c:
        personne = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME}).json()
        activites = c.post("/api/ask", json={"question": QUESTION_ACTIVITES}).json()
    assert personne["route"] == "acces_refuse" and personne["abstained"] is True
    assert personne["data"] is None and personne["affichage"] is None
    assert personne["error"] and personne["answer"].startswith("Je ne peux pas vous montrer cela")
    # Les activités d'un établissement : les textes au plus, jamais ses registres.
    assert activites["route"] != "donnees" and activites["data"] is None


@pytest.mark.integration
def test_l_anonyme_ne_recoit_que_les_nombres_d_ensemble(serveur, jetons) -> None:
    with _client(serveur.url) as c:
        public = c.post("/api/ask", json={"question": QUESTION_PARTICIPATION}).json()
    with _client(serveur.url, jetons["conseiller-vdp"]) as c:
        vdp = c.post("/api/ask", json={"question": QUESTION_PARTICIPATION}).json()
    assert public["route"] == "donnees" and vdp["route"] == "donnees"
    assert _total(public) > _total(vdp) > 0  # l'ensemble des fonds, pas celui du conseiller


@pytest.mark.integration
def test_jeton_inconnu_ou_mal_ecrit_401_en_francais_sans_appel_au_moteur(serveur, jetons) -> None:
    from assistant.web import journal

    sortie = io.StringIO()
    journal.configurer(sortie)
    try:
        with _client(serveur.url, "pas-un-vrai-jeton") as c:
            faux = c.post("/api/ask", json={"question": QUESTION_ACTIVITES})
            flux = c.post("/api/ask/stream", json={"question": QUESTION_ACTIVITES})
        with _client(serveur.url, Authorization=f"Basic {jetons['conseiller-vdp']}") as c:
            basic = c.post("/api/ask", json={"question": QUESTION_ACTIVITES})
    finally:
        journal.configurer()
    for r in (faux, flux, basic):
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["error"].startswith("Identification refusée")
    assert "jeton inconnu ou révoqué" in faux.json()["error"]
    assert "Bearer JETON" in basic.json()["error"]
    lignes = [json.loads(ligne) for ligne in sortie.getvalue().splitlines()]
    assert [ligne["statut"] for ligne in lignes] == [401, 401, 401]
    # Le moteur n'a pas été appelé : ni route du moteur ni rôle dans la ligne du journal.
    assert not any("route_moteur" in ligne or "role" in ligne for ligne in lignes)


@pytest.mark.integration
def test_le_journal_ne_contient_ni_le_jeton_ni_la_question(serveur, jetons, capfd) -> None:
    from assistant.web import journal

    sortie = io.StringIO()
    journal.configurer(sortie)
    jeton = jetons["conseiller-vdp"]
    try:
        with _client(serveur.url, jeton) as c:
            assert c.post("/api/ask", json={"question": QUESTION_ACTIVITES}).status_code == 200
            with c.stream("POST", "/api/ask/stream", json={"question": QUESTION_PSEUDONYME}) as r:
                assert "event: fin" in "".join(r.iter_text())
        with _client(serveur.url, jeton[:-4] + "AAAA") as c:
            assert c.post("/api/ask", json={"question": QUESTION_ACTIVITES}).status_code == 401
    finally:
        journal.configurer()
    texte = sortie.getvalue() + "".join(capfd.readouterr())
    lignes = [json.loads(ligne) for ligne in sortie.getvalue().splitlines()]
    assert [ligne.get("role") for ligne in lignes] == ["conseiller", "conseiller", None]
    assert lignes[0]["route_moteur"] == "donnees"
    secrets = (jeton, jeton[:-4], QUESTION_ACTIVITES, "prévenus", "P-VDP-0042", "conseiller-vdp", "Bearer")
    for secret in secrets:
        assert secret not in texte


@pytest.mark.integration
def test_flux_avec_jeton_fin_porte_data_et_affichage(serveur, jetons) -> None:
    with _client(serveur.url, jetons["conseiller-vdp"]) as c, \
            c.stream("POST", "/api/ask/stream", json={"question": QUESTION_ACTIVITES}) as r:
        assert r.status_code == 200
        corps = "".join(r.iter_text())
    fin = json.loads(corps.split("event: fin\ndata: ", 1)[1].split("\n\n", 1)[0])
    assert fin["route"] == "donnees" and fin["data"]["rows"] and fin["affichage"]["rows"]


@pytest.mark.integration
def test_le_widget_est_anonyme_meme_avec_un_jeton_et_refuse_un_pseudonyme(serveur, jetons) -> None:
    widget = {"X-Assistant-Fsrs-Canal": "widget"}
    with _client(serveur.url, jetons["conseiller-vdp"], **widget) as c:
        reponse = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME}).json()
    assert reponse["route"] == "acces_refuse" and reponse["data"] is None
    assert reponse["answer"].startswith("Je ne peux pas vous montrer cela")
    # Le même jeton, hors du widget, voit les activités de son fonds.
    with _client(serveur.url, jetons["conseiller-vdp"]) as c:
        assert c.post("/api/ask", json={"question": QUESTION_PSEUDONYME}).json()["route"] == "donnees"


@pytest.fixture(scope="module")
def serveur_mandataire(moteur_registres, serveur) -> object:
    """Le même moteur derrière un mandataire inverse de confiance (X-Remote-User cru)."""
    from assistant.web.app import creer_app

    config = serveur.config.model_copy(update={"entetes_identite_fiables": True})
    with demarrer(creer_app(moteur_registres, config, prefixe_limites="mandataire")) as url:
        yield url


@pytest.mark.integration
def test_mandataire_de_confiance_nomme_l_utilisateur_sauf_pour_le_widget(serveur_mandataire, serveur) -> None:
    entete = {"X-Remote-User": "conseiller-vdp"}
    with _client(serveur_mandataire, **entete) as c:
        connu = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME})
        widget = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME},
                        headers={"X-Assistant-Fsrs-Canal": "widget"})
    with _client(serveur_mandataire, **{"X-Remote-User": "inconnu.du.registre"}) as c:
        inconnu = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME})
    with _client(serveur.url, **entete) as c:  # serveur sans mandataire de confiance : en-tête ignoré
        ignore = c.post("/api/ask", json={"question": QUESTION_PSEUDONYME})
    assert connu.json()["route"] == "donnees"
    assert widget.json()["route"] == "acces_refuse"
    assert inconnu.status_code == 401 and "inconnu du registre" in inconnu.json()["error"]
    assert ignore.json()["route"] == "acces_refuse"


@pytest.mark.integration
def test_openapi_documente_data_affichage_et_le_jeton_facultatif(serveur) -> None:
    with _client(serveur.url) as c:
        spec = c.get("/api/openapi.json").json()
    schemas = spec["components"]["schemas"]
    proprietes = schemas["ReponseWeb"]["properties"]
    assert {"data", "affichage", "route", "reponse_id"} <= set(proprietes)
    assert "1234.50" in proprietes["data"]["description"]
    assert "1 234,50 $" in proprietes["affichage"]["description"]
    assert set(schemas["Donnees"]["properties"]) == {"columns", "rows"}
    assert spec["components"]["securitySchemes"]["jeton"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "jeton opaque",
        "description": spec["components"]["securitySchemes"]["jeton"]["description"]}
    for chemin in ("/api/ask", "/api/ask/stream"):
        operation = spec["paths"][chemin]["post"]
        assert {} in operation["security"] and {"jeton": []} in operation["security"]  # facultatif
        assert "401" in operation["responses"]
    assert "Authorization: Bearer" in spec["paths"]["/api/ask"]["post"]["description"]


@pytest.mark.integration
def test_cors_ne_laisse_pas_une_autre_origine_envoyer_un_jeton(serveur) -> None:
    autorisee = serveur.config.origines_autorisees[0]
    with _client(serveur.url) as c:
        r = c.options("/api/ask", headers={"Origin": autorisee, "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "authorization"})
    assert r.status_code == 400 and "access-control-allow-origin" not in r.headers


# --- la ligne de commande ------------------------------------------------------------------------


@pytest.mark.integration
def test_ask_avec_jeton_affiche_le_tableau_du_fonds(moteur_registres, jetons, monkeypatch, capsys) -> None:
    from assistant import cli, cli_moteur

    monkeypatch.setattr(cli_moteur, "_moteur", lambda config, backend: moteur_registres)
    monkeypatch.delenv("ASSISTANT_FSRS_JETON", raising=False)
    assert cli.main(["ask", "--jeton", jetons["conseiller-vdp"], QUESTION_ACTIVITES]) == 0
    sortie = capsys.readouterr().out
    assert "| Activité | Nature | Ouverte à | Places | Inscrits | Places restantes |" in sortie
    assert "Sources :" in sortie

    monkeypatch.setenv("ASSISTANT_FSRS_JETON", jetons["conseiller-vdp"])
    assert cli.main(["ask", "--json", QUESTION_ACTIVITES]) == 0
    assert json.loads(capsys.readouterr().out)["route"] == "donnees"

    monkeypatch.delenv("ASSISTANT_FSRS_JETON")
    assert cli.main(["ask", "--json", QUESTION_PSEUDONYME]) == 2  # anonyme : accès refusé
    assert json.loads(capsys.readouterr().out)["route"] == "acces_refuse"

    assert cli.main(["ask", "--jeton", "faux", QUESTION_ACTIVITES]) == 1
    capture = capsys.readouterr()
    assert "Identification refusée" in capture.err and capture.out == ""
