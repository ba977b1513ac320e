"""Ce que demandent les conseillers et la paie sur une personne : ses heures et ses paies (refaites
avec les calculateurs), où en est une demande d'assistance, ce qui reste dû sur un prêt.

Art. 5 (assistance : don ou prêt sans intérêt), 11 (rémunération), 15 (prélèvement), 16
(allocation ; ce qui est dû à la libération) ; LSCQ, art. 91 (retenues, solde au directeur).
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Designe, Tableau, consultation
from assistant.registres.paie import ArgumentsPeriodeDePaie
from assistant.registres.tableaux import compte, dire_periode, enumerer, heures, majuscule, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils import parametres
from outils.argent import format_montant, format_nombre, format_taux
from outils.dates import format_date, format_mois, par_mois
from outils.declaration import MOIS_PAR_MOIS, PERIODE, Arguments, Booleen, Compte, Indices, Jour, Pseudonyme
from outils.registre import executer
from outils.resultat import Resultat, loi, reglement

ZERO = Decimal("0.00")

# Les parts d'une paie que refait `repartir_paie`, et la règle de chacune.
PARTS = (
    ("prelevement", "prélèvement", "art. 15"),
    ("verse_directeur", "solde versé au directeur", "LSCQ, art. 91"),
    ("allocation", "allocation", "art. 16"),
    ("epargne", "épargne", "LSCQ, art. 92"),
)


UN_AN = datetime.timedelta(days=366)
UN_MOIS = datetime.timedelta(days=31)  # une paie est versée moins d'un mois après le début de sa période


class ArgumentsPaie(ArgumentsPeriodeDePaie):
    pseudonyme: Pseudonyme = Field(
        title="pseudonyme de la personne",
        description="Le pseudonyme de la personne incarcérée, par exemple P-VDP-0042.",
    )
    dernieres: Annotated[Compte | None, Indices(("derniere paie", "derniere paye", "dernieres paies",
                                                  "dernieres payes", "paie la plus recente"))] = Field(
        None,
        title="dernières paies",
        description="Les N dernières paies consignées (dans l'année qui précède la demande, ou la fin"
        " donnée) ; un début donné cède.",
    )
    par_mois: Annotated[Booleen, MOIS_PAR_MOIS] = Field(
        False,
        title="mois par mois",
        description="Les paies additionnées par mois de versement (« son épargne mois par mois »).",
    )


@consultation(
    ArgumentsPaie,
    "Les heures et les paies d'une personne incarcérée sur une période, d'après les registres : brute,"
    " retenues légales, prélèvement de 10 % (art. 15), allocation et épargne (art. 16) ; chaque paie est"
    " refaite avec les calculateurs (art. 11, taux du 1er mai, prime) et tout écart est signalé.",
    articles=("11", "15", "16"),
    lecture=requetes.heures_et_paie,
)
def paie_personne(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    pseudonyme: str,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    dernieres: int | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
    par_mois: bool = False,
) -> Tableau:
    pseudonyme = pseudonyme.strip().upper()
    debut, fin = periode(jour, du, au)
    if le:
        debut, fin = _periode_de_la_paie(identite, session, pseudonyme, le)
    if dernieres:
        # « Ses trois dernières paies » : des périodes des plus récentes paies de l'année écoulée, même
        # quand une question précédente avait donné un début (« et sur ses deux dernières paies ? »).
        fin = min(au or jour, jour)
        debut = fin - UN_AN  # aucune paie dans l'année : la réponse le dit pour toute l'année
        annee = requetes.heures_et_paie(identite, session, pseudonyme, debut, fin)
        if recentes := annee["lignes"][-dernieres:]:
            debut, fin = recentes[0]["du"], recentes[-1]["au"]
    # Une paie désignée (son jour, les dernières) a déjà sa période de travail : le versement n'y change rien.
    par_versement = par_versement and not (le or dernieres)
    paie = requetes.heures_et_paie(identite, session, pseudonyme, debut, fin, par_versement=par_versement)
    qui, quand = paie["pseudonyme"], dire_periode(debut, fin)
    if not paie["lignes"] and not (du or au or le or dernieres or par_versement):
        # Sans période dite, « sa paie » est la dernière consignée, même commencée un mois passé.
        derniere = paie_personne(identite, session, jour, pseudonyme, dernieres=1)
        if derniere.lignes:
            note = (f"Aucune paie de {qui} dont la période commence {quand} n'est consignée : la dernière"
                    " paie consignée est montrée.")
            return derniere.model_copy(update={"notes": [note, *derniere.notes]})
    paye = "nature_retenue" in next(iter(paie["lignes"]), {})  # le rôle paie seulement (couche de données)
    colonnes = ["Du", "Au", "Versée le", "Heures", "Taux horaire", "Prime", "Brute", "Retenues légales"]
    colonnes += ["Nature de la retenue"] if paye else []
    colonnes += ["Prélèvement (10 %)", "Versé au directeur", "Allocation", "Épargne"]
    colonnes += ["Conforme aux calculateurs"]
    lignes, notes = [], []
    for lg in paie["lignes"]:
        calculs = _remunerations(lg)
        ecarts = _ecarts(lg, calculs)
        prime = sum((h["prime"] for h in lg["morceaux"]), ZERO)
        ligne: list[Any] = [lg["du"], lg["au"], lg["versee_le"], heures(lg["heures"]), _taux(calculs), prime]
        ligne += [lg["brute"]]
        ligne += [lg["retenues_legales"]]
        ligne += [NATURES_RETENUE.get(lg["nature_retenue"], lg["nature_retenue"])] if paye else []
        ligne += [lg["prelevement"], lg["verse_directeur"], lg["allocation"], lg["epargne"], not ecarts]
        lignes.append(ligne)
        if ecarts:
            quand_paie = f"Paie du {format_date(lg['du'])} au {format_date(lg['au'])}"
            notes.append(f"{quand_paie} : {' ; '.join(ecarts)}.")
    t = paie["totaux"]
    if not paie["lignes"] and par_versement:
        phrase = f"Aucune paie versée à {qui} n'est consignée {quand}."
    elif not paie["lignes"]:
        phrase = (
            f"Aucune heure de travail ni paie n'est consignée pour {qui} {quand}."
            if not paie["heures"]
            else f"{majuscule(quand)}, {qui} a travaillé {heures(paie['heures'])}, mais aucune paie dont la"
            " période commence dans cet intervalle n'est consignée."
        )
    else:
        phrase = (
            _debut(quand, qui, heures(paie["heures"]), len(lignes), par_versement)
            +
            f"{format_montant(t['brute'])} brut, {format_montant(t['retenues_legales'])} de retenues"
            f" légales, {format_montant(t['prelevement'])} prélevés pour le fonds et"
            f" {format_montant(t['verse_directeur'])} versés au directeur :"
            f" {format_montant(t['allocation'])} d'allocation et {format_montant(t['epargne'])} d'épargne."
        )
        ecartees = sum(1 for ligne in lignes if not ligne[-1])
        phrase += (
            f" {compte(ecartees, 'paie ne concorde', 'paies ne concordent')} pas avec les calculateurs"
            " (voir les notes)."
            if ecartees
            else " Chaque paie concorde avec les calculateurs (art. 11, 15 et 16)."
        )
        notes.append(
            "Le taux horaire (35 % du salaire minimum du jour du travail) est arrondi au cent, la demie vers"
            " le haut : le règlement ne fixe pas d'arrondi."
        )
    articles = [reglement("11", "art. 11, al. 1")]
    if any(ligne[5] for ligne in lignes):
        articles.append(reglement("11", "art. 11, al. 2"))
        notes.append("La colonne Prime est la prime de supervision ou de tâches complexes (art. 11, al. 2).")
    articles += [reglement("15", "art. 15"), reglement("16", "art. 16, al. 1"), loi("91")]
    if par_mois and lignes:  # chaque paie vérifiée ci-dessus ; le tableau les additionne par mois
        colonnes, lignes = _sommes_par_mois_de_versement(paie["lignes"])
        phrase += f" Mois par mois, selon le jour de versement : {compte(len(lignes), 'mois', 'mois')}."
    return Tableau(
        consultation="paie_personne",
        phrase=phrase,
        colonnes=colonnes,
        lignes=lignes,
        articles=articles,
        notes=notes,
        # Le brut total et le nombre de paies : la moyenne par paie, l'écart entre deux périodes.
        total=t["brute"] if lignes else None,
        effectif=len(paie["lignes"]),
        chose="paie",
    )


# Les colonnes d'une paie qui s'additionnent d'un mois : (clé de la couche de données, titre).
SOMMES_DU_MOIS = (("heures", "Heures"), ("brute", "Brute"), ("retenues_legales", "Retenues légales"),
                  ("prelevement", "Prélèvement (10 %)"), ("verse_directeur", "Versé au directeur"),
                  ("allocation", "Allocation"), ("epargne", "Épargne"))


def _sommes_par_mois_de_versement(paies: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Les paies additionnées par mois de versement : une paie compte dans le mois où elle est versée."""
    lignes = [
        [format_mois(premier), len(du_mois),
         *(sum((lg[cle] for lg in du_mois), ZERO) for cle, _ in SOMMES_DU_MOIS)]
        for premier, du_mois in par_mois(paies, lambda lg: lg["versee_le"])
    ]
    for ligne in lignes:
        ligne[2] = heures(ligne[2])
    return ["Mois de versement", "Paies", *(titre for _, titre in SOMMES_DU_MOIS)], lignes


