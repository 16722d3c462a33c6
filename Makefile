# `make run` installs and opens the app; `make test` installs and runs the tests.
# Both create and reuse .venv from the pinned dependencies (pyproject.toml + constraints.txt).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install demo screenshots benchmarks translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/careorganiser $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/careorganiser demo

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/screenshots_shared.py

benchmarks: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# Extract the strings (pyside6-lupdate), fill translations/*.ts from the glossaries translations/<lang>.json,
# and write the catalogues the app loads to resources/translations/ (pyside6-lrelease). See docs/translating.md.
translations: $(STAMP)
	$(BIN)/python scripts/i18n_build.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
