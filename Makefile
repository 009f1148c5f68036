# Club learning site. `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PYTHON) manage.py
PG_HOST ?= 127.0.0.1
PG_PORT ?= 5432
PG_USER ?= postgres
PG_DB := club_test_$(shell date +%s)_$$$$

.PHONY: run install system-deps messages compilemessages migrate seed lint format test test-sqlite test-postgres e2e bench clean

run: install compilemessages migrate seed  ## venv, install, migrate, demo content, serve
	$(MANAGE) runserver 127.0.0.1:8000

$(VENV)/.installed: requirements.txt
	@command -v msgfmt >/dev/null || $(MAKE) system-deps
	test -d $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

system-deps:  ## Debian packages: gettext for translations, chromium for browser tests
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq gettext chromium >/dev/null; \
	else echo "Install as root: apt-get install gettext chromium"; exit 1; fi

messages: install  ## extract our strings into locale/{ky,ru,en}/LC_MESSAGES/django.po
	$(MANAGE) makemessages --no-obsolete --no-location -l ky -l ru -l en \
		--ignore=.venv --ignore=var --ignore=tests

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv -v0

migrate: install
	$(MANAGE) migrate --noinput -v0

seed: install
	$(MANAGE) seed_demo

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: install compilemessages lint  ## ruff, then the suite on SQLite and on PostgreSQL
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

test-sqlite: install compilemessages
	@echo "=== pytest on SQLite"
	env -u DATABASE_URL $(VENV)/bin/pytest $(PYTEST_ARGS)

test-postgres: install compilemessages
	@echo "=== pytest on PostgreSQL at $(PG_HOST):$(PG_PORT)"
	@if ! pg_isready -q -h $(PG_HOST) -p $(PG_PORT); then \
		echo "!!! No PostgreSQL server answers at $(PG_HOST):$(PG_PORT): the PostgreSQL run FAILED."; \
		echo "!!! Start it (pg_ctlcluster <version> main start) or set SKIP_POSTGRES=1 to skip knowingly."; \
		[ "$$SKIP_POSTGRES" = 1 ] && [ -z "$$CI" ] && exit 0; exit 1; fi
	@db=$(PG_DB); createdb -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) $$db && \
		trap "dropdb --if-exists -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) $$db" EXIT && \
		DATABASE_URL=postgres://$(PG_USER)@$(PG_HOST):$(PG_PORT)/$$db $(VENV)/bin/pytest $(PYTEST_ARGS)

clean:
	rm -rf var $(VENV) .pytest_cache .ruff_cache
	find . -name '*.mo' -not -path './.venv/*' -delete

# --- proof (issue 9): browser journeys, benchmark, load run -----------------------------
# Browser tests run only here (`pytest -m e2e`); a plain pytest deselects them
# (tests/e2e/conftest.py), so test-sqlite/test-postgres never run them twice.
test: e2e

e2e: install compilemessages  ## Playwright + Debian chromium journeys, axe-core, page weight
	@test -x /usr/bin/chromium || $(MAKE) system-deps
	$(VENV)/bin/pytest -m e2e tests/e2e -p no:cacheprovider $(E2E_ARGS)

bench: install compilemessages  ## synthetic data at scale; prints the benchmark table (not a test)
	$(PYTHON) -m tests.bench.bench_run $(BENCH_ARGS)

load: install compilemessages  ## 50 users x 60 s against gunicorn on SQLite and PostgreSQL, with a restart
	$(PYTHON) -m tests.bench.bench_load $(LOAD_ARGS)
.PHONY: load
