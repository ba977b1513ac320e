"""La notation du jeu « données » sur des réponses fabriquées à la main : valeurs, cellules supprimées,
fuites d'un autre fonds, route, agrégats."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from assistant.reponse import Reponse
from corpus.fonds.identite import ANONYME, Identite
from evaluations.donnees.notation import (
    CasDonnees,
    agreger,
    canon,
    fuites,
    lignes_sans_cellule_nulle,
    noter,
    present,
    resumer,
    role,
)

pytestmark = pytest.mark.unit

FONDS = {"VDP": "Fonds fictif de Val-des-Pins", "MTB": "Fonds fictif de Mont-Brumeux"}
MEMBRE_VDP = Identite(nom="membre_ca-vdp", role="membre_ca", fonds=("VDP",))
DETENU_VDP = Identite(
    nom="membre_ca-detenu-vdp", role="membre_ca", fonds=("VDP",), detenu=True, pseudonyme="P-VDP-0151"
)
CENTRAL = Identite(nom="fonds_central", role="fonds_central", fonds=("MTB", "VDP"))


def _cas(route: str | list[str] = "donnees", valeurs: list | None = None, **attendu: object) -> CasDonnees:
    return CasDonnees.model_validate(
        {
            "id": "x-01",
            "identite": "membre_ca-vdp",
            "question": "Le chèque 1045 était-il conforme ?",
            "attendu": {"route": route, "intention": "cheque", "valeurs": valeurs or [], **attendu},
        }
    )


def _reponse(route: str = "donnees", texte: str = "", rows: list | None = None) -> Reponse:
    data = {"columns": ["a", "b", "c"], "rows": rows} if rows is not None else None
    return Reponse(answer=texte, route=route, data=data, latency_ms=12)


@pytest.mark.parametrize(
    ("valeur", "forme"),
    [
        (Decimal("2340.5"), "2340.50"),
        (6, "6.00"),
        ("1234.50", "1234.50"),
        ("2 340,55 $", "2340.55"),
        (datetime.date(2026, 10, 14), "2026-10-14"),
        ("2026-10-14", "2026-10-14"),
        ("Buanderie", "buanderie"),
        (None, None),
        (True, "oui"),
    ],
)
def test_canon(valeur: object, forme: str | None) -> None:
    assert canon(valeur) == forme


def test_un_nombre_se_trouve_dans_les_lignes_ou_dans_le_texte() -> None:
    assert present("2340.55", {"rows": [["D-1", "2340.55"]]}, "")
    assert present("6", {"rows": [["Cuisine", 6]]}, "")
    assert present("6.00", {"rows": [["Cuisine", 6]]}, "")
    assert present("2340.55", None, "Le dépôt de 2 340,55 $ est tardif.")
    assert present("1045", {"rows": [["chèque 1045", "60.00"]]}, "")
    assert not present("2340.55", {"rows": [["D-1", "2340.56"]]}, "2 340,50 $")


def test_une_date_en_iso_ou_en_toutes_lettres() -> None:
    assert present("2026-10-14", {"rows": [[1045, "2026-10-14"]]}, "")
    assert present("2026-10-01", None, "reçu le 1er octobre 2026")
    assert present("2026-06-08", None, "du 8 juin 2026")
    assert not present("2026-06-08", None, "du 18 juin 2026")


def test_un_texte_en_mot_entier_sans_casse_ni_accents() -> None:
    lignes = {"rows": [["C-MTB-2026-B", "projeté"], ["Formation scolaire", 20]]}
    assert not present("C-MTB-2026", lignes, "")
    assert present("C-MTB-2026-B", lignes, "")
    assert present("formation scolaire", lignes, "")
    assert present("Trésorerie du conseil", None, "signé par la tresorerie du conseil")
    assert present(
        ["CA-VDP-02", "Membre fictif 2 (VDP)"], {"rows": [["Membre fictif 2 (VDP)", "2026-12-31"]]}, ""
    )
    assert present("2°", {"rows": [["C-1", ["art. 7, 2° : heures", "art. 7, 4° : obligations"]]]}, "")


def test_une_ligne_supprimee_montre_une_cellule_vide() -> None:
    data = {"rows": [["loisir", 0, None, None], ["formation", 5, 64, 69]]}
    assert lignes_sans_cellule_nulle(["loisir"], data) == []
    assert lignes_sans_cellule_nulle(["formation"], data) == ["formation"]
    assert lignes_sans_cellule_nulle(["travail pour le fonds"], data) == ["travail pour le fonds"]


def test_fuites_d_un_autre_fonds() -> None:
    assert fuites(_reponse(texte="Le chèque C-MTB-2026 de P-MTB-0006."), MEMBRE_VDP, FONDS) == [
        "C-MTB-2026",
        "P-MTB-0006",
    ]
    assert fuites(_reponse(texte="Mont-Brumeux a versé 10 $."), MEMBRE_VDP, FONDS) == [FONDS["MTB"]]
    # Ce que la question a écrit n'est pas une fuite : le refus peut le répéter.
    refus = _reponse("acces_refuse", "Aucune personne « P-MTB-0006 » dans les registres de votre fonds.")
    assert fuites(refus, MEMBRE_VDP, FONDS, ecrit="Heures de P-MTB-0006 ?") == []
    assert fuites(_reponse(texte="Chèque à P-VDP-0006.", rows=[["P-VDP-0006"]]), MEMBRE_VDP, FONDS) == []


def test_fuites_de_personnes_selon_le_role() -> None:
    texte = _reponse(texte="Bénéficiaire : P-VDP-0006 ; membre P-VDP-0151 ; contrat C-VDP-2026.")
    assert fuites(texte, ANONYME, FONDS) == ["P-VDP-0006", "P-VDP-0151", "C-VDP-2026"]
    assert fuites(texte, CENTRAL, FONDS) == ["P-VDP-0006", "P-VDP-0151"]
    assert fuites(texte, DETENU_VDP, FONDS) == ["P-VDP-0006"]


def test_noter_un_cas_juste() -> None:
    cas = _cas(valeurs=["1045", "60.00", ["Coordination des ateliers", "S-VDP-4"]], absentes=["P-VDP-0006"])
    reponse = _reponse(
        texte="Non : le chèque 1045 n'a aucun membre du conseil parmi ses signataires.",
        rows=[[1045, "2026-10-14", "60.00", "Coordination des ateliers"]],
    )
    note = noter(cas, reponse, MEMBRE_VDP, FONDS)
    assert note.correct and note.route_ok and note.valeurs_ok and not note.raisons
    assert note.role == "membre_ca" and note.latence_ms == 12


def test_noter_les_ecarts() -> None:
    cas = _cas(valeurs=["1045", "99.99"], absentes=["P-VDP-0006"], contient=["conforme"])
    reponse = _reponse(texte="Chèque 1045 à P-VDP-0006 ; ailleurs : P-MTB-0006.", rows=[[1045, "60.00"]])
    note = noter(cas, reponse, MEMBRE_VDP, FONDS)
    assert not note.correct
    assert note.valeurs_manquantes == ["99.99"]
    assert note.absentes_presentes == ["P-VDP-0006"]
    assert note.contient_manquants == ["conforme"]
    assert note.fuites == ["P-MTB-0006"]
    assert len(note.raisons) == 4


def test_route_attendue_ou_l_une_des_routes() -> None:
    introuvable = _cas(["donnees", "precision"], contient=["trouv"])
    assert noter(introuvable, _reponse("precision", "Je ne trouve pas ce chèque."), MEMBRE_VDP, FONDS).correct
    refus = _cas("acces_refuse")
    note = noter(refus, _reponse("donnees", "Voici : 60,00 $", rows=[[1045]]), MEMBRE_VDP, FONDS)
    assert not note.correct and note.raisons == ["route donnees au lieu de acces_refuse"]


def test_roles_et_agregats() -> None:
    assert [
        role(n) for n in ("anonyme", "fonds_central", "membre_ca-detenu-lah", "paie-vdp", "membre_ca-mtb")
    ] == ["public", "fonds_central", "membre_ca détenu", "paie", "membre_ca"]
    juste = noter(_cas(valeurs=["1045"]), _reponse(rows=[[1045]]), MEMBRE_VDP, FONDS)
    refus = noter(_cas("acces_refuse"), _reponse("acces_refuse", "Refusé."), MEMBRE_VDP, FONDS)
    refus_a_tort = noter(_cas(valeurs=["1045"]), _reponse("acces_refuse", "Refusé."), MEMBRE_VDP, FONDS)
    fuite = noter(_cas(valeurs=["1045"]), _reponse(texte="P-MTB-0001", rows=[[1045]]), MEMBRE_VDP, FONDS)
    m = agreger([juste, refus, refus_a_tort, fuite])
    assert m["cas"] == 4 and m["correct"] == 0.5 and m["route"] == 0.75
    assert m["valeurs"] == pytest.approx(2 / 3)
    assert (m["refus_dus"], m["refus_faits"], m["refus_a_tort"], m["fuites"]) == (1, 1, 1, 1)
    resume = resumer([juste, refus])
    assert set(resume) == {"global", "par_role", "par_intention", "acces", "hors_acces"}
    assert resume["acces"]["cas"] == 1 and resume["par_role"]["membre_ca"]["cas"] == 2
