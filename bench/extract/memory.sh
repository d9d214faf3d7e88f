#!/usr/bin/env bash
# Peak resident size, wall time and CPU time of `plantrack extract` on one large document, built by repeating the
# five real seed documents (src/main/resources/samples) until the file reaches the size asked for.
# Usage: bench/extract/memory.sh [megabytes]   (default 100; goal: peak RSS < 512 MB)
# JVM options for the run can be given in PLANTRACK_JAVA_OPTS (default: none, as `./plantrack` runs; the launcher
# itself caps the heap of `extract`, see plantrack).
# LIVE=seconds: a second run that forces a full GC every that many seconds (jcmd GC.class_histogram) and prints the
# largest heap left after one, i.e. the live set (not done in the RSS run: a full GC shrinks the heap).
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
/usr/bin/time -f '%M %e %U %S' -o "$out.time" ./plantrack extract "$doc" --format text >"$out" 2>"$err"
status=$?
set -e
# GNU time writes "Command exited with non-zero status N" first when the command fails
read -r rss_kb seconds user sys < <(tail -n 1 "$out.time")
printf 'document: %s (%d bytes), JVM options: %s; load average: %s\n' "$doc" "$(stat -c %s "$doc")" \
	"${PLANTRACK_JAVA_OPTS:-(none)}" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'exit status: %d; stdout %d lines' "$status" "$(wc -l <"$out")"
[ -s "$err" ] && printf '; stderr: %s' "$(grep -v -e ical4j -e SLF4J "$err" | head -c 300 | tr '\n' ' ')"
printf '\n'
printf 'peak RSS: %d MB; wall time: %s s; CPU time: %.1f s (goal: < 512 MB)\n' $((rss_kb / 1024)) "$seconds" \
	"$(echo "$user + $sys" | bc)"
if [ -n "${LIVE:-}" ]; then
	gclog="$(mktemp)"
	PLANTRACK_JAVA_OPTS="${PLANTRACK_JAVA_OPTS:-} -Xlog:gc:file=$gclog" ./plantrack extract "$doc" --format text >/dev/null 2>&1 &
	launcher=$!
	while kill -0 "$launcher" 2>/dev/null; do
		sleep "$LIVE"
		pid="$(pgrep -f "plantrack.jar extract $doc" | head -n 1 || true)"
		[ -n "$pid" ] && jcmd "$pid" GC.class_histogram >/dev/null 2>&1 || true
	done
	wait "$launcher" || true
	# "Pause Full (Heap Inspection Initiated GC) 300M->74M(512M)": 74M is what was live
	live="$(grep 'Heap Inspection' "$gclog" | sed -E 's/.*->([0-9]+)M\(.*/\1/' | sort -n | tail -n 1)"
	printf 'live heap after a full GC (largest of %d samples, every %s s): %s MB\n' \
		"$(grep -c 'Heap Inspection' "$gclog")" "$LIVE" "${live:-?}"
	rm -f "$gclog"
fi
rm -f "$out" "$out.time" "$err"
[ "$status" -eq 0 ] && [ "$rss_kb" -lt $((512 * 1024)) ]
