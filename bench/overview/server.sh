#!/usr/bin/env bash
# Shared by the bench/{overview,tasks-query,report,import} scripts (sourced, not run): a PostgreSQL database
# per data size filled by `plantrack generate`, a server on it with -Xmx1g, credentials, wrk parsing.
# Settings (environment): BENCH_PG_HOST (127.0.0.1) BENCH_PG_PORT (55433) BENCH_PG_USER (postgres),
# BENCH_PORT (18089), BENCH_SEED (1), BENCH_XMX (1g), BENCH_DB_PREFIX (perf_), BENCH_WARMUP (5s of wrk, discarded,
# before each measured endpoint; 0 to skip), BENCH_JAR (a jar to run instead of this tree's build), BENCH_JAVA_OPTS (extra JVM options, e.g. a JFR recording).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-55433}"
PG_USER="${BENCH_PG_USER:-postgres}"
PORT="${BENCH_PORT:-18089}"
SEED="${BENCH_SEED:-1}"
XMX="${BENCH_XMX:-1g}"
DB_PREFIX="${BENCH_DB_PREFIX:-perf_}"
ADMIN_PASSWORD="bench-Superuser-2026"
JAR="${BENCH_JAR:-$ROOT/target/plantrack.jar}" # BENCH_JAR: another build to compare (before/after)
WORK="$(mktemp -d /tmp/plantrack-bench.XXXXXX)"
SERVER_PID=""

psql_db() { psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$@"; }

build_jar() {
	[ -n "${BENCH_JAR:-}" ] && return 0
	if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; then
		echo "building $JAR ..." >&2
		(cd "$ROOT" && mvn -q -B -DskipTests package >&2)
	fi
}

db_env() { # size
	export PLANTRACK_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/${DB_PREFIX}$1"
	export PLANTRACK_DB_USER="$PG_USER" PLANTRACK_DB_PASSWORD="" PLANTRACK_ADMIN_PASSWORD="$ADMIN_PASSWORD"
	export PLANTRACK_DATA_DIR="$WORK/data-$1"
}

# Creates and fills the database of a size (small|province|country) unless it already holds generated data.
ensure_dataset() { # size
	local size="$1" db="${DB_PREFIX}$1"
	if ! psql_db -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
		psql_db -d postgres -c "CREATE DATABASE $db"
	fi
	if ! psql_db -d "$db" -tAc "SELECT 1 FROM locality WHERE code = 'syn-01'" 2>/dev/null | grep -q 1; then
		echo "generating $size (seed $SEED) into $db ..." >&2
		(db_env "$size"; /usr/bin/time -f "generate $size: %e s wall, peak RSS %M KB" \
			java -jar "$JAR" generate --scale "$size" --seed "$SEED" | tail -1)
	fi
}

start_server() { # size
	db_env "$1"
	# the dataset may come from an older run with another admin password: let the server create admin afresh
	# from PLANTRACK_ADMIN_PASSWORD (the bench owns these databases; its accounts are made by the benches)
	psql_db -d "${DB_PREFIX}$1" -c "DELETE FROM api_token; DELETE FROM app_user" >/dev/null
	mkdir -p "$PLANTRACK_DATA_DIR"
	# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
	SERVER_PORT="$PORT" java -Xmx"$XMX" ${BENCH_JAVA_OPTS:-} -Dplantrack.samples.import-on-first-start=false -jar "$JAR" serve \
		> "$WORK/server-$1.log" 2>&1 &
	SERVER_PID=$!
	for _ in $(seq 1 240); do
		# poll without credentials: a wrong password repeated every second would lock the account
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/ping")" = 401 ]; then
			return 0
		fi
		if ! kill -0 "$SERVER_PID" 2>/dev/null; then
			echo "server did not start; log: $WORK/server-$1.log" >&2
			tail -20 "$WORK/server-$1.log" >&2
			exit 1
		fi
		sleep 1
	done
	echo "server did not answer within 240 s" >&2
	exit 1
}

# CPU time the server has used so far (all threads), in clock ticks.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

# Waits (at most 180 s) until the server is idle: after a start it builds its search index in the background.
settle() {
	for _ in $(seq 1 90); do
		local a b
		a=$(server_cpu_ticks); sleep 2; b=$(server_cpu_ticks)
		[ $((b - a)) -lt 10 ] && return 0
	done
}

# Peak resident set size of the server so far, in MB.
server_peak_rss_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

stop_server() {
	if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
		kill "$SERVER_PID"
		wait "$SERVER_PID" 2>/dev/null || true
	fi
	SERVER_PID=""
}

cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT

# A READ API token (Bearer): the API's system-to-system path, without a BCrypt check per request.
api_token() {
	curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
		-d '{"name":"bench-'"$RANDOM"'","scope":"READ"}' "http://127.0.0.1:$PORT/api/tokens" |
		sed -E 's/.*"token":"([^"]+)".*/\1/'
}

# Logs in through the form (CSRF token from the login page) and prints the session cookie "NAME=value".
session_cookie() {
	local jar="$WORK/cookies" csrf
	rm -f "$jar"
	csrf=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
		--data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$PORT/login"
	awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar" | tail -1
}

# wrk at $CONNECTIONS connections for $DURATION; prints "rps p50_ms p99_ms non2xx".
wrk_figures() { # header url
	local out
	out=$(wrk -t2 -c"${CONNECTIONS:-64}" -d"${DURATION:-15s}" --timeout 30s --latency -H "$1" "$2")
	echo "$out" > "$WORK/wrk-last.txt"
	echo "$out" | awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rps = $2 }
		$1 == "50%" { p50 = ms($2) }
		$1 == "99%" { p99 = ms($2) }
		/Non-2xx/ { bad = $NF }
		END { printf "%.1f %.1f %.1f %d\n", rps, p50, p99, bad }'
}

# A few seconds of wrk on an endpoint, results discarded: the JIT compiles the path and the pools fill before the
# measured run, so every endpoint of a run is compared warm (without it the first endpoint measured paid the
# compilation: /api/ping came out slower than the overview it is the floor of).
warm_up() { # header url
	[ "${BENCH_WARMUP:-5s}" = 0 ] && return 0
	wrk -t2 -c"${CONNECTIONS:-64}" -d"${BENCH_WARMUP:-5s}" --timeout 30s -H "$1" "$2" > /dev/null
}

# Milliseconds one request takes (curl), for the cold (first) request of an endpoint.
time_request_ms() { # header url
	curl -s --max-time 600 -o /dev/null -w '%{time_total}' -H "$1" "$2" | awk '{ printf "%.0f", $1 * 1000 }'
}
