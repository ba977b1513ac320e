"""Échantillon fictif et déterministe (graine fixe) des registres de trois fonds sur 2025 et 2026.

Les noms sont inventés et le disent (« Fonds fictif de … ») ; les personnes ne sont que des
pseudonymes. L'échantillon contient chaque cas limite de FUND-DATA.md (voir `_cas_limites`).
`grand=True` produit l'échelle du banc d'essai : 18 fonds sur 10 ans, plus de 2 millions de
lignes de paie, insérées par lots (executemany de SQLAlchemy Core), jamais utilisée par les tests.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.identite import creer_utilisateur
from corpus.fonds.paie import changements_entre, partager, remuneration_cents

GRAINE = 2026
# L'échantillon s'arrête là : rien de daté après (pas de paie future dans un registre).
ARRET = datetime.date(2026, 11, 22)
UN_JOUR = datetime.timedelta(days=1)
DEUX_SEMAINES = datetime.timedelta(days=14)
LOT = 20_000

NOMS_PETITS = (
    ("VDP", "Fonds fictif de Val-des-Pins"),
    ("MTB", "Fonds fictif de Mont-Brumeux"),
    ("LAH", "Fonds fictif de Lac-aux-Hiboux"),
)
LIEUX_GRANDS = (
    "Val-des-Pins",
    "Mont-Brumeux",
    "Lac-aux-Hiboux",
    "Pointe-aux-Songes",
    "Saint-Imaginaire",
    "Cap-Chimère",
    "Rivière-Fantôme",
    "Anse-Inventée",
    "Îlet-Factice",
    "Mont-Fiction",
    "Baie-Supposée",
    "Lac-Hypothèse",
    "Val-Fabulé",
    "Côte-Illusoire",
    "Ruisseau-Rêvé",
    "Plateau-Fictif",
    "Havre-Imaginé",
    "Collines-Feintes",
)

# code, nom, nature, places, ouverte_a, rémunérée
ACTIVITES = (
    ("MEN", "Atelier de menuiserie", "travail_fonds", 12, "condamnes", True),
    ("BUA", "Buanderie", "travail_fonds", 10, "tous", True),
    ("EMB", "Emballage et assemblage pour un tiers", "travail_tiers", 15, "condamnes", True),
    ("CUI", "Cuisine", "travail_fonds", 8, "condamnes", True),
    ("SCO", "Formation scolaire", "formation", 20, "tous", False),
    ("LOI", "Loisirs et sports", "loisir", 30, "tous", False),
)
TRAVAIL = ("MEN", "BUA", "EMB", "CUI")


@dataclass(frozen=True)
class Echelle:
    """Taille de l'échantillon : fonds, années, postes de travail par fonds, séjour moyen (paies)."""

    fonds: tuple[tuple[str, str], ...]
    annees: tuple[int, ...]
    postes: int
    sejour: int


PETIT = Echelle(NOMS_PETITS, (2025, 2026), 24, 8)
GRAND = Echelle(
    tuple((f"F{i + 1:02d}", f"Fonds fictif de {lieu}") for i, lieu in enumerate(LIEUX_GRANDS)),
    tuple(range(2017, 2027)),
    560,
    20,
)


def _cents(valeur: int) -> Decimal:
    return Decimal(valeur).scaleb(-2)


