#!/usr/bin/env bash
# Overview page and overview API under wrk (64 connections) beside the trivial /api/ping of the same server,
# at three data sizes (small, province, country), each in its own PostgreSQL database filled by
# `plantrack generate`. Prints rps, p50/p99 and the ratio to ping, cold (first request) times, peak RSS; and
# the same for one plan's page (whole, and filtered to one lead agency), reported without a goal.
# Usage: bench/overview/run.sh [sizes...]   (default: small province country)
# Goals: throughput >= 50% of /api/ping, p99 < 50 ms; the server runs with -Xmx1g.
source "$(dirname "$0")/server.sh"
SIZES=("${@:-small province country}")
read -r -a SIZES <<< "${SIZES[*]}"
build_jar
printf '%-9s %-34s %9s %8s %8s %7s %s\n' size endpoint req/s p50ms p99ms ratio goal
for size in "${SIZES[@]}"; do
	ensure_dataset "$size"
	start_server "$size"
	TOKEN="Authorization: Bearer $(api_token)"
	COOKIE="Cookie: $(session_cookie)"
	base="http://127.0.0.1:$PORT"
	cold_country=$(time_request_ms "$TOKEN" "$base/api/overview")
	cold_province=$(time_request_ms "$TOKEN" "$base/api/overview?locality=syn-01")
	page_cold=$(time_request_ms "$COOKIE" "$base/overview")
	# the page holds its figures until the data changes: the second request shows what wrk will see
	page_once=$(time_request_ms "$COOKIE" "$base/overview")
	echo "$size: cold /api/overview (all) ${cold_country} ms; cold ?locality=syn-01 ${cold_province} ms; /overview page cold ${page_cold} ms, warm ${page_once} ms" >&2
	# after a start the server builds its search index in the background: measure the steady state, not that
	settle
	warm_up "$TOKEN" "$base/api/ping"
	read -r ping_rps ping_p50 ping_p99 _ <<< "$(wrk_figures "$TOKEN" "$base/api/ping")"
	printf '%-9s %-34s %9s %8s %8s %7s %s\n' "$size" "GET /api/ping (floor)" "$ping_rps" "$ping_p50" "$ping_p99" "1.00" "-"
	# reported beside the goals: a plan's page, whole and filtered to one lead agency (as bench/peer loads it)
	plan=$(psql_db -d "${DB_PREFIX}$size" -tAc "SELECT MIN(id) FROM document WHERE status = 'CONFIRMED'")
	lead=$(psql_db -d "${DB_PREFIX}$size" -tAc "SELECT MIN(ta.agency_id) FROM task_agency ta JOIN task t ON t.id = ta.task_id WHERE t.document_id = $plan AND ta.role = 'LEAD'")
	for target in "api|/api/overview" "api|/api/overview?locality=syn-01" "page|/overview" "plan|/plans/$plan" "plan|/plans/$plan?agency=$lead"; do
		kind="${target%%|*}"; path="${target#*|}"
		header="$TOKEN"; [ "$kind" != api ] && header="$COOKIE"
		if [ "$kind" = page ] && [ "$page_once" -gt 2000 ]; then
			printf '%-9s %-34s %9s %8s %8s %7s %s\n' "$size" "GET $path" "-" "$page_once" "-" "-" "MISSED (one request ${page_once} ms; not loaded with wrk)"
			continue
		fi
		warm_up "$header" "$base$path"
		read -r rps p50 p99 bad <<< "$(wrk_figures "$header" "$base$path")"
		ratio=$(awk -v a="$rps" -v b="$ping_rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
		verdict=$(awk -v r="$ratio" -v p="$p99" -v bad="$bad" 'BEGIN { print (r >= 0.5 && p < 50 && bad == 0) ? "met" : "MISSED" }')
		[ "$kind" = plan ] && verdict="reported (no goal)"
		[ "$bad" -gt 0 ] && verdict="$verdict ($bad non-2xx)"
		printf '%-9s %-34s %9s %8s %8s %7s %s\n' "$size" "GET $path" "$rps" "$p50" "$p99" "$ratio" "$verdict"
	done
	echo "$size: server peak RSS $(server_peak_rss_mb) MB with -Xmx$XMX" >&2
	stop_server
done
