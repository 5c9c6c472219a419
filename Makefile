# The project's vocabulary. `make run` and `make test` do all the set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Python may keep its compiled files (and pytest its rewritten test modules) in __pycache__ even where the
# environment says not to: each run of the suite, each of its worker processes and each process a test starts
# would otherwise compile the project anew.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install run serve demo test test-postgres test-languages rehearse bench screenshots lighthouse lint format messages messages-check migrations-check check clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed (found %s)." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	@# uv (from PyPI) fetches and installs the pinned packages in parallel, several times faster than pip;
	@# pip does it where uv cannot.
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==0.13.8
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements-dev.txt \
	  || $(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

install: $(STAMP)

demo: install
	$(BIN)/python manage.py migrate --noinput
	@if command -v msgfmt >/dev/null; then $(BIN)/python manage.py compilemessages --ignore=.venv -v0; fi
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py demo_accounts

run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole suite on every core; the ten slowest tests are listed at the end.
PYTEST := $(BIN)/python -m pytest -n auto --dist worksteal --durations=10

test: install
	$(PYTEST)

# The same suite on PostgreSQL (DATABASE_URL, default: the local server as user postgres).
test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} $(PYTEST)

# The same suite with a third language (nothing may assume two): LANGUAGES=vi,en,ja to choose. The committed
# migrations have columns for vi and en only, so the tables are built from the models (--no-migrations). The
# upgrade test runs the old code and the migrations in processes of their own, with the default languages:
# `make test` has run it already.
LANGUAGES ?= vi,en,ko
test-languages: install
	DJANGO_LANGUAGES=$(LANGUAGES) $(PYTEST) --no-migrations -m "not upgrade"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract interface strings into the .po files, then compile them; commit both.
messages: install
	$(BIN)/python manage.py makemessages --all --no-location --no-obsolete --ignore=.venv --ignore=staticfiles
	$(BIN)/python manage.py compilemessages --ignore=.venv

messages-check: install
	$(BIN)/python scripts/check_messages.py

# The production stack on this machine (nginx, two gunicorn servers, PostgreSQL, Redis, S3, the task worker)
# and the rehearsal tests through it (scripts/rehearse.py; installs nginx when missing).
rehearse: install
	$(BIN)/python scripts/rehearse.py

# Throughput and latency of every kind of public page, on SQLite and on PostgreSQL with Redis, at the demo's
# size and ten times it (scripts/bench.py; installs wrk when missing). Not part of CI: timings stay out of it.
bench: install
	$(BIN)/python scripts/bench.py

# Full-page pictures of the public pages at 375 and 1280 px, in each language, into var/screenshots/, from a
# database of its own with the demo (scripts/screenshots.py; Debian's Chromium). Not part of CI: for the eye.
screenshots: install
	$(BIN)/python scripts/screenshots.py

# Lighthouse's mobile performance score of the home page, the plot finder (plain and filtered) and a news post, in
# each language, several runs each, served as in production (scripts/lighthouse.py). Not part of CI: it needs
# Lighthouse from npm (npm install --prefix /tmp/lh lighthouse) and Debian's Chromium.
lighthouse: install
	$(BIN)/python scripts/lighthouse.py

migrations-check: install
	$(BIN)/python manage.py makemigrations --check --dry-run

check: lint migrations-check messages-check
	$(BIN)/python manage.py check

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
