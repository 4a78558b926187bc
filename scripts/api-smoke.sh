#!/usr/bin/env bash
# An API journey against a running Course Tracker (demo accounts): register a patient, prescribe a
# course, log a dose and a side effect, read the course back, list flags, export a report.
# Usage: scripts/api-smoke.sh http://127.0.0.1:8080
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
today=$(date -u +%F)
now=$(date -u +%FT%H:%M:%SZ)
mrn="SMOKE-$(date +%s%N)"
fail() { echo "api-smoke: FAILED: $*" >&2; exit 1; }

call() { # method path user body -> prints body, checks status
  local method=$1 path=$2 user=$3 body=${4:-} expect=${5:-200} out status
  out=$(mktemp)
  status=$(curl -s -o "$out" -w '%{http_code}' -X "$method" -u "$user:$user-demo" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    ${body:+--data "$body"} "$base$path")
  [ "$status" = "$expect" ] || fail "$method $path as $user: expected $expect, got $status: $(cat "$out")"
  cat "$out"; rm -f "$out"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

patient=$(call POST /api/patients nurse "{\"mrn\":\"$mrn\",\"givenName\":\"Smoke\",\"familyName\":\"Test\",\"birthDate\":\"1960-01-01\",\"sex\":\"FEMALE\",\"weightKg\":70}" 201)
patient_id=$(echo "$patient" | field "['id']")
course=$(call POST /api/courses physician "{\"patientId\":$patient_id,\"drug\":\"cerebrolysin\",\"indication\":\"Acute ischemic stroke\",\"route\":\"IV_INFUSION\",\"dailyVolumeMl\":30,\"startDate\":\"$today\",\"lengthDays\":21,\"schedule\":\"DAILY\"}" 201)
course_id=$(echo "$course" | field "['id']")
call POST "/api/courses/$course_id/administrations" nurse "{\"administeredAt\":\"$now\",\"route\":\"IV_INFUSION\",\"volumeMl\":30,\"status\":\"GIVEN\",\"lotNumber\":\"L-SMOKE\",\"diluent\":\"NaCl 0.9%\",\"diluentVolumeMl\":100,\"infusionMinutes\":20}" 201 >/dev/null
call POST "/api/courses/$course_id/adverse-events" nurse "{\"observedOn\":\"$today\",\"term\":\"Headache\",\"grade\":1,\"serious\":false,\"seriousCriteria\":[],\"action\":\"NONE\",\"outcome\":\"NOT_RECOVERED\",\"causality\":\"POSSIBLE\"}" 201 >/dev/null
read_back=$(call GET "/api/courses/$course_id" physician)
[ "$(echo "$read_back" | field "['administrations'][0]['lotNumber']")" = "L-SMOKE" ] || fail "dose not read back"
[ "$(echo "$read_back" | field "['adverseEvents'][0]['term']")" = "Headache" ] || fail "side effect not read back"
call GET "/api/flags?courseId=$course_id" nurse >/dev/null
csv=$(call GET "/api/reports/adverse-events?from=$today&to=$today&format=csv&patientId=$patient_id" physician)
echo "$csv" | grep -q "Headache" || fail "report lacks the side effect"
call GET /api/patients/$patient_id admin "" 403 >/dev/null
echo "api-smoke: OK (patient $patient_id, course $course_id)"
