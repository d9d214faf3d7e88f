#!/usr/bin/env bash
# Server CPU time per request (user+system of the server process, from /proc, divided by the requests wrk
# completed), endpoint by endpoint after a warm-up. Unlike req/s it hardly moves when other processes share the
# cores, so it compares two builds fairly on a busy machine: BENCH_JAR=/path/to/other.jar for the other build.
# Usage: bench/overview/cpu.sh [size]   (default province; 4 connections, BENCH_CPU_SECONDS (8) per endpoint)
# BENCH_CPU_TARGETS: the endpoints, "kind|path" separated by spaces (kind api: Bearer token, page: session cookie),
# e.g. BENCH_CPU_TARGETS="api|/api/ping page|/overview" (default: ping, the overview API and page, the task list).
source "$(dirname "$0")/server.sh"
size="${1:-province}"
build_jar
ensure_dataset "$size"
start_server "$size"
TOKEN="Authorization: Bearer $(api_token)"
COOKIE="Cookie: $(session_cookie)"
base="http://127.0.0.1:$PORT"
plan=$(psql_db -d "${DB_PREFIX}$size" -tAc "SELECT MIN(d.id) FROM document d JOIN locality l ON l.id = d.locality_id
	WHERE l.code LIKE 'syn-%' AND d.kind <> 'Quyết định'")
printf '%-9s %-34s %9s %14s\n' size endpoint requests "CPU ms/request"
read -r -a TARGETS <<< "${BENCH_CPU_TARGETS:-api|/api/ping api|/api/overview api|/api/overview?locality=syn-01 page|/overview api|/api/tasks?documentId=$plan api|/api/tasks?documentId=$plan&page=0&size=50}"
for target in "${TARGETS[@]}"; do
	kind="${target%%|*}"; path="${target#*|}"
	header="$TOKEN"; [ "$kind" = page ] && header="$COOKIE"
	# the cold request (a held overview is computed) alone, then the warm-up, then an idle server
	curl -s --max-time 600 -o /dev/null -H "$header" "$base$path"
	BENCH_WARMUP="${BENCH_WARMUP:-10s}" warm_up "$header" "$base$path"
	settle
	before=$(server_cpu_ticks)
	done_requests=$(wrk -t1 -c4 -d"${BENCH_CPU_SECONDS:-8}s" --timeout 30s -H "$header" "$base$path" | awk '/requests in/ { print $1 }')
	after=$(server_cpu_ticks)
	awk -v s="$size" -v p="GET $path" -v n="$done_requests" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
		'BEGIN { printf "%-9s %-34s %9d %14.2f\n", s, p, n, (n > 0 ? t * 1000 / hz / n : 0) }'
done
stop_server
