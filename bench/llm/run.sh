#!/usr/bin/env bash
# Tokens and cost of our prompts against a reconstruction of the original's, on its three scenarios.
# Everything runs on loopback; writes bench/results/llm-tokens.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl bench -am package dependency:build-classpath \
  -DskipTests -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.consultor.bench.tokens.TokenBenchmark bench/results/llm-tokens.md
