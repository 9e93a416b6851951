#!/usr/bin/env bash
# Reproduces the whole burst-capacity comparison on a fresh machine (issue 7): installs PostgreSQL when missing
# (as root), publishes Release with ReadyToRun, and runs every scenario and mode
# (opening-day stampede, check-in storm and exposure fan-out, in-process and over HTTP, on SQLite and PostgreSQL), the
# database-per-request baseline and bare Kestrel on a throwaway PostgreSQL server with durable commits, then writes
# report.md and report.html.
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
# The harness starts its own throwaway PostgreSQL (CheckIn.Testing's PostgresTestServer: a free loopback port, durable
# commits with fsync and synchronous_commit on, the stock max_connections of 100: every process bounds its pool);
# the figures depend on it. CHECKIN_TEST_PG, when set, points it at an existing server instead.

# Every process of the comparison (harness, web front, baseline, bare Kestrel) runs as published for deployment:
# Release, ReadyToRun, so that the burst at the opening instant does not first wait for the JIT (Benchmarks/RESULTS.md,
# "Burst capacity on Orleans (issue 13)").
PUBLISHED=Benchmarks/bin/burst-published
dotnet publish Benchmarks/Benchmarks.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$PUBLISHED" -nologo -v q -clp:ErrorsOnly
dotnet "$PUBLISHED/CheckIn.Benchmarks.dll" burst --out "$OUT" "$@"
