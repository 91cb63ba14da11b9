# One target per workflow. `make run` and `make test` work on a fresh Debian machine.
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: help run test bench stack install install-dev migrate seed lint format check messages clean

help:
	@echo "make run      install, migrate, seed demo data, start the site (PORT=$(PORT)) and a Celery worker with beat"
	@echo "make test     install what the tests need (apt packages included) and run every suite"
	@echo "make bench    the benchmarks with same-run baselines (not part of make test); writes bench/results.json"
	@echo "make stack    the production shape on loopback: PostgreSQL, Redis, gunicorn, Celery worker and beat"
	@echo "make lint     ruff, Django checks, migrations check, import contracts"
	@echo "make format   ruff format and autofix"
	@echo "make messages regenerate and compile the vi/en translation catalogs"

$(PY):
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	@scripts/run.sh $(PORT)

test:
	@scripts/test.sh

bench:
	@scripts/bench.sh

stack:
	@scripts/stack.sh

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=lms.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install-dev
	$(PY) manage.py makemessages --locale vi --locale en --no-obsolete --ignore ".venv/*" --ignore "var/*" --ignore "staticfiles/*" --ignore "tests/*" --ignore "translations/*"
	$(PY) manage.py compilemessages --ignore ".venv/*"
	msgfmt --check -o translations/allauth/vi/LC_MESSAGES/django.mo translations/allauth/vi/LC_MESSAGES/django.po

clean:
	rm -rf var/broker var/test-media var/test-private staticfiles .pytest_cache
