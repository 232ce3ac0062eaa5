# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export QT_QPA_PLATFORM ?=
# setuptools notes, at every editable install of a project whose package maps a directory outside
# src/ (resources/ -> sidebyside.assets), that such installs resolve imports with a finder: an
# information, not a problem; silenced so an install prints nothing that looks like one.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet

.PHONY: run test venv screenshot docs-screenshots bench package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e ".[test]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e ".[test,bench]"
	touch $@

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(PIP_INSTALL) -e ".[test,package]"
	touch $@

venv: $(VENV)/.installed

## Start the desktop app (the last pair opened; the bundled example pair the first time). When a
## system library Qt needs is missing, it says which in one line (see README: system packages).
run: $(VENV)/.installed
	$(BIN)/sidebyside

## Run the whole test suite headless.
test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## Render the window on the seed pair to build/screenshot.png, headless (the checkout stays clean).
screenshot: $(VENV)/.installed
	mkdir -p build
	QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$(CURDIR)/build/config $(BIN)/sidebyside --screenshot build/screenshot.png
	@echo "wrote build/screenshot.png"

## The documentation's screenshots (docs/screenshot-*.png) under Xvfb with Qt's xcb platform.
docs-screenshots: $(VENV)/.installed
	$(BIN)/python docs/make_screenshots.py $(if $(wildcard ../shared/data/ecbplus/docs),--ecbplus ../shared/data/ecbplus/docs)

## Benchmarks print JSON; they read ../shared/data when it is there.
bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/extraction.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/compare.py
	$(BIN)/python benchmarks/instructions.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/notes.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/relatedness.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/window_big.py

## Build the one-folder PyInstaller bundle and smoke-test it. PyInstaller's cache of processed
## libraries lives in this checkout's build/: a per-user cache shared by two builds at once (two
## checkouts, two CI jobs) is written by both and ends up unreadable.
package: $(VENV)/.installed-package
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/sidebyside.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py dist/sidebyside

clean:
	rm -rf build dist .pytest_cache
