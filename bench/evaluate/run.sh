#!/usr/bin/env bash
# Indicator-years evaluated per second on one core, beside a loop that only reads the same values.
# Usage: bench/evaluate/run.sh [seconds-per-measurement]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile
CP_FILE=target/bench-evaluate-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
# one core: a single benchmark thread and a serial collector, JIT in the same process
exec taskset -c 0 java -XX:+UseSerialGC -XX:ActiveProcessorCount=1 \
	-cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
	vn.plantrack.evaluation.bench.EvaluateBenchmark "${1:-3}"
