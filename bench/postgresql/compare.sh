#!/usr/bin/env bash
# The application's heaviest read statements run with pgbench against two PostgreSQL servers holding the same
# dataset (e.g. one with Debian's default settings and one started with bench/postgresql/tuned.conf), one
# after the other, and printed side by side. Nothing is written.
# Usage: bench/postgresql/compare.sh DATABASE HOST:PORT HOST:PORT   (e.g. perf_country 127.0.0.1:55433 127.0.0.1:55434)
# Settings: BENCH_PG_USER (postgres), CONNECTIONS (8), DURATION (15, seconds per statement and server).
set -euo pipefail
db="$1"; a="$2"; b="$3"
user="${BENCH_PG_USER:-postgres}"; clients="${CONNECTIONS:-8}"; seconds="${DURATION:-15}"
work="$(mktemp -d /tmp/plantrack-pgcompare.XXXXXX)"; trap 'rm -rf "$work"' EXIT
psql_at() { psql -X -q -h "${1%:*}" -p "${1#*:}" -U "$user" -d "$db" -tAc "$2"; }

# plans with tasks (action plans) and plans with many indicators (commune decisions) of the generated country
read -r tfirst tlast <<< "$(psql_at "$a" "SELECT MIN(document_id) || ' ' || MAX(document_id) FROM task")"
read -r ifirst ilast <<< "$(psql_at "$a" "SELECT MIN(document_id) || ' ' || MAX(document_id) FROM indicator")"
cat > "$work/tasks.sql" <<SQL
\set doc random($tfirst, $tlast)
SELECT id, document_id, code, title, status, progress, COALESCE(due_date, period_end) AS due, period_raw,
       recurrence, started_on, completed_on, status_reason, source_line, version FROM task WHERE document_id = :doc ORDER BY id;
SQL
# the evaluation's read of one plan's observations (reporting/IndicatorEvaluations): the cold overview's cost
cat > "$work/observations.sql" <<SQL
\set doc random($ifirst, $ilast)
SELECT indicator_id, period_kind, period_year, period_index, kind, obs_value, source, author, recorded_at
FROM observation WHERE indicator_id IN (SELECT i.id FROM indicator i WHERE i.document_id = :doc) AND period_year <= 2026;
SQL
# the overview's count of tasks per plan and status (one aggregate over every task)
cat > "$work/task_counts.sql" <<SQL
SELECT document_id, status, COUNT(*) FROM task GROUP BY document_id, status;
SQL
printf '%-14s %-22s %10s %10s %-22s %10s %10s %7s\n' statement server tps avg_ms server tps avg_ms b/a
for statement in tasks observations task_counts; do
	line=()
	for server in "$a" "$b"; do
		out=$(pgbench -n -h "${server%:*}" -p "${server#*:}" -U "$user" -c "$clients" -j 2 -T "$seconds" -f "$work/$statement.sql" "$db" 2>&1)
		line+=("$server" "$(echo "$out" | awk '/^tps/ { printf "%.1f", $3 }')" "$(echo "$out" | awk '/latency average/ { printf "%.1f", $4 }')")
	done
	ratio=$(awk -v x="${line[1]}" -v y="${line[4]}" 'BEGIN { printf "%.2f", (x > 0 ? y / x : 0) }')
	printf '%-14s %-22s %10s %10s %-22s %10s %10s %7s\n' "$statement" "${line[@]}" "$ratio"
done
for server in "$a" "$b"; do
	echo "$server: $(psql_at "$server" "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings
		WHERE name IN ('shared_buffers', 'work_mem', 'random_page_cost', 'jit', 'effective_cache_size', 'max_parallel_workers_per_gather')")" >&2
done
