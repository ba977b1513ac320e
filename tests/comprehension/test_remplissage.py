"""Lier les valeurs aux arguments : par genre, puis par l'indice le plus proche."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.comprendre import _restes_du_genre
from assistant.comprehension.mentions import lire_mentions, plier, preparer
from assistant.comprehension.remplissage import _nie, lier
from outils.declaration import Genre
from outils.registre import OUTILS

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 12, 3)


def _lier(outil: str, question: str):
    texte = preparer(question)
    return lier(OUTILS[outil], lire_mentions(texte, JOUR), plier(texte))


@pytest.mark.parametrize(
    "outil, question, attendu",
    [
        # Art. 2, 3° : le 1er janvier où le programme commence nomme son année, pas une date de référence.
        (
            "calendrier_programme",
            "Pour le programme qui commencera le 1er janvier 2028, quelle est l'échéance ?",
            {"annee": 2028},
        ),
        ("calendrier_programme", "Au 15 août 2026, combien de jours reste-t-il ?",
         {"date": datetime.date(2026, 8, 15)}),
        (
            "verifier_emprunt",
            "12 k$ d'emprunts et 15 k$ de plus à la banque",
            {"solde_actuel": Decimal(12000), "montant": Decimal(15000), "preteur": "externe"},
        ),
        (
            "verifier_emprunt",
            "Le fonds doit déjà 10 000 $ et veut emprunter 20 000 $ à un autre fonds",
            {"solde_actuel": Decimal(10000), "montant": Decimal(20000), "preteur": "autre_fonds"},
        ),
        (
            "verifier_emprunt",
            "Nous avons emprunté 18 000 $ l'an passé et on veut 7 000 $ de plus",
            {"solde_actuel": Decimal(18000), "montant": Decimal(7000)},
        ),
        (
            "verifier_emprunt",
            "Aucun emprunt en cours ; on veut emprunter 30 mille dollars au Fonds central",
            {"solde_actuel": Decimal(0), "montant": Decimal(30000), "preteur": "fonds_central"},
        ),
        (
            "calculer_cotisation",
            "Nos ventes de la cantine sont de 40 000 $ et nos dépenses de 12 000 $",
            {"revenus": Decimal(40000), "frais": Decimal(12000)},
        ),
        (
            "calculer_cotisation",
            "Revenus de 300 000 $, frais de 220 000 $, et 15 000 $ dépensés pour financer "
            "des ateliers non rémunérés, au taux de 10 %",
            {
                "revenus": Decimal(300000),
                "frais": Decimal(220000),
                "debourses_activites_non_remunerees": Decimal(15000),
                "taux": Decimal(10),
            },
        ),
        (
            "repartir_paie",
            "une paye de 116,20 avec 16,20 de retenues",
            {"brute": Decimal("116.20"), "retenues_legales": Decimal("16.20")},
        ),
        (
            "calculer_remuneration",
            "Il a travaillé 20h en octobre 2026 avec une prime de 10 $",
            {"heures": Decimal(20), "date": datetime.date(2026, 10, 1), "prime": Decimal(10)},
        ),
        (
            "verifier_contrat",
            "Un contrat de 500 heures du 1er janvier au 31 mars 2027",
            {
                "heures_requises": Decimal(500),
                "date_debut": datetime.date(2027, 1, 1),
                "date_echeance": datetime.date(2027, 3, 31),
            },
        ),
        (
            "verifier_placement",
            "des obligations d'épargne du gouvernement du Canada",
            {"type_placement": "obligations_epargne_canada"},
        ),
        ("calendrier_programme", "le programme 2027", {"annee": 2027}),
        (
            "verifier_emprunt",
            "emprunter 24 999 $ à la banque, sans aucune autre dette",
            {"solde_actuel": Decimal(0), "montant": Decimal(24999), "preteur": "externe"},
        ),
        (
            "repartir_liquidation",
            "Actif de 1,1 M$ ; on doit 0,4 M$ à des fournisseurs plus 250 k$ d'hypothèque",
            {"actif": Decimal(1100000), "dettes": Decimal(650000)},
        ),
        # Le prêteur du nouvel emprunt, pas le créancier de la dette déjà due.
        (
            "verifier_emprunt",
            "un prêt pour 9 000 $ à la banque, avec 17 500 $ déjà dus au Fonds central",
            {"solde_actuel": Decimal(17500), "montant": Decimal(9000), "preteur": "externe"},
        ),
        (
            "verifier_emprunt",
            "on doit déjà 12 000 $ au Fonds central ; il nous prêterait 5 000 $ de plus",
            {"solde_actuel": Decimal(12000), "montant": Decimal(5000), "preteur": "fonds_central"},
        ),
        (
            "verifier_emprunt",
            "emprunter 12 000 $ au fonds de l'établissement de Rimouski ; on doit déjà 13 000 $",
            {"solde_actuel": Decimal(13000), "montant": Decimal(12000), "preteur": "autre_fonds"},
        ),
        (
            "verifier_admissibilite_aide",
            "Il a aucune aide de sa famille, pas une cenne à son compte, pis il peut pas travailler",
            {"aide_exterieure": False, "ressources_financieres": False,
             "peut_travailler_ou_participer": False},
        ),
        # La prime dite par ce qu'elle paie (art. 11, al. 2 : superviser, tâches complexes).
        (
            "calculer_remuneration",
            "15 h de travail pis 10 balles de plus pour superviser les nouvelles",
            {"heures": Decimal(15), "prime": Decimal(10)},
        ),
        # Une valeur apposée au mot qui la nomme, après une virgule ou un deux-points.
        (
            "calculer_cotisation",
            "Frais : 112 500 $ ; revenus : 180 000 $",
            {"frais": Decimal(112500), "revenus": Decimal(180000)},
        ),
        # Citée entre guillemets, comme sur le chèque.
        (
            "repartir_liquidation",
            "Honoraires du liquidateur : « 1 800,50 $ ». Actif 64 300 $, dettes 19 875 $.",
            {"frais_liquidation": Decimal("1800.50"), "actif": Decimal(64300), "dettes": Decimal(19875)},
        ),
        # Une liste collée : la ligne suivante nomme sa propre valeur ; le sous-total remplace ses lignes.
        (
            "calculer_cotisation",
            "Nos chiffres :\n- ventes : 50 000\n- contrat : 20 000\n   sous-total revenus : 70 000\n"
            "- frais : 45 000\n- loisirs : 3 000",
            {"revenus": Decimal(70000), "frais": Decimal(45000),
             "debourses_activites_non_remunerees": Decimal(3000)},
        ),
    ],
)
def test_chaque_valeur_va_a_son_argument(outil, question, attendu):
    assert _lier(outil, question).arguments == attendu


def test_des_heures_ne_remplissent_jamais_un_montant():
    liaison = _lier("repartir_paie", "Il a travaillé 20 heures, combien va à l'épargne ?")
    assert liaison.manquants == ["brute"] and "brute" not in liaison.arguments


def test_un_montant_par_heure_est_un_taux_pas_une_somme():
    # « 45 $ de l'heure » : aucune paie brute de 45 $ ; 18 $ de l'heure pour 500 heures font 9 000 $.
    assert "brute" not in _lier("repartir_paie", "On peut-tu le payer 45 $ de l'heure ?").arguments
    assert "brute" not in _lier("repartir_paie", "Il est payé 12 $/h, combien va à l'épargne ?").arguments
    assert _lier("repartir_paie", "Paye brute de 9 000 $ à l'épargne ?").arguments["brute"] == Decimal(9000)


def test_des_mois_nommes_bornent_une_periode_jusqu_a_la_fin_du_dernier():
    liaison = _lier_consultation("participation", "Combien d'inscrits en septembre pis en octobre ?")
    assert (liaison.arguments["du"], liaison.arguments["au"]) == (datetime.date(2026, 9, 1),
                                                                  datetime.date(2026, 10, 31))


def test_une_reference_ne_remplit_rien():
    liaison = _lier("verifier_emprunt", "Que dit l'article 8 sur les emprunts ?")
    assert liaison.arguments == {} and liaison.manquants == ["montant"] and not liaison.restes


def test_une_valeur_sans_indice_reste_visible():
    liaison = _lier("calculer_remuneration", "Il a fait 20h et a reçu 30 $")
    assert liaison.arguments == {"heures": Decimal(20)}
    assert [m.valeur for m in liaison.restes] == [Decimal(30)]


def test_booleens_decrits_et_valeur_d_usage():
    liaison = _lier(
        "verifier_admissibilite_aide",
        "Une détenue sans aucune ressource et sans aide de sa famille veut se chercher une job",
    )
    assert liaison.arguments == {
        "aide_exterieure": False,
        "ressources_financieres": False,
        "but": "recherche_emploi",
        "peut_travailler_ou_participer": True,
    }
    assert liaison.defauts == {"peut_travailler_ou_participer"}
    assert _lier("verifier_admissibilite_aide", "Le fonds peut-il aider un détenu ?").arguments == {}


def _lier_consultation(nom: str, question: str):
    texte = preparer(question)
    return lier(CATALOGUE[nom], lire_mentions(texte, JOUR), plier(texte))


def test_une_periode_d_un_bloc_va_du_debut_a_la_fin_quel_que_soit_l_ordre_des_dates_de_l_outil():
    # `echeances_du_fonds` déclare « jusqu'au » avant « à partir du ».
    question = "Qu'est-ce qui arrive à échéance au premier trimestre 2027 ?"
    liaison = _lier_consultation("echeances_du_fonds", question)
    assert liaison.arguments == {"du": datetime.date(2027, 1, 1), "au": datetime.date(2027, 3, 31)}
    # Une période écrite à l'envers reste telle qu'écrite : le calculateur dit que l'échéance précède.
    contrat = _lier("verifier_contrat", "Contrat de 15 000 $ du 1er juillet 2027 au 30 juin 2027, il passe ?")
    assert (contrat.arguments["date_debut"], contrat.arguments["date_echeance"]) == (
        datetime.date(2027, 7, 1), datetime.date(2027, 6, 30))


def test_une_periode_dite_d_un_bloc_remplit_les_deux_dates():
    # « la semaine prochaine » est le contexte ; « d'ici trois mois » est la fenêtre demandée.
    question = "Le CA se réunit la semaine prochaine : nos échéances d'ici trois mois ?"
    liaison = _lier_consultation("echeances_du_fonds", question)
    assert sorted([liaison.arguments["au"], liaison.arguments["du"]]) == [JOUR, datetime.date(2027, 3, 3)]


def test_une_echeance_sans_annee_regarde_devant():
    liaison = _lier_consultation("contrats_a_echeance", "Quels contrats finissent d'ici le 15 janvier ?")
    assert liaison.arguments["au"] == datetime.date(2027, 1, 15)
    # Une paie passée, elle, reste dans l'année de la demande.
    paie = _lier("calculer_remuneration", "Il a travaillé 10 heures le 15 janvier")
    assert paie.arguments["date"] == datetime.date(2026, 1, 15)


def test_un_ordre_de_grandeur_est_note():
    liaison = _lier("repartir_paie", "Sur sa paye de mille et quelques piasses, combien à l'épargne ?")
    assert liaison.approchees == {"brute"}


def test_une_borne_de_periode_ne_prend_pas_un_jour_seul():
    # « le 3 novembre » désigne un chèque ; « en octobre », « depuis septembre » bornent une période.
    jour_seul = _lier_consultation("cheques_signataires", "Le chèque du 3 novembre est-il signé ?")
    assert "du" not in jour_seul.arguments
    assert _lier_consultation("cheques_signataires", "En octobre, nos chèques ?").arguments == {
        "du": datetime.date(2026, 10, 1)}
    depuis = _lier_consultation("cheques_signataires", "Depuis septembre, des chèques mal signés ?").arguments
    assert sorted(depuis.values()) == [datetime.date(2026, 9, 1), JOUR]


@pytest.mark.parametrize(
    ("question", "dernieres"),
    [
        ("P-VDP-0019 — ses trois dernières payes, le total ?", 3),
        ("Les 2 dernières paies de P-VDP-0019 ?", 2),
        ("Quelle a été la dernière paie de P-VDP-0019 ?", 1),  # les mots seuls : une paie
        ("Les paies de P-VDP-0019 des 3 derniers mois ?", None),  # trois mois, pas trois paies
    ],
)
def test_un_compte_ne_se_lie_que_par_ses_indices(question, dernieres):
    liaison = _lier_consultation("paie_personne", question)
    assert liaison.arguments.get("dernieres") == dernieres
    assert liaison.arguments["pseudonyme"] == "P-VDP-0019"


@pytest.mark.parametrize(
    "outil, question",
    [
        ("paie_personne", "Combien on a retenu cette année sur les payes de P-MTB-0138 ?"),
        ("depots_tardifs", "Des dépôts en retard en 2026 ?"),
    ],
)
def test_une_annee_seule_borne_la_periode_d_une_consultation(outil: str, question: str):
    liaison = _lier_consultation(outil, question)
    assert (liaison.arguments["du"], liaison.arguments["au"]) == (
        datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


def test_une_annee_ne_fait_pas_les_dates_d_un_calcul():
    # Un contrat « pour 2027 » n'a pas pour autant ses dates de début et d'échéance.
    assert "date_debut" not in _lier("verifier_contrat", "Un contrat de 500 heures pour 2027").arguments


def test_des_valeurs_coordonnees_s_additionnent_pour_un_argument_qui_cumule():
    # « deux dernières payes » compte des payes : le 2 n'est pas la paie brute.
    payes = _lier("repartir_paie", "Ses deux dernières payes : 116,20 $ pis 98,77 $. Combien à l'épargne ?")
    assert payes.arguments["brute"] == Decimal("214.97") and not payes.restes
    dettes = _lier("repartir_liquidation", "Actif de 50 000 $, dettes de 8 000 $ et 2 000 $, frais 1 000 $")
    assert dettes.arguments["dettes"] == Decimal(10000) and dettes.arguments["frais_liquidation"] == 1000
    # Un argument qui ne cumule pas laisse la seconde valeur à préciser plutôt que de l'ajouter.
    emprunt = _lier("verifier_emprunt", "Le fonds veut emprunter 8 000 $ et 2 000 $ : autorisation ?")
    assert emprunt.arguments["montant"] == Decimal(8000) and [m.valeur for m in emprunt.restes] == [2000]


@pytest.mark.parametrize(
    "question, genre",
    [
        # Le produit l'emporte sur l'institution qui le vend (valeur prioritaire de l'outil).
        ("Mettre 60 000 $ dans un fonds commun chez Desjardins", "autre"),
        ("Pis dans le fonds du marché monétaire de la Banque Nationale ?", "autre"),
        # Un mot pris dans un indice plus long d'une autre valeur ne compte pas.
        ("Acheter des obligations d'épargne du Québec", "obligations_epargne_quebec"),
        ("Un dépôt à la caisse populaire", "depot_institution_inscrite"),
    ],
)
def test_un_choix_nomme_par_plusieurs_mots(question, genre):
    assert _lier("verifier_placement", question).arguments["type_placement"] == genre


def test_ce_qu_on_doit_encore_est_le_solde_pas_le_nouvel_emprunt():
    liaison = _lier("verifier_emprunt", "Ah pis on doit encore 11 500 $ au fonds de Bordeaux, j'oubliais.")
    assert liaison.arguments.get("solde_actuel") == Decimal(11500) and "montant" not in liaison.arguments


def test_des_emprunts_en_cours_sans_solde_font_demander_le_solde():
    # Le solde existe (« emprunts en cours ») mais n'est pas donné : on le demande, pas 0 $.
    liaison = _lier("verifier_emprunt", "On a des emprunts en cours ; un nouveau de 15 000 $, autorisation ?")
    assert "solde_actuel" in liaison.manquants and liaison.arguments["montant"] == Decimal(15000)
    aucun = _lier("verifier_emprunt", "Aucun emprunt en cours ; on veut emprunter 15 000 $")
    assert aucun.arguments["solde_actuel"] == 0 and not aucun.manquants


@pytest.mark.parametrize(
    "question, argument, valeur",
    [
        ("Sa sœur lui envoie 20 $ par mois", "aide_exterieure", True),
        ("Sa famille y envoie rien", "aide_exterieure", False),  # la négation suit l'indice
        ("Elle peut ni travailler ni suivre une activité", "peut_travailler_ou_participer", False),
        ("Il peut plus travailler depuis son accident", "peut_travailler_ou_participer", False),
        ("La personne peut travailler à la cuisine", "peut_travailler_ou_participer", True),
        ("Elle est capable de travailler", "peut_travailler_ou_participer", True),
        ("Il est pas capable de travailler depuis sa chute", "peut_travailler_ou_participer", False),
        # « personne » sans article nie ; avec, c'est quelqu'un.
        ("Personne de l'extérieur l'aide", "aide_exterieure", False),
        ("S'il ne recevait plus rien de l'extérieur", "aide_exterieure", False),
        ("Une personne de l'extérieur lui envoie 20 $", "aide_exterieure", True),
        ("Il a pas d'argent, personne l'aide dehors", "aide_exterieure", False),
        ("Personne ne lui envoie d'argent", "aide_exterieure", False),
        ("Sa famille l'aide du dehors", "aide_exterieure", True),
    ],
)
def test_un_oui_non_nie_dans_sa_proposition(question, argument, valeur):
    assert _lier("verifier_admissibilite_aide", question).arguments[argument] is valeur


@pytest.mark.parametrize(
    "question, ressources",
    [
        ("Y'a 85 $ au compte pis y travaille", True),
        ("Il a 0,00 $ dans son compte, personne l'aide", False),
        ("Il a 1 200 $ de côté, sa mère lui envoie 40 $", True),
        # Le montant l'emporte sur les mots : 3,47 $, c'est une ressource.
        ("Il n'a aucune ressource financière : 3,47 $ dans son compte", True),
    ],
)
def test_un_solde_dit_s_il_y_a_des_ressources(question, ressources):
    liaison = _lier("verifier_admissibilite_aide", question)
    assert liaison.arguments["ressources_financieres"] is ressources
    assert "ressources_financieres" not in liaison.defauts


def test_un_montant_envoye_n_est_pas_un_solde():
    """« Sa sœur lui envoie 40 $ » : l'aide extérieure, pas ce qu'il a au compte (supposé, non lu)."""
    assert "ressources_financieres" in _lier("verifier_admissibilite_aide", "Sa sœur lui envoie 40 $").defauts


def test_des_quarts_sans_leur_duree_font_demander_les_heures():
    assert "heures" in _lier("calculer_remuneration", "Il a fait 3 quarts à la cuisine, combien ?").manquants
    assert _lier("calculer_remuneration", "3 quarts de 7 heures").arguments["heures"] == Decimal(21)


def test_une_periode_de_travail_a_lui_sans_duree_fait_demander_les_heures():
    semaine = _lier("calculer_remuneration", "Combien sur sa paye pour sa semaine à la cuisine ?")
    taux = _lier("calculer_remuneration", "C'est quoi le taux horaire cette semaine ?")
    assert "heures" in semaine.manquants and "heures" not in taux.manquants


def test_des_factures_encore_a_payer_font_demander_les_dettes():
    question = "On ferme avec 75 000 $ au compte, mais y'a encore des factures à payer. Combien va au FC ?"
    assert "dettes" in _lier("repartir_liquidation", question).manquants
    sans = _lier("repartir_liquidation", "On ferme avec 75 000 $ au compte, combien au FC ?")
    assert "dettes" not in sans.manquants


def test_des_frais_annonces_sans_montant_font_demander_les_frais():
    question = "Actif 88 000 $, dettes 19 000 $, le liquidateur va charger quelque chose. Combien au FC ?"
    assert "frais_liquidation" in _lier("repartir_liquidation", question).manquants
    paye = _lier("repartir_liquidation", "Actif 88 000 $, dettes 19 000 $, le liquidateur charge 1 500 $.")
    assert paye.arguments["frais_liquidation"] == Decimal(1500) and "frais_liquidation" not in paye.manquants


def test_un_taux_ecrit_en_fraction_de_l_unite_est_un_pourcentage():
    liaison = _lier("calculer_cotisation", "Revenus 284 000 $, frais 230 000 $, un taux de 0,15 cette année")
    assert liaison.arguments["taux"] == Decimal(15)
    assert "taux" not in _lier("calculer_cotisation", "Revenus 284 000 $, frais 230 000 $, 12").arguments


def test_les_heures_de_taches_enumerees_s_additionnent():
    taches = _lier("calculer_remuneration",
                   "une heure et demie de vaisselle, pis après ça 4 heures de préparation des repas")
    assert taches.arguments["heures"] == Decimal("5.5")
    assert not taches.restes and taches.douteux == {"heures"}  # une somme à travers des mots : à confirmer
    assert not _lier("calculer_remuneration", "Il a fait 20 h et 5 h").douteux


def test_les_heures_d_une_autre_personne_ne_s_additionnent_pas():
    liaison = _lier("calculer_remuneration", "Il a fait 20 h, son collègue 15 h")
    assert liaison.arguments["heures"] == Decimal(20)
    assert [m.valeur for m in liaison.restes] == [Decimal(15)]


def test_une_retenue_niee_n_est_pas_une_retenue_a_demander():
    avec = _lier("repartir_paie", "87,15 $ pour sa quinzaine, avec une saisie")
    assert avec.manquants == ["retenues_legales"]
    assert _lier("repartir_paie", "87,15 $ pour sa quinzaine. Y'a pas de saisie ni rien.").manquants == []


def test_une_heure_de_la_journee_fait_demander_les_heures():
    liaison = _lier("calculer_remuneration", "Il commence à 8h et finit quand l'atelier ferme, combien ?")
    assert "heures" not in liaison.arguments and "heures" in liaison.manquants
    assert "heures" not in _lier("calculer_remuneration", "Quel est le taux horaire ?").manquants


def test_une_date_entre_l_indice_et_sa_valeur_ne_les_separe_pas():
    """Elle ne peut pas être le solde ; seule une valeur qui pourrait l'être coupe l'indice."""
    question = "Emprunt projeté : 9 800 $. Solde des emprunts au 31 mars : 15 250 $."
    arguments = _lier("verifier_emprunt", question).arguments
    assert (arguments["solde_actuel"], arguments["montant"]) == (Decimal(15250), Decimal(9800))


def test_un_contrat_dit_au_mois_pres_fait_demander_le_jour():
    """On compte les jours d'un contrat : « de déc. 2026 à mai 2027 » ne dit pas lesquels."""
    assert _lier("verifier_contrat", "Le contrat va de déc. 2026 à mai 2027.").approchees == {
        "date_debut", "date_echeance"}
    assert not _lier("verifier_contrat", "Le contrat va du 1er déc. 2026 au 31 mai 2027.").approchees


