"""Routage déterministe : calcul (quels outils, quels arguments), question documentaire, hors sujet.

Un outil n'est choisi que si la question en porte l'intention ET fournit ses arguments
obligatoires ; sinon la question va aux documents, qui citent l'article. Les mots-clés
décrivent le vocabulaire du domaine (paie, emprunt, cotisation…), pas des questions précises.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant.conversation import extraction as ex
from assistant.recherche.analyseur import replier


@dataclass
class Appel:
    """Un outil à appeler ; `depuis` nomme un argument à prendre dans le résultat précédent."""

    outil: str
    arguments: dict[str, Any] = field(default_factory=dict)
    depuis: dict[str, tuple[str, str]] = field(default_factory=dict)  # arg -> (outil, montant)


def _a(motif: str, texte: str) -> bool:
    return re.search(motif, texte) is not None


PAIE = (r"\b(pay[eé]s?|paie|paye|salaires?|(?<!non )remuner\w*|gagn\w*|taux horaire|a l'heure|de l'heure|"
        r"par heure|l'heure)\b")
REPARTITION = (r"\b(prelev\w*|allocation|epargne|repartition|repartir|reparti\w*|cantine|fideicommis|"
               r"reste[- ]t[- ]il|recoit[- ]il|retenues?|verse\w* au directeur|garde le fonds)\b")
COTISATION = r"\b(cotis\w*|contribution)\b"
EMPRUNT = r"\b(emprunt\w*|emprunte\w*)\b"
LIQUIDATION = r"\b(liquid\w*)\b"
CALENDRIER = r"\b(programme|budget)\b"
QUAND = (r"\b(quand|dates?|echeances?|delais?|avant le|jours? (?:reste|restant)|soumettre|deposer|remettre|"
         r"transmettre|en vigueur|s'applique)\b")
PLACEMENT = (r"\b(plac\w*|invest\w*|obligations? d'epargne|actions?|bourse|fonds communs?|crypto\w*|"
             r"certificats? de depot|depot a terme|cpg)\b")
PERSONNEL = (r"\b(non[- ]incarcer\w*|de l'exterieur|civils?|employes? externes?|pas (?:un|une|des) "
             r"(?:detenu|incarcere)\w*|quelqu'un du dehors)\b")
AIDE = (r"\b(don|dons|pret sans interet|aide financiere|assist\w* financ\w*|avance d'argent|"
        r"preter de l'argent|donner de l'argent)\b")
# Une question d'autorisation (« peut-il aller à l'atelier? »), pas d'existence d'un service.
PARTICIPER = (r"\b(particip\w*|s'inscri\w*|inscri\w*|autoris\w*|aller (?:a|au|aux)|travailler|s'engager|"
              r"embarquer|joindre|integrer|admissible|le droit|peut[- ]il|peut[- ]elle|pourrait|peut[- ]tu|"
              r"peut[- ]on)\b")

FAITS_PARTICIPATION = {
    "probleme_sante_physique_ou_mentale": r"\b(sante (?:physique|mentale)|maladie mentale|malade|"
                                           r"probleme\w* de sante|psychiatri\w*|depressi\w*|handicap\w*)\b",
    "toxicomanie_ou_alcoolisme": r"\b(toxico\w*|drogue\w*|consomm\w*|alcool\w*|dependance|substances?)\b",
    "risque_soi_autrui_environnement": r"\b(risque|dangereu\w*|violent\w*|suicid\w*|menace\w*)\b",
    "mesures_protection_particulieres": r"\b(protection|protege\w*|isolement preventif)\b",
    "mesures_disciplinaires": r"\b(disciplin\w*|sanction\w*|manquement\w*)\b",
    "suspension_permission_sortir_ou_liberation": r"\b(suspen\w*)\b",
}

PLACEMENTS = [
    ("obligations_epargne_quebec", r"obligations? d'epargne du quebec|obligations? du quebec"),
    ("obligations_epargne_canada", r"obligations? d'epargne du canada|obligations? du canada"),
    ("depot_banque", r"\b(depot|deposer|compte)\b.*\bbanque\b|\bbanque\b.*\b(depot|deposer|compte)\b"),
    ("depot_institution_inscrite", r"\b(caisse|desjardins|institution financiere|cooperative)\b"),
    ("autre", r"\b(actions?|bourse|fonds communs?|crypto\w*|immobilier|obligations? de societe\w*|"
              r"cpg|certificats?|placement)\b"),
]

MOTIFS_PERSONNEL = [
    ("securite", r"\b(securit\w*)\b"),
    ("manque_ressources_engagement_tiers", r"\b(manque de (?:ressources|monde|personnel|bras)|"
                                           r"pas assez de (?:detenus|monde|personnel)|engagement|contrat|"
                                           r"tiers|commande)\b"),
    ("manque_competence_specifique", r"\b(competen\w*|expertise|specialis\w*|qualifi\w*|formation "
                                     r"specifique|savoir-faire|metier)\b"),
]


SEPARATEUR = re.compile(r"\b(?:et|puis|pis|avec|mais|ou)\b|[,;:?!.]\s|\d")
FENETRE = 45  # caractères examinés de part et d'autre d'un montant


def _distance_au_motif(texte: str, valeur: ex.Valeur, motif: str) -> int | None:
    """Nombre de caractères entre un montant et le mot qui le qualifie (« 16,20 $ de retenues »,
    « revenus de 200 000 $ »), sans autre montant ni « et » entre les deux ; None sinon."""
    avant, apres = ex.contexte(texte, valeur, FENETRE)
    distances = []
    if (m := re.search(motif, apres)) and not SEPARATEUR.search(apres[:m.start()].replace("$", "")):
        distances.append(m.start())
    for m in re.finditer(motif, avant):
        entre = avant[m.end():]
        if not SEPARATEUR.search(entre):
            distances.append(len(entre))
    return min(distances, default=None)


def _montant_pres(texte: str, valeurs: list[ex.Valeur], motif: str,
                  deja: set[int] | None = None) -> Decimal | None:
    """Le montant que qualifie le motif, le plus proche s'il y en a plusieurs ; il est alors pris."""
    deja = deja if deja is not None else set()
    candidats = [(d, i) for i, v in enumerate(valeurs)
                 if v.unite not in {"%", "h"} and i not in deja
                 and (d := _distance_au_motif(texte, v, motif)) is not None]
    if not candidats:
        return None
    _, i = min(candidats)
    deja.add(i)
    return valeurs[i].nombre


