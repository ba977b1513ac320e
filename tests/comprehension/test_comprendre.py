"""Décider : intention et arguments, question de précision, suivis et changements de sujet.

Les intentions viennent ici d'un faux classifieur (probabilités écrites à la main) : ces tests
vérifient les décisions prises à partir d'elles, pas le modèle.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from assistant.comprehension.comprendre import comprendre, est_elliptique
from assistant.comprehension.intentions import DOCUMENT
from assistant.comprehension.mentions import plier

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 12, 3)


class IntentionsEcrites:
    """Rend, pour chaque question, les probabilités qu'on lui a écrites (le document sinon)."""

    def __init__(self, probabilites: dict[str, list[tuple[str, float]]],
                 choix: dict[tuple[str, str], str] | None = None) -> None:
        self.ecrites = probabilites
        self.choix = choix or {}

    def probabilites(self, question: str) -> list[tuple[str, float]]:
        for debut, probas in self.ecrites.items():
            if question.startswith(debut):
                return probas
        return [(DOCUMENT, 0.9)]

    def choix_decrit(self, outil: str, argument: str, question: str) -> str | None:
        return self.choix.get((outil, argument))

    def hors_sujet(self, question: str) -> float:
        return 0.0


def _comprendre(question, probas, precedente=None):
    return comprendre(question, JOUR, IntentionsEcrites(probas), precedente)


def test_calcul_quand_l_outil_est_probable_et_rempli():
    d = _comprendre(
        "Le fonds veut emprunter 30 mille dollars, autorisation ?",
        {"Le fonds": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]},
    )
    assert [a.outil for a in d.appels] == ["verifier_emprunt"]
    assert d.appels[0].arguments == {"montant": Decimal(30000)}
    assert d.precision is None
    assert "emprunt du fonds : 30\u00a0000\u00a0$" in d.compris()
    assert "solde actuel des emprunts non fourni" in d.compris()


def test_reference_d_article_va_aux_textes():
    d = _comprendre(
        "Que dit l'article 8 sur les emprunts ?", {"Que dit": [("verifier_emprunt", 0.6), (DOCUMENT, 0.35)]}
    )
    assert not d.appels and d.precision is None  # pas de montant : les textes répondent


def test_une_reference_en_contexte_ne_fait_pas_taire_les_valeurs_nommees():
    # Peu sûr, le calcul cède aux textes devant une référence ; pas quand la question nomme ses valeurs.
    probas = {"Il a": [("repartir_paie", 0.35), (DOCUMENT, 0.3), ("calculer_remuneration", 0.2),
                       ("verifier_emprunt", 0.15)]}
    d = _comprendre("Il a 133,50 $ de brut, rien au sens de l'art. 91. Combien en allocation ?", probas)
    assert d.appels and d.appels[0].arguments["brute"] == Decimal("133.50")
    d = _comprendre("Il a droit à quoi selon l'art. 91 ?", probas)
    assert not d.appels


def test_valeurs_du_mauvais_genre_donnent_une_question_de_precision():
    d = _comprendre(
        "Combien va à l'épargne pour 3 jours ?", {"Combien": [("repartir_paie", 0.8), (DOCUMENT, 0.1)]}
    )
    assert not d.appels or d.precision
    d = _comprendre(
        "Il a fait 40 cette semaine, combien ça donne ?",
        {"Il a": [("calculer_remuneration", 0.8), (DOCUMENT, 0.1)]},
    )
    assert d.precision and "40" in d.precision  # 40 heures ? 40 $ ? on le fait confirmer


EMPRUNT_DE_PLUS = "Le fonds doit emprunter 20 000 $ de plus ; faut-il une autorisation ?"
EMPRUNT = {"Le fonds doit": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]}


def test_une_valeur_que_la_question_suppose_sans_la_donner_est_demandee():
    # « de plus » : un solde existe ; le prendre à 0 $ donnerait un « non » sûr et peut-être faux.
    d = _comprendre(EMPRUNT_DE_PLUS, EMPRUNT)
    assert d.precision and "solde actuel des emprunts" in d.precision
    assert d.appels[0].arguments == {"montant": Decimal(20000)}  # ce qui est compris attend le reste


@pytest.mark.parametrize(
    ("reponse", "solde"),
    [
        ("Le solde est de 18 000 $.", Decimal(18000)),
        ("Nos emprunts en cours totalisent 9 500 $", Decimal(9500)),
    ],
)
def test_la_reponse_a_la_precision_complete_le_calcul(reponse, solde):
    d = _comprendre(reponse, {}, _comprendre(EMPRUNT_DE_PLUS, EMPRUNT))
    assert [a.outil for a in d.appels] == ["verifier_emprunt"] and d.precision is None
    assert d.appels[0].arguments == {"montant": Decimal(20000), "solde_actuel": solde}


def test_apres_une_precision_une_autre_question_ne_complete_rien():
    autre = "Combien gagne un détenu pour 20 heures en octobre 2026 ?"
    d = _comprendre(autre, {"Combien": PAIE["Combien pour 20"]}, _comprendre(EMPRUNT_DE_PLUS, EMPRUNT))
    assert [a.outil for a in d.appels] == ["calculer_remuneration"]


def test_deux_outils_aussi_probables_donnent_une_question():
    d = _comprendre(
        "Pour 150 $ : prélèvement ou cotisation ?",
        {"Pour 150": [("repartir_paie", 0.42), ("repartir_liquidation", 0.40), (DOCUMENT, 0.1)]},
    )
    assert d.precision and d.precision.startswith("Voulez-vous dire")


def test_outil_sous_une_question_documentaire_quand_la_question_le_remplit():
    d = _comprendre(
        "Peut-on mettre nos surplus dans des obligations d'épargne du Québec ?",
        {"Peut-on": [(DOCUMENT, 0.55), ("verifier_placement", 0.4)]},
    )
    assert [a.outil for a in d.appels] == ["verifier_placement"]


def test_un_montant_nu_ne_fait_pas_d_une_question_documentaire_un_calcul():
    # Aucun mot de la paie ne qualifie les 200 $ : ce pourrait être le montant de n'importe quoi (un prêt).
    d = _comprendre(
        "Si le fonds prête 200 $ à un détenu, peut-il lui charger de l'intérêt ?",
        {"Si le fonds": [(DOCUMENT, 0.42), ("repartir_paie", 0.26), ("verifier_emprunt", 0.1)]},
    )
    assert d.appels == [] and d.intention == DOCUMENT
    # Le même montant que les mots de la paie qualifient : le calcul se propose.
    d = _comprendre(
        "Sur une paye brute de 200 $, combien va à l'épargne ?",
        {"Sur une": [(DOCUMENT, 0.42), ("repartir_paie", 0.26), ("verifier_emprunt", 0.1)]},
    )
    assert [a.outil for a in d.appels] == ["repartir_paie"]


def test_enchainement_paie_puis_partage():
    d = _comprendre(
        "Il a travaillé 20 h en octobre 2026, sans retenue : combien à l'épargne ?",
        {"Il a": [("calculer_remuneration", 0.5), ("repartir_paie", 0.3), (DOCUMENT, 0.1)]},
    )
    assert [a.outil for a in d.appels] == ["calculer_remuneration", "repartir_paie"]
    assert d.appels[1].depuis == {"brute": ("calculer_remuneration", "remuneration_brute")}
    assert d.appels[1].arguments["retenues_legales"] == Decimal(0)


