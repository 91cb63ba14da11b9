#!/usr/bin/env bash
# Starts the site and a Celery worker with embedded beat; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8000}"
PY=.venv/bin/python

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "Stopping…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

# The worker runs beat in-process (-B) with the database scheduler; with the
# default broker (kombu's filesystem transport) no server is needed. Set
# CELERY_BROKER_URL=redis://... to use Redis instead.
.venv/bin/celery -A lms worker -B --loglevel=INFO --concurrency=2 --hostname "lms@%h" \
  --schedule var/celerybeat-schedule &
pids+=($!)

$PY manage.py runserver "127.0.0.1:${PORT}" --noreload &
pids+=($!)

sleep 2
$PY manage.py shell --no-imports -c "from lms.people.demo import demo_accounts_table; print(demo_accounts_table())"
echo "The site is at http://127.0.0.1:${PORT}/  (Ctrl-C stops the site and the worker)"
wait -n "${pids[@]}"
