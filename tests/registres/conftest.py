"""Les fixtures des registres (tests/fonds/conftest.py) reprises telles quelles : l'échantillon sur
SQLite et sur un vrai PostgreSQL. Un conftest n'est vu que de son dossier et de ceux qu'il contient ;
plutôt que de recopier ces fixtures ou de les déplacer, on charge le module par son chemin."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_CHEMIN = Path(__file__).resolve().parents[1] / "fonds" / "conftest.py"
_SPEC = importlib.util.spec_from_file_location("fixtures_des_fonds", _CHEMIN)
assert _SPEC is not None and _SPEC.loader is not None
_FONDS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_FONDS)

serveur_postgresql = _FONDS.serveur_postgresql
bases_postgresql = _FONDS.bases_postgresql
backend = _FONDS.backend
fabrique = _FONDS.fabrique
modele_echantillon = _FONDS.modele_echantillon
base = _FONDS.base
base_neuve = _FONDS.base_neuve
