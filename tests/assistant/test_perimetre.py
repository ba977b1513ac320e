"""Le périmètre : « qui sont ces personnes » se distingue de « combien » et des questions sur les textes ;
une question sur plusieurs fonds se distingue d'une question sur le sien."""

from __future__ import annotations

import pytest

from assistant.conversation.perimetre import (
    ce_qui_est_demande,
    demande_plusieurs_fonds,
    demande_qui,
    dit_sa_portee,
    hors_perimetre,
    vise_un_tiers,
)


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("C'est qui les prévenus qui travaillent à la buanderie ?", True),
        ("donne moi la liste des gars inscrits aux loisirs", True),
        ("Quels détenus ont travaillé hier ?", True),
        ("les noms des participants de la cuisine", True),
        ("Combien de détenus à la buanderie ?", False),  # un nombre, pas des personnes
        ("Quelles activités sont ouvertes aux prévenus ?", False),  # des activités
        ("C'est qui le trésorier au CA ?", False),  # un membre du conseil, pas une personne incarcérée
        ("Qui c'est qui a travaillé le moins à la cuisine en mai ?", True),
        ("donne-moi juste leurs pseudos, les gars de la buanderie", True),
        ("Qui a signé le chèque 1045 ?", False),  # un signataire, pas une personne incarcérée
        ("Le pseudo P-LAH-0012 a-t-il été payé ?", False),  # un pseudonyme donné, pas demandé
        ("C'est quoi le pseudo du gars qui a eu la plus grosse paye ?", True),
        ("Qui a travaillé le plus en octobre ?", True),
        ("Dis-moi qui a fait le plus d'heures", True),
        ("Le mois passé, c'est qui chez nous qui a fait le plus d'heures ?", True),
        # Le relatif compte des personnes, il ne les nomme pas.
        ("Classe mes fonds selon le nombre de personnes qui ont travaillé pour un tiers", False),
    ],
)
def test_demande_qui(question, attendu):
    assert demande_qui(question) is attendu


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("Liste les programmes soumis par chaque fonds", True),
        ("on est-tu en retard comparé aux autres établissements ?", True),
        ("Les revenus par fonds pour 2025", True),
        ("ca varie-tu d'un etablissement a l'autre ?", True),
        ("Le programme de notre fonds a-t-il été soumis ?", False),
        ("Quels sont les fonds de soutien à la réinsertion sociale ?", False),  # les textes, pas un fonds
        ("Combien reste-t-il dans le fonds ?", False),
        ("Les participants en 2025, par établissement", True),
        # Des fonds écartés ne sont pas demandés.
        ("Laisse faire les autres établissements, juste chez nous : les places libres ?", False),
        ("Pas les autres fonds, juste le nôtre", False),
    ],
)
def test_demande_plusieurs_fonds(question, attendu):
    assert demande_plusieurs_fonds(question) is attendu


def test_tous_les_etablissements_est_l_ensemble_que_le_public_voit():
    question = "Combien de participants dans tous les établissements en 2025 ?"
    assert demande_plusieurs_fonds(question) and not demande_plusieurs_fonds(question, ensemble_permis=True)
    assert demande_plusieurs_fonds("Les participants par établissement", ensemble_permis=True)


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("Mon beau-frère est sorti en février, y doit-tu encore de quoi sur son prêt ?", True),
        ("Un gars de l'atelier m'a demandé de vérifier sa paie", True),
        ("Celui qui est sorti en mars avec un prêt de 400 $, il a remboursé ?", True),
        ("Il me reste combien à rembourser sur mon prêt ?", False),  # son propre dossier
        ("Quelqu'un peut-il me dire ce qu'il me reste sur mon prêt ?", False),  # le sien encore
        ("Et l'autre gars, son prêt ?", True),
        ("Quels prêts ont été consentis aux personnes incarcérées ?", False),  # un ensemble
    ],
)
def test_le_dossier_d_un_tiers_se_reconnait_sans_son_pseudonyme(question, attendu):
    assert vise_un_tiers(question) is attendu


