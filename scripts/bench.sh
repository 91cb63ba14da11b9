#!/usr/bin/env bash
# make bench: the benchmark suite (bench/), on SQLite and on a throwaway PostgreSQL, with Redis.
# Bounded and loopback only. Writes bench/results.json and bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
source scripts/lib.sh

ensure_packages redis-server:redis-server "/usr/lib/postgresql/*/bin/initdb:postgresql" \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
make --no-print-directory install
export PATH="$(pg_bin):$PATH"
PG_PORT="${BENCH_PG_PORT:-55450}"
REDIS_PORT="${BENCH_REDIS_PORT:-56450}"
# The exam burst opens 3,000 connections at once.
ulimit -n 16384 2>/dev/null || true
# Durability settings stay at their defaults: the figures are those of a real server.
throwaway_services "$PG_PORT" "$REDIS_PORT" "-c shared_buffers=1GB"

export BENCH_PG_URL="postgres://lms@127.0.0.1:${PG_PORT}/"
export BENCH_REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
export BENCH_WORK="${BENCH_WORK:-$ROOT/var/bench}"
.venv/bin/python -m bench
