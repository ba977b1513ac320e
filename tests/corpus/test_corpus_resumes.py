"""Résumés et aperçus : épinglés au texte exact, complets, fidèles à ses nombres, fichiers validés."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.conversation.interrogation import ouverte
from corpus import Alinea, Passage, charger_corpus
from corpus.resumes import (
    DOSSIER_RESUMES,
    Apercu,
    ErreurResume,
    Resume,
    charger_apercus,
    charger_resumes,
    empreinte,
    main,
    resume_pour,
    texte_locator,
    texte_resume,
    trouver_resume,
    verifier,
)

pytestmark = pytest.mark.unit

REGLEMENT = "reglement-s-40.1-r3"
NOMBRE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+")
MOTS_NOMBRES = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "second": 2, "seconde": 2,
}
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")


def nombres(texte: str) -> set[int]:
    """Chiffres (« 25 000 », « 35% », « 1er », « 8° ») et nombres écrits en lettres, en valeurs."""
    valeurs = {int(re.sub(r"\D", "", n)) for n in NOMBRE.findall(texte)}
    mots = re.findall(r"\w+", texte.lower())
    return valeurs | {MOTS_NOMBRES[m] for m in mots if m in MOTS_NOMBRES}


def mois(texte: str) -> set[str]:
    return {m for m in MOIS if re.search(rf"\b{m}\b", texte.lower())}


def infideles(affirmation: str, source: str) -> list[str]:
    """Ce que l'affirmation avance (nombre, mois) sans que la source le contienne."""
    return ([str(n) for n in sorted(nombres(affirmation) - nombres(source))]
            + sorted(mois(affirmation) - mois(source)))


@pytest.fixture(scope="module")
def passages() -> list[Passage]:
    return charger_corpus()[1]


@pytest.fixture(scope="module")
def par_id(passages) -> dict[str, Passage]:
    return {p.id: p for p in passages}


RESUMES = charger_resumes()
APERCUS = charger_apercus()
ELEMENTS = [(a.id, e) for a in APERCUS for e in a.elements]


# --- Empreinte et texte résumé ---

def test_empreinte_ignore_les_espaces_mais_pas_les_chiffres():
    assert empreinte("plus de 25\u00a0000 $\n") == empreinte("plus  de 25 000 $")
    assert empreinte("plus de 25 000 $") != empreinte("plus de 30 000 $")
    assert re.fullmatch(r"[0-9a-f]{16}", empreinte("x"))


def test_texte_resume_d_un_alinea_garde_ses_paragraphes(par_id):
    article_12 = par_id[f"{REGLEMENT}:art-12"]
    texte = texte_resume(article_12, 3)
    assert texte.startswith("Les biens du fonds sont dévolus comme suit")
    assert "le solde de l’actif est dévolu au Fonds central" in texte
    assert texte_resume(article_12) == article_12.texte
    with pytest.raises(ErreurResume, match="n'a pas d'alinéa 5"):
        texte_resume(article_12, 5)


def test_texte_locator_paragraphe_avec_sa_phrase_d_ouverture(par_id):
    texte = texte_locator(par_id[f"{REGLEMENT}:art-2"], "art. 2, par. 1°")
    assert texte.startswith("Pour mettre en application un programme d’activités")
    assert "avant le 1er novembre" in texte and "1er janvier" not in texte
    with pytest.raises(ErreurResume, match="paragraphe 9°"):
        texte_locator(par_id[f"{REGLEMENT}:art-2"], "art. 2, par. 9°")
    with pytest.raises(ErreurResume, match="illisible"):
        texte_locator(par_id[f"{REGLEMENT}:art-2"], "art. 2 al 1")


# --- Le corpus entier est résumé, et les résumés sont à jour ---

def test_tout_passage_et_tout_alinea_a_un_resume_a_jour(passages):
    """Échoue dès qu'un texte change sous son résumé : relire le résumé, puis son empreinte."""
    assert verifier(passages, RESUMES, APERCUS) == []


