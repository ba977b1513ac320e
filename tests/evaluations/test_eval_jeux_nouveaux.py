"""Les jeux des paraphrases et de la première phrase : tailles, moitiés disjointes, références valides."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

import pytest

from corpus import charger_corpus
from evaluations.jeux import DOSSIER, Cas, charger
from evaluations.metriques import nombres
from evaluations.runner import DATE_REFERENCE
from outils.erreurs import EntreeInvalide
from outils.registre import OUTILS, executer

pytestmark = pytest.mark.unit

JEUX = {"paraphrases": 220, "premiere-phrase": 64, "paraphrases2": 100, "premiere-phrase2": 60,
        "paraphrases3": 110, "paraphrases4": 110, "paraphrases5": 110, "paraphrases6": 110,
        "paraphrases7": 110, "premiere-phrase3": 60, "premiere-phrase4": 60,
        "paraphrases8": 110, "paraphrases9": 110, "paraphrases10": 110,
        "paraphrases11": 110, "paraphrases12": 110, "paraphrases13": 110,
        "paraphrases14": 110, "paraphrases15": 110, "paraphrases16": 110, "paraphrases17": 110,
        "paraphrases18": 110, "paraphrases19": 110, "paraphrases20": 110,
        "paraphrases21": 110, "paraphrases22": 110, "paraphrases23": 110}
STRATES = {"paraphrases": "intention", "premiere-phrase": "sens", "paraphrases2": "intention",
           "premiere-phrase2": "sens", "paraphrases3": "intention", "paraphrases4": "intention",
           "paraphrases5": "intention", "paraphrases6": "intention", "paraphrases7": "intention",
           "premiere-phrase3": "sens", "premiere-phrase4": "sens", "paraphrases8": "intention",
           "paraphrases9": "intention", "paraphrases10": "intention", "paraphrases11": "intention",
           "paraphrases12": "intention", "paraphrases13": "intention", "paraphrases14": "intention",
           "paraphrases15": "intention", "paraphrases16": "intention", "paraphrases17": "intention",
           "paraphrases18": "intention", "paraphrases19": "intention", "paraphrases20": "intention",
           "paraphrases21": "intention", "paraphrases22": "intention", "paraphrases23": "intention"}
INTENTIONS = set(OUTILS) | {"document", "hors_sujet"}


def _moities(prefixe: str) -> tuple[list[Cas], list[Cas]]:
    return charger(DOSSIER / f"{prefixe}-dev.jsonl"), charger(DOSSIER / f"{prefixe}-test.jsonl")


@pytest.fixture(scope="module")
def tous() -> list[Cas]:
    return [c for prefixe in JEUX for moitie in _moities(prefixe) for c in moitie]


@pytest.mark.parametrize("prefixe", JEUX)
def test_tailles_et_moities_disjointes(prefixe: str) -> None:
    dev, test = _moities(prefixe)
    assert len(dev) + len(test) >= JEUX[prefixe]
    assert abs(len(dev) - len(test)) <= 2
    assert not {c.id for c in dev} & {c.id for c in test}
    assert not {c.question for c in dev} & {c.question for c in test}


@pytest.mark.parametrize("prefixe, strate", STRATES.items())
def test_le_decoupage_est_celui_du_tirage_unique(prefixe: str, strate: str) -> None:
    """Refaire le tirage sur dev + test redonne les mêmes moitiés : aucun cas n'a changé de côté."""
    spec = importlib.util.spec_from_file_location("decouper", DOSSIER / "decouper.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dev = module.lire(DOSSIER / f"{prefixe}-dev.jsonl")
    test = module.lire(DOSSIER / f"{prefixe}-test.jsonl")
    assert module.decouper(dev + test, strate) == (dev, test)


def test_outils_intentions_et_arguments_existent(tous: list[Cas]) -> None:
    for cas in tous:
        a = cas.attendu
        assert a.intention in INTENTIONS, cas.id
        if a.outil is not None:
            assert a.outil in OUTILS and a.outil == a.intention, cas.id
        if a.arguments:
            assert a.intention in OUTILS, cas.id
            assert set(a.arguments) <= set(OUTILS[a.intention].schema.model_fields), cas.id


def test_passages_attendus_existent_dans_le_corpus(tous: list[Cas]) -> None:
    ids = {p.id for p in charger_corpus()[1]}
    for cas in tous:
        assert set(cas.attendu.passages) <= ids, cas.id


def test_les_paraphrases_couvrent_ce_que_l_issue_demande() -> None:
    cas = [c for moitie in _moities("paraphrases") for c in moitie]
    assert sum("piege-unite" in c.etiquettes for c in cas) >= 45
    assert sum(c.categorie == "clarification" and c.attendu.clarification is True for c in cas) >= 12
    assert sum(bool(c.history) for c in cas) >= 15
    assert {"suivi", "changement-sujet"} <= {e for c in cas if c.history for e in c.etiquettes}
    assert {c.attendu.intention for c in cas} == INTENTIONS


@pytest.mark.parametrize("prefixe, ententes_min", [("premiere-phrase", 12), ("premiere-phrase2", 10),
                                                         ("premiere-phrase3", 10), ("premiere-phrase4", 10)])
def test_la_premiere_phrase_est_decrite_partout(prefixe: str, ententes_min: int) -> None:
    cas = [c for moitie in _moities(prefixe) for c in moitie]
    assert all(c.attendu.premiere_phrase and c.attendu.premiere_phrase.contient for c in cas)
    assert {c.attendu.premiere_phrase.sens for c in cas if c.attendu.premiere_phrase} >= {
        "oui", "non", "condition", "nombre", "liste"}
    ententes = [c for c in cas if any(e.startswith("entente-") for e in c.etiquettes)]
    assert len(ententes) >= ententes_min
    sante = [c for c in ententes if "entente-sante" in c.etiquettes]
    assert sante and all(c.attendu.passages == ["ententes-partenaires-msp:msss"] for c in sante)


def _arguments(cas: Cas) -> dict[str, str]:
    """Les arguments du cas, la date du moteur en plus quand la question n'en donne pas."""
    arguments = dict(cas.attendu.arguments)
    if "date" in OUTILS[cas.attendu.intention or ""].schema.model_fields:
        arguments.setdefault("date", DATE_REFERENCE.isoformat())
    return arguments


def test_les_montants_calcules_a_la_main_sont_ceux_des_calculateurs(tous: list[Cas]) -> None:
    """Contre-vérification : un écart dit qu'un cas ou un calculateur se trompe."""
    verifies = 0
    for cas in tous:
        if not cas.attendu.outil or cas.attendu.erreur:
            continue
        resultat = executer(cas.attendu.outil, _arguments(cas))
        texte = " ".join([resultat.conclusion, *(e.resultat for e in resultat.etapes),
                          *(str(v) for v in resultat.valeurs.values())])
        vus = nombres(texte) | set(resultat.montants.values())
        manquants = [m for m in cas.attendu.montants if Decimal(m) not in vus]
        assert not manquants, (cas.id, manquants, resultat.conclusion)
        verifies += 1
    assert verifies >= 100


def test_les_valeurs_impossibles_refusees_par_un_calculateur(tous: list[Cas]) -> None:
    refuses = [c for c in tous if c.attendu.erreur and c.attendu.outil]
    assert refuses
    for cas in refuses:
        with pytest.raises(EntreeInvalide):
            executer(cas.attendu.outil or "", _arguments(cas))

