#!/usr/bin/env bash
# Tokens and cost of our prompts against a reconstruction of the original's, on its three scenarios, billed by a
# loopback server with Anthropic's prompt-cache rules. Writes bench/results/llm-tokens.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ -f scripts/find-java.sh ]; then source scripts/find-java.sh; else JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"; fi
./mvnw -q -B -DskipTests -pl bench -am package
mkdir -p bench/results
"$JAVA" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.consultor.bench.tokens.TokenBenchmark bench/results/llm-tokens.md
