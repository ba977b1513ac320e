"""La table de routage avec le vrai classifieur (EmbeddingGemma + régression logistique).

Chaque outil est atteignable depuis ses propres exemples, et des formulations qu'aucun exemple
ne contient vont au bon outil, aux textes ou à une question de précision.
"""

from __future__ import annotations

import pytest

from outils.registre import OUTILS

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("nom", sorted(OUTILS))
def test_chaque_outil_est_atteignable_depuis_ses_exemples(moteur, nom):
    atteints = [
        exemple
        for exemple in OUTILS[nom].exemples
        if any(a.outil == nom for a in moteur.comprendre(exemple, []).appels)
    ]
    assert atteints, f"aucun exemple de {nom} n'y mène"


@pytest.mark.parametrize(
    "question, outil",
    [
        (
            "Mon gars a fait 6 h à la buanderie le 4 février 2026, combien on lui doit ?",
            "calculer_remuneration",
        ),
        (
            "Le CA veut emprunter quarante mille dollars pour l'atelier, faut-il l'accord du ministre ?",
            "verifier_emprunt",
        ),
        (
            "On a 1,5 M$ de recettes pis 1,1 M$ de frais, on envoie combien au Fonds central ?",
            "calculer_cotisation",
        ),
        ("Sur 210 $ de paie brute, combien va dans le compte d'épargne ?", "repartir_paie"),
        (
            "Le trésorier veut placer nos surplus en actions de Bombardier, ça prend une autorisation ?",
            "verifier_placement",
        ),
        ("Un détenu en sevrage peut-il travailler à la cuisine ?", "conditions_participation"),
    ],
)
def test_formulations_nouvelles_vont_au_bon_outil(moteur, question, outil):
    demande = moteur.comprendre(question, [])
    assert [a.outil for a in demande.appels][-1:] == [outil] and demande.precision is None


@pytest.mark.parametrize(
    "question",
    [
        "Que dit l'article 8 sur les emprunts ?",
        "Quels services de santé mentale sont offerts aux détenus ?",
        "Qui doit signer les chèques du fonds ?",
    ],
)
def test_questions_documentaires_sans_calcul(moteur, question):
    demande = moteur.comprendre(question, [])
    assert not demande.appels and demande.precision is None
