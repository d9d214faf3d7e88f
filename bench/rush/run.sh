#!/usr/bin/env bash
# Deadline rush: the real server on a free loopback port with a fresh database, N reporters (default 500)
# of as many agencies created through the API and the admin page, then every reporter released at once to
# save and submit its six-month report. Prints requests, errors, lost/doubled reports, p50/p99 request
# time, stops the server and checks the audit chain with `plantrack audit verify`.
#
# Usage: bench/rush/run.sh [reporters]
#   Database: a fresh embedded H2 file database in a temporary data dir, or the (empty) PostgreSQL
#   database named by PLANTRACK_DB_URL (with PLANTRACK_DB_USER / PLANTRACK_DB_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/../.."
reporters="${1:-500}"

# build the jar when missing or older than the sources (the launcher's own rule)
./plantrack --version >/dev/null

data=$(mktemp -d /tmp/plantrack-rush.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export PLANTRACK_DATA_DIR="$data"
export PLANTRACK_ADMIN_PASSWORD="rush-root-$(head -c 9 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SERVER_PORT="$port"
export SERVER_ADDRESS=127.0.0.1
# no sample documents: the rush measures reports, not the first-start import
export PLANTRACK_JAVA_OPTS="${PLANTRACK_JAVA_OPTS:-} -Dplantrack.samples.import-on-first-start=false"
echo "rush: data dir $data, port $port, database ${PLANTRACK_DB_URL:-embedded H2 (file)}"

java ${PLANTRACK_JAVA_OPTS} -jar target/plantrack.jar serve >"$data/server.log" 2>&1 &
server=$!
stop_server() {
	if kill -0 "$server" 2>/dev/null; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
}
trap stop_server EXIT

for _ in $(seq 1 180); do
	if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then
		break
	fi
	if ! kill -0 "$server" 2>/dev/null; then
		echo "rush: the server did not start; see $data/server.log" >&2
		tail -n 20 "$data/server.log" >&2
		exit 1
	fi
	sleep 1
done

status=0
java bench/rush/Rush.java "$port" "$PLANTRACK_ADMIN_PASSWORD" "$reporters" || status=$?

stop_server
trap - EXIT
echo "rush: server stopped; server log errors: $(grep -c ' ERROR ' "$data/server.log" || true)"
if java ${PLANTRACK_JAVA_OPTS} -jar target/plantrack.jar audit verify; then
	echo "rush: audit chain verifies"
else
	echo "rush: audit chain BROKEN" >&2
	status=1
fi
exit "$status"