def test_un_taux_nomme_en_fraction_n_est_pas_a_confirmer():
    question = "Revenus 284 000 $, frais 230 000 $. Le ministère impose un taux de 0,15."
    liaison = _lier("calculer_cotisation", question)
    assert liaison.arguments["taux"] == Decimal(15) and not liaison.douteux


@pytest.mark.parametrize("outil, question, reste", [
    # Le taux rempli par la première valeur : la seconde, du même genre, reste à expliquer.
    ("calculer_cotisation", "S'il mettait 25 %, on serait mal, mais finalement 15 %. Revenus 520 500 $, "
     "frais 478 300 $.", "15 %"),
    # Une part dite en mots rapporte une valeur à une autre : aucun argument ne la lit.
    ("verifier_emprunt", "On emprunterait la moitié du solde actuel, qui est de 16 000 $.", "la moitié"),
])
def test_une_valeur_que_rien_ne_prend_est_a_expliquer(outil, question, reste):
    assert [m.texte for m in _restes_du_genre(_lier(outil, question))] == [reste]


def test_une_date_sans_annee_d_un_acte_a_venir_est_la_prochaine():
    # Au 3 décembre 2026 : « si on dépose à la mi-janvier » parle de janvier 2027 ; au passé, de 2026.
    avenir = _lier("calendrier_programme", "Si on dépose le programme 2027 à la mi-janvier, en retard ?")
    passe = _lier("calendrier_programme", "On a déposé le programme 2026 à la mi-janvier, en retard ?")
    assert avenir.arguments["date"] == datetime.date(2027, 1, 15)
    assert passe.arguments["date"] == datetime.date(2026, 1, 15)
    assert _lier("calendrier_programme", "S'il avait déposé le programme à la mi-janvier ?").arguments[
        "date"] == datetime.date(2026, 1, 15)


