#!/usr/bin/env bash
# Server CPU time per task-list request (user+system of the server process from /proc, divided by the requests
# wrk completed at 4 connections, random plan per request), as served and with nothing held
# (-Dplantrack.api.task-list-cache-mb=0). Hardly moves when other processes share the cores, so it compares
# two builds fairly on a busy machine (BENCH_JAR=/path/to/other.jar for the other build).
# Usage: bench/tasks-query/cpu.sh [size]   (default province; BENCH_CPU_SECONDS (10) per case; BENCH_TASKS_UNCACHED=0 skips the second server)
source "$(dirname "$0")/../overview/server.sh"
size="${1:-province}"
build_jar
ensure_dataset "$size"
db="${DB_PREFIX}$size"
read -r first last <<< "$(psql_db -d "$db" -tAc "SELECT MIN(d.id) || ' ' || MAX(d.id) FROM document d JOIN locality l
	ON l.id = d.locality_id WHERE l.code LIKE 'syn-%' AND d.kind <> 'Quyết định'")"
for case in whole page; do
	suffix=""; [ "$case" = page ] && suffix="&page=0&size=50"
	printf 'math.randomseed(7)\nrequest = function()\n\treturn wrk.format("GET", "/api/tasks?documentId=" .. math.random(%s, %s) .. "%s")\nend\n' \
		"$first" "$last" "$suffix" > "$WORK/$case.lua"
done
printf '%-9s %-16s %-6s %9s %14s\n' size server case requests "CPU ms/request"
saved_opts="${BENCH_JAVA_OPTS:-}"
modes=("as served|" "nothing held|-Dplantrack.api.task-list-cache-mb=0")
[ "${BENCH_TASKS_UNCACHED:-1}" = 0 ] && modes=("as served|") # BENCH_TASKS_UNCACHED=0: one server only
for mode in "${modes[@]}"; do
	BENCH_JAVA_OPTS="$saved_opts ${mode#*|}"
	start_server "$size"
	TOKEN="Authorization: Bearer $(api_token)"
	for case in whole page; do
		wrk -t1 -c4 -d"${BENCH_WARMUP:-10s}" --timeout 30s -H "$TOKEN" -s "$WORK/$case.lua" "http://127.0.0.1:$PORT" > /dev/null
		settle
		before=$(server_cpu_ticks)
		n=$(wrk -t1 -c4 -d"${BENCH_CPU_SECONDS:-10}s" --timeout 30s -H "$TOKEN" -s "$WORK/$case.lua" "http://127.0.0.1:$PORT" |
			awk '/requests in/ { print $1 }')
		after=$(server_cpu_ticks)
		awk -v s="$size" -v m="${mode%%|*}" -v c="$case" -v n="$n" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
			'BEGIN { printf "%-9s %-16s %-6s %9d %14.2f\n", s, m, c, n, (n > 0 ? t * 1000 / hz / n : 0) }'
	done
	stop_server
done
