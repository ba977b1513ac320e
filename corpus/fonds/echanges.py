"""Import et export CSV des tables qu'un fonds tient en tableur (heures, paie, aides, prêts, contrats,
chèques, dépôts, conseil, cotisation).

Un import est tout ou rien (une transaction) et idempotent : chaque table a une clé naturelle
(pseudonyme + activité + date, numéro…) ; une ligne déjà là et identique ne change rien, une ligne
différente est mise à jour. Chaque ligne fautive donne UN message en français avec fichier, ligne,
colonne et raison ; s'il y en a un seul, rien n'est écrit. `essai=True` dit ce qui changerait.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m, tableur as t
from corpus.fonds.paie import changements_entre

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Colonne:
    """Une colonne du fichier : son en-tête, l'attribut du modèle, comment la lire."""

    entete: str
    genre: str  # texte, entier, argent, heures, taux, date, passee, booleen, choix:<a|b>, ref:<table>
    attribut: str | None = None
    requise: bool = True

    @property
    def cible(self) -> str:
        return self.attribut or self.entete


@dataclass(frozen=True)
class TableCSV:
    modele: type[m.Base]
    colonnes: tuple[Colonne, ...]
    cle: tuple[str, ...]
    controle: Callable[[dict[str, Any]], str | None] | None = None

    def colonne(self, entete: str) -> Colonne:
        return next(c for c in self.colonnes if c.entete == entete)


def _heures_valides(r: dict[str, Any]) -> str | None:
    if r["au"] < r["du"]:
        return "au : la fin précède le début"
    if changements_entre(r["du"], r["au"]):
        return (
            "au : la période traverse un changement du salaire minimum (1er mai) ; coupez-la en deux lignes"
        )
    if r["heures"] > 24 * ((r["au"] - r["du"]).days + 1):
        return "heures : plus d'heures que de jours dans la période"
    return None


def _paie_valide(r: dict[str, Any]) -> str | None:
    if r["au"] < r["du"]:
        return "au : la fin précède le début"
    if r["retenues_legales"] > r["brute"]:
        return "retenues_legales : plus grandes que la rémunération brute (LSCQ, art. 91)"
    if (r["retenues_legales"] == 0) != (r["nature_retenue"] is None):
        return "nature_retenue : à donner si, et seulement si, il y a une retenue"
    if r["prelevement"] + r["verse_directeur"] != r["brute"] - r["retenues_legales"]:
        return "verse_directeur : prélèvement + versé au directeur ≠ brute − retenues (art. 15)"
    if r["allocation"] + r["epargne"] != r["verse_directeur"]:
        return "epargne : allocation + épargne ≠ versé au directeur (art. 16)"
    return None


def _fin_apres_debut(debut: str, fin: str) -> Callable[[dict[str, Any]], str | None]:
    def controle(r: dict[str, Any]) -> str | None:
        if r.get(debut) and r.get(fin) and r[fin] < r[debut]:
            return f"{fin} : la date précède {debut}"
        return None

    return controle


