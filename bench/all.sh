#!/usr/bin/env bash
# Every benchmark, one after the other, at three data sizes, with the output of each kept in one log
# (default bench-results/<date>.log). Meant for an otherwise idle machine: figures taken while other work
# runs measure CPU starvation. Settings of bench/overview/server.sh apply (BENCH_PG_HOST, BENCH_PG_PORT, ...).
# Usage: bench/all.sh [log file]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
log="${1:-$here/../bench-results/$(date -u +%Y%m%d-%H%M).log}"
mkdir -p "$(dirname "$log")"
run() { # name command...
	echo "=== $1 ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$log"
	shift
	"$@" 2>&1 | tee -a "$log"
}
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)" | tee -a "$log"
run overview "$here/overview/run.sh" small province country
run overview-changing "$here/overview/changing.sh" province
run tasks-query "$here/tasks-query/run.sh" small province country
run report "$here/report/run.sh" small province country
run import "$here/import/run.sh" small province country
run extract "$here/extract/run.sh" 20
run evaluate "$here/evaluate/run.sh"
run rush "$here/rush/run.sh" 500
echo "log: $log"
