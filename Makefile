# The two commands: `make run` and `make test`. Each creates .venv when missing.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test build train evaluate evaluate-extraction bench

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -r requirements.txt
	@touch $(STAMP)

## run: build what is missing (trained model, store from seeds/), then serve the dashboard on :8501
run: build
	$(VENV)/bin/streamlit run dashboard.py --server.headless true --server.port 8501

build: $(STAMP)
	$(PY) -m stance build

## test: the whole test suite, offline (trains the model first when models/ is empty)
test: $(STAMP)
	$(PY) -m pytest

train: $(STAMP)
	$(PY) -m stance train

evaluate: $(STAMP)
	$(PY) -m stance evaluate

evaluate-extraction: $(STAMP)
	$(PY) -m stance evaluate-extraction

## bench: the benchmark suite (tens of minutes; BENCH_ARGS=--quick for a smoke run), writes docs/performance.md
bench: build
	$(PY) -m stance bench $(BENCH_ARGS)
