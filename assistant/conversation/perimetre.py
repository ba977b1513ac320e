"""Le périmètre : ce que l'assistant refuse d'emblée, avant toute recherche.

Des familles de demandes que le corpus ne couvre jamais, quel que soit leur libellé :
d'autres juridictions, des renseignements personnels, de la création littéraire. Le reste
passe par le seuil de la recherche. Les consignes glissées dans une question (« ignore tes
instructions… ») ne sont pas refusées ici : elles sont des données, sans effet sur la réponse.
"""

from __future__ import annotations

import re

from assistant.comprehension.mentions import ECARTEE_AVANT, PERSONNES
from assistant.recherche.analyseur import PHRASE, replier

FAMILLES: list[tuple[str, str]] = [
    ("d'autres juridictions que les établissements de détention du Québec",
     # Un lieu de détention ou un système d'ailleurs ; « obligations du gouvernement du Canada »
     # (un placement permis par l'art. 6) n'en est pas un.
     r"\b(penitenciers?|penitentiar\w*|(?:detention|systeme|prison|detenus?) federa\w*|"
     r"service correctionnel du canada|correctional service|csc|"
     r"scc|ontario|france|europe\w*|etats-unis|americ\w*|alberta|colombie-britannique|nouveau-brunswick|"
     r"manitoba|belgique|suisse|commission des liberations conditionnelles du canada)\b"),
    ("l'exécution des peines (date de sortie, libération conditionnelle, sentence)",
     # « les deux tiers de ça », après un calcul, sont une part de la valeur d'avant, pas de la peine.
     r"\b(sixieme de (?:la |sa )?peine|(?:deux |2 )?tiers de (?:la |sa |leur )?(?:peine|sentence)|"
     r"liberation d'office|"
     r"admissib\w* a la liberation|va[- ]t[- ]il sortir|va[- ]tu sortir|"
     r"combien de temps (?:il|elle) va faire|reduction de peine)\b"),
    ("la vie courante des établissements (visites, horaires, effectifs, statistiques)",
     r"\b(heures? de visites?|visites? (?:au|a l'|des|de la)|(?:le|la|les) visiter|parloir|"
     r"combien de detenus|nombre de detenus|taux d'occupation|statistiques?)\b"),
    ("les conditions de travail du personnel correctionnel",
     # Le salaire d'un civil qui travaille dans un atelier du fonds, lui, relève de l'art. 11.
     r"\b(salaire (?:annuel )?d'un (?:agent|gardien)|agents? des services correctionnels|"
     r"convention collective|syndica\w*|echelles? salariales?|mon salaire)\b"),
    # Aucun texte du corpus ne traite des régimes de l'emploi hors des établissements.
    ("les régimes de l'emploi (assurance-emploi, normes du travail d'un employeur)",
     r"\b(assurance[- ]emploi|chomage|au pourboire)\b"),
    ("les finances personnelles",
     r"\b(reer|celi|ma retraite|mon hypotheque|mes impots|mon budget|taux hypothecaires?)\b"),
    # Aucun texte du corpus ne parle de taxes : un calcul de taxes n'est pas une paie à partager.
    ("les taxes de vente (TPS, TVQ)", r"\b(tps|tvq|taxes? de vente|taxe sur les produits et services)\b"),
    ("des renseignements personnels",
     # Le téléphone ou le courriel d'une personne, pas la téléphonie du fonds (« les ristournes du
     # téléphone », art. 4), ni un programme « envoyé par courriel », ni un cellulaire qu'on achète.
     r"\b((?:son|sa|ses|leur|mon|ton|votre) (?:numero de |adresse )?(?:telephone|cellulaire|cell|courriel)|"
     r"numero de (?:tel|cell)\w*|adresse (?:courriel|civique|personnelle|du domicile)|"
     r"date de naissance|nas|numero d'assurance sociale|casier de \w+|dossier de \w+ \w+|"
     r"salaire du directeur|ou habite|nom de famille|prenom)\b"),
    ("de la création (poème, chanson, blague, histoire)",
     r"\b(poemes?|poesie|chansons?|blagues?|histoire drole|contes?|raps?|haikus?|slogans?|lettre de "
     r"recommandation|lettre de motivation|"
     r"dessine\w*|ecris-moi une histoire|roman)\b"),
]


