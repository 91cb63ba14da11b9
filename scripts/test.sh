#!/usr/bin/env bash
# The whole test run: system packages, Python packages, lint, the suite on SQLite,
# the database-sensitive tests again on a throwaway PostgreSQL cluster, and the
# integration tests against a real Redis and Celery worker. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

source scripts/lib.sh

# --- System packages ---------------------------------------------------------------
ensure_packages chromium:chromium redis-server:redis-server "/usr/lib/postgresql/*/bin/initdb:postgresql" \
  msgfmt:gettext /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core

# --- Python packages ---------------------------------------------------------------
log "Installing Python packages"
make --no-print-directory install-dev
PY=.venv/bin/python
PYTEST=(.venv/bin/pytest -p no:cacheprovider)
export DJANGO_SETTINGS_MODULE=lms.settings.test
export LMS_VAR_DIR="${ROOT}/var/test"
mkdir -p "$LMS_VAR_DIR"

# --- Lint and checks ------------------------------------------------------------------
log "Lint and checks"
.venv/bin/ruff check .
$PY manage.py check --fail-level WARNING
$PY manage.py makemigrations --check --dry-run >/dev/null
.venv/bin/lint-imports

# --- Suite on SQLite -----------------------------------------------------------------
log "Test suite on SQLite"
"${PYTEST[@]}" -n 2 -m "not integration" tests

# --- Throwaway PostgreSQL and Redis on loopback --------------------------------------------
PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
throwaway_services "$PG_PORT" "$REDIS_PORT" "-c fsync=off -c synchronous_commit=off"

export DATABASE_URL="postgres://lms@127.0.0.1:${PG_PORT}/lms"
export LMS_TEST_REDIS_URL="redis://127.0.0.1:${REDIS_PORT}/0"

log "Database-sensitive tests on PostgreSQL"
# -rP prints what the concurrency tests measured.
"${PYTEST[@]}" -n 2 -rP -m "postgres and not integration" tests

log "Integration tests: PostgreSQL, Redis and a Celery worker"
LMS_REQUIRE_INTEGRATION=1 CELERY_BROKER_URL="$LMS_TEST_REDIS_URL" CACHE_URL="redis://127.0.0.1:${REDIS_PORT}/1" CELERY_TASK_ALWAYS_EAGER=0 \
  "${PYTEST[@]}" -rP -m integration tests/integration

log "All suites passed"