SANS_RETENUE = r"\b(sans (?:aucune )?retenues?|aucune retenue|pas de retenues?|zero retenue)\b"
RETENUES = (r"retenu\w*|saisi\w*|pension\w*|ordonn\w*|tribunal|jugement|cour\b|deduction\w*|"
            r"deduit\w*|amende\w*")


def _retenues(q: str, t: str, valeurs: list[ex.Valeur], pris: set[int]) -> Decimal | None:
    """Les retenues légales : un montant qualifié l'emporte sur un « sans retenue » plus loin."""
    montant = _montant_pres(q, valeurs, RETENUES, pris)
    if montant is None and _a(SANS_RETENUE, t):
        return Decimal(0)
    return montant


def _montants(valeurs: list[ex.Valeur]) -> list[Decimal]:
    return [v.nombre for v in valeurs if v.unite not in {"%", "h"}]


def _dollars(valeurs: list[ex.Valeur], pris: set[int]) -> list[Decimal]:
    """Les montants pas encore attribués ; un nombre nu comme « en 1993 » est une année."""
    def annee(v: ex.Valeur) -> bool:
        return v.unite == "" and v.nombre == v.nombre.to_integral_value() and 1900 <= v.nombre <= 2100

    return [v.nombre for i, v in enumerate(valeurs)
            if i not in pris and v.unite in {"$", ""} and not annee(v)]


