# Two commands on a fresh machine: `make run` and `make test`. Everything else is set up here.
PYTHON ?= python3
VENV := .venv
# Windows venvs keep their programs in Scripts\ (there, `py tools\dev.py run|test`
# does the same without make).
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
STAMP := $(VENV)/.installed
TS := translations/kdm_desktop_tr.ts
QM := src/kdm_desktop/resources/translations/kdm_desktop_tr.qm
DEMO_DIR ?= $(shell $(PYTHON) -c "import os,platformdirs;print(os.path.join(platformdirs.user_data_dir('kdm-desktop', appauthor=False), 'demo'))" 2>/dev/null || echo $$HOME/.local/share/kdm-desktop/demo)

.PHONY: run test lint typecheck pytest translations lupdate screenshots bench demo clean package

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	mkdir -p $(dir $(QM))
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

# Refresh the .ts from the sources (run after changing UI strings, then translate).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find src/kdm_desktop/ui -name '*.py' | sort) -ts $(TS)

demo: $(STAMP) $(QM)
	@if [ ! -f "$(DEMO_DIR)/casefile.kdm" ]; then \
	  $(BIN)/kdm --data-dir "$(DEMO_DIR)" demo; \
	fi

run: demo
	$(BIN)/kdm-desktop --data-dir "$(DEMO_DIR)" --demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging tools
	$(BIN)/ruff format --check src tests bench packaging tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	$(BIN)/python -m pytest -q -n auto --dist loadfile --no-loadscope-reorder --max-worker-restart=0

test: lint typecheck pytest

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m kdm_desktop.ui.screenshots docs/screenshots

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# The frozen one-folder build (and, on Windows with Inno Setup, the installer).
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