def _debut(quand: str, qui: str, travail: str, paies: int, par_versement: bool) -> str:
    """« En octobre 2026, P-VDP-0042 a travaillé 40 h ; ses 2 paies totalisent » ; par versement, « En
    octobre 2026, 2 paies ont été versées à P-VDP-0042 pour 40 h de travail ; elles totalisent »."""
    if par_versement:
        versees = compte(paies, "paie a été versée", "paies ont été versées")
        return (f"{majuscule(quand)}, {versees} à {qui} pour {travail} de travail ;"
                f" {'elle totalise' if paies == 1 else 'elles totalisent'} ")
    return (f"{majuscule(quand)}, {qui} a travaillé {travail} ;"
            f" {'sa paie totalise' if paies == 1 else f'ses {paies} paies totalisent'} ")


NATURES_RETENUE = {
    "ordonnance_tribunal": "ordonnance d'un tribunal",
    "pension_alimentaire": "pension alimentaire",
    "autre_loi": "autre loi",
}


def _remunerations(ligne: dict[str, Any]) -> list[Resultat]:
    """Le calculateur de l'art. 11 sur chaque ligne d'heures d'une paie : ses heures, son jour, sa prime."""
    return [executer("calculer_remuneration", {"heures": h["heures"], "date": h["du"], "prime": h["prime"]})
            for h in ligne["morceaux"]]


