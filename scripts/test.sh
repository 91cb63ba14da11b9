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
WORK="$(mktemp -d /tmp/lms-test.XXXXXX)"
chmod 755 "$WORK"
PG_BIN="$(pg_bin)"
PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
cleanup() {
  set +e
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

log "Starting PostgreSQL on 127.0.0.1:${PG_PORT} and Redis on 127.0.0.1:${REDIS_PORT}"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$WORK"; fi
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U lms -A trust -E UTF8 --locale C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p ${PG_PORT} -k ${WORK} -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
  --daemonize yes --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"

export DATABASE_URL="postgres://lms@127.0.0.1:${PG_PORT}/lms"
export LMS_TEST_REDIS_URL="redis://127.0.0.1:${REDIS_PORT}/0"

log "Database-sensitive tests on PostgreSQL"
# -rP prints what the concurrency tests measured.
"${PYTEST[@]}" -n 2 -rP -m "postgres and not integration" tests

log "Integration tests: PostgreSQL, Redis and a Celery worker"
LMS_REQUIRE_INTEGRATION=1 CELERY_BROKER_URL="$LMS_TEST_REDIS_URL" CACHE_URL="redis://127.0.0.1:${REDIS_PORT}/1" CELERY_TASK_ALWAYS_EAGER=0 \
  "${PYTEST[@]}" -rP -m integration tests/integration

log "All suites passed"
