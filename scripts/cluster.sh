#!/usr/bin/env bash
# Runs a local Orleans cluster: a throwaway PostgreSQL server (ADO.NET clustering and grain state), N silo processes
# (default 3) on loopback silo and gateway ports, and the web front as an Orleans client of the cluster on
# http://127.0.0.1:5080. Ctrl-C stops everything and removes the database.
#   ./scripts/cluster.sh [N]
# Environment: CLUSTER_ID (default "local"), WEB_URL (default http://127.0.0.1:5080), and anything the silos
# or the web front read (for example CHECKIN_ADMIN_PASSWORD for the first administrator).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

SILOS="${1:-3}"
CLUSTER_ID="${CLUSTER_ID:-local}"
WEB_URL="${WEB_URL:-http://127.0.0.1:5080}"
PIDS=()
LOGS="$(mktemp -d /tmp/checkin-cluster.XXXXXX)"

stop_all() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_throwaway_postgres
  log "stopped; logs were in $LOGS"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

dotnet build Orleans.sln -c Release -nologo -v q -clp:ErrorsOnly
start_throwaway_postgres

# Every process of the cluster (silos and web front) must share the domain's keys and the sign-in key: made once
# per run unless given.
random_key() { /usr/bin/python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())'; }
export CheckIn__Keys__PseudonymKey="${CheckIn__Keys__PseudonymKey:-$(random_key)}"
export CheckIn__Keys__VenueCodeKey="${CheckIn__Keys__VenueCodeKey:-$(random_key)}"
export CheckIn__Keys__ContactKey="${CheckIn__Keys__ContactKey:-$(random_key)}"
export Auth__SigningKey="${Auth__SigningKey:-$(random_key)}"

for i in $(seq 1 "$SILOS"); do
  port="$(free_port)"
  gateway_port="$(free_port)"
  while [ "$gateway_port" = "$port" ]; do gateway_port="$(free_port)"; done
  dotnet Silo/bin/Release/net10.0/CheckIn.Silo.dll --postgres "$PG_CONNECTION" --cluster-id "$CLUSTER_ID" \
    --address 127.0.0.1 --port "$port" --gateway-port "$gateway_port" >"$LOGS/silo-$i.log" 2>&1 &
  PIDS+=("$!")
  log "silo $i: pid $! on 127.0.0.1:$port, gateway $gateway_port (log $LOGS/silo-$i.log)"
  if [ "$i" -eq 1 ]; then
    # The first silo creates the schema (membership, state, reminders); the others join once it is Active.
    for _ in $(seq 1 600); do
      active="$("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc \
        "SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '$CLUSTER_ID' AND Status = 3" 2>/dev/null || true)"
      [ "${active:-0}" -ge 1 ] && break
      kill -0 "${PIDS[0]}" 2>/dev/null || { log "silo 1 exited; see $LOGS/silo-1.log"; exit 1; }
      sleep 0.1
    done
  fi
done

ClusterClient__ConnectionString="$PG_CONNECTION" ClusterClient__ClusterId="$CLUSTER_ID" \
  dotnet WebFront/bin/Release/net10.0/CheckIn.WebFront.dll --contentRoot "$PWD/WebFront" --urls "$WEB_URL" >"$LOGS/webfront.log" 2>&1 &
PIDS+=("$!")
log "web front: $WEB_URL as a client of cluster '$CLUSTER_ID' (log $LOGS/webfront.log)"
log "membership (status 3 = Active, 6 = Dead): $PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -c 'SELECT Address, Port, ProxyPort, Status FROM OrleansMembershipTable'"
log "Ctrl-C stops the cluster"
wait