def _taux(calculs: list[Resultat]) -> str:
    """Le taux horaire des heures d'une paie, celui du jour de chaque ligne d'heures (deux taux quand la
    paie traverse le changement du salaire minimum)."""
    taux = dict.fromkeys(c.montants["taux_horaire"] for c in calculs)
    return " puis ".join(format_montant(t) for t in taux) or "—"


def _ecarts(ligne: dict[str, Any], calculs: list[Resultat]) -> list[str]:
    """Ce qui, dans une paie consignée, diffère de ce que donnent les calculateurs d'`outils` :
    Σ calculer_remuneration(heures, jour, prime) de ses lignes d'heures (`calculs`), puis repartir_paie."""
    ecarts = []
    morceaux = ligne["morceaux"]
    if not morceaux:
        ecarts.append("aucune ligne d'heures n'est consignée, la rémunération brute ne peut être refaite")
    brute = ZERO
    for h, calcul in zip(morceaux, calculs, strict=True):
        brute += calcul.montants["remuneration_brute"]
        nouveau = parametres.valeur("salaire_minimum", h["au"]).en_vigueur_le
        if nouveau > h["du"]:  # le salaire minimum change en cours de ligne (1er mai)
            ecarts.append(
                f"les heures du {format_date(h['du'])} au {format_date(h['au'])} traversent le changement du"
                f" salaire minimum du {format_date(nouveau)} : chaque partie se paie au taux de ses jours"
                " (art. 11)"
            )
    total = sum((h["heures"] for h in morceaux), Decimal(0))
    if morceaux and total != ligne["heures"]:
        ecarts.append(f"{heures(total)} dans les lignes d'heures, {heures(ligne['heures'])} sur la paie")
    if morceaux and brute != ligne["brute"]:
        ecarts.append(
            f"rémunération brute consignée {format_montant(ligne['brute'])}, les calculateurs donnent"
            f" {format_montant(brute)} (art. 11)"
        )
    partage = executer(
        "repartir_paie",
        {"brute": ligne["brute"], "retenues_legales": ligne["retenues_legales"], "date": ligne["versee_le"]},
    ).montants
    for cle, libelle, regle in PARTS:
        if partage[cle] != ligne[cle]:
            ecarts.append(
                f"{libelle} consigné {format_montant(ligne[cle])}, les calculateurs donnent"
                f" {format_montant(partage[cle])} ({regle})"
            )
    return ecarts