# « Notre trésorier (il vient de Belgique) écrit… » : une parenthèse donne un contexte, pas le sujet.
APARTE = re.compile(r"\([^()]*\)")


def hors_perimetre(question: str) -> str | None:
    """La famille de demande hors périmètre que vise la question (hors de ses apartés), ou None."""
    t = replier(APARTE.sub(" ", question))
    return next((nom for nom, motif in FAMILLES if re.search(motif, t)), None)


# « C'est qui les prévenus de la buanderie ? », « les noms des gars inscrits » : l'interrogation porte
# sur les personnes elles-mêmes (qui elles sont), pas sur leur nombre ni sur une activité.
A_TRAVAILLE = r"(?:a|ont|avait|avaient) (?:le plus |le moins |pas )?(?:fait|travaille|ete paye|eu)\b"
QUI_SONT = re.compile(
    rf"\b(?:c'est qui|qui (?:sont|c'est)|quels|quelles|lesquels|lesquelles|noms? d(?:es|e|')|"
    rf"pseudonymes? d(?:es|e|')|liste d(?:es|e|'))\s*(?:les |des |nos |mes |ces )?{PERSONNES}\b"
    # « C'est qui qui a fait le plus d'heures ? » : qui a travaillé, qui a été payé ; « qui » qui interroge
    # (en tête, après « c'est », « dis-moi »), pas le relatif de « le nombre de personnes qui ont travaillé ».
    r"|(?:^|[,.:;?!(]\s*|\bc'est |\bet |\b(?:dis|dites|montre|montrez)-moi |\bsavoir )"
    rf"qui (?:qui )?{A_TRAVAILLE}"
    # « C'est qui chez nous qui a fait le plus d'heures ? » : quelques mots entre les deux « qui ».
    rf"|\bc'est qui (?:[\w']+ ){{1,3}}qui {A_TRAVAILLE}"
    # « juste son pseudo », « le pseudo du gars » : l'identité demandée, pas un pseudonyme donné (« le
    # pseudo P-LAH-0012 »).
    r"|\b(?:son|leur|leurs|le|les|ses) pseudo(?:nyme)?s?\b(?!\s*:?\s*p-)"
)


def demande_qui(question: str) -> bool:
    """La question demande quelles personnes (incarcérées) : qui elles sont, et non combien."""
    return QUI_SONT.search(replier(question)) is not None


# « Les programmes soumis par chaque fonds », « comparé aux autres établissements » : la question
# détaille ou compare les fonds, quand la réponse ne lirait que ceux de qui demande.
FONDS = r"(?:fonds|etablissements?)"
FONDS_UN_A_UN = re.compile(
    rf"\b(?:(?:chaque|chacun des|par|entre les|les autres|d'autres|des autres|aux autres) {FONDS}"
    rf"|d'un {FONDS} a l'autre)\b"
)
# « Dans tous les établissements » : l'ensemble du programme, que le public voit ; pas un fonds seul.
TOUS_LES_FONDS = re.compile(rf"\b(?:tous|toutes) (?:les|nos|vos) {FONDS}\b")


def demande_plusieurs_fonds(question: str, ensemble_permis: bool = False) -> bool:
    """La question détaille ou compare plusieurs fonds ; ou, sauf si l'ensemble du programme est
    permis (le public), les vise tous."""
    t = replier(question)
    # « Oublie les autres établissements, juste le nôtre » : des fonds écartés ne sont pas demandés.
    if any(not ECARTEE_AVANT.search(t, 0, m.start()) for m in FONDS_UN_A_UN.finditer(t)):
        return True
    return not ensemble_permis and TOUS_LES_FONDS.search(t) is not None


