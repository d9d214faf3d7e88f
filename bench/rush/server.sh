#!/usr/bin/env bash
# Shared by run.sh and kill.sh (sourced): the jar, a fresh data dir, a loopback port, start/stop of
# `plantrack serve`. Database: embedded H2 file in the data dir, or PLANTRACK_DB_URL (empty PostgreSQL db).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# build the jar when missing or older than the sources (the launcher's own rule)
./plantrack --version >/dev/null

data=$(mktemp -d /tmp/plantrack-rush.XXXXXX)
port="${RUSH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}"
export PLANTRACK_DATA_DIR="$data"
export PLANTRACK_ADMIN_PASSWORD="rush-root-$(head -c 9 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export SERVER_PORT="$port"
export SERVER_ADDRESS=127.0.0.1
# no sample documents: the rush measures reports, not the first-start import
export PLANTRACK_JAVA_OPTS="${PLANTRACK_JAVA_OPTS:-} -Dplantrack.samples.import-on-first-start=false"
echo "rush: data dir $data, port $port, database ${PLANTRACK_DB_URL:-embedded H2 (file)}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
server=

start_server() {
	java ${PLANTRACK_JAVA_OPTS} ${RUSH_SERVER_OPTS:-} -jar target/plantrack.jar serve >>"$data/server.log" 2>&1 &
	server=$!
	for _ in $(seq 1 600); do
		if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then
			return 0
		fi
		if ! kill -0 "$server" 2>/dev/null; then
			echo "rush: the server did not start; see $data/server.log" >&2
			tail -n 20 "$data/server.log" >&2
			exit 1
		fi
		sleep 1
	done
	echo "rush: the server did not answer its health check within 600 s" >&2
	exit 1
}

stop_server() {
	if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
		kill "$server" 2>/dev/null || true
		wait "$server" 2>/dev/null || true
	fi
}
trap stop_server EXIT

audit_verify() {
	if java ${PLANTRACK_JAVA_OPTS} -jar target/plantrack.jar audit verify; then
		echo "rush: audit chain verifies"
	else
		echo "rush: audit chain BROKEN" >&2
		return 1
	fi
}
