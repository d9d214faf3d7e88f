#!/usr/bin/env bash
# The task list of a plan (GET /api/tasks?documentId=N, a random generated plan per request) through the API,
# beside the same SQL run directly in PostgreSQL with pgbench, both at 64 concurrent clients, at three data
# sizes. Prints throughput, latencies and the ratio API/SQL. Goal: the API costs at most 2x the bare query.
# Usage: bench/tasks-query/run.sh [sizes...]   (default: small province country)
source "$(dirname "$0")/../overview/server.sh"
read -r -a SIZES <<< "${*:-small province country}"
build_jar
printf '%-9s %-30s %9s %8s %8s %s\n' size path req/s p50ms p99ms note
for size in "${SIZES[@]}"; do
	ensure_dataset "$size"
	db="${DB_PREFIX}$size"
	range=$(psql_db -d "$db" -tAc "SELECT MIN(d.id) || ' ' || MAX(d.id) FROM document d JOIN locality l ON l.id = d.locality_id
		WHERE l.code LIKE 'syn-%' AND d.kind <> 'Quyết định'")
	read -r first last <<< "$range"
	# the one statement TaskProgress.list runs for a whole plan's list (tracking/TaskProgress.java: SELECT_TASK +
	# WHERE document_id = ? ORDER BY id; no count: the list's size is the X-Total-Count), same filter, no paging
	cat > "$WORK/tasks.sql" <<SQL
\set doc random($first, $last)
SELECT id, document_id, code, title, status, progress, COALESCE(due_date, period_end) AS due, period_raw,
       recurrence, started_on, completed_on, status_reason, source_line, version FROM task WHERE document_id = :doc ORDER BY id;
SQL
	pg=$(pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "${CONNECTIONS:-64}" -j 2 -T 15 -f "$WORK/tasks.sql" "$db" 2>&1)
	sql_tps=$(echo "$pg" | awk '/^tps/ { printf "%.1f", $3 }')
	sql_lat=$(echo "$pg" | awk '/latency average/ { printf "%.1f", $4 }')
	printf '%-9s %-30s %9s %8s %8s %s\n' "$size" "SQL (pgbench, documents $first-$last)" "$sql_tps" "avg $sql_lat" "-" "bare query"
	start_server "$size"
	TOKEN="Authorization: Bearer $(api_token)"
	cat > "$WORK/tasks.lua" <<LUA
math.randomseed(42)
request = function()
	return wrk.format("GET", "/api/tasks?documentId=" .. math.random($first, $last))
end
LUA
	[ "${BENCH_WARMUP:-5s}" != 0 ] && wrk -t2 -c"${CONNECTIONS:-64}" -d"${BENCH_WARMUP:-5s}" --timeout 30s -H "$TOKEN" \
		-s "$WORK/tasks.lua" "http://127.0.0.1:$PORT" > /dev/null
	out=$(wrk -t2 -c"${CONNECTIONS:-64}" -d"${DURATION:-15s}" --timeout 30s --latency -H "$TOKEN" -s "$WORK/tasks.lua" "http://127.0.0.1:$PORT")
	read -r rps p50 p99 bad <<< "$(echo "$out" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /Non-2xx/ { bad = $NF }
		END { printf "%.1f %.1f %.1f %d\n", rps, p50, p99, bad }')"
	ratio=$(awk -v s="$sql_tps" -v a="$rps" 'BEGIN { printf "%.2f", (a > 0 ? s / a : 0) }')
	verdict=$(awk -v r="$ratio" 'BEGIN { print r <= 2 ? "met" : "MISSED" }')
	printf '%-9s %-30s %9s %8s %8s %s\n' "$size" "API GET /api/tasks?documentId" "$rps" "$p50" "$p99" "cost ratio API/SQL = ${ratio}x ($verdict; $bad non-2xx)"
	stop_server
done
