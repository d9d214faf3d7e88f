#!/usr/bin/env bash
# The task list of a plan (GET /api/tasks?documentId=N, a random generated plan per request) through the API,
# beside the same SQL run directly in PostgreSQL with pgbench, both at 64 concurrent clients, at three data
# sizes. Prints throughput, latencies and the ratio API/SQL. Goal: the API costs at most 2x the bare query.
#
# Two cases, each against its own statement:
#   whole  GET /api/tasks?documentId=N                  vs  SELECT_TASK WHERE document_id = N ORDER BY id
#   page   GET /api/tasks?documentId=N&page=0&size=50   vs  the same with COUNT(*) OVER () ... LIMIT 50 OFFSET 0
# and the API twice: as it runs (answers held per plan until the plan changes, api/TaskListAnswers) and with
# holding turned off (-Dplantrack.api.task-list-cache-mb=0), the cost of the first request after a change.
# BENCH_TASKS_UNCACHED=0 skips the second server. pgbench runs prepared statements (-M prepared), as the
# server's JDBC driver does after a statement's fifth use on a connection.
# Each case is measured after BENCH_WARMUP of the same requests (default 15s here, not 5s): the first case after a
# start was still being compiled by the JIT after 5s (whole list 5,040 req/s, p99 148 ms, then the page 10,278 req/s,
# p99 18 ms, in one run at load 12; with 15s: 9,446 and 9,592 req/s), and a server is measured as it runs for days.
# Usage: bench/tasks-query/run.sh [sizes...]   (default: small province country)
source "$(dirname "$0")/../overview/server.sh"
read -r -a SIZES <<< "${*:-small province country}"
build_jar
WARMUP="${BENCH_WARMUP:-15s}"
sql_tps() { # case -> "tps avg_latency_ms"
	pgbench -n -M prepared -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "${CONNECTIONS:-64}" -j 2 -T "${DURATION_S:-15}" \
		-f "$WORK/$1.sql" "$db" 2>&1 | awk '/^tps/ { tps = $3 } /latency average/ { lat = $4 } END { printf "%.1f %.1f\n", tps, lat }'
}
api_figures() { # lua -> "rps p50 p99 non2xx"
	[ "$WARMUP" != 0 ] && wrk -t2 -c"${CONNECTIONS:-64}" -d"$WARMUP" --timeout 30s -H "$TOKEN" \
		-s "$WORK/$1.lua" "http://127.0.0.1:$PORT" > /dev/null
	wrk -t2 -c"${CONNECTIONS:-64}" -d"${DURATION_S:-15}s" --timeout 30s --latency -H "$TOKEN" -s "$WORK/$1.lua" \
		"http://127.0.0.1:$PORT" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /Non-2xx/ { bad = $NF }
		END { printf "%.1f %.1f %.1f %d\n", rps, p50, p99, bad }'
}
measure_api() { # size label
	local case sql rps p50 p99 bad ratio verdict
	settle
	TOKEN="Authorization: Bearer $(api_token)"
	for case in whole page; do
		sql="${SQL_TPS[$case]}"
		read -r rps p50 p99 bad <<< "$(api_figures "$case")"
		ratio=$(awk -v s="$sql" -v a="$rps" 'BEGIN { printf "%.2f", (a > 0 ? s / a : 0) }')
		verdict=$(awk -v r="$ratio" 'BEGIN { print (r > 0 && r <= 2) ? "met" : "MISSED" }')
		printf '%-9s %-6s %-34s %9s %8s %8s %s\n' "$1" "$case" "API $2" "$rps" "$p50" "$p99" \
			"cost ratio API/SQL = ${ratio}x ($verdict; $bad non-2xx)"
	done
}
printf '%-9s %-6s %-34s %9s %8s %8s %s\n' size case path req/s p50ms p99ms note
for size in "${SIZES[@]}"; do
	ensure_dataset "$size"
	db="${DB_PREFIX}$size"
	range=$(psql_db -d "$db" -tAc "SELECT MIN(d.id) || ' ' || MAX(d.id) FROM document d JOIN locality l ON l.id = d.locality_id
		WHERE l.code LIKE 'syn-%' AND d.kind <> 'Quyết định'")
	read -r first last <<< "$range"
	# the statements TaskProgress.each runs (tracking/TaskProgress.java: SELECT_TASK + WHERE document_id = ? ORDER BY
	# id; a whole list needs no count, its size is the X-Total-Count; a page carries it in a window column)
	select_task="SELECT id, document_id, code, title, status, progress, COALESCE(due_date, period_end) AS due, period_raw,
       recurrence, started_on, completed_on, status_reason, source_line, version"
	printf '\\set doc random(%s, %s)\n%s FROM task WHERE document_id = :doc ORDER BY id;\n' "$first" "$last" \
		"$select_task" > "$WORK/whole.sql"
	printf '\\set doc random(%s, %s)\n%s, COUNT(*) OVER () AS total FROM task WHERE document_id = :doc ORDER BY id LIMIT 50 OFFSET 0;\n' \
		"$first" "$last" "$select_task" > "$WORK/page.sql"
	for case in whole page; do
		suffix=""; [ "$case" = page ] && suffix="&page=0&size=50"
		cat > "$WORK/$case.lua" <<LUA
math.randomseed(42)
request = function()
	return wrk.format("GET", "/api/tasks?documentId=" .. math.random($first, $last) .. "$suffix")
end
LUA
	done
	declare -A SQL_TPS=()
	for case in whole page; do
		read -r tps lat <<< "$(sql_tps "$case")"
		SQL_TPS[$case]="$tps"
		printf '%-9s %-6s %-34s %9s %8s %8s %s\n' "$size" "$case" "SQL (pgbench, documents $first-$last)" "$tps" "avg $lat" "-" "bare query"
	done
	start_server "$size"
	measure_api "$size" "GET /api/tasks (as served)"
	stop_server
	if [ "${BENCH_TASKS_UNCACHED:-1}" != 0 ]; then
		saved_opts="${BENCH_JAVA_OPTS:-}"
		BENCH_JAVA_OPTS="$saved_opts -Dplantrack.api.task-list-cache-mb=0"
		start_server "$size"
		measure_api "$size" "GET /api/tasks (nothing held)"
		stop_server
		BENCH_JAVA_OPTS="$saved_opts"
	fi
done
