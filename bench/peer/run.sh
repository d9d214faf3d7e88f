#!/usr/bin/env bash
# PlanTrack beside a real peer, Redmine 5.0 (Debian package), on this machine: the same plan tasks loaded into
# both, then creating tasks and listing one agency's tasks (API JSON and HTML page) measured with wrk at the same
# concurrency, printed side by side with ratios PlanTrack/Redmine. Starts everything it needs, stops it at exit.
#
# Usage (as root, from anywhere): bench/peer/run.sh
#   PEER_DB=sqlite    (default) Redmine on SQLite, PlanTrack on its embedded H2 file database (fresh temp dir)
#   PEER_DB=postgres  both on the PostgreSQL server PEER_PG_HOST:PEER_PG_PORT (user PEER_PG_USER, trust auth),
#                     PlanTrack in a fresh database plantrack_peer (dropped and recreated each run), Redmine in
#                     redmine_peer (its benchmark project is deleted and recreated each run)
#   PEER_CONNS="16 64" PEER_DURATION=20s PEER_WARMUP=5s PEER_WRK_THREADS=2   the load
#   PEER_PT_PORT=18181 PEER_RM_PORT=13300   loopback ports
#   PEER_REDMINE_WORKERS=2 PEER_REDMINE_THREADS=5   Puma cluster: one worker per core, Rails' default pool of 5
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export PEER_DB="${PEER_DB:-sqlite}"
export PEER_PG_HOST="${PEER_PG_HOST:-127.0.0.1}" PEER_PG_PORT="${PEER_PG_PORT:-5432}" PEER_PG_USER="${PEER_PG_USER:-postgres}"
export PEER_STATE="${PEER_STATE:-/var/tmp/plantrack-peer}"
export PEER_REDMINE_ADMIN_PASSWORD="${PEER_REDMINE_ADMIN_PASSWORD:-peer-bench-admin-1}"
CONNS="${PEER_CONNS:-16 64}"
DURATION="${PEER_DURATION:-20s}"
WARMUP="${PEER_WARMUP:-5s}"
WRK_THREADS="${PEER_WRK_THREADS:-2}"
PT_PORT="${PEER_PT_PORT:-18181}"
RM_PORT="${PEER_RM_PORT:-13300}"
RM_WORKERS="${PEER_REDMINE_WORKERS:-2}"
RM_THREADS="${PEER_REDMINE_THREADS:-5}"
PT_PASSWORD="peer-bench-Superuser-1"
export BUNDLER_VERSION=2.3.15 # see setup-redmine.sh: Debian's Bundler, not the one bundled with libruby3.1

say() { echo "peer: $*" >&2; }
work="$(mktemp -d /tmp/plantrack-peer.XXXXXX)"
chmod 0755 "$work"
pt_pid="" rm_su_pid=""
mkdir -p "$work/redmine"
chown www-data:www-data "$work/redmine" # Puma runs as www-data and writes its pid file here
rm_pidfile="$work/redmine/puma.pid"

stop_all() {
	# only what this script started, by pid
	if [ -s "$rm_pidfile" ]; then
		kill "$(cat "$rm_pidfile")" 2>/dev/null || true
	fi
	[ -n "$rm_su_pid" ] && kill "$rm_su_pid" 2>/dev/null || true
	[ -n "$pt_pid" ] && kill "$pt_pid" 2>/dev/null || true
	for _ in $(seq 30); do
		alive=""
		[ -n "$pt_pid" ] && kill -0 "$pt_pid" 2>/dev/null && alive=1
		[ -s "$rm_pidfile" ] && kill -0 "$(cat "$rm_pidfile")" 2>/dev/null && alive=1
		[ -z "$alive" ] && break
		sleep 1
	done
	say "stopped PlanTrack and Redmine; logs and results kept in $work"
}
trap stop_all EXIT

wait_for() { # url, seconds, what
	for _ in $(seq "$2"); do
		if curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" | grep -qE '^(200|302)$'; then
			return 0
		fi
		sleep 1
	done
	say "$3 did not answer at $1 within $2 s"
	exit 1
}

