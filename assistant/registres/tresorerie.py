"""La trésorerie du fonds, ce que demande le conseil : emprunts (art. 8), placements (art. 6, al. 3),
chèques et signataires (art. 6, al. 2), dépôts faits en retard (art. 6, al. 1).

Le seuil des emprunts vient du calculateur `verifier_emprunt`, appelé avec le solde consigné : le
même code répond qu'on donne le solde dans la question ou qu'on le lise dans les registres.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Designe, Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, enumerer, majuscule, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from corpus.fonds.requetes import DELAI_DEPOT_JOURS
from outils.argent import format_montant
from outils.dates import format_date, format_mois, par_mois as mois_de, par_semaine as semaines_de
from outils.declaration import (
    MOIS_PAR_MOIS,
    PERIODE,
    SEMAINE_PAR_SEMAINE,
    Arguments,
    Booleen,
    Compte,
    Indices,
    Jour,
    Montant,
)
from outils.emprunt import LIBELLES as PRETEURS, ArgumentsEmprunt, ChoixPreteur, Preteur, ecart_au_seuil
from outils.placement import ArgumentsPlacement, ChoixPlacement, TypePlacement
from outils.registre import executer
from outils.resultat import reglement

ZERO = Decimal("0.00")
# Les mots qui nomment le prêteur : ceux du calculateur, pour que les deux se lisent pareil.
INDICES_PRETEUR = next(i for i in ArgumentsEmprunt.model_fields["preteur"].metadata if isinstance(i, Indices))
INDICES_PLACEMENT = next(
    i for i in ArgumentsPlacement.model_fields["type_placement"].metadata if isinstance(i, Indices)
)


class ArgumentsEmprunts(Arguments):
    montant: Montant | None = Field(
        None,
        title="nouvel emprunt",
        description="Montant d'un emprunt projeté, en $ ; omis : le solde consigné et sa conformité.",
    )
    preteur: Annotated[ChoixPreteur, INDICES_PRETEUR] = Field(
        None,
        title="prêteur",
        description="Prêteur de l'emprunt projeté : fonds_central (par défaut), autre_fonds ou externe.",
    )


@consultation(
    ArgumentsEmprunts,
    "Les emprunts du fonds d'après ses registres : solde, et si un nouvel emprunt requerrait"
    " l'autorisation du ministre compte tenu de ce solde (emprunt ou solde au-delà de 25 000 $, art. 8,"
    " al. 1) ; signale un emprunt consigné sans l'autorisation ou la vérification préalable requises.",
    articles=("8",),
    lecture=requetes.emprunts,
    complete="verifier_emprunt",
)
def emprunts_fonds(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    montant: Decimal | None = None,
    preteur: Preteur | None = None,
) -> Tableau:
    rangs = requetes.emprunts(identite, session)
    plusieurs = len(rangs) > 1
    phrases, lignes, notes = [], [], []
    seuils_depasses: list[Decimal] = []  # le seuil d'alors de chaque emprunt consigné qui l'a dépassé
    for r in rangs:
        verifies = _verifier_consignes(r)
        seuils_depasses += [seuil for _, requise_e, seuil in verifies if requise_e]
        solde = format_montant(r["solde"])
        if montant:
            calcul = executer(
                "verifier_emprunt",
                {
                    "montant": montant,
                    "solde_actuel": r["solde"],
                    "preteur": (preteur or Preteur.FONDS_CENTRAL).value,
                    "date": jour,
                },
            )
            requise = "est requise" if calcul.valeurs["autorisation_requise"] else "n'est pas requise"
            phrase = (
                f"Un emprunt de {format_montant(montant)} porterait le solde des emprunts à"
                f" {format_montant(calcul.montants['nouveau_solde'])} : l'autorisation du ministre"
                f" {requise} (art. 8, al. 1)."
            )
            phrase += (
                f" Le solde actuel, {solde}, est {_origine(r)}."
                if r["emprunts"]
                else " Aucun emprunt n'est consigné dans vos registres : le solde actuel est de 0,00 $."
            )
            notes += [a for a in calcul.avertissements if a not in notes]
        elif r["emprunts"]:
            phrase = (
                f"Le solde des emprunts du fonds est de {solde},"
                f" {_par_rapport_au_seuil(r['solde'], jour)} de l'art. 8 : c'est {_origine(r)}."
            )
            if preteur:  # « l'emprunt au Fonds central, on a remboursé combien ? »
                phrase += _aupres_de(r["emprunts"], preteur)
        else:
            phrase = "Aucun emprunt n'est consigné dans vos registres : le solde des emprunts est de 0,00 $."
        fautifs = [(e, seuil) for e, requise_e, seuil in verifies if requise_e and not e["autorise"]]
        if fautifs:
            numeros, a = enumerer([e["numero"] for e, _ in fautifs]), "a" if len(fautifs) == 1 else "ont"
            qui = f"L'emprunt {numeros}" if len(fautifs) == 1 else f"Les emprunts {numeros}"
            seuil = format_montant(max(s for _, s in fautifs), centimes=False)  # celui en vigueur alors
            phrase += (
                f" {qui}, qui {a} porté le solde au-delà de {seuil},"
                f" n'{a} pas d'autorisation du ministre consignée."
            )
        sans_verification = [
            e for e, _, _ in verifies if e["preteur"] == "externe" and not e["verification_prealable"]
        ]
        notes += [
            f"L'emprunt {e['numero']} auprès d'un prêteur externe n'a pas de vérification préalable"
            " consignée : le fonds doit d'abord s'assurer qu'il ne peut emprunter au Fonds central ou à un"
            " autre fonds (art. 8, al. 2)."
            for e in sans_verification
        ]
        phrases.append(f"{r['fonds']} : {phrase}" if plusieurs else phrase)
        for e, requise_e, _ in verifies:
            lignes.append(
                ([r["fonds"]] if plusieurs else [])
                + [
                    e["numero"],
                    PRETEURS.get(e["preteur"], e["preteur"]),
                    e["contracte_le"],
                    e["principal"],
                    e["principal"] - e["solde"],
                    e["solde"],
                    e["verification_prealable"] if e["preteur"] == "externe" else None,
                    requise_e,
                    e["autorise"],
                ]
            )
    if seuils_depasses:
        notes.append(
            "Pour un emprunt déjà consigné, le solde d'avant est estimé par les soldes d'aujourd'hui des"
            " emprunts contractés avant lui (celui de l'époque était au moins aussi élevé) : l'autorisation"
            f" était requise si l'emprunt dépassait {format_montant(max(seuils_depasses), centimes=False)} ou"
            " portait ce solde au-delà."
        )
    articles = [reglement("8", "art. 8, al. 1")]
    if any(e["preteur"] == "externe" for r in rangs for e in r["emprunts"]) or preteur == Preteur.EXTERNE:
        articles.append(reglement("8", "art. 8, al. 2"))
    return Tableau(
        consultation="emprunts_fonds",
        phrase=" ".join(phrases) or "Aucun fonds n'est rattaché à cette identité.",
        colonnes=(["Fonds"] if plusieurs else [])
        + [
            "Emprunt",
            "Prêteur",
            "Contracté le",
            "Principal",
            "Remboursé",
            "Solde",
            "Vérification préalable (al. 2)",
            "Autorisation requise",
            "Autorisation du ministre",
        ],
        lignes=lignes,
        articles=articles,
        notes=notes,
    )


def _aupres_de(emprunts: list[dict[str, Any]], preteur: Preteur) -> str:
    """Les emprunts auprès d'un prêteur nommé : principal, part remboursée, solde."""
    chez = [e for e in emprunts if e["preteur"] == preteur.value]
    qui = ("du " if preteur is Preteur.FONDS_CENTRAL else "d'un ") + PRETEURS[preteur]
    if not chez:
        return f" Aucun emprunt auprès {qui} n'est consigné."
    return "".join(
        f" Auprès {qui}, l'emprunt {e['numero']} de {format_montant(e['principal'])}, contracté le"
        f" {format_date(e['contracte_le'])} : {format_montant(e['principal'] - e['solde'])} remboursés,"
        f" {format_montant(e['solde'])} restent à rembourser."
        for e in chez
    )


