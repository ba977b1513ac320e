"""Calendrier des échéances d'un fonds : dates attendues, accès, export .ics relu par icalendar, UID
stables d'une exécution à l'autre, et la sous-commande `calendrier`."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from assistant.cli import main
from corpus.fonds import modeles as m
from corpus.fonds.acces import AccesRefuse
from corpus.fonds.calendrier import echeances, en_ics
from corpus.fonds.identite import ANONYME, Identite

pytestmark = pytest.mark.integration


def _identite(code: str = "VDP", role: str = "membre_ca") -> Identite:
    return Identite(nom=f"essai-{role}", role=role, fonds=(code,))


def test_echeances_de_l_annee(base: Engine) -> None:
    with Session(base) as session:
        rangs = echeances(_identite(), session, annee=2026)
    vues = {(e.date, e.article, e.quoi) for e in rangs}
    # Art. 2 : soumettre le programme 2027 au plus tard le 31 octobre 2026, appliquer 2026 le 1er janvier.
    assert (
        datetime.date(2026, 10, 31),
        "art. 2, 1° et 2°",
        "Soumettre au ministre le programme d'activités 2027 et le budget annuel",
    ) in vues
    assert (
        datetime.date(2026, 1, 1),
        "art. 2, 3°",
        "Mise en application du programme d'activités 2026",
    ) in vues
    # Le programme 2027 de VDP est soumis, pas encore approuvé.
    (programme,) = [e for e in rangs if e.cle == "programme-2027-soumission"]
    assert (
        "soumis le 28 octobre 2026" in programme.detail
        and "approbation du ministre en attente" in programme.detail
    )
    # Fins de l'année : le contrat signé 2026 (pas le projeté, qui finit en 2027), l'entente d'utilisation.
    fins = {e.quoi for e in rangs if e.date == datetime.date(2026, 12, 31)}
    assert "Fin du contrat C-VDP-2026 (Emballages Fictifs inc.)" in fins
    assert not [e for e in rangs if "C-VDP-2026-B" in e.quoi]
    assert "Fin de l'entente d'utilisation EU-VDP-2026 (locaux)" in fins
    # Mandats qui finissent en 2026 : membres 2 et 4, et le membre détenu (sans son pseudonyme).
    mandats = sorted(e.cle for e in rangs if e.cle.startswith("mandat-"))
    assert mandats == ["mandat-CA-VDP-02-2026", "mandat-CA-VDP-04-2026", "mandat-CA-VDP-06-2026"]
    (tresorier,) = [e for e in rangs if e.cle == "mandat-CA-VDP-02-2026"]
    assert tresorier.article == "art. 6, al. 1 et 2" and "signe les chèques et dépose" in tresorier.detail
    assert "P-VDP-" not in repr(rangs)
    # Art. 17 : la cotisation 2025, payée le 31 mars 2026 ; la date est une lecture, dite comme telle.
    (cotisation,) = [e for e in rangs if e.article == "art. 17"]
    assert cotisation.date == datetime.date(2026, 12, 31)
    assert "payée le 31 mars 2026" in cotisation.detail and "ne fixe pas de date" in cotisation.detail
    assert [e.date for e in rangs] == sorted(e.date for e in rangs)
    assert {e.fonds for e in rangs} == {"VDP"} and "MTB" not in repr(rangs) and "LAH" not in repr(rangs)


def test_programme_non_soumis_et_autorisation_en_attente(base_neuve: Engine) -> None:
    with Session(base_neuve) as session, session.begin():
        fid = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "MTB"))
        session.add(
            m.AutorisationMinistre(
                fonds_id=fid,
                numero="AM-MTB-2026-9",
                objet="emprunt",
                demandee_le=datetime.date(2026, 9, 1),
                decidee_le=None,
                decision=None,
            )
        )
    with Session(base_neuve) as session:
        rangs = echeances(_identite("MTB"), session, annee=2026)
    (programme,) = [e for e in rangs if e.cle == "programme-2027-soumission"]
    assert programme.detail.endswith("pas encore soumis.")
    (attente,) = [e for e in rangs if e.cle == "autorisation-AM-MTB-2026-9"]
    assert (attente.date, attente.article) == (datetime.date(2026, 9, 1), "art. 8, al. 1")
    assert "sans décision" in attente.detail
    # Une autorisation déjà décidée (le placement de l'échantillon) n'est pas une échéance.
    assert not [e for e in rangs if e.cle == "autorisation-AM-MTB-2026-1"]


@pytest.mark.parametrize(
    "identite",
    [
        _identite("VDP", "conseiller"),
        _identite("VDP", "paie"),
        Identite(nom="fc", role="fonds_central", fonds=("VDP", "MTB", "LAH")),
        ANONYME,
    ],
    ids=["conseiller", "paie", "fonds_central", "public"],
)
def test_roles_refuses(base: Engine, identite: Identite) -> None:
    with Session(base) as session, pytest.raises(AccesRefuse):
        echeances(identite, session, annee=2026)


def _evenements(contenu: bytes) -> list:
    return Calendar.from_ical(contenu).walk("VEVENT")


def test_ics_relu_par_icalendar_avec_des_uid_stables(base: Engine, base_neuve: Engine) -> None:
    with Session(base) as session:
        rangs = echeances(_identite(), session, annee=2026)
    premier = en_ics(rangs, horodatage=datetime.datetime(2026, 12, 1, 8, 0, tzinfo=datetime.UTC))
    second = en_ics(rangs)
    evenements = _evenements(premier)
    assert len(evenements) == len(rangs)
    par_uid = {str(ev["UID"]): ev for ev in evenements}
    assert len(par_uid) == len(rangs)
    for e in rangs:
        ev = par_uid[e.uid]
        debut, fin = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert type(debut) is datetime.date and debut == e.date  # journée entière, pas une heure
        assert fin - debut == datetime.timedelta(days=1)
        assert str(ev["SUMMARY"]) == e.quoi
        assert str(ev["DESCRIPTION"]).startswith(f"{e.article} (Règlement S-40.1, r. 3).")
    assert premier != second  # l'horodatage change…
    assert [str(ev["UID"]) for ev in _evenements(second)] == list(par_uid)  # …les UID, non

    # Réimporter après un changement d'état met à jour le même événement : même UID, autre détail.
    with Session(base_neuve) as session, session.begin():
        fid = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "VDP"))
        p = session.scalar(select(m.Programme).where(m.Programme.fonds_id == fid, m.Programme.annee == 2027))
        p.approuve_le = datetime.date(2026, 12, 10)
    with Session(base_neuve) as session:
        apres = echeances(_identite(), session, annee=2026)
    assert [e.uid for e in apres] == [e.uid for e in rangs]
    avant_detail = {e.uid: e.detail for e in rangs}
    changes = [e.uid for e in apres if e.detail != avant_detail[e.uid]]
    assert changes == ["VDP-programme-2027-soumission@assistant-fsrs"]


def test_sous_commande_calendrier(
    base_neuve: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("ASSISTANT_FSRS_BD_URL", base_neuve.url.render_as_string(hide_password=False))
    monkeypatch.setenv("ASSISTANT_FSRS_DONNEES", str(tmp_path / "donnees"))
    monkeypatch.delenv("ASSISTANT_FSRS_JETON", raising=False)
    fichier = tmp_path / "vdp.ics"
    assert (
        main(["calendrier", "--annee", "2026", "--utilisateur", "membre_ca-vdp", "--ics", str(fichier)]) == 0
    )
    sortie = capsys.readouterr().out
    assert "31 octobre 2026" in sortie and "art. 2, 1° et 2°" in sortie and "Échéance" in sortie
    lignes = re.findall(r"^\d+(?:er)? \w+ 2026 +VDP ", sortie, flags=re.M)
    ecrites = int(re.search(r"^(\d+) échéance\(s\) écrite\(s\)", sortie, flags=re.M)[1])
    assert len(_evenements(fichier.read_bytes())) == len(lignes) == ecrites >= 8
    assert main(["calendrier", "--annee", "2026", "--utilisateur", "conseiller-vdp"]) == 1
    assert "ne permet pas" in capsys.readouterr().err
