"""Banc d'essai des registres des fonds : import CSV sur SQLite, lectures typées sur la grande échelle.

Mesures : lignes importées par seconde (fichier d'heures de 100 000 lignes, puis le même fichier
réimporté, qui ne change rien) ; p50 et p95 des lectures de FUND-DATA.md (journal d'accès compris)
sur l'échantillon à grande échelle (18 fonds × 10 ans, plus de 2 millions de paies), sur SQLite
et sur PostgreSQL (ASSISTANT_FSRS_BD_URL_TEST, sinon le serveur local 127.0.0.1:5432 ; une base
neuve au nom aléatoire, supprimée à la fin). Objectifs : ≥ 20 000 lignes/s, p95 ≤ 50 ms.
Usage : `python -m evaluations.bench_fonds` (`make bench`). Pour mesurer une seule lecture sans
tout regénérer : `--lectures NOM…`, `--sans-import`, et `--reprendre-sqlite FICHIER` ou
`--reprendre-postgresql URL` (une grande échelle déjà générée, migrée ici, gardée à la fin).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m, requetes as r
from corpus.fonds.base import creer_moteur, migrer
from corpus.fonds.echanges import importer
from corpus.fonds.echantillon import generer
from corpus.fonds.identite import ANONYME, Identite
from corpus.fonds.paie import changements_entre
from evaluations.metriques import percentile
from evaluations.rapport import RAPPORTS

SORTIE = RAPPORTS / "bench"
URL_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
OBJECTIF_IMPORT = 20_000
OBJECTIF_P95_MS = 50.0


def _fichier_heures(moteur: Engine, chemin: Path, lignes: int) -> None:
    """Un fichier d'heures valide pour le fonds VDP : semaines de 2000 à 2024, hors 1er mai."""
    with Session(moteur) as session:
        pseudos = session.scalars(
            select(m.Participant.pseudonyme)
            .where(m.Participant.pseudonyme.like("P-VDP-%"))
            .order_by(m.Participant.id)
        ).all()
    semaines = []
    jour = datetime.date(2000, 1, 3)
    while jour.year < 2025:
        if not changements_entre(jour, jour + datetime.timedelta(days=6)):
            semaines.append(jour)
        jour += datetime.timedelta(days=7)
    hasard = random.Random(7)
    rangs = ["pseudonyme;activite;du;au;heures;source;prime"]
    for n in range(lignes):
        pseudo, activite = pseudos[n % len(pseudos)], ("MEN", "BUA", "CUI", "SCO")[(n // len(pseudos)) % 4]
        du = semaines[n // (len(pseudos) * 4)]
        rangs.append(
            f"{pseudo};{activite};{du.isoformat()};{(du + datetime.timedelta(days=6)).isoformat()};"
            f"{hasard.randint(2, 70) / 2:.1f}".replace(".", ",")
            + ";fonds;0"
        )
    chemin.write_text("\n".join(rangs) + "\n", encoding="utf-8")


def mesurer_import(dossier: Path, lignes: int) -> dict[str, Any]:
    moteur = creer_moteur(f"sqlite:///{dossier / 'import.sqlite3'}")
    migrer(moteur)
    generer(moteur)
    chemin = dossier / "heures.csv"
    _fichier_heures(moteur, chemin, lignes)
    debut = time.perf_counter()
    bilan = importer(moteur, chemin, "heures", "VDP")
    duree = time.perf_counter() - debut
    debut = time.perf_counter()
    encore = importer(moteur, chemin, "heures", "VDP")
    duree_reimport = time.perf_counter() - debut
    moteur.dispose()
    assert bilan.ajoutees == lignes and encore.inchangees == lignes
    return {
        "lignes": lignes,
        "secondes": round(duree, 2),
        "lignes_par_s": round(lignes / duree),
        "reimport_lignes_par_s": round(lignes / duree_reimport),
        "objectif": OBJECTIF_IMPORT,
    }


def _lectures(session: Session, hasard: random.Random) -> dict[str, Callable[[], Any]]:
    """Chaque lecture typique, avec des arguments tirés au hasard à chaque appel."""
    codes = session.scalars(select(m.Fonds.code).order_by(m.Fonds.code)).all()
    pseudos = session.scalars(select(m.Participant.pseudonyme).order_by(func.random()).limit(500)).all()

    def admin() -> Identite:
        return Identite(nom="banc", role="administrateur", fonds=(hasard.choice(codes),))

    def personne() -> tuple[Identite, str]:
        pseudo = hasard.choice(pseudos)
        return Identite(nom="banc", role="paie", fonds=(pseudo.split("-")[1],)), pseudo

    def paie() -> Any:
        identite, pseudo = personne()
        du = datetime.date(hasard.randint(2017, 2026), hasard.randint(1, 10), 1)
        return r.heures_et_paie(
            identite, session, pseudonyme=pseudo, du=du, au=du + datetime.timedelta(days=13)
        )

    def pret() -> Any:
        identite, pseudo = personne()
        return r.prets(identite, session, pseudonyme=pseudo)

    central = Identite(nom="banc", role="fonds_central", fonds=tuple(codes))
    jour = datetime.date(2026, 6, 1)
    return {
        "activites_ouvertes": lambda: r.activites_ouvertes(admin(), session, jour=jour, statut="prevenu"),
        "heures_et_paie": paie,
        "demandes_aide": lambda: r.demandes_aide(admin(), session, presentee_le=datetime.date(2026, 3, 3)),
        "prets": pret,
        "contrats_incomplets": lambda: r.contrats(admin(), session, incomplets=True),
        "contrats_90_jours": lambda: r.contrats(
            admin(), session, finissant_avant=jour + datetime.timedelta(90), depuis=jour
        ),
        "emprunts": lambda: r.emprunts(admin(), session),
        "cheques": lambda: r.cheques(admin(), session, numero=1045),
        "depots": lambda: r.depots(
            admin(), session, du=datetime.date(2026, 10, 1), au=datetime.date(2026, 10, 31)
        ),
        "revenus_par_source": lambda: r.revenus_par_source(
            admin(), session, annee=hasard.randint(2017, 2026)
        ),
        "revenus_fonds_central": lambda: r.revenus_par_source(
            central, session, annee=hasard.randint(2017, 2026)
        ),
        "membres_ca": lambda: r.membres_ca(admin(), session, fin_avant=datetime.date(2026, 12, 31)),
        "programme": lambda: r.programme(admin(), session, annee=2027),
        "comptes_participation_public": lambda: r.comptes_participation(
            ANONYME, session, annee=hasard.randint(2017, 2026)
        ),
        "comptes_participation_fonds": lambda: r.comptes_participation(admin(), session, annee=2026),
        # Depuis l'ouverture (précalculé avec les années) ; un mois sans nature, compté en direct.
        "participation_depuis_l_ouverture": lambda: r.comptes_participation(
            ANONYME, session, periode=r.TOUJOURS
        ),
        "participation_d_un_mois": lambda: r.comptes_participation(
            ANONYME, session, periode=(jour.replace(month=8), datetime.date(2026, 8, 31)), par_nature=False
        ),
        "participation_mois_par_mois": lambda: r.comptes_participation(
            ANONYME, session, periode=(datetime.date(2026, 1, 1), jour), par_nature=False, par_mois=True
        ),
        "participation_d_une_activite": lambda: r.comptes_participation(
            admin(), session, annee=2026, activite="CUI"
        ),
    }


def mesurer_lectures(
    moteur: Engine, repetitions: int, noms: list[str] | None = None
) -> dict[str, dict[str, float]]:
    hasard = random.Random(11)
    resultats = {}
    with Session(moteur) as session:
        lectures = _lectures(session, hasard)
        if inconnues := set(noms or ()) - set(lectures):
            raise SystemExit(
                f"lectures inconnues : {', '.join(sorted(inconnues))} (connues : {', '.join(lectures)})"
            )
        for nom, lecture in lectures.items():
            if noms and nom not in noms:
                continue
            lecture()  # chauffe : plans et caches
            durees = []
            for _ in range(repetitions):
                debut = time.perf_counter()
                lecture()
                durees.append((time.perf_counter() - debut) * 1000)
                session.rollback()
            resultats[nom] = {
                "p50_ms": round(percentile(durees, 50), 2),
                "p95_ms": round(percentile(durees, 95), 2),
            }
    return resultats


def _grand(moteur: Engine) -> dict[str, Any]:
    migrer(moteur)
    debut = time.perf_counter()
    generer(moteur, grand=True)
    duree = time.perf_counter() - debut
    with moteur.connect() as c:
        if moteur.dialect.name == "postgresql":
            c.execute(text("ANALYZE"))
            c.commit()
        paies = c.execute(select(func.count()).select_from(m.LignePaie)).scalar()
    return {"generation_s": round(duree, 1), "lignes_de_paie": paies}


def _reprise(moteur: Engine) -> dict[str, Any]:
    """Une grande échelle déjà générée : amenée à la dernière migration, rien d'autre."""
    migrer(moteur)
    with moteur.connect() as c:
        paies = c.execute(select(func.count()).select_from(m.LignePaie)).scalar()
    return {"generation_s": None, "lignes_de_paie": paies}


def _base_postgresql(url_admin: str) -> tuple[Engine, Callable[[], None]]:
    admin = creer_moteur(url_admin).execution_options(isolation_level="AUTOCOMMIT")
    nom = f"fsrs_bench_{secrets.token_hex(4)}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{nom}"'))
    moteur = creer_moteur(admin.url.set(database=nom).render_as_string(hide_password=False))

    def supprimer() -> None:
        moteur.dispose()
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{nom}" WITH (FORCE)'))
        admin.dispose()

    return moteur, supprimer


def _markdown(res: dict[str, Any]) -> str:
    imp = res.get("import_sqlite")
    md = ["# Banc d'essai des registres des fonds", ""]
    if imp:
        md += [
            f"Import CSV (SQLite, {imp['lignes']} lignes d'heures) : **{imp['lignes_par_s']} lignes/s**"
            f" (réimport sans changement : {imp['reimport_lignes_par_s']} lignes/s ;"
            f" objectif ≥ {OBJECTIF_IMPORT}).",
            "",
        ]
    for backend, mesure in res["lectures"].items():
        echelle = res["grand"][backend]
        origine = (
            f"générées en {echelle['generation_s']} s"
            if echelle["generation_s"] is not None
            else "base reprise"
        )
        md += [
            f"## {backend} — {echelle['lignes_de_paie']} lignes de paie, {origine}",
            "",
            "| lecture | p50 (ms) | p95 (ms) |",
            "| --- | ---: | ---: |",
        ]
        md += [f"| {nom} | {v['p50_ms']} | {v['p95_ms']} |" for nom, v in mesure.items()]
        md.append("")
    return "\n".join(md)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Banc d'essai des registres des fonds (import CSV, lectures).")
    p.add_argument("--lignes", type=int, default=100_000, help="lignes du fichier importé")
    p.add_argument("--repetitions", type=int, default=60, help="appels mesurés par lecture")
    p.add_argument("--sans-postgresql", action="store_true")
    p.add_argument("--sans-import", action="store_true", help="ne pas mesurer l'import CSV")
    p.add_argument("--lectures", nargs="+", metavar="NOM", help="ne mesurer que ces lectures")
    p.add_argument("--reprendre-sqlite", type=Path, metavar="FICHIER", help="grande échelle SQLite existante")
    p.add_argument("--reprendre-postgresql", metavar="URL", help="grande échelle PostgreSQL existante")
    p.add_argument("--sortie", type=Path, default=SORTIE)
    args = p.parse_args(argv)
    res: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "grand": {},
        "lectures": {},
    }
    with tempfile.TemporaryDirectory(prefix="bench-fonds-") as dossier:
        if not args.sans_import:
            res["import_sqlite"] = mesurer_import(Path(dossier), args.lignes)
            print(f"Import CSV SQLite : {res['import_sqlite']['lignes_par_s']} lignes/s", flush=True)
        if args.reprendre_sqlite:
            moteur = creer_moteur(f"sqlite:///{args.reprendre_sqlite}")
            res["grand"]["sqlite"] = _reprise(moteur)
        else:
            moteur = creer_moteur(f"sqlite:///{Path(dossier) / 'grand.sqlite3'}")
            res["grand"]["sqlite"] = _grand(moteur)
        print(f"Grande échelle SQLite : {res['grand']['sqlite']}", flush=True)
        res["lectures"]["sqlite"] = mesurer_lectures(moteur, args.repetitions, args.lectures)
        moteur.dispose()
    if args.reprendre_postgresql:
        moteur = creer_moteur(args.reprendre_postgresql)
        res["grand"]["postgresql"] = _reprise(moteur)
        res["lectures"]["postgresql"] = mesurer_lectures(moteur, args.repetitions, args.lectures)
        moteur.dispose()
    elif not args.sans_postgresql:
        url = os.environ.get("ASSISTANT_FSRS_BD_URL_TEST") or URL_PG
        try:
            moteur, supprimer = _base_postgresql(url)
        except Exception as e:
            print(f"PostgreSQL injoignable ({url}) : {e}")
        else:
            try:
                res["grand"]["postgresql"] = _grand(moteur)
                print(f"Grande échelle PostgreSQL : {res['grand']['postgresql']}", flush=True)
                res["lectures"]["postgresql"] = mesurer_lectures(moteur, args.repetitions, args.lectures)
            finally:
                supprimer()
    args.sortie.mkdir(parents=True, exist_ok=True)
    (args.sortie / "fonds.json").write_text(
        json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    texte = _markdown(res)
    (args.sortie / "fonds.md").write_text(texte + "\n", encoding="utf-8")
    print(texte)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