def detecter(question: str, aujourd_hui: datetime.date) -> list[Appel]:
    """Les appels d'outils que la question demande, dans l'ordre où les enchaîner."""
    t = replier(question)
    valeurs = ex.valeurs(question)
    montants = _montants(valeurs)
    for detecteur in (_cotisation, _liquidation, _emprunt, _remuneration, _paie, _placement,
                      _participation, _personnel, _aide, _calendrier):
        appels = detecteur(question, t, valeurs, montants, aujourd_hui)
        if appels:
            return appels
    return []


def _remuneration(q, t, valeurs, montants, jour) -> list[Appel]:
    heures = ex.heures(q)
    if heures is None and not _a(r"taux horaire|(combien|quel).{0,40}(l'heure|par heure|de l'heure)", t):
        return []
    if heures is None and not _a(PAIE, t):
        return []
    args: dict[str, Any] = {"heures": heures if heures is not None else Decimal(1)}
    date = ex.date_mentionnee(q, jour)
    if date is None and (annee := ex.annee_mentionnee(q, jour)) and annee != jour.year:
        date = datetime.date(annee, 7, 1)
    if date:
        args["date"] = date
    prime = _montant_pres(q, valeurs, r"prime|bonus|boni")
    if prime is not None:
        args["prime"] = prime
    appels = [Appel("calculer_remuneration", args)]
    if heures is not None and _a(REPARTITION, t):
        partage: dict[str, Any] = {}
        if (retenues := _retenues(q, t, valeurs, set())) is not None:
            partage["retenues_legales"] = retenues
        appels.append(Appel("repartir_paie", partage, {"brute": ("calculer_remuneration",
                                                                 "remuneration_brute")}))
    return appels


def _paie(q, t, valeurs, montants, jour) -> list[Appel]:
    if not (_a(REPARTITION, t) or _a(PAIE, t)) or not montants:
        return []
    pris: set[int] = set()
    retenues = _retenues(q, t, valeurs, pris)
    restants = _dollars(valeurs, pris)
    if not restants:
        return []
    args: dict[str, Any] = {"brute": restants[0]}
    if retenues is not None:
        args["retenues_legales"] = retenues
    return [Appel("repartir_paie", args)]


