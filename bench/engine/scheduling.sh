#!/usr/bin/env bash
# Scheduling overhead of the engine: wall time against the critical-path bound, 1 and N consultations at once,
# dependency-driven against layer barriers. Writes bench/results/scheduling.md.
# Usage: bench/engine/scheduling.sh [latency-ms=500] [concurrent=1000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ -f scripts/find-java.sh ]; then source scripts/find-java.sh; else JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"; fi
./mvnw -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
"$JAVA" -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.consultor.bench.SchedulingBench "$@" \
  | tee bench/results/scheduling.md
