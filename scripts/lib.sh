# Shared by scripts/*.sh: Debian packages on demand, and running PostgreSQL tools as its user.

log() { printf '\n=== %s\n' "$*"; }

# ensure_packages CMD_OR_PATH:PACKAGE ... — install the Debian packages whose command or file is missing.
ensure_packages() {
  local need=() item probe package
  for item in "$@"; do
    probe="${item%%:*}"; package="${item##*:}"
    if [[ "$probe" == /* ]]; then compgen -G "$probe" >/dev/null || need+=("$package")
    else command -v "$probe" >/dev/null 2>&1 || need+=("$package"); fi
  done
  [ ${#need[@]} -eq 0 ] && return 0
  log "Installing system packages: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "These Debian packages are missing and installing them needs root: ${need[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

pg_bin() { dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)"; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# throwaway_services PG_PORT REDIS_PORT [POSTGRES_OPTIONS] — a PostgreSQL cluster and a Redis on
# loopback in a temporary folder ($WORK), both stopped and removed when the script exits.
throwaway_services() {
  local pg_port="$1" redis_port="$2" options="${3:-}"
  WORK="$(mktemp -d /tmp/lms-run.XXXXXX)"
  chmod 755 "$WORK"
  PG_BIN="$(pg_bin)"
  trap throwaway_services_stop EXIT
  log "Starting PostgreSQL on 127.0.0.1:${pg_port} and Redis on 127.0.0.1:${redis_port}"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$WORK"; fi
  as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U lms -A trust -E UTF8 --locale C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p ${pg_port} -k ${WORK} -c max_connections=200 ${options}" start >/dev/null
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize yes --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
}

throwaway_services_stop() {
  set +e
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null
  rm -rf "$WORK"
}
