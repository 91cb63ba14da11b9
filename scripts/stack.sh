#!/usr/bin/env bash
# make stack: the production shape on this machine's loopback, with demo data.
#   PostgreSQL (a cluster in var/stack/pg), Redis, gunicorn with several workers, a Celery worker,
#   Celery beat, production settings (lms.settings.stack: plain HTTP on loopback), whitenoise.
# Ctrl-C stops everything cleanly; the data stays in var/stack for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
source scripts/lib.sh

PORT="${PORT:-8000}"
PG_PORT="${STACK_PG_PORT:-55440}"
REDIS_PORT="${STACK_REDIS_PORT:-56390}"
WEB_WORKERS="${WEB_WORKERS:-4}"
STACK="$ROOT/var/stack"

ensure_packages redis-server:redis-server "/usr/lib/postgresql/*/bin/initdb:postgresql" \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
make --no-print-directory install
PY=.venv/bin/python
PG_BIN="$(pg_bin)"

mkdir -p "$STACK/mail" "$STACK/var"
chmod 755 "$ROOT/var" "$STACK"
[ -s "$STACK/secret_key" ] || $PY -c 'import secrets; print(secrets.token_urlsafe(64))' > "$STACK/secret_key"
chmod 600 "$STACK/secret_key"

pids=()
stop() {
  trap - INT TERM EXIT
  echo
  log "Stopping the stack"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$STACK/pg" -m fast stop >/dev/null 2>&1 || true
  echo "Stopped. Data is kept in var/stack."
}
trap stop INT TERM EXIT

log "PostgreSQL on 127.0.0.1:${PG_PORT}"
if [ ! -s "$STACK/pg/PG_VERSION" ]; then
  mkdir -p "$STACK/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$STACK/pg"
  as_pg "$PG_BIN/initdb" -D "$STACK/pg" -U lms -A trust -E UTF8 --locale C.UTF-8 >/dev/null
fi
[ "$(id -u)" -eq 0 ] && chown postgres "$STACK"
as_pg "$PG_BIN/pg_ctl" -D "$STACK/pg" -l "$STACK/pg.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p ${PG_PORT} -k ${STACK} -c max_connections=100" start >/dev/null
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U lms -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'lms'" | grep -q 1 \
  || as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U lms lms

log "Redis on 127.0.0.1:${REDIS_PORT}"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STACK" --dbfilename redis.rdb \
  --daemonize yes --pidfile "$STACK/redis.pid" --logfile "$STACK/redis.log"

export DJANGO_SETTINGS_MODULE=lms.settings.stack
export DATABASE_URL="postgres://lms@127.0.0.1:${PG_PORT}/lms"
export CELERY_BROKER_URL="redis://127.0.0.1:${REDIS_PORT}/0"
export CACHE_URL="redis://127.0.0.1:${REDIS_PORT}/1"
export EMAIL_URL="file://${STACK}/mail"
export LMS_VAR_DIR="$STACK/var"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:${PORT}"
SECRET_KEY="$(cat "$STACK/secret_key")"
export SECRET_KEY

log "Migrations, static files, demo data"
$PY manage.py migrate --noinput >/dev/null
$PY manage.py createcachetable
$PY manage.py collectstatic --noinput >/dev/null
$PY manage.py seed_demo >/dev/null

log "gunicorn (${WEB_WORKERS} workers), Celery worker, Celery beat"
.venv/bin/gunicorn lms.wsgi:application --bind "127.0.0.1:${PORT}" --workers "$WEB_WORKERS" \
  --timeout 30 --graceful-timeout 10 --access-logfile - &
pids+=($!)
.venv/bin/celery -A lms worker --loglevel=INFO --concurrency=2 --hostname "stack@%h" &
pids+=($!)
.venv/bin/celery -A lms beat --loglevel=INFO --schedule "$STACK/celerybeat-schedule" &
pids+=($!)

sleep 3
$PY manage.py shell --no-imports -c "from lms.people.demo import demo_accounts_table; print(demo_accounts_table())"
echo "The stack serves http://127.0.0.1:${PORT}/  (emails are written to var/stack/mail; Ctrl-C stops it)"
wait -n "${pids[@]}"
