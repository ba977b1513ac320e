"""Registre : un outil par calculateur, refus en français, outils LangChain."""

from __future__ import annotations

import datetime
import inspect
import re
from decimal import Decimal
from typing import Any

import pytest
from langchain_core.tools import StructuredTool

from assistant.comprehension.catalogue import CATALOGUE
from outils.argent import lire_montant
from outils.declaration import Genre, _annotee
from outils.erreurs import EntreeInvalide
from outils.registre import OUTILS, executer, outils_langchain
from outils.resultat import DOC_LSCQ, DOC_REGLEMENT, Resultat

JOUR = datetime.date(2026, 11, 23)  # la date de la demande, passée à chaque calcul

pytestmark = pytest.mark.unit

EXEMPLES: dict[str, dict[str, Any]] = {
    "calculer_remuneration": {"heures": "20", "date": "2026-10-15"},
    "repartir_paie": {"brute": "116,20", "retenues_legales": 16.2, "date": "2026-10-15"},
    "calculer_cotisation": {"revenus": "200 000 $", "frais": 150000, "taux": "10"},
    "verifier_emprunt": {"montant": "6 000", "solde_actuel": "20 000", "preteur": "externe"},
    "verifier_admissibilite_aide": {
        "aide_exterieure": "non",
        "ressources_financieres": False,
        "peut_travailler_ou_participer": "false",
        "but": "recherche_emploi",
    },
    "conditions_participation": {"toxicomanie_ou_alcoolisme": True},
    "verifier_contrat": {"montant_total_ou_maximum": "1 000", "date_debut": "2026-01-01"},
    "calendrier_programme": {"annee": "2027", "date": "2026-10-15"},
    "verifier_placement": {"type_placement": "autre"},
    "repartir_liquidation": {"actif": "100 000", "dettes": "30 000"},
    "justifier_personnel_non_incarcere": {"motif": "securite"},
}


def test_un_exemple_par_outil() -> None:
    assert set(EXEMPLES) == set(OUTILS)


@pytest.mark.parametrize("nom", sorted(EXEMPLES))
def test_chaque_resultat_nomme_ses_articles(nom: str) -> None:
    r = executer(nom, EXEMPLES[nom], JOUR)
    assert isinstance(r, Resultat)
    assert r.outil == nom
    assert r.articles
    assert all(a.doc_id in {DOC_REGLEMENT, DOC_LSCQ} for a in r.articles)
    assert all(a.locator.startswith("art. ") for a in r.articles)
    assert r.conclusion.strip()
    r.model_dump(mode="json")  # sérialisable


@pytest.mark.parametrize("nom", sorted(EXEMPLES))
def test_chaque_montant_de_la_conclusion_vient_du_calcul(nom: str) -> None:
    r = executer(nom, EXEMPLES[nom], JOUR)
    connus = set(r.montants.values()) | {v for v in r.entrees.values() if isinstance(v, Decimal)}
    for texte in re.findall(r"-?\d[\d\u00a0]*(?:,\d+)?\u00a0\$", r.conclusion):
        assert lire_montant(texte) in connus, texte


@pytest.mark.parametrize("nom", sorted(OUTILS))
def test_schema_et_fonction_concordent(nom: str) -> None:
    outil = OUTILS[nom]
    signature = inspect.signature(outil.fonction).parameters
    assert list(outil.schema.model_fields) == list(signature)
    for champ, info in outil.schema.model_fields.items():
        assert info.description, f"{nom}.{champ} sans description"
        attendu = signature[champ].default
        if attendu is inspect.Parameter.empty:
            assert info.is_required(), f"{nom}.{champ}"
        else:
            assert info.default == attendu, f"{nom}.{champ}"


@pytest.mark.parametrize(
    ("nom", "arguments", "champ", "extrait"),
    [
        ("inexistant", {}, "nom", "calculer_remuneration"),
        ("verifier_emprunt", {}, "montant", "manquant"),
        ("calculer_remuneration", {"heures": "-5"}, "heures", "négatif"),
        ("calculer_remuneration", {"heures": "vingt"}, "heures", "nombre"),
        ("calculer_remuneration", {"heures": 1, "heure": 2}, "heure", "arguments permis"),
        ("calculer_remuneration", {"heures": 1, "date": "2017-01-01"}, "date", "avant"),
        ("calculer_cotisation", {"revenus": 1, "frais": 0, "taux": "4,99"}, "taux", "25"),
        ("verifier_emprunt", {"montant": "1", "preteur": "banque"}, "preteur", "externe"),
        (
            "verifier_admissibilite_aide",
            {"aide_exterieure": "bof"},
            "aide_exterieure",
            "oui ou non",
        ),
        ("calendrier_programme", {"annee": "l'an prochain"}, "annee", "entier"),
        ("verifier_placement", {"type_placement": "crypto"}, "type_placement", "valeurs permises"),
        (
            "repartir_paie",
            {"brute": "10", "retenues_legales": "11"},
            "retenues_legales",
            "dépassent",
        ),
    ],
)
def test_executer_refuse_en_francais(nom: str, arguments: dict[str, Any], champ: str, extrait: str) -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        executer(nom, arguments, JOUR)
    assert erreur.value.champ == champ
    assert extrait in erreur.value.message


