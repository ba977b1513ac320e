"""Schéma des registres d'un fonds (SQLAlchemy 2) : une table par entité de FUND-DATA.md.

Règles tenues par la base elle-même, pas seulement par Python :
- chaque ligne porte son fonds (`fonds_id`) ; une ligne qui nomme une personne ou une activité
  la rattache par une clé étrangère composite (fonds_id, id) : impossible d'inscrire dans un fonds
  une personne d'un autre fonds ;
- l'argent est un décimal exact `Numeric(12, 2)` ; les dates sont des dates ;
- une personne incarcérée n'est connue que par son pseudonyme (`P-VDP-0042`) ; aucune colonne
  pour un nom, un numéro de dossier, ni pour un motif de santé, de dépendance, de risque ou de
  discipline (art. 10 : on garde « avis obtenu », jamais pourquoi) ;
- les domaines de valeurs sont des CHECK (heures ≥ 0, taux de cotisation de 5 % à 25 %…) ;
- chaque table importée d'un tableur a une clé naturelle unique : réimporter ne double rien.

Ce qui serait un manquement à la règle (chèque sans membre du conseil parmi ses signataires,
dépôt tardif, contrat sans clause de l'art. 7…) n'est PAS interdit par la base : les registres
doivent pouvoir le consigner pour que l'assistant le signale.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ARGENT = Numeric(12, 2)
HEURES = Numeric(7, 2)

CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("conseiller", "paie", "membre_ca", "fonds_central", "administrateur")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=CONVENTION)


def _dans(colonne: str, valeurs: tuple[str, ...], nom: str | None = None) -> CheckConstraint:
    liste = ", ".join(f"'{v}'" for v in valeurs)
    return CheckConstraint(f"{colonne} IN ({liste})", name=nom or f"{colonne}_valide")


def _positif(*colonnes: str) -> list[CheckConstraint]:
    return [CheckConstraint(f"{c} >= 0", name=f"{c}_positif") for c in colonnes]


def _meme_fonds(cible: str, colonne: str | None = None) -> ForeignKeyConstraint:
    """Clé composite (fonds_id, <cible>_id) : la ligne et ce qu'elle nomme sont du même fonds."""
    colonne = colonne or f"{cible}_id"
    return ForeignKeyConstraint(
        ["fonds_id", colonne], [f"{cible}.fonds_id", f"{cible}.id"], name=f"fk_{colonne}_meme_fonds"
    )