def test_lois_resumees_alinea_par_alinea(passages):
    for p in passages:
        if p.doc_id == "ententes-partenaires-msp":
            assert (p.id, None) in RESUMES, f"{p.locator} : résumé de la section entière manquant"
        elif len(p.alineas) == 1:
            assert (p.id, None) in RESUMES, p.locator
        else:
            manquants = [a.numero for a in p.alineas if (p.id, a.numero) not in RESUMES]
            assert manquants == [], f"{p.locator} : alinéas sans résumé {manquants}"


def test_chaque_document_a_son_fichier(passages):
    assert {p.doc_id for p in passages} == {r.passage.split(":")[0] for r in RESUMES.values()}


# --- verifier signale ce qui a bougé ---

def _copie_avec(passages: list[Passage], passage_id: str, alineas: list[Alinea]) -> list[Passage]:
    return [p.model_copy(update={"alineas": alineas}) if p.id == passage_id else p for p in passages]


def test_texte_modifie_sous_son_resume_est_signale(passages, par_id):
    article_8 = par_id[f"{REGLEMENT}:art-8"]
    modifie = article_8.alineas[0].model_copy(
        update={"texte": article_8.alineas[0].texte.replace("25\u00a0000", "30\u00a0000")})
    assert modifie.texte != article_8.alineas[0].texte
    problemes = verifier(_copie_avec(passages, article_8.id, [modifie, article_8.alineas[1]]),
                         RESUMES, APERCUS)
    assert problemes == [f"{REGLEMENT} : le texte de art. 8, al. 1 a changé depuis son résumé du "
                         "2026-12-03 : relisez-le, puis mettez à jour son empreinte "
                         "(python -m corpus.resumes --empreintes)."]


def test_changement_d_espaces_seulement_n_invalide_rien(passages, par_id):
    article_8 = par_id[f"{REGLEMENT}:art-8"]
    espace = [a.model_copy(update={"texte": a.texte.replace(" ", "  ")}) for a in article_8.alineas]
    assert verifier(_copie_avec(passages, article_8.id, espace), RESUMES, APERCUS) == []


def test_alinea_ajoute_passage_ajoute_et_passage_retire_sont_signales(passages, par_id):
    article_8 = par_id[f"{REGLEMENT}:art-8"]
    ajoute = Alinea(numero=3, texte="Un nouvel alinéa.")
    nouveau = article_8.model_copy(update={"id": f"{REGLEMENT}:art-20", "article": "20",
                                           "locator": "art. 20", "alineas": [ajoute]})
    sans_93 = [p for p in passages if p.id != "lscq-s-40.1:art-93"]
    problemes = verifier([*_copie_avec(sans_93, article_8.id, [*article_8.alineas, ajoute]), nouveau],
                         RESUMES, APERCUS)
    assert problemes == [
        "lscq-s-40.1 : art. 93 n'existe plus (passage lscq-s-40.1:art-93) ; retirez son résumé.",
        f"{REGLEMENT} : art. 8, al. 3 n'a pas de résumé.",
        f"{REGLEMENT} : art. 20 n'a pas de résumé.",
        "aperçu argent-personne-incarceree : le passage lscq-s-40.1:art-93 n'existe plus.",
    ]


def test_alinea_retire_rend_son_resume_orphelin(passages, par_id):
    article_16 = par_id[f"{REGLEMENT}:art-16"]
    problemes = verifier(_copie_avec(passages, article_16.id, article_16.alineas[:2]), RESUMES, [])
    assert len(problemes) == 1
    assert problemes[0].startswith(f"{REGLEMENT} : art. 16, al. 3 : art. 16 n'a pas d'alinéa 3")


def test_element_d_apercu_qui_ne_designe_plus_rien(passages, par_id):
    article_6 = par_id[f"{REGLEMENT}:art-6"]
    problemes = verifier(_copie_avec(passages, article_6.id, article_6.alineas[:2]), {}, APERCUS)
    assert any(m.startswith("aperçu obligations-fonds : art. 6 n'a pas d'alinéa 3") for m in problemes)


# --- Fidélité : chaque nombre, pourcentage, date ou numéro d'article vient du texte résumé ---

