"""La résolution de ce qu'une question nomme, sans base : candidats écrits ici."""

from __future__ import annotations

import datetime

from assistant.comprehension.mentions import lire_mentions, preparer
from assistant.registres.entites import Candidat, resoudre

JOUR = datetime.date(2026, 11, 23)
ACTIVITES = [
    Candidat("MEN", "Atelier de menuiserie", ("Atelier de menuiserie", "MEN")),
    Candidat("COU", "Atelier de couture", ("Atelier de couture", "COU")),
    Candidat("BUA", "Buanderie", ("Buanderie", "BUA")),
]
CHEQUES = [Candidat("1045", "chèque 1045", (), ("1045",)), Candidat("2013", "chèque 2013", (), ("2013",))]


def _cles(candidats: list[Candidat], question: str) -> tuple[list[str], bool]:
    texte = preparer(question)
    trouves = resoudre(candidats, texte, lire_mentions(texte, JOUR))
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
