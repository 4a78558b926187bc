#!/usr/bin/env bash
# Export benchmark: seeds N adverse events into a fresh H2 file database, starts the packaged app
# with a fixed heap (-Xmx256m) on 127.0.0.1, runs each export format twice with curl and records bytes,
# rows, the largest heap left after the full GCs forced every 2 s during the first run (the live data
# it holds), the wall time of the second run (no forced GCs, JIT warm: the speed) and the peak RSS.
#
# Usage (from the repository root, after `./mvnw package -DskipTests`):
#   bench/export-benchmark.sh              # N = 10000 and 100000
#   bench/export-benchmark.sh 5000         # any list of sizes
# Env: BENCH_FORMATS (default "csv fhir pdf e2b"), BENCH_MAX_SECONDS (per export, default 3000),
#      BENCH_EVENTS_PER_COURSE (default 50), BENCH_OUT (results file, default bench/results.md).
set -euo pipefail

cd "$(dirname "$0")/.."
APP=target/quarkus-app/quarkus-run.jar
[ -f "$APP" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
H2_JAR=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)
SIZES=${*:-"10000 100000"}
FORMATS=${BENCH_FORMATS:-"csv fhir pdf e2b"}
MAX_SECONDS=${BENCH_MAX_SECONDS:-3000}
PER_COURSE=${BENCH_EVENTS_PER_COURSE:-50}
OUT=${BENCH_OUT:-bench/results.md}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/export-bench.XXXXXX")
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_app <db dir> <gc log>: starts the app on a free port, waits until it is ready.
start_app() {
  PORT=$(free_port)
  TRACKER_DEMO=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  TRACKER_SESSION_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$1/bench;WRITE_DELAY=0" \
    java -Xmx256m -Xlog:gc:file="$2" -jar "$APP" > "$1/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$1/app.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "app did not start" >&2; tail -40 "$1/app.log" >&2; exit 1
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# export_once <format> <file>: one export through the API; prints "HTTP-code bytes seconds".
export_once() {
  curl -s -u physician:physician-demo --max-time "$MAX_SECONDS" -o "$2" -D "$DB/headers-$1" \
    -w '%{http_code} %{size_download} %{time_total}' \
    "http://127.0.0.1:$PORT/api/reports/adverse-events?from=2026-01-01&to=2026-12-31&format=$1" || true
}

h2() { java -cp "$H2_JAR" "$@" -url "jdbc:h2:file:$DB/bench" -user tracker -password tracker; }

seed_sql() { # $1 = events, $2 = events per course
  local courses=$(( ($1 + $2 - 1) / $2 ))
  cat <<SQL
INSERT INTO patient (mrn, given_name, family_name, birth_date, sex, weight_kg, created_at, created_by, version)
  SELECT 'BENCH-' || X, 'Given' || X, 'Family' || X, DATEADD('DAY', MOD(X, 15000), DATE '1940-01-01'),
         CASE WHEN MOD(X, 2) = 0 THEN 'FEMALE' ELSE 'MALE' END, 70.5, CURRENT_TIMESTAMP, 'bench', 0
  FROM SYSTEM_RANGE(1, $courses);
INSERT INTO patient_condition (patient_id, name, code, recorded_at, recorded_by)
  SELECT id, 'Essential hypertension', 'I10', TIMESTAMP WITH TIME ZONE '2025-12-01 08:00:00+00', 'bench'
  FROM patient WHERE mrn LIKE 'BENCH-%';
INSERT INTO patient_medication (patient_id, name, recorded_at, recorded_by)
  SELECT id, 'Amlodipine 5 mg', TIMESTAMP WITH TIME ZONE '2025-12-01 08:00:00+00', 'bench'
  FROM patient WHERE mrn LIKE 'BENCH-%';
INSERT INTO treatment_course (patient_id, drug_code, indication, route, daily_volume_ml, start_date, length_days,
                              schedule, prescribed_by, created_at, version)
  SELECT id, 'cerebrolysin', 'Acute ischaemic stroke', 'IV_INFUSION', 30, DATE '2026-01-01', 60, 'DAILY',
         'physician', TIMESTAMP WITH TIME ZONE '2025-12-31 10:00:00+00', 0
  FROM patient WHERE mrn LIKE 'BENCH-%';
INSERT INTO administration (course_id, administered_at, course_day, route, volume_ml, status, lot_number, diluent,
                            diluent_volume_ml, infusion_minutes, recorded_by, recorded_at, voided)
  SELECT c.id, DATEADD('DAY', d.X - 1, TIMESTAMP WITH TIME ZONE '2026-01-01 09:00:00+00'), d.X, 'IV_INFUSION', 30,
         'GIVEN', 'L' || MOD(d.X, 3), 'NaCl 0.9%', 100, 30, 'nurse',
         DATEADD('DAY', d.X - 1, TIMESTAMP WITH TIME ZONE '2026-01-01 09:30:00+00'), FALSE
  FROM treatment_course c JOIN patient p ON p.id = c.patient_id, SYSTEM_RANGE(1, 20) d
  WHERE p.mrn LIKE 'BENCH-%';
INSERT INTO adverse_event (course_id, observed_on, course_day, term, grade, serious, serious_criteria, action_taken,
                           outcome, causality, notes, recorded_by, recorded_at, voided)
  SELECT c.id, DATEADD('DAY', MOD(e.X - 1, 50), DATE '2026-01-01'), MOD(e.X - 1, 50) + 1,
         CASE MOD(e.X, 4) WHEN 0 THEN 'Headache' WHEN 1 THEN 'Dizziness' WHEN 2 THEN 'Nausea' ELSE 'Fatigue' END,
         MOD(e.X, 3) + 1, MOD(e.X, 25) = 0, CASE WHEN MOD(e.X, 25) = 0 THEN 'HOSPITALISATION' END,
         'NONE', 'RECOVERING', 'POSSIBLE', 'Benchmark event ' || e.X, 'nurse',
         TIMESTAMP WITH TIME ZONE '2026-03-01 12:00:00+00', FALSE
  FROM treatment_course c JOIN patient p ON p.id = c.patient_id, SYSTEM_RANGE(1, $2) e
  WHERE p.mrn LIKE 'BENCH-%' AND (CAST(SUBSTRING(p.mrn, 7) AS INT) - 1) * $2 + e.X <= $1;
INSERT INTO adverse_event (course_id, observed_on, course_day, term, grade, serious, action_taken, outcome,
                           recorded_by, recorded_at, voided, voided_at, voided_by, void_reason)
  SELECT c.id, DATE '2026-01-05', 5, 'Rash', 1, FALSE, 'NONE', 'UNKNOWN', 'nurse', CURRENT_TIMESTAMP,
         TRUE, CURRENT_TIMESTAMP, 'nurse', 'entered on the wrong patient'
  FROM treatment_course c JOIN patient p ON p.id = c.patient_id WHERE p.mrn LIKE 'BENCH-%';
SQL
}

{
  echo "| N events | format | HTTP | bytes | rows | first run s (forced GCs) | second run s | rows/s (second run) | max live heap after full GC (MB) | peak RSS (MB) | GCs (first run) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$OUT.tmp"

for N in $SIZES; do
  DB="$WORK/db-$N"; mkdir -p "$DB"
  echo "== N=$N: creating the schema (Flyway) in $DB"
  start_app "$DB" "$DB/gc-init.log"; stop_app
  echo "== N=$N: seeding"
  seed_sql "$N" "$PER_COURSE" > "$DB/seed.sql"
  start=$(date +%s.%N)
  h2 org.h2.tools.RunScript -script "$DB/seed.sql"
  echo "   seeded in $(echo "$(date +%s.%N) - $start" | bc) s"
  GC="$DB/gc.log"
  start_app "$DB" "$GC"
  echo "== N=$N: app pid $APP_PID on 127.0.0.1:$PORT"
  for F in $FORMATS; do
    FILE="$DB/export.$F"; RSS="$DB/rss-$F"; : > "$RSS"
    gc_before=$(wc -l < "$GC")
    # First run: every 2 s a full GC (jcmd GC.run): the heap left after it is the live data the export
    # holds. jcmd is a JVM of its own and the full GCs pause the export, so the speed is taken from a
    # second run of the same export (JIT warm) with only the RSS sampled.
    ( n=0; while kill -0 "$APP_PID" 2>/dev/null; do
        ps -o rss= -p "$APP_PID" >> "$RSS"; sleep 0.5; n=$((n + 1))
        [ $((n % 4)) -eq 0 ] && jcmd "$APP_PID" GC.run > /dev/null 2>&1
      done ) &
    SAMPLER=$!
    result=$(export_once "$F" "$FILE")
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
    read -r code bytes first_secs <<< "${result:-000 0 0}"
    gcs=$(tail -n +"$((gc_before + 1))" "$GC" | grep -c 'Pause' || true)
    heap=$(tail -n +"$((gc_before + 1))" "$GC" | grep 'Pause Full' | grep -o -- '->[0-9]*M' | tr -dc '0-9\n' | sort -n | tail -1)
    ( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" >> "$RSS"; sleep 0.5; done ) &
    SAMPLER=$!
    result=$(export_once "$F" "$FILE")
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
    read -r code bytes secs <<< "${result:-000 0 0}"
    case $F in
      csv) rows=$(( $(python3 -c 'import csv,sys; r=csv.reader(open(sys.argv[1],encoding="utf-8-sig",newline="")); print(sum(1 for _ in r))' "$FILE") - 1 ));;
      fhir) rows=$(grep -o '"resourceType":"AdverseEvent"' "$FILE" | wc -l);;
      pdf) rows=$(( $(grep -ac '/Type */Page[^s]' "$FILE" || true) - 1 ));; # pages minus the cover
      e2b) rows=$(grep -o 'displayName="reaction"' "$FILE" | wc -l);; # E.i reactions
    esac
    rss=$(( $(sort -n "$RSS" | tail -1) / 1024 ))
    rate=$(python3 -c "print(round($rows / $secs) if $secs > 0 else 0)")
    voided=$(grep -i 'x-voided-excluded' "$DB/headers-$F" | tr -dc '0-9')
    echo "   $F: HTTP $code, $bytes bytes, $rows rows, $secs s (first run, with forced GCs: $first_secs s), heap after GC max ${heap:-?} MB, RSS ${rss} MB, voided excluded ${voided:-?}, load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "| $N | $F | $code | $bytes | $rows | $(printf '%.1f' "$first_secs") | $(printf '%.1f' "$secs") | $rate | ${heap:-n/a} | $rss | $gcs |" >> "$OUT.tmp"
  done
  stop_app
  echo "== N=$N: audit lines written by the exports"
  h2 org.h2.tools.Shell -sql "select username, detail from audit_event where action = 'EXPORT_ADVERSE_EVENTS' order by id" \
    | tee "$DB/audit.txt"
  rm -rf "$DB"
done
mv "$OUT.tmp" "$OUT"
echo "== results ($OUT)"; cat "$OUT"
