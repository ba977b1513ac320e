"""Revue de conformité : chaque cas limite de l'échantillon trouvé (article et ligne), aucun constat sur
un fonds propre, chaque règle capable de se déclencher, accès, rapport et codes de sortie de la CLI."""

from __future__ import annotations

import base64
import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from assistant.cli import main
from corpus.fonds import modeles as m
from corpus.fonds.acces import AccesRefuse
from corpus.fonds.conformite import Constat, revue
from corpus.fonds.identite import ANONYME, Identite, creer_utilisateur
from corpus.fonds.rapport_conformite import en_html, en_markdown, graphique_png

pytestmark = pytest.mark.integration
AU = datetime.date(2026, 12, 31)
CODES = ("VDP", "MTB", "LAH")


def _membre(code: str = "VDP", role: str = "membre_ca") -> Identite:
    return Identite(nom=f"essai-{role}", role=role, fonds=(code,))


def _trouver(constats: list[Constat], article: str, regle: str) -> Constat:
    choisis = [k for k in constats if k.article == article and regle in k.regle]
    assert len(choisis) == 1, [(k.article, k.regle) for k in constats]
    return choisis[0]


# --- Les cas limites de l'échantillon ------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_la_revue_trouve_chaque_cas_limite_de_l_echantillon(base: Engine, code: str) -> None:
    with Session(base) as session:
        constats = revue(_membre(code), session, annee=2026, au=AU)
    assert {k.fonds for k in constats} == {code}

    # Art. 8, al. 1 : le second emprunt porte le solde à 27 000 $ sans autorisation.
    (emprunt,) = _trouver(constats, "art. 8, al. 1", "sans autorisation du ministre").lignes
    assert emprunt["emprunt"] == f"E-{code}-2"
    assert emprunt["solde_apres"] == Decimal("27000.00") and emprunt["seuil"] == Decimal("25000.00")
    assert emprunt["autorisation"] == "aucune"

    # Art. 6, al. 2 : le chèque 1045, deux signataires désignés dont aucun membre du conseil.
    (cheque,) = _trouver(constats, "art. 6, al. 2", "sans membre du conseil").lignes
    assert cheque["cheque"] == 1045 and cheque["emis_le"] == datetime.date(2026, 10, 14)

    # Art. 6, al. 1 : le dépôt d'octobre fait 11 jours après la réception.
    (depot,) = _trouver(constats, "art. 6, al. 1", "Dépôts faits plus de").lignes
    assert (depot["depot"], depot["jours"]) == (f"D-{code}-2026-10-R", 11)

    # Art. 7 : le contrat projeté sans heures requises (2°) ni communication des heures (4°).
    (contrat,) = _trouver(constats, "art. 7", "clauses obligatoires").lignes
    assert contrat["contrat"] == f"C-{code}-2026-B" and contrat["etat"] == "projete"
    assert re.findall(r"\d°", contrat["clauses_manquantes"]) == ["2°", "4°"]

    # Art. 2, 2° : ce même contrat n'est pas joint au budget 2026.
    (joint,) = _trouver(constats, "art. 2, 2°", "Contrats non joints au budget 2026").lignes
    assert joint["contrat"] == f"C-{code}-2026-B"

    # Art. 2 : le programme 2027 soumis par VDP seulement (sans budget 2027), pas par les deux autres.
    if code == "VDP":
        (budget,) = _trouver(constats, "art. 2, 2°", "Budget 2027 non transmis").lignes
        assert budget["soumis_le"] == datetime.date(2026, 10, 28) and not budget["budget_etabli"]
        assert not [k for k in constats if "non soumis" in k.regle]
    else:
        (programme,) = _trouver(constats, "art. 2, 1° et 2°", "2027 non soumis").lignes
        assert programme["soumis_le"] is None
        assert programme["soumettre_avant_le"] == datetime.date(2026, 11, 1)

    # Art. 16, al. 3 : le prêt encore dû par la personne libérée.
    (pret,) = _trouver(constats, "art. 16, al. 3", "après la libération").lignes
    assert pret["pret"] == f"PR-{code}-2026-01" and pret["solde"] == Decimal("250.00")
    assert pret["pseudonyme"].startswith(f"P-{code}-")

    # Rien d'autre : le contremaître civil (motif, paie sous la fonction publique, assuré), le prévenu
    # volontaire, la paie du 1er mai et les déboursés scolaires laissés hors du revenu net sont conformes.
    assert len(constats) == 7, [(k.article, k.regle) for k in constats]
    assert not [k for k in constats if k.article_principal in ("art. 3", "art. 11", "art. 15", "art. 17")]


