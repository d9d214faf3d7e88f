#!/usr/bin/env bash
# SIGKILL during the deadline rush: N reporters (default 500) with their API tokens released at once; once
# half their submits were answered 200 the server gets SIGKILL, is restarted on the same data, and then:
#   - every submit answered 200 before the kill is SUBMITTED with exactly its line (read back via the API);
#   - every reporter whose call failed or got no answer saves and submits again and succeeds (or finds its
#     report already SUBMITTED: the commit happened, its answer was lost);
#   - nothing half-written (bench/rush/RushCheck.java reads the database: reports without their line, lines
#     or task progress without their report, audit events naming an absent report, two reports of one agency,
#     SUBMISSION_SUBMITTED events not equal to submitted reports);
#   - `plantrack audit verify` intact.
#
# Usage: bench/rush/kill.sh [reporters]
#   Database: a fresh embedded H2 file database (default), or the (empty) PostgreSQL database named by
#   PLANTRACK_DB_URL (with PLANTRACK_DB_USER / PLANTRACK_DB_PASSWORD). RUSH_PORT fixes the port.
set -euo pipefail
reporters="${1:-500}"
source "$(dirname "$0")/server.sh"

start_server
status=0
java bench/rush/Rush.java "$port" "$PLANTRACK_ADMIN_PASSWORD" "$reporters" --kill "$server" "$data/state.properties" || status=$?
wait "$server" 2>/dev/null || true
echo "rush: server killed (SIGKILL); restarting on the same data; load average $(cut -d' ' -f1-3 /proc/loadavg)"
restart_began=$(date +%s)
start_server
echo "rush: restarted in $(( $(date +%s) - restart_began )) s"
java bench/rush/Rush.java "$port" "$PLANTRACK_ADMIN_PASSWORD" "$reporters" --after "$data/state.properties" || status=1

stop_server
trap - EXIT
echo "rush: server stopped; server log errors: $(grep -c ' ERROR ' "$data/server.log" || true)"
# the JDBC drivers the server itself uses, taken from its jar
mkdir -p "$data/lib"
unzip -q -j -o target/plantrack.jar 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$data/lib"
cycle=$(sed -n 's/^cycle=//p' "$data/state.properties")
url="${PLANTRACK_DB_URL:-jdbc:h2:file:$data/db/plantrack;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
java -cp "$data/lib/*" bench/rush/RushCheck.java "$url" "${PLANTRACK_DB_USER:-sa}" "${PLANTRACK_DB_PASSWORD:-}" "$cycle" || status=1
audit_verify || status=1
echo "rush: kill bench $([ "$status" = 0 ] && echo OK || echo FAILED)"
exit "$status"
