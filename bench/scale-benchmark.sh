#!/usr/bin/env bash
# Scale benchmark on PostgreSQL: for each size N (default 1000 10000 100000) a fresh database, the
# PostgreSQL build started once (Flyway, demo accounts), N patients with courses, doses, side effects
# and flags seeded by SQL (bench/seed.sql), then every page and main API call measured with wrk in
# one run, beside a trivial authenticated page (the reference). Writes bench/scale-results.md and
# .tsv (the committed results: set BENCH_OUT_DIR to write them elsewhere).
#
#   ./mvnw -B package -DskipTests -Ppostgresql
#   bench/scale-benchmark.sh [N ...]
#
# Needs PostgreSQL 15 (started here if it is not running, and then stopped again), wrk and curl.
# BENCH_PG_PORT=<port> instead runs a throw-away cluster of its own (initdb into target/, that port, stopped by its PID).
# Environment: BENCH_APP (the quarkus-app folder, target/quarkus-app), BENCH_PORT (18153), BENCH_SECONDS per endpoint (8), BENCH_CONNECTIONS (4).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
port=${BENCH_PORT:-18153}
seconds=${BENCH_SECONDS:-8}
connections=${BENCH_CONNECTIONS:-4}
db=tracker_bench
url="http://127.0.0.1:$port"
work=$(mktemp -d)
out_dir=${BENCH_OUT_DIR:-bench}
out=$out_dir/scale-results.md
app_pid=""
started_postgresql=false
pg_port=${BENCH_PG_PORT:-5432}
pg_dir=""
pg_opts=""

cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if $started_postgresql; then pg_ctlcluster 15 main stop || true; fi
  if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
    pg_pid=$(head -1 "$pg_dir/data/postmaster.pid")
    kill -INT "$pg_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.5; done
  fi
  [ -n "$pg_dir" ] && rm -rf "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "${BENCH_PG_PORT:-}" ]; then
  mkdir -p target && pg_dir=$(mktemp -d "$PWD/target/bench-pg.XXXXXX") && chown postgres "$pg_dir"
  su postgres -c "/usr/lib/postgresql/15/bin/initdb -A trust -U postgres -D $pg_dir/data" >/dev/null 2>&1
  su postgres -c "/usr/lib/postgresql/15/bin/postgres -D $pg_dir/data -p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" > "$pg_dir/log" 2>&1 &
  pg_opts="-h $pg_dir -p $pg_port"
elif ! su postgres -c "pg_isready -q" 2>/dev/null; then pg_ctlcluster 15 main start; started_postgresql=true; fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q $pg_opts" && break; sleep 1; done
admin() { su postgres -c "psql $pg_opts -q -c \"$1\""; }
sql() { PGPASSWORD=$db psql -h 127.0.0.1 -p "$pg_port" -U $db -d $db -AtX -v ON_ERROR_STOP=1 "$@"; }

start_app() {
  TRACKER_DEMO=true TRACKER_SESSION_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" TRACKER_CLINIC_ZONE=UTC \
    TRACKER_MISSED_DOSE_DELAY=24h QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" TRACKER_DB_USER=$db TRACKER_DB_PASSWORD=$db \
    java -Xmx512m -jar "${BENCH_APP:-target/quarkus-app}/quarkus-run.jar" > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do curl -fs "$url/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  tail -30 "$work/app.log"; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

cookie_of() { # user -> the cookies of the signed-in session (name=value; ...)
  local jar="$work/$1.jar"
  local token  # the login form carries a CSRF token bound to the pre-login session
  token=$(curl -s -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
    -d "j_username=$1&j_password=$1-demo" "$url/j_security_check"
  grep -qE $'\t(__Host-)?tracker-session\t' "$jar" || return 0  # over TLS the name has the __Host- prefix
  awk -F'\t' 'NF >= 7 && $1 !~ /^# / {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
}

measure() { # size label path cookie|basic:user [lua script]
  local size=$1 label=$2 path=$3 auth=$4 script=${5:-} header accept res status
  if [[ $auth == basic:* ]]; then
    header="Authorization: Basic $(printf '%s:%s-demo' "${auth#basic:}" "${auth#basic:}" | base64)"
    accept="Accept: application/json"
  else
    header="Cookie: $auth"
    accept="Accept: text/html"
  fi
  if [ -n "$script" ]; then status=POST; else
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" -H "$accept" "$url$path"); fi
  wrk -t1 -c"$connections" -d2s -H "$header" -H "$accept" ${script:+-s "$script"} "$url$path" >/dev/null 2>&1 # warm-up
  res=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "$header" -H "$accept" \
    ${script:+-s "$script"} "$url$path")
  python3 - "$size" "$label" "$status" "$res" >> "$work/rows.tsv" <<'PY'
import re, sys
size, label, status, text = sys.argv[1:5]
def ms(pattern):
    m = re.search(pattern + r"\s+([\d.]+)(us|ms|s|m)\b", text)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)] if m else float("nan")
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
p50, p99 = ms("50%"), ms("99%")
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("\t".join([size, label, status, rps, f"{p50:.2f}", f"{p99:.2f}", errors.group(1) if errors else "0"]))
PY
  tail -1 "$work/rows.tsv"
}

