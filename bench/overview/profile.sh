#!/usr/bin/env bash
# Profiles one endpoint under wrk with Java Flight Recorder and prints the hottest frames (own code first).
# Usage: bench/overview/profile.sh SIZE PATH [page|api]   e.g. bench/overview/profile.sh province /overview page
# The recording covers a warm-up then the measured run; it is kept in $BENCH_JFR (default /tmp/plantrack-profile.jfr).
source "$(dirname "$0")/server.sh"
size="${1:?size}"; path="${2:?path}"; kind="${3:-api}"
JFR="${BENCH_JFR:-/tmp/plantrack-profile.jfr}"
rm -f "$JFR"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true"
build_jar
ensure_dataset "$size"
start_server "$size"
header="Authorization: Bearer $(api_token)"
[ "$kind" = page ] && header="Cookie: $(session_cookie)"
warm_up "$header" "http://127.0.0.1:$PORT$path"
read -r rps p50 p99 bad <<< "$(wrk_figures "$header" "http://127.0.0.1:$PORT$path")"
echo "GET $path: $rps req/s, p50 $p50 ms, p99 $p99 ms, $bad non-2xx" >&2
stop_server
# top frames (self time) and the first vn.plantrack frame of each sample (where our code spends it)
jfr print --events jdk.ExecutionSample "$JFR" > "$WORK/samples.txt"
echo "== top self frames" >&2
awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' "$WORK/samples.txt" | sort | uniq -c | sort -rn | head -25
echo "== first application frame" >&2
awk '/stackTrace = \[/ { inside = 1; found = 0; next } inside && /vn\.plantrack/ && !found { sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print; found = 1 } /^\]|^  \]/ { inside = 0 }' "$WORK/samples.txt" | sort | uniq -c | sort -rn | head -25