def _par_rapport_au_seuil(solde: Decimal, jour: datetime.date) -> str:
    """« 2 000,00 $ au-delà du seuil de 25 000 $ » : l'écart (du calculateur) à rembourser ou à garder."""
    ecart, seuil = ecart_au_seuil(solde, jour)
    seuil_dit = format_montant(seuil, centimes=False)
    if not ecart:
        return f"exactement le seuil de {seuil_dit}"
    cote = "au-delà" if ecart > 0 else "en deçà"
    return f"{format_montant(abs(ecart))} {cote} du seuil de {seuil_dit}"


def _origine(rang: dict[str, Any]) -> str:
    """D'où vient le solde : les emprunts consignés dans les registres du fonds."""
    emprunts = rang["emprunts"]
    numeros = ", ".join(e["numero"] for e in emprunts)
    if len(emprunts) == 1:
        return f"celui de l'emprunt {numeros}, consigné dans vos registres"
    principal = sum(e["principal"] for e in emprunts)
    rembourse = principal - sum(e["solde"] for e in emprunts)
    return (f"la somme des soldes des {len(emprunts)} emprunts consignés dans vos registres ({numeros} ;"
            f" {format_montant(principal)} empruntés en tout, {format_montant(rembourse)} remboursés)")


def _verifier_consignes(rang: dict[str, Any]) -> list[tuple[dict[str, Any], bool, Decimal]]:
    """Chaque emprunt consigné, s'il requérait l'autorisation du ministre et le seuil d'alors : le
    calculateur, avec pour solde d'alors la somme des soldes d'aujourd'hui des emprunts contractés
    avant lui."""
    verifies, avant = [], ZERO
    for e in rang["emprunts"]:
        calcul = executer(
            "verifier_emprunt",
            {
                "montant": e["principal"],
                "solde_actuel": avant,
                "preteur": e["preteur"],
                "date": e["contracte_le"],
            },
        )
        verifies.append((e, bool(calcul.valeurs["autorisation_requise"]), calcul.montants["seuil"]))
        avant += e["solde"]
    return verifies