: > "$work/rows.tsv"
for n in "${sizes[@]}"; do
  echo "== N = $n patients"
  admin "drop database if exists $db" && admin "drop role if exists $db"
  admin "create role $db login password '$db'" && admin "create database $db owner $db"
  start_app
  start=$(date +%s)
  sql -q -v n="$n" -f bench/seed.sql
  sed -n '/^update patient set/,/;$/p' src/main/resources/db/migration/V51__patient_search_keys.sql \
    | sed 's/;$/ where mrn_key is null;/' | sql -q
  # vacuum too: otherwise autovacuum works through the freshly seeded tables during the measurements
  sql -q -c "vacuum analyze patient, treatment_course, administration, adverse_event, flag"
  echo "seeded in $(( $(date +%s) - start )) s: $(sql -c "select count(*) from patient") patients, $(sql -c "select count(*) from administration") doses, $(sql -c "select count(*) from adverse_event") side effects, $(sql -c "select count(*) from flag") flags"
  stop_app; start_app  # a fresh JVM per size, caches empty
  nurse=$(cookie_of nurse); physician=$(cookie_of physician)
  [ -n "$nurse" ] && [ -n "$physician" ] || { echo "form login failed"; exit 1; }
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  patient=$(sql -c "select id from patient where mrn = 'B0000007'")
  course=$(sql -c "select id from treatment_course where patient_id = $patient")
  running=$(sql -c "select string_agg(c.id::text, ',') from treatment_course c where c.start_date = current_date - 3")
  cat > "$work/dose.lua" <<LUA
local courses = { $running }
local n = 0
request = function()
  n = n + 1
  local course = courses[(n % #courses) + 1]
  local at = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local body = '{"administeredAt":"' .. at .. '","route":"IV_INFUSION","status":"GIVEN","volumeMl":30,' ..
    '"lotNumber":"L-WRK","diluent":"NaCl 0.9%","diluentVolumeMl":100,"infusionMinutes":30}'
  local headers = { ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "wrk-" .. os.time() .. "-" .. math.random(1e9) .. "-" .. n }
  for k, v in pairs(wrk.headers) do headers[k] = v end
  return wrk.format("POST", "/api/courses/" .. course .. "/administrations", headers, body)
end
LUA
  measure "$n" "reference: GET /patients/new (authenticated, no data)" /patients/new "$physician"
  measure "$n" "GET /patients" /patients "$physician"
  measure "$n" "GET /patients?q=Sørensen-Ünal (family name, 20 patients)" "/patients?q=S%C3%B8rensen-%C3%9Cnal" "$physician"
  measure "$n" "GET /patients?q=rensen-un (part of a name, no accents, 20 patients)" "/patients?q=rensen-un" "$physician"
  measure "$n" "GET /patients?q=b00000 (MRN prefix, 99 patients)" "/patients?q=b00000" "$physician"
  measure "$n" "GET /patients?q=<MRN exact>" "/patients?q=B0000007" "$physician"
  measure "$n" "GET /patients/{id}" "/patients/$patient" "$physician"
  measure "$n" "GET /courses" /courses "$physician"
  measure "$n" "GET /courses/{id}" "/courses/$course" "$physician"
  measure "$n" "GET /flags" /flags "$physician"
  measure "$n" "GET /reports" /reports "$physician"
  measure "$n" "API reference: GET /api/patients/{id}" "/api/patients/$patient" basic:nurse
  measure "$n" "GET /api/patients?q=sorensen (20 patients)" "/api/patients?q=sorensen" basic:nurse
  measure "$n" "GET /api/courses/{id}" "/api/courses/$course" basic:nurse
  measure "$n" "GET /api/courses?patientId={id}" "/api/courses?patientId=$patient" basic:nurse
  measure "$n" "GET /api/flags?courseId={id}" "/api/flags?courseId=$course" basic:nurse
  measure "$n" "POST /api/courses/{id}/administrations (dose)" /api/courses/1/administrations basic:nurse "$work/dose.lua"
  measure "$n" "GET /worklist (40 courses due)" /worklist "$nurse"
  rss=$(ps -o rss= -p "$app_pid" | tr -d ' ')
  printf '%s\tidle RSS after the run (MB)\t-\t%s\t\t\t\n' "$n" "$((rss / 1024))" >> "$work/rows.tsv"
  printf '%s\tload average (1 min) at start / end of the measurements\t-\t%s / %s\t\t\t\n' "$n" "$load_before" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$work/rows.tsv"
  stop_app
done

mkdir -p "$out_dir"
cp "$work/rows.tsv" "$out_dir/scale-results.tsv"
python3 bench/scale-report.py "$out_dir/scale-results.tsv" "$seconds" "$connections" > "$out"
cat "$out"