@dataclass
class _Lignes:
    """Les lignes à insérer, table par table, avec des identifiants attribués ici."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    compteurs: dict[str, int] = field(default_factory=dict)

    def ajouter(self, table: str, **valeurs: Any) -> int:
        if "id" not in valeurs and table not in ("contrat_joint", "signature_cheque"):
            self.compteurs[table] = self.compteurs.get(table, 0) + 1
            valeurs["id"] = self.compteurs[table]
        self.tables.setdefault(table, []).append(valeurs)
        return valeurs.get("id", 0)


class _Generateur:
    def __init__(self, echelle: Echelle, graine: int) -> None:
        self.echelle = echelle
        self.hasard = random.Random(graine)
        self.l = _Lignes()

    def fonds(self, code: str, nom: str) -> int:
        fid = self.l.ajouter("fonds", code=code, nom=nom, places=self.echelle.postes * 2)
        self.activites = {}
        for a_code, a_nom, nature, places, ouverte_a, remuneree in ACTIVITES:
            places = places if self.echelle is PETIT else places * self.echelle.postes // 24
            self.activites[a_code] = self.l.ajouter(
                "activite",
                fonds_id=fid,
                code=a_code,
                nom=a_nom,
                nature=nature,
                places=places,
                duree_semaines=None if nature.startswith("travail") else 12,
                frequence="5 jours par semaine" if remuneree else "2 demi-journées par semaine",
                ouverte_a=ouverte_a,
                remuneree=remuneree,
                contrat_id=None,
                debut=datetime.date(self.echelle.annees[0], 1, 1),
                fin=None,
            )
        self.paies(fid, code)
        return fid

    def paies(self, fid: int, code: str) -> None:
        """Des postes de travail occupés tour à tour ; une paie aux deux semaines, lundi au dimanche."""
        premier = datetime.date(self.echelle.annees[0], 1, 6)
        while premier.weekday() != 0:
            premier += UN_JOUR
        fin = ARRET - datetime.timedelta(days=5)  # la dernière paie est versée avant l'arrêt
        periodes = []
        du = premier
        while du + DEUX_SEMAINES - UN_JOUR <= fin:
            periodes.append(du)
            du += DEUX_SEMAINES
        self.participants: list[tuple[int, str, str]] = []
        numero = 0
        for poste in range(self.echelle.postes):
            activite = TRAVAIL[poste % len(TRAVAIL)]
            rang = 0
            while rang < len(periodes):
                sejour = self.hasard.randint(self.echelle.sejour // 2, self.echelle.sejour * 3 // 2)
                numero += 1
                # Un prévenu volontaire à la buanderie (ouverte à tous), les autres condamnés.
                statut = "prevenu" if activite == "BUA" and numero % 3 == 0 else "condamne"
                pseudo = f"P-{code}-{numero:04d}"
                admission = periodes[rang] - datetime.timedelta(days=self.hasard.randint(3, 30))
                derniere = periodes[min(rang + sejour, len(periodes)) - 1] + DEUX_SEMAINES - UN_JOUR
                liberee = rang + sejour < len(periodes)
                pid = self.l.ajouter(
                    "participant",
                    fonds_id=fid,
                    pseudonyme=pseudo,
                    statut=statut,
                    admission=admission,
                    liberation_prevue=derniere + UN_JOUR,
                    liberation=derniere + UN_JOUR if liberee else None,
                )
                self.participants.append((pid, pseudo, statut))
                aid = self.activites[activite]
                self.l.ajouter(
                    "inscription",
                    fonds_id=fid,
                    participant_id=pid,
                    activite_id=aid,
                    debut=periodes[rang],
                    fin=derniere if liberee else None,
                    statut="terminee" if liberee else "active",
                    volontaire=statut == "prevenu",
                )
                for autre, pas in (("SCO", 4), ("LOI", 37)):  # formation fréquente, loisirs rares (< 5)
                    if numero % pas == 0:
                        self.l.ajouter(
                            "inscription",
                            fonds_id=fid,
                            participant_id=pid,
                            activite_id=self.activites[autre],
                            debut=periodes[rang],
                            fin=derniere if liberee else None,
                            statut="terminee" if liberee else "active",
                            volontaire=False,
                        )
                retenue = 1500 if numero % 23 == 0 else 0  # ordonnance d'un tribunal (LSCQ, art. 91)
                for p in periodes[rang : rang + sejour]:
                    if self.hasard.random() < 0.85:
                        self.paie(fid, pid, aid, activite, p, retenue)
                rang += sejour

    def paie(self, fid: int, pid: int, aid: int, activite: str, du: datetime.date, retenue: int) -> None:
        au = du + DEUX_SEMAINES - UN_JOUR
        source = "rapport_tiers" if activite == "EMB" else "fonds"
        prime = 2500 if self.hasard.random() < 0.05 else 0  # art. 11, al. 2 : supervision
        # Une période qui traverse un 1er mai est consignée en deux lignes d'heures (art. 11).
        bornes = [du, *changements_entre(du, au), au + UN_JOUR]
        brute = demi_total = 0
        for debut, suivant in pairwise(bornes):
            jours = (suivant - debut).days
            demi = self.hasard.randint(jours * 4, jours * 10)  # 2 à 5 h par jour, en demi-heures
            part_prime = prime if debut == du else 0
            brute += remuneration_cents(demi, debut, part_prime)
            demi_total += demi
            self.l.ajouter(
                "heures",
                fonds_id=fid,
                participant_id=pid,
                activite_id=aid,
                du=debut,
                au=suivant - UN_JOUR,
                heures=Decimal(demi) / 2,
                source=source,
                prime=_cents(part_prime),
            )
        retenue = retenue if brute >= retenue else 0
        p = partager(brute, retenue)
        self.l.ajouter(
            "ligne_paie",
            fonds_id=fid,
            participant_id=pid,
            du=du,
            au=au,
            versee_le=au + datetime.timedelta(days=5),
            heures=Decimal(demi_total) / 2,
            brute=_cents(p.brute),
            retenues_legales=_cents(p.retenues),
            nature_retenue="ordonnance_tribunal" if p.retenues else None,
            prelevement=_cents(p.prelevement),
            verse_directeur=_cents(p.verse_directeur),
            allocation=_cents(p.allocation),
            epargne=_cents(p.epargne),
        )


def _finances(g: _Generateur, fid: int, code: str, annees: tuple[int, ...]) -> None:
    """Conseil, programme, budget, contrats, revenus, dépenses, dépôts, chèques, cotisation."""
    lg, h = g.l, g.hasard
    a0 = annees[0]
    membres = []
    for i, (categorie, fonction) in enumerate(
        (
            ("ministere", "president"),
            ("ministere", "tresorier"),
            ("ministere", "secretaire"),
            ("communaute", "administrateur"),
            ("communaute", "administrateur"),
        )
    ):
        membres.append(
            lg.ajouter(
                "membre_ca",
                fonds_id=fid,
                code=f"CA-{code}-{i + 1:02d}",
                designation=f"Membre fictif {i + 1} ({code})",
                categorie=categorie,
                fonction=fonction,
                debut_mandat=datetime.date(a0, 1, 1),
                fin_mandat=datetime.date(annees[-1] if i % 2 else annees[-1] + 1, 12, 31),
                autorise_depot=i == 1,
                participant_id=None,
            )
        )
    # Un membre du conseil qui est une personne incarcérée (FUND-DATA : deux détenus au conseil).
    presents = [p for p in g.l.tables["participant"] if p["fonds_id"] == fid and not p["liberation"]]
    pid_detenu, pseudo_detenu = presents[-1]["id"], presents[-1]["pseudonyme"]
    membres.append(
        lg.ajouter(
            "membre_ca",
            fonds_id=fid,
            code=f"CA-{code}-06",
            designation=pseudo_detenu,
            categorie="personne_incarceree",
            fonction="administrateur",
            debut_mandat=datetime.date(annees[-1], 1, 1),
            fin_mandat=datetime.date(annees[-1], 12, 31),
            autorise_depot=False,
            participant_id=pid_detenu,
        )
    )
    res = lg.ajouter(
        "resolution_ca",
        fonds_id=fid,
        numero=f"R-{a0}-01",
        adoptee_le=datetime.date(a0, 1, 15),
        objet="signataires",
        resume="Désignation des signataires des chèques (art. 6, al. 2)",
    )
    signataires = [
        lg.ajouter(
            "signataire",
            fonds_id=fid,
            code=f"S-{code}-{i + 1}",
            designation=des,
            membre_ca_id=mid,
            resolution_id=res,
            debut=datetime.date(a0, 1, 15),
            fin=None,
        )
        for i, (des, mid) in enumerate(
            (
                ("Présidence du conseil", membres[0]),
                ("Trésorerie du conseil", membres[1]),
                ("Direction des services administratifs", None),
                ("Coordination des ateliers", None),
            )
        )
    ]
    tiers = lg.ajouter("tiers", fonds_id=fid, code=f"T-{code}-1", nom="Emballages Fictifs inc.")
    for annee in annees:
        lg.ajouter(
            "programme",
            fonds_id=fid,
            annee=annee,
            objectifs="Travail, formation et loisirs",
            prevus_prevenus=10,
            prevus_condamnes=g.echelle.postes,
            soumis_le=datetime.date(annee - 1, 10, 20),
            approuve_le=datetime.date(annee - 1, 12, 10),
            applique_le=datetime.date(annee, 1, 1),
        )
        contrat = lg.ajouter(
            "contrat",
            fonds_id=fid,
            numero=f"C-{code}-{annee}",
            tiers_id=tiers,
            etat="signe",
            montant_total=Decimal("48000.00"),
            montant_maximum=None,
            heures_requises=Decimal("6000"),
            debut=datetime.date(annee, 1, 1),
            fin=datetime.date(annee, 12, 31),
            obligations_tiers="Fournir le matériel ; rapport mensuel des heures",
            communication_heures=True,
        )
        lg.ajouter("contrat_joint", fonds_id=fid, annee=annee, contrat_id=contrat)
        for activite, aid in g.activites.items():
            lg.ajouter(
                "budget",
                fonds_id=fid,
                annee=annee,
                poste="activite",
                libelle=activite,
                activite_id=aid,
                cout_prevu=Decimal(h.randint(5, 60) * 1000),
                profit_prevu=Decimal(h.randint(0, 30) * 1000),
            )
        for mois in range(1, 13 if annee < ARRET.year else ARRET.month):
            le = datetime.date(annee, mois, 28)
            for source, bas, haut in (
                ("cantine", 8000, 20000),
                ("prelevement", 1500, 4000),
                ("contrat_atelier", 3000, 5000),
                ("telephonie", 500, 1500),
            ):
                lg.ajouter(
                    "revenu",
                    fonds_id=fid,
                    piece=f"REV-{annee}-{mois:02d}-{source}",
                    le=le,
                    source=source,
                    montant=_cents(h.randint(bas * 100, haut * 100)),
                    activite_id=None,
                )
            lg.ajouter(
                "depense",
                fonds_id=fid,
                piece=f"DEP-{annee}-{mois:02d}-prod",
                le=le,
                nature="production",
                montant=_cents(h.randint(400000, 900000)),
                activite_id=g.activites["MEN"],
                finance_non_remuneree=False,
            )
            # Art. 17 : déboursés d'activités non rémunérées, laissés hors du revenu net.
            lg.ajouter(
                "depense",
                fonds_id=fid,
                piece=f"DEP-{annee}-{mois:02d}-sco",
                le=le,
                nature="materiel_scolaire",
                montant=_cents(h.randint(50000, 150000)),
                activite_id=g.activites["SCO"],
                finance_non_remuneree=True,
            )
            for semaine in range(4):
                recu = datetime.date(annee, mois, 1 + semaine * 7)
                lg.ajouter(
                    "depot",
                    fonds_id=fid,
                    numero=f"D-{annee}-{mois:02d}-{semaine + 1}",
                    recu_le=recu,
                    depose_le=recu + datetime.timedelta(days=h.randint(0, 1)),
                    montant=_cents(h.randint(100000, 500000)),
                    par_membre_id=membres[1],
                    par_designation=None,
                )
            for n in range(6):
                numero = 2000 + (annee - a0) * 100 + (mois - 1) * 6 + n
                chq = lg.ajouter(
                    "cheque",
                    fonds_id=fid,
                    numero=numero,
                    emis_le=datetime.date(annee, mois, 3 + n),
                    beneficiaire="Fournitures Imaginaires ltée",
                    montant=_cents(h.randint(5000, 300000)),
                    objet="Fournitures d'atelier",
                )
                for s in (signataires[n % 2], signataires[2 + n % 2]):
                    lg.ajouter("signature_cheque", fonds_id=fid, cheque_id=chq, signataire_id=s)
        revenus = sum(
            r["montant"] for r in lg.tables["revenu"] if r["fonds_id"] == fid and r["le"].year == annee
        )
        charges = sum(
            d["montant"]
            for d in lg.tables["depense"]
            if d["fonds_id"] == fid and d["le"].year == annee and not d["finance_non_remuneree"]
        )
        net = max(revenus - charges, Decimal(0))
        lg.ajouter(
            "cotisation_fc",
            fonds_id=fid,
            annee=annee,
            revenu_net_exploitation=net,
            taux=Decimal("0.10"),
            montant=(net * Decimal("0.10")).quantize(Decimal("0.01")),
            payee_le=datetime.date(annee + 1, 3, 31) if annee < annees[-1] else None,
        )
    g.signataires, g.membres, g.tiers = signataires, membres, tiers


def _cas_limites(g: _Generateur, fid: int, code: str) -> None:
    """Les cas limites de FUND-DATA.md, tous datés en 2026 (la paie du 1er mai et la retenue
    ordonnée par un tribunal viennent de `paies`)."""
    lg = g.l
    act = g.activites
    # Une personne libérée qui doit encore une partie de son prêt (art. 16, al. 3).
    liberes = [
        p
        for p in lg.tables["participant"]
        if p["fonds_id"] == fid and p["liberation"] and p["liberation"].year == 2026
    ]
    debiteur = liberes[0]
    dem = lg.ajouter(
        "demande_aide",
        fonds_id=fid,
        numero=f"A-{code}-2026-01",
        participant_id=debiteur["id"],
        presentee_le=debiteur["liberation"] - datetime.timedelta(days=60),
        presentee_par="directeur",
        situation=3,
        forme="pret",
        montant_demande=Decimal("400.00"),
    )
    lg.ajouter(
        "decision_aide",
        fonds_id=fid,
        demande_id=dem,
        decidee_le=debiteur["liberation"] - datetime.timedelta(days=55),
        decision="accordee",
        montant_accorde=Decimal("400.00"),
        resolution_id=None,
    )
    pret = lg.ajouter(
        "pret_personne",
        fonds_id=fid,
        numero=f"PR-{code}-2026-01",
        participant_id=debiteur["id"],
        demande_id=dem,
        accorde_le=debiteur["liberation"] - datetime.timedelta(days=54),
        principal=Decimal("400.00"),
    )
    lg.ajouter(
        "remboursement",
        fonds_id=fid,
        pret_id=pret,
        le=debiteur["liberation"] - datetime.timedelta(days=20),
        montant=Decimal("150.00"),
        source="allocation",
    )
    # Une demande du 3 mars 2026 encore à l'étude, et un don accordé (situation 2°).
    actifs = [p for p in lg.tables["participant"] if p["fonds_id"] == fid and not p["liberation"]]
    lg.ajouter(
        "demande_aide",
        fonds_id=fid,
        numero=f"A-{code}-2026-02",
        participant_id=actifs[0]["id"],
        presentee_le=datetime.date(2026, 3, 3),
        presentee_par="delegue",
        situation=1,
        forme="don",
        montant_demande=Decimal("75.00"),
    )
    don = lg.ajouter(
        "demande_aide",
        fonds_id=fid,
        numero=f"A-{code}-2026-03",
        participant_id=actifs[1]["id"],
        presentee_le=datetime.date(2026, 2, 10),
        presentee_par="directeur",
        situation=2,
        forme="don",
        montant_demande=Decimal("60.00"),
    )
    lg.ajouter(
        "decision_aide",
        fonds_id=fid,
        demande_id=don,
        decidee_le=datetime.date(2026, 2, 17),
        decision="accordee",
        montant_accorde=Decimal("60.00"),
        resolution_id=None,
    )
    # Art. 10 : un avis requis et obtenu, sans motif ; une autorisation refusée.
    lg.ajouter(
        "autorisation",
        fonds_id=fid,
        participant_id=actifs[0]["id"],
        activite_id=act["MEN"],
        decidee_le=datetime.date(2026, 6, 1),
        autorisee=True,
        avis_requis=True,
        avis_obtenu=True,
    )
    lg.ajouter(
        "autorisation",
        fonds_id=fid,
        participant_id=actifs[1]["id"],
        activite_id=act["MEN"],
        decidee_le=datetime.date(2026, 6, 2),
        autorisee=False,
        avis_requis=True,
        avis_obtenu=False,
    )
    # Un contrat projeté sans heures requises ni obligation de communiquer les heures (art. 7, 2° et 4°),
    # qui finit dans moins de 90 jours ; il n'est pas joint au budget (art. 2, 2°).
    lg.ajouter(
        "contrat",
        fonds_id=fid,
        numero=f"C-{code}-2026-B",
        tiers_id=g.tiers,
        etat="projete",
        montant_total=None,
        montant_maximum=Decimal("15000.00"),
        heures_requises=None,
        debut=datetime.date(2026, 9, 1),
        fin=datetime.date(2027, 1, 31),
        obligations_tiers="Fournir le matériel",
        communication_heures=False,
    )
    # Deux emprunts : le second porte le solde au-delà de 25 000 $ sans autorisation (art. 8).
    lg.ajouter(
        "emprunt_fonds",
        fonds_id=fid,
        numero=f"E-{code}-1",
        preteur="fonds_central",
        preteur_nom="Fonds central de soutien à la réinsertion sociale",
        contracte_le=datetime.date(2025, 4, 1),
        principal=Decimal("20000.00"),
        solde=Decimal("15000.00"),
        verification_prealable=True,
        autorisation_id=None,
    )
    lg.ajouter(
        "emprunt_fonds",
        fonds_id=fid,
        numero=f"E-{code}-2",
        preteur="externe",
        preteur_nom="Caisse fictive des Pins",
        contracte_le=datetime.date(2026, 5, 15),
        principal=Decimal("12000.00"),
        solde=Decimal("12000.00"),
        verification_prealable=True,
        autorisation_id=None,
    )
    # Un placement autre qu'un dépôt ou des obligations d'épargne, autorisé (art. 6, al. 3).
    aut = lg.ajouter(
        "autorisation_ministre",
        fonds_id=fid,
        numero=f"AM-{code}-2026-1",
        objet="placement",
        demandee_le=datetime.date(2026, 2, 1),
        decidee_le=datetime.date(2026, 3, 1),
        decision="accordee",
    )
    lg.ajouter(
        "placement",
        fonds_id=fid,
        numero=f"PL-{code}-1",
        nature="autre",
        montant=Decimal("10000.00"),
        fait_le=datetime.date(2026, 3, 15),
        autorisation_id=aut,
    )
    lg.ajouter(
        "placement",
        fonds_id=fid,
        numero=f"PL-{code}-2",
        nature="obligations_epargne",
        montant=Decimal("5000.00"),
        fait_le=datetime.date(2026, 4, 1),
        autorisation_id=None,
    )
    # Le chèque 1045 signé par deux personnes désignées dont aucune n'est membre du conseil (art. 6, al. 2).
    chq = lg.ajouter(
        "cheque",
        fonds_id=fid,
        numero=1045,
        emis_le=datetime.date(2026, 10, 14),
        beneficiaire=actifs[0]["pseudonyme"],
        montant=Decimal("60.00"),
        objet="Don d'assistance (art. 5)",
    )
    for s in g.signataires[2:]:
        lg.ajouter("signature_cheque", fonds_id=fid, cheque_id=chq, signataire_id=s)
    # Un dépôt d'octobre fait 11 jours après la réception (art. 6, al. 1 : « dans les plus brefs délais »).
    lg.ajouter(
        "depot",
        fonds_id=fid,
        numero=f"D-{code}-2026-10-R",
        recu_le=datetime.date(2026, 10, 9),
        depose_le=datetime.date(2026, 10, 20),
        montant=Decimal("2340.55"),
        par_membre_id=None,
        par_designation="Direction des services administratifs",
    )
    # Un contremaître civil pour la menuiserie (art. 3, al. 2 et 11, al. 3-4).
    lg.ajouter(
        "personnel_non_incarcere",
        fonds_id=fid,
        code=f"PNI-{code}-1",
        fonction="Contremaître de menuiserie",
        activite_id=act["MEN"],
        motif="competence",
        remuneration_annuelle=Decimal("52000.00"),
        equivalent_fonction_publique=Decimal("54000.00"),
        assurance_responsabilite=True,
    )
    lg.ajouter(
        "entente_utilisation",
        fonds_id=fid,
        numero=f"EU-{code}-2026",
        objet="locaux",
        description="Atelier de l'établissement pour la menuiserie",
        consentement_directeur=True,
        cout=Decimal("1200.00"),
        debut=datetime.date(2026, 1, 1),
        fin=datetime.date(2026, 12, 31),
        autorisation_id=None,
    )
    lg.ajouter(
        "registre_directeur",
        fonds_id=fid,
        participant_id=debiteur["id"],
        le=debiteur["liberation"],
        nature="remboursement_fonds",
        montant=Decimal("100.00"),
    )
    if code == "VDP":  # le programme 2027 soumis par un seul des trois fonds
        lg.ajouter(
            "programme",
            fonds_id=fid,
            annee=2027,
            objectifs="Travail, formation et loisirs",
            prevus_prevenus=10,
            prevus_condamnes=24,
            soumis_le=datetime.date(2026, 10, 28),
            approuve_le=None,
            applique_le=None,
        )


# Ordre d'insertion : une table après celles qu'elle nomme.
ORDRE = (
    "fonds",
    "participant",
    "membre_ca",
    "resolution_ca",
    "signataire",
    "programme",
    "tiers",
    "contrat",
    "contrat_joint",
    "activite",
    "budget",
    "autorisation_ministre",
    "autorisation",
    "inscription",
    "heures",
    "ligne_paie",
    "registre_directeur",
    "demande_aide",
    "decision_aide",
    "pret_personne",
    "remboursement",
    "personnel_non_incarcere",
    "entente_utilisation",
    "revenu",
    "depense",
    "depot",
    "cheque",
    "signature_cheque",
    "placement",
    "emprunt_fonds",
    "cotisation_fc",
)


def _inserer(session: Session, lignes: _Lignes, progression: Callable[[str, int], None] | None) -> None:
    """Insère par lots (executemany de SQLAlchemy Core), une table après celles qu'elle nomme."""
    for nom in ORDRE:
        table: Table = m.Base.metadata.tables[nom]
        rangees = lignes.tables.get(nom, [])
        for debut in range(0, len(rangees), LOT):
            lot = rangees[debut : debut + LOT]
            session.execute(insert(table), lot)
            if progression:
                progression(nom, len(lot))