C = Colonne
TABLES: dict[str, TableCSV] = {
    "heures": TableCSV(
        m.Heures,
        (
            C("pseudonyme", "ref:participant", "participant_id"),
            C("activite", "ref:activite", "activite_id"),
            C("du", "passee"),
            C("au", "passee"),
            C("heures", "heures"),
            C("source", "choix:fonds|rapport_tiers"),
            C("prime", "argent", requise=False),
        ),
        ("participant_id", "activite_id", "du"),
        _heures_valides,
    ),
    "ligne_paie": TableCSV(
        m.LignePaie,
        (
            C("pseudonyme", "ref:participant", "participant_id"),
            C("du", "passee"),
            C("au", "passee"),
            C("versee_le", "passee"),
            C("heures", "heures"),
            C("brute", "argent"),
            C("retenues_legales", "argent", requise=False),
            C("nature_retenue", "choix:" + "|".join(m.NATURES_RETENUE), requise=False),
            C("prelevement", "argent"),
            C("verse_directeur", "argent"),
            C("allocation", "argent"),
            C("epargne", "argent"),
        ),
        ("participant_id", "du"),
        _paie_valide,
    ),
    "demande_aide": TableCSV(
        m.DemandeAide,
        (
            C("numero", "texte"),
            C("pseudonyme", "ref:participant", "participant_id"),
            C("presentee_le", "passee"),
            C("presentee_par", "choix:directeur|delegue"),
            C("situation", "choix:1|2|3"),
            C("forme", "choix:don|pret"),
            C("montant_demande", "argent"),
        ),
        ("numero",),
    ),
    "decision_aide": TableCSV(
        m.DecisionAide,
        (
            C("demande", "ref:demande_aide", "demande_id"),
            C("decidee_le", "passee"),
            C("decision", "choix:accordee|refusee"),
            C("montant_accorde", "argent"),
        ),
        ("demande_id",),
    ),
    "pret_personne": TableCSV(
        m.PretPersonne,
        (
            C("numero", "texte"),
            C("pseudonyme", "ref:participant", "participant_id"),
            C("demande", "ref:demande_aide", "demande_id", requise=False),
            C("accorde_le", "passee"),
            C("principal", "argent"),
        ),
        ("numero",),
    ),
    "remboursement": TableCSV(
        m.Remboursement,
        (
            C("pret", "ref:pret_personne", "pret_id"),
            C("le", "passee"),
            C("montant", "argent"),
            C("source", "choix:allocation|epargne|autre"),
        ),
        ("pret_id", "le", "source"),
    ),
    "contrat": TableCSV(
        m.Contrat,
        (
            C("numero", "texte"),
            C("tiers", "ref:tiers", "tiers_id"),
            C("etat", "choix:projete|signe"),
            C("montant_total", "argent", requise=False),
            C("montant_maximum", "argent", requise=False),
            C("heures_requises", "heures", requise=False),
            C("debut", "date", requise=False),
            C("fin", "date", requise=False),
            C("obligations_tiers", "texte", requise=False),
            C("communication_heures", "booleen"),
        ),
        ("numero",),
        _fin_apres_debut("debut", "fin"),
    ),
    "cheque": TableCSV(
        m.Cheque,
        (
            C("numero", "entier"),
            C("emis_le", "passee"),
            C("beneficiaire", "texte"),
            C("montant", "argent"),
            C("objet", "texte", requise=False),
            C("signataire_1", "ref:signataire", requise=False),
            C("signataire_2", "ref:signataire", requise=False),
        ),
        ("numero",),
    ),
    "depot": TableCSV(
        m.Depot,
        (
            C("numero", "texte"),
            C("recu_le", "passee"),
            C("depose_le", "passee"),
            C("montant", "argent"),
            C("par_membre", "ref:membre_ca", "par_membre_id", requise=False),
            C("par_designation", "texte", requise=False),
        ),
        ("numero",),
        _fin_apres_debut("recu_le", "depose_le"),
    ),
    "membre_ca": TableCSV(
        m.MembreCA,
        (
            C("code", "texte"),
            C("designation", "texte"),
            C("categorie", "choix:ministere|communaute|personne_incarceree"),
            C("fonction", "texte"),
            C("debut_mandat", "date"),
            C("fin_mandat", "date"),
            C("autorise_depot", "booleen"),
            C("pseudonyme", "ref:participant", "participant_id", requise=False),
        ),
        ("code",),
        _fin_apres_debut("debut_mandat", "fin_mandat"),
    ),
    "cotisation_fc": TableCSV(
        m.CotisationFC,
        (
            C("annee", "entier"),
            C("revenu_net_exploitation", "argent"),
            C("taux", "taux"),
            C("montant", "argent"),
            C("payee_le", "passee", requise=False),
        ),
        ("annee",),
    ),
}
SIGNATURES = ("signataire_1", "signataire_2")  # colonnes du chèque rangées dans signature_cheque

