#!/usr/bin/env bash
# Throughput of ingest, parse and the whole extractor apart over the five seed documents, best of [rounds]
# (CPU time of the benchmark thread); steadier than run.sh's end-to-end figure for an A/B of one stage.
# Usage: bench/extract/stages.sh [rounds]   (default 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile
CP_FILE=target/bench-extract-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
	vn.plantrack.extract.bench.ExtractStagesBenchmark "${1:-8}"