def test_le_controle_de_fidelite_sait_echouer():
    assert nombres("25 000 $, 35%, le 1er novembre, 8°, trois volets") == {25000, 35, 1, 8, 3}
    assert infideles("au plus 30 % avant le 1er décembre", "au plus 25% avant le 1er novembre") == [
        "30", "décembre"]


@pytest.mark.parametrize("resume", RESUMES.values(), ids=lambda r: f"{r.passage}:{r.alinea}")
def test_resume_fidele_aux_nombres_de_son_texte(resume: Resume, par_id):
    source = texte_resume(par_id[resume.passage], resume.alinea, resume.jusqu_a)
    for affirmation in [resume.resume, *(q.reponse for q in resume.questions)]:
        assert infideles(affirmation, source) == [], affirmation


@pytest.mark.parametrize("resume", RESUMES.values(), ids=lambda r: f"{r.passage}:{r.alinea}")
def test_resume_a_la_quebecoise(resume: Resume):
    for affirmation in [resume.resume, *(q.reponse for q in resume.questions)]:
        assert not re.search(r"\d[ ]?[$%]|\d \d{3}", affirmation), "espace insécable attendue"
        assert not re.search(r"\b(?:art|al)\.\s*\d", affirmation), "pas de renvoi : le locator suffit"


@pytest.mark.parametrize(("apercu_id", "element"), ELEMENTS, ids=lambda x: x if isinstance(x, str) else "")
def test_element_d_apercu_cite_un_texte_qui_le_porte(apercu_id: str, element, par_id):
    source = texte_locator(par_id[element.passage], element.locator)
    assert infideles(element.texte, source) == [], f"{apercu_id} : {element.texte}"


@pytest.mark.parametrize("apercu", APERCUS, ids=lambda a: a.id)
def test_en_bref_d_un_apercu_ne_dit_que_ce_que_ses_elements_citent(apercu: Apercu, par_id):
    sources = " ".join(texte_locator(par_id[e.passage], e.locator) for e in apercu.elements)
    assert infideles(apercu.en_bref, sources) == [], apercu.en_bref
    assert not re.search(r"\d[ ]?[$%]|\d \d{3}", apercu.en_bref), "espace insécable attendue"
    assert apercu.en_bref.endswith(".") and apercu.en_bref.count(". ") == 0, "une seule phrase"


def test_apercus_demandes_par_l_issue():
    ids = {a.id for a in APERCUS}
    assert {"obligations-fonds", "fonds-et-ministre", "argent-personne-incarceree",
            "services-detention"} <= ids
    services = next(a for a in APERCUS if a.id == "services-detention")
    assert {"ententes-partenaires-msp:msss", "ententes-partenaires-msp:mess",
            "ententes-partenaires-msp:mels"} <= {e.passage for e in services.elements}
    assert next(iter(services.groupes())) == "Santé et services sociaux (MSSS)"


def test_trouver_resume_choisit_le_plus_precis():
    mess = "ententes-partenaires-msp:mess"
    assert trouver_resume(RESUMES, mess, 4).locator.endswith("al. 3 à 6")
    assert trouver_resume(RESUMES, f"{REGLEMENT}:art-8", 2).locator == "art. 8, al. 2"
    assert trouver_resume(RESUMES, mess).alinea is None
    assert trouver_resume(RESUMES, f"{REGLEMENT}:art-99", 1) is None


def test_resume_pour_une_citation(par_id):
    article_10 = par_id[f"{REGLEMENT}:art-10"]
    assert resume_pour(RESUMES, article_10, "art. 10, par. 1°").locator == "art. 10"
    article_6 = par_id[f"{REGLEMENT}:art-6"]
    assert resume_pour(RESUMES, article_6, "art. 6, al. 3").locator == "art. 6, al. 3"
    mels = par_id["ententes-partenaires-msp:mels"]
    assert resume_pour(RESUMES, mels, f"{mels.locator}, al. 4").locator == f"{mels.locator}, al. 2 à 5"
    with pytest.raises(ErreurResume, match="ne désigne pas"):
        resume_pour(RESUMES, mels, "art. 6, al. 3")