NATURES_PLACEMENT = {
    "depot_institution": "dépôt dans une banque ou une institution inscrite",
    "obligations_epargne": "obligations d'épargne du Québec ou du Canada",
    "autre": "autre placement",
}


class ArgumentsPlacements(Arguments):
    montant: Montant | None = Field(
        None,
        title="nouveau placement",
        description="Montant d'un placement projeté, en $ ; omis : les placements consignés.",
    )
    type_placement: Annotated[ChoixPlacement, INDICES_PLACEMENT] = Field(
        None,
        title="type de placement",
        description="Nature d'un placement projeté : depot_banque, depot_institution_inscrite,"
        " obligations_epargne_quebec, obligations_epargne_canada ou autre.",
    )


@consultation(
    ArgumentsPlacements,
    "Les placements du fonds d'après ses registres et ceux qui requièrent l'autorisation du ministre :"
    " tout placement autre qu'un dépôt en banque ou institution inscrite ou des obligations d'épargne du"
    " Québec ou du Canada (art. 6, al. 3), et si elle est consignée ; pour un placement projeté, s'il la"
    " requiert et ce que le fonds aurait alors de placé.",
    articles=("6",),
    lecture=requetes.placements,
    complete="verifier_placement",
)
def placements_fonds(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    montant: Decimal | None = None,
    type_placement: TypePlacement | None = None,
) -> Tableau:
    rangs = requetes.placements(identite, session)
    phrase = _placements_consignes(rangs)
    if montant or type_placement:
        phrase = f"{_placement_projete(montant, type_placement, _total(rangs))} {phrase}"
    return Tableau(
        consultation="placements_fonds",
        phrase=phrase,
        colonnes=["Placement", "Nature", "Montant", "Fait le", "Autorisation requise", "Autorisé"],
        lignes=[
            [
                r["numero"],
                NATURES_PLACEMENT.get(r["nature"], r["nature"]),
                r["montant"],
                r["fait_le"],
                r["autorisation_requise"],
                r["autorise"] if r["autorisation_requise"] else None,
            ]
            for r in rangs
        ],
        articles=[reglement("6", "art. 6, al. 3")],
        total=_total(rangs),
        effectif=len(rangs),
        chose="placement",
    )


def _delai_d_autorisation(rang: dict[str, Any]) -> str:
    """« ; autorisation demandée le 1er mars 2026, décidée le 29 mars 2026, 28 jours plus tard »."""
    demandee, decidee = rang["demandee_le"], rang["decidee_le"]
    if demandee is None:
        return ""
    if decidee is None:
        return f" ; autorisation demandée le {format_date(demandee)}, sans décision consignée"
    return (f" ; autorisation demandée le {format_date(demandee)}, décidée le {format_date(decidee)},"
            f" {compte((decidee - demandee).days, 'jour', 'jours')} plus tard")


def _placements_consignes(rangs: list[dict[str, Any]]) -> str:
    """Les placements consignés, et ceux dont l'autorisation requise manque."""
    requis = [r for r in rangs if r["autorisation_requise"]]
    manquants = [r for r in requis if not r["autorise"]]
    if not rangs:
        phrase = "Aucun placement n'est consigné dans les registres de votre fonds."
    elif not requis:
        phrase = (
            f"Aucun des {compte(len(rangs), 'placement consigné', 'placements consignés')}"
            f" ({format_montant(_total(rangs))} placés en tout) ne requiert"
            " l'autorisation du ministre : ce sont des dépôts en institution ou des obligations d'épargne"
            " du Québec ou du Canada (art. 6, al. 3)."
        )
    else:
        phrase = (
            f"Sur {compte(len(rangs), 'placement consigné', 'placements consignés')}"
            f" ({format_montant(_total(rangs))} placés en tout),"
            f" {compte(len(requis), 'requiert', 'requièrent')} l'autorisation du ministre (art. 6, al. 3) : "
            + enumerer([f"{r['numero']} ({format_montant(r['montant'])}{_delai_d_autorisation(r)})"
                        for r in requis])
            + "."
        )
        phrase += (
            f" {enumerer([r['numero'] for r in manquants])} n'"
            f"{'a' if len(manquants) == 1 else 'ont'} pas d'autorisation consignée."
            if manquants
            else f" {'Elle est consignée' if len(requis) == 1 else 'Elles sont consignées'}."
        )
    return phrase


