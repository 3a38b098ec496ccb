#!/usr/bin/env bash
# Many executions on one node: the offline model answering each call after BENCH_LATENCY_MS, one server on
# PostgreSQL (a throw-away database) with Redis, one execution alone and then BENCH_COUNT submitted at once.
# Reports the drain time against the single execution's, peak heap, peak pool connections in use against the
# pool size, p50/p99 of GET /api/v1/executions/{id} read by a steady poller, and the final statuses (all must be
# completed). Target: p99 < 50 ms. Writes bench/results/executions.md.
#
# Usage: bench/server/executions.sh      (builds the server and bench modules, then runs)
# Env:   BENCH_DATABASE_URL  JDBC URL of the PostgreSQL server (a database is created there and dropped after)
#        BENCH_REDIS_URL     default redis://127.0.0.1:6379
#        BENCH_PORT          default 18090
#        BENCH_COUNT         executions submitted at once (500)
#        BENCH_TENANTS       organizations submitting them, one user each (4)
#        BENCH_LATENCY_MS    offline model latency per call (2000)
#        BENCH_POLL_RATE     GET /{id} per second during the run (20)
#        BENCH_HEAP          the server's -Xmx (1g)
#        BENCH_OUT           result file (bench/results/executions.md)
#        SERVER_ENV          extra VAR=value settings for the server, e.g. "CONSULTOR_CONSULTING_WORKERS=8"
#        BENCH_SKIP_BUILD    set to reuse the last build
#        SERVER_CP, BENCH_CP the classpaths of the server and of the driver (default: as just built)
#        BENCH_LOG           a file to keep the server's log in
#        BENCH_DRIVER_PREFIX a command the driver runs under, e.g. "taskset -c 1" to keep it on one core
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DB_BASE=${BENCH_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
REDIS=${BENCH_REDIS_URL:-redis://127.0.0.1:6379}
PORT=${BENCH_PORT:-18090}
COUNT=${BENCH_COUNT:-500}
TENANTS=${BENCH_TENANTS:-4}
LATENCY=${BENCH_LATENCY_MS:-2000}
POLL_RATE=${BENCH_POLL_RATE:-20}
HEAP=${BENCH_HEAP:-1g}
OUT=${BENCH_OUT:-$ROOT/bench/results/executions.md}
BASE="http://127.0.0.1:$PORT"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 1; }
command -v "${JAVA_HOME:+$JAVA_HOME/bin/}jstat" >/dev/null || { echo "jstat (a JDK) is missing" >&2; exit 1; }

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  # One invocation: our own modules then resolve from the reactor, even when the local repository lacks them.
  ./mvnw -q -B -pl server,bench -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
SERVER_CP_GIVEN=${SERVER_CP:+yes}
SERVER_CP=${SERVER_CP:-"server/target/classes:$(cat server/target/bench-classpath.txt)"}
BENCH_CP=${BENCH_CP:-"bench/target/classes:$(cat bench/target/classpath.txt)"}

# psql wants a libpq URL; derive it from the JDBC one, then point both at a database of our own.
PG_URL=$(sed -E 's#^jdbc:##' <<<"$DB_BASE")
DB="consultor_bench_$(date +%s)_$$"
psql "$PG_URL" -qc "create database $DB"
DB_JDBC=$(sed -E "s#(//[^/]+/)[^?]*#\1$DB#" <<<"$DB_BASE")
DATA_DIR=$(mktemp -d)

SERVER_PID=
SAMPLER_PIDS=()
cleanup() {
  [[ -n "${BENCH_LOG:-}" && -f "$DATA_DIR/server.log" ]] && cp "$DATA_DIR/server.log" "$BENCH_LOG"
  for pid in "${SAMPLER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  psql "$PG_URL" -qc "drop database if exists $DB" || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

# shellcheck disable=SC2086
env CONSULTOR_DATABASE_URL="$DB_JDBC" CONSULTOR_REDIS_URL="$REDIS" CONSULTOR_DATA_DIR="$DATA_DIR" \
  CONSULTOR_OFFLINE_LATENCY_MS="$LATENCY" CONSULTOR_LLM_PROVIDER=offline CONSULTOR_LOG_FORMAT= PORT="$PORT" \
  ${SERVER_ENV:-} \
  "$JAVA" -Xmx"$HEAP" --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$SERVER_CP" dev.consultor.server.ConsultorServer >"$DATA_DIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 1200); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$DATA_DIR/server.log"; echo "server died" >&2; exit 1; }
  sleep 0.05
done

# Sampled from outside, every 250 ms (actuator metrics are not served over HTTP): the heap in use, and the
# server's connections to its database, busy (running a statement or inside a transaction) and in all.
"${JAVA_HOME:+$JAVA_HOME/bin/}jstat" -gc "$SERVER_PID" 250 >"$DATA_DIR/heap.txt" 2>/dev/null &
SAMPLER_PIDS+=($!)
echo "select count(*) filter (where state <> 'idle'), count(*) from pg_stat_activity
      where datname = '$DB' and backend_type = 'client backend' \\watch 0.25" |
  psql "$PG_URL" -At -F ' ' >"$DATA_DIR/connections.txt" 2>/dev/null &
SAMPLER_PIDS+=($!)
POOL_SIZE=$(tr ' ' '\n' <<<"${SERVER_ENV:-}" | grep -E '^CONSULTOR_DATABASE_POOL_SIZE=' | cut -d= -f2 || true)
POOL_SIZE=${POOL_SIZE:-10}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
set +e
${BENCH_DRIVER_PREFIX:-} "$JAVA" -cp "$BENCH_CP" dev.consultor.bench.ExecutionsBench "$BASE" "$COUNT" "$TENANTS" "$POLL_RATE" \
  >"$DATA_DIR/figures.md"
STATUS=$?
set -e
for pid in "${SAMPLER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
SAMPLER_PIDS=()
# jstat columns by name: heap in use = survivors + eden + old, in KiB.
HEAP_MIB=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $col["EU"] ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
    if (NR == 2) first = used; if (used > peak) peak = used; n++ }
  END { printf "%.0f MiB at start → %.0f MiB peak (%d samples)", first / 1024, peak / 1024, n }' "$DATA_DIR/heap.txt")
