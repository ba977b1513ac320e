"""La résolution de ce qu'une question nomme, sans base : candidats écrits ici."""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal

import pytest

from assistant.comprehension.mentions import lire_mentions, preparer
from assistant.registres.entites import Candidat, _code_ecrit, pseudonymes_tapes, resoudre

JOUR = datetime.date(2026, 11, 23)
ACTIVITES = [
    Candidat("MEN", "Atelier de menuiserie", ("Atelier de menuiserie", "MEN")),
    Candidat("COU", "Atelier de couture", ("Atelier de couture", "COU")),
    Candidat("BUA", "Buanderie", ("Buanderie", "BUA")),
]
CHEQUES = [Candidat("1045", "chèque 1045", (), ("1045",)), Candidat("2013", "chèque 2013", (), ("2013",))]


def _cles(candidats: list[Candidat], question: str) -> tuple[list[str], bool]:
    texte = preparer(question)
    trouves = resoudre(candidats, texte, lire_mentions(texte, JOUR), JOUR)
    return [c.cle for c in trouves.retenus], trouves.designe


def test_le_mot_rare_designe_une_seule_chose_meme_au_pluriel():
    assert _cles(ACTIVITES, "Reste-t-il des places dans les ateliers de menuiserie ?") == (["MEN"], True)


def test_un_mot_commun_a_plusieurs_demande_lequel():
    assert _cles(ACTIVITES, "Reste-t-il des places à l'atelier ?") == (["MEN", "COU"], True)


def test_rien_de_nomme_ne_restreint_rien():
    assert _cles(ACTIVITES, "Quelles activités sont ouvertes ?") == ([], False)


def test_un_numero_sans_egal_est_dit_introuvable():
    assert _cles(CHEQUES, "Qui a signé le chèque 9999 ?") == ([], True)
    assert _cles(CHEQUES, "Qui a signé le chèque 2013 ?") == (["2013"], True)  # lu comme une année
    assert _cles(CHEQUES, "cheque #2085 signe par qui") == ([], True)  # une « année » qui suit son nom
    assert _cles(CHEQUES, "Les chèques de 2013 sont-ils bien signés ?") == ([], False)  # une année


def test_les_ateliers_au_pluriel_les_designent_tous():
    assert _cles(ACTIVITES, "Reste-t-il des places dans les ateliers ?") == ([], False)
    # « Par atelier », « quel atelier a eu le moins de monde » : chacun, pour les comparer.
    assert _cles(ACTIVITES, "Le brut par atelier ?") == ([], False)
    assert _cles(ACTIVITES, "C'est quel atelier qui a eu le moins de monde ?") == ([], False)


def test_un_complement_que_nul_nom_ne_porte_est_introuvable_avec_ceux_de_la_sorte():
    texte = preparer("Reste-t-il de la place à l'atelier d'imprimerie ?")
    trouves = resoudre(ACTIVITES, texte, lire_mentions(texte, JOUR), JOUR)
    assert (trouves.retenus, trouves.designe) == ([], True)
    assert [c.cle for c in trouves.proches] == ["MEN", "COU"]
    # Un complément avec article ne dit pas de quelle chose on parle : on demande laquelle.
    assert _cles(ACTIVITES, "Reste-t-il de la place à l'atelier de la prison ?") == (["MEN", "COU"], True)


DEMANDES = [
    Candidat("A-1", "demande A-1", (), ("A-1",), (datetime.date(2025, 12, 4),)),
    Candidat("A-2", "demande A-2", (), ("A-2",), (datetime.date(2026, 3, 3),)),
]


def test_un_mois_designe_tout_jour_de_ce_mois():
    assert _cles(DEMANDES, "La demande de décembre passé, ça a donné quoi ?") == (["A-1"], True)
    assert _cles(DEMANDES, "Et la demande du 3 mars ?") == (["A-2"], True)
    assert _cles(DEMANDES, "La demande du 4 mars ?") == ([], True)


def test_des_mois_dits_avec_la_chose_au_pluriel_sont_des_periodes():
    datees = [dataclasses.replace(c, dates=(datetime.date(2026, 10, 3),)) for c in CHEQUES]
    assert _cles(datees, "Nos chèques de septembre vs ceux d'octobre, combien en tout ?") == ([], False)
    assert _cles(datees, "Le chèque d'octobre, qui l'a signé ?") == (["1045", "2013"], True)


def test_une_date_apres_tout_ce_qui_est_consigne_ne_designe_rien():
    # Elle dit quand la personne sort, pas de quelle demande on parle : toutes restent possibles.
    assert _cles(DEMANDES, "Il sort la semaine prochaine : sa demande, ça a donné quoi ?") == ([], False)
    assert _cles(DEMANDES, "La demande du 4 janvier 2025 ?") == ([], True)  # avant : introuvable


@pytest.mark.parametrize(
    "texte, nomme",
    [
        ("Le programme du fonds VDP ?", True),
        ("Le programme 2027 du fonds V.D.P., y'a été soumis quand ?", True),
        ("le fonds V. D. P.", True),
        ("le fonds v.d.p. de l'autre bord", True),
        ("Les ventes de la cantine (vdp) ?", False),  # trois lettres minuscules : peut-être un mot
        ("P-VDPX-1", False),
    ],
)
def test_le_code_d_un_fonds_avec_ou_sans_points(texte: str, nomme: bool):
    assert _code_ecrit("VDP", texte) == nomme


