# Claimdex: `make run` serves the bundled corpus on http://127.0.0.1:8000, `make test` runs the full suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The browser tests drive Debian's Chromium (no browser download).
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
export HOST PORT

.PHONY: lock run test eval bench bench-smoke index openapi lint check-python check-chromium clean help

help:
	@echo "make run    - set up, build the index if needed, serve on http://$(HOST):$(PORT)"
	@echo "make test   - run the full test suite"
	@echo "make eval   - print extraction and claim quality tables"
	@echo "make bench  - benchmark against the hello-world ceiling and an SQLite FTS5 peer"
	@echo "make index  - rebuild the index from data/articles"
	@echo "make lock   - regenerate the hash-pinned requirements*.txt from requirements*.in"
	@echo "make openapi - regenerate openapi.yaml from the app"

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'

check-chromium:  # one line, before any setup, instead of a failure deep inside playwright
	$(if $(wildcard $(CHROMIUM)),@true,$(error make test needs Chromium at $(CHROMIUM): install it with 'sudo apt-get install chromium', or set CHROMIUM=/path/to/it))

$(VENV)/.runtime: requirements.txt | check-python
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(PY) -m service index ensure
	CLAIMDEX_RECONCILE_ON_START=false exec $(VENV)/bin/gunicorn -c python:service.gunicorn_conf service.wsgi:app

test: check-chromium $(VENV)/.dev
	$(PY) -m pytest

eval: $(VENV)/.dev
	$(PY) tests/eval/evaluate.py
	$(PY) tests/pipeline/test_claim_quality.py

bench: $(VENV)/.dev
	$(PY) bench/run.py --scales 10k,100k,1M

bench-smoke: $(VENV)/.dev
	$(PY) bench/run.py --smoke

index: $(VENV)/.runtime
	$(PY) -m service index build

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check service tests bench tools

openapi: $(VENV)/.runtime
	$(PY) -m service openapi --output openapi.yaml

# Regenerate the hash-pinned lock files after editing requirements.in or requirements-dev.in.
lock: $(VENV)/.runtime
	$(PY) tools/lock.py

clean:
	rm -rf $(VENV) index .pytest_cache .hypothesis .schemathesis