PAIE = {"Combien pour 20": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)]}


def _paie():
    return _comprendre("Combien pour 20 heures de travail en octobre 2026 ?", PAIE)


def test_suivi_qui_change_une_valeur_reprend_l_outil():
    d = _comprendre("Et pour 30 heures ?", {}, _paie())
    assert [a.outil for a in d.appels] == ["calculer_remuneration"]
    assert d.appels[0].arguments == {"heures": Decimal(30), "date": datetime.date(2026, 10, 1)}
    assert d.reprise and "20" in d.reprise


def test_suivi_sur_la_meme_chose_reprend_ce_qu_elle_designait():
    # Assez de mots pour se lire seule, aucune valeur nouvelle : la même consultation, la même personne.
    pret = {"P-VDP-0042 a": [("pret_personne", 0.9), (DOCUMENT, 0.1)],
            "Pis y lui": [("pret_personne", 0.6), (DOCUMENT, 0.3)]}
    premier = _comprendre("P-VDP-0042 a-t-il un prêt du fonds ?", pret)
    d = _comprendre("Pis y lui reste combien à rembourser avant sa sortie ?", pret, premier)
    assert d.precision is None and d.appels[0].arguments == {"pseudonyme": "P-VDP-0042"}
    # Un calcul refait sans valeur nouvelle ne répondrait pas à un autre aspect : les textes le font.
    calcul = {"Pis faut-tu": [("calculer_remuneration", 0.6), (DOCUMENT, 0.3)]}
    d = _comprendre("Pis faut-tu lui payer ses vacances en plus de ça ?", calcul, _paie())
    assert not d.appels or d.appels[0].arguments.get("heures") != Decimal(20)


def test_suivi_qui_corrige_une_valeur_garde_les_autres():
    # « 68 500 $, pas 66 000 » : la valeur écartée ne remplit pas les frais ; ceux du premier tour restent.
    cotisation = {"On a eu": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)],
                  "Oups": [("calculer_cotisation", 0.5), (DOCUMENT, 0.4)]}
    premier = _comprendre("On a eu 66 000 $ de revenus et 41 000 $ de frais, on cotise combien ?", cotisation)
    d = _comprendre("Oups, les revenus c'était 68 500 $, pas 66 000.", cotisation, premier)
    assert [a.outil for a in d.appels] == ["calculer_cotisation"] and d.precision is None, d.precision
    assert d.appels[0].arguments == {"revenus": Decimal(68500), "frais": Decimal(41000)}


def test_suivi_qui_ajoute_un_ecart_a_une_valeur():
    # « 1 500 $ de plus que prévu » : les frais du tour précédent, plus l'écart ; pas des frais de 1 500 $.
    liquidation = {"Liquidation": [("repartir_liquidation", 0.9), (DOCUMENT, 0.05)],
                   "Ah pis": [("repartir_liquidation", 0.5), (DOCUMENT, 0.4)]}
    premier = _comprendre("Liquidation : actif 60 000 $, dettes 20 000 $, frais de liquidation 4 000 $.",
                          liquidation)
    d = _comprendre("Ah pis la liquidation va coûter 1 500 $ de plus que prévu.", liquidation, premier)
    assert d.appels[0].arguments["frais_liquidation"] == Decimal(5500)
    d = _comprendre("Ah pis la liquidation va coûter 1 500 $ de moins.", liquidation, premier)
    assert d.appels[0].arguments["frais_liquidation"] == Decimal(2500)


def test_une_chose_de_plus_s_ajoute_au_total_que_nomment_ses_mots():
    # « Une autre facture » après une liquidation : des dettes de plus, même quand un autre outil (un contrat)
    # paraît un peu plus probable ; « un autre contrat » après un contrat n'additionne rien.
    liquidation = {"Fermeture": [("repartir_liquidation", 0.9), (DOCUMENT, 0.05)],
                   "Le comptable": [("verifier_contrat", 0.5), ("repartir_liquidation", 0.3),
                                    (DOCUMENT, 0.2)]}
    premier = _comprendre("Fermeture : actif 90 000 $, dettes 12 000 $. Combien au Fonds central ?",
                          liquidation)
    d = _comprendre("Le comptable a retrouvé une autre facture de 2 300 $ d'un fournisseur.", liquidation,
                    premier)
    assert [a.outil for a in d.appels] == ["repartir_liquidation"], d.intentions
    assert d.appels[0].arguments == {"actif": Decimal(90000), "dettes": Decimal(14300)}
    contrat = {"Contrat": [("verifier_contrat", 0.9), (DOCUMENT, 0.05)],
               "Et un autre": [("verifier_contrat", 0.9), (DOCUMENT, 0.05)]}
    premier = _comprendre("Contrat de 20 000 $ pour 800 heures, du 1er mars au 31 août 2027 : conforme ?",
                          contrat)
    d = _comprendre("Et un autre contrat de 500 heures ?", contrat, premier)
    assert d.appels[0].arguments["heures_requises"] == Decimal(500)


def test_suivi_qui_ajoute_un_ecart_sans_unite_a_une_valeur_nommee():
    # « 9 000 de plus que ce qu'on avait mis dans l'actif » : pas un actif de 9 000 $, ni un autre sujet.
    liquidation = {"Actif": [("repartir_liquidation", 0.9), (DOCUMENT, 0.05)],
                   "Bonne": [("repartir_liquidation", 0.25), ("justifier_personnel_non_incarcere", 0.24),
                             ("calculer_cotisation", 0.2), ("verifier_placement", 0.2), (DOCUMENT, 0.11)]}
    premier = _comprendre("Actif 52 000, dettes 14 000, frais 1 500 : combien pour le Fonds central ?",
                          liquidation)
    d = _comprendre("Bonne nouvelle, les machines se sont vendues 9 000 de plus que ce qu'on avait mis dans "
                    "l'actif. Refais-moi ça.", liquidation, premier)
    assert [a.outil for a in d.appels] == ["repartir_liquidation"], d.precision
    assert d.appels[0].arguments["actif"] == Decimal(61000)


def test_suivi_qui_fait_varier_une_valeur_nommee_ou_la_seule():
    # « Si nos revenus baissent de 8 % » : les revenus d'avant × 0,92, pas un taux de 8 % ; « coupé notre
    # taux de moitié » : le taux d'avant, même quand un autre outil paraît plus probable.
    cotisation = {"Revenus": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)],
                  "Pis si": [("calculer_cotisation", 0.6), (DOCUMENT, 0.3)],
                  "Bonne": [("calculer_remuneration", 0.2), ("verifier_placement", 0.17), (DOCUMENT, 0.15)]}
    premier = _comprendre("Revenus 180 000 $, frais 150 000 $, taux 10 %. On verse combien ?", cotisation)
    d = _comprendre("Pis si nos revenus baissent de 8 % l'an prochain, mêmes frais, même taux ?", cotisation,
                    premier)
    assert d.appels[0].arguments == {"revenus": Decimal("165600.00"), "frais": Decimal(150000),
                                     "taux": Decimal(10)}
    assert "(180 000 $, baissent de 8 %)" in d.compris()  # le calcul montré, depuis la valeur d'avant
    d = _comprendre("Bonne nouvelle : le ministre a coupé notre taux de moitié.", cotisation, premier)
    assert [a.outil for a in d.appels] == ["calculer_cotisation"]
    assert d.appels[0].arguments["taux"] == Decimal(5)
    # « Son collègue a fait les deux tiers de ça » : la seule valeur chiffrée d'avant, pour l'autre personne.
    paie = {"Combien": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)],
            "Son coll": [("repartir_paie", 0.4), ("calculer_remuneration", 0.2), (DOCUMENT, 0.1)]}
    premier = _comprendre("Combien pour 21 heures à la reliure ?", paie)
    d = _comprendre("Son collègue a fait les deux tiers de ça. Lui, combien ?", paie, premier)
    assert [a.outil for a in d.appels] == ["calculer_remuneration"]
    assert d.appels[0].arguments["heures"] == Decimal(14)


