"""Les deux périodes qu'une question compare, lues de ses valeurs (sans base ni modèle)."""

from __future__ import annotations

import datetime

import pytest

from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.demande import Demande
from assistant.comprehension.mentions import lire_mentions, preparer
from assistant.registres.comparaison import par_periode

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 11, 23)


Periode = tuple[datetime.date, datetime.date]


def _periodes(question: str, arguments: dict | None = None) -> list[Periode] | None:
    texte = preparer(question)
    demande = Demande(question=question, texte=texte, jour=JOUR, recherche=question,
                      mentions=lire_mentions(texte, JOUR))
    lues = par_periode(demande, CATALOGUE["depots_tardifs"], arguments or {})
    return None if lues is None else [p for p, _ in lues]


def test_deux_mois_dits_au_mois_pres_sont_compares():
    assert _periodes("D'août à septembre, nos dépôts ont monté ou baissé ?") == [
        (datetime.date(2026, 8, 1), datetime.date(2026, 8, 31)),
        (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30)),
    ]


def test_plus_que_l_an_passe_compare_la_meme_periode_un_an_plus_tot():
    debut, fin = datetime.date(2026, 1, 1), JOUR
    assert _periodes("Nos dépôts depuis le début de l'année, c'est-tu plus que l'an passé ?",
                     {"du": debut, "au": fin}) == [(datetime.date(2025, 1, 1), datetime.date(2025, 11, 23)),
                                                   (debut, fin)]


def test_les_bornes_d_une_periode_ne_sont_pas_deux_mois_et_sans_comparaison_rien():
    assert _periodes("Nos dépôts depuis le début de l'année, c'est combien ?") is None
    assert _periodes("Nos dépôts depuis le début de l'année comparés à quoi ?") is None


def test_une_annee_nommee_compare_la_meme_periode_cette_annee_la():
    debut, fin = datetime.date(2026, 1, 1), datetime.date(2026, 3, 31)
    question = "Nos dépôts de janvier à mars, c'est-tu plus qu'en 2024 ?"
    assert _periodes(question, {"du": debut, "au": fin}) == [
        (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31)), (debut, fin)]


def test_deux_periodes_dites_chacune_d_un_bloc_sont_comparees_et_leurs_dates_ne_sont_rien_d_autre():
    texte = "Nos dépôts du deuxième trimestre, c'est combien de plus qu'au premier trimestre ?"
    premier, deuxieme = ((datetime.date(2026, 1, 1), datetime.date(2026, 3, 31)),
                         (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30)))
    assert _periodes(texte) == [premier, deuxieme]
    demande = Demande(question=texte, texte=preparer(texte), jour=JOUR, recherche=texte,
                      mentions=lire_mentions(preparer(texte), JOUR))
    lues = par_periode(demande, CATALOGUE["depots_tardifs"], {"du": deuxieme[0], "le": premier[0]})
    assert [a for _, a in lues] == [{"du": p[0], "au": p[1]} for p in (premier, deuxieme)]
    assert _periodes("Nos dépôts du deuxième trimestre pis du premier trimestre ?") is None  # sans comparer
