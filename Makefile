# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export QT_QPA_PLATFORM ?=

.PHONY: run test venv screenshot bench package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $@

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	touch $@

venv: $(VENV)/.installed

## Start the desktop app on the bundled seed pair.
run: $(VENV)/.installed
	$(BIN)/sidebyside

## Run the whole test suite headless.
test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## Render the window on the seed pair to docs/screenshot.png, headless.
screenshot: $(VENV)/.installed
	mkdir -p docs
	QT_QPA_PLATFORM=offscreen $(BIN)/sidebyside --screenshot docs/screenshot.png

## Benchmarks print JSON; they read ../shared/data when it is there.
bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/extraction.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/compare.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/notes.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py

## Build the one-folder PyInstaller bundle and smoke-test it.
package: $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/sidebyside.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py dist/sidebyside

clean:
	rm -rf build dist .pytest_cache
