# Sourced by scripts/test.sh and scripts/burst.sh (not run on its own): installs what a throwaway PostgreSQL needs
# when it is missing and we are root, starts one on a free loopback port in a temporary directory, exports its
# connection string as CHECKIN_TEST_PG (PostgresTestServer then uses it instead of starting its own), and stops
# it and removes the directory when the calling script exits. Set LOG_TAG before sourcing to name the caller.

log() { printf '[%s] %s\n' "${LOG_TAG:-scripts}" "$*" >&2; }

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

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

ensure_postgres_installed() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    apt_install postgresql
  fi
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_throwaway_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

# Durable commits (fsync and synchronous_commit stay at their defaults, on): the figures depend on it.
start_throwaway_postgres() {
  PG_BIN="$(pg_bin)"
  PG_DIR="$(mktemp -d /tmp/checkin-pg.XXXXXX)"
  PG_PORT="$(free_port)"
  trap stop_throwaway_postgres EXIT
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/log" \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
  export CHECKIN_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}
