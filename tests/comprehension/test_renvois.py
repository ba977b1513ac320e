"""Les articles qu'une question nomme, lus sur le texte préparé (nombres en chiffres)."""

from __future__ import annotations

import pytest

from assistant.comprehension.mentions import preparer
from assistant.comprehension.renvois import articles_designes, articles_nommes

pytestmark = pytest.mark.unit

REGLEMENT = "reglement-s-40.1-r3"
PASSAGES = {f"{REGLEMENT}:art-{n}" for n in range(1, 20)} | {"lscq-s-40.1:art-92", "lscq-s-40.1:art-93"}


@pytest.mark.parametrize(("question", "attendus"), [
    ("L'article douze, ça couvre quoi ?", ["reglement-s-40.1-r3:art-12"]),
    ("Le dixième article du règlement, c'est-tu celui sur les avis ?", ["reglement-s-40.1-r3:art-10"]),
    ("le 5e article", ["reglement-s-40.1-r3:art-5"]),
    ("L'art. 11 du règlement s'applique-tu aux cours ?", ["reglement-s-40.1-r3:art-11"]),
    ("art. 5, 1° du règlement", ["reglement-s-40.1-r3:art-5"]),  # un paragraphe, pas l'article 1
    ("les articles 92 et 93 de la Loi", ["lscq-s-40.1:art-92", "lscq-s-40.1:art-93"]),
    ("l'article 92", ["lscq-s-40.1:art-92"]),  # le règlement n'en a pas : celui de la Loi
    ("LSCQ 92", ["lscq-s-40.1:art-92"]),
    ("les articles 3, 7 et 10", [f"{REGLEMENT}:art-3", f"{REGLEMENT}:art-7", f"{REGLEMENT}:art-10"]),
])
def test_articles_designes(question, attendus):
    assert articles_designes(preparer(question), PASSAGES) == attendus


@pytest.mark.parametrize("question", [
    "l'article 8 de la Charte",
    "l'article 8 de la Loi sur les normes du travail",
    "l'article 91 de la Loi",  # nommé, mais hors du corpus
    "des articles de cantine",
])
def test_rien_a_designer(question):
    assert articles_designes(preparer(question), PASSAGES) == []


def test_le_texte_nomme_est_garde():
    (nomme,) = articles_nommes(preparer("l'article vingt-cinq du règlement"))
    assert (nomme.numero, nomme.doc, nomme.autre_texte) == ("25", REGLEMENT, False)
