# Two commands on a fresh machine with Python 3.11+ and make:
#   make run    set everything up and open the app on a fresh demo practice
#   make test   set everything up and run the whole test suite

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
STAMP := $(VENV)/.installed

.PHONY: run test install lint format typecheck bench clean demo tagger suite-texts

# The core and its plugins are built with the venv's own setuptools (every pyproject here
# asks only for setuptools): with pip's default isolation each of the eleven editable
# installs set up a build environment of its own first (105 s of a fresh install on two
# cores, 69 s without).
$(STAMP): pyproject.toml $(PLUGINS)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "medsocial needs Python 3.11 or newer (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@$(PYTHON) medsocial_tui/home/install_check.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip 'setuptools>=77'
	$(BIN)/python -m pip install --quiet --no-build-isolation -e '.[test]' $(foreach p,$(PLUGINS),-e $(dir $(p)))
	@touch $(STAMP)

# The guard's compiled patterns, kept as Python keeps compiled modules (in __pycache__):
# a process's first check of a post then builds some 600 patterns from their code instead
# of compiling them (2.4 s of CPU on this project's machine, for every `medsocial flush`,
# CLI check and the TUI's first check). Made again when the guard's sources change; a
# store older than them is still right (an edited pattern is not found in it, and is
# compiled), only less of it is used.
PATTERNS := medsocial_tui/compliance/__pycache__/patterns.$(shell $(PYTHON) -c 'import sys; print(sys.implementation.cache_tag)' 2>/dev/null).bin
$(PATTERNS): $(STAMP) $(wildcard medsocial_tui/compliance/*.py medsocial_tui/compliance/*.toml medsocial_tui/data/*.txt)
	$(BIN)/python -m medsocial_tui.compliance.pattern_store

install: $(STAMP) $(PATTERNS)

run: $(STAMP) $(PATTERNS)
	$(BIN)/medsocial demo

demo: $(STAMP) $(PATTERNS)
	$(BIN)/medsocial demo --no-open

# The suite opens thousands of small SQLite databases and each commit waits for the disk
# (synchronous=FULL): in a RAM folder the same commits, kills and reads cost no disk flush.
# /dev/shm is used when it has 4 GB free (a container's default 64 MB is not enough).
TEST_TMPDIR := $(shell df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 && $$4 > 4000000 { print "/dev/shm" }')

# mypy (strict on the core) runs beside pytest and the run fails if either does.
# Four workers on two cores: many tests wait on real processes, tmux and loopback servers
# rather than the CPU (on 2 cores the suite took 415 s with two workers, 299 s with four).
# The bytecode caches are written once, by one process, before the workers start (beside
# mypy): on a box that sets PYTHONDONTWRITEBYTECODE, as build and test boxes often do, each
# of the four workers rewrote every test module's asserts (5 s of CPU each, half of its
# collection) and each of the few hundred medsocial processes the suite starts compiled
# medsocial from source (a fifth of a killed flush's CPU). A person's install writes them.
# That pass imports every test module (a whole collection, seconds of CPU before the workers
# start), so it is skipped while no Python file is newer than its last run ($(BYTECODE)).
BYTECODE := $(VENV)/.bytecode
test: $(STAMP) $(PATTERNS)
	$(BIN)/ruff check medsocial_tui plugins tests benchmarks
	@$(BIN)/mypy > .mypy-test.log 2>&1 & typing=$$!; \
	if [ $(STAMP) -nt $(BYTECODE) ] || [ -n "$$(find medsocial_tui plugins tests -name '*.py' -newer $(BYTECODE) -print -quit)" ]; then \
		touch $(BYTECODE).next; \
		PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q medsocial_tui plugins > /dev/null; \
		PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest --collect-only -q > /dev/null && mv $(BYTECODE).next $(BYTECODE); \
	fi; \
	TMPDIR=$(or $(TEST_TMPDIR),$${TMPDIR:-/tmp}) $(BIN)/python -m pytest -n 4 --dist worksteal -q; tests=$$?; \
	wait $$typing; typed=$$?; echo "== mypy"; cat .mypy-test.log; rm -f .mypy-test.log; \
	test $$tests -eq 0 && test $$typed -eq 0

# The guard's learned tagger (medsocial_tui/data/tagger.crfsuite and tagger.json), trained
# again on the labelled sets after they change (tests/compliance/test_learned.py says when):
# about four minutes of one core. `make suite-texts` first gathers the texts the tests give
# the guard (tests/compliance/corpus/suite_texts.jsonl), which it learns from too.
tagger: $(STAMP)
	$(BIN)/python tests/compliance/train_tagger.py

suite-texts: $(STAMP)
	$(BIN)/python tests/compliance/suite_texts.py

lint: $(STAMP)
	$(BIN)/ruff check medsocial_tui plugins tests benchmarks
	$(BIN)/ruff format --check medsocial_tui plugins tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format medsocial_tui plugins tests benchmarks

# Tools for whoever tunes the guard or the filter form, run by hand (benchmarks/README.md):
# they list misses, compare findings (exit 1 on any difference) or need a --home.
BENCH_TOOLS := extent_misses filter_enter_probe guard_family_gate guard_gate_ceiling guard_golden \
	guard_mypyc guard_probe guard_stages token_recall

# Every benchmark runs, one failing or not; the run fails at the end if any did.
bench: $(STAMP)
	@failed=""; for script in benchmarks/*.py; do \
		name=$$(basename $$script .py); \
		case " $(BENCH_TOOLS) " in *" $$name "*) continue;; esac; \
		echo "== $$script"; $(BIN)/python $$script || failed="$$failed $$name"; \
	done; \
	if [ -n "$$failed" ]; then echo "benchmarks that failed:$$failed"; exit 1; fi

clean:
	rm -rf $(VENV) build *.egg-info plugins/*/*.egg-info
	rm -f medsocial_tui/compliance/__pycache__/patterns.*.bin
