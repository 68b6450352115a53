# Two commands on a fresh machine with Python 3.11+ and make:
#   make run    set everything up and open the app on a fresh demo practice
#   make test   set everything up and run the whole test suite

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
STAMP := $(VENV)/.installed

.PHONY: run test install lint format typecheck bench clean demo

$(STAMP): pyproject.toml $(PLUGINS)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "medsocial needs Python 3.11 or newer (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@$(PYTHON) medsocial_tui/home/install_check.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' $(foreach p,$(PLUGINS),-e $(dir $(p)))
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/medsocial demo

demo: $(STAMP)
	$(BIN)/medsocial demo --no-open

test: $(STAMP)
	$(BIN)/ruff check medsocial_tui plugins tests benchmarks
	$(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check medsocial_tui plugins tests benchmarks
	$(BIN)/ruff format --check medsocial_tui plugins tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format medsocial_tui plugins tests benchmarks

bench: $(STAMP)
	@for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info plugins/*/*.egg-info