def test_suivi_qui_donne_une_part_d_une_valeur_d_avant():
    # « Le liquidateur à 7 % de l'actif, pas à 1 500 $ » : 7 % des 50 000 $ d'avant vont aux frais ; les
    # 1 500 $ écartés ne sont plus une valeur.
    probas = {"Liquidation": [("repartir_liquidation", 0.9), (DOCUMENT, 0.05)],
              "Correction": [("repartir_liquidation", 0.5), (DOCUMENT, 0.3)]}
    premier = _comprendre("Liquidation : actif 50 000 $, dettes 8 000 $, liquidateur 1 500 $.", probas)
    d = _comprendre("Correction : le CA fixait la paye du liquidateur à 7 % de l'actif, pas à 1 500 $.",
                    probas, premier)
    assert d.appels[0].arguments == {"actif": Decimal(50000), "dettes": Decimal(8000),
                                     "frais_liquidation": Decimal(3500)}
    assert "(7 % de 50 000 $)" in d.compris()


def test_une_variation_seule_n_est_pas_une_valeur():
    # Sans calcul d'avant, « une hausse de 3 % » ne devient pas le taux de la cotisation.
    probas = {"Revenus": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)]}
    d = _comprendre("Revenus 200 000 $ en hausse de 3 %, frais 150 000 $. On cotise combien ?", probas)
    assert "taux" not in d.appels[0].arguments


def test_un_outil_qui_prend_moins_de_ce_que_dit_la_question_n_est_pas_un_rival():
    # « on doit 19 000 à la caisse pis on veut 6 000 du Fonds central » : l'emprunt prend aussi le prêteur ;
    # la liquidation (dettes, actif) n'en prend que deux : on ne demande pas lequel des deux.
    probas = {"On doit": [("verifier_emprunt", 0.5), ("repartir_liquidation", 0.45), (DOCUMENT, 0.05)]}
    d = _comprendre("On doit 19 000 à la caisse pis on veut 6 000 du Fonds central. Ministre ?", probas)
    assert [a.outil for a in d.appels] == ["verifier_emprunt"]
    assert d.precision is None or "répartit" not in d.precision


def test_suivi_qui_change_un_choix_reprend_l_outil():
    # « Oublie les actions. Des obligations d'épargne du Canada plutôt ? » : le choix d'avant est écarté.
    placement = {"Le conseil": [("verifier_placement", 0.9), (DOCUMENT, 0.05)],
                 "OK": [("verifier_placement", 0.6), (DOCUMENT, 0.3)]}
    premier = _comprendre("Le conseil veut acheter des actions d'Hydro One. Faut-il une autorisation ?",
                          placement)
    assert premier.appels[0].arguments["type_placement"] == "autre"
    d = _comprendre("OK oublie les actions. Des obligations d'épargne du Canada plutôt ?", placement, premier)
    assert [a.outil for a in d.appels] == ["verifier_placement"]
    assert d.appels[0].arguments["type_placement"] == "obligations_epargne_canada"


def test_suivi_qui_ajoute_dans_l_unite_declaree_avant():
    # « (en milliers de $) » vaut pour la conversation ; « ajoute les 3,2 » s'ajoute aux revenus.
    cotisation = {"États": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)],
                  "ajoute": [("calculer_cotisation", 0.5), (DOCUMENT, 0.4)]}
    premier = _comprendre("États financiers (en milliers de $) : Revenus 96,4 ; Frais 71,9. Taux 20 %.",
                          cotisation)
    assert premier.appels[0].arguments["revenus"] == Decimal(96400)
    d = _comprendre("ajoute les 3,2 de la vente de garage aux revenus", cotisation, premier)
    assert d.appels[0].arguments == {"revenus": Decimal(99600), "frais": Decimal(71900), "taux": Decimal(20)}


def test_suivi_qui_donne_une_valeur_apposee_a_son_nom():
    d = _comprendre("Ok pis si on rajoute la prime de supervision, vingt-cinq piasses ?", {}, _paie())
    assert d.appels[0].arguments == {"heures": Decimal(20), "date": datetime.date(2026, 10, 1),
                                     "prime": Decimal(25)}


def test_suivi_qui_demande_une_suite_enchaine():
    probas = {
        "Et l'allocation ? —": [("calculer_remuneration", 0.5), ("repartir_paie", 0.3)],
        "Et l'allocation": [(DOCUMENT, 0.8), ("repartir_paie", 0.05)],
    }
    precedente = _paie()
    d = _comprendre("Et l'allocation ?", probas, precedente)
    assert [a.outil for a in d.appels] == ["calculer_remuneration", "repartir_paie"]
    assert d.confiance == precedente.confiance  # pas les 0,8 du document de la question seule


def test_suivi_sur_une_autre_personne_ne_reprend_pas_ses_heures():
    # Même quand la suite (le partage de la paie) paraît probable : les 20 h étaient celles du premier.
    probas = {"Pis l'autre": [("repartir_paie", 0.5), ("calculer_remuneration", 0.3)]}
    precedente = _paie()
    d = _comprendre("Pis l'autre gars de l'équipe, lui ?", probas, precedente)
    assert d.precision and "heures" in d.precision
    assert d.intention == "calculer_remuneration" and "heures" not in d.appels[0].arguments
    # Le sujet vient du tour précédent : son assurance, pas celle de la question elliptique seule.
    assert d.confiance == precedente.confiance != probas["Pis l'autre"][0][1]
    # Ses propres heures, données dans la question, font un nouveau calcul.
    d = _comprendre("Pis l'autre gars, lui a fait 30 heures ?", {"Pis l'autre": PAIE["Combien pour 20"]},
                    _paie())
    assert d.precision is None and d.appels[0].arguments["heures"] == Decimal(30)


def test_changement_de_sujet_apres_un_calcul():
    d = _comprendre(
        "Quels services sont offerts en détention pour la toxicomanie ?",
        {"Quels": [(DOCUMENT, 0.95)]},
        _paie(),
    )
    assert not d.appels and d.reprise is None
    assert d.recherche == "Quels services sont offerts en détention pour la toxicomanie ?"


def test_changement_de_sujet_meme_avec_une_amorce():
    d = _comprendre(
        "Pis une fois sorti, il peut continuer avec Emploi-Québec ?", {"Pis": [(DOCUMENT, 0.9)]}, _paie()
    )
    assert not d.appels
    assert d.recherche.startswith("Pis une fois sorti") and "20 heures" in d.recherche


def test_suivi_vers_un_autre_outil_quand_la_question_le_remplit():
    d = _comprendre("Et s'il emprunte 30 000 $ ?", {"Et s'il": [("verifier_emprunt", 0.7)]}, _paie())
    assert [a.outil for a in d.appels] == ["verifier_emprunt"]