def test_une_faute_de_frappe_garde_la_chose_nommee():
    assert _cles(ACTIVITES, "Reste-t-il des places à la menuserie ?") == (["MEN"], True)
    # Un autre mot, même proche, n'est pas corrigé en un nom connu.
    assert _cles(ACTIVITES, "Reste-t-il des places à l'atelier de culture ?") == ([], True)


def test_deux_choses_nommees_chacune_par_son_mot_sont_voulues_toutes_deux():
    texte = preparer("kesse qui reste comme places a la menuiserie pis a la buanderie")
    trouves = resoudre(ACTIVITES, texte, lire_mentions(texte, JOUR), JOUR)
    assert ([c.cle for c in trouves.retenus], trouves.plusieurs) == (["MEN", "BUA"], True)
    # Un mot commun (« atelier ») ne nomme pas plusieurs choses voulues : on demande laquelle.
    commun = resoudre(ACTIVITES, preparer("Reste-t-il des places à l'atelier ?"), [], JOUR)
    assert not commun.plusieurs


CONTRATS = [
    Candidat("C-2025", "contrat C-2025", ("Emballages Fictifs",), ("C-2025",),
             (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)), (Decimal("48000"),)),
    Candidat("C-2026", "contrat C-2026", ("Emballages Fictifs",), ("C-2026",),
             (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)), (Decimal("48000"),)),
    Candidat("C-2026-B", "contrat C-2026-B", ("Emballages Fictifs",), ("C-2026-B",),
             (datetime.date(2026, 3, 1), datetime.date(2026, 9, 30)), (Decimal("12000"),)),
]


def test_ce_que_la_question_dit_encore_departage_deux_choses_du_meme_nom():
    cette_annee = "Le contrat de 48 000 $ de cette année avec Emballages Fictifs ?"
    assert _cles(CONTRATS, cette_annee) == (["C-2026"], True)
    assert _cles(CONTRATS, "Le contrat de 48 000 $ avec Emballages Fictifs ?") == (["C-2025", "C-2026"], True)
    # Rien ne répond à ce qui est dit : tous restent, et on demande lequel.
    assert len(_cles(CONTRATS, "Le contrat de 5 000 $ avec Emballages Fictifs ?")[0]) == 3


@pytest.mark.parametrize(
    ("texte", "attendus"),
    [
        ("p-mtb 31, sa paye", {("MTB", 31)}),
        ("PVDP0053 heures pis brut", {("VDP", 53)}),
        ("p mtb 0071", {("MTB", 71)}),
        ("P-LAH-0134", {("LAH", 134)}),
        ("si le taux était à douze pour cent pour 2025", set()),  # « pour 2025 » n'est pas un pseudonyme
    ],
)
def test_un_pseudonyme_tape_vite_garde_son_fonds_et_son_numero(texte, attendus):
    assert pseudonymes_tapes(texte) == attendus


# Comme les registres : chaque activité porte aussi le nom de sa nature.
ATELIERS = [
    Candidat("BUA", "Buanderie", ("Buanderie", "BUA", "atelier de travail")),
    Candidat("EMB", "Emballage et assemblage pour un tiers",
             ("Emballage et assemblage pour un tiers", "EMB", "atelier de travail")),
    Candidat("MEN", "Atelier de menuiserie", ("Atelier de menuiserie", "MEN", "atelier de travail")),
    Candidat("LOI", "Loisirs et sports", ("Loisirs et sports", "LOI", "loisirs")),
]


def test_un_mot_que_seul_un_long_nom_porte_le_designe():
    assert _cles(ATELIERS, "Combien de monde ont travaillé à l'emballage le mois passé ?") == (["EMB"], True)
    assert _cles(ATELIERS, "Et à la menuiserie, les heures ?") == (["MEN"], True)


def test_un_verbe_de_la_meme_racine_qu_un_nom_commun_ne_designe_rien():
    assert _cles(ATELIERS, "Combien de prévenus ont travaillé chez nous depuis janvier ?") == ([], False)
    # Le nom commun, lui, demande lequel.
    assert _cles(ATELIERS, "Combien d'heures à l'atelier de travail ?") == (["BUA", "EMB", "MEN"], True)


SIGNATAIRES = [
    Candidat("S-1", "Présidence du conseil", ("Présidence",)),
    Candidat("S-3", "Direction des services administratifs", ("Direction services administratifs",)),
]


def test_un_autre_mot_de_la_meme_racine_ne_designe_rien():
    # « conseil d'administration » n'est pas la « Direction des services administratifs ».
    assert _cles(SIGNATAIRES, "Un chèque signé sans quelqu'un du conseil d'administration ?") == ([], False)
    assert _cles(SIGNATAIRES, "Les chèques signés par les services administratifs ?") == (["S-3"], True)
    assert _cles(SIGNATAIRES, "Les chèques signés par l'administratif ?") == (["S-3"], True)


@pytest.mark.parametrize("question", [
    "Quelle activité a eu le plus de monde (à part la buanderie) ?",
    "Sauf la buanderie, quelles activités ont de la place ?",
])
def test_ce_qu_on_met_a_part_n_est_pas_designe(question):
    assert _cles(ACTIVITES, question) == ([], False)


def test_ce_qui_est_nomme_hors_de_l_exception_reste_designe():
    assert _cles(ACTIVITES, "La menuiserie, sauf la buanderie ?") == (["MEN"], True)
