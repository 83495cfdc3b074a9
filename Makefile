# newswire: the two commands on a fresh machine are `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test eval bench airflow clean-data

setup: $(STAMP)

# Pinned environment, then the project itself (editable, no extra resolution).
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: setup
	$(BIN)/newswire demo

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

eval: setup
	$(BIN)/python -m newswire.extract.evaluate
	$(BIN)/python -m newswire.clean.benchmark

bench: setup
	$(BIN)/python -m newswire.bench

# The Airflow UI (http://127.0.0.1:8080) with this project's DAGs, plugins and warehouse.
airflow: setup
	$(BIN)/python -m newswire.standalone

clean-data:
	rm -rf data