def test_suivi_qui_deplace_une_date_nommee_par_son_role_meme_si_un_autre_outil_semble_probable():
    # « finir à la fête des Mères » : l'échéance du contrat d'avant, en 2027 comme lui, pas en mai passé.
    contrat = {"Contrat": [("verifier_contrat", 0.9), (DOCUMENT, 0.05)],
               "Le client": [("calculer_remuneration", 0.39), ("calendrier_programme", 0.3),
                             ("verifier_contrat", 0.07), (DOCUMENT, 0.24)]}
    premier = _comprendre("Contrat : 13 200 $, 600 heures, du 4 janvier au 30 avril 2027.", contrat)
    d = _comprendre("Le client aimerait mieux finir à la fête des Mères. Ça fait combien de jours ?", contrat,
                    premier)
    assert [a.outil for a in d.appels] == ["verifier_contrat"]
    assert d.appels[0].arguments["date_echeance"] == datetime.date(2027, 5, 9)
    assert d.appels[0].arguments["date_debut"] == datetime.date(2027, 1, 4)
    # Assez sûre d'un autre outil, la question change de sujet.
    contrat["Le client"] = [("calculer_remuneration", 0.8), ("verifier_contrat", 0.07)]
    d = _comprendre("Le client aimerait mieux finir à la fête des Mères. Ça fait combien de jours ?", contrat,
                    premier)
    assert [a.outil for a in d.appels] != ["verifier_contrat"]


def test_suivi_court_reprend_l_outil_la_ponctuation_ne_compte_pas_pour_un_mot():
    # « Pis au taux maximum ? » : quatre mots ; le « ? » ne l'allonge pas jusqu'au changement de sujet.
    d = _comprendre("Pis au taux maximum ?", {"Pis": [(DOCUMENT, 0.3), ("verifier_emprunt", 0.1)]}, _paie())
    assert [a.outil for a in d.appels] == ["calculer_remuneration"]


def test_une_consultation_peu_sure_ne_fait_pas_confirmer_l_annee():
    probas = {"Combien": [("provenance_revenus", 0.32), (DOCUMENT, 0.58), ("cotisation_fonds_central", 0.1)]}
    d = _comprendre("Combien la cantine a rapporté l'an passé ?", probas)
    assert d.precision is None
    attendu = [("provenance_revenus", {"source": "cantine", "annee": 2025})]
    assert [(a.outil, a.arguments) for a in d.appels] == attendu
    # Un calcul aussi peu sûr, lui, fait confirmer ses valeurs.
    calcul = {"Combien": [("calculer_remuneration", 0.32), (DOCUMENT, 0.68)]}
    d = _comprendre("Combien pour 20 heures ?", calcul)
    assert d.precision and d.precision.startswith("Voulez-vous dire")


def test_une_consultation_sure_sans_la_personne_la_demande():
    probas = {"Combien": [("paie_personne", 0.6), (DOCUMENT, 0.4)]}
    d = _comprendre("Combien le gars de la buanderie a gagné sur sa dernière paie ?", probas)
    assert d.precision and "il me manque : pseudonyme de la personne" in d.precision
    assert d.precision.startswith("Pour cette consultation")
    # Peu sûre, elle laisse répondre les textes.
    probas = {"Combien": [("paie_personne", 0.3), (DOCUMENT, 0.7)]}
    assert _comprendre("Combien le gars de la buanderie a gagné ?", probas).precision is None


def test_un_calcul_sans_valeur_laisse_lire_les_registres_du_meme_article():
    # Rien du contrat n'est décrit : les contrats consignés répondent (art. 7), pour qui peut les lire.
    question = "Un de nos contrats oublie-t-il les heures requises ?"
    proche = {"Un de": [("verifier_contrat", 0.42), ("clauses_contrat", 0.40), (DOCUMENT, 0.1)]}
    d = _comprendre(question, proche)
    assert [a.outil for a in d.appels] == ["clauses_contrat"] and d.precision is None
    assert d.intention == "clauses_contrat" and d.confiance == pytest.approx(0.40 / 0.92)  # normalisées
    # Loin derrière (ou hors de portée de qui demande : absente), la consultation ne répond pas.
    loin = {"Un de": [("verifier_contrat", 0.70), ("clauses_contrat", 0.10), (DOCUMENT, 0.1)]}
    assert _comprendre(question, loin).appels == []
    absente = {"Un de": [("verifier_contrat", 0.70), (DOCUMENT, 0.2)]}
    assert _comprendre(question, absente).appels == []


AIDE = {"Le fonds": [("verifier_admissibilite_aide", 0.8), (DOCUMENT, 0.2)]}


def test_ce_qu_on_suppose_sans_effet_sur_le_verdict_laisse_calculer():
    # Art. 5, 3° : la recherche d'emploi ne dépend ni de l'aide extérieure ni des ressources.
    d = _comprendre("Le fonds peut-il prêter à un gars pour qu'il se cherche une job ?", AIDE)
    assert [a.outil for a in d.appels] == ["verifier_admissibilite_aide"] and d.precision is None
    assert d.appels[0].arguments["but"] == "recherche_emploi"
    assert "aide extérieure : oui (supposé)" in d.compris()
    assert "but de l'aide : rechercher un emploi" in d.compris()  # le libellé, pas « recherche emploi »


def test_ce_qu_on_suppose_qui_change_le_verdict_n_est_pas_calcule():
    # Sans but, le verdict dépend de l'aide extérieure et des ressources (art. 5, 1°) : on ne devine pas.
    d = _comprendre("Le fonds peut-il aider un détenu qui n'a aucune ressource ?", AIDE)
    assert not d.appels  # les textes répondent (art. 5), ou une précision : jamais un verdict supposé


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("Et pour 30 heures ?", True),
        ("Et l'allocation ?", True),
        ("Qui doit signer ?", True),
        ("Quels services sont offerts en détention pour la toxicomanie ?", False),
        ("Combien va-t-il recevoir en tout, dans ce cas-là, avec la prime du fonds ?", True),
        ("Ces heures-là ont été faites à l'été 2025, en réalité.", True),
        ("Ces heures ont été faites à l'été 2025 par un prévenu de la cuisine.", False),
    ],
)
def test_question_elliptique(question, attendu):
    assert est_elliptique(plier(question)) is attendu


def test_valeur_impossible_est_une_erreur():
    d = _comprendre("Il a fait 30 heures par jour", {"Il a": [("calculer_remuneration", 0.9)]})
    assert d.erreur and "24 heures" in d.erreur


def test_un_ordre_de_grandeur_fait_demander_la_valeur_exacte():
    d = _comprendre(
        "Il a travaillé environ 30 heures en octobre, ça donne combien ?",
        {"Il a": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)]},
    )
    assert d.precision and "environ 30 heures" in d.precision and "exacte" in d.precision


def test_un_travail_fait_sans_ses_heures_les_fait_demander():
    # Le taux horaire seul serait un nombre juste qui ne répond pas à la question.
    d = _comprendre(
        "Elle a travaillé toute la semaine à la buanderie, combien elle va avoir ?",
        {"Elle a": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)]},
    )
    assert d.precision and "heures travaillées" in d.precision


