# Two commands on a fresh clone: `make demo` and `make test`; `make test-fast` for the edit-test loop.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

include mk/browser.mk
include mk/prism.mk
include mk/model.mk
.DEFAULT_GOAL := demo

.PHONY: demo test test-fast lint clean

$(STAMP): setup.py pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/meeting-privacy demo --output demo-output

test: $(STAMP) browser prism
	$(BIN)/ruff check meeting_privacy tests benchmarks training
	$(BIN)/python -m pytest

# The suite without the tests marked `slow` (whole-pipeline runs); Prism for the profile test.
test-fast: $(STAMP) prism
	$(BIN)/ruff check meeting_privacy tests benchmarks training
	$(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check meeting_privacy tests benchmarks training

clean:
	rm -rf $(VENV) demo-output demo-output-sample-input build *.egg-info
