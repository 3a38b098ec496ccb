#!/usr/bin/env bash
# In-process time of a whole offline consultation, warm. Writes bench/results/offline.md.
# Usage: bench/engine/offline.sh [iterations=200]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
. scripts/find-java.sh
find_java
./mvnw -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
"$JAVA_BIN" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.consultor.bench.OfflineBench "$@" \
  | tee bench/results/offline.md
