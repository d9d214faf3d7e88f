#!/usr/bin/env bash
# Deadline rush: the real server on a loopback port with a fresh database, N reporters (default 500) of as
# many agencies, each with its own API token (set up first, not measured), then every reporter released at
# once to save and submit its six-month report. Prints requests, errors, duplicates refused, lost/doubled
# reports, first-send-to-last-answer time, p50/p99/max, stops the server and runs `plantrack audit verify`.
#
# Usage: bench/rush/run.sh [reporters]
#   Database: a fresh embedded H2 file database in a temporary data dir, or the (empty) PostgreSQL
#   database named by PLANTRACK_DB_URL (with PLANTRACK_DB_USER / PLANTRACK_DB_PASSWORD).
#   RUSH_PORT fixes the port; RUSH_SERVER_OPTS is passed to the server only (e.g. a JFR recording:
#   RUSH_SERVER_OPTS=-XX:StartFlightRecording=filename=/tmp/rush.jfr,settings=profile).
set -euo pipefail
reporters="${1:-500}"
source "$(dirname "$0")/server.sh"

start_server
status=0
java bench/rush/Rush.java "$port" "$PLANTRACK_ADMIN_PASSWORD" "$reporters" || status=$?
echo "rush: load average after the rush $(cut -d' ' -f1-3 /proc/loadavg)"

stop_server
trap - EXIT
echo "rush: server stopped; server log errors: $(grep -c ' ERROR ' "$data/server.log" || true)"
audit_verify || status=1
exit "$status"