def test_un_rival_qui_laisse_de_cote_une_valeur_de_la_question_n_est_pas_demande():
    # L'année va au compte des participants ; les activités ouvertes (un jour donné) la laisseraient.
    probas = {"En 2026": [("participation", 0.3), ("activites_ouvertes", 0.25), (DOCUMENT, 0.2)]}
    d = _comprendre("En 2026, combien de monde aux loisirs, prévenus et condamnés ?", probas)
    assert d.precision is None
    assert [(a.outil, a.arguments.get("annee")) for a in d.appels] == [("participation", 2026)]
    # Sans valeur qui les départage, les deux restent proposés.
    probas = {"Combien": [("participation", 0.3), ("activites_ouvertes", 0.25), (DOCUMENT, 0.2)]}
    d = _comprendre("Combien de monde aux loisirs, prévenus et condamnés ?", probas)
    assert d.precision and d.precision.startswith("Voulez-vous dire")


def test_le_calcul_que_la_consultation_complete_parle_pour_elle():
    # La cotisation consignée et la cotisation à un taux : un même sujet, dont les probabilités
    # s'ajoutent face à un autre (la provenance des revenus), sans question de précision.
    probas = {"Mont-Brumeux": [("cotisation_fonds_central", 0.27), ("provenance_revenus", 0.18),
                              ("calculer_cotisation", 0.14), (DOCUMENT, 0.41)]}
    d = _comprendre("Mont-Brumeux, leur cotisation 2025 : combien, pis c'est-tu payé ?", probas)
    assert d.precision is None
    assert [(a.outil, a.arguments.get("annee")) for a in d.appels] == [("cotisation_fonds_central", 2025)]


def test_un_choix_decrit_sans_etre_nomme_remplit_l_outil_probable():
    """« pour que les détenus touchent pas au cash » ne nomme aucun motif : la valeur apprise le donne."""
    question = "On voudrait un civil à la caisse pour que les détenus touchent pas au cash, ok ?"
    probas = {"On voudrait": [("justifier_personnel_non_incarcere", 0.8), (DOCUMENT, 0.1)]}
    motif = {("justifier_personnel_non_incarcere", "motif"): "securite"}
    d = comprendre(question, JOUR, IntentionsEcrites(probas, motif))
    assert [(a.outil, a.arguments) for a in d.appels] == [("justifier_personnel_non_incarcere",
                                                          {"motif": "securite"})]
    assert d.precision is None
    # Sans valeur nette, aucun motif n'est supposé : les textes (l'art. 3) répondent.
    d = comprendre(question, JOUR, IntentionsEcrites(probas))
    assert d.appels == [] and d.precision is None


def test_un_oui_non_decrit_remplace_la_valeur_supposee():
    """« Aucune ressource » est dit ; l'aide extérieure et la capacité de travailler, décrites sans mot
    déclaré, prennent la valeur apprise plutôt que leur valeur d'usage : plus rien n'est supposé."""
    question = "Sa famille l'a renié pis il a aucune ressource, il est alité, le fonds peut-il l'aider ?"
    probas = {"Sa famille": [("verifier_admissibilite_aide", 0.9), (DOCUMENT, 0.05)]}
    decrits = {("verifier_admissibilite_aide", "aide_exterieure"): "false",
               ("verifier_admissibilite_aide", "peut_travailler_ou_participer"): "false"}
    d = comprendre(question, JOUR, IntentionsEcrites(probas, decrits))
    assert [(a.outil, a.arguments, a.supposes) for a in d.appels] == [("verifier_admissibilite_aide", {
        "aide_exterieure": False, "ressources_financieres": False, "peut_travailler_ou_participer": False},
        frozenset())]
    # Sans rien d'appris, les deux restent supposés, et ce qu'on suppose décide du verdict : pas de calcul.
    assert comprendre(question, JOUR, IntentionsEcrites(probas)).appels == []


def test_un_choix_decrit_ne_sert_pas_un_outil_sous_le_document():
    question = "Le fonds peut-il confier sa boutique à une personne de l'extérieur ?"
    probas = {"Le fonds": [(DOCUMENT, 0.6), ("justifier_personnel_non_incarcere", 0.35)]}
    motif = {("justifier_personnel_non_incarcere", "motif"): "autre"}
    d = comprendre(question, JOUR, IntentionsEcrites(probas, motif))
    assert d.appels == [] and d.intention == DOCUMENT


def test_un_outil_qui_repond_sans_valeur_doit_etre_sur():
    # Le taux du jour se donne sans heures, mais seulement si la question vise sûrement la rémunération.
    peu_sur = {"Pis on": [("calculer_remuneration", 0.3), ("calculer_cotisation", 0.28), (DOCUMENT, 0.2)]}
    assert _comprendre("Pis on aurait dû payer combien ?", peu_sur).appels == []
    sur = {"C'est quoi": [("calculer_remuneration", 0.8), (DOCUMENT, 0.1)]}
    assert [a.outil for a in _comprendre("C'est quoi le taux horaire aujourd'hui ?", sur).appels] == [
        "calculer_remuneration"]


def test_deux_outils_proches_les_valeurs_nommees_par_leurs_mots_decident():
    # La cotisation prendrait les deux montants dans l'ordre ; l'emprunt les reconnaît à leurs mots.
    probas = {"On doit": [("calculer_cotisation", 0.41), ("verifier_emprunt", 0.38), (DOCUMENT, 0.1)]}
    d = _comprendre("On doit déjà 30 000 $. Un petit 500 $ de plus au Fonds central, faut-tu redemander ?",
                    probas)
    assert d.precision is None and [a.outil for a in d.appels] == ["verifier_emprunt"]
    assert d.appels[0].arguments["solde_actuel"] == Decimal(30000) and d.appels[0].arguments["montant"] == 500


def test_un_ecart_sans_la_valeur_a_laquelle_il_s_ajoute_se_fait_preciser():
    probas = {"Il a fait": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)]}
    d = _comprendre("Il a fait ses heures normales plus 3 heures de plus. Ça fait combien ?", probas)
    assert d.precision and "3 heures de plus" in d.precision


def test_un_suivi_qui_nomme_une_valeur_sans_la_donner_la_fait_demander():
    paie = {"Paye brute": [("repartir_paie", 0.9), (DOCUMENT, 0.05)], "Ok pis": [("repartir_paie", 0.4),
                                                                                  (DOCUMENT, 0.3)]}
    premier = _comprendre("Paye brute de 150 $, combien pour la cantine ?", paie)
    d = _comprendre("Ok pis avec la saisie de la cour, y reste combien pour la cantine ?", paie, premier)
    assert d.precision and "retenues légales" in d.precision and d.manquants == ["retenues_legales"]
    assert d.appels[0].arguments == {"brute": Decimal(150)}


def test_moins_de_valeurs_que_le_compte_n_en_annonce_se_fait_preciser():
    paie = {"Ses deux": [("repartir_paie", 0.9), (DOCUMENT, 0.05)]}
    d = _comprendre("Ses deux dernières payes ensemble, combien d'épargne ? La première c'était 84 $.", paie)
    assert d.precision and d.precision.startswith("La question annonce 2 valeurs")
    d = _comprendre("Ses deux dernières payes : 116,20 $ pis 98,77 $. Combien d'épargne ?", paie)
    assert d.precision is None and d.appels[0].arguments["brute"] == Decimal("214.97")