def test_une_echeance_pas_encore_passee_n_est_pas_un_manquement(base: Engine) -> None:
    with Session(base) as session:
        avant = revue(_membre("MTB"), session, annee=2026, au=datetime.date(2026, 10, 31))
        apres = revue(_membre("MTB"), session, annee=2026, au=datetime.date(2026, 11, 1))
    assert not [k for k in avant if "2027 non soumis" in k.regle]
    assert [k for k in apres if "2027 non soumis" in k.regle]


# --- Un fonds propre ----------------------------------------------------------------------------


def _fonds(session: Session, code: str) -> int:
    return session.scalar(select(m.Fonds.id).where(m.Fonds.code == code))


def _rendre_propre(session: Session, code: str = "VDP") -> int:
    """Corrige les lignes que `_cas_limites` a semées pour 2026 : ce qui reste doit être conforme."""
    fid = _fonds(session, code)
    for b in session.scalars(select(m.Budget).where(m.Budget.fonds_id == fid, m.Budget.annee == 2026)).all():
        session.add(
            m.Budget(
                fonds_id=fid,
                annee=2027,
                poste=b.poste,
                libelle=b.libelle,
                activite_id=b.activite_id,
                cout_prevu=b.cout_prevu,
                profit_prevu=b.profit_prevu,
            )
        )
    contrat = session.scalar(select(m.Contrat).where(m.Contrat.numero == f"C-{code}-2026-B"))
    contrat.heures_requises = Decimal("1500")
    contrat.obligations_tiers = "Fournir le matériel ; rapport mensuel des heures de chaque personne"
    contrat.communication_heures = True
    session.add_all(m.ContratJoint(fonds_id=fid, annee=an, contrat_id=contrat.id) for an in (2026, 2027))
    autorisation = m.AutorisationMinistre(
        fonds_id=fid,
        numero=f"AM-{code}-2026-E",
        objet="emprunt",
        demandee_le=datetime.date(2026, 4, 1),
        decidee_le=datetime.date(2026, 5, 1),
        decision="accordee",
    )
    session.add(autorisation)
    session.flush()
    session.scalar(
        select(m.EmpruntFonds).where(m.EmpruntFonds.numero == f"E-{code}-2")
    ).autorisation_id = autorisation.id
    cheque = session.scalar(select(m.Cheque).where(m.Cheque.fonds_id == fid, m.Cheque.numero == 1045))
    coordination = session.scalar(select(m.Signataire).where(m.Signataire.code == f"S-{code}-4"))
    presidence = session.scalar(select(m.Signataire).where(m.Signataire.code == f"S-{code}-1"))
    session.execute(
        delete(m.SignatureCheque).where(
            m.SignatureCheque.cheque_id == cheque.id, m.SignatureCheque.signataire_id == coordination.id
        )
    )
    session.add(m.SignatureCheque(fonds_id=fid, cheque_id=cheque.id, signataire_id=presidence.id))
    depot = session.scalar(select(m.Depot).where(m.Depot.numero == f"D-{code}-2026-10-R"))
    depot.depose_le = datetime.date(2026, 10, 10)
    pret = session.scalar(select(m.PretPersonne).where(m.PretPersonne.numero == f"PR-{code}-2026-01"))
    liberation = session.get(m.Participant, pret.participant_id).liberation
    session.add(
        m.Remboursement(
            fonds_id=fid, pret_id=pret.id, le=liberation, montant=Decimal("250.00"), source="epargne"
        )
    )
    session.flush()
    return fid


def test_aucun_constat_sur_un_fonds_propre(base_neuve: Engine) -> None:
    with Session(base_neuve) as session, session.begin():
        _rendre_propre(session)
    with Session(base_neuve) as session:
        assert revue(_membre("VDP"), session, annee=2026, au=AU) == []
        # Les autres fonds, pas corrigés, gardent leurs constats.
        assert revue(_membre("MTB"), session, annee=2026, au=AU)


# --- Chaque règle peut se déclencher : une seule entorse sur le fonds propre --------------------


def _ligne_paie(session: Session, fid: int) -> m.LignePaie:
    return session.scalars(
        select(m.LignePaie)
        .where(
            m.LignePaie.fonds_id == fid,
            m.LignePaie.du >= datetime.date(2026, 6, 1),
            m.LignePaie.retenues_legales == 0,
            m.LignePaie.epargne > 5,
        )
        .order_by(m.LignePaie.du, m.LignePaie.id)
    ).first()


