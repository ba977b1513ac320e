"""La première phrase d'une réponse de calcul : oui ou non d'après le booléen du calculateur, puis sa
conclusion ; jamais un oui ou un non quand la question ne porte pas sur ce booléen."""

from __future__ import annotations

import datetime

import pytest

from assistant.conversation.composition import Faits, ce_qui_est_compte, ouverture, texte_apercu, texte_calcul
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


def test_combien_se_repond_par_le_montant_pas_par_oui() -> None:
    resultat = executer("repartir_liquidation", {"actif": "80000", "dettes": "32400"}, JOUR)
    assert ouverture(resultat, "Combien s'en va au Fonds central ?") == ""
    assert ouverture(resultat, "Reste-t-il quelque chose pour le Fonds central ?").startswith("Oui : ")


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


def test_le_sens_de_la_question_decide_du_oui_ou_du_non() -> None:
    complet = executer("verifier_contrat", {"montant_total_ou_maximum": "30000", "heures_requises": "2000",
                                            "date_debut": "2027-01-01", "date_echeance": "2027-12-31",
                                            "obligations_tiers_communication": True}, JOUR)
    assert ouverture(complet, "Il manque-tu quelque chose ?").startswith("Non : ")
    # « incomplet » contient « complet » : la forme renversée passe d'abord.
    assert ouverture(complet, "Est-il incomplet ?").startswith("Non : ")
    assert ouverture(complet, "Est-il complet ?").startswith("Oui : ")
    rien = executer("repartir_liquidation", {"actif": "19500", "dettes": "22000"}, JOUR)
    assert ouverture(rien, "Le Fonds central reçoit-il quelque chose ?").startswith("Non : ")
    reste = executer("repartir_liquidation", {"actif": "30000", "dettes": "10000"}, JOUR)
    assert ouverture(reste, "Le Fonds central reçoit-il quelque chose ?").startswith("Oui : ")


def test_un_avis_requis_fait_un_oui_sous_condition() -> None:
    avis = executer("conditions_participation", {"mesures_disciplinaires": True}, JOUR)
    assert ouverture(avis, "Peut-il aller travailler à la buanderie ?").startswith("Oui, sous condition : ")
    assert ouverture(avis, "Le directeur doit-il tenir compte d'un avis ?").startswith("Oui : ")
    assert ouverture(avis, "Peut-il être inscrit sans que personne soit consulté ?").startswith("Non : ")
    aucun = executer("conditions_participation", {}, JOUR)
    assert ouverture(aucun, "Faut-il un avis avant qu'il participe ?").startswith("Non : ")
    assert ouverture(aucun, "Peut-il aller travailler ?") == ""
    securite = executer("justifier_personnel_non_incarcere", {"motif": "securite"}, JOUR)
    assert ouverture(securite, "Un civil pour des raisons de sécurité, c'est permis ?").startswith("Oui : ")


def test_l_admissibilite_a_l_aide_repond_oui_ou_non() -> None:
    emploi = executer("verifier_admissibilite_aide", {"aide_exterieure": True, "ressources_financieres": True,
                                                      "peut_travailler_ou_participer": True,
                                                      "but": "recherche_emploi"}, JOUR)
    question = "Le fonds peut-il payer son billet d'autobus pour l'entrevue ?"
    assert ouverture(emploi, question).startswith("Oui : la personne est admissible")
    aucun = executer("verifier_admissibilite_aide", {"aide_exterieure": True, "ressources_financieres": True,
                                                     "peut_travailler_ou_participer": True}, JOUR)
    assert ouverture(aucun, "A-t-il droit à un don du fonds ?").startswith("Non : ")


def test_combien_de_jours_met_en_tete_la_phrase_qui_les_compte() -> None:
    resultat = executer("calendrier_programme", {"annee": 2028}, JOUR)
    question = "Pis pour celui de 2028, il nous reste combien de jours ?"
    directe = ce_qui_est_compte(resultat.conclusion, question)
    assert directe.startswith("Au 23 novembre 2026, il reste 342 jours avant la date limite")
    assert sorted(directe.split()) == sorted(resultat.conclusion.split())  # rien d'ajouté ni de perdu
    assert ce_qui_est_compte(resultat.conclusion, "C'est quand la date limite ?") == resultat.conclusion


def test_combien_de_jours_dit_plus_loin_met_les_jours_en_tete():
    conclusion = ("Le programme 2028 doit être soumis avant le 1er novembre 2027. Au 23 novembre 2026, il "
                  "reste 342 jours avant la date limite.")
    question = "pis pour celui de 2028, il nous reste combien de jours ?"
    assert ce_qui_est_compte(conclusion, question).startswith("Au 23 novembre 2026, il reste 342 jours")
    assert ouverture(_emprunt("4000", "20000"), "pis là, ça prend-tu l'autorisation, c'est combien ?") == ""


@pytest.mark.parametrize(
    ("depot", "question", "debut"),
    [
        ("2026-10-31", "Envoyé le 31 octobre : on était-tu dans les temps ?", "Oui : "),
        ("2026-11-02", "Envoyé le 2 novembre : on était-tu dans les temps ?", "Non : "),
        ("2026-11-02", "Envoyé le 2 novembre : est-ce en retard ?", "Oui : "),
    ],
)
def test_dans_les_temps_ou_en_retard_selon_l_echeance(depot, question, debut):
    resultat = executer("calendrier_programme", {"annee": 2027, "date": depot})
    assert ouverture(resultat, question).startswith(debut)
