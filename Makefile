# Developer entry points. `make test` is what CI runs (.ci/run).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp

.PHONY: run test lint format bench clean system-deps venv

system-deps:
	@bash tools/install-system-deps.sh

# Re-installed only when pyproject.toml changes; system deps come first (python3-venv).
$(STAMP): pyproject.toml | system-deps
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: venv
	$(BIN)/brief-studio

lint: venv
	$(BIN)/ruff check studio tests bench tools
	$(BIN)/ruff format --check studio tests bench tools
	$(BIN)/mypy studio
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q

format: venv
	$(BIN)/ruff format studio tests bench tools
	$(BIN)/ruff check --fix studio tests bench tools

# Benchmarks are plain scripts that print their figures.
bench: venv
	@for script in bench/*.py; do \
	  [ -e "$$script" ] || continue; \
	  echo "== $$script"; \
	  $(BIN)/python "$$script"; \
	done

clean:
	rm -rf $(VENV) build dist *.egg-info bench/out .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