@pytest.mark.parametrize("resume", [r for r in RESUMES.values() if r.questions],
                         ids=lambda r: f"{r.passage}:{r.alinea}")
def test_question_oui_non_tranchee_par_oui_ou_non(resume: Resume):
    """Une question fermée reçoit « Oui… » ou « Non… » ; une question ouverte, la réponse elle-même."""
    for q in resume.questions:
        fermee = not ouverte(q.question)
        assert (q.polarite is not None) == fermee, (q.question, q.reponse)


# --- Les fichiers mal formés sont refusés en français ---

def _ecrire(dossier: Path, nom: str, contenu: str) -> Path:
    (dossier / nom).write_text(contenu, encoding="utf-8")
    return dossier


ENTREE = """
[[resume]]
passage = "reglement-s-40.1-r3:art-9"
locator = "art. 9"
empreinte = "0123456789abcdef"
resume = "Un résumé assez long pour passer."
mots_cles = ["essai"]
redige_par = "test"
revise_le = 2026-12-03
"""


@pytest.mark.parametrize(("nom", "contenu", "message"), [
    ("reglement-s-40.1-r3.toml", "[[resume]\n", "TOML illisible"),
    ("reglement-s-40.1-r3.toml", ENTREE.replace('locator = "art. 9"\n', ""),
     "entrée n° 1 : « locator » : champ obligatoire manquant"),
    ("reglement-s-40.1-r3.toml", ENTREE + 'auteur = "x"\n', "« auteur » : champ inconnu"),
    ("reglement-s-40.1-r3.toml", ENTREE.replace("0123456789abcdef", "XYZ"),
     "« empreinte » : format invalide"),
    ("reglement-s-40.1-r3.toml", ENTREE + "jusqu_a = 3\n", "« jusqu_a » exige un « alinea »"),
    ("reglement-s-40.1-r3.toml", ENTREE + '[[resume.questions]]\nquestion = "Le fonds peut-il ?"\n',
     "« questions.0.reponse » : champ obligatoire manquant"),
    ("reglement-s-40.1-r3.toml", ENTREE + ENTREE, "entrée n° 2 : art. 9 est résumé deux fois"),
    ("lscq-s-40.1.toml", ENTREE, "n'appartient pas au document lscq-s-40.1"),
    ("reglement-s-40.1-r3.toml", 'titre = "x"\n' + ENTREE, "rien d'autre (trouvé : titre)"),
])
def test_fichier_de_resumes_mal_forme_refuse(tmp_path: Path, nom: str, contenu: str, message: str):
    _ecrire(tmp_path, nom, contenu)
    with pytest.raises(ErreurResume, match=re.escape(message)) as erreur:
        charger_resumes(tmp_path)
    assert nom in str(erreur.value)


def test_fichier_d_apercus_mal_forme_refuse(tmp_path: Path):
    brut = (DOSSIER_RESUMES / "apercus.toml").read_text(encoding="utf-8")
    _ecrire(tmp_path, "apercus.toml", brut.replace('    "Qui nomme les liquidateurs ?",\n', "")
            .replace('    "Où vont les biens d\'un fonds liquidé ?",\n', ""))
    with pytest.raises(ErreurResume, match=r"apercus\.toml, entrée n° 5 : « questions_types » : liste trop"):
        charger_apercus(tmp_path)
    assert len(charger_apercus(DOSSIER_RESUMES)) == len(APERCUS)
    assert all(isinstance(a, Apercu) for a in APERCUS)


# --- La commande des empreintes ---

def test_commande_verifie_puis_affiche_les_empreintes(capsys: pytest.CaptureFixture[str]):
    assert main([]) == 0
    assert capsys.readouterr().out.startswith(f"Résumés à jour : {len(RESUMES)} résumés")
    assert main(["--empreintes"]) == 0
    lignes = capsys.readouterr().out.splitlines()
    assert len(lignes) == len(RESUMES)
    ligne_8 = next(x for x in lignes if "\tart. 8, al. 1\t" in x)
    assert ligne_8.endswith("# à jour")
    assert f'empreinte = "{RESUMES[(f"{REGLEMENT}:art-8", 1)].empreinte}"' in ligne_8