class _DuFonds:
    """Colonnes communes : l'identifiant et le fonds, toujours présent."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"), index=True)


class Fonds(Base):
    """LSCQ, art. 74-75 : un fonds par établissement de détention."""

    __tablename__ = "fonds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    nom: Mapped[str] = mapped_column(String(200))
    places: Mapped[int] = mapped_column(Integer)
    __table_args__ = (*_positif("places"),)


class Participant(_DuFonds, Base):
    """Art. 1 (4°) : le programme distingue les prévenus (en attente de procès) des condamnés."""

    __tablename__ = "participant"
    pseudonyme: Mapped[str] = mapped_column(String(20), unique=True)
    statut: Mapped[str] = mapped_column(String(10))
    admission: Mapped[datetime.date] = mapped_column(Date)
    liberation_prevue: Mapped[datetime.date | None] = mapped_column(Date)
    liberation: Mapped[datetime.date | None] = mapped_column(Date)
    __table_args__ = (
        UniqueConstraint("fonds_id", "id"),
        _dans("statut", ("prevenu", "condamne")),
        CheckConstraint("pseudonyme LIKE 'P-%'", name="pseudonyme_forme"),
    )


class MembreCA(_DuFonds, Base):
    """Art. 6 : membres du conseil ; « autorise_depot » = spécialement autorisé à déposer.

    Ni coordonnées ni adresse : elles ne sortent jamais (FUND-DATA, « Never shown »).
    Un membre détenu est rattaché à son pseudonyme (participant_id) ; il ne verra jamais le
    dossier individuel d'une autre personne incarcérée.
    """

    __tablename__ = "membre_ca"
    code: Mapped[str] = mapped_column(String(20))
    designation: Mapped[str] = mapped_column(String(120))
    categorie: Mapped[str] = mapped_column(String(20))
    fonction: Mapped[str] = mapped_column(String(30))
    debut_mandat: Mapped[datetime.date] = mapped_column(Date)
    fin_mandat: Mapped[datetime.date] = mapped_column(Date)
    autorise_depot: Mapped[bool] = mapped_column(Boolean, default=False)
    participant_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("fonds_id", "code"),
        UniqueConstraint("fonds_id", "id"),
        _dans("categorie", ("ministere", "communaute", "personne_incarceree")),
        CheckConstraint("fin_mandat >= debut_mandat", name="mandat_ordonne"),
        CheckConstraint(
            "(categorie = 'personne_incarceree') = (participant_id IS NOT NULL)", name="detenu_a_pseudonyme"
        ),
        _meme_fonds("participant"),
    )


class ResolutionCA(_DuFonds, Base):
    """Art. 6, al. 2 : le conseil désigne par résolution les signataires, décide aides et contrats."""

    __tablename__ = "resolution_ca"
    numero: Mapped[str] = mapped_column(String(20))
    adoptee_le: Mapped[datetime.date] = mapped_column(Date)
    objet: Mapped[str] = mapped_column(String(20))
    resume: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        _dans("objet", ("signataires", "aide", "contrat", "pret", "emprunt", "placement", "autre")),
    )


class Signataire(_DuFonds, Base):
    """Art. 6, al. 2 : « 2 personnes désignées par le conseil d'administration dont l'une doit être
    membre du conseil ». Le règlement parle de personnes désignées, pas seulement de membres : d'où
    cette table à part, un signataire n'étant membre du conseil que s'il a un membre_ca_id.
    """

    __tablename__ = "signataire"
    code: Mapped[str] = mapped_column(String(20))
    designation: Mapped[str] = mapped_column(String(120))
    membre_ca_id: Mapped[int | None] = mapped_column(Integer)
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution_ca.id"))
    debut: Mapped[datetime.date] = mapped_column(Date)
    fin: Mapped[datetime.date | None] = mapped_column(Date)
    __table_args__ = (
        UniqueConstraint("fonds_id", "code"),
        UniqueConstraint("fonds_id", "id"),
        _meme_fonds("membre_ca"),
    )


class Programme(_DuFonds, Base):
    """Art. 1 et 2 : soumis au ministre avant le 1er novembre, appliqué le 1er janvier."""

    __tablename__ = "programme"
    annee: Mapped[int] = mapped_column(Integer)
    objectifs: Mapped[str] = mapped_column(Text)
    prevus_prevenus: Mapped[int] = mapped_column(Integer)
    prevus_condamnes: Mapped[int] = mapped_column(Integer)
    soumis_le: Mapped[datetime.date | None] = mapped_column(Date)
    approuve_le: Mapped[datetime.date | None] = mapped_column(Date)
    applique_le: Mapped[datetime.date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("fonds_id", "annee"), *_positif("prevus_prevenus", "prevus_condamnes"))


class Tiers(_DuFonds, Base):
    """Entreprise ou organisme avec qui le fonds contracte (LSCQ, art. 87)."""

    __tablename__ = "tiers"
    code: Mapped[str] = mapped_column(String(20))
    nom: Mapped[str] = mapped_column(String(200))
    __table_args__ = (UniqueConstraint("fonds_id", "code"), UniqueConstraint("fonds_id", "id"))


class Contrat(_DuFonds, Base):
    """Art. 7 : le contrat doit prévoir 1° le montant total ou maximum, 2° les heures requises,
    3° la durée, le début et l'échéance, 4° les obligations du tiers, notamment communiquer au
    fonds les heures de chaque personne (le 5° est abrogé : D. 51-2018, a. 3).

    Ces clauses sont nullables exprès : un contrat incomplet existe et doit pouvoir être signalé.
    """

    __tablename__ = "contrat"
    numero: Mapped[str] = mapped_column(String(20))
    tiers_id: Mapped[int] = mapped_column(Integer)
    etat: Mapped[str] = mapped_column(String(10))
    montant_total: Mapped[Decimal | None] = mapped_column(ARGENT)
    montant_maximum: Mapped[Decimal | None] = mapped_column(ARGENT)
    heures_requises: Mapped[Decimal | None] = mapped_column(HEURES)
    debut: Mapped[datetime.date | None] = mapped_column(Date)
    fin: Mapped[datetime.date | None] = mapped_column(Date)
    obligations_tiers: Mapped[str | None] = mapped_column(Text)
    communication_heures: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        UniqueConstraint("fonds_id", "id"),
        _dans("etat", ("projete", "signe")),
        CheckConstraint("fin IS NULL OR debut IS NULL OR fin >= debut", name="duree_ordonnee"),
        *_positif("montant_total", "montant_maximum", "heures_requises"),
        _meme_fonds("tiers"),
        Index("ix_contrat_fin", "fonds_id", "fin"),
    )


class ContratJoint(Base):
    """Art. 2 (2°) : le budget « doit être accompagné des ententes ou contrats conclus ou projetés »."""

    __tablename__ = "contrat_joint"
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"), primary_key=True)
    annee: Mapped[int] = mapped_column(Integer, primary_key=True)
    contrat_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    __table_args__ = (_meme_fonds("contrat"),)


class Activite(_DuFonds, Base):
    """Art. 1 (4°-6°) et 9 : nature, places, durée, fréquence, public admis, rémunération."""

    __tablename__ = "activite"
    code: Mapped[str] = mapped_column(String(20))
    nom: Mapped[str] = mapped_column(String(120))
    nature: Mapped[str] = mapped_column(String(20))
    places: Mapped[int] = mapped_column(Integer)
    duree_semaines: Mapped[int | None] = mapped_column(Integer)
    frequence: Mapped[str] = mapped_column(String(60), default="")
    ouverte_a: Mapped[str] = mapped_column(String(10))
    remuneree: Mapped[bool] = mapped_column(Boolean)
    contrat_id: Mapped[int | None] = mapped_column(Integer)
    debut: Mapped[datetime.date] = mapped_column(Date)
    fin: Mapped[datetime.date | None] = mapped_column(Date)
    __table_args__ = (
        UniqueConstraint("fonds_id", "code"),
        UniqueConstraint("fonds_id", "id"),
        _dans("nature", ("travail_fonds", "travail_tiers", "formation", "loisir")),
        _dans("ouverte_a", ("prevenus", "condamnes", "tous")),
        # Art. 11 : seule une activité de travail est rémunérée.
        CheckConstraint(
            "NOT remuneree OR nature IN ('travail_fonds', 'travail_tiers')", name="remuneree_si_travail"
        ),
        *_positif("places"),
        _meme_fonds("contrat"),
    )


class Budget(_DuFonds, Base):
    """Art. 2 (2°) : coûts et profits prévus par activité, projets de capitalisation et d'emprunts."""

    __tablename__ = "budget"
    annee: Mapped[int] = mapped_column(Integer)
    poste: Mapped[str] = mapped_column(String(20))
    libelle: Mapped[str] = mapped_column(String(120))
    activite_id: Mapped[int | None] = mapped_column(Integer)
    cout_prevu: Mapped[Decimal] = mapped_column(ARGENT)
    profit_prevu: Mapped[Decimal] = mapped_column(ARGENT)
    __table_args__ = (
        UniqueConstraint("fonds_id", "annee", "poste", "libelle"),
        _dans("poste", ("activite", "capitalisation", "emprunt")),
        *_positif("cout_prevu"),
        _meme_fonds("activite"),
    )