def test_une_valeur_redite_ou_une_alternative_ne_s_ajoute_pas():
    # « sur 140 ou sur 100 ? » : la paie dite, puis les deux assiettes possibles du prélèvement.
    liaison = _lier("repartir_paie", "Sa paye c'est 140 $, pis y'a 40 $ de pension alimentaire. Le 10 % du"
                                     " fonds, y se calcule-tu sur 140 ou sur 100 ?")
    assert (liaison.arguments["brute"], liaison.arguments["retenues_legales"]) == (Decimal(140), Decimal(40))
    assert [m.genre for m in liaison.restes] == [Genre.TAUX]  # le taux du règlement, appliqué par le calcul
    # Redites avec leur unité, deux revenus égaux s'additionnent.
    revenus = _lier("calculer_cotisation", "ventes de 40 000 $ et ventes de 40 000 $ à l'atelier")
    assert revenus.arguments["revenus"] == Decimal(80000)


def test_des_heures_de_jours_nommes_s_additionnent_et_une_clause_absente_est_niee():
    heures = _lier("calculer_remuneration", "Samedi 7 h pis dimanche 5 h 45 à la boulangerie, combien ?")
    assert heures.arguments["heures"] == Decimal("12.75")
    contrat = _lier("verifier_contrat", "18 000 $, 900 heures, du 1er juillet au 30 septembre 2027. Y'a rien"
                                        " dedans sur les heures que le client doit nous communiquer.")
    assert contrat.arguments["obligations_tiers_communication"] is False