CONNECTIONS=$(awk 'NF == 2 && $1 ~ /^[0-9]+$/ { if ($1 > busy) busy = $1; if ($2 > all) all = $2; n++ }
  END { printf "%d busy / %d open, pool size %s (%d samples)", busy, all, "'"$POOL_SIZE"'", n }' \
  "$DATA_DIR/connections.txt")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ERRORS=$(grep -c ' ERROR ' "$DATA_DIR/server.log" || true)

{
  echo "## $(date -u +%Y-%m-%dT%H:%M:%SZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?')${SERVER_CP_GIVEN:+ (server from SERVER_CP)}"
  echo
  echo "\`BENCH_COUNT=$COUNT BENCH_TENANTS=$TENANTS BENCH_LATENCY_MS=$LATENCY BENCH_POLL_RATE=$POLL_RATE" \
    "BENCH_HEAP=$HEAP${SERVER_ENV:+ SERVER_ENV=\"$SERVER_ENV\"} bench/server/executions.sh\`"
  echo
  echo "$(nproc) cores, load average $LOAD at start, $LOAD_AFTER at the end; server -Xmx$HEAP; PostgreSQL," \
    "Redis; ERROR lines in the server log: $ERRORS"
  echo
  cat "$DATA_DIR/figures.md"
  echo "| server heap in use (jstat, every 250 ms) | $HEAP_MIB |"
  echo "| server's database connections: peak (pg_stat_activity, every 250 ms) | $CONNECTIONS |"
  echo
} | tee -a "$OUT"
if [[ $STATUS -ne 0 ]]; then
  grep -m 20 -A 5 ' ERROR ' "$DATA_DIR/server.log" >&2 || true
fi
exit $STATUS
