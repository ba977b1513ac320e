"""L'échantillon fictif : déterministe, conforme aux calculateurs d'outils, avec chaque cas limite."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m, paie
from corpus.fonds.echanges import exporter
from outils import parametres
from outils.prelevement import repartir_paie
from outils.remuneration import calculer_remuneration

pytestmark = pytest.mark.integration


def test_le_salaire_minimum_recopie_egale_celui_d_outils() -> None:
    connues = [(jour, cents) for jour, cents in paie.SALAIRE_MINIMUM if jour >= datetime.date(2018, 5, 1)]
    assert connues[-1] == paie.SALAIRE_MINIMUM[-1] and len(connues) >= 9
    for jour, cents in connues:
        assert parametres.valeur("salaire_minimum", jour).valeur == Decimal(cents) / 100
        taux = calculer_remuneration(1, jour).montants["taux_horaire"]
        assert Decimal(paie.taux_horaire_cents(jour)) / 100 == taux
        veille = jour - datetime.timedelta(days=1)
        if veille >= connues[0][0]:
            attendu = calculer_remuneration(1, veille).montants["taux_horaire"]
            assert Decimal(paie.taux_horaire_cents(veille)) / 100 == attendu


def test_les_lignes_de_paie_egalent_les_calculateurs(base: Engine) -> None:
    """Chaque paie d'un fonds : brute = Σ calculer_remuneration(heures, du, prime) de ses lignes
    d'heures, et le partage = repartir_paie(brute, retenues) d'outils, au cent près."""
    with Session(base) as session:
        vdp = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "VDP"))
        lignes = session.scalars(select(m.LignePaie).where(m.LignePaie.fonds_id == vdp)).all()
        heures: dict[int, list[m.Heures]] = {}
        for h in session.scalars(select(m.Heures).where(m.Heures.fonds_id == vdp)):
            heures.setdefault(h.participant_id, []).append(h)
    avec_retenue = traversant_mai = 0
    for lp in lignes:
        morceaux = [h for h in heures[lp.participant_id] if lp.du <= h.du <= lp.au]
        brute = sum(
            (calculer_remuneration(h.heures, h.du, h.prime).montants["remuneration_brute"] for h in morceaux),
            Decimal(0),
        )
        assert brute == lp.brute, lp.du
        assert sum((h.heures for h in morceaux), Decimal(0)) == lp.heures
        partage = repartir_paie(lp.brute, lp.retenues_legales, lp.versee_le).montants
        for cle in ("prelevement", "verse_directeur", "allocation", "epargne"):
            assert partage[cle] == getattr(lp, cle), (lp.du, cle)
        avec_retenue += lp.retenues_legales > 0
        traversant_mai += len(morceaux) == 2
    assert avec_retenue and traversant_mai and len(lignes) > 500


def test_cas_limites_presents(base: Engine) -> None:
    with Session(base) as session:

        def compte(requete) -> int:
            return session.scalar(select(func.count()).select_from(requete.subquery()))

        premier_mai = datetime.date(2026, 5, 1)
        # Période de paie qui traverse le 1er mai : deux lignes d'heures, une paie.
        assert (
            compte(select(m.LignePaie).where(m.LignePaie.du < premier_mai, m.LignePaie.au >= premier_mai))
            >= 3
        )
        assert compte(select(m.Heures).where(m.Heures.du == premier_mai)) >= 3
        assert compte(select(m.LignePaie).where(m.LignePaie.nature_retenue == "ordonnance_tribunal")) > 0
        # Prêt encore dû à la libération.
        dus = session.execute(
            select(
                m.PretPersonne.principal,
                func.coalesce(func.sum(m.Remboursement.montant), 0),
                m.Participant.liberation,
            )
            .join(m.Participant, m.Participant.id == m.PretPersonne.participant_id)
            .outerjoin(m.Remboursement, m.Remboursement.pret_id == m.PretPersonne.id)
            .group_by(m.PretPersonne.id, m.PretPersonne.principal, m.Participant.liberation)
        ).all()
        assert any(
            liberation and Decimal(principal) > Decimal(rembourse) for principal, rembourse, liberation in dus
        )
        assert compte(select(m.Contrat).where(m.Contrat.heures_requises.is_(None))) == 3
        soldes = session.execute(
            select(m.EmpruntFonds.fonds_id, func.sum(m.EmpruntFonds.solde)).group_by(m.EmpruntFonds.fonds_id)
        ).all()
        assert all(Decimal(solde) > Decimal(25000) for _, solde in soldes) and len(soldes) == 3
        sans_membre = select(m.Cheque.id).where(
            ~select(m.SignatureCheque)
            .join(m.Signataire, m.Signataire.id == m.SignatureCheque.signataire_id)
            .where(m.SignatureCheque.cheque_id == m.Cheque.id, m.Signataire.membre_ca_id.is_not(None))
            .exists()
        )
        assert compte(sans_membre) == 3
        assert (
            compte(
                select(m.Depot).where(m.Depot.depose_le - m.Depot.recu_le > 5)
                if base.dialect.name == "postgresql"
                else select(m.Depot).where(
                    func.julianday(m.Depot.depose_le) - func.julianday(m.Depot.recu_le) > 5
                )
            )
            == 3
        )
        assert (
            compte(
                select(m.Inscription)
                .join(m.Participant, m.Participant.id == m.Inscription.participant_id)
                .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
                .where(m.Participant.statut == "prevenu", m.Activite.remuneree, m.Inscription.volontaire)
            )
            > 0
        )
        assert (
            compte(
                select(m.PersonnelNonIncarcere).where(m.PersonnelNonIncarcere.fonction.like("Contremaître%"))
            )
            == 3
        )
        assert compte(select(m.Depense).where(m.Depense.finance_non_remuneree)) > 0
        assert compte(select(m.MembreCA).where(m.MembreCA.categorie == "personne_incarceree")) == 3
        assert compte(select(m.Fonds).where(m.Fonds.nom.like("Fonds fictif de %"))) == 3
        assert not compte(select(m.LignePaie).where(m.LignePaie.versee_le > datetime.date(2026, 11, 22)))


def test_l_echantillon_est_deterministe(base: Engine, base_vide: Engine) -> None:
    from corpus.fonds.base import migrer
    from corpus.fonds.echantillon import generer

    migrer(base_vide)
    generer(base_vide)
    for table in ("ligne_paie", "cheque", "contrat", "membre_ca"):
        assert exporter(base, table, "MTB") == exporter(base_vide, table, "MTB")
