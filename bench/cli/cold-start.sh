#!/usr/bin/env bash
# CLI cold start: wall time from launching `./consultor analyze` on the sample problem to its complete output,
# each run a fresh JVM. Target: median under 2 s. Usage: bench/cli/cold-start.sh [runs] (default 10).
# Uses hyperfine when installed (apt-get install hyperfine), else a bash loop; writes the figures to
# bench/results/cli-cold-start.txt.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
RUNS=${1:-10}
RESULT="$ROOT/bench/results/cli-cold-start.txt"
cd "$ROOT"

problem=$(mktemp "${TMPDIR:-/tmp}/consultor-problem.XXXXXX")
trap 'rm -f "$problem" "$problem.json"' EXIT
printf '%s\n' "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos concorrentes estão crescendo. Qual pode ser a causa raiz e como devemos responder estrategicamente?" >"$problem"
cmd=(./consultor analyze --business-type B2B --depth standard --as-of 2026-03-02 --problem-file "$problem")

# Build first if needed, so no measured run pays for it, and check the command works.
"${cmd[@]}" >/dev/null </dev/null

load=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)

if command -v hyperfine >/dev/null 2>&1; then
  tool="hyperfine $(hyperfine --version | awk '{print $2}')"
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$problem.json" --style basic "${cmd[*]}" >&2
  read -r median min max < <(tr -d ' \n' <"$problem.json" |
    sed -E 's/.*"median":([0-9.e-]+).*"min":([0-9.e-]+),"max":([0-9.e-]+).*/\1 \2 \3/'; echo)
  read -r user system < <(tr -d ' \n' <"$problem.json" |
    sed -E 's/.*"user":([0-9.e-]+),"system":([0-9.e-]+).*/\1 \2/'; echo)
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.3f s (user %.3f s, system %.3f s)", u + s, u, s }')
else
  tool="bash loop (date +%s%N)"
  cpu="not measured"
  times=()
  for _ in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    "${cmd[@]}" >/dev/null </dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
  n=${#sorted[@]}
  if ((n % 2)); then mid=${sorted[n / 2]}; else mid=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2)); fi
  median=$(awk -v v="$mid" 'BEGIN { print v / 1000 }')
  min=$(awk -v v="${sorted[0]}" 'BEGIN { print v / 1000 }')
  max=$(awk -v v="${sorted[n - 1]}" 'BEGIN { print v / 1000 }')
fi

java_version=$(. scripts/find-java.sh && find_java && "$JAVA_BIN" -version 2>&1 | head -n 1)
summary=$(printf 'CLI cold start to output (%s runs, %s): median %.3f s, min %.3f s, max %.3f s; target < 2 s' \
  "$RUNS" "$tool" "$median" "$min" "$max")
verdict=$(awk -v m="$median" 'BEGIN { print (m < 2 ? "PASS" : "FAIL") }')
mkdir -p "$(dirname "$RESULT")"
{
  echo "$summary: $verdict"
  echo "command: ./consultor analyze --business-type B2B --depth standard --as-of 2026-03-02 --problem-file <sample>"
  echo "java: $java_version"
  echo "mean CPU time per run: $cpu"
  echo "machine: $(nproc) CPUs, load average $load at the start, $(uname -sr), $(date -u +%Y-%m-%dT%H:%MZ)"
} | tee "$RESULT"
