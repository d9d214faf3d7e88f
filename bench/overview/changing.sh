#!/usr/bin/env bash
# One plan's whole page under wrk (64 connections, 20 s) while the data changes once a second: a loop replaces
# one observation of the plan, which moves the change stamp, so every held page is rendered again after it.
# Prints wrk's throughput, p50/p99, timeouts and the server's CPU over the run. Shows what the shared rendering
# of a page (HeldByVersion) saves when a burst of requests arrives after a change.
# Usage: bench/overview/changing.sh [size]   (default: province; settings as bench/overview/server.sh)
source "$(dirname "$0")/server.sh"
size="${1:-province}"
build_jar
ensure_dataset "$size"
start_server "$size"
COOKIE="Cookie: $(session_cookie)"
db="${DB_PREFIX}$size"
plan=$(psql_db -d "$db" -tAc "SELECT MIN(id) FROM document WHERE status = 'CONFIRMED'")
indicator=$(psql_db -d "$db" -tAc "SELECT MIN(id) FROM indicator WHERE document_id = $plan")
url="http://127.0.0.1:$PORT/plans/$plan"
change() { # value
	psql_db -d "$db" -c "DELETE FROM observation WHERE author = 'bench-changing';
		INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, author, recorded_at)
		VALUES ($indicator, 'YEAR', 2099, 0, 'ACTUAL', $1, 'bench-changing', now())" > /dev/null
}
settle
warm_up "$COOKIE" "$url"
( for i in $(seq 1 25); do change "$i"; sleep 1; done ) &
changer=$!
before=$(server_cpu_ticks)
out=$(wrk -t2 -c64 -d20s --latency -H "$COOKIE" "$url")
after=$(server_cpu_ticks)
wait "$changer"
psql_db -d "$db" -c "DELETE FROM observation WHERE author = 'bench-changing'" > /dev/null
echo "$out" | grep -E "Requests/sec|requests in|50%|99%|Non-2xx|Socket errors"
echo "$size: GET /plans/$plan while the data changes every second; server CPU $(( (after - before) * 10 )) ms over the 20 s run"
stop_server
