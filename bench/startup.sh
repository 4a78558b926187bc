#!/usr/bin/env bash
# Start-up and footprint: starts the packaged app RUNS times (default 3) on a database that is already
# migrated, polls /q/health/ready every 50 ms, and prints per run the wall time to ready, the CPU time
# the JVM used until then (/proc/<pid>/stat), Quarkus's "started in" and the RSS 6 s after ready.
#
#   bench/startup.sh [java options ...]        e.g. bench/startup.sh -XX:TieredStopAtLevel=1
#   STARTUP_LAUNCHER=docker/start.sh bench/startup.sh   the way the image starts (class-data archive,
#                                               later C2); the options go to JAVA_OPTS. Its first run
#                                               writes the archive and is slower; later runs map it.
#
# Environment: STARTUP_APP (quarkus-app folder, target/quarkus-app), STARTUP_PORT (18490), RUNS (3),
# and the app's own settings (QUARKUS_DATASOURCE_JDBC_URL, TRACKER_DB_USER, TRACKER_DB_PASSWORD; without
# them the embedded H2 database in ./data). Start the app once before, so the runs do not migrate.
# Each run's JVM is stopped by its PID. Prints a Markdown table row per run.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${STARTUP_APP:-target/quarkus-app}
port=${STARTUP_PORT:-18490}
runs=${RUNS:-3}
hz=$(getconf CLK_TCK)
log=$(mktemp)
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -f "$log"; }
trap cleanup EXIT
echo "| JVM options | ready after (wall, ms) | CPU to ready (s) | \"started in\" | RSS 6 s after ready (MB) | load (1 min) |"
echo "|---|---:|---:|---:|---:|---:|"
if [ -n "${STARTUP_LAUNCHER:-}" ]; then start=("$STARTUP_LAUNCHER" "$app"); else
  start=(java -Xmx512m "$@" -jar "$app/quarkus-run.jar"); fi
for _ in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  TRACKER_SESSION_KEY="${TRACKER_SESSION_KEY:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" JAVA_OPTS="-Xmx512m $*" "${start[@]}" > "$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$hz" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
  sleep 6
  rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
  started=$(grep -o 'started in [0-9.]*s' "$log" | grep -o '[0-9.]\+s' || echo "?")
  echo "| ${STARTUP_LAUNCHER:+$STARTUP_LAUNCHER }${*:-(none)} | $(( (t1 - t0) / 1000000 )) | $cpu | $started | $rss | $(cut -d' ' -f1 /proc/loadavg) |"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