def test_un_article_cite_fait_ceder_un_calcul_peu_sur_aux_textes():
    d = _comprendre(
        "Le paragraphe 5° de l'article 7 semble manquer, que prévoit-il ? Poste 4412",
        {"Le paragraphe": [("verifier_contrat", 0.4), (DOCUMENT, 0.35), ("conditions_participation", 0.25)]},
    )
    assert not d.appels and d.precision is None


def test_une_question_longue_qui_nomme_nettement_un_autre_outil_change_de_sujet():
    emprunt = _comprendre("On emprunte 8 000 $ au Fonds central, solde actuel 4 000 $. Autorisation ?",
                          {"On emprunte": [("verifier_emprunt", 0.9)]})
    autre = ("OK. Autre affaire : on placerait 15 000 $ de surplus en obligations d'épargne du Canada."
             " Autorisation ?")
    d = _comprendre(autre, {"OK.": [("verifier_placement", 0.78), ("verifier_emprunt", 0.04)]}, emprunt)
    assert [a.outil for a in d.appels] == ["verifier_placement"]
    # Aussi sûre, mais courte, la question reste une suite : ses 15 000 $ changent l'emprunt.
    d = _comprendre("Pis pour 15 000 $ ?", {"Pis": [("verifier_placement", 0.78)]}, emprunt)
    assert [a.outil for a in d.appels] == ["verifier_emprunt"] and d.appels[0].arguments["montant"] == 15000


def test_une_consultation_que_le_role_ne_lit_pas_ne_fait_pas_hesiter():
    question = "le loan de 400 $ qu'on avait faite, y reste quoi comme balance ?"
    ecrites = [("pret_personne", 0.43), ("emprunts_fonds", 0.35), (DOCUMENT, 0.1)]
    probas = IntentionsEcrites({"le prêt": ecrites})  # « loan » se lit « prêt »
    assert comprendre(question, JOUR, probas).precision.startswith("Voulez-vous dire")
    d = comprendre(question, JOUR, probas, illisibles=frozenset({"emprunts_fonds"}))
    assert d.precision is None and [a.outil for a in d.appels] == ["pret_personne"]
    # La plus probable, elle, reste proposée, sans autre lecture en balance : le rôle qui ne la lit pas
    # est refusé clairement.
    d = comprendre(question, JOUR, probas, illisibles=frozenset({"pret_personne"}))
    assert d.intention == "pret_personne" and d.precision is None


def test_les_agregats_repondent_a_qui_ne_lit_pas_les_personnes_une_a_une():
    question = "Sur la paye du 26 octobre, quel atelier a eu le moins de monde payé ?"
    illisibles = frozenset({"paies_par_personne", "paie_personne"})  # le Fonds central
    ecrites = [("paies_par_personne", 0.24), ("paie_du_fonds", 0.22), (DOCUMENT, 0.1)]
    proches = IntentionsEcrites({"Sur": ecrites})
    assert comprendre(question, JOUR, proches).precision.startswith("Voulez-vous dire")  # la paie : les deux
    d = comprendre(question, JOUR, proches, illisibles=illisibles)
    assert d.intention == "paie_du_fonds" and d.precision is None
    # Nettement plus probable, la lecture une personne par ligne reste comprise quand la question range des
    # personnes (« le top 3 des payes ») : elle sera refusée ; sans personne ni rang, les agrégats répondent.
    nette = IntentionsEcrites({"Sur": [("paies_par_personne", 0.6), ("paie_du_fonds", 0.2)],
                               "Le brut": [("paies_par_personne", 0.6), ("paie_du_fonds", 0.2)]})
    top = "Sur la paye du 26 octobre, le top 3 des payes ?"
    assert comprendre(top, JOUR, nette, illisibles=illisibles).intention == "paies_par_personne"
    versee = "Le brut versé en octobre, ça a-tu dépassé 18 000 $ ?"
    assert comprendre(versee, JOUR, nette, illisibles=illisibles).intention == "paie_du_fonds"
    assert comprendre(versee, JOUR, nette).intention == "paies_par_personne"  # qui lit les deux



def test_qui_ne_se_lit_pas_dans_des_agregats():
    # Les deux lectures de la paie presque aussi probables : « c'est qui » demande des personnes.
    ecrites = IntentionsEcrites({"Sur": [("paies_par_personne", 0.24), ("paie_du_fonds", 0.22),
                                         (DOCUMENT, 0.2)]})
    d = comprendre("Sur les payes d'octobre, c'est qui qui a fait le plus d'heures ?", JOUR, ecrites)
    assert d.intention == "paies_par_personne" and d.precision is None
    d = comprendre("Sur les payes d'octobre, combien d'heures en tout ?", JOUR, ecrites)
    assert d.precision and d.precision.startswith("Voulez-vous dire")


EMPRUNT_APPROCHE = {"On doit": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]}


def test_un_ordre_de_grandeur_loin_du_seuil_ne_change_pas_le_verdict():
    d = _comprendre("On doit à peu près 5 000 $ au Fonds central. On voudrait emprunter 3 000 $ au fonds "
                    "de l'établissement de Rimouski. Ça prend l'autorisation du ministre ?", EMPRUNT_APPROCHE)
    assert d.precision is None
    assert d.appels[0].arguments["preteur"] == "autre_fonds"  # le prêteur du nouvel emprunt, pas du solde
    assert "ordre de grandeur" in d.compris()


def test_des_chiffres_ronds_demandes_se_calculent_en_ordre_de_grandeur():
    probas = {"Pour": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)]}
    question = "Pour le CA, {}: revenus ≈ 180 000 $, frais ≈ 150 000 $. La cotisation irait de combien ?"
    assert _comprendre(question.format("des chiffres ronds "), probas).precision is None
    assert _comprendre(question.format(""), probas).precision  # sans le dire, on demande les valeurs
    paie = {"Ça": [("repartir_paie", 0.9), (DOCUMENT, 0.05)]}
    en_gros = _comprendre("Ça tourne autour de ~200 $ brut. En gros, combien va au fonds ?", paie)
    assert en_gros.precision is None


def test_une_somme_de_l_exercice_dite_par_semaine_se_fait_preciser():
    # Par mois, elle vaut douze mois ; par semaine, le nombre de semaines n'est pas sûr : on le demande.
    probas = {"Revenus": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)]}
    d = _comprendre("Revenus 150 000 $, frais 2 000 $ par semaine, taux 10 %. Cotisation ?", probas)
    assert d.precision and "pendant combien de semaines" in d.precision
    d = _comprendre("Revenus 150 000 $, frais 9 500 $ par mois, taux 10 %. Cotisation ?", probas)
    assert d.precision is None and d.appels[0].arguments["frais"] == Decimal(114000)


def test_un_ordre_de_grandeur_pres_du_seuil_fait_demander_la_valeur():
    d = _comprendre("On doit environ 24 000 $ au Fonds central. On aurait besoin de 900 $ de plus. "
                    "Ça passe-tu sans autorisation ?", EMPRUNT_APPROCHE)
    assert d.precision and "environ 24 000 $" in d.precision


def test_un_ordre_de_grandeur_ne_donne_jamais_un_montant():
    d = _comprendre("On doit à peu près 5 000 $ et on emprunte 3 000 $ : le nouveau solde, c'est combien ?",
                    EMPRUNT_APPROCHE)
    assert d.precision  # la question demande le montant : il serait approché


