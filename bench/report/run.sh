#!/usr/bin/env bash
# Consolidated reports (GET /api/documents/{id}/report?cycle=2026&format=docx) for every plan of one province
# (goal < 2 s in all) and of the whole country (goal < 60 s), one request after another, at three data sizes.
# Usage: bench/report/run.sh [sizes...]   (default: small province country); BENCH_REPORT_FORMAT (docx)
source "$(dirname "$0")/../overview/server.sh"
read -r -a SIZES <<< "${*:-small province country}"
FORMAT="${BENCH_REPORT_FORMAT:-docx}"
build_jar
reports_ms() { # where-clause on document d / locality l
	local ids total=0 n=0 slowest=0 ms
	ids=$(psql_db -d "${DB_PREFIX}$size" -tAc "SELECT d.id FROM document d JOIN locality l ON l.id = d.locality_id
		WHERE d.status = 'CONFIRMED' AND d.stub = FALSE AND $1 ORDER BY d.id")
	for id in $ids; do
		ms=$(curl -fs -o /dev/null -w '%{time_total}' -H "$TOKEN" \
			"http://127.0.0.1:$PORT/api/documents/$id/report?cycle=2026&format=$FORMAT" | awk '{ printf "%.0f", $1 * 1000 }')
		total=$((total + ms)); n=$((n + 1)); [ "$ms" -gt "$slowest" ] && slowest=$ms
	done
	echo "$n $total $slowest"
}
printf '%-9s %-10s %6s %10s %10s %s\n' size scope plans total_ms slowest goal
for size in "${SIZES[@]}"; do
	ensure_dataset "$size"
	start_server "$size"
	TOKEN="Authorization: Bearer $(api_token)"
	# one report first so the JIT and the connection pool are warm for both measurements
	curl -fs -o /dev/null -H "$TOKEN" "http://127.0.0.1:$PORT/api/documents/1/report?cycle=2026&format=$FORMAT" || true
	read -r n total slowest <<< "$(reports_ms "l.code = 'syn-01'")"
	printf '%-9s %-10s %6s %10s %10s %s\n' "$size" province "$n" "$total" "$slowest" "$([ "$total" -lt 2000 ] && echo met || echo MISSED) (< 2000 ms)"
	read -r n total slowest <<< "$(reports_ms "l.code LIKE 'syn-%'")"
	printf '%-9s %-10s %6s %10s %10s %s\n' "$size" country "$n" "$total" "$slowest" "$([ "$total" -lt 60000 ] && echo met || echo MISSED) (< 60000 ms)"
	echo "$size: server peak RSS $(server_peak_rss_mb) MB with -Xmx$XMX" >&2
	stop_server
done