SITUATIONS = {
    1: "1° sans aide ni ressource, ne peut travailler",
    2: "2° participer à une activité non rémunérée",
    3: "3° chercher un emploi dans la communauté",
}
FORMES = {"don": "don", "pret": "prêt sans intérêt"}
STATUTS = {"a_l_etude": "à l'étude", "accordee": "accordée", "refusee": "refusée"}
PRESENTEE_PAR = {"directeur": "le directeur", "delegue": "une personne désignée"}


def _periode_de_la_paie(
    identite: Identite, session: Session, pseudonyme: str, le: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """La période de la paie versée ce jour-là, ou qui le comprend ; sinon ce seul jour."""
    autour = requetes.heures_et_paie(identite, session, pseudonyme, le - UN_MOIS, le)["lignes"]
    visee = next((lg for lg in autour if lg["versee_le"] == le), None) or next(
        (lg for lg in autour if lg["du"] <= le <= lg["au"]), None)
    return (visee["du"], visee["au"]) if visee else (le, le)


class ArgumentsDemande(Arguments):
    demande: Annotated[str | None, Designe("demande", "cette demande d'assistance", "laquelle")] = Field(
        None,
        title="demande d'assistance",
        description="Le numéro d'une demande d'assistance du fonds (« A-VDP-2026-02 ») ; toutes si omis.",
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="présentées du",
        description="Premier jour de présentation (« en octobre ») ; toutes si omis.",
    )
    au: Annotated[Jour | None, PERIODE] = Field(None, title="au", description="Dernier jour de présentation.")


@consultation(
    ArgumentsDemande,
    "Où en est une demande d'assistance financière (don ou prêt sans intérêt, art. 5) : présentée quand"
    " et par qui, pour quelle situation, à l'étude, accordée ou refusée, et le montant accordé.",
    articles=("5",),
    lecture=requetes.demandes_aide,
)
def demande_aide(
    identite: Identite, session: Session, jour: datetime.date, demande: str | None = None,
    du: datetime.date | None = None, au: datetime.date | None = None,
) -> Tableau:
    rangs = requetes.demandes_aide(identite, session, numero=demande)
    une, des = "demande d'assistance", "demandes d'assistance"
    if du or au:  # « des demandes en octobre ? » : celles présentées dans la période
        debut, fin = periode(jour, du, au)
        rangs = [r for r in rangs if debut <= r["presentee_le"] <= fin]
        quand = dire_periode(debut, fin)
        une, des = f"{une} présentée {quand}", f"{des} présentées {quand}"
    a_l_etude = [r for r in rangs if r["statut"] == "a_l_etude"]
    if not rangs:
        phrase = (
            f"Aucune demande d'assistance de ce numéro n'est consignée {_ou_l_on_cherche(identite)}."
            if demande
            else f"Aucune {une} n'est consignée {_ou_l_on_cherche(identite)}."
        )
    elif demande:
        phrase = _etat_demande(rangs[0])
    else:
        phrase = compte(len(rangs), f"{une} est consignée", f"{des} sont consignées")
        phrase += (
            f" ; {len(a_l_etude)} {'est' if len(a_l_etude) == 1 else 'sont'} à l'étude : "
            f"{enumerer([_demande_datee(r) for r in a_l_etude])}."
            if a_l_etude
            else " ; aucune n'est à l'étude."
        )
        phrase += _delai_de_decision(rangs) + _seulement_les_votres(identite)
    return Tableau(
        consultation="demande_aide",
        phrase=phrase,
        colonnes=[
            "Demande",
            "Personne",
            "Présentée le",
            "Présentée par",
            "Situation (art. 5)",
            "Forme",
            "Montant demandé",
            "Statut",
            "Décidée le",
            "Montant accordé",
        ],
        lignes=[
            [
                r["numero"],
                r["pseudonyme"],
                r["presentee_le"],
                PRESENTEE_PAR.get(r["presentee_par"], r["presentee_par"]),
                SITUATIONS.get(r["situation"], str(r["situation"])),
                FORMES.get(r["forme"], r["forme"]),
                r["montant_demande"],
                STATUTS.get(r["statut"], r["statut"]),
                r["decidee_le"],
                r["montant_accorde"],
            ]
            for r in rangs
        ],
        articles=[reglement("5", "art. 5, al. 1"), reglement("5", "art. 5, al. 2")],
    )


def _delai_de_decision(rangs: list[dict[str, Any]]) -> str:
    """« Les 6 demandes décidées l'ont été 6 jours en moyenne après leur présentation » : le délai que
    l'art. 5 ne fixe pas, mesuré sur les registres."""
    delais = [(r["decidee_le"] - r["presentee_le"]).days for r in rangs if r["decidee_le"]]
    if not delais:
        return ""
    moyenne = (Decimal(sum(delais)) / len(delais)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    duree = f"{format_nombre(moyenne)} {'jour' if moyenne < 2 else 'jours'}"
    if len(delais) == 1:
        return f" La demande décidée l'a été {duree} après sa présentation."
    return f" Les {len(delais)} demandes décidées l'ont été {duree} en moyenne après leur présentation."


def _demande_datee(r: dict[str, Any]) -> str:
    return f"{r['numero']} du {format_date(r['presentee_le'])}"


def _etat_demande(r: dict[str, Any]) -> str:
    forme = "un don" if r["forme"] == "don" else "un prêt sans intérêt"
    objet = f"{forme} de {format_montant(r['montant_demande'])}"
    debut = f"La demande {_demande_datee(r)} ({objet}, art. 5, {r['situation']}°)"
    if r["statut"] == "a_l_etude":
        return f"{debut} est toujours à l'étude : aucune décision n'est consignée."
    if r["statut"] == "accordee":
        accorde = format_montant(r["montant_accorde"])
        return f"{debut} a été accordée le {format_date(r['decidee_le'])} : {accorde}."
    return f"{debut} a été refusée le {format_date(r['decidee_le'])}."


class ArgumentsPret(Arguments):
    pseudonyme: Pseudonyme | None = Field(
        None,
        title="pseudonyme de la personne",
        description="Le pseudonyme de la personne (P-VDP-0042) ; tous les prêts du fonds si omis.",
    )
    pret: Annotated[str | None, Designe("pret", "ce prêt")] = Field(
        None,
        title="prêt",
        description="Le numéro d'un prêt (« PR-VDP-2026-01 ») ; on le désigne aussi par sa date d'octroi.",
    )


@consultation(
    ArgumentsPret,
    "Les prêts sans intérêt consentis aux personnes incarcérées (art. 5) : principal, remboursé, solde,"
    " et ce qui reste dû avant ou après la libération, à rembourser à même les allocations ou, à défaut,"
    " l'épargne (art. 16, al. 3).",
    articles=("5", "16"),
    lecture=requetes.prets,
)
def pret_personne(
    identite: Identite, session: Session, jour: datetime.date, pseudonyme: str | None = None,
    pret: str | None = None,
) -> Tableau:
    personne = pseudonyme.strip().upper() if pseudonyme else None
    rangs = requetes.prets(identite, session, personne, pret)
    # Un prêt désigné (son numéro, sa date), ou le seul consigné, parle de sa personne comme si on l'avait
    # nommée : ses remboursements, sa libération.
    qui = personne or (rangs[0]["pseudonyme"] if (pret or len(rangs) == 1) and rangs else None)
    dus = [r for r in rangs if r["solde"] > 0]
    liberes = [r for r in dus if r["liberation"] is not None and r["liberation"] <= jour]
    solde = sum((r["solde"] for r in dus), ZERO)
    if not rangs:
        phrase = f"Aucun prêt n'est consigné {'pour ' + qui if qui else _ou_l_on_cherche(identite)}."
    elif qui:
        phrase = _dette(qui, rangs, solde, jour) + _versements(rangs)
    else:
        phrase = (
            f"{compte(len(dus), 'prêt a', 'prêts ont')} encore un solde, {format_montant(solde)} en tout"
            f" (sur {compte(len(rangs), 'prêt consigné', 'prêts consignés')})."
        )
        if liberes:
            personnes = sorted({r["pseudonyme"] for r in liberes})
            seule = len(personnes) == 1
            phrase += (
                f" {enumerer(personnes)}, déjà {'libérée' if seule else 'libérées'},"
                f" {'doit' if seule else 'doivent'} encore"
                f" {format_montant(sum((r['solde'] for r in liberes), ZERO))} (art. 16, al. 3)."
            )
        phrase += _seulement_les_votres(identite)
    notes = [
        f"{r['pseudonyme']}, libérée le {format_date(r['liberation'])}, doit encore"
        f" {format_montant(r['solde'])} sur le prêt {r['numero']} : cette somme se rembourse à même"
        " les allocations remises ou, à défaut, l'épargne détenue en fidéicommis par le directeur"
        " (art. 16, al. 3)."
        for r in liberes
    ]
    return Tableau(
        consultation="pret_personne",
        phrase=phrase,
        colonnes=[
            "Prêt",
            "Personne",
            "Accordé le",
            "Principal",
            "Remboursé",
            "Solde",
            "Libération prévue",
            "Libérée le",
        ],
        lignes=[
            [
                r["numero"],
                r["pseudonyme"],
                r["accorde_le"],
                r["principal"],
                r["rembourse"],
                r["solde"],
                r["liberation_prevue"],
                r["liberation"],
            ]
            for r in rangs
        ],
        articles=[reglement("5", "art. 5, al. 1"), reglement("16", "art. 16, al. 3")],
        notes=notes,
    )


def _dette(qui: str, rangs: list[dict[str, Any]], solde: Decimal, jour: datetime.date) -> str:
    """La phrase sur ce qu'une personne doit encore, et quand elle sort (ou est sortie)."""
    principal = sum((r["principal"] for r in rangs), ZERO)
    rembourse = sum((r["rembourse"] for r in rangs), ZERO)
    prets = ", ".join(r["numero"] for r in rangs)
    un = len(rangs) == 1
    if not solde:
        tous = "son prêt" if un else "ses prêts"
        return f"{qui} a remboursé entièrement {tous} ({prets}, {format_montant(principal)})."
    phrase = (
        f"{qui} doit encore {format_montant(solde)} sur {'le prêt' if un else 'les prêts'} {prets}"
        f" ({format_montant(principal)} prêtés, {format_montant(rembourse)} remboursés, soit"
        f" {_part(rembourse, principal)} ; il en reste {_part(solde, principal)})"
    )
    liberation, prevue = rangs[0]["liberation"], rangs[0]["liberation_prevue"]
    if liberation and liberation <= jour:
        return (
            f"{phrase} ; libérée le {format_date(liberation)}, ce solde se rembourse à même ses allocations"
            " ou, à défaut, son épargne (art. 16, al. 3)."
        )
    if prevue:
        return (
            f"{phrase}, avant sa libération prévue le {format_date(prevue)} ; ce qui restera dû alors se"
            " rembourse à même ses allocations ou, à défaut, son épargne (art. 16, al. 3)."
        )
    return f"{phrase}."


def _part(montant: Decimal, principal: Decimal) -> str:
    """« 37,5 % » : la part du montant prêté, au dixième."""
    return format_taux((montant / principal).quantize(Decimal("0.001"), ROUND_HALF_UP))


# La source d'un remboursement consigné, dite comme l'art. 16, al. 3 la nomme.
A_MEME = {"allocation": "à même l'allocation", "epargne": "à même l'épargne", "autre": "d'une autre source"}


def _versements(rangs: list[dict[str, Any]]) -> str:
    """Les remboursements consignés de chaque prêt : quand, combien, d'où ils viennent."""
    phrases = [
        f" Remboursements du prêt {r['numero']} : "
        + " ; ".join(f"{format_montant(v['montant'])} le {format_date(v['le'])}, {A_MEME[v['source']]}"
                     for v in r["remboursements"])
        + "."
        for r in rangs
        if r["remboursements"]
    ]
    return "".join(phrases)


# Un membre du conseil détenu ne lit que ses propres demandes et prêts (la couche de données filtre) :
# « aucun prêt dans votre fonds » serait faux, il n'en voit simplement pas d'autres.
SON_PROPRE_DOSSIER = "un membre du conseil détenu ne voit que son propre dossier"


def _ou_l_on_cherche(identite: Identite) -> str:
    if identite.detenu:
        return f"à votre nom ({SON_PROPRE_DOSSIER})"
    return "dans les registres de votre fonds"


def _seulement_les_votres(identite: Identite) -> str:
    return f" Seuls les vôtres sont comptés : {SON_PROPRE_DOSSIER}." if identite.detenu else ""
