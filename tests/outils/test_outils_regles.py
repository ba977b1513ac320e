"""Règles sans montant : aide (art. 5), avis (art. 10), contrat (art. 7), calendrier (art. 2),
placement (art. 6), personnel (art. 3), liquidation (art. 12, 13)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from outils.aide import verifier_admissibilite_aide
from outils.calendrier import calendrier_programme
from outils.contrat import verifier_contrat
from outils.erreurs import EntreeInvalide
from outils.liquidation import repartir_liquidation
from outils.participation import conditions_participation
from outils.personnel import justifier_personnel_non_incarcere
from outils.placement import verifier_placement

pytestmark = pytest.mark.unit
D = datetime.date

# (aide extérieure, ressources, peut travailler ou participer, but, paragraphes attendus)
CAS_AIDE = [
    (False, False, False, None, ["1°"]),
    (True, False, False, None, []),  # l'aide extérieure écarte le 1°
    (False, True, False, "aucun", []),
    (False, False, True, None, []),
    (True, True, True, "participation_activite_non_remuneree", ["2°"]),
    (True, True, True, "recherche_emploi", ["3°"]),
    (False, False, False, "recherche_emploi", ["1°", "3°"]),
]


@pytest.mark.parametrize(("exterieure", "ressources", "peut", "but", "paragraphes"), CAS_AIDE)
def test_admissibilite_aide(
    exterieure: bool, ressources: bool, peut: bool, but: str | None, paragraphes: list[str]
) -> None:
    r = verifier_admissibilite_aide(exterieure, ressources, peut, but)
    assert r.valeurs["paragraphes"] == paragraphes
    assert r.valeurs["admissible"] is bool(paragraphes)
    assert all(a.article == "5" for a in r.articles)
    if paragraphes:
        assert r.valeurs["formes"] == ["don", "prêt sans intérêt"]
        assert "directeur" in r.valeurs["demande_presentee_par"]
        assert any("peut" in a for a in r.avertissements)  # pouvoir discrétionnaire


def test_aide_comprend_oui_non() -> None:
    r = verifier_admissibilite_aide("non", "non", "non", "aucun")
    assert r.valeurs["paragraphes"] == ["1°"]


@pytest.mark.parametrize(
    ("arguments", "champ"),
    [
        (("peut-être", False, False, None), "aide_exterieure"),
        ((False, False, False, "formation"), "but"),
    ],
)
def test_aide_entrees_invalides(arguments: tuple[object, ...], champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        verifier_admissibilite_aide(*arguments)  # type: ignore[arg-type]
    assert erreur.value.champ == champ


def test_participation_sans_situation_aucun_avis() -> None:
    r = conditions_participation()
    assert r.valeurs["aucun_avis_requis"] is True
    assert r.valeurs["avis_requis"] == []
    assert "aucun avis" in r.conclusion


@pytest.mark.parametrize(
    ("situation", "paragraphe", "avis"),
    [
        ("probleme_sante_physique_ou_mentale", "1°", "professionnel de la santé"),
        ("toxicomanie_ou_alcoolisme", "1°", "professionnel de la santé"),
        ("risque_soi_autrui_environnement", "2°", "conseiller en milieu carcéral"),
        ("mesures_protection_particulieres", "2°", "conseiller en milieu carcéral"),
        ("mesures_disciplinaires", "2°", "conseiller en milieu carcéral"),
        ("suspension_permission_sortir_ou_liberation", "2°", "conseiller en milieu carcéral"),
    ],
)
def test_participation_un_avis_par_paragraphe(situation: str, paragraphe: str, avis: str) -> None:
    r = conditions_participation(**{situation: True})  # type: ignore[arg-type]
    (seul,) = r.valeurs["avis_requis"]
    assert seul["paragraphe"] == paragraphe
    assert avis in seul["avis_de"]
    assert [a.locator for a in r.articles] == [f"art. 10, {paragraphe}"]


def test_participation_les_deux_paragraphes() -> None:
    r = conditions_participation(toxicomanie_ou_alcoolisme=True, mesures_disciplinaires=True)
    assert [a["paragraphe"] for a in r.valeurs["avis_requis"]] == ["1°", "2°"]


def test_contrat_complet() -> None:
    # du 1er janvier au 31 décembre 2026, début et échéance compris : 365 jours
    r = verifier_contrat("12 000", 400, "2026-01-01", "2026-12-31", True)
    assert r.valeurs["conforme"] is True
    assert r.valeurs["duree_jours"] == 365
    assert r.valeurs["elements_manquants"] == []
    assert "abrogé" in r.valeurs["paragraphe_5"]


def test_contrat_vide_liste_les_quatre_paragraphes() -> None:
    r = verifier_contrat()
    manquants = r.valeurs["elements_manquants"]
    assert [m[:2] for m in manquants] == ["1°", "2°", "3°", "3°", "4°"]
    assert r.valeurs["conforme"] is False
    assert r.valeurs["duree_jours"] is None


def test_contrat_echeance_avant_debut_invalide() -> None:
    r = verifier_contrat(1000, 10, "2026-02-01", "2026-01-31", True)
    assert r.valeurs["conforme"] is False
    assert any("précède" in i for i in r.valeurs["elements_invalides"])
    assert r.valeurs["duree_jours"] is None


def test_contrat_meme_jour_dure_un_jour() -> None:
    assert verifier_contrat(1, 1, "2026-03-01", "2026-03-01", True).valeurs["duree_jours"] == 1


@pytest.mark.parametrize(
    ("arguments", "champ"),
    [
        ({"montant_total_ou_maximum": -1}, "montant_total_ou_maximum"),
        ({"heures_requises": -3}, "heures_requises"),
        ({"date_debut": "hier"}, "date_debut"),
        ({"obligations_tiers_communication": "parfois"}, "obligations_tiers_communication"),
    ],
)
def test_contrat_entrees_invalides(arguments: dict[str, object], champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        verifier_contrat(**arguments)  # type: ignore[arg-type]
    assert erreur.value.champ == champ


# (année, date de référence, jours restants, échéance dépassée)
CAS_CALENDRIER = [
    (2027, D(2026, 10, 15), 16, False),  # 31 octobre − 15 octobre = 16 jours
    (2027, D(2026, 10, 31), 0, False),  # dernier jour « avant le 1er novembre »
    (2027, D(2026, 11, 1), -1, True),  # le 1er novembre, c'est trop tard
    (2028, D(2026, 11, 23), 342, False),  # 365 jours jusqu'au 23 novembre 2027, moins 23
]


@pytest.mark.parametrize(("annee", "jour", "restants", "depassee"), CAS_CALENDRIER)
def test_calendrier(annee: int, jour: datetime.date, restants: int, depassee: bool) -> None:
    r = calendrier_programme(annee, jour)
    assert r.valeurs["date_limite"] == D(annee - 1, 10, 31)
    assert r.valeurs["soumettre_avant_le"] == D(annee - 1, 11, 1)
    assert r.valeurs["mise_en_application"] == D(annee, 1, 1)
    assert r.valeurs["jours_restants"] == restants
    assert r.valeurs["echeance_depassee"] is depassee


def test_calendrier_sans_annee_vise_l_annee_suivante() -> None:
    r = calendrier_programme(date="2026-10-15")
    assert r.valeurs["annee"] == 2027
    assert "1er novembre 2026" in r.conclusion
    assert "1er janvier 2027" in r.conclusion


def test_calendrier_echeance_depassee_nomme_la_prochaine() -> None:
    r = calendrier_programme(date="2026-11-23")
    assert r.valeurs["echeance_depassee"] is True
    assert r.valeurs["prochaine_date_limite"] == D(2027, 10, 31)
    assert any("31 octobre 2027" in a and "2028" in a for a in r.avertissements)


@pytest.mark.parametrize(("annee", "champ"), [(2007, "annee"), ("deux mille", "annee"), (True, "annee")])
def test_calendrier_entrees_invalides(annee: object, champ: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        calendrier_programme(annee, "2026-01-01")  # type: ignore[arg-type]
    assert erreur.value.champ == champ


@pytest.mark.parametrize(
    ("genre", "requise"),
    [
        ("depot_banque", False),
        ("depot_institution_inscrite", False),
        ("obligations_epargne_quebec", False),
        ("obligations_epargne_canada", False),
        ("autre", True),
    ],
)
def test_placement(genre: str, requise: bool) -> None:
    r = verifier_placement(genre)
    assert r.valeurs["autorisation_requise"] is requise
    assert r.valeurs["signatures_requises"] == 2
    assert "membre du conseil" in r.valeurs["cheques"]
    assert "plus brefs délais" in r.valeurs["depot"]
    assert {a.locator for a in r.articles} == {"art. 6, al. 1", "art. 6, al. 2", "art. 6, al. 3"}


def test_placement_inconnu() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        verifier_placement("actions")
    assert erreur.value.champ == "type_placement"
    assert "autre" in erreur.value.message


@pytest.mark.parametrize(
    ("motif", "admis"),
    [
        ("securite", True),
        ("manque_ressources_engagement_tiers", True),
        ("manque_competence_specifique", True),
        ("autre", False),
    ],
)
def test_personnel_non_incarcere(motif: str, admis: bool) -> None:
    r = justifier_personnel_non_incarcere(motif)
    assert r.valeurs["motif_admis"] is admis
    assert "priorité" in r.conclusion
    assert "art. 3, al. 2" in [a.locator for a in r.articles]


def test_personnel_motif_inconnu() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        justifier_personnel_non_incarcere("économie")
    assert erreur.value.champ == "motif"


# (actif, dettes, frais, dons et legs, dettes payées, frais payés, retours, solde au Fonds central)
CAS_LIQUIDATION = [
    # 100 000 − 30 000 − 5 000 = 65 000 ; − 10 000 = 55 000 au Fonds central
    ("100000", "30000", "5000", "10000", "30000", "5000", "10000", "55000"),
    # 20 000 : les dettes d'abord (20 000), rien pour les frais, les retours ni le Fonds central
    ("20000", "30000", "5000", "10000", "20000", "0", "0", "0"),
    # 40 000 : 30 000 + 5 000 = 35 000 ; il reste 5 000 sur 10 000 de retours
    ("40000", "30000", "5000", "10000", "30000", "5000", "5000", "0"),
    ("0", "0", "0", "0", "0", "0", "0", "0"),
]


@pytest.mark.parametrize(
    ("actif", "dettes", "frais", "dons", "d_payees", "f_payes", "retours", "solde"), CAS_LIQUIDATION
)
def test_liquidation_ordre_de_l_article_12(
    actif: str,
    dettes: str,
    frais: str,
    dons: str,
    d_payees: str,
    f_payes: str,
    retours: str,
    solde: str,
) -> None:
    m = repartir_liquidation(actif, dettes, frais, dons).montants
    assert m["dettes_payees"] == Decimal(d_payees)
    assert m["frais_liquidation_payes"] == Decimal(f_payes)
    assert m["retours_dons_legs"] == Decimal(retours)
    assert m["solde_fonds_central"] == Decimal(solde)
    parts = m["dettes_payees"] + m["frais_liquidation_payes"] + m["retours_dons_legs"]
    assert parts + m["solde_fonds_central"] == m["actif"]


def test_liquidation_actif_insuffisant_avertit() -> None:
    r = repartir_liquidation(20_000, 30_000, 5_000)
    assert r.valeurs["actif_suffisant"] is False
    assert any("ne suffit pas" in a for a in r.avertissements)
    assert len(r.valeurs["liquidateurs"]) == 3
    assert "art. 13" in r.valeurs["biens_autres_que_sommes_d_argent"]
    assert {a.article for a in r.articles} == {"12", "13"}


def test_liquidation_montant_negatif() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        repartir_liquidation(100, dettes=-1)
    assert erreur.value.champ == "dettes"
