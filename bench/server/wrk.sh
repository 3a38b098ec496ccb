#!/usr/bin/env bash
# Load test of the server on loopback, on PostgreSQL: an authenticated GET /api/v1/me against
# the floor of GET /actuator/health/liveness, 32 connections, 30 s each (after a warm-up).
# Also reports time-to-ready and idle RSS. Target: /me keeps >= 50% of the floor's throughput
# with p99 < 25 ms; ready in < 5 s.
#
# Usage: bench/server/wrk.sh            (builds the server module, then runs)
# Env:   BENCH_DATABASE_URL  JDBC URL of a database to use (a throw-away schema is created in it)
#        BENCH_PORT          port to listen on (default 18080)
#        BENCH_DURATION      seconds per measured run (default 30)
#        SERVER_CMD          command that starts the server (default: java -cp <server classpath>)
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DB_BASE=${BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-30}
CONNECTIONS=32
BASE="http://127.0.0.1:$PORT"
OUT_DIR="$ROOT/bench/server"
mkdir -p "$OUT_DIR"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }

if [[ -z "${SERVER_CMD:-}" ]]; then
  ./mvnw -q -B -pl server -am package -DskipTests
  ./mvnw -q -B -pl server -am dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  CP="server/target/classes:$(cat server/target/bench-classpath.txt)"
  SERVER_CMD="${JAVA_HOME:+$JAVA_HOME/bin/}java -cp $CP dev.consultor.server.ConsultorServer"
fi

# psql wants a libpq URL; derive it from the JDBC one.
PG_URL=$(sed -E 's#^jdbc:##; s#\?user=([^&]+)#?user=\1#' <<<"$DB_BASE")
SCHEMA="consultor_bench_$(date +%s)_$$"
DATA_DIR=$(mktemp -d)
psql "$PG_URL" -qc "create schema $SCHEMA"
SEP='?'; [[ "$DB_BASE" == *\?* ]] && SEP='&'

SERVER_PID=
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  psql "$PG_URL" -qc "drop schema if exists $SCHEMA cascade" || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

START_NS=$(date +%s%N)
CONSULTOR_DATABASE_URL="$DB_BASE${SEP}currentSchema=$SCHEMA" CONSULTOR_DATA_DIR="$DATA_DIR" \
  CONSULTOR_LOG_FORMAT= PORT=$PORT $SERVER_CMD >"$DATA_DIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$DATA_DIR/server.log"; echo "server died" >&2; exit 1; }
  sleep 0.05
done
READY_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
# CPU spent getting ready (user + system), which other load on the machine does not inflate.
CLK_TCK=$(getconf CLK_TCK)
READY_CPU_MS=$(awk -v t="$CLK_TCK" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$SERVER_PID/stat")
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 5
IDLE_RSS_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status") / 1024 ))

EMAIL="bench-$(date +%s%N)@example.com"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"bench passphrase\",\"organization_name\":\"Bench\"}" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me")" == 200 ]] ||
  { echo "authenticated GET /api/v1/me does not answer 200" >&2; exit 1; }

run() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  wrk -t2 -c$CONNECTIONS -d10s "$@" "$BASE$path" >/dev/null # warm-up: JIT, pools
  wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency "$@" "$BASE$path" >"$DATA_DIR/$name.txt"
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA_DIR/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DATA_DIR/$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$DATA_DIR/$name.txt")
  echo "$name $rps $p99 ${non2xx:-0}"
}

FLOOR=$(run liveness /actuator/health/liveness)
ME=$(run me /api/v1/me -H "Authorization: Bearer $TOKEN")
read -r _ FLOOR_RPS FLOOR_P99 FLOOR_BAD <<<"$FLOOR"
read -r _ ME_RPS ME_P99 ME_BAD <<<"$ME"
RATIO=$(awk -v a="$ME_RPS" -v b="$FLOOR_RPS" 'BEGIN { printf "%.2f", a / b }')

REPORT=$(cat <<REPORT
server benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, PostgreSQL, wrk -t2 -c$CONNECTIONS -d${DURATION}s
endpoint                         req/s      p99        non-2xx
GET /actuator/health/liveness    $FLOOR_RPS   $FLOOR_P99   $FLOOR_BAD
GET /api/v1/me (bearer)          $ME_RPS   $ME_P99   $ME_BAD
ratio me/liveness                $RATIO (target >= 0.50)
time to ready                    ${READY_MS} ms wall, ${READY_CPU_MS} ms CPU (target < 5000)
idle RSS                         ${IDLE_RSS_MB} MB
load average at start            $LOAD
REPORT
)
echo "$REPORT"
echo "$REPORT" >"$OUT_DIR/last-run.txt"