def _placement_projete(montant: Decimal | None, genre: TypePlacement | None, total: Decimal) -> str:
    """Le placement projeté : l'autorisation vient du calculateur (art. 6, al. 3), qui ne la fait
    dépendre que de la nature ; le montant ne change que le total placé."""
    if genre:
        requise = executer("verifier_placement", {"type_placement": genre}).valeurs["autorisation_requise"]
        est = "est requise" if requise else "n'est pas requise"
        autorisation = f"l'autorisation du ministre {est} (art. 6, al. 3)"
    else:
        autorisation = (
            "l'autorisation du ministre dépend de sa nature : elle n'est pas requise pour un dépôt en banque"
            " ou en institution inscrite ni pour des obligations d'épargne du Québec ou du Canada, elle l'est"
            " pour tout autre placement (art. 6, al. 3)"
        )
    if not montant:
        return f"Pour ce placement, {autorisation}."
    return (
        f"Pour un placement de {format_montant(montant)}, {autorisation} ; le total placé passerait de"
        f" {format_montant(total)} à {format_montant(total + montant)}."
    )


def _total(rangs: list[dict[str, Any]]) -> Decimal:
    return sum((r["montant"] for r in rangs), Decimal("0.00"))


LIMITE_CHEQUES = 500  # la lecture `cheques` n'en rend pas plus


class ArgumentsCheques(Arguments):
    cheque: Annotated[str | None, Designe("cheque", "ce chèque")] = Field(
        None,
        title="chèque",
        description="Le numéro d'un chèque du fonds (1045) ; sans numéro, les signataires désignés et les"
        " chèques de la période sans signature d'un membre du conseil.",
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="du", description="Premier jour des chèques vérifiés ; par défaut, le 1er janvier."
    )
    au: Annotated[Jour | None, PERIODE] = Field(
        None, title="au", description="Dernier jour des chèques vérifiés ; par défaut, le jour de la demande."
    )
    signataire: Annotated[str | None, Designe("signataire", "ce signataire", "lequel")] = Field(
        None,
        title="signataire",
        description="Le code d'un signataire désigné, si la question le nomme (« signés par la"
        " Trésorerie ») : seulement les chèques qu'il a signés.",
    )
    plus_eleves: Annotated[Compte | None, Indices(("plus gros", "plus grosse", "plus eleve", "plus importan",
                                                    "plus haut"))] = Field(
        None, title="les plus élevés", description="Les N chèques les plus élevés de la période (« nos 3 plus"
        " gros chèques »)."
    )
    plus_bas: Annotated[Compte | None, Indices(("plus petit", "plus petite", "moins eleve", "plus bas",
                                                 "moins gros"))] = Field(
        None, title="les plus bas", description="Les N chèques les moins élevés de la période (« notre plus"
        " petit chèque »)."
    )
    plus_recents: Annotated[Compte | None, Indices(("plus recent", "dernier cheque",
                                                     "derniers cheques"))] = Field(
        None, title="les plus récents", description="Les N chèques les plus récents de la période."
    )
    par_mois: Annotated[Booleen, MOIS_PAR_MOIS] = Field(
        False, title="mois par mois", description="Le nombre et le total des chèques de chaque mois de la"
        " période, et le mois au plus gros total."
    )
    beneficiaire: Annotated[str | None, Designe("beneficiaire", "ce bénéficiaire", "lequel")] = Field(
        None, title="bénéficiaire", description="Un tiers à qui le fonds a fait des chèques, si la question"
        " le nomme (« faits à Fournitures Imaginaires ») : seulement les siens."
    )
    # Pas « plus que » : « c'est-tu plus que l'an passé ? » compare des totaux (`comparaison.py`).
    plus_de: Annotated[Montant | None, Indices(("plus de", "au-dessus de", "au dessus de", "depassant",
                                                "over"))] = Field(
        None, title="plus de", description="Seulement les chèques d'un montant strictement plus élevé, en $"
        " (« les chèques de plus de 1 000 $ ») : leur nombre et leur total."
    )