def test_des_dettes_dites_sans_leur_montant_sont_demandees():
    assert "dettes" in _lier("repartir_liquidation", "Actif de 73 000 $. Pour les dettes, je les ai pas"
                                                     " sous la main.").manquants
    assert "dettes" not in _lier("repartir_liquidation", "Actif de 73 000 $, aucune dette.").manquants


def test_le_choix_nomme_pres_de_la_valeur_demandee():
    # Le Fonds central nomme une dette en cours ; la banque, le prêt demandé.
    liaison = _lier("verifier_emprunt", "Emprunts en cours du fonds :\n- Fonds central : 9 000 $\n- Caisse :"
                                        " 6 500 $\nNouveau prêt demandé : 11 000 $ à la Banque Nationale")
    assert (liaison.arguments["preteur"], liaison.arguments["montant"]) == ("externe", Decimal(11000))
    assert _lier("verifier_emprunt", "Emprunt de 18 000 $ au Fonds central, on doit 5 000 $ à la banque"
                 ).arguments["preteur"] == "fonds_central"


def test_une_valeur_de_choix_niee_n_est_pas_choisie():
    aide, but = "verifier_admissibilite_aide", "participation_activite_non_remuneree"
    nie = _lier(aide, "Il reçoit rien, il a pas d'argent, il peut pas travailler ni aller aux ateliers.")
    assert nie.arguments.get("but") != but
    assert _lier(aide, "Il veut suivre le cours de cuisine, qui est non payé.").arguments["but"] == but
    # Une négation qui suit la valeur la décrit (« le cours (pas payé) ») ; elle ne la nie pas.
    assert _lier(aide, "Elle veut suivre le cours de francisation (pas payé).").arguments["but"] == but


