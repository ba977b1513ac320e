"""La première phrase d'une réponse de calcul : oui ou non d'après le booléen du calculateur, puis sa
conclusion ; jamais un oui ou un non quand la question ne porte pas sur ce booléen."""

from __future__ import annotations

import datetime

import pytest

from assistant.conversation.composition import Faits, ouverture, texte_apercu, texte_calcul
from corpus.resumes import charger_apercus
from outils.registre import executer

pytestmark = pytest.mark.unit
JOUR = datetime.date(2026, 11, 23)


def _emprunt(emprunt: str, solde: str):
    return executer("verifier_emprunt", {"montant": emprunt, "solde_actuel": solde}, JOUR)


def test_non_avec_la_raison_du_calculateur_et_le_seuil() -> None:
    resultat = _emprunt("4000", "20000")
    phrase = ouverture(resultat, "Doit-il obtenir l'autorisation du ministre pour emprunter 4 000 $ ?")
    assert phrase.startswith("Non : un emprunt de 4\u00a0000,00\u00a0$ porterait le solde")
    assert phrase.endswith(resultat.conclusion[1:]) and "25\u00a0000\u00a0$" in phrase


def test_oui_quand_l_autorisation_est_requise_et_sans_autorisation_inverse() -> None:
    resultat = _emprunt("35000", "0")
    assert ouverture(resultat, "Cet emprunt exige-t-il une autorisation ?").startswith("Oui : ")
    assert ouverture(resultat, "Peut-il emprunter 35 000 $ sans autorisation ?").startswith("Non : ")


def test_rien_quand_la_question_ne_porte_pas_sur_le_booleen() -> None:
    assert ouverture(_emprunt("4000", "20000"), "Quel sera le nouveau solde ?") == ""


def test_la_conclusion_n_est_pas_repetee_sous_le_oui_ou_le_non() -> None:
    resultat = _emprunt("4000", "20000")
    texte = texte_calcul(Faits(resultats=[resultat]), {}, question="Faut-il une autorisation ?")
    assert texte.startswith("Non : un emprunt") and texte.count("porterait le solde") == 1
    sans_question = texte_calcul(Faits(resultats=[resultat]), {}, question="Quel solde ?")
    assert sans_question.startswith(resultat.conclusion)


def test_un_apercu_repond_en_une_phrase_avant_sa_liste_groupee() -> None:
    apercu = charger_apercus()[0]
    texte = texte_apercu(apercu, {})
    assert texte.startswith(apercu.en_bref + "\n\n" + apercu.titre + " :")
    assert all(element.texte in texte for element in apercu.elements)
