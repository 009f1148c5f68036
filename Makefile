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
# pytest-xdist workers for the suite (each gets its own test database); 1 runs in one process.
PYTEST_WORKERS ?= 2
# The certificate PDFs embed DejaVu Sans (Cyrillic and ң ө ү): courses/certificate_pdf.py.
CERTIFICATE_FONT := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
# The package players (courses/packages), vendored from npm by `make install`.
SCORM_AGAIN := 3.4.3
H5P_STANDALONE := 3.8.2
# (-maps: the source maps the minified scripts name, without which collectstatic fails.)
PLAYERS := static/vendor/.players-$(SCORM_AGAIN)-$(H5P_STANDALONE)-maps

.PHONY: run install system-deps messages vendor-messages compilemessages migrate seed lint format checks-only \
	test checks test-sqlite test-postgres e2e test-sqlite-only test-postgres-only e2e-only bench peer load scale lighthouse clean

# --- Set-up and the development server ------------------------------------------------

run: install compilemessages migrate seed  ## venv, install, migrate, demo content, serve + task worker
	@# The task worker (emails, Telegram posts, Wagtail's own tasks) runs beside the server, and
	@# the scheduler (reminders, the outbox sweep) beside them; Ctrl-C stops all three.
	@$(MANAGE) db_worker --interval 2 & worker=$$!; \
	$(MANAGE) send_reminders --loop 900 & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null; wait $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:8000

$(VENV)/.installed: requirements.txt
	@command -v msgfmt >/dev/null && command -v node >/dev/null && test -f $(CERTIFICATE_FONT) || $(MAKE) system-deps
	test -d $(VENV) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed $(PLAYERS)
	@# wagtail-localize's editor script with its header translated (gitignored copy in static/)
	@$(MANAGE) patch_localize_js -v0

# The SCORM runtime and the H5P player (courses/packages), pinned, from the npm registry into
# static/vendor/ (gitignored) with their licences: nothing loads from a CDN.
$(PLAYERS):
	@command -v npm >/dev/null || $(MAKE) system-deps
	rm -rf static/vendor/scorm-again static/vendor/h5p-standalone var/npm
	mkdir -p var/npm static/vendor/scorm-again static/vendor/h5p-standalone
	cd var/npm && npm pack --silent scorm-again@$(SCORM_AGAIN) h5p-standalone@$(H5P_STANDALONE) >/dev/null
	tar -xzf var/npm/scorm-again-$(SCORM_AGAIN).tgz -C static/vendor/scorm-again --strip-components=2 \
		package/dist/scorm12.min.js package/dist/scorm2004.min.js \
		package/dist/scorm12.min.js.map package/dist/scorm2004.min.js.map
	tar -xzf var/npm/scorm-again-$(SCORM_AGAIN).tgz -C static/vendor/scorm-again --strip-components=1 package/LICENSE
	tar -xzf var/npm/h5p-standalone-$(H5P_STANDALONE).tgz -C static/vendor/h5p-standalone --strip-components=2 package/dist
	tar -xzf var/npm/h5p-standalone-$(H5P_STANDALONE).tgz -C static/vendor/h5p-standalone --strip-components=1 package/LICENSE
	touch $@

system-deps:  ## Debian packages: gettext (translations), chromium (browser tests), DejaVu (certificate PDFs), Node.js and npm (the service worker's tests, the package players)
	@# Node.js and npm only when missing: a machine with NodeSource's nodejs (npm inside) would
	@# refuse Debian's npm package beside it ("held broken packages").
	@packages="gettext chromium fonts-dejavu-core"; command -v npm >/dev/null || packages="$$packages nodejs npm"; \
	if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$packages >/dev/null; \
	else echo "Install as root: apt-get install $$packages"; exit 1; fi

migrate: install
	$(MANAGE) migrate --noinput -v0

seed: install
	$(MANAGE) seed_demo

# --- Translations ---------------------------------------------------------------------

messages: install  ## extract our strings into locale/{ky,ru,en}/LC_MESSAGES/django.po
	$(MANAGE) makemessages --no-obsolete --no-location --no-wrap -l ky -l ru -l en \
		--ignore=.venv --ignore=var --ignore=tests

