"""La revue de conformité et le calendrier d'un fonds servis par l'API : vrai serveur, échantillon fictif.

Le contenu attendu est celui que rendent `revue` et `echeances` appelées sans le web, pour la même
identité : la route doit transmettre l'identité du jeton, jamais un fonds lu dans l'adresse.
"""

from __future__ import annotations

import httpx
import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from corpus.fonds.calendrier import echeances
from corpus.fonds.conformite import revue
from corpus.fonds.rapport_conformite import en_html, en_markdown
from tests.conftest import AUJOURD_HUI

pytestmark = pytest.mark.integration


def _get(url: str, chemin: str, jeton: str | None = None, **params: object) -> httpx.Response:
    entetes = {"Authorization": f"Bearer {jeton}"} if jeton else {}
    return httpx.get(f"{url}{chemin}", params=params, headers=entetes, timeout=120)


def test_le_membre_du_conseil_recoit_la_revue_de_son_fonds(serveur, jetons, echantillon, identites) -> None:
    r = _get(serveur.url, "/api/fonds/conformite", jetons["membre_ca-vdp"], annee=2026)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'self'" in r.headers["content-security-policy"]
    assert r.headers["cache-control"] == "no-store"
    identite = identites["membre_ca-vdp"]
    with Session(echantillon[0]) as session:
        constats = revue(identite, session, annee=2026, au=AUJOURD_HUI)
    assert constats  # l'échantillon sème des manquements à VDP
    assert r.text == en_html(constats, annee=2026, fonds=["VDP"], au=AUJOURD_HUI)
    md = _get(serveur.url, "/api/fonds/conformite", jetons["membre_ca-vdp"], annee=2026, format="md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text == en_markdown(constats, annee=2026, fonds=["VDP"], au=AUJOURD_HUI)


def test_le_calendrier_ics_est_celui_du_fonds_de_l_identite(serveur, jetons, echantillon, identites) -> None:
    r = _get(serveur.url, "/api/fonds/calendrier.ics", jetons["membre_ca-mtb"], annee=2027)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/calendar")
    assert r.headers["content-disposition"] == 'attachment; filename="echeances-MTB-2027.ics"'
    with Session(echantillon[0]) as session:
        attendues = echeances(identites["membre_ca-mtb"], session, annee=2027)
    evenements = Calendar.from_ical(r.content).walk("VEVENT")
    assert [str(e["UID"]) for e in evenements] == [e.uid for e in attendues]
    assert {e.fonds for e in attendues} == {"MTB"}
    assert [e["DTSTART"].dt for e in evenements] == [e.date for e in attendues]


def test_sans_identite_401_et_role_non_permis_403_en_francais(serveur, jetons) -> None:
    anonyme = _get(serveur.url, "/api/fonds/calendrier.ics", annee=2026)
    assert anonyme.status_code == 401 and anonyme.headers["www-authenticate"] == "Bearer"
    assert anonyme.json()["error"].startswith("Connectez-vous")
    faux = _get(serveur.url, "/api/fonds/conformite", "pas-un-jeton", annee=2026)
    assert faux.status_code == 401 and faux.json()["error"].startswith("Identification refusée")
    conseiller = _get(serveur.url, "/api/fonds/calendrier.ics", jetons["conseiller-vdp"], annee=2026)
    assert conseiller.status_code == 403
    assert conseiller.json()["error"].startswith("Accès refusé : le rôle « conseiller »")
    annee = _get(serveur.url, "/api/fonds/conformite", jetons["membre_ca-vdp"], annee=26)
    assert annee.status_code == 422 and "annee" in annee.json()["error"]
    methode = httpx.post(f"{serveur.url}/api/fonds/calendrier.ics", timeout=30)
    assert methode.status_code == 405 and methode.headers["allow"] == "GET"


def test_le_fonds_vient_du_jeton_jamais_de_l_adresse(serveur, jetons) -> None:
    # Un paramètre « fonds » inventé est ignoré : le calendrier reste celui de MTB.
    r = _get(serveur.url, "/api/fonds/calendrier.ics", jetons["membre_ca-mtb"], annee=2026, fonds="VDP")
    assert r.status_code == 200
    assert b"VDP" not in r.content and b"MTB" in r.content