# Colonne qui nomme une ligne d'une autre table : la table et la colonne de son code.
REFERENCES = {
    "participant": (m.Participant, "pseudonyme"),
    "activite": (m.Activite, "code"),
    "tiers": (m.Tiers, "code"),
    "demande_aide": (m.DemandeAide, "numero"),
    "pret_personne": (m.PretPersonne, "numero"),
    "membre_ca": (m.MembreCA, "code"),
    "signataire": (m.Signataire, "code"),
}


class ErreurImport(ValueError):
    """Les messages de toutes les lignes fautives ; rien n'a été écrit."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class Bilan:
    table: str
    lues: int = 0
    ajoutees: int = 0
    modifiees: int = 0
    inchangees: int = 0
    essai: bool = False
    apercu: list[str] = field(default_factory=list)


class _Contexte:
    """Ce que la lecture d'un fichier doit savoir du fonds : ses codes, ses pseudonymes."""

    def __init__(self, session: Session, fonds_id: int, aujourd_hui: datetime.date) -> None:
        self.session, self.fonds_id, self.aujourd_hui = session, fonds_id, aujourd_hui
        self._codes: dict[str, dict[str, int]] = {}
        self._ailleurs: set[str] | None = None

    def codes(self, genre: str) -> dict[str, int]:
        if genre not in self._codes:
            modele, colonne = REFERENCES[genre]
            self._codes[genre] = dict(
                self.session.execute(
                    select(getattr(modele, colonne), modele.id).where(modele.fonds_id == self.fonds_id)
                ).all()
            )
        return self._codes[genre]

    def pseudonyme_ailleurs(self, pseudo: str) -> bool:
        if self._ailleurs is None:
            self._ailleurs = set(
                self.session.scalars(
                    select(m.Participant.pseudonyme).where(m.Participant.fonds_id != self.fonds_id)
                )
            )
        return pseudo in self._ailleurs


Lecteur = Callable[[str], Any]


def _lecteur(colonne: Colonne, ctx: _Contexte) -> Lecteur:
    """La fonction qui lit une cellule de cette colonne, préparée une fois par fichier (la vitesse
    d'import en dépend : des centaines de milliers de cellules)."""
    genre = colonne.genre
    if genre == "texte":
        return str.strip
    if genre == "entier":
        return t.lire_entier
    if genre in ("argent", "heures"):
        return _positif
    if genre == "taux":
        return _taux
    if genre in ("date", "passee"):
        return _date_passee(ctx.aujourd_hui) if genre == "passee" else t.lire_date
    if genre == "booleen":
        return t.lire_booleen
    if genre.startswith("choix:"):
        return _choix(genre.removeprefix("choix:").split("|"))
    return _reference(genre.removeprefix("ref:"), ctx)


def _positif(texte: str) -> Decimal:
    valeur = t.lire_decimal(texte, 2)
    if valeur < 0:
        raise t.CelluleInvalide(f"valeur négative « {texte} » (doit être positive ou nulle)")
    return valeur


def _taux(texte: str) -> Decimal:
    valeur = t.lire_decimal(texte, 2) / 100
    if not Decimal("0.05") <= valeur <= Decimal("0.25"):
        raise t.CelluleInvalide(f"taux hors des limites de l'art. 17 (de 5 % à 25 %) : « {texte} »")
    return valeur


def _date_passee(aujourd_hui: datetime.date) -> Lecteur:
    def lire(texte: str) -> datetime.date:
        jour = t.lire_date(texte)
        if jour > aujourd_hui:
            raise t.CelluleInvalide(f"date future « {texte} » (après le {aujourd_hui.isoformat()})")
        return jour

    return lire


def _choix(permis: list[str]) -> Lecteur:
    valeurs: dict[str, Any] = {p: int(p) if p.isdigit() else p for p in permis}

    def lire(texte: str) -> Any:
        try:
            return valeurs[texte.strip()]
        except KeyError:
            raise t.CelluleInvalide(f"valeur inconnue « {texte} » (permises : {', '.join(permis)})") from None

    return lire


