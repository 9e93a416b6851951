#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (PostgreSQL and Chromium, when missing
# and we are root), starts a throwaway PostgreSQL server on a free loopback port in a temporary directory,
# runs the solution's tests against it, and stops it again. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

ensure_postgres_installed
# Headless Chromium for the browser tests (Tests/Browser drive /usr/bin/chromium through Playwright;
# Playwright cannot download its own browsers here).
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
# The mail tests run a real SMTP server: Debian's aiosmtpd under Debian's python3.
if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  apt_install python3-aiosmtpd
fi

trap stop_throwaway_postgres EXIT
start_throwaway_postgres
export CHECKIN_TEST_PG="$PG_CONNECTION"
# The tests prove the product within a stock server's connection limit (DESIGN.md: max_connections = 100).
if [ "$PG_MAX_CONNECTIONS" != 100 ]; then
  log "PostgreSQL runs with max_connections $PG_MAX_CONNECTIONS, not the stock 100"
  exit 1
fi

dotnet build Orleans.sln -c Release -nologo -v q -clp:ErrorsOnly
dotnet test Orleans.sln -c Release --no-build -nologo "$@"
