#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (PostgreSQL and Chromium, when missing
# and we are root), starts a throwaway PostgreSQL server on a free loopback port in a temporary directory,
# runs the solution's tests against it, and stops it again. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test.sh] %s\n' "$*" >&2; }

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

if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  apt_install postgresql
fi
# Headless Chromium for the browser tests (Tests/Browser drive /usr/bin/chromium through Playwright;
# Playwright cannot download its own browsers here).
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
PG_BIN="$(pg_bin)"
# The mail tests run a real SMTP server: Debian's aiosmtpd under Debian's python3.
if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  apt_install python3-aiosmtpd
fi

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

PG_DIR="$(mktemp -d /tmp/checkin-pg.XXXXXX)"
PG_PORT="$(free_port)"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/log" \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PG_PORT"
export CHECKIN_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"

dotnet build Orleans.sln -c Release -nologo -v q -clp:ErrorsOnly
dotnet test Orleans.sln -c Release --no-build -nologo "$@"