def test_la_part_d_un_argument_dit_pour_un_outil_qui_a_un_taux():
    # « Nos frais font 80 % des revenus » : une part des revenus, pas le taux, quand un autre taux reste.
    liaison = _lier("calculer_cotisation", "Revenus : 240 000 $. Nos frais représentent 80 % des revenus. Le"
                                           " ministre nous a fixés à 10 %.")
    assert liaison.arguments == {"revenus": Decimal(240000), "frais": Decimal(192000), "taux": Decimal(10)}
    # Seul, « 10 % des revenus » est le taux de l'outil.
    assert _lier("calculer_cotisation", "Revenus 200 000 $, frais 150 000 $, cotisation de 10 % des"
                                        " revenus nets ?").arguments["taux"] == Decimal(10)


@pytest.mark.parametrize("dedans", ["15 % sont des déboursés", "27 000 $ de déboursés"])
def test_ce_qui_est_dit_compris_dans_des_frais_qui_ne_le_comptent_pas_en_est_retire(dedans):
    # Art. 17 : les frais se comptent sans les déboursés des activités non rémunérées.
    liaison = _lier("calculer_cotisation", f"Revenus 200 000 $. Frais totaux 180 000 $, dont {dedans} pour"
                                           " les loisirs. Taux : 12 %.")
    assert liaison.arguments == {"revenus": Decimal(200000), "frais": Decimal(153000),
                                 "debourses_activites_non_remunerees": Decimal(27000), "taux": Decimal(12)}
    assert liaison.sources["frais"].calcul.startswith("180 000 $ − ")


