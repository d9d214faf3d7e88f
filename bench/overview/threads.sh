#!/usr/bin/env bash
# Request threads and JVM options compared on one data size: for each configuration "THREADS:JVM_OPTIONS" a
# server is started, and /api/ping, /api/overview and the /overview page are measured with wrk -c64.
# Usage: bench/overview/threads.sh [size] [configurations...]
#   e.g. bench/overview/threads.sh small 40: 16: 8: 4:
#        bench/overview/threads.sh province 16: 16:-XX:MaxGCPauseMillis=10 16:-XX:+UseParallelGC
source "$(dirname "$0")/server.sh"
size="${1:-small}"
shift || true
[ $# -eq 0 ] && set -- 40: 16:
configurations=("$@")
build_jar
ensure_dataset "$size"
printf '%-8s %-28s %-10s %9s %8s %8s\n' threads "JVM options" endpoint req/s p50ms p99ms
for configuration in "${configurations[@]}"; do
	threads="${configuration%%:*}"
	export PLANTRACK_HTTP_THREADS="$threads" BENCH_JAVA_OPTS="${configuration#*:}"
	start_server "$size"
	TOKEN="Authorization: Bearer $(api_token)"
	COOKIE="Cookie: $(session_cookie)"
	base="http://127.0.0.1:$PORT"
	settle # the search index is built in the background after a start
	for target in "ping|$TOKEN|/api/ping" "overview|$TOKEN|/api/overview" "page|$COOKIE|/overview"; do
		IFS='|' read -r name header path <<< "$target"
		warm_up "$header" "$base$path"
		read -r rps p50 p99 _ <<< "$(wrk_figures "$header" "$base$path")"
		printf '%-8s %-28s %-10s %9s %8s %8s\n' "$threads" "${BENCH_JAVA_OPTS:-(default)}" "$name" "$rps" "$p50" "$p99"
	done
	stop_server
done