@consultation(
    ArgumentsCheques,
    "Qui signe les chèques du fonds d'après ses registres : les personnes désignées par le conseil, et si"
    " un chèque donné porte 2 signatures dont celle d'un membre du conseil (art. 6, al. 2).",
    articles=("6",),
    lecture=requetes.cheques,
)
def cheques_signataires(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    cheque: str | None = None,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    signataire: str | None = None,
    plus_eleves: int | None = None,
    plus_bas: int | None = None,
    plus_recents: int | None = None,
    par_mois: bool = False,
    plus_de: Decimal | None = None,
    beneficiaire: str | None = None,
) -> Tableau:
    if cheque:
        return _un_cheque(identite, session, int(cheque))
    quand, emis = _cheques_de_la_periode(identite, session, jour, du, au)
    if beneficiaire:  # « faits à Fournitures Imaginaires » : les siens seulement
        quand, emis = f"{quand}, à {beneficiaire}", [c for c in emis if c["beneficiaire"] == beneficiaire]
    if plus_de is not None:
        return _au_dessus_de(plus_de, quand, emis)
    if par_mois:  # « le mois où nos chèques ont fait le plus gros total » : les mois, pas les chèques
        return _cheques_par_mois(quand, emis)
    if plus_eleves or plus_bas or plus_recents:
        comptes = {"plus_eleves": plus_eleves, "plus_bas": plus_bas, "plus_recents": plus_recents}
        return _au_premier_rang(quand, emis, comptes)
    designes = requetes.signataires(identite, session, jour)
    par = ""
    if signataire:  # « signés par la Coordination des ateliers » : les siens seulement
        emis = [c for c in emis if any(s["code"] == signataire for s in c["signataires"])]
        # Son nom, même sans chèque signé dans la période (désigné aujourd'hui ou sur un chèque d'alors).
        noms = {s["code"]: s["designation"] for s in designes} | {
            s["code"]: s["designation"] for c in emis for s in c["signataires"]}
        par = f" par {noms.get(signataire, signataire)}"
    fautifs = [c for c in emis if not c["conforme"]]
    membres = [s for s in designes if s["membre_ca"]]
    phrase = (
        f"{compte(len(designes), 'personne est désignée', 'personnes sont désignées')} par le conseil pour"
        f" signer les chèques, dont {compte(len(membres), 'membre', 'membres')} du conseil :"
        f" {enumerer([s['designation'] for s in designes])}. Chaque chèque doit porter 2 de ces"
        " signatures, dont celle d'un membre du conseil (art. 6, al. 2)."
        if designes
        else "Aucune personne n'est désignée pour signer les chèques dans les registres de votre fonds."
    )
    numeros = [f"le chèque {c['numero']}" for c in fautifs]
    entree = majuscule(quand)
    phrase += (
        f" {entree}, {enumerer(numeros)} ne"
        f" {'respecte' if len(fautifs) == 1 else 'respectent'} pas cette règle."
        if fautifs
        else f" {entree}, aucun chèque consigné ne manque à cette règle."
    )
    notes = [f"Chèque {c['numero']} du {format_date(c['emis_le'])} : {_defaut(c)}." for c in fautifs]
    notes += _limite(emis)
    emission: dict[str, Any] = {}
    if du or au or signataire:
        # Une période nommée (« les chèques de septembre ») : ses chèques, un par ligne, le plus élevé dit.
        phrase = f"{_emis(entree, emis, par)} {phrase}"
        if len(emis) < LIMITE_CHEQUES:  # tous vérifiés : leur total et leur nombre sont ceux de la période
            emission = {"total": _total(emis), "effectif": len(emis), "chose": "chèque"}
        colonnes, lignes = COLONNES_CHEQUES, [_ligne_cheque(c) for c in emis]
    else:
        colonnes = ["Signataire désigné", "Membre du conseil"]
        lignes = [[s["designation"], s["membre_ca"]] for s in designes]
    return Tableau(
        consultation="cheques_signataires",
        phrase=phrase,
        colonnes=colonnes,
        lignes=lignes,
        articles=[reglement("6", "art. 6, al. 2")],
        notes=notes,
        **emission,
    )


# Les bouts d'un rang de chèques : (argument, clé de tri, du plus grand d'abord, le mot du rang).
RANGS_DE_CHEQUES = (("plus_eleves", "montant", True, "élevé"), ("plus_bas", "montant", False, "bas"),
                    ("plus_recents", "emis_le", True, "récent"))


def _au_premier_rang(quand: str, emis: list[dict[str, Any]], comptes: dict[str, int | None]) -> Tableau:
    """« Nos 3 plus gros chèques », « notre plus gros pis notre plus petit », « notre chèque le plus
    récent » : les premiers de la période par leur montant ou leur date, chacun avec sa conformité à
    l'art. 6, al. 2."""
    bouts = [(f"le chèque le plus {mot}" if (n or 1) == 1 else f"les {n} chèques les plus {mot}s",
              sorted(emis, key=lambda c, cle=cle: (c[cle], c["numero"]), reverse=decroissant)[: n or 1])
             for nom, cle, decroissant, mot in RANGS_DE_CHEQUES if (n := comptes.get(nom))]
    premiers = list({c["numero"]: c for _, cs in bouts for c in cs}.values())
    fautifs = [c for c in premiers if not c["conforme"]]
    if not premiers:
        phrase = f"{majuscule(quand)}, aucun chèque n'a été émis."
    else:
        dits = [f"{lequel} : {enumerer([_dit(c) for c in cs])}" for lequel, cs in bouts]
        chacun = "Il porte" if len(premiers) == 1 else "Chacun porte"
        regle = (f" Chèque {fautifs[0]['numero']} : {_defaut(fautifs[0])}." if fautifs else
                 f" {chacun} 2 signatures désignées, dont celle d'un membre du conseil (art. 6, al. 2).")
        phrase = f"{majuscule(quand)}, {' ; '.join(dits)}.{regle}"
    return Tableau(
        consultation="cheques_signataires",
        phrase=phrase,
        colonnes=COLONNES_CHEQUES,
        lignes=[_ligne_cheque(c) for c in premiers],
        articles=[reglement("6", "art. 6, al. 2")],
        notes=[f"Chèque {c['numero']} : {_defaut(c)}." for c in fautifs[1:]] + _limite(emis),
    )