def _reference(cible: str, ctx: _Contexte) -> Lecteur:
    ids = ctx.codes(cible)

    def lire(texte: str) -> int:
        code = texte.strip()
        if code in ids:
            return ids[code]
        if cible == "participant" and ctx.pseudonyme_ailleurs(code):
            raise t.CelluleInvalide(f"le pseudonyme « {code} » appartient à un autre fonds")
        quoi = "pseudonyme" if cible == "participant" else "code"
        raise t.CelluleInvalide(f"{quoi} inconnu dans ce fonds : « {code} »")

    return lire


def _lire_fichier(
    spec: TableCSV, nom: str, texte: str, ctx: _Contexte, progression: bool
) -> tuple[list[dict[str, Any]], list[str]]:
    entete, rangs = t.lignes_csv(texte)
    manquantes = [c.entete for c in spec.colonnes if c.entete not in entete]
    if manquantes:
        return [], [f"{nom}, ligne 1 : colonne absente « {', '.join(manquantes)} »"]
    inconnues = [e for e in entete if e not in {c.entete for c in spec.colonnes}]
    if inconnues:
        return [], [f"{nom}, ligne 1 : colonne inconnue « {', '.join(inconnues)} »"]
    colonnes = [spec.colonne(e) for e in entete]
    lecteurs = [(c, c.cible, _lecteur(c, ctx)) for c in colonnes]
    lues: list[dict[str, Any]] = []
    erreurs: list[str] = []
    vues: dict[tuple[Any, ...], int] = {}
    for numero, valeurs in _barre(rangs, progression, nom):
        message = _lire_rang(spec, lecteurs, valeurs, ctx, lues, vues, numero)
        if message:
            erreurs.append(f"{nom}, ligne {numero}, {message}")
    return lues, erreurs


def _lire_rang(
    spec: TableCSV,
    lecteurs: list[tuple[Colonne, str, Lecteur]],
    valeurs: list[str],
    ctx: _Contexte,
    lues: list[dict[str, Any]],
    vues: dict[tuple[Any, ...], int],
    numero: int,
) -> str | None:
    if len(valeurs) != len(lecteurs):
        attendu = len(lecteurs)
        return (
            f"colonne {attendu + 1 if len(valeurs) > attendu else len(valeurs) + 1} : "
            f"{len(valeurs)} valeurs pour {attendu} colonnes"
        )
    rang: dict[str, Any] = {"fonds_id": ctx.fonds_id}
    for (colonne, cible, lire), texte in zip(lecteurs, valeurs, strict=True):
        if not texte or texte.isspace():
            if colonne.requise:
                return f"colonne « {colonne.entete} » : valeur obligatoire manquante"
            rang[cible] = Decimal("0.00") if colonne.entete in ("prime", "retenues_legales") else None
            continue
        try:
            rang[cible] = lire(texte)
        except t.CelluleInvalide as e:
            return f"colonne « {colonne.entete} » : {e}"
    if spec.controle and (probleme := spec.controle(rang)):
        entete, _, raison = probleme.partition(" : ")
        return f"colonne « {entete} » : {raison}"
    cle = tuple(rang[c] for c in spec.cle)
    if cle in vues:
        return f"colonne « {spec.colonnes[0].entete} » : ligne en double (déjà à la ligne {vues[cle]})"
    vues[cle] = numero
    lues.append(rang)
    return None


def _barre(
    rangs: list[tuple[int, list[str]]], progression: bool, nom: str
) -> Iterable[tuple[int, list[str]]]:
    if not progression or len(rangs) < 10_000:
        return rangs
    from tqdm import tqdm

    return tqdm(rangs, desc=f"Lecture de {nom}", unit="ligne")