def _recaler_sequences(session: Session) -> None:
    """PostgreSQL : les identifiants viennent d'ici ; on recale les séquences pour la suite."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for nom in ORDRE:
        if "id" in m.Base.metadata.tables[nom].c:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{nom}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {nom}), 0) + 1, false)"
                )
            )


def utilisateurs_echantillon(session: Session) -> dict[str, str]:
    """Un utilisateur par rôle et par fonds, plus le Fonds central ; rend nom → jeton (montré une fois)."""
    jetons: dict[str, str] = {}
    codes = session.scalars(select(m.Fonds.code).order_by(m.Fonds.id)).all()
    for code in codes:
        bas = code.lower()
        for role in ("conseiller", "paie", "membre_ca", "administrateur"):
            jetons[f"{role}-{bas}"] = creer_utilisateur(session, f"{role}-{bas}", role, [code])
        detenu = session.scalars(
            select(m.MembreCA)
            .join(m.Fonds, m.Fonds.id == m.MembreCA.fonds_id)
            .where(m.Fonds.code == code, m.MembreCA.categorie == "personne_incarceree")
        ).first()
        if detenu:
            jetons[f"membre_ca-detenu-{bas}"] = creer_utilisateur(
                session, f"membre_ca-detenu-{bas}", "membre_ca", [code], membre_ca_id=detenu.id
            )
    jetons["fonds_central"] = creer_utilisateur(session, "fonds_central", "fonds_central", list(codes))
    return jetons


def generer(
    moteur: Engine,
    *,
    grand: bool = False,
    graine: int = GRAINE,
    progression: Callable[[str, int], None] | None = None,
) -> dict[str, str]:
    """Remplit une base migrée et vide ; rend les jetons des utilisateurs créés (échantillon seulement)."""
    echelle = GRAND if grand else PETIT
    g = _Generateur(echelle, graine)
    with Session(moteur) as session, session.begin():
        # Un fonds à la fois : la grande échelle ne tient pas en mémoire d'un bloc.
        for code, nom in echelle.fonds:
            fid = g.fonds(code, nom)
            _finances(g, fid, code, echelle.annees)
            _cas_limites(g, fid, code)
            _inserer(session, g.l, progression)
            g.l.tables.clear()
        _recaler_sequences(session)
        return {} if grand else utilisateurs_echantillon(session)


def est_vide(moteur: Engine) -> bool:
    with Session(moteur) as session:
        return not session.scalar(select(func.count()).select_from(m.Fonds))