class Autorisation(_DuFonds, Base):
    """Art. 10 : le directeur tient compte d'un avis avant d'autoriser une activité.

    On garde seulement si un avis était requis et s'il a été obtenu. Ni le motif (santé,
    toxicomanie, risque, discipline) ni même le genre d'avis (professionnel de la santé ou
    conseiller) : le genre d'avis trahirait le motif (art. 10, 1° contre 2°).
    """

    __tablename__ = "autorisation"
    participant_id: Mapped[int] = mapped_column(Integer)
    activite_id: Mapped[int] = mapped_column(Integer)
    decidee_le: Mapped[datetime.date] = mapped_column(Date)
    autorisee: Mapped[bool] = mapped_column(Boolean)
    avis_requis: Mapped[bool] = mapped_column(Boolean)
    avis_obtenu: Mapped[bool] = mapped_column(Boolean)
    __table_args__ = (
        UniqueConstraint("participant_id", "activite_id", "decidee_le"),
        CheckConstraint("NOT avis_obtenu OR avis_requis", name="avis_seulement_si_requis"),
        _meme_fonds("participant"),
        _meme_fonds("activite"),
    )


class Inscription(_DuFonds, Base):
    """Art. 3 et 10 : une personne dans une activité ; un prévenu au travail y est volontaire."""

    __tablename__ = "inscription"
    participant_id: Mapped[int] = mapped_column(Integer)
    activite_id: Mapped[int] = mapped_column(Integer)
    debut: Mapped[datetime.date] = mapped_column(Date)
    fin: Mapped[datetime.date | None] = mapped_column(Date)
    statut: Mapped[str] = mapped_column(String(10))
    volontaire: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("participant_id", "activite_id", "debut"),
        _dans("statut", ("active", "terminee", "suspendue")),
        CheckConstraint("fin IS NULL OR fin >= debut", name="periode_ordonnee"),
        _meme_fonds("participant"),
        _meme_fonds("activite"),
        Index("ix_inscription_activite", "fonds_id", "activite_id", "statut"),
        # Comptes de participation d'une année (chevauchement de période) sans lire la table.
        Index("ix_inscription_periode", "fonds_id", "fin", "debut", "activite_id", "participant_id"),
    )


