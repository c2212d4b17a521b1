# Asyncio by Example: every command sets up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PYTEST := $(BIN)/python -m pytest
# Narrow record / real-clock / test to some snippets: make record ONLY=tasks
SELECT := $(if $(ONLY),-k "$(ONLY)")
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve test test-all record record-all real-clock stress build lint check bench clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; try: make PYTHON=python3.12 ...")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

serve: $(INSTALLED) ## serve the book at http://127.0.0.1:8000, reloading on changes
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(INSTALLED) ## run the whole test suite
	$(PYTEST) -n auto $(SELECT)

test-all: $(INSTALLED) ## run the snippet suite on every supported Python found (3.11, 3.12, 3.13)
	$(BIN)/nox

record: $(INSTALLED) ## re-record snippet and notebook outputs (ONLY=... to narrow); read the diff
	$(PYTEST) tests/test_snippets.py tests/test_notebooks.py --record -n auto $(SELECT)

record-all: $(INSTALLED) ## record on every Python found; writes <name>.py3XY.out only where output differs
	$(BIN)/nox -- --record $(SELECT)

real-clock: $(INSTALLED) ## check short snippets on the real clock against their outputs
	$(PYTEST) tests/test_snippets.py --real-clock -n 4 $(SELECT)

stress: $(INSTALLED) ## flakiness hunt: the snippet suite 5 times in random order, real-I/O snippets 20 times each
	for run in 1 2 3 4 5; do $(PYTEST) tests/test_snippets.py -n auto -q -p randomly $(SELECT) || exit 1; done
	$(PYTEST) tests/test_snippets.py -n auto -q --stress 20 $(SELECT)

build: $(INSTALLED) ## build the site into site/, failing on any warning
	$(BIN)/mkdocs build --strict

lint: $(INSTALLED) ## ruff, whitespace and spelling over every file (pre-commit)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/pre-commit run --all-files --show-diff-on-failure

bench: $(INSTALLED) ## measure the suite: snippet count, simulated vs real time, build time
	$(BIN)/python -m tests.benchmark

check: test test-all real-clock lint ## everything CI runs

clean: ## remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
