# Shared by scripts/test.sh, scripts/cluster.sh and scripts/burst.sh: install what is missing (as root), and start a throwaway
# PostgreSQL server on a free loopback port in a temporary directory, removed again on exit.
# After start_throwaway_postgres: PG_DIR, PG_PORT, PG_BIN and PG_CONNECTION are set.

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    log "missing packages: $*; run as root or install them with: sudo apt-get install -y $*"
    exit 1
  fi
  log "installing $* (apt-get)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  fi
}

ensure_postgres_installed() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    apt_install postgresql
  fi
  PG_BIN="$(pg_bin)"
}

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_throwaway_postgres() {
  if [ -n "${PG_DIR:-}" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

start_throwaway_postgres() {
  ensure_postgres_installed
  PG_DIR="$(mktemp -d /tmp/checkin-pg.XXXXXX)"
  PG_PORT="$(free_port)"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/log" \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  # Stock max_connections (100): the product must serve every scenario within it (DESIGN.md, bounded database use).
  PG_MAX_CONNECTIONS="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc 'SHOW max_connections')"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT (max_connections $PG_MAX_CONNECTIONS)"
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}