class ParticipationAnnee(Base):
    """Comptes de participation précalculés (art. 1, 4°) : personnes distinctes d'un fonds inscrites
    dans l'année à une activité de cette nature, par statut ; `comptes_participation` les additionne
    au lieu de refaire le calcul sur toutes les inscriptions.

    Une personne n'est que d'un fonds : les comptes s'additionnent d'un fonds à l'autre, et la
    suppression des moins de 5 se fait sur la somme, à la lecture. Une ligne `suivantes` vaut aussi
    pour toutes les années d'après (seules les inscriptions sans fin y sont encore ouvertes). L'année 0
    compte chaque personne une fois sur toutes les années (« depuis l'ouverture »).
    Jamais écrit à la main : `requetes.rafraichir_participation` le refait pour les fonds marqués
    périmés (ParticipationPerimee).
    """

    __tablename__ = "participation_annee"
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"), primary_key=True)
    annee: Mapped[int] = mapped_column(Integer, primary_key=True)
    nature: Mapped[str] = mapped_column(String(20), primary_key=True)
    statut: Mapped[str] = mapped_column(String(10), primary_key=True)
    personnes: Mapped[int] = mapped_column(Integer)
    suivantes: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (CheckConstraint("personnes > 0", name="personnes_positives"),)


class ParticipationPerimee(Base):
    """Les fonds dont les comptes précalculés ne sont plus à jour. Marqués par des déclencheurs de la
    base (migration 0003) à chaque inscription ajoutée, changée ou retirée, à chaque changement du
    statut d'une personne ou de la nature d'une activité, quel que soit l'écrivain (échantillon,
    import, SQL à la main) ; un fonds marqué est compté en direct tant qu'il n'est pas rafraîchi.

    Attention : SQLite perd les déclencheurs d'une table qu'une migration recopie (batch_alter_table
    sur inscription, participant ou activite) ; une telle migration doit les recréer.
    """

    __tablename__ = "participation_perimee"
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"), primary_key=True)


class Heures(_DuFonds, Base):
    """Art. 11 et 7 (4°) : heures faites du `du` au `au`, selon le fonds ou le rapport du tiers.

    Une ligne ne chevauche jamais un changement du salaire minimum (1er mai) : la période de paie
    qui le traverse est consignée en deux lignes, chacune payée au taux de ses jours (art. 11).
    """

    __tablename__ = "heures"
    participant_id: Mapped[int] = mapped_column(Integer)
    activite_id: Mapped[int] = mapped_column(Integer)
    du: Mapped[datetime.date] = mapped_column(Date)
    au: Mapped[datetime.date] = mapped_column(Date)
    heures: Mapped[Decimal] = mapped_column(HEURES)
    source: Mapped[str] = mapped_column(String(15))
    prime: Mapped[Decimal] = mapped_column(ARGENT, default=Decimal("0.00"))
    __table_args__ = (
        UniqueConstraint("participant_id", "activite_id", "du"),
        CheckConstraint("au >= du", name="periode_ordonnee"),
        CheckConstraint("heures <= 168", name="heures_plausibles"),
        _dans("source", ("fonds", "rapport_tiers")),
        *_positif("heures", "prime"),
        _meme_fonds("participant"),
        _meme_fonds("activite"),
    )