def _cotisation(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(COTISATION, t) or not montants:
        return []
    pris: set[int] = set()
    net = _montant_pres(q, valeurs, r"revenu net", pris)
    if net is not None:  # le revenu net est donné : les frais sont déjà soustraits
        args: dict[str, Any] = {"revenus": net, "frais": Decimal(0)}
        return [Appel("calculer_cotisation", args | _taux(q))]
    revenus = _montant_pres(q, valeurs, r"revenu\w*|recette\w*|vent\w*|chiffre d'affaires", pris)
    debourses = _montant_pres(q, valeurs, r"debours\w*|depens\w* pour financer|financer des|non remuner\w*",
                              pris)
    frais = _montant_pres(q, valeurs, r"frais|charges?|depenses?|couts?", pris)
    if revenus is None or frais is None:
        return []
    args = {"revenus": revenus, "frais": frais}
    if debourses is not None:
        args["debourses_activites_non_remunerees"] = debourses
    return [Appel("calculer_cotisation", args | _taux(q))]


def _taux(q: str) -> dict[str, Any]:
    return {"taux": taux} if (taux := ex.taux(q)) is not None else {}


def _emprunt(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(EMPRUNT, t) or not montants:
        return []
    pris: set[int] = set()
    solde = _montant_pres(q, valeurs, r"solde|deja|doit|dette\w*|en cours|existant\w*|actuel\w*", pris)
    if solde is None and _a(r"\b(aucun emprunt|aucune dette|pas d'emprunt|rien emprunte)\b", t):
        solde = Decimal(0)
    restants = _dollars(valeurs, pris)
    if not restants:
        return []
    args: dict[str, Any] = {"montant": restants[0]}
    if _a(r"\b(encore|de plus|en plus|additionnel\w*|un autre|nouvel emprunt|deuxieme emprunt)\b", t):
        # Un emprunt de plus : les montants empruntés avant lui s'ajoutent au solde.
        solde = (solde or Decimal(0)) + sum(restants[1:], Decimal(0))
    if solde is not None:
        args["solde_actuel"] = solde
    if _a(r"fonds central", t):
        args["preteur"] = "fonds_central"
    elif _a(r"autre fonds|un fonds voisin|d'un autre etablissement", t):
        args["preteur"] = "autre_fonds"
    elif _a(r"banque|caisse|desjardins|institution|preteur prive|externe|exterieur|credit", t):
        args["preteur"] = "externe"
    return [Appel("verifier_emprunt", args)]


def _liquidation(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(LIQUIDATION, t) or not montants:
        return []
    pris: set[int] = set()
    frais = _montant_pres(q, valeurs, r"frais", pris)
    dettes = _montant_pres(q, valeurs, r"dettes?|doit|creanci\w*", pris)
    dons = _montant_pres(q, valeurs, r"dons?|legs|donat\w*", pris)
    actif = _montant_pres(q, valeurs, r"actif|avoir|biens|possede|vaut|valeur|encaisse", pris)
    restants = _dollars(valeurs, pris)
    if actif is None and restants:
        actif = restants[0]
    if actif is None:
        return []
    args: dict[str, Any] = {"actif": actif}
    for nom, valeur in (("dettes", dettes), ("frais_liquidation", frais),
                        ("biens_dons_legs_avec_retour", dons)):
        if valeur is not None:
            args[nom] = valeur
    return [Appel("repartir_liquidation", args)]


def _placement(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(r"\b(plac\w*|invest\w*|obligations?|bourse|actions?|crypto\w*)\b", t):
        return []
    if not _a(r"\bfonds\b|argent|sommes?|surplus|liquidites", t):
        return []
    for type_placement, motif in PLACEMENTS:
        if _a(motif, t):
            return [Appel("verifier_placement", {"type_placement": type_placement})]
    return []


def _participation(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(PARTICIPER, t):
        return []
    faits = {nom: True for nom, motif in FAITS_PARTICIPATION.items() if _a(motif, t)}
    return [Appel("conditions_participation", faits)] if faits else []


def _personnel(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(PERSONNEL, t) or not _a(r"\b(engag\w*|embauch\w*|emplo\w*|recour\w*|prendre|utilis\w*|"
                                        r"fair\w* appel)\b", t):
        return []
    for motif, expression in MOTIFS_PERSONNEL:
        if _a(expression, t):
            return [Appel("justifier_personnel_non_incarcere", {"motif": motif})]
    return []


def _aide(q, t, valeurs, montants, jour) -> list[Appel]:
    if not _a(AIDE, t):
        return []
    args: dict[str, Any] = {
        "aide_exterieure": not _a(r"(aucune?|pas d'|sans|ni) (?:aide|soutien|famille|revenu)", t),
        "ressources_financieres": not _a(r"(aucune?|pas d'|sans|ni) (?:ressources?|argent|revenu)|"
                                         r"sans le sou|cass[eé]", t),
        "peut_travailler_ou_participer": not _a(r"(ne peut pas|peut pas|incapable|pas capable)"
                                                r" (?:de )?(?:travailler|participer)", t),
    }
    if _a(r"recherche d'emploi|cherch\w* (?:un |une |de l')?(?:emploi|job|travail|ouvrage)", t):
        args["but"] = "recherche_emploi"
    elif _a(r"particip\w*|activite|atelier|formation|cours", t):
        args["but"] = "participation_activite_non_remuneree"
    decrite = "but" in args or not all(args[k] for k in ("aide_exterieure", "ressources_financieres",
                                                         "peut_travailler_ou_participer"))
    return [Appel("verifier_admissibilite_aide", args)] if decrite else []


def _calendrier(q, t, valeurs, montants, jour) -> list[Appel]:
    if not (_a(CALENDRIER, t) and _a(QUAND, t)):
        return []
    annee = ex.annee_mentionnee(q, jour)
    if annee is not None and _a(r"programme (?:d'activites )?(?:de |pour |)(?:l'annee )?\d{4}|"
                                r"(?:annee|exercice) \d{4}", t):
        return [Appel("calendrier_programme", {"annee": annee})]
    date = ex.date_mentionnee(q, jour)
    return [Appel("calendrier_programme", {"date": date or jour})]
