#!/usr/bin/env bash
# Reproduces the whole burst-capacity comparison on a fresh machine (issue 7): installs PostgreSQL when missing
# (as root), starts a throwaway server with durable commits, builds Release, and runs every scenario and mode
# (opening-day stampede and check-in storm, in-process and over HTTP, on SQLite and PostgreSQL), the
# database-per-request baseline and bare Kestrel, then writes report.md and report.html.
#
#   scripts/burst.sh                          # report in Benchmarks/burst-report/
#   scripts/burst.sh /tmp/report              # report elsewhere
#   scripts/burst.sh /tmp/report -R 5000      # further options go to the burst command (see --help)
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

OUT=Benchmarks/burst-report
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  OUT="$1"
  shift
fi

ensure_postgres_installed
trap stop_throwaway_postgres EXIT
# Durable commits (fsync and synchronous_commit stay at their defaults, on): the figures depend on it.
start_throwaway_postgres
export CHECKIN_TEST_PG="$PG_CONNECTION"

dotnet build Orleans.sln -c Release -nologo -v q -clp:ErrorsOnly
dotnet Benchmarks/bin/Release/net10.0/CheckIn.Benchmarks.dll burst --out "$OUT" "$@"