NATURES_RETENUE = ("ordonnance_tribunal", "pension_alimentaire", "autre_loi")


class LignePaie(_DuFonds, Base):
    """Art. 15 et 16 ; LSCQ, art. 91 : brute, retenues légales, 10 % au fonds, le reste au directeur
    (50 % d'allocation, le solde à l'épargne). La base vérifie que les parts redonnent la brute.

    De la retenue on garde la nature seulement (jamais le créancier ni le dossier) ; elle ne
    sort du registre que pour le rôle paie.
    """

    __tablename__ = "ligne_paie"
    participant_id: Mapped[int] = mapped_column(Integer)
    du: Mapped[datetime.date] = mapped_column(Date)
    au: Mapped[datetime.date] = mapped_column(Date)
    versee_le: Mapped[datetime.date] = mapped_column(Date)
    heures: Mapped[Decimal] = mapped_column(HEURES)
    brute: Mapped[Decimal] = mapped_column(ARGENT)
    retenues_legales: Mapped[Decimal] = mapped_column(ARGENT, default=Decimal("0.00"))
    nature_retenue: Mapped[str | None] = mapped_column(String(20))
    prelevement: Mapped[Decimal] = mapped_column(ARGENT)
    verse_directeur: Mapped[Decimal] = mapped_column(ARGENT)
    allocation: Mapped[Decimal] = mapped_column(ARGENT)
    epargne: Mapped[Decimal] = mapped_column(ARGENT)
    __table_args__ = (
        UniqueConstraint("participant_id", "du"),
        CheckConstraint("au >= du", name="periode_ordonnee"),
        CheckConstraint("retenues_legales <= brute", name="retenues_bornees"),
        # Écart < 0,005 plutôt qu'égalité : SQLite garde ces décimaux en flottants.
        CheckConstraint(
            "abs(prelevement + verse_directeur - (brute - retenues_legales)) < 0.005", name="partage_exact"
        ),
        CheckConstraint("abs(allocation + epargne - verse_directeur) < 0.005", name="verse_exact"),
        CheckConstraint("(retenues_legales = 0) = (nature_retenue IS NULL)", name="nature_si_retenue"),
        _dans("nature_retenue", NATURES_RETENUE),
        *_positif(
            "heures", "brute", "retenues_legales", "prelevement", "verse_directeur", "allocation", "epargne"
        ),
        _meme_fonds("participant"),
        Index("ix_ligne_paie_fonds_du", "fonds_id", "du"),
    )


class RegistreDirecteur(_DuFonds, Base):
    """LSCQ, art. 92-93 et art. 16, al. 3 : mouvements du compte d'épargne tenu par le directeur.

    Les dépôts de paie se lisent dans ligne_paie (allocation, epargne) ; on ne consigne ici que
    le reste : intérêts, remboursement au fonds à la libération, versement à la libération.
    """

    __tablename__ = "registre_directeur"
    participant_id: Mapped[int] = mapped_column(Integer)
    le: Mapped[datetime.date] = mapped_column(Date)
    nature: Mapped[str] = mapped_column(String(25))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    __table_args__ = (
        UniqueConstraint("participant_id", "le", "nature"),
        _dans("nature", ("interets", "remboursement_fonds", "versement_liberation")),
        *_positif("montant"),
        _meme_fonds("participant"),
    )


class DemandeAide(_DuFonds, Base):
    """Art. 5 : présentée par le directeur ou son délégué ; situation 1°, 2° ou 3° ; don ou prêt."""

    __tablename__ = "demande_aide"
    numero: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[int] = mapped_column(Integer)
    presentee_le: Mapped[datetime.date] = mapped_column(Date)
    presentee_par: Mapped[str] = mapped_column(String(10))
    situation: Mapped[int] = mapped_column(Integer)
    forme: Mapped[str] = mapped_column(String(5))
    montant_demande: Mapped[Decimal] = mapped_column(ARGENT)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        UniqueConstraint("fonds_id", "id"),
        _dans("presentee_par", ("directeur", "delegue")),
        _dans("forme", ("don", "pret")),
        CheckConstraint("situation IN (1, 2, 3)", name="situation_valide"),
        *_positif("montant_demande"),
        _meme_fonds("participant"),
    )


