# Developer entry point. `make demo` and `make test` are the README's two commands.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

VENDOR = src/newsevents/server/static/vendor

.PHONY: install install-test demo test lint bench load eval clean assets serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The dashboard's front-end libraries, pinned in web/package-lock.json, copied into the
# package at build time (the server loads nothing from a CDN). Needs npm once.
assets: $(VENDOR)/.installed

$(VENDOR)/.installed: web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp web/node_modules/d3/dist/d3.min.js web/node_modules/topojson-client/dist/topojson-client.min.js \
	   web/node_modules/world-atlas/countries-110m.json $(VENDOR)/
	cp web/node_modules/d3/LICENSE $(VENDOR)/LICENSE.d3
	cp web/node_modules/topojson-client/LICENSE $(VENDOR)/LICENSE.topojson-client
	cp web/node_modules/world-atlas/LICENSE $(VENDOR)/LICENSE.world-atlas
	touch $@

install: $(BIN)/python assets
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

serve: demo
	$(BIN)/newsevents serve

eval: install
	$(BIN)/newsevents eval ../shared/gold/seed.gold.jsonl
	$(BIN)/newsevents eval tests/gold/dev.gold.jsonl --by-type
	$(BIN)/newsevents eval tests/gold/probes.gold.jsonl --by-type
	$(BIN)/newsevents eval tests/gold/validation.gold.jsonl

bench: install
	$(BIN)/python scripts/bench.py --articles 1000 --memory

# Requests/s and p50/p99 of the API's common queries on loopback while articles are posted
# (docs/reliability.md, the server section); needs httpx from the test extra.
load: install-test
	$(BIN)/python scripts/load.py --seconds 20 --clients 8

clean:
	rm -rf $(VENV) newsevents.duckdb .pytest_cache web/node_modules $(VENDOR) test-artifacts
