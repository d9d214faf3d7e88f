#!/usr/bin/env bash
# The extraction benchmark under JFR (execution samples every millisecond), then the most sampled top frames
# and the most sampled PlanTrack methods (first PlanTrack frame of each sample, with the JDK code it called).
# Usage: bench/extract/profile.sh [megabytes] [jfr file]   (defaults 30, /tmp/extract-profile.jfr)
set -euo pipefail
cd "$(dirname "$0")/../.."
JFR_FILE="${2:-/tmp/extract-profile.jfr}"
mvn -q -B test-compile
CP_FILE=target/bench-extract-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
SETTINGS="$(mktemp --suffix=.jfc)"
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed 's#<setting name="period" control="method-sampling-java-interval">[^<]*<#<setting name="period" control="method-sampling-java-interval">1 ms<#' \
	"$JAVA_HOME_DIR/lib/jfr/profile.jfc" >"$SETTINGS"
java -Xmx512m -XX:StartFlightRecording=filename="$JFR_FILE",settings="$SETTINGS" \
	-cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
	vn.plantrack.extract.bench.ExtractBenchmark "${1:-30}" 1 2>&1 | grep -v -e '\[jfr' -e 'INFO'
rm -f "$SETTINGS"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$JFR_FILE" | awk '
	/stackTrace = \[/ { inside = 1; top = ""; own = ""; next }
	inside && /^[[:space:]]*\]/ { inside = 0; if (top != "") tops[top]++; if (own != "") owns[own]++; samples++; next }
	inside {
		frame = $1; sub(/\(.*/, "", frame)
		if (top == "") top = frame
		if (own == "" && frame ~ /^vn\.plantrack\./) own = frame
	}
	END {
		print "samples: " samples
		print "--- top frames"; for (f in tops) printf "%6d %s\n", tops[f], f | "sort -rn | head -25"; close("sort -rn | head -25")
		print "--- first PlanTrack frame"; for (f in owns) printf "%6d %s\n", owns[f], f | "sort -rn | head -40"
	}'