def _dit(c: dict[str, Any]) -> str:
    return (f"le {c['numero']} du {format_date(c['emis_le'])} ({format_montant(c['montant'])}, "
            f"{f'signé par {_signes(c)}' if c['signataires'] else 'sans signature'})")


def _au_dessus_de(seuil: Decimal, quand: str, emis: list[dict[str, Any]]) -> Tableau:
    """« Combien de chèques de plus de 1 000 $ en septembre, pis ça fait combien ? » : ceux-là, leur
    nombre et leur total ; un chèque d'exactement le seuil n'est pas « plus de »."""
    dessus = [c for c in emis if c["montant"] > seuil]
    phrase = (f"{majuscule(quand)}, {compte(len(dessus), 'chèque')} de plus de {format_montant(seuil)} :"
              f" {format_montant(_total(dessus))} en tout, sur {compte(len(emis), 'chèque')} émis.")
    return Tableau(
        consultation="cheques_signataires",
        phrase=phrase,
        colonnes=COLONNES_CHEQUES,
        lignes=[_ligne_cheque(c) for c in dessus],
        articles=[reglement("6", "art. 6, al. 2")],
        notes=_limite(emis),
        total=_total(dessus) if len(emis) < LIMITE_CHEQUES else None,
        effectif=len(dessus) if len(emis) < LIMITE_CHEQUES else None,
        chose="chèque",
    )


COLONNES_CHEQUES = ["Chèque", "Émis le", "Bénéficiaire", "Montant", "Signataires", "Conforme (art. 6)"]


def _ligne_cheque(c: dict[str, Any]) -> list[Any]:
    return [str(c["numero"]), c["emis_le"], c["beneficiaire"], c["montant"], _signes(c), c["conforme"]]


def _cheques_par_mois(quand: str, emis: list[dict[str, Any]]) -> Tableau:
    """Les chèques de la période groupés par mois d'émission : nombre et total, le plus gros total dit."""
    mois = [(premier, len(du_mois), _total(du_mois)) for premier, du_mois in
            mois_de(emis, lambda c: c["emis_le"])]
    if mois:
        premier, n, total = max(mois, key=lambda m: m[2])  # à égalité, le premier mois
        phrase = (f"{majuscule(quand)}, c'est en {format_mois(premier)} que les chèques émis ont fait le plus"
                  f" gros total : {format_montant(total)} en {compte(n, 'chèque')}, sur"
                  f" {format_montant(_total(emis))} en {compte(len(mois), 'mois', 'mois')}.")
    else:
        phrase = f"{majuscule(quand)}, aucun chèque n'a été émis."
    return Tableau(
        consultation="cheques_signataires",
        phrase=phrase,
        colonnes=["Mois d'émission", "Chèques", "Total"],
        lignes=[[format_mois(p), n, t] for p, n, t in mois],
        articles=[reglement("6", "art. 6, al. 2")],
        notes=_limite(emis),
    )


def _cheques_de_la_periode(
    identite: Identite, session: Session, jour: datetime.date, du: datetime.date | None,
    au: datetime.date | None,
) -> tuple[str, list[dict[str, Any]]]:
    """La période dite (« en octobre 2026 »), l'année de la demande sans période, et ses chèques."""
    debut, fin = periode(jour, du, au) if du or au else (jour.replace(month=1, day=1), jour)
    quand = dire_periode(debut, fin) if du or au else f"en {jour.year}"
    return quand, requetes.cheques(identite, session, du=debut, au=fin)


def _limite(emis: list[dict[str, Any]]) -> list[str]:
    """La lecture s'arrête à LIMITE_CHEQUES : ce qu'on en dit ne porte que sur ceux-là, et on le dit."""
    if len(emis) < LIMITE_CHEQUES:
        return []
    return [f"Seuls les {LIMITE_CHEQUES} premiers chèques de la période ont été vérifiés."]


def _signes(cheque: dict[str, Any]) -> str:
    return enumerer([s["designation"] for s in cheque["signataires"]]) or "aucune"


