"""Les sigles du milieu développés avant la lecture ; « ca » minuscule reste « ça »."""

from __future__ import annotations

import pytest

from assistant.comprehension.abreviations import developper, developper_les_mois

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "lue"),
    [
        ("On est combien au CA ?", "On est combien au conseil d'administration ?"),
        ("Le C.A. a décidé", "Le conseil d'administration a décidé"),
        ("L'emprunt au FC", "L'emprunt au Fonds central"),
        ("qté de places", "quantité de places"),
        ("ca fait combien ?", "ca fait combien ?"),  # « ça » sans accent
        ("un montant en CAD", "un montant en CAD"),  # un sigle se lit en entier
        ("le contrat couvre le T3 2027", "le contrat couvre le 3e trimestre 2027"),
        ("à la fin du Q4", "à la fin du 4e trimestre"),
        ("son feuillet T4", "son feuillet T4"),  # seul, un feuillet d'impôt
        ("emprunter à la BN", "emprunter à la Banque Nationale"),
        ("la PI travaille", "la personne incarcérée travaille"),
        ("il lui remet en alloc", "il lui remet en allocation"),
        ("DE 8 H À 16 H", "DE 8 H À 16 H"),  # « DE » en capitales reste la préposition
        ("Le Loan de la caisse", "Le prêt de la caisse"),  # l'anglais du bureau, en français
        ("notre line of credit est maxée", "notre marge de crédit est maxée"),
        ("4 h d'overtime, full-time", "4 h d'heures supplémentaires, temps plein"),
        ("le prêt est overtimed", "le prêt est overtimed"),  # un mot entier seulement
        ("4 shifts de 5 h", "4 shifts de 5 h"),  # la lecture des heures connaît les shifts
    ],
)
def test_developper(question, lue):
    assert developper(question) == lue


@pytest.mark.parametrize(
    ("texte", "lu"),
    [
        ("from Feb 1st to June 30th, 2027", "du 1er février au 30 juin 2027"),
        ("deadline: March 3, 2027", "deadline: 3 mars 2027"),
        ("du 1er févr. 2027 au 31 janv. 2028", "du 1er février 2027 au 31 janvier 2028"),
        ("mar 3 décembre", "mar 3 décembre"),  # mardi, pas mars
    ],
)
def test_les_mois_en_toutes_lettres_a_la_francaise(texte, lu):
    assert developper_les_mois(texte) == lu
