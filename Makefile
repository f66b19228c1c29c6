# One entry point for newcomers, CI and the deploy workflow.
#   make serve   build everything and serve the site at http://127.0.0.1:8000
#   make test    run every test (data, pages, charts, browser)
#   make test-fast   the tests that need no browser and no second build
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYS ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NODE_DIR := scripts/node
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# Material prints a banner about MkDocs 2 on every build; it is noise here.
export NO_MKDOCS_2_WARNING := 1
# No telemetry, no surprise downloads by npm packages that bundle a browser.
export PUPPETEER_SKIP_DOWNLOAD := 1
export CHROMEDRIVER_SKIP_DOWNLOAD := true
export CHROME_PATH ?= /usr/bin/chromium
# Reproducible builds: dates in the output (sitemap lastmod, gzip headers) come from the commit.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: help venv data pages site serve test test-fast bench browser node lock clean

help:
	@echo "make serve  - build data, pages, charts and both languages; serve at http://$(HOST):$(PORT)"
	@echo "make test   - run all tests (installs Debian's chromium if missing and you are root)"
	@echo "make test-fast - after make site: the tests that need no browser and no second build"
	@echo "make data   - validate data/ and print a summary"
	@echo "make site   - build the site into site/"
	@echo "make bench  - page weight and Lighthouse figures for every page"

# package.py holds VERSION, which pyproject.toml reads: a bump must reinstall the package metadata.
$(STAMP): pyproject.toml scripts/constraints.txt scripts/ictsite/data/package.py
	test -d $(VENV) || $(PYTHON_SYS) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c scripts/constraints.txt -e '.[test]'
	touch $@

venv: $(STAMP)

data: $(STAMP)
	$(PY) -m ictsite.data

pages: data
	$(PY) -m ictsite.site

# One MkDocs project per language: Korean at the root first (it empties site/), then English in site/en/.
site: pages
	$(BIN)/mkdocs build --strict --quiet
	$(BIN)/mkdocs build --strict --quiet -f docs/mkdocs.en.yml

serve: site
	$(PY) -m ictsite.serve --host $(HOST) --port $(PORT)

# Browser tests drive Debian's chromium; nothing downloads a browser of its own.
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum >/dev/null; \
	  else echo "Install Debian's chromium first: sudo apt-get install -y chromium fonts-nanum" >&2; exit 1; fi; }

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	npm ci --prefix $(NODE_DIR) --no-audit --no-fund --loglevel=error
	touch $@

node: $(NODE_STAMP)

# Two workers, each with a browser of its own (the build of a copy of the repository that some
# tests use is made once and shared: tests/conftest.py, moved_build).
test: site browser node
	$(BIN)/pytest -n 2

# The site/ you last built, checked without a browser and without building again. One process:
# starting a second worker costs more than it saves here.
test-fast: venv node
	$(BIN)/pytest -m "not browser and not build"

bench: site browser node
	$(PY) -m ictsite.bench

# Regenerate the transitive pins after changing a direct dependency in pyproject.toml.
lock:
	rm -rf .lockenv && $(PYTHON_SYS) -m venv .lockenv
	.lockenv/bin/pip install --quiet -e '.[test]'
	.lockenv/bin/pip freeze --exclude-editable > scripts/constraints.txt
	rm -rf .lockenv

clean:
	rm -rf site .cache