# 1. Redmine: install/configure (idempotent), then Puma in production mode on loopback.
command -v wrk >/dev/null || apt-get install -y --no-install-recommends wrk >/dev/null
instance="$("$here/setup-redmine.sh" | tail -1)"
rm_key="$(cat "$PEER_STATE/redmine-$instance.key")"
say "starting Redmine ($instance) with Puma: $RM_WORKERS workers x $RM_THREADS threads on 127.0.0.1:$RM_PORT"
su www-data -s /bin/sh -c "cd /usr/share/redmine && REDMINE_INSTANCE=$instance RAILS_ENV=production \
	exec puma -e production -b tcp://127.0.0.1:$RM_PORT -w $RM_WORKERS -t $RM_THREADS:$RM_THREADS \
	--pidfile $rm_pidfile" >"$work/redmine.log" 2>&1 &
rm_su_pid=$!

# 2. PlanTrack: the jar (built if missing), a fresh data directory or database, loopback port.
jar="$root/target/plantrack.jar"
if [ ! -f "$jar" ]; then
	say "building $jar"
	(cd "$root" && mvn -q -B -DskipTests package)
fi
mkdir -p "$work/plantrack-data"
pt_env=(PLANTRACK_DATA_DIR="$work/plantrack-data" PLANTRACK_ADMIN_PASSWORD="$PT_PASSWORD" SERVER_PORT="$PT_PORT"
	SERVER_ADDRESS=127.0.0.1)
if [ "$PEER_DB" = postgres ]; then
	psql -h "$PEER_PG_HOST" -p "$PEER_PG_PORT" -U "$PEER_PG_USER" -qc "drop database if exists plantrack_peer" postgres
	psql -h "$PEER_PG_HOST" -p "$PEER_PG_PORT" -U "$PEER_PG_USER" -qc "create database plantrack_peer encoding 'UTF8'" postgres
	pt_env+=(PLANTRACK_DB_URL="jdbc:postgresql://$PEER_PG_HOST:$PEER_PG_PORT/plantrack_peer" PLANTRACK_DB_USER="$PEER_PG_USER")
fi
say "starting PlanTrack ($PEER_DB) on 127.0.0.1:$PT_PORT"
env "${pt_env[@]}" java -Xmx1g -jar "$jar" serve >"$work/plantrack.log" 2>&1 &
pt_pid=$!

wait_for "http://127.0.0.1:$RM_PORT/login" 180 "Redmine"
for _ in $(seq 300); do
	grep -q "PlanTrack ready" "$work/plantrack.log" && break
	kill -0 "$pt_pid" 2>/dev/null || { say "PlanTrack stopped; see $work/plantrack.log"; tail -5 "$work/plantrack.log" >&2; exit 1; }
	sleep 1
done
wait_for "http://127.0.0.1:$PT_PORT/login" 30 "PlanTrack"

# 3. The same tasks in both.
state="$work/state.json"
python3 "$here/peer.py" plantrack "$state" "http://127.0.0.1:$PT_PORT" "$PT_PASSWORD"
python3 "$here/peer.py" redmine "$state" "http://127.0.0.1:$RM_PORT" "$rm_key" "$PEER_REDMINE_ADMIN_PASSWORD"
get() { python3 "$here/peer.py" get "$state" "$1"; }
plan=$(get plan) agency=$(get listAgency) rm_project=$(get rmProject) rm_group=$(get rmListGroup)
rm_write_group=$(get rmWriteGroup)
pt_write_paths=""
for t in $(get writeTasks); do pt_write_paths+="/api/tasks/$t/progress "; done