# Une personne incarcérée désignée sans son pseudonyme (« le gars », « une détenue », « l'employé »).
PERSONNE = r"(?:gars|fille|detenue?|personne|participante?|travailleu(?:r|se)|employee?|client)"
# « L'autre gars », « une autre détenue » : une autre personne que celle dont on parlait.
AUTRE_PERSONNE = re.compile(rf"\b(?:l'autre|un autre|une autre|les autres|d'autres)\s+{PERSONNE}s?\b")
# Un proche de qui demande (« mon beau-frère »), ou une personne quelconque (« un gars de l'atelier »,
# « celui qui est sorti en février ») : pas celle qui demande.
PROCHE = (r"(?:beau-frere|belle-soeur|frere|soeur|cousine?|chum|blonde|amie?|voisine?|codetenue?|coloc"
          r"|pere|mere|fils|fille|oncle|tante|conjointe?|femme|mari|neveu|niece|gars|compagnon|compagne)")
TIERS = re.compile(rf"\b(?:(?:mon|ma|notre) {PROCHE}|(?:un|une) {PERSONNE}|celui qui|celle qui)\b")


def vise_un_tiers(question: str) -> bool:
    """La question porte-t-elle sur le dossier d'une autre personne que celle qui demande ?"""
    t = replier(question)
    return TIERS.search(t) is not None or AUTRE_PERSONNE.search(t) is not None


# « Nous autres, en septembre… », « icitte », « dans tout le programme » : la phrase qui demande dit
# elle-même de quels registres elle parle ; un fonds nommé dans une autre phrase (celui d'où arrive un
# gars, celui dont on a entendu parler) n'en décide pas. Sans ces mots, un fonds nommé reste visé :
# « Nos voisins du Lac… Ç'a fait combien chez eux ? ».
CHEZ_SOI = re.compile(r"\b(?:nous(?: autres)?|notres?|nos|chez nous|icitte|(?<!d')ici)\b")
PARTOUT = re.compile(rf"\b(?:tout le (?:programme|reseau)|l'ensemble (?:du programme|des {FONDS}))\b"
                     rf"|{TOUS_LES_FONDS.pattern}")


def dit_sa_portee(texte: str, chez_soi: bool = True) -> bool:
    """La phrase dit elle-même de quels registres elle parle : les siens, ou tout le programme. Sans
    `chez_soi` (le public, qui n'a pas de fonds), « nos » ne dit rien : c'est le fonds nommé ailleurs."""
    plie = replier(texte)
    return (chez_soi and CHEZ_SOI.search(plie) is not None) or PARTOUT.search(plie) is not None


# « J'vas remplacer la conseillère de X, mais pour astheure : combien… chez nous ? » : dans une seule phrase,
# la proposition qui demande vient après le contexte.
PROPOSITION = re.compile(r"\s*(?::|;|,?\s+mais\b)\s*")


def ce_qui_est_demande(question: str, une_des_siennes: bool = False, chez_soi: bool = True) -> str | None:
    """Les phrases qui demandent (celles qui finissent par « ? », sinon la dernière ; dans une seule
    phrase, sa dernière proposition), si elles disent elles-mêmes leur portée (son propre fonds, tout le
    programme) et que la question en a d'autres. `une_des_siennes` : la question désigne une personne de
    son fonds par son pseudonyme ; elle est alors le sujet de ce qui est demandé."""
    phrases = [p.strip() for p in PHRASE.findall(question) if p.strip()]
    demandees = [p for p in phrases if p.endswith("?")] or phrases[-1:]
    if len(demandees) == len(phrases):
        propositions = [p for p in PROPOSITION.split(demandees[-1]) if p]
        if len(propositions) == 1:
            return None
        demandees = propositions[-1:]
    texte = " ".join(demandees)
    return texte if une_des_siennes or dit_sa_portee(texte, chez_soi) else None
