# `make run` installs and opens the app; `make test` installs and runs the tests.
# Both create and reuse .venv from the pinned dependencies (pyproject.toml + constraints.txt).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-freeze install demo screenshots benchmarks translations clean bundle bundle-test install-desktop uninstall-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/careorganiser $(ARGS)

# The heartbeat tests (tests/test_never_freeze.py) measure how long the GUI thread waits in one go: figures of a
# shared machine, like the benchmarks, so they are not part of `make test` (no timing assertions in unit tests).
# `make test-freeze` runs them alone, one at a time; CI runs it and prints what it found.
#
# PYTHONDONTWRITEBYTECODE is emptied for the run (a machine may set it): Python then keeps the byte code of
# src/ and pytest the assertion-rewritten tests in __pycache__ folders of the clone (ignored by git), so the
# app processes the tests start, and every later run, do not compile the sources again.
#
# The tests' temporary folders (their data dirs) go on the RAM disk /dev/shm where there is one: the app syncs
# each save to disk (fsync, ~7 ms each on this machine's disk, thousands in a run), and on tmpfs a sync returns
# at once. What the tests check does not change: a process killed with kill -9 loses nothing that reached the
# page cache, and no test can pull the power. Only the folders of tests that failed are kept, of the last run
# only (pytest keeps every test's, of three runs: ~650 MB a run, memory on a RAM disk).
# A small /dev/shm (a container's 64 MB) would fill up: it is used only with 2 GB free.
TEST_TMPDIR = $(shell if [ -d /dev/shm ] && [ -w /dev/shm ] && \
	[ "$$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $$4}')" -ge 2000000 ] 2>/dev/null; \
	then echo /dev/shm; else echo "$${TMPDIR:-/tmp}"; fi)

test: $(STAMP)
	TMPDIR=$(TEST_TMPDIR) PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto \
		-m "not slow and not heartbeat" -o tmp_path_retention_count=1 \
		-o tmp_path_retention_policy=failed $(PYTEST_ARGS)

test-freeze: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "heartbeat and not slow" tests/test_never_freeze.py $(PYTEST_ARGS)

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

# The PyInstaller app (one folder): dist/careorganiser-VERSION/. PyInstaller comes from the "bundle" extra.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE_DIR := dist/careorganiser-$(VERSION)
BUNDLE_STAMP := $(VENV)/.installed-bundle

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,bundle]"
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/careorganiser.spec && \
	echo "bundle: $(BUNDLE_DIR) ($$(du -sm $(BUNDLE_DIR) | cut -f1) MB) built in $$(( $$(date +%s) - start )) s"

# Runs the built program (not the source) through every command, the window and install.sh.
bundle-test: $(STAMP)
	$(BIN)/python scripts/bundle_smoke.py $(BUNDLE_DIR)

# Installs the bundle for this user (~/.local, see packaging/README.md); builds it first if there is none.
install-desktop:
	@[ -x $(BUNDLE_DIR)/careorganiser ] || $(MAKE) bundle
	sh $(BUNDLE_DIR)/install.sh

uninstall-desktop:
	sh $(HOME)/.local/lib/careorganiser/uninstall.sh

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