def test_une_somme_de_l_exercice_dite_par_mois_vaut_douze_mois():
    liaison = _lier("calculer_cotisation", "Revenus de l'année : 150 000 $. Nos frais, c'est 9 500 $ par"
                                           " mois. Taux de 10 %.")
    assert liaison.arguments == {"revenus": Decimal(150000), "frais": Decimal(114000), "taux": Decimal(10)}
    assert liaison.sources["frais"].calcul == "9 500 $ par mois × 12" and not liaison.restes


def test_une_marge_de_credit_maxee_est_un_solde():
    liaison = _lier("verifier_emprunt", "Un prêt de 21 000 $ pour la van ; notre marge de crédit de 3 500 $"
                                        " est toute maxée.")
    assert liaison.arguments["montant"] == Decimal(21000)
    assert liaison.arguments["solde_actuel"] == Decimal(3500)


def test_une_valeur_de_choix_tapee_avec_une_faute():
    assert _lier_consultation("provenance_revenus", "Top 3 des mois pour la cantinne ?").arguments == {
        "source": "cantine", "par_mois": True}
    # Presque le même mot n'est pas une faute : « interne » n'est pas « intérêts ».
    interne = _lier_consultation("provenance_revenus", "Nos revenus du contrôle interne")
    assert "source" not in interne.arguments
    # Nommée sans faute, une autre valeur l'emporte sur une faute supposée.
    assert _lier_consultation("provenance_revenus", "La cantinne ou les subventions ?").arguments[
        "source"] == "subvention"