def _normal(valeur: Any) -> Any:
    """Pour comparer une valeur lue à celle de la base (SQLite rend des décimaux approchés)."""
    if isinstance(valeur, (Decimal, float)):
        return Decimal(valeur).quantize(Decimal("0.0001"))
    return valeur


def _existants(
    session: Session, spec: TableCSV, fonds_id: int, champs: list[str]
) -> dict[tuple[Any, ...], tuple[int, tuple[Any, ...]]]:
    modele = spec.modele
    colonnes = [getattr(modele, c) for c in champs]
    existants = {}
    for rang in session.execute(select(modele.id, *colonnes).where(modele.fonds_id == fonds_id)):
        valeurs = dict(zip(champs, rang[1:], strict=True))
        existants[tuple(valeurs[c] for c in spec.cle)] = (rang[0], tuple(_normal(v) for v in rang[1:]))
    return existants


def _signatures_existantes(session: Session, fonds_id: int) -> dict[int, tuple[int | None, int | None]]:
    paires: dict[int, list[int]] = {}
    for cheque, signataire in session.execute(
        select(m.SignatureCheque.cheque_id, m.SignatureCheque.signataire_id).where(
            m.SignatureCheque.fonds_id == fonds_id
        )
    ):
        paires.setdefault(cheque, []).append(signataire)
    return {c: tuple(sorted(s) + [None] * (2 - len(s)))[:2] for c, s in paires.items()}  # type: ignore[misc]


def importer(
    moteur: Engine,
    fichier: Path,
    table: str,
    fonds: str,
    *,
    essai: bool = False,
    aujourd_hui: datetime.date | None = None,
    progression: bool = False,
) -> Bilan:
    """Importe `fichier` dans `table` du fonds `fonds` (code) ; lève ErreurImport sans rien écrire."""
    spec = TABLES[table]
    nom = fichier.name
    try:
        texte = t.decoder(fichier.read_bytes())
    except t.FichierInvalide as e:
        raise ErreurImport([f"{nom}, {e}"]) from e
    with Session(moteur) as session, session.begin():
        fonds_id = session.scalar(select(m.Fonds.id).where(m.Fonds.code == fonds))
        if fonds_id is None:
            raise ErreurImport([f"fonds inconnu : « {fonds} »"])
        ctx = _Contexte(session, fonds_id, aujourd_hui or datetime.date.today())
        try:
            lues, erreurs = _lire_fichier(spec, nom, texte, ctx, progression)
        except t.FichierInvalide as e:
            raise ErreurImport([f"{nom}, {e}"]) from e
        if erreurs:
            raise ErreurImport(erreurs)
        bilan = _ecrire(session, spec, table, fonds_id, lues, essai)
        if essai:
            session.rollback()
        return bilan


def _ecrire(
    session: Session, spec: TableCSV, table: str, fonds_id: int, lues: list[dict[str, Any]], essai: bool
) -> Bilan:
    champs = [c.cible for c in spec.colonnes if c.entete not in SIGNATURES]
    existants = _existants(session, spec, fonds_id, champs)
    signatures = _signatures_existantes(session, fonds_id) if table == "cheque" else {}
    bilan = Bilan(table=table, lues=len(lues), essai=essai)
    nouveaux, changes, a_signer = [], [], []
    for rang in lues:
        cle = tuple(rang[c] for c in spec.cle)
        signes = tuple(sorted(s for s in (rang.pop(n, None) for n in SIGNATURES) if s is not None))
        signes = (*signes, None, None)[:2]
        ancien = existants.get(cle)
        if ancien is None:
            nouveaux.append(rang)
            bilan.ajoutees += 1
            a_signer.append((cle, signes))
            _apercu(bilan, "ajout", cle)
        elif ancien[1] != tuple(_normal(rang[c]) for c in champs) or (
            table == "cheque" and signatures.get(ancien[0], (None, None)) != signes
        ):
            changes.append({**rang, "id": ancien[0]})
            bilan.modifiees += 1
            a_signer.append((cle, signes))
            _apercu(bilan, "modification", cle)
        else:
            bilan.inchangees += 1
    try:
        if nouveaux:
            # Core plutôt que l'ORM : un executemany direct, plusieurs fois plus rapide.
            session.connection().execute(insert(spec.modele.__table__), nouveaux)
        if changes:
            session.execute(update(spec.modele), changes)
        if table == "cheque" and a_signer:
            _signer(session, fonds_id, a_signer)
        session.flush()
    except IntegrityError as e:
        raise ErreurImport([f"la base refuse ces lignes (contrainte) : {e.orig}"]) from e
    return bilan