def _emis(quand: str, emis: list[dict[str, Any]], par: str = "") -> str:
    """« En octobre 2026, 6 chèques ont été émis pour 7 512,33 $ ; le plus élevé, le 2158 du 14 octobre
    2026 (2 097,44 $), signatures : A et B. » ; `par` : « par la Trésorerie », ceux d'un signataire."""
    signe, signes = (f" signé{par}", f" signés{par}") if par else ("", "")
    if not emis:
        return f"{quand}, aucun chèque{signe} n'a été émis."
    haut = max(emis, key=lambda c: c["montant"])
    un, plusieurs = f"chèque{signe} a été émis", f"chèques{signes} ont été émis"
    return (
        f"{quand}, {compte(len(emis), un, plusieurs)} pour"
        f" {format_montant(_total(emis))} ; le plus élevé, le {haut['numero']} du"
        f" {format_date(haut['emis_le'])} ({format_montant(haut['montant'])}), signatures : {_signes(haut)}."
    )


def _un_cheque(identite: Identite, session: Session, numero: int) -> Tableau:
    rangs = requetes.cheques(identite, session, numero=numero)
    if not rangs:
        phrase = f"Le chèque {numero} n'est pas consigné dans les registres de votre fonds."
    else:
        c = rangs[0]
        noms = [s["designation"] for s in c["signataires"]]
        membres = [s["designation"] for s in c["signataires"] if s["membre_ca"]]
        debut = (
            f"Le chèque {c['numero']} du {format_date(c['emis_le'])} ({format_montant(c['montant'])},"
            f" à {c['beneficiaire']}) a été signé par {enumerer(noms) or 'personne'}"
        )
        if c["conforme"]:
            phrase = (
                f"{debut} ; {enumerer(membres)} {'est' if len(membres) == 1 else 'sont'} membre du conseil :"
                " il respecte l'art. 6, al. 2."
            )
        else:
            phrase = f"{debut} : {_defaut(c)}."
    return Tableau(
        consultation="cheques_signataires",
        phrase=phrase,
        colonnes=["Chèque", "Émis le", "Bénéficiaire", "Montant", "Signataire", "Membre du conseil"],
        lignes=[
            [
                str(c["numero"]),
                c["emis_le"],
                c["beneficiaire"],
                c["montant"],
                s["designation"],
                s["membre_ca"],
            ]
            for c in rangs
            for s in c["signataires"]
        ],
        articles=[reglement("6", "art. 6, al. 2")],
    )


def _defaut(c: dict[str, Any]) -> str:
    """Pourquoi un chèque ne respecte pas l'art. 6, al. 2 (la fin d'une phrase qui le nomme)."""
    signes = c["signataires"]
    if len(signes) != 2:
        return f"il porte {compte(len(signes), 'signature')} au lieu des 2 qu'exige l'art. 6, al. 2"
    return (
        "aucun de ses deux signataires n'est membre du conseil, alors que l'art. 6, al. 2 exige 2 personnes"
        " désignées par le conseil dont l'une en est membre"
    )


class ArgumentsDepots(Arguments):
    du: Jour | None = Field(
        None,
        title="début de la période",
        description="Premier jour de réception (AAAA-MM-JJ) ; seul, un 1er du mois vaut pour ce mois ; sans"
        " date, l'année de la demande.",
    )
    au: Jour | None = Field(
        None, title="fin de la période", description="Dernier jour de réception (AAAA-MM-JJ)."
    )
    plus_recents: Annotated[Compte | None, Indices(("plus recent", "dernier depot", "derniers depots"))] = (
        Field(None, title="les plus récents",
              description="Les N dépôts les plus récents de la période, et qui les a faits.")
    )
    plus_anciens: Annotated[Compte | None, Indices(("plus ancien", "plus vieux", "premier depot",
                                                     "premiers depots"))] = Field(
        None, title="les premiers", description="Les N premiers dépôts de la période (« le premier dépôt de"
        " l'année »), et qui les a faits."
    )
    par_semaine: Annotated[Booleen, SEMAINE_PAR_SEMAINE] = Field(
        False, title="semaine par semaine", description="Le nombre et le total des dépôts de chaque semaine"
        " de la période (du lundi au dimanche, par la date de réception), et la semaine au plus gros total."
    )