class DecisionAide(_DuFonds, Base):
    """Art. 5 : la décision du fonds sur une demande ; sans décision, la demande est à l'étude."""

    __tablename__ = "decision_aide"
    demande_id: Mapped[int] = mapped_column(Integer, unique=True)
    decidee_le: Mapped[datetime.date] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(10))
    montant_accorde: Mapped[Decimal] = mapped_column(ARGENT)
    resolution_id: Mapped[int | None] = mapped_column(ForeignKey("resolution_ca.id"))
    __table_args__ = (
        _dans("decision", ("accordee", "refusee")),
        CheckConstraint("decision = 'accordee' OR montant_accorde = 0", name="refus_sans_montant"),
        *_positif("montant_accorde"),
        _meme_fonds("demande_aide", "demande_id"),
    )


class PretPersonne(_DuFonds, Base):
    """Art. 5 : prêt sans intérêt (aucune colonne d'intérêt) ; solde = principal − remboursements.

    Art. 16, al. 3 : ce qui reste dû à la libération se rembourse sur les allocations, à défaut
    sur l'épargne.
    """

    __tablename__ = "pret_personne"
    numero: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[int] = mapped_column(Integer)
    demande_id: Mapped[int | None] = mapped_column(Integer)
    accorde_le: Mapped[datetime.date] = mapped_column(Date)
    principal: Mapped[Decimal] = mapped_column(ARGENT)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        UniqueConstraint("fonds_id", "id"),
        CheckConstraint("principal > 0", name="principal_positif"),
        _meme_fonds("participant"),
        _meme_fonds("demande_aide", "demande_id"),
    )


class Remboursement(_DuFonds, Base):
    """Art. 16, al. 3 : remboursement d'un prêt, à même l'allocation, l'épargne ou autrement."""

    __tablename__ = "remboursement"
    pret_id: Mapped[int] = mapped_column(Integer)
    le: Mapped[datetime.date] = mapped_column(Date)
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    source: Mapped[str] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("pret_id", "le", "source"),
        CheckConstraint("montant > 0", name="montant_positif"),
        _dans("source", ("allocation", "epargne", "autre")),
        _meme_fonds("pret_personne", "pret_id"),
    )


class PersonnelNonIncarcere(_DuFonds, Base):
    """Art. 3, al. 2 et 11, al. 3-4 : motif obligatoire, rémunération comparée à la fonction
    publique, assurance responsabilité. Un dépassement n'est pas interdit par la base : il se signale.
    """

    __tablename__ = "personnel_non_incarcere"
    code: Mapped[str] = mapped_column(String(20))
    fonction: Mapped[str] = mapped_column(String(80))
    activite_id: Mapped[int | None] = mapped_column(Integer)
    motif: Mapped[str] = mapped_column(String(12))
    remuneration_annuelle: Mapped[Decimal] = mapped_column(ARGENT)
    equivalent_fonction_publique: Mapped[Decimal] = mapped_column(ARGENT)
    assurance_responsabilite: Mapped[bool] = mapped_column(Boolean)
    __table_args__ = (
        UniqueConstraint("fonds_id", "code"),
        _dans("motif", ("securite", "ressources", "competence")),
        *_positif("remuneration_annuelle", "equivalent_fonction_publique"),
        _meme_fonds("activite"),
    )


class AutorisationMinistre(_DuFonds, Base):
    """Art. 2, 6, 8 et 9 : ce que le ministre (ou son délégué) doit approuver ou autoriser."""

    __tablename__ = "autorisation_ministre"
    numero: Mapped[str] = mapped_column(String(20))
    objet: Mapped[str] = mapped_column(String(20))
    demandee_le: Mapped[datetime.date] = mapped_column(Date)
    decidee_le: Mapped[datetime.date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        UniqueConstraint("fonds_id", "id"),
        _dans("objet", ("programme", "emprunt", "placement", "entente_utilisation", "autre")),
        _dans("decision", ("accordee", "refusee")),
        CheckConstraint("(decision IS NULL) = (decidee_le IS NULL)", name="decision_datee"),
    )