def _signer(session: Session, fonds_id: int, a_signer: list[tuple[tuple[Any, ...], tuple[Any, ...]]]) -> None:
    ids = dict(
        session.execute(select(m.Cheque.numero, m.Cheque.id).where(m.Cheque.fonds_id == fonds_id)).all()
    )
    cheques = [ids[cle[0]] for cle, _ in a_signer]
    session.execute(delete(m.SignatureCheque).where(m.SignatureCheque.cheque_id.in_(cheques)))
    lignes = [
        {"fonds_id": fonds_id, "cheque_id": ids[cle[0]], "signataire_id": s}
        for cle, signes in a_signer
        for s in signes
        if s is not None
    ]
    if lignes:
        session.execute(insert(m.SignatureCheque), lignes)


def _apercu(bilan: Bilan, quoi: str, cle: tuple[Any, ...]) -> None:
    if len(bilan.apercu) < 20:
        bilan.apercu.append(f"{quoi} : {' / '.join(t.ecrire(v) for v in cle)}")


def exporter(moteur: Engine, table: str, fonds: str) -> str:
    """Le texte CSV (« ; », UTF-8 avec BOM pour les tableurs) des lignes de `table` du fonds `fonds`."""
    import csv
    import io

    spec = TABLES[table]
    sortie = io.StringIO()
    sortie.write("\ufeff")
    ecrivain = csv.writer(sortie, delimiter=";", lineterminator="\n")
    ecrivain.writerow([c.entete for c in spec.colonnes])
    with Session(moteur) as session:
        fonds_id = session.scalar(select(m.Fonds.id).where(m.Fonds.code == fonds))
        if fonds_id is None:
            raise ErreurImport([f"fonds inconnu : « {fonds} »"])
        codes = {
            genre: {
                i: code
                for code, i in _Contexte(session, fonds_id, datetime.date.today()).codes(genre).items()
            }
            for genre in {c.genre.removeprefix("ref:") for c in spec.colonnes if c.genre.startswith("ref:")}
        }
        signatures = _signatures_existantes(session, fonds_id) if table == "cheque" else {}
        modele = spec.modele
        ordre = [getattr(modele, c) for c in spec.cle]
        for ligne in session.scalars(select(modele).where(modele.fonds_id == fonds_id).order_by(*ordre)):
            ecrivain.writerow([_cellule(c, ligne, codes, signatures) for c in spec.colonnes])
    return sortie.getvalue()


def _cellule(
    colonne: Colonne,
    ligne: Any,
    codes: dict[str, dict[int, str]],
    signatures: dict[int, tuple[int | None, int | None]],
) -> str:
    if colonne.entete in SIGNATURES:
        signe = signatures.get(ligne.id, (None, None))[SIGNATURES.index(colonne.entete)]
        return codes["signataire"].get(signe, "") if signe else ""
    valeur = getattr(ligne, colonne.cible)
    if colonne.genre.startswith("ref:"):
        return codes[colonne.genre.removeprefix("ref:")].get(valeur, "") if valeur is not None else ""
    if colonne.genre == "taux":
        return t.ecrire((Decimal(valeur) * 100).quantize(CENT))
    if colonne.genre in ("argent", "heures") and valeur is not None:
        return t.ecrire(Decimal(valeur).quantize(CENT))
    return t.ecrire(valeur)