def _prelevement_faux(session: Session, fid: int) -> dict:
    lp = _ligne_paie(session, fid)
    lp.prelevement += Decimal("1.00")
    lp.verse_directeur -= Decimal("1.00")
    lp.allocation -= Decimal(
        "0.50"
    )  # l'allocation reste 50 % de ce qui est versé : seul l'art. 15 est touché
    lp.epargne -= Decimal("0.50")
    return {"du": lp.du, "lignes": 1}


def _allocation_fausse(session: Session, fid: int) -> dict:
    lp = _ligne_paie(session, fid)
    lp.allocation += Decimal("1.00")
    lp.epargne -= Decimal("1.00")
    return {"du": lp.du, "lignes": 1}


def _heures_changees(session: Session, fid: int) -> dict:
    lp = _ligne_paie(session, fid)
    heures = session.scalars(
        select(m.Heures).where(
            m.Heures.participant_id == lp.participant_id, m.Heures.du >= lp.du, m.Heures.du <= lp.au
        )
    ).first()
    heures.heures += 1
    return {"du": lp.du, "lignes": 1}


def _debourse_scolaire_compte(session: Session, fid: int) -> dict:
    d = session.scalar(
        select(m.Depense).where(m.Depense.fonds_id == fid, m.Depense.piece == "DEP-2026-03-sco")
    )
    d.finance_non_remuneree = False
    return {"piece": "DEP-2026-03-sco"}


def _cotisation_fausse(session: Session, fid: int) -> dict:
    c = session.scalar(
        select(m.CotisationFC).where(m.CotisationFC.fonds_id == fid, m.CotisationFC.annee == 2026)
    )
    c.montant += Decimal("100.00")
    return {"cotisation_consignee": Decimal(c.montant).quantize(Decimal("0.01"))}


def _personnel(**valeurs: object) -> Callable[[Session, int], dict]:
    def changer(session: Session, fid: int) -> dict:
        p = session.scalar(select(m.PersonnelNonIncarcere).where(m.PersonnelNonIncarcere.fonds_id == fid))
        for cle, v in valeurs.items():
            setattr(p, cle, v)
        return {"personne": p.code}

    return changer


def _placement_sans_autorisation(session: Session, fid: int) -> dict:
    p = session.scalar(select(m.Placement).where(m.Placement.fonds_id == fid, m.Placement.nature == "autre"))
    p.autorisation_id = None
    return {"placement": p.numero}


def _entente_sans_consentement(session: Session, fid: int) -> dict:
    e = session.scalar(select(m.EntenteUtilisation).where(m.EntenteUtilisation.fonds_id == fid))
    e.consentement_directeur = False
    return {"entente": e.numero}


def _emprunt_externe_sans_verification(session: Session, fid: int) -> dict:
    e = session.scalar(select(m.EmpruntFonds).where(m.EmpruntFonds.numero == "E-VDP-2"))
    e.verification_prealable = False
    return {"emprunt": "E-VDP-2"}


def _depot_par_membre_non_autorise(session: Session, fid: int) -> dict:
    president = session.scalar(select(m.MembreCA).where(m.MembreCA.code == "CA-VDP-01"))
    depot = session.scalar(select(m.Depot).where(m.Depot.numero == "D-2026-03-1", m.Depot.fonds_id == fid))
    depot.par_membre_id = president.id
    return {"depot": "D-2026-03-1", "depose_par": "CA-VDP-01"}


def _pret_sans_demande(session: Session, fid: int) -> dict:
    pret = session.scalar(select(m.PretPersonne).where(m.PretPersonne.numero == "PR-VDP-2026-01"))
    pret.demande_id = None
    pret.accorde_le = datetime.date(2026, 1, 5)  # l'échantillon l'accorde en décembre 2025
    return {"pret": "PR-VDP-2026-01"}


def _application_tardive(session: Session, fid: int) -> dict:
    p = session.scalar(select(m.Programme).where(m.Programme.fonds_id == fid, m.Programme.annee == 2026))
    p.applique_le = datetime.date(2026, 1, 15)
    return {"applique_le": datetime.date(2026, 1, 15)}


