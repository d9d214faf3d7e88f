#!/usr/bin/env bash
# Peak resident size and wall time of `plantrack extract` on one large document, built by repeating the five
# real seed documents (src/main/resources/samples) until the file reaches the size asked for.
# Usage: bench/extract/memory.sh [megabytes]   (default 100; goal: peak RSS < 512 MB)
# JVM options for the run can be given in PLANTRACK_JAVA_OPTS (default: none, as `./plantrack` runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
mb="${1:-100}"
doc="${TMPDIR:-/tmp}/plantrack-extract-${mb}mb.txt"
if [ ! -f "$doc" ] || [ "$(stat -c %s "$doc")" -lt $((mb * 1000000)) ]; then
	: >"$doc"
	while [ "$(stat -c %s "$doc")" -lt $((mb * 1000000)) ]; do
		for seed in src/main/resources/samples/00[0-4]_*.txt; do
			cat "$seed" >>"$doc"
			printf '\n' >>"$doc"
		done
	done
fi
# build the jar now so the build is not measured
./plantrack --version >/dev/null 2>&1 || true
out="$(mktemp)"
err="$(mktemp)"
set +e
/usr/bin/time -f '%M %e' -o "$out.time" ./plantrack extract "$doc" --format text >"$out" 2>"$err"
status=$?
set -e
# GNU time writes "Command exited with non-zero status N" first when the command fails
read -r rss_kb seconds < <(tail -n 1 "$out.time")
printf 'document: %s (%d bytes), JVM options: %s\n' "$doc" "$(stat -c %s "$doc")" "${PLANTRACK_JAVA_OPTS:-(none)}"
printf 'exit status: %d; stdout %d lines' "$status" "$(wc -l <"$out")"
[ -s "$err" ] && printf '; stderr: %s' "$(grep -v -e ical4j -e SLF4J "$err" | head -c 300 | tr '\n' ' ')"
printf '\n'
printf 'peak RSS: %d MB; wall time: %s s (goal: < 512 MB)\n' $((rss_kb / 1024)) "$seconds"
rm -f "$out" "$out.time" "$err"
[ "$status" -eq 0 ] && [ "$rss_kb" -lt $((512 * 1024)) ]
