# Assistant FSRS : deux commandes suffisent sur une machine neuve.
#   make run   installe, assemble les modèles, construit l'index et lance l'application
#   make test  installe, assemble les modèles, construit l'index et lance les tests
# Tout est idempotent : ce qui est déjà installé, vérifié ou à jour n'est pas refait.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installe
CLI := $(BIN)/assistant-fsrs
# Construction portable de llama.cpp : la construction « native » plante sur ces machines (MODELS.md).
export CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_EXAMPLES=OFF
export HF_HUB_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: run test install models index navigateur postgresql lint eval bench fiabilite clean

run: index
	$(CLI) bd migrer && $(CLI) bd echantillon --si-vide
	$(CLI) serve

test: index navigateur postgresql
	$(BIN)/ruff check assistant corpus outils evaluations tests
	$(BIN)/python -m pytest

install: $(STAMP)

# torch d'abord : sa version CPU est sur le disque ; sinon pip tirerait une version CUDA de plusieurs Go.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

models: $(STAMP)
	$(CLI) models

index: models
	$(CLI) index

# Chromium de Debian pour les tests du navigateur ; sans lui, ces tests disent pourquoi ils sautent.
navigateur:
	@command -v chromium >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	  || echo "Chromium absent : les tests du navigateur seront sautés."; }

# PostgreSQL de Debian pour les tests des registres quand aucun serveur n'est nommé ; sans lui, ils sautent.
postgresql:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
	  || echo "PostgreSQL absent : les tests PostgreSQL des registres seront sautés."; }

lint: $(STAMP)
	$(BIN)/ruff check assistant corpus outils evaluations tests

eval: index
	$(CLI) evaluate

bench: index
	$(BIN)/python -m evaluations.bench
	$(BIN)/python -m evaluations.bench_fonds
	$(BIN)/python -m evaluations.bench_donnees

# Vrai serveur sur 127.0.0.1 : charge, corps géants, modèle bloqué, index reconstruit sous charge.
fiabilite: index
	$(BIN)/python -m evaluations.fiabilite

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
