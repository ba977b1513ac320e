"""La limite demandée : cherchée sur le calculateur lui-même, au cent près, et seulement quand la question
demande le montant qui manque."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from assistant.comprehension.comprendre import comprendre
from assistant.comprehension.intentions import DOCUMENT
from assistant.comprehension.limite import chercher
from assistant.conversation import composition as comp
from outils.registre import executer
from tests.comprehension.test_comprendre import IntentionsEcrites

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 12, 3)
EMPRUNT = [("verifier_emprunt", 0.8), (DOCUMENT, 0.1)]


def test_la_limite_est_le_dernier_cent_qui_garde_le_verdict():
    limite = chercher("verifier_emprunt", {"solde_actuel": Decimal(7300)}, "montant", JOUR)
    assert limite is not None
    assert limite.valeur == Decimal("17700.00")
    garde = executer("verifier_emprunt", {"solde_actuel": 7300, "montant": limite.valeur}, JOUR)
    assert garde.valeurs["autorisation_requise"] is False
    assert limite.au_dela.valeurs["autorisation_requise"] is True
    assert limite.au_dela.montants["montant"] == Decimal("17700.01")


def test_sans_solde_la_limite_est_le_seuil():
    limite = chercher("verifier_emprunt", {}, "montant", JOUR)
    assert limite is not None and limite.valeur == Decimal("25000.00")


def test_aucune_limite_quand_le_verdict_ne_change_jamais():
    # Un solde déjà au-delà du seuil : le moindre emprunt requiert l'autorisation.
    assert chercher("verifier_emprunt", {"solde_actuel": Decimal(30000)}, "montant", JOUR) is None


def test_la_question_qui_demande_le_montant_manquant_recoit_la_limite():
    q = "On doit déjà 7 300 $ à la caisse. Combien on peut emprunter au max sans passer par le ministre ?"
    d = comprendre(q, JOUR, IntentionsEcrites({"On doit": EMPRUNT}))
    assert d.precision is None
    assert [a.outil for a in d.appels] == ["verifier_emprunt"]
    appel = d.appels[0]
    assert appel.limite is not None and appel.arguments["montant"] == Decimal("17700.00")
    assert "la valeur demandée" in d.compris()
    resultat = executer("verifier_emprunt", appel.arguments, JOUR)
    texte = comp.texte_calcul(comp.Faits(resultats=[resultat]), {}, limite=appel.limite)
    premiere, seconde = texte.splitlines()[:2]
    assert premiere.startswith("Jusqu'à 17\u00a0700,00\u00a0$ : un emprunt")
    assert seconde.startswith("À partir de 17\u00a0700,01\u00a0$ : un emprunt")


def test_une_question_fermee_sans_montant_demande_le_montant():
    d = comprendre("On doit déjà 7 300 $ à la caisse. On veut emprunter, faut-il l'autorisation ?", JOUR,
                   IntentionsEcrites({"On doit": EMPRUNT}))
    assert d.precision is not None and d.manquants == ["montant"]
    assert all(a.limite is None for a in d.appels)


def test_une_question_sur_autre_chose_ne_cherche_pas_de_limite():
    # La proposition qui interroge ne nomme pas l'emprunt : on demande son montant, on ne le cherche pas.
    q = "On doit déjà 7 300 $ et on veut emprunter pour un camion. Combien de temps prend l'autorisation ?"
    d = comprendre(q, JOUR, IntentionsEcrites({"On doit": EMPRUNT}))
    assert all(a.limite is None for a in d.appels)
    assert d.manquants == ["montant"]


def test_un_montant_qu_on_ne_sait_pas_encore_n_est_pas_une_limite_demandee():
    # « on sait pas encore combien » dit le montant inconnu ; la question porte sur ce qui reste.
    q = ("Actif 88 000 $, dettes 19 000 $, pis le liquidateur va charger quelque chose mais on sait pas"
         " encore combien. Il resterait quoi pour le FC ?")
    d = comprendre(q, JOUR, IntentionsEcrites({"Actif": [("repartir_liquidation", 0.9), (DOCUMENT, 0.05)]}))
    assert all(a.limite is None for a in d.appels)
    assert d.manquants == ["frais_liquidation"]
