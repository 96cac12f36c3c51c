# SKOW Desk — everything the project needs is installed from here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
BUNDLE_MAX_MB := 150
# Coverage with its floor (`fail_under` in pyproject.toml, [tool.coverage.report]; CI on
# Windows uses the same). `make pytest COVERAGE= PYTEST_ARGS=tests/unit/…` runs a part without it.
COVERAGE ?= --cov=skow_desk --cov-report=term:skip-covered
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test stress lint typecheck pytest forms bundle bundle-check bench clean system-deps lock

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 of nieuwer is nodig."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.run-installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $@

$(VENV)/.bundle-installed: $(VENV)/.test-installed
	$(BIN)/pip install -q -e '.[test,bundle]'
	touch $@

run: $(VENV)/.run-installed
	QT_QPA_PLATFORM= $(BIN)/skow-desk $(ARGS)

# ruff, then the import contracts of pyproject.toml ([tool.importlinter]): the layers, and no
# screen of gui/ importing another (docs/architecture.md).
lint: $(VENV)/.test-installed
	$(BIN)/ruff check skow_desk tests bench
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy
	$(BIN)/mypy bench

system-deps:
	@tools/system-deps.sh

pytest: $(VENV)/.test-installed system-deps
	$(BIN)/pytest $(COVERAGE) $(PYTEST_ARGS)

# pytest includes tests/packaging/test_wheel.py: a wheel of the project installed into a fresh
# venv runs demo, letters and overview (needs setuptools>=77 from the test extra; offline).
test: lint typecheck pytest

# At least 200 SIGKILLs during open/login, migration, the register import and finalise_letter
# (tests/test_crash_stress.py); 0 committed writes may be lost. Not part of `make test`.
stress: $(VENV)/.test-installed
	SKOW_STRESS=1 $(BIN)/pytest tests/test_crash_stress.py -q -s $(PYTEST_ARGS)

# Regenerate skow_desk/gui/forms/ from the Qt Designer files in ui/. uic imports every common
# Qt class; ruff drops the unused ones (each costs start-up time as PySide6 sets it up).
FORM_PRUNE := $(BIN)/ruff check --isolated --no-cache --select F401 --fix --quiet
forms: $(VENV)/.test-installed
	for f in ui/*.ui; do $(BIN)/pyside6-uic "$$f" -o skow_desk/gui/forms/ui_$$(basename $$f .ui).py || exit 1; done
	$(FORM_PRUNE) skow_desk/gui/forms/ui_*.py

bundle: $(VENV)/.bundle-installed
	@tools/system-deps.sh bundle
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# Build the bundle, fill a demo data folder with it and open every screen from it.
bundle-check: bundle
	rm -rf build/bundle-check
	SKOW_DESK_PASSPHRASE=bundel-controle-123 dist/skow-desk/skow-desk --data-dir build/bundle-check demo --incidents 50 2>/dev/null
	SKOW_DESK_PASSPHRASE=bundel-controle-123 QT_QPA_PLATFORM=offscreen dist/skow-desk/skow-desk --data-dir build/bundle-check selftest
	@size=$$(du -sm dist/skow-desk | cut -f1); echo "Bundelgrootte: $$size MB (grens $(BUNDLE_MAX_MB) MB)"; \
		[ "$$size" -le $(BUNDLE_MAX_MB) ] || { echo "De bundel is groter dan $(BUNDLE_MAX_MB) MB (issue 7)."; exit 1; }

bench: $(VENV)/.test-installed
	@tools/system-deps.sh libreoffice
	$(BIN)/python -m bench

# After the whole check passed: pin what it passed with (docs/how-to.md, "Refresh the lock file").
lock: $(VENV)/.bundle-installed
	$(BIN)/python tools/lock.py > requirements-lock.txt

clean:
	rm -rf build dist .mypy_cache .ruff_cache