vendor-messages: install  ## bring locale/vendor/ (Wagtail's, wagtail-localize's, Django's strings in ky/ru) up to date
	$(MANAGE) vendor_messages
	@$(MANAGE) vendor_messages --check | tail -n 20 || true

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv -v0

# --- Code style -----------------------------------------------------------------------

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# --- Tests: `make test` runs them all -------------------------------------------------
# Browser tests run only in `e2e` (`pytest -m e2e`); a plain pytest deselects them
# (tests/e2e/conftest.py), so test-sqlite and test-postgres never run them twice.

test:  ## ruff, checks, then browser journeys beside the suite on SQLite and PostgreSQL; prints the durations
	@bash tests/make_test.sh

checks: install compilemessages checks-only  ## ruff, Django's system checks and no missing migration

checks-only: lint
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

# Each of the three below is `<name>: install compilemessages` + `<name>-only`, the run alone;
# `make test` prepares once (checks) and runs the -only parts side by side.
test-sqlite: install compilemessages
	@$(MAKE) --no-print-directory test-sqlite-only
test-postgres: install compilemessages
	@$(MAKE) --no-print-directory test-postgres-only
e2e: install compilemessages  ## Playwright + Debian chromium journeys, axe-core, page weight
	@$(MAKE) --no-print-directory e2e-only

test-sqlite-only:
	@echo "=== pytest on SQLite"
	env -u DATABASE_URL $(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test-postgres-only:
	@echo "=== pytest on PostgreSQL at $(PG_HOST):$(PG_PORT)"
	@if ! pg_isready -q -h $(PG_HOST) -p $(PG_PORT); then \
		echo "!!! No PostgreSQL server answers at $(PG_HOST):$(PG_PORT): the PostgreSQL run FAILED."; \
		echo "!!! Start it (pg_ctlcluster <version> main start) or set SKIP_POSTGRES=1 to skip knowingly."; \
		[ "$$SKIP_POSTGRES" = 1 ] && [ -z "$$CI" ] && exit 0; exit 1; fi
	@db=$(PG_DB); createdb -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) $$db && \
		trap "dropdb --if-exists -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) $$db" EXIT && \
		DATABASE_URL=postgres://$(PG_USER)@$(PG_HOST):$(PG_PORT)/$$db $(VENV)/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

e2e-only:
	@test -x /usr/bin/chromium && test -f $(CERTIFICATE_FONT) || $(MAKE) system-deps
	$(VENV)/bin/pytest -m e2e tests/e2e -p no:cacheprovider $(E2E_ARGS)

# --- Measurements (figures, never pass/fail) ------------------------------------------

bench: install compilemessages  ## synthetic data at scale; prints the benchmark table
	$(PYTHON) -m tests.bench.bench_run $(BENCH_ARGS)

peer: install compilemessages  ## only the comparison with wagtail-lms (its own venv in var/peer/), ~1 min
	$(PYTHON) -m tests.bench.bench_run --peer-only $(BENCH_ARGS)

load: install compilemessages  ## 50 users x 60 s against gunicorn on SQLite and PostgreSQL, with a restart
	$(PYTHON) -m tests.bench.bench_load $(LOAD_ARGS)

scale: install compilemessages  ## two gunicorn servers sharing PostgreSQL and Redis, round-robin client, 60 s
	$(PYTHON) -m tests.bench.bench_scale $(SCALE_ARGS)

# --- Lighthouse (pass/fail: every category's median ≥ 95) ------------------------------
# Lighthouse pinned in tests/lighthouse/package-lock.json (its two "latest" dependencies held
# by overrides, so `npm ci` installs the same tree every time), run with Debian's chromium.
LIGHTHOUSE := tests/lighthouse/node_modules/.installed

$(LIGHTHOUSE): tests/lighthouse/package-lock.json
	@command -v npm >/dev/null && test -x /usr/bin/chromium || $(MAKE) system-deps
	cd tests/lighthouse && npm ci --silent --no-audit --no-fund
	touch $@

lighthouse: install compilemessages $(LIGHTHOUSE)  ## Lighthouse on 5 Kyrgyz pages, phone, median of 3; fails below 95
	$(PYTHON) tests/lighthouse/run.py $(LIGHTHOUSE_ARGS)

clean:
	rm -rf var $(VENV) .pytest_cache .ruff_cache tests/lighthouse/node_modules
	find . -name '*.mo' -not -path './.venv/*' -delete