def _programme_en_retard(session: Session, fid: int) -> dict:
    p = session.scalar(select(m.Programme).where(m.Programme.fonds_id == fid, m.Programme.annee == 2027))
    p.soumis_le = datetime.date(2026, 11, 5)
    return {"soumis_le": datetime.date(2026, 11, 5)}


def _cheque_une_signature(session: Session, fid: int) -> dict:
    cheque = session.scalar(select(m.Cheque).where(m.Cheque.fonds_id == fid, m.Cheque.numero == 1045))
    presidence = session.scalar(select(m.Signataire).where(m.Signataire.code == "S-VDP-1"))
    session.execute(
        delete(m.SignatureCheque).where(
            m.SignatureCheque.cheque_id == cheque.id, m.SignatureCheque.signataire_id != presidence.id
        )
    )
    return {"cheque": 1045}


ENTORSES = [
    ("art. 15", "Prélèvement différent de 10 %", _prelevement_faux),
    ("art. 16, al. 1", "Allocation différente de 50 %", _allocation_fausse),
    ("art. 11, al. 1", "35 % du salaire minimum", _heures_changees),
    ("art. 17", "Déboursés d'activités non rémunérées comptés", _debourse_scolaire_compte),
    ("art. 17", "Cotisation au Fonds central différente", _cotisation_fausse),
    ("art. 11, al. 4", "sans assurance", _personnel(assurance_responsabilite=False)),
    ("art. 11, al. 3", "plus que l'équivalent", _personnel(remuneration_annuelle=Decimal("60000.00"))),
    ("art. 3, al. 2", "engagement avec un tiers", _personnel(motif="ressources")),
    ("art. 6, al. 3", "Placement sans autorisation", _placement_sans_autorisation),
    ("art. 9", "sans consentement du directeur", _entente_sans_consentement),
    ("art. 8, al. 2", "sans vérification auprès du Fonds central", _emprunt_externe_sans_verification),
    ("art. 6, al. 1", "non spécialement autorisé", _depot_par_membre_non_autorise),
    ("art. 5", "Prêt sans demande", _pret_sans_demande),
    ("art. 2, 3°", "non mis en application le 1er janvier", _application_tardive),
    ("art. 2, 1°", "2027 soumis en retard", _programme_en_retard),
    ("art. 6, al. 2", "sans deux signataires désignés", _cheque_une_signature),
]


@pytest.mark.parametrize(("article", "regle", "entorse"), ENTORSES, ids=[e[0] + " " + e[1] for e in ENTORSES])
def test_chaque_regle_se_declenche_sur_une_seule_entorse(
    base_neuve: Engine, article: str, regle: str, entorse: Callable[[Session, int], dict]
) -> None:
    with Session(base_neuve) as session, session.begin():
        attendu = entorse(session, _rendre_propre(session))
    with Session(base_neuve) as session:
        constats = revue(_membre("VDP"), session, annee=2026, au=AU)
    assert [(k.article, regle in k.regle) for k in constats] == [(article, True)], constats
    (ligne,) = constats[0].lignes
    assert {cle: ligne[cle] for cle in attendu} == attendu
    assert constats[0].doc == "Règlement S-40.1, r. 3" and constats[0].a_faire


# --- Accès ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("identite", [_membre("VDP", "conseiller"), _membre("VDP", "paie"), ANONYME])
def test_conseiller_paie_et_public_sont_refuses(base: Engine, identite: Identite) -> None:
    with Session(base) as session, pytest.raises(AccesRefuse):
        revue(identite, session, annee=2026, au=AU)


def test_aucune_ligne_d_un_autre_fonds(base: Engine) -> None:
    with Session(base) as session:
        for role in ("membre_ca", "administrateur"):
            constats = revue(_membre("VDP", role), session, annee=2026, au=AU)
            assert constats and {k.fonds for k in constats} == {"VDP"}
            assert "MTB" not in repr(constats) and "LAH" not in repr(constats)
        journal = session.scalars(
            select(m.JournalAcces)
            .where(m.JournalAcces.fonction == "revue")
            .order_by(m.JournalAcces.id.desc())
        ).first()
    assert (journal.fonds, journal.issue) == ("VDP", "lu")


def test_fonds_central_voit_seulement_les_constats_non_nominatifs(base: Engine) -> None:
    central = Identite(nom="fc", role="fonds_central", fonds=CODES)
    with Session(base) as session:
        constats = revue(central, session, annee=2026, au=AU)
    assert {k.fonds for k in constats} == set(CODES)
    assert {k.article_principal for k in constats} == {"art. 2", "art. 8"}
    assert not re.search(r"P-[A-Z]{3}-\d{4}", repr(constats))


