#!/usr/bin/env bash
# Import of a province's documents (the real Sơn La / Lai Châu samples) through the API: upload each file,
# then confirm its extraction (tasks, indicators, relations registered), timed per step, into a fresh copy
# of each data size's database (so the sizes show how the import grows with what is already stored).
# Usage: bench/import/run.sh [sizes...]   (default: small province; country copies a ~3 GB database)
source "$(dirname "$0")/../overview/server.sh"
read -r -a SIZES <<< "${*:-small province}"
build_jar
FILES=("$ROOT"/src/main/resources/samples/*.txt)
bytes=$(cat "${FILES[@]}" | wc -c)
printf '%-9s %6s %9s %11s %11s %9s\n' size files KB upload_ms confirm_ms KB/s
for size in "${SIZES[@]}"; do
	ensure_dataset "$size"
	copy="${DB_PREFIX}import_$size"
	psql_db -d postgres -c "DROP DATABASE IF EXISTS $copy" >/dev/null
	psql_db -d postgres -c "CREATE DATABASE $copy TEMPLATE ${DB_PREFIX}$size" >/dev/null
	DB_PREFIX_SAVED="$DB_PREFIX"; DB_PREFIX="${DB_PREFIX}import_"
	start_server "$size"
	DB_PREFIX="$DB_PREFIX_SAVED"
	AUTH="Authorization: Bearer $(curl -fs -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
		-d '{"name":"bench-import","scope":"WRITE"}' "http://127.0.0.1:$PORT/api/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')"
	upload=0; confirm=0
	for f in "${FILES[@]}"; do
		out=$(curl -fs -w '\n%{time_total}' -H "$AUTH" -F "file=@$f" "http://127.0.0.1:$PORT/api/documents")
		id=$(echo "$out" | head -1 | sed -E 's/.*"id":([0-9]+).*/\1/')
		upload=$((upload + $(echo "$out" | tail -1 | awk '{ printf "%.0f", $1 * 1000 }')))
		t=$(curl -fs -o /dev/null -w '%{time_total}' -X POST -H "$AUTH" "http://127.0.0.1:$PORT/api/documents/$id/confirm")
		confirm=$((confirm + $(echo "$t" | awk '{ printf "%.0f", $1 * 1000 }')))
	done
	rate=$(awk -v b="$bytes" -v ms="$((upload + confirm))" 'BEGIN { printf "%.0f", (ms > 0 ? b / 1024 / (ms / 1000) : 0) }')
	printf '%-9s %6s %9s %11s %11s %9s\n' "$size" "${#FILES[@]}" "$((bytes / 1024))" "$upload" "$confirm" "$rate"
	stop_server
	psql_db -d postgres -c "DROP DATABASE $copy" >/dev/null
done