class EntenteUtilisation(_DuFonds, Base):
    """Art. 9 : services, personnel, locaux ou équipement de l'établissement ; le directeur consent,
    le coût et la durée figurent dans l'entente (d'où des colonnes obligatoires)."""

    __tablename__ = "entente_utilisation"
    numero: Mapped[str] = mapped_column(String(20))
    objet: Mapped[str] = mapped_column(String(12))
    description: Mapped[str] = mapped_column(Text, default="")
    consentement_directeur: Mapped[bool] = mapped_column(Boolean)
    cout: Mapped[Decimal] = mapped_column(ARGENT)
    debut: Mapped[datetime.date] = mapped_column(Date)
    fin: Mapped[datetime.date] = mapped_column(Date)
    autorisation_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        _dans("objet", ("services", "personnel", "locaux", "equipement")),
        CheckConstraint("fin >= debut", name="duree_ordonnee"),
        *_positif("cout"),
        _meme_fonds("autorisation_ministre", "autorisation_id"),
    )


SOURCES_REVENU = (
    "cantine",
    "prelevement",
    "contrat_atelier",
    "telephonie",
    "vente_biens",
    "pret_ou_don_fonds",
    "subvention",
    "don",
    "interets",
    "autre",
)


class Revenu(_DuFonds, Base):
    """LSCQ, art. 75 et art. 4 : cantine, prélèvement, contrats d'atelier, téléphonie, etc."""

    __tablename__ = "revenu"
    piece: Mapped[str] = mapped_column(String(30))
    le: Mapped[datetime.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    activite_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("fonds_id", "piece"),
        _dans("source", SOURCES_REVENU),
        *_positif("montant"),
        _meme_fonds("activite"),
        Index("ix_revenu_fonds_le", "fonds_id", "le"),
    )


class Depense(_DuFonds, Base):
    """Art. 17 : le revenu net d'exploitation ne tient pas compte des déboursés qui financent
    les activités autres que du travail rémunéré (`finance_non_remuneree`)."""

    __tablename__ = "depense"
    piece: Mapped[str] = mapped_column(String(30))
    le: Mapped[datetime.date] = mapped_column(Date)
    nature: Mapped[str] = mapped_column(String(20))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    activite_id: Mapped[int | None] = mapped_column(Integer)
    finance_non_remuneree: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("fonds_id", "piece"),
        _dans(
            "nature",
            ("production", "administration", "materiel_scolaire", "loisirs", "capitalisation", "autre"),
        ),
        *_positif("montant"),
        _meme_fonds("activite"),
        Index("ix_depense_fonds_le", "fonds_id", "le"),
    )


class Depot(_DuFonds, Base):
    """Art. 6, al. 1 : déposer « dans les plus brefs délais » ; par un membre spécialement autorisé
    ou une autre personne désignée (`par_designation`), d'où deux colonnes."""

    __tablename__ = "depot"
    numero: Mapped[str] = mapped_column(String(20))
    recu_le: Mapped[datetime.date] = mapped_column(Date)
    depose_le: Mapped[datetime.date] = mapped_column(Date)
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    par_membre_id: Mapped[int | None] = mapped_column(Integer)
    par_designation: Mapped[str | None] = mapped_column(String(120))
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        CheckConstraint("depose_le >= recu_le", name="depot_apres_reception"),
        CheckConstraint("par_membre_id IS NOT NULL OR par_designation IS NOT NULL", name="deposant_connu"),
        *_positif("montant"),
        _meme_fonds("membre_ca", "par_membre_id"),
        Index("ix_depot_fonds_recu", "fonds_id", "recu_le"),
    )


class Cheque(_DuFonds, Base):
    """Art. 6, al. 2 : tout paiement par chèque signé par 2 personnes désignées (voir Signataire).

    Le bénéficiaire est un fournisseur ou un pseudonyme, jamais un nom ; pas de numéro de compte.
    """

    __tablename__ = "cheque"
    numero: Mapped[int] = mapped_column(Integer)
    emis_le: Mapped[datetime.date] = mapped_column(Date)
    beneficiaire: Mapped[str] = mapped_column(String(120))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    objet: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        UniqueConstraint("fonds_id", "id"),
        CheckConstraint("montant > 0", name="montant_positif"),
    )


class SignatureCheque(Base):
    """Qui a signé quel chèque ; deux lignes par chèque conforme."""

    __tablename__ = "signature_cheque"
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"))
    cheque_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signataire_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    __table_args__ = (_meme_fonds("cheque"), _meme_fonds("signataire"))