def test_membre_detenu_ne_voit_aucune_autre_personne(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme = session.scalar(
            select(m.Participant.pseudonyme)
            .join(m.MembreCA, m.MembreCA.participant_id == m.Participant.id)
            .where(m.Participant.pseudonyme.like("P-VDP-%"))
        )
        detenu = Identite(nom="d", role="membre_ca", fonds=("VDP",), detenu=True, pseudonyme=pseudonyme)
        constats = revue(detenu, session, annee=2026, au=AU)
        complet = revue(_membre("VDP"), session, annee=2026, au=AU)
    assert set(re.findall(r"P-VDP-\d{4}", repr(constats))) <= {pseudonyme}
    assert not [k for k in constats if k.article == "art. 16, al. 3"]
    (cheque,) = _trouver(constats, "art. 6, al. 2", "sans membre du conseil").lignes
    assert cheque["beneficiaire"] == "personne incarcérée (pseudonyme masqué)"
    assert len(constats) == len(complet) - 1  # seul le prêt d'une autre personne disparaît


# --- Rapport -------------------------------------------------------------------------------------


def test_rapport_markdown_et_html(base: Engine) -> None:
    with Session(base) as session:
        constats = revue(_membre("VDP"), session, annee=2026, au=AU)
    piege = Constat(
        "<script>alert(1)</script>", "art. 9", "à vérifier", [{"objet": "<b>x</b>"}], "a & b", "VDP"
    )
    texte = en_markdown(constats, annee=2026, fonds=["VDP"], au=AU)
    assert texte.startswith("# Revue de conformité 2026 — fonds VDP")
    assert "| art. 8 | 1 |" in texte and "27\u00a0000,00\u00a0$" in texte and "9 octobre 2026" in texte
    page = en_html([*constats, piege], annee=2026, fonds=["VDP"], au=AU)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert 'lang="fr-CA"' in page and "http://" not in page and "https://" not in page
    image = base64.b64decode(re.search(r'src="data:image/png;base64,([^"]+)"', page)[1])
    assert image.startswith(b"\x89PNG\r\n\x1a\n") and image == graphique_png([*constats, piege])
    vide = en_html([], annee=2026, fonds=["VDP"], au=AU)
    assert "Aucun constat" in vide and "<img" not in vide


# --- Ligne de commande ---------------------------------------------------------------------------


@pytest.fixture
def url(base_neuve: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    adresse = base_neuve.url.render_as_string(hide_password=False)
    monkeypatch.setenv("ASSISTANT_FSRS_BD_URL", adresse)
    monkeypatch.setenv("ASSISTANT_FSRS_DONNEES", str(tmp_path / "donnees"))
    monkeypatch.delenv("ASSISTANT_FSRS_JETON", raising=False)
    return adresse


def test_codes_de_sortie(url: str, base_neuve: Engine, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    commun = ["conformite", "--annee", "2026", "--au", "2026-12-31"]
    assert main([*commun, "--utilisateur", "membre_ca-vdp"]) == 3
    assert "Chèques sans membre du conseil" in capsys.readouterr().out
    assert main([*commun, "--utilisateur", "conseiller-vdp"]) == 1
    assert "ne permet pas" in capsys.readouterr().err
    assert main(commun) == 1 and "identité requise" in capsys.readouterr().err
    assert main([*commun, "--jeton", "inconnu"]) == 1

    with Session(base_neuve) as session, session.begin():
        _rendre_propre(session)
        jeton = creer_utilisateur(session, "tresorerie-vdp", "membre_ca", ["VDP"])
    sortie = tmp_path / "rapports"
    assert main([*commun, "--jeton", jeton, "--sortie", str(sortie), "--format", "html"]) == 0
    assert "Aucun constat" in (sortie / "conformite-VDP-2026.html").read_text(encoding="utf-8")
    assert main([*commun, "--utilisateur", "membre_ca-mtb", "--sortie", str(sortie)]) == 3
    assert "art. 8, al. 1" in (sortie / "conformite-MTB-2026.md").read_text(encoding="utf-8")


def test_usage_fautif_sort_avec_2() -> None:
    with pytest.raises(SystemExit) as sortie:
        main(["conformite", "--annee", "2026", "--format", "pdf"])
    assert sortie.value.code == 2
