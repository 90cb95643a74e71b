# Two commands: `make run` builds the bundled corpus into out/, `make test` runs the suite.
# Both create the virtual environment .venv on first use (Python 3.10 or newer).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test install install-test lint format bench clean distclean

run: $(VENV)/.installed
	$(BIN)/citekg build

test: $(VENV)/.installed-test tests/js/node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

# graphology-graphml and graphology-gexf, the parsers Gephi Lite uses, from the lockfile;
# without npm the tests that need them skip
tests/js/node_modules/.installed: tests/js/package-lock.json
	@bash .ci/install-node && { [ ! -d tests/js/node_modules ] || touch $@; }

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
	  { echo "citekg needs Python 3.10 or newer; try: make PYTHON=python3.12 ..."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(VENV)/.installed $@

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_build.py

clean:
	rm -rf out build dist *.egg-info .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