def test_si_jamais_est_une_condition_pas_une_negation():
    assert not _nie(("suspen",), plier("Si jamais la commission suspend sa libération conditionnelle"))
    assert _nie(("suspen",), plier("Sa libération a jamais été suspendue"))


def test_une_absence_ne_nie_que_sa_proposition():
    assert _nie(("communiqu",), plier("Y'a rien dedans sur les heures que le client doit nous communiquer"))
    # « pas de saisie sur sa paye » ne dit rien de la pension qu'une autre proposition nomme.
    assert not _nie(("pension",), plier("Pas de saisie sur sa paye, mais une pension de 40 $"))


def test_une_dette_dite_payee_n_est_pas_une_dette_a_demander():
    payees = _lier("repartir_liquidation", "Le fonds ferme avec 30 000 $ en banque, dettes une fois réglées.")
    a_voir = _lier("repartir_liquidation", "Le fonds ferme avec 30 000 $ en banque, il faut voir les dettes.")
    assert "dettes" not in payees.manquants and "dettes" in a_voir.manquants
    # « sa paye », le nom, ne dit rien de payé : la retenue reste à demander.
    paye = _lier("repartir_paie", "La cour retient une pension sur sa paye. Sa paye : 150 $.")
    assert "retenues_legales" in paye.manquants


def test_la_part_d_une_chose_que_nomme_un_argument_rempli():
    # « Le tiers de sa paye », la paye dite plus loin : la retenue est le tiers de la paye lue.
    paye = _lier("repartir_paie", "La cour retient le tiers de sa paye pour la pension. Sa paye : 150 $.")
    assert paye.arguments == {"brute": Decimal(150), "retenues_legales": Decimal(50)} and not paye.restes
    # Un outil qui a un taux le garde pour lui : « le quart du net » est le taux de la cotisation.
    cotisation = _lier("calculer_cotisation",
                       "Le ministre veut le quart du net. Revenus 80 000 $, frais 60 000 $.")
    assert cotisation.arguments["taux"] == Decimal(25)


def test_la_part_d_une_autre_sorte_n_est_pas_un_taux_de_l_outil():
    liaison = _lier("calculer_cotisation", "Revenus 90 000 $, frais 50 000 $, 30 % de condamnés, taux 10 %.")
    assert liaison.arguments["taux"] == Decimal(10)
    assert not liaison.restes


def test_les_jours_nommes_ne_separent_pas_des_heures_a_additionner():
    liaison = _lier("calculer_remuneration", "Lundi 6 h pis mardi 4 h 30 au lavage, combien ?")
    assert liaison.arguments["heures"] == Decimal("10.5")
    assert "heures" not in liaison.douteux


def test_les_dettes_en_cours_dites_ensemble_s_additionnent():
    liaison = _lier("verifier_emprunt", "Sur nos prêts, on doit 6 000 $ pis 2 500 $. On emprunte 18 000 $.")
    assert liaison.arguments["solde_actuel"] == Decimal(8500)
    assert liaison.arguments["montant"] == Decimal(18000)


def test_la_communication_des_heures_se_reconnait_a_son_objet():
    question = ("Contrat de 9 000 $ pour 400 heures ; le client nous fait parvenir chaque semaine les heures "
                "de chaque détenu. Conforme ?")
    liaison = _lier("verifier_contrat", question)
    assert liaison.arguments["obligations_tiers_communication"] is True


@pytest.mark.parametrize(
    "outil, question, attendu",
    [
        # La part d'un montant dit : la part va à l'argument que nomment ses mots, le tout au sien.
        ("repartir_paie", "Le juge a ordonné une saisie de 20 % de sa paye de 180 $, combien à l'épargne ?",
         {"brute": Decimal(180), "retenues_legales": Decimal(36)}),
        # La part et son tout nommés par le même mot (« legs ») : l'argument garde la part seule.
        ("repartir_liquidation", "Actif 200 000 $, la moitié du legs de 30 000 $ retourne à la famille",
         {"actif": Decimal(200000), "biens_dons_legs_avec_retour": Decimal(15000)}),
        # Un outil qui a un taux le garde : « 12 % de nos revenus » est le taux de la cotisation.
        ("calculer_cotisation", "Cotisation à 12 % de nos revenus de 90 000 $, frais de 50 000 $",
         {"taux": Decimal(12), "revenus": Decimal(90000), "frais": Decimal(50000)}),
        # Le reste : la différence des deux valeurs dites juste avant, à l'argument que nomment ses mots.
        ("verifier_emprunt",
         "Le camion vaut 41 000 $, on met 15 000 comptant et on veut emprunter la différence",
         {"montant": Decimal(26000)}),
    ],
)
def test_une_valeur_calculee_a_partir_d_autres(outil, question, attendu):
    liaison = _lier(outil, question)
    assert {n: v for n, v in liaison.arguments.items() if n not in liaison.defauts} == attendu
    assert not liaison.restes