class Placement(_DuFonds, Base):
    """Art. 6, al. 3 : sauf dépôt en institution ou obligations d'épargne du Québec ou du Canada,
    un placement requiert l'autorisation du ministre."""

    __tablename__ = "placement"
    numero: Mapped[str] = mapped_column(String(20))
    nature: Mapped[str] = mapped_column(String(20))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    fait_le: Mapped[datetime.date] = mapped_column(Date)
    autorisation_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        _dans("nature", ("depot_institution", "obligations_epargne", "autre")),
        *_positif("montant"),
        _meme_fonds("autorisation_ministre", "autorisation_id"),
    )


class EmpruntFonds(_DuFonds, Base):
    """Art. 8 : au-delà de 25 000 $ (emprunt ou solde), autorisation du ministre ; avant d'emprunter
    ailleurs, s'assurer qu'on ne peut obtenir un prêt du Fonds central ou de l'autre fonds
    (al. 2 : « auprès du ministre ou d'un autre fonds, selon le cas »)."""

    __tablename__ = "emprunt_fonds"
    numero: Mapped[str] = mapped_column(String(20))
    preteur: Mapped[str] = mapped_column(String(15))
    preteur_nom: Mapped[str] = mapped_column(String(120))
    contracte_le: Mapped[datetime.date] = mapped_column(Date)
    principal: Mapped[Decimal] = mapped_column(ARGENT)
    solde: Mapped[Decimal] = mapped_column(ARGENT)
    verification_prealable: Mapped[bool] = mapped_column(Boolean, default=False)
    autorisation_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("fonds_id", "numero"),
        _dans("preteur", ("fonds_central", "autre_fonds", "externe")),
        CheckConstraint("principal > 0", name="principal_positif"),
        CheckConstraint("solde >= 0 AND solde <= principal", name="solde_borne"),
        _meme_fonds("autorisation_ministre", "autorisation_id"),
    )


class CotisationFC(_DuFonds, Base):
    """Art. 17 : cotisation annuelle au Fonds central, à un taux fixé par le ministre entre 5 % et
    25 % du revenu net d'exploitation (taux en fraction, comme outils/parametres)."""

    __tablename__ = "cotisation_fc"
    annee: Mapped[int] = mapped_column(Integer)
    revenu_net_exploitation: Mapped[Decimal] = mapped_column(ARGENT)
    taux: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    montant: Mapped[Decimal] = mapped_column(ARGENT)
    payee_le: Mapped[datetime.date | None] = mapped_column(Date)
    __table_args__ = (
        UniqueConstraint("fonds_id", "annee"),
        CheckConstraint("taux >= 0.05 AND taux <= 0.25", name="taux_borne"),
        *_positif("montant"),
    )


class Utilisateur(Base):
    """Une personne qui consulte les registres : son rôle, ses fonds, l'empreinte de son jeton.

    On ne garde que l'empreinte SHA-256 du jeton (jeton aléatoire de 256 bits : pas besoin d'un
    hachage lent). `detenu` marque le membre du conseil qui est une personne incarcérée.
    """

    __tablename__ = "utilisateur"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nom: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(15))
    empreinte_jeton: Mapped[str | None] = mapped_column(String(64), unique=True)
    detenu: Mapped[bool] = mapped_column(Boolean, default=False)
    membre_ca_id: Mapped[int | None] = mapped_column(ForeignKey("membre_ca.id"))
    actif: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (_dans("role", ROLES),)


class UtilisateurFonds(Base):
    """Les fonds d'un utilisateur : un seul pour la plupart des rôles, plusieurs pour le Fonds central."""

    __tablename__ = "utilisateur_fonds"
    utilisateur_id: Mapped[int] = mapped_column(
        ForeignKey("utilisateur.id", ondelete="CASCADE"), primary_key=True
    )
    fonds_id: Mapped[int] = mapped_column(ForeignKey("fonds.id"), primary_key=True)


class JournalAcces(Base):
    """Chaque lecture des registres : qui, quand, quelle fonction, quel fonds. Jamais la question."""

    __tablename__ = "journal_acces"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    le: Mapped[datetime.datetime] = mapped_column(DateTime(timezone=True))
    utilisateur: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(15))
    fonction: Mapped[str] = mapped_column(String(60))
    fonds: Mapped[str] = mapped_column(String(200))
    issue: Mapped[str] = mapped_column(String(10))
    __table_args__ = (_dans("issue", ("lu", "refuse")),)