@consultation(
    ArgumentsDepots,
    "Les dépôts des sommes reçues par le fonds faits en retard, plus de 2 jours après la réception,"
    " pour un mois ou une période (art. 6, al. 1 : « dans les plus brefs délais »).",
    articles=("6",),
    lecture=requetes.depots,
)
def depots_tardifs(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    plus_recents: int | None = None,
    plus_anciens: int | None = None,
    par_semaine: bool = False,
) -> Tableau:
    debut, fin = (jour.replace(month=1, day=1), jour) if du is None and au is None else periode(jour, du, au)
    tous = requetes.depots(identite, session, debut, fin)
    quand = dire_periode(debut, fin)
    if plus_recents or plus_anciens:
        return _depots_au_bout(quand, tous, plus_recents or plus_anciens or 1, recents=bool(plus_recents))
    if par_semaine:
        return _depots_par_semaine(quand, tous)
    rangs = [d for d in tous if d["en_retard"]]
    total = sum((d["montant"] for d in tous), ZERO)
    # « Combien a-t-on déposé en septembre ? » : le compte et le total d'abord, puis les retards.
    phrase = (
        f"{majuscule(quand)}, {compte(len(tous), 'dépôt', 'dépôts')} pour {format_montant(total)}"
        " en tout ; "
        if tous
        else f"{majuscule(quand)}, aucun dépôt n'est consigné."
    )
    if rangs:
        phrase += (
            f"{compte(len(rangs), 'a été fait', 'ont été faits')} plus de"
            f" {DELAI_DEPOT_JOURS} jours après la réception des sommes : "
            + enumerer(
                [
                    f"{d['numero']} ({format_montant(d['montant'])}), reçu le {format_date(d['recu_le'])} et"
                    f" déposé le {format_date(d['depose_le'])}, {d['jours']} jours après"
                    f" ({compte(d['jours_ouvrables'], 'jour ouvrable', 'jours ouvrables')})"
                    for d in rangs
                ]
            )
            + "."
        )
    elif tous:
        phrase += f"aucun n'a été fait plus de {DELAI_DEPOT_JOURS} jours après la réception des sommes."
    return Tableau(
        consultation="depots_tardifs",
        phrase=phrase,
        total=total,
        effectif=len(tous),
        chose="dépôt",
        periode=(debut, fin),
        colonnes=list(COLONNES_DEPOT),
        lignes=[_ligne_depot(d) for d in rangs],
        articles=[reglement("6", "art. 6, al. 1")],
        notes=[
            f"L'art. 6, al. 1 exige un dépôt « dans les plus brefs délais » sans fixer de nombre de jours :"
            f" le seuil de {DELAI_DEPOT_JOURS} jours est celui des registres, pas une règle du règlement."
        ],
    )


COLONNES_DEPOT = ("Dépôt", "Reçu le", "Déposé le", "Jours", "Jours ouvrables", "Montant")


def _ligne_depot(d: dict[str, Any]) -> list[Any]:
    """Un dépôt lu (`requetes.depots`), dans l'ordre de `COLONNES_DEPOT`."""
    return [d["numero"], d["recu_le"], d["depose_le"], d["jours"], d["jours_ouvrables"], d["montant"]]


def _depots_par_semaine(quand: str, tous: list[dict[str, Any]]) -> Tableau:
    """Les dépôts de la période groupés par la semaine de leur réception : nombre et total, le plus gros
    dit."""
    semaines = [(lundi, len(recus), _total(recus))
                for lundi, recus in semaines_de(tous, lambda d: d["recu_le"])]
    if semaines:
        lundi, n, total = max(semaines, key=lambda s: s[2])  # à égalité, la première semaine
        phrase = (f"{majuscule(quand)}, c'est la semaine du lundi {format_date(lundi)} qui a reçu le plus"
                  f" gros total : {format_montant(total)} en {compte(n, 'dépôt')}, sur"
                  f" {format_montant(_total(tous))} en {compte(len(semaines), 'semaine')}.")
    else:
        phrase = f"{majuscule(quand)}, aucun dépôt n'est consigné."
    return Tableau(
        consultation="depots_tardifs",
        phrase=phrase,
        colonnes=["Semaine du lundi", "Dépôts", "Total"],
        lignes=[[lundi, n, total] for lundi, n, total in semaines],
        articles=[reglement("6", "art. 6, al. 1")],
    )


def _depots_au_bout(quand: str, tous: list[dict[str, Any]], n: int, recents: bool) -> Tableau:
    """« Le dépôt le plus récent, c'était quand, combien, pis qui l'a fait ? », « le premier dépôt de
    l'année » : les derniers (ou les premiers) par date de dépôt, chacun avec qui l'a fait et ses jours
    depuis la réception (art. 6, al. 1)."""
    derniers = sorted(tous, key=lambda d: (d["depose_le"], d["numero"]), reverse=recents)[:n]
    dits = [f"le {d['numero']}, déposé le {format_date(d['depose_le'])} par {d['depose_par']}"
            f" ({format_montant(d['montant'])}, reçu le {format_date(d['recu_le'])})" for d in derniers]
    if len(derniers) == 1:
        lequel = "le dépôt le plus récent" if recents else "le premier dépôt"
    else:
        lequel = f"les {len(derniers)} " + ("dépôts les plus récents" if recents else "premiers dépôts")
    return Tableau(
        consultation="depots_tardifs",
        phrase=(f"{majuscule(quand)}, {lequel} : {enumerer(dits)}." if derniers
                else f"{majuscule(quand)}, aucun dépôt n'est consigné."),
        colonnes=[*COLONNES_DEPOT, "Déposé par"],
        lignes=[[*_ligne_depot(d), d["depose_par"]] for d in derniers],
        articles=[reglement("6", "art. 6, al. 1")],
    )