def test_des_heures_par_semaine_dont_on_demande_le_total_font_demander_le_nombre_de_semaines():
    d = _comprendre("elle fait 15 h par semaine depuis la rentrée, ça lui fait combien en tout ?",
                    {"elle fait": [("calculer_remuneration", 0.8), (DOCUMENT, 0.1)]})
    assert d.precision and "combien de semaines" in d.precision


PAIE_ET_SUITES = {"25 h": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)],
        "et pour elle": [(DOCUMENT, 0.5), ("calculer_remuneration", 0.3)],
        "pis là-dessus": [("repartir_paie", 0.4), (DOCUMENT, 0.1), ("calculer_remuneration", 0.1)]}


def test_et_pour_elle_refait_le_calcul_avec_ses_valeurs():
    avant = _comprendre("25 h à l'atelier cette semaine, combien brut ?", PAIE_ET_SUITES)
    d = _comprendre("et pour elle ? elle en a fait onze et demie", PAIE_ET_SUITES, avant)
    assert [a.outil for a in d.appels] == ["calculer_remuneration"]
    assert d.appels[0].arguments["heures"] == Decimal("11.5")
    d = _comprendre("et pour elle ? elle a fait moins d'heures", PAIE_ET_SUITES, avant)
    assert d.precision and not d.appels[0].arguments.get("heures")  # ses heures à elle : on les demande


def test_la_suite_d_un_calcul_se_lit_dans_la_question_seule():
    avant = _comprendre("25 h à l'atelier cette semaine, combien brut ?", PAIE_ET_SUITES)
    d = _comprendre("pis là-dessus, il va lui rester combien pour la cantine ?", PAIE_ET_SUITES, avant)
    assert [a.outil for a in d.appels] == ["calculer_remuneration", "repartir_paie"]
    assert d.appels[1].depuis


def test_la_suite_d_un_calcul_prend_les_valeurs_que_la_question_lui_donne():
    avant = _comprendre("25 h à l'atelier cette semaine, combien brut ?", PAIE_ET_SUITES)
    d = _comprendre("pis là-dessus, il lui reste combien pour la cantine ? La cour prend 9,44 $ de saisie",
                    PAIE_ET_SUITES, avant)
    assert [a.outil for a in d.appels] == ["calculer_remuneration", "repartir_paie"]
    assert d.appels[1].arguments == {"retenues_legales": Decimal("9.44")} and d.appels[1].depuis


def test_un_ordre_de_grandeur_sans_borne_fait_toujours_demander_la_valeur():
    d = _comprendre("On doit déjà 3 000 $ pis on aurait besoin d'une couple de mille de plus. Autorisation ?",
                    EMPRUNT_APPROCHE | {"On doit déjà": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]})
    assert d.precision  # 2 000 $ ? 3 000 $ ? aucune marge ne borne « une couple »


def test_des_mois_sans_jour_d_une_question_fermee_font_demander_les_dates():
    d = _comprendre("Le contrat va de déc. 2026 à mai 2027. C'est-tu conforme ?",
                    {"Le contrat": [("verifier_contrat", 0.9), (DOCUMENT, 0.05)]})
    assert d.precision and "date de début" in d.precision


REPARTITION = {"Répartition": [("repartir_paie", 0.9), (DOCUMENT, 0.05)]}


def test_le_montant_d_une_autre_paie_ne_se_reprend_pas():
    avant = _comprendre("Répartition pour une paye de 174,30 $ le 23 novembre, sans retenue ?", REPARTITION)
    d = _comprendre("pis sa paye de la semaine d'avant ? c'était un peu plus", {}, avant)
    assert d.precision and d.manquants == ["brute"]
    d = _comprendre("pis sa paye de la semaine d'avant ? c'était pareil", {}, avant)
    assert d.precision is None and d.appels[-1].arguments["brute"] == Decimal("174.30")


def test_une_suite_qui_enchaine_sur_des_heures_dites_autres_les_demande():
    # Les heures d'avant étaient celles d'un autre : « un peu plus », sans dire combien.
    avant = _comprendre("Il a fait 24 h à la reliure, combien ça y donne ?",
                        {"Il a fait": [("calculer_remuneration", 0.9), (DOCUMENT, 0.05)]})
    d = _comprendre("Pis l'autre? Lui y'en a fait un peu plus. Ça y fait combien pour lui?",
                    {"Pis l'autre": [("repartir_paie", 0.6), (DOCUMENT, 0.2)]}, avant)
    assert d.precision and d.manquants == ["heures"]


def test_la_paie_d_une_personne_nommee_ou_celle_de_tout_le_fonds():
    # Une personne nommée (son pseudonyme, « le 0098 ») : sa paie, même si la paie du fonds est plus probable.
    probas = {"Le brut": [("paie_du_fonds", 0.53), ("paie_personne", 0.26), (DOCUMENT, 0.1)]}
    d = _comprendre("Le brut de P-MTB-0056 sur la paye du 26 octobre, c'est combien ?", probas)
    assert d.intention == "paie_personne" and d.appels[0].arguments["pseudonyme"] == "P-MTB-0056"
    # « Le 0056 » : le moteur en fait le pseudonyme du fonds de l'identité (`moteur._pseudonyme_abrege`).
    assert _comprendre("Le brut du 0056 sur la paye du 26 octobre, c'est combien ?", probas).intention == (
        "paie_personne")
    # Personne de nommé (« combien de gars payés ») : la paie de tout le fonds, sans demander qui.
    probas = {"À la cuisine": [("paie_personne", 0.41), ("paie_du_fonds", 0.34), (DOCUMENT, 0.1)]}
    d = _comprendre("À la cuisine, paye du 31 août : combien de gars payés pis combien d'heures ?", probas)
    assert d.precision is None and [a.outil for a in d.appels] == ["paie_du_fonds"]


def test_un_ordre_de_grandeur_demande_se_calcule_sur_les_valeurs_approchees():
    probas = {"Grosso": [("calculer_cotisation", 0.9)], "Avec": [("calculer_cotisation", 0.9)]}
    d = _comprendre("Grosso modo, avec environ 200 000 $ de revenus et environ 150 000 $ de frais, la "
                    "cotisation tomberait où ?", probas)
    assert d.precision is None and d.appels[0].arguments["revenus"] == Decimal(200000)
    assert "la réponse l'est aussi" in d.compris()
    d = _comprendre("Avec environ 200 000 $ de revenus et 150 000 $ de frais, la cotisation à 10 % ?", probas)
    assert d.precision and "valeur exacte" in d.precision
    # Un ordre de grandeur sans borne (« une couple de cent mille ») ne se calcule pas, même demandé ainsi.
    d = _comprendre("Grosso modo, avec une couple de cent mille de revenus et 150 000 $ de frais ?", probas)
    assert d.precision and "valeur exacte" in d.precision


def test_un_calcul_peu_probable_dont_chaque_valeur_est_nommee_se_fait():
    probas = [("calculer_cotisation", 0.4), ("calculer_remuneration", 0.2), ("repartir_paie", 0.2),
              (DOCUMENT, 0.2)]
    d = _comprendre("47 personnes au programme. Revenus 120 000 $, frais 80 000 $, taux 10 %. Cotisation ?",
                    {"47": probas})
    assert d.precision is None and d.appels[0].arguments["taux"] == Decimal(10)
    d = _comprendre("47 personnes au programme. On a eu 120 000 $ pis 80 000 $ à 10 %. La cotisation ?",
                    {"47": probas})
    assert d.precision  # des valeurs prises dans l'ordre : on confirme


