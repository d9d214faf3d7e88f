#!/usr/bin/env bash
# Extraction throughput over the seed documents replicated to >= 50 MB, beside the floor of merely
# decoding the same bytes and splitting them into lines; prints both and the ratio.
# Floor and extract are each measured [runs] times, alternating, over the same volume; every run is printed and
# the summary lines give the best run of each (CPU time of the benchmark thread).
# Usage: bench/extract/run.sh [megabytes] [runs]   (defaults 50 and 8: the extraction is still getting faster
# at the third run as the JIT compiles its many paths; by the sixth it levels off)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile
CP_FILE=target/bench-extract-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
	vn.plantrack.extract.bench.ExtractBenchmark "${1:-50}" "${2:-8}"