# the filtered lists must hold the same rows before they are timed
pt_rows=$(curl -s -H "Authorization: Bearer $(get ptListToken)" "http://127.0.0.1:$PT_PORT/api/tasks?documentId=$plan" |
	python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
rm_rows=$(curl -s -H "X-Redmine-API-Key: $rm_key" \
	"http://127.0.0.1:$RM_PORT/issues.json?project_id=$rm_project&assigned_to_id=$rm_group&status_id=*&limit=100" |
	python3 -c 'import json,sys; print(len(json.load(sys.stdin)["issues"]))')
say "one agency's tasks: PlanTrack API $pt_rows rows, Redmine API $rm_rows rows"

# 4. Measure. Each scenario: a warm-up run (discarded), then the timed run, PlanTrack then Redmine; before and
#    after each timed run the server is left to finish the requests wrk abandoned.
results="$work/results.tsv"
: >"$results"
cpu_ticks() { # CPU time used so far by the given processes (all threads), in clock ticks
	local total=0 p
	for p in "$@"; do
		[ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
	done
	echo "$total"
}
wait_idle() { # system: until the server has worked off what wrk left queued (wrk stops; the servers do not)
	local pids
	if [ "$1" = plantrack ]; then pids="$pt_pid"; else pids="$(cat "$rm_pidfile") $(pgrep -P "$(cat "$rm_pidfile")" | tr '\n' ' ')"; fi
	for _ in $(seq 120); do
		local before after
		before=$(cpu_ticks $pids)
		sleep 1
		after=$(cpu_ticks $pids)
		# under a fifth of a core for a second counts as idle
		[ $((after - before)) -lt $(($(getconf CLK_TCK) / 5)) ] && return 0
	done
	say "$1 still busy after 120 s; measuring anyway"
}
measure() { # system scenario conns url  (PEER_* variables in the environment describe the requests)
	wrk -t"$WRK_THREADS" -c"$3" -d"$WARMUP" --timeout 30s -s "$here/wrk.lua" "$4" >/dev/null 2>&1 || true
	wait_idle "$1"
	line=$(wrk -t"$WRK_THREADS" -c"$3" -d"$DURATION" --timeout 30s -s "$here/wrk.lua" "$4" | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0")
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$line" | tee -a "$results" >&2
	# what is still queued must not run into the next measurement (of either system: they share the cores)
	wait_idle "$1"
}
pt="http://127.0.0.1:$PT_PORT" rm="http://127.0.0.1:$RM_PORT"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before measuring"
for conns in $CONNS; do
	PEER_METHOD=GET PEER_PATHS="/api/tasks?documentId=$plan" PEER_HEADER1="Authorization: Bearer $(get ptListToken)" \
		measure plantrack "list agency API" "$conns" "$pt"
	PEER_METHOD=GET PEER_PATHS="/issues.json?project_id=$rm_project&assigned_to_id=$rm_group&status_id=*&limit=100" \
		PEER_HEADER1="X-Redmine-API-Key: $rm_key" measure redmine "list agency API" "$conns" "$rm"
done
# the same list without the agency filter (PlanTrack: the admin's view of the plan, 118 rows; Redmine: the
# project's issues, at most 100 per API page) separates the filtering cost from the rest
for conns in $CONNS; do
	PEER_METHOD=GET PEER_PATHS="/api/tasks?documentId=$plan" PEER_HEADER1="Authorization: Bearer $(get ptAdminToken)" \
		measure plantrack "list plan API (all)" "$conns" "$pt"
	PEER_METHOD=GET PEER_PATHS="/issues.json?project_id=$rm_project&status_id=*&limit=100" \
		PEER_HEADER1="X-Redmine-API-Key: $rm_key" measure redmine "list plan API (all)" "$conns" "$rm"
done
for conns in $CONNS; do
	PEER_METHOD=GET PEER_PATHS="/plans/$plan?agency=$agency" PEER_HEADER1="Cookie: $(get ptCookie)" \
		measure plantrack "list agency HTML" "$conns" "$pt"
	PEER_METHOD=GET PEER_PATHS="/projects/plantrack-peer/issues?set_filter=1&assigned_to_id=$rm_group&status_id=*&per_page=100" \
		PEER_HEADER1="Cookie: $(get rmCookie)" measure redmine "list agency HTML" "$conns" "$rm"
done
for conns in $CONNS; do
	PEER_METHOD=POST PEER_PATHS="$pt_write_paths" PEER_HEADER1="Authorization: Bearer $(get ptWriteToken)" \
		PEER_HEADER2="Content-Type: application/json" PEER_BODY='{"narrative":"Đóng góp của cơ quan phối hợp, lần đo %n"}' \
		measure plantrack "write (see notes)" "$conns" "$pt"
	PEER_METHOD=POST PEER_PATHS="/issues.json" PEER_HEADER1="X-Redmine-API-Key: $rm_key" \
		PEER_HEADER2="Content-Type: application/json" \
		PEER_BODY="{\"issue\":{\"project_id\":$rm_project,\"subject\":\"Nhiệm vụ đo tải %n\",\"assigned_to_id\":$rm_write_group}}" \
		measure redmine "write (see notes)" "$conns" "$rm"
done
say "load average $(cut -d' ' -f1-3 /proc/loadavg) after measuring"

echo
echo "PlanTrack vs Redmine $(dpkg-query -W -f='${Version}' redmine), database: $PEER_DB, wrk $WRK_THREADS threads, $DURATION per run after $WARMUP warm-up"
echo "list: one agency's tasks of plan $plan ($pt_rows rows in PlanTrack, $rm_rows in Redmine); write: PlanTrack = a coordinating agency's progress contribution (no plain task-creation API), Redmine = create an issue"
python3 "$here/peer.py" table "$results"