def test_executer_refuse_des_arguments_qui_ne_sont_pas_un_dictionnaire() -> None:
    with pytest.raises(EntreeInvalide) as erreur:
        executer("calculer_remuneration", [20])  # type: ignore[arg-type]
    assert erreur.value.champ == "arguments"


def test_executer_garde_les_valeurs_par_defaut_de_la_fonction() -> None:
    r = executer("verifier_emprunt", {"montant": 1000}, JOUR)
    assert r.entrees["preteur"] == "fonds_central"
    assert r.entrees["solde_actuel"] == 0


def test_outils_langchain_un_par_calculateur() -> None:
    outils = outils_langchain(JOUR)
    assert [o.name for o in outils] == list(OUTILS)
    for outil in outils:
        assert isinstance(outil, StructuredTool)
        assert len(outil.description) > 80
        assert outil.args_schema is OUTILS[outil.name].schema
        assert outil.args  # schéma JSON des arguments


def test_outil_langchain_renvoie_le_dictionnaire_json() -> None:
    outil = {o.name: o for o in outils_langchain(JOUR)}["repartir_paie"]
    sortie = outil.invoke({"brute": "116,20", "retenues_legales": 16.2})
    assert isinstance(sortie, dict)
    assert sortie["montants"]["prelevement"] == "10.00"
    assert sortie["montants"]["epargne"] == "45.00"
    assert sortie["articles"][0]["doc_id"] == "reglement-s-40.1-r3"


@pytest.mark.parametrize(
    ("arguments", "extrait"),
    [
        ({"brute": "abc"}, "brute :"),  # refus du schéma
        ({"brute": "10", "retenues_legales": "11"}, "retenues_legales :"),  # refus du calculateur
        ({}, "brute : argument obligatoire manquant"),
    ],
)
def test_outil_langchain_renvoie_l_erreur_en_texte(arguments: dict[str, Any], extrait: str) -> None:
    outil = {o.name: o for o in outils_langchain(JOUR)}["repartir_paie"]
    sortie = outil.invoke(arguments)
    assert isinstance(sortie, str)
    assert sortie.startswith("Entrée invalide")
    assert extrait in sortie


def test_outil_langchain_par_appel_d_outil() -> None:
    outil = {o.name: o for o in outils_langchain(JOUR)}["calculer_remuneration"]
    message = outil.invoke(
        {
            "type": "tool_call",
            "id": "appel-1",
            "name": outil.name,
            "args": {"heures": 20, "date": "2026-10-15"},
        }
    )
    assert message.tool_call_id == "appel-1"
    assert '"116.20"' in message.content


@pytest.mark.parametrize("nom", sorted(OUTILS))
def test_les_annotations_des_exemples_nomment_un_choix_et_une_valeur_permise(nom: str) -> None:
    """« … touchent pas au cash ? [motif=securite] » : un argument à choix de l'outil et une valeur de son
    énumération, ou un oui/non et la situation présente (« [toxicomanie_ou_alcoolisme=true] ») ; et la
    question sans l'annotation pour apprendre l'intention."""
    outil = OUTILS[nom]
    choix = {a.nom for a in outil.arguments if a.genre == Genre.CHOIX}
    proprietes = outil.schema.model_json_schema()["properties"]
    permises = {argument: set(proprietes[argument].get("enum", ())) for argument in choix}
    permises |= {a.nom: {"true"} for a in outil.arguments if a.genre == Genre.BOOLEEN}
    for texte, valeurs in outil.exemples_annotes:
        assert "[" not in texte, texte
        for argument, valeur in valeurs.items():
            assert valeur in permises.get(argument, ()), (texte, argument, valeur)


def test_une_annotation_se_lit_en_fin_de_ligne() -> None:
    assert _annotee("Un civil pour que les gars touchent pas au cash ? [motif=securite]") == (
        "Un civil pour que les gars touchent pas au cash ?", {"motif": "securite"})
    assert _annotee("Une question sans annotation [entre crochets] ici ?") == (
        "Une question sans annotation [entre crochets] ici ?", {})


@pytest.mark.parametrize("nom", sorted(CATALOGUE))
def test_chaque_valeur_d_un_choix_a_un_libelle(nom: str) -> None:
    """« J'ai compris : statut : prévenu », jamais la valeur brute « prevenu » ou « manque_competence… »."""
    outil = CATALOGUE[nom]
    proprietes = outil.schema.model_json_schema()["properties"]
    for argument in (a for a in outil.arguments if a.genre == Genre.CHOIX):
        propriete = proprietes[argument.nom]
        schemas = [propriete, *propriete.get("anyOf", ())]  # « but » est facultatif : enum | null
        for valeur in next(s["enum"] for s in schemas if "enum" in s):
            libelle = argument.libelles.de(valeur)
            assert libelle and "_" not in libelle, (argument.nom, valeur)
