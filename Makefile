# Two commands on a fresh machine: `make lab` runs JupyterLab with the extension,
# `make test` runs every test layer. Each step is stamped, so a second run is quick.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Debian's python3: a venv built from it is readable by the remapped users of the sandbox.
BASE_PYTHON ?= /usr/bin/python3
VENV := $(CURDIR)/.venv
export PATH := $(VENV)/bin:$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export YARN_ENABLE_TELEMETRY := 0
export JUPYTER_PLATFORM_DIRS := 1

PORT ?= 8888
DEBIAN_PACKAGES := python3-venv chromium uidmap libcap2-bin iproute2 procps util-linux sudo shellcheck \
  prometheus acl e2fsprogs
# The contracts' validators (src/schemas/*.validate.ts) are built from the Python package's
# schemas by scripts/report-types.js, so those are sources of the front end too.
TS_SOURCES := $(shell find src style schema -type f -not -name '*.validate.ts' 2>/dev/null) package.json \
  tsconfig.json webpack.config.js scripts/report-types.js $(wildcard jupyterlab_isolation_info/*.schema.json)
PY_SOURCES := $(shell find jupyterlab_isolation_info -name '*.py' -not -path '*/labextension/*' 2>/dev/null)
LABEXTENSION := jupyterlab_isolation_info/labextension/package.json

.PHONY: help lab test lint test-py test-js test-ui test-compat dist studio-lab bench clean system-deps goldens contract-doc \
  docs

help:
	@echo "make lab         JupyterLab with the extension on http://localhost:$(PORT)/lab"
	@echo "make test        every test: linters, pytest, jest, Galata, docs (installs what it needs)"
	@echo "make docs        the documentation site in docs/_build/html (warnings are errors)"
	@echo "make studio-lab  JupyterLab inside a Studio-like namespace sandbox"
	@echo "make dist        sdist and wheel in dist/, their contents checked"
	@echo "make test-compat the wheel in JupyterLab 4.0, 4.4, 4.5, the newest 4.x and a Studio-like set"
	@echo "make bench       benchmarks, written to bench/results.md"

# --- setup -----------------------------------------------------------------

.stamps:
	mkdir -p .stamps

# Debian packages the tests need; installed only when one is missing.
.stamps/system: Makefile | .stamps
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi; \
	# The tests start their own Prometheus on a free loopback port: where systemd started the \
	# package's services (ports 9090 and 9100), stop them and keep them from starting at boot. \
	if [[ " $$missing " == *" prometheus "* ]] && [ -d /run/systemd/system ]; then \
	  systemctl disable --now prometheus prometheus-node-exporter >/dev/null 2>&1 || true; \
	fi
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node >= 20.19 is needed, found "+process.versions.node); process.exit(1) }'
	touch $@

system-deps: .stamps/system

$(VENV)/bin/python: | .stamps/system
	$(BASE_PYTHON) -m venv $(VENV)

# Build tools first (for --no-build-isolation), then the test and dev extras.
.stamps/python: pyproject.toml $(VENV)/bin/python | .stamps
	pip install -q --upgrade pip
	pip install -q "hatchling>=1.5" "hatch-nodejs-version>=0.3.2" "hatch-jupyter-builder>=0.5" \
	  "jupyter-builder>=1.2,<2" "jupyterlab>=4.6,<5" editables ruff \
	  coverage pytest pytest-asyncio pytest-cov "pytest-jupyter[server]>=0.6" "jsonschema>=4.18" hypothesis
	touch $@

# What `make docs` needs besides: the `docs` extra of pyproject.toml (Sphinx, MyST, the theme).
.stamps/docs-tools: pyproject.toml .stamps/python
	python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["docs"]))' > .stamps/docs-requirements.txt
	pip install -q -r .stamps/docs-requirements.txt
	touch $@

# What `make dist` needs besides: the PyPA build front end and two checkers.
.stamps/dist-tools: .stamps/python
	pip install -q build check-wheel-contents twine
	touch $@

node_modules/.stamp: package.json yarn.lock .stamps/python
	jlpm install
	touch $@

# Compiles TypeScript and the labextension as the wheel ships it (production: minified, no
# source maps), so `make lab`, the UI tests and the benchmarks run what users get; then
# .stamps/installed links both halves into the venv. `jlpm watch` gives a development build.
$(LABEXTENSION): $(TS_SOURCES) node_modules/.stamp
	jlpm build:prod

.stamps/installed: $(LABEXTENSION) pyproject.toml | .stamps
	# `jupyter-builder develop` writes install.json through its symlink into labextension/,
	# where the wheel's shared-data would then add it twice.
	rm -f jupyterlab_isolation_info/labextension/install.json
	pip install -q --no-build-isolation --no-deps -e .
	jupyter-builder develop --overwrite . >/dev/null
	jupyter server extension enable --sys-prefix jupyterlab_isolation_info >/dev/null
	touch $@

ui-tests/node_modules/.stamp: ui-tests/package.json ui-tests/yarn.lock .stamps/python
	cd ui-tests && jlpm install
	touch $@

# --- run -------------------------------------------------------------------

lab: .stamps/installed
	jupyter lab --no-browser --port=$(PORT) --ServerApp.allow_root=True

studio-lab: .stamps/installed
	scripts/studio-lab

# --- tests -----------------------------------------------------------------

test: lint test-py test-js test-ui test-compat docs

lint: node_modules/.stamp .stamps/python .stamps/system
	jlpm lint:check
	ruff check .
	ruff format --check .
	# The sandbox scripts at warning level: at info level shellcheck 0.9 takes their trap
	# handlers for unreachable code (SC2317). The examples admins copy: every level.
	shellcheck --severity=warning scripts/studio-sandbox scripts/studio-lab
	shellcheck examples/*.sh
	# The alerting rules admins copy: valid, and doing what their unit tests say. (Debian's
	# Prometheus is built without Kubernetes discovery, so the scrape config is not checked here.)
	promtool check rules examples/prometheus/isolation-rules.yml
	cd examples/prometheus && promtool test rules isolation-rules.test.yml

# Every test, as CI runs it (as root). Without root: pytest -m "not root" (the `root` marker,
# pyproject.toml) leaves out what needs namespaces, FUSE or another uid.
test-py: .stamps/installed
	python -m pytest -q -p no:cacheprovider

test-js: node_modules/.stamp
	jlpm test

test-ui: .stamps/installed ui-tests/node_modules/.stamp
	cd ui-tests && jlpm playwright test

# Rewrite the golden reports from the fixture cases; review the diff like code.
goldens: .stamps/installed
	python -m jupyterlab_isolation_info.tests.golden --update
	ISOLATION_INFO_UPDATE_GOLDENS=1 python -m pytest -q -p no:cacheprovider \
	  jupyterlab_isolation_info/tests/integration/test_sandbox_golden.py

# Rewrite what is generated from the contracts: the finding ids' enum in report.schema.json
# (from the declared findings), the documentation's reference pages (docs/reference/) and the
# TypeScript types of the report.
contract-doc: .stamps/python node_modules/.stamp
	python jupyterlab_isolation_info/tests/contract.py --update
	python docs/generate.py
	jlpm build:types

# The documentation site: its reference pages regenerated, then Sphinx from a fresh environment
# (-E), warnings as errors, nitpicky; nothing is fetched (no intersphinx, no linkcheck).
docs: .stamps/installed .stamps/docs-tools
	python docs/generate.py
	python -m sphinx -E -W --keep-going -n -q -b html docs docs/_build/html
	@echo "docs/_build/html/index.html"

# The wheel and sdist as users get them: a production build of the labextension, then
# `python -m build` (sdist, and the wheel from the sdist), then their contents checked.
.stamps/dist: $(TS_SOURCES) $(PY_SOURCES) pyproject.toml install.json README.md \
  $(shell find jupyter-config -type f) node_modules/.stamp .stamps/dist-tools | .stamps
	rm -rf dist
	# No development chunk, source map or install.json written by `jupyter-builder develop`
	# may reach the wheel: the labextension is rebuilt from nothing.
	jlpm clean:labextension
	jlpm build:prod
	python -m build --outdir dist .
	python scripts/check-dist dist
	python -m twine check --strict dist/*
	touch $@

dist: .stamps/dist

# The built wheel installed into JupyterLab 4.0, 4.4, 4.5, the newest 4.x and a Studio-like
# environment (virtual environments in .compat/, created once), each checked in a browser.
# First, src/ type-checked against the lowest versions package.json allows (JupyterLab 4.0.0,
# Lumino 2.1.1): no API newer than the declared floor.
test-compat: .stamps/dist ui-tests/node_modules/.stamp ui-tests/compat/api-floor/node_modules/.stamp
	jlpm build:validators
	cd ui-tests/compat/api-floor && node_modules/.bin/tsc -p tsconfig.json
	python ui-tests/compat/run.py dist/jupyterlab_isolation_info-*.whl

ui-tests/compat/api-floor/node_modules/.stamp: ui-tests/compat/api-floor/package.json \
  ui-tests/compat/api-floor/package-lock.json
	cd ui-tests/compat/api-floor && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

bench: .stamps/installed ui-tests/node_modules/.stamp
	python bench/run.py

clean:
	rm -rf .stamps lib tsconfig.tsbuildinfo jupyterlab_isolation_info/labextension \
	  jupyterlab_isolation_info/_version.py ui-tests/test-results ui-tests/playwright-report coverage \
	  dist docs/_build src/schemas/*.validate.ts
