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