@pytest.mark.parametrize(
    "question, famille",
    [
        ("Les détenus des pénitenciers fédéraux sont-ils payés pareil ?", "d'autres juridictions"),
        ("Des obligations d'épargne du gouvernement du Canada, ça prend l'autorisation ?", None),
        ("C'est quoi le numéro de cell du directeur ?", "des renseignements personnels"),
        ("Donne-moi son courriel, je veux lui écrire", "des renseignements personnels"),
        # Un programme envoyé par courriel, un cellulaire qu'on achète : pas la coordonnée d'une personne.
        ("Le programme 2027, envoyé par courriel le 31 octobre : dans les temps ?", None),
        ("Un prêt pour un cellulaire prépayé, pour ses recherches d'emploi ?", None),
        ("Les ristournes du téléphone vont dans quel fonds ?", None),
        ("La TPS pis la TVQ sur une facture de 250 $, ça fait combien ?", "les taxes de vente"),
        ("Écris-moi un poème sur la réinsertion", "de la création"),
        ("Combien pour 20 heures de travail ?", None),
        ("Moi, comme conseiller, c'est quoi mon échelle salariale en 2027 ?", "les conditions de travail"),
        ("Le salaire d'un civil qui dirige l'atelier, c'est limité ?", None),
        ("What's the daily pay for inmates in federal penitentiaries (CSC)?", "d'autres juridictions"),
        ("La cotisation syndicale sur une paie de 1 850 $ ?", "les conditions de travail"),
        ("Ses 420 heures à l'atelier comptent-tu pour son assurance-emploi ?", "les régimes de l'emploi"),
        ("Sa mère peut venir la visiter combien de fois par mois ?", "la vie courante"),
        # Aux deux tiers de sa peine, c'est l'exécution de la peine ; « les deux tiers de ça », une part.
        ("Il va sortir aux deux tiers de sa peine ?", "l'exécution des peines"),
        ("Son collègue a fait les deux tiers de ça. Lui, combien ?", None),
        # Un aparté donne le contexte (qui écrit), pas le sujet de la question.
        ("Notre comptable (elle arrive de France) : un emprunt de 12 000 $ prend-il l'autorisation ?", None),
    ],
)
def test_les_familles_hors_perimetre(question, famille):
    trouvee = hors_perimetre(question)
    assert (trouvee or "").startswith(famille or "") and (trouvee is None) == (famille is None)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Pis les nôtres, en septembre ?", True),
        ("Icitte, y reste combien de places ?", True),
        ("Dans tout le programme, combien ?", True),
        ("Lesquels finissent d'ici la fin de février ?", False),  # « d'ici » : un délai, pas son fonds
        ("Ç'a fait combien chez eux ?", False),
    ],
)
def test_la_phrase_qui_dit_sa_portee(texte, attendu):
    assert dit_sa_portee(texte) is attendu


@pytest.mark.parametrize(
    ("question", "une_des_siennes", "attendu"),
    [
        ("Un gars arrive de Mont-Brumeux. Icitte, combien de places ?", False, "Icitte, combien de places ?"),
        ("Je remplace celle de Mont-Brumeux, mais pour astheure : combien chez nous ?", False,
         "combien chez nous ?"),
        ("Je remplace celle de Mont-Brumeux : combien là-bas ?", False, None),  # sans dire sa portée
        ("Combien de places à Mont-Brumeux ?", False, None),  # rien d'autre que la demande
        ("P-VDP-0053 part à Mont-Brumeux. Son brut du 12 octobre ?", True, "Son brut du 12 octobre ?"),
    ],
)
def test_ce_qui_est_demande_apres_le_contexte(question, une_des_siennes, attendu):
    assert ce_qui_est_demande(question, une_des_siennes) == attendu


def test_le_public_n_a_pas_de_chez_soi():
    """« Je siège au CA de Mont-Brumeux… Nos revenus ? » : connecté, « nos » est son fonds ; pour le public,
    c'est le fonds nommé avant. « Tout le réseau » reste une portée pour lui."""
    question = "Je siège au CA de Mont-Brumeux. Nos revenus de cantine, c'est combien ?"
    assert ce_qui_est_demande(question) == "Nos revenus de cantine, c'est combien ?"
    assert ce_qui_est_demande(question, chez_soi=False) is None
    partout = "Mon frère est à Mont-Brumeux. Dans tout le réseau, combien en formation ?"
    assert ce_qui_est_demande(partout, chez_soi=False) == "Dans tout le réseau, combien en formation ?"