def test_des_heures_demandees_sans_etre_donnees_vont_aux_registres():
    probas = {"Combien": [("calculer_remuneration", 0.4), ("paie_du_fonds", 0.3), ("paie_personne", 0.1)]}
    question = "Combien d'heures payées sur la paye du 12 octobre ?"
    assert _comprendre(question, probas).intention == "paie_du_fonds"
    illisibles = frozenset({"paie_du_fonds", "paie_personne"})
    d = comprendre(question, JOUR, IntentionsEcrites(probas), illisibles=illisibles)
    assert d.intention == "calculer_remuneration"  # qui ne lit pas les registres : le calcul, qui demande


def test_une_date_en_chiffres_qui_change_la_reponse_se_fait_preciser():
    probas = {"Elle": [("calculer_remuneration", 0.95)]}
    # Le taux change le 1er mai ; le 8 septembre et le 9 août ont le même.
    d = _comprendre("Elle a travaillé 10 heures le 03/05/2026, combien ?", probas)
    assert d.precision and "3 mai 2026" in d.precision and "5 mars 2026" in d.precision
    d = _comprendre("Elle a travaillé 10 heures le 08/09/2026, combien ?", probas)
    assert d.precision is None and d.appels[0].arguments["date"] == datetime.date(2026, 9, 8)


def test_un_nombre_nu_de_reste_se_demande_quand_l_outil_a_pris_des_nombres_nus():
    """« Revenus 98 000, frais 61 000, 7 500 » : les montants sont dits sans « $ » ; le 7 500 qui reste aurait
    pu être l'un d'eux, on ne le laisse pas tomber sans rien dire."""
    probas = {"Revenus": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)]}
    d = _comprendre("Revenus 98 000, frais 61 000, 7 500, taux de 10 %, la cotisation ?", probas)
    assert d.precision is not None and "« 7 500 »" in d.precision
    # Dits avec leur unité, les montants pris ne rendent pas suspect un nombre nu (un numéro, un compte).
    d = _comprendre("Revenus 98 000 $, frais 61 000 $, taux de 10 %, la cotisation ? On est 7 au CA.", probas)
    assert d.precision is None and [a.outil for a in d.appels] == ["calculer_cotisation"]


def test_suivi_qui_donne_ce_que_le_calcul_n_avait_pas():
    # La fourchette de cotisation, puis le taux confirmé : une valeur que le calcul n'avait pas, seule.
    probas = {"Revenus": [("calculer_cotisation", 0.9)],
              "Le ministère": [("calculer_remuneration", 0.26), ("repartir_paie", 0.15),
                               ("calendrier_programme", 0.12), ("conditions_participation", 0.10),
                               (DOCUMENT, 0.08), ("verifier_placement", 0.08), ("calculer_cotisation", 0.06),
                               ("repartir_liquidation", 0.05), ("verifier_contrat", 0.04),
                               ("justifier_personnel_non_incarcere", 0.03), ("verifier_emprunt", 0.03)]}
    premier = _comprendre("Revenus 260 000 $, frais 214 000 $, la cotisation au FC?", probas)
    d = _comprendre("Le ministère a confirmé à matin : dix-huit pour cent.", probas, premier)
    assert [a.outil for a in d.appels] == ["calculer_cotisation"]
    assert d.appels[0].arguments["taux"] == Decimal(18)
    assert d.appels[0].arguments["revenus"] == Decimal(260000)
    # Une valeur que le calcul avait déjà, avec une date qu'il n'avait pas, n'est pas ce complément.
    emprunt = {"On emprunterait": [("verifier_emprunt", 0.9)],
               "Attends": [("calculer_cotisation", 0.29), ("verifier_emprunt", 0.23),
                           ("repartir_liquidation", 0.18), ("verifier_placement", 0.15), (DOCUMENT, 0.15)]}
    premier = _comprendre("On emprunterait 12 000 $ à la caisse, on doit déjà 14 000 $ au Fonds central.",
                          emprunt)
    d = _comprendre("Attends, on a remboursé 3 000 $ au FC la semaine passée.", emprunt, premier)
    assert not d.appels or d.appels[0].arguments.get("montant") != Decimal(3000)


def test_un_montant_dans_une_autre_monnaie_se_fait_preciser():
    # Le taux de change ne se devine pas : on demande le montant en dollars canadiens, sans calculer.
    d = _comprendre("On emprunterait 19 000 $ US à la banque pour la scie, autorisation ?",
                    {"On emprunterait": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]})
    assert d.precision and "19 000 $ US" in d.precision and "dollars canadiens" in d.precision
    assert "montant" not in d.appels[0].arguments


def test_un_compte_ne_compte_pas_au_dela_de_sa_phrase():
    # « en 36 mois. Le solde… » : 36 compte des mois, pas des soldes à additionner.
    d = _comprendre(
        "Que le fonds emprunte 19 500 $, remboursable en 36 mois. Le solde de nos emprunts est de 5 750 $."
        " Faut-il une autorisation ?",
        {"Que le fonds": [("verifier_emprunt", 0.9), (DOCUMENT, 0.05)]},
    )
    assert d.precision is None
    assert d.appels[0].arguments["montant"] == Decimal(19500)
    assert d.appels[0].arguments["solde_actuel"] == Decimal(5750)


def test_une_periode_dite_en_suite_remplace_la_paie_designee():
    probas = {"La paye": [("paie_personne", 0.9), (DOCUMENT, 0.05)],
              "Pis depuis": [("paie_personne", 0.9), (DOCUMENT, 0.05)]}
    avant = _comprendre("La paye du 12 octobre de P-LAH-0039, c'était combien ?", probas)
    assert avant.appels[-1].arguments["le"] == datetime.date(2026, 10, 12)
    d = _comprendre("Pis depuis Pâques, en tout ?", probas, avant)
    arguments = d.appels[-1].arguments
    assert "le" not in arguments and arguments["pseudonyme"] == "P-LAH-0039"
    assert arguments["du"] == datetime.date(2026, 4, 5)


def test_une_question_qui_redit_une_valeur_du_calcul_en_garde_le_sujet_pour_la_recherche():
    avant = _comprendre("Revenus 230 000 $, frais 190 000 $, taux de 20 %. Combien on verse ?",
                        {"Revenus": [("calculer_cotisation", 0.9), (DOCUMENT, 0.05)]})
    question = "Le ministre a-tu le droit d'aller encore plus haut l'an prochain ?"
    d = _comprendre(f"20 %, c'est pas mal haut. {question}", {}, avant)
    assert d.recherche.endswith(avant.recherche) and d.recherche != avant.recherche
    autre = _comprendre(f"À 30 %. {question}", {}, avant)  # une valeur que le calcul n'avait pas
    assert autre.recherche == f"À 30 %. {question}"


@pytest.mark.parametrize(("debut", "pourquoi"), [
    ("lundi le 5 janvier 2027", "(le 5 janvier 2027 est un mardi)"),
    ("« du 1er au 31 »", "(le mois n'est pas dit)"),
])
def test_la_precision_dit_ce_qui_rend_une_date_incertaine(debut, pourquoi):
    d = _comprendre(f"Contrat : {debut}, 12 000 $, 600 h, les heures de chaque gars nous sont transmises.",
                    {"Contrat": [("verifier_contrat", 0.9), (DOCUMENT, 0.05)]})
    assert d.precision and pourquoi in d.precision