def test_le_reste_qui_nomme_une_chose_n_est_pas_une_difference():
    # « Le reste de la paye » nomme ce qui reste à répartir : les deux valeurs gardent leur sens.
    liaison = _lier("repartir_paie",
                    "Paye de 100 $, retenue de la cour de 40 $ : le reste de la paye va où ?")
    assert liaison.arguments == {"brute": Decimal(100), "retenues_legales": Decimal(40)}


@pytest.mark.parametrize(
    ("question", "brute"),
    [
        ("Sur son relevé, sa paye nette c'est 162 $. Combien est allé au fonds ?", None),
        ("Sa paye brute c'est 162 $, sa nette je la sais pas. Combien au fonds ?", Decimal(162)),
        # Ce que le partage rend, accolé à sa valeur, n'est pas la paie ; demandé, il ne qualifie rien.
        ("La feuille dit qu'il a eu 54 $ d'allocation. Sa paye brute, c'était combien ?", None),
        ("Une ligne « prélèvement fonds : 14,52 $ » pour une paye de 145,20 $ : c'est le bon ?",
         Decimal("145.2")),
        ("Combien va à l'épargne pour 130 $ ?", Decimal(130)),
        ("Paye de 120 $ combien à l'épargne", Decimal(120)),
    ],
)
def test_une_valeur_dite_autre_chose_ne_remplit_pas_l_argument(question, brute):
    liaison = _lier("repartir_paie", question)
    assert liaison.arguments.get("brute") == brute
    assert ("brute" in liaison.manquants) == (brute is None)


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("Sa famille l'aide pas. Un prêt pour des timbres ?", {"aide_exterieure": False}),
        ("Sa famille l'aide un peu. Un prêt pour des bottes ?", {"aide_exterieure": True}),
        # « 0 $ dans son compte » : une somme nulle, pas des ressources (le compte n'est pas un indice).
        ("0 $ dans son compte, pas de famille. Un don ?", {"aide_exterieure": False}),
    ],
)
def test_la_famille_qui_l_aide_dit_l_aide_exterieure(question, attendu):
    arguments = _lier("verifier_admissibilite_aide", question).arguments
    assert {nom: arguments.get(nom) for nom in attendu} == attendu


def test_un_diagnostic_dit_un_probleme_de_sante():
    question = ("Trouble de personnalité limite diagnostiqué, pis sa libération conditionnelle a été"
                " suspendue. Il veut retourner à la reliure.")
    arguments = _lier("conditions_participation", question).arguments
    assert arguments["probleme_sante_physique_ou_mentale"] is True
    assert arguments["suspension_permission_sortir_ou_liberation"] is True


def test_les_comptes_fournisseurs_sont_des_dettes_et_un_liquidateur_benevole_ne_coute_rien():
    question = ("Actif estimé : 58 900 $. Comptes fournisseurs : 7 450 $. Aucuns honoraires, le liquidateur"
                " est bénévole. Qu'est-ce qui ira au Fonds central ?")
    arguments = _lier("repartir_liquidation", question).arguments
    assert arguments == {"actif": Decimal(58900), "dettes": Decimal(7450), "frais_liquidation": Decimal(0)}


def test_les_heures_d_une_equipe_vont_au_contrat_pas_a_la_paie():
    question = "3 détenus à 20 h par semaine pendant 5 semaines"
    assert _lier("verifier_contrat", question).arguments["heures_requises"] == Decimal(300)
    assert _lier("calculer_remuneration", question).arguments["heures"] == Decimal(100)


def test_un_indice_dit_dans_une_autre_valeur_ne_la_qualifie_pas():
    # Le « du » de « le 1er du mois prochain » appartient à cette date : la suivante n'est pas un début.
    liaison = _lier("verifier_contrat", "Contrat du 1er du mois prochain jusqu'à la fin juin, 400 heures")
    assert liaison.arguments["date_debut"] == datetime.date(2027, 1, 1)
    # La fin dite sans année, qui tomberait avant le début, est la prochaine fin juin.
    assert liaison.arguments["date_echeance"] == datetime.date(2027, 6, 30)


@pytest.mark.parametrize(("question", "par_versement"), [
    ("Le brut versé au deuxième trimestre, c'est combien ?", True),
    ("Les payes versées en octobre, combien de brut ?", True),
    # Ce qui est versé au directeur est une part de la paie (LSCQ, art. 91), pas le moment du versement.
    ("Montant versé au directeur pour P-MTB-0005, paie du 8 au 21 juin 2026", False),
])
def test_verse_choisit_les_paies_par_leur_versement_sauf_la_part_versee_a_quelqu_un(question, par_versement):
    liaison = _lier_consultation("paie_personne", question)
    assert liaison.arguments.get("par_versement", False) is par_versement
