#!/usr/bin/env python3
"""Checks a running Course Tracker cluster (two instances behind a balancer, one PostgreSQL).

Run by .ci/run after it started the cluster; runnable by hand against the same topology:

  bench/cluster-check.py --balancer http://127.0.0.1:18150 \
      --instance http://127.0.0.1:18151 --instance http://127.0.0.1:18152 \
      --kill-pid <pid of the second instance> --log app1.log --log app2.log \
      --db postgresql://tracker_ci:tracker_ci@127.0.0.1:5432/tracker_ci --period 5

Each check prints PASS or FAIL; the exit status is 1 if any failed. It signs in with the demo
accounts (and creates a few of its own), so run it against a cluster started with TRACKER_DEMO=true,
never against production; the instances need TRACKER_PROXY_FORWARDING=true behind the balancer.
The SIGKILL check comes last: it ends the instance given by --kill-pid (started by the caller).
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import uuid

FAILURES = []


def check(name, ok, detail=""):
    print(("PASS " if ok else "FAIL ") + name + (": " + str(detail) if detail != "" else ""), flush=True)
    if not ok:
        FAILURES.append(name)


class Http:
    """One request per connection, so the balancer picks a server for every request."""

    def __init__(self, base, source=None):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.source = (source, 0) if source else None

    def request(self, method, path, body=None, headers=None, timeout=30):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout, source_address=self.source)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read().decode("utf-8", "replace"), \
                r.headers.get_all("Set-Cookie") or []
        finally:
            conn.close()


def basic(user):
    import base64
    return "Basic " + base64.b64encode(f"{user}:{user}-demo".encode()).decode()


def api(http, method, path, user, body=None, key=None):
    headers = {"Authorization": basic(user), "Accept": "application/json", "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    status, hdrs, text, _ = http.request(method, path, json.dumps(body) if body is not None else None, headers)
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = text
    return status, data, hdrs.get("x-served-by", "")


def cookies_of(set_cookies, jar):
    for c in set_cookies:
        name, _, rest = c.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def login(http, user):
    jar = {}
    _, _, text, sc = http.request("GET", "/login")
    cookies_of(sc, jar)
    # the login form carries a CSRF token bound to the pre-login session (login CSRF)
    token = re.search(r'name="csrf-token" value="([^"]+)"', text)
    form = urllib.parse.urlencode({"j_username": user, "j_password": user + "-demo",
                                   "csrf-token": token.group(1) if token else ""})
    status, hdrs, _, sc = http.request("POST", "/j_security_check", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header(jar)})
    cookies_of(sc, jar)
    if status != 302 or "error" in hdrs.get("location", "") or not ({"tracker-session", "__Host-tracker-session"} & set(jar)):
        raise SystemExit(f"login as {user} failed: {status} {hdrs.get('location')}")
    return jar


def page(http, path, jar):
    status, hdrs, text, sc = http.request("GET", path, headers={"Cookie": cookie_header(jar)})
    return status, hdrs, text, sc


def psql(db, sql):
    out = subprocess.run(["psql", db, "-AtX", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def new_course(http, start, tag):
    status, patient, _ = api(http, "POST", "/api/patients", "nurse", {
        "mrn": f"CL-{tag}-{uuid.uuid4().hex[:10]}", "givenName": "Cluster", "familyName": tag,
        "birthDate": "1960-01-01", "sex": "FEMALE", "weightKg": 70})
    assert status == 201, (status, patient)
    status, course, _ = api(http, "POST", "/api/courses", "physician", {
        "patientId": patient["id"], "drug": "cerebrolysin", "indication": "Acute ischemic stroke",
        "route": "IV_INFUSION", "dailyVolumeMl": 30, "startDate": start.isoformat(), "lengthDays": 10,
        "schedule": "DAILY"})
    assert status == 201, (status, course)
    return course["id"]


def dose(at, volume=30, lot=None, diluent=100, minutes=30):
    return {"administeredAt": at, "route": "IV_INFUSION", "status": "GIVEN", "volumeMl": volume,
            "diluent": "NaCl 0.9%", "diluentVolumeMl": diluent, "infusionMinutes": minutes,
            "lotNumber": lot or ("L-" + uuid.uuid4().hex[:8])}


def session_checks(args, bal, inst):
    jar = login(inst[0], "nurse")
    status, _, _, _ = page(inst[1], "/patients", jar)
    check("a session started on instance 1 works on instance 2", status == 200, status)
    served = set()
    for _ in range(6):
        status, hdrs, _, _ = page(bal, "/patients", jar)
        served.add((status, hdrs.get("x-served-by", "")))
    check("the same session works through the balancer on both servers",
          {s for s, _ in served} == {200} and len({n for _, n in served}) == 2, served)

    # Logout on instance 2 must end the session on instance 1 as well.
    status, _, text, sc = page(inst[1], "/patients", jar)
    cookies_of(sc, jar)
    token = re.search(r'name="csrf-token" value="([^"]+)"', text)
    old = dict(jar)
    form = urllib.parse.urlencode({"csrf-token": token.group(1) if token else ""})
    status, hdrs, _, _ = inst[1].request("POST", "/logout", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header(jar)})
    check("logout answers with the login page", status == 303 and "/login" in hdrs.get("location", ""),
          (status, hdrs.get("location")))
    started = time.monotonic()
    for i, http in enumerate(inst, 1):
        while True:  # instances re-read the account's session epoch every few seconds (tracker.session.recheck)
            status, hdrs, _, _ = page(http, "/patients", old)
            refused = status in (302, 303, 401) and "/login" in hdrs.get("location", "/login")
            if refused or time.monotonic() - started > args.revocation_seconds:
                break
            time.sleep(0.25)
        check(f"after logout on instance 2 the old session cookie is refused on instance {i} "
              f"(within {time.monotonic() - started:.1f} s)", refused, (status, hdrs.get("location")))


def form_login(http, user, password, headers=None):
    """The login form's answer: the Location it redirects to ('error' in it when refused)."""
    jar = {}
    _, _, text, sc = http.request("GET", "/login", headers=headers)
    cookies_of(sc, jar)
    token = re.search(r'name="csrf-token" value="([^"]+)"', text)
    form = urllib.parse.urlencode({"j_username": user, "j_password": password,
                                   "csrf-token": token.group(1) if token else ""})
    _, hdrs, _, _ = http.request("POST", "/j_security_check", form, dict(headers or {}, **{
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header(jar)}))
    return hdrs.get("location", "")


def throttle_per_client(args):
    """Behind the balancer the instances must see each client's own address (X-Forwarded-For set by
    the balancer, believed from it only): one client's wrong passwords must not lock out another."""
    user, password = "throttle-" + uuid.uuid4().hex[:8], "violet-lantern-harbour-" + uuid.uuid4().hex[:6]
    status, body, _ = api(Http(args.balancer), "POST", "/api/users", "admin",
                          {"username": user, "password": password, "role": "NURSE"})
    assert status == 201, (status, body)
    attacker, other = Http(args.balancer, "127.0.0.80"), Http(args.balancer, "127.0.0.81")
    for i in range(7):
        form_login(attacker, user, f"wrong-{i}")
    refused = form_login(attacker, user, password)
    check("after 7 wrong passwords the same client is slowed down, even with the right one",
          "error" in refused, refused)
    forged = form_login(attacker, user, password, {"X-Forwarded-For": "203.0.113.9"})
    check("a forged X-Forwarded-For through the balancer does not escape the slow-down", "error" in forged, forged)
    signed_in = form_login(other, user, password)
    check("another client signs in to the same account through the balancer at once",
          signed_in != "" and "error" not in signed_in, signed_in)


def identical_doses(bal, db, today):
    course = new_course(bal, today, "Same")
    key = "cluster-same-" + uuid.uuid4().hex
    body = dose(datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat())
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda _: api(bal, "POST", f"/api/courses/{course}/administrations", "nurse", body, key),
                                range(20)))
    statuses = sorted(s for s, _, _ in results)
    ids = {d.get("id") for s, d, _ in results if isinstance(d, dict)}
    servers = {srv for _, _, srv in results}
    check("20 identical submissions over both instances: one 201, nineteen 200 naming one record",
          statuses == [200] * 19 + [201] and len(ids) == 1, (statuses, ids))
    check("the identical submissions were spread over both instances", len(servers) == 2, servers)
    stored = psql(db, f"select count(*) from administration where course_id = {course}")[0][0]
    check("20 identical submissions stored one administration", stored == "1", stored)


def different_doses(bal, db, today):
    start = today - datetime.timedelta(days=6)
    raced, queued = new_course(bal, start, "Race"), new_course(bal, start, "Queue")
    doses, i = [], 0
    for day, count in enumerate([1, 2, 3, 4, 5, 5]):
        for k in range(count):
            at = datetime.datetime.combine(start + datetime.timedelta(days=day), datetime.time(8, 0),
                                           datetime.timezone.utc) + datetime.timedelta(minutes=37 * k)
            doses.append(dose(at.isoformat(), 30 if i == 0 else 60 if i % 7 == 3 else 10, f"RACE-{i}",
                              20 if i % 5 == 2 else 100, 5 if i % 6 == 4 else 30))
            i += 1
    post = lambda c, d: api(bal, "POST", f"/api/courses/{c}/administrations", "nurse", d, str(uuid.uuid4()))
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        raced_status = list(pool.map(lambda d: post(raced, d)[0], doses))
    queued_status = [post(queued, d)[0] for d in doses]
    check("20 different doses at once over both instances are all stored (201)",
          raced_status == [201] * 20 and queued_status == [201] * 20, (raced_status, queued_status))
    check("20 different doses at once raise the same standing flags as one by one",
          standing_flags(db, raced) == standing_flags(db, queued) and len(standing_flags(db, raced)) > 5,
          f"{len(standing_flags(db, raced))} raced, {len(standing_flags(db, queued))} one by one; "
          f"codes {sorted({f.split('|')[0] for f in standing_flags(db, raced)})}")


def standing_flags(db, course):
    lots = dict(psql(db, f"select id, lot_number from administration where course_id = {course}"))
    rows = psql(db, f"select code, cause_key, status, course_day, message from flag "
                    f"where course_id = {course} and status <> 'RESOLVED'")
    norm = lambda key: re.sub(r"adm:(\d+)", lambda m: "adm:" + lots.get(m.group(1), "?"), key)
    return sorted("|".join([r[0], norm(r[1]), r[2], r[3], r[4]]) for r in rows)


def kill_mid_stream(args, bal, db, today):
    course = new_course(bal, today, "Kill")
    acknowledged, failures_after_kill, killed_at = [], 0, None
    started = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for n in range(args.stream):
        if n == args.stream // 3:
            os.kill(args.kill_pid, signal.SIGKILL)
            killed_at = time.monotonic()
        key, body = f"kill-{course}-{n}", dose((started + datetime.timedelta(seconds=n)).isoformat(), 1, f"KILL-{n}")
        for attempt in range(20):  # a client retries an unanswered submission with the same key
            try:
                status, data, _ = api(bal, "POST", f"/api/courses/{course}/administrations", "nurse", body, key)
            except (OSError, http.client.HTTPException):
                status = 0
            if status in (200, 201):
                acknowledged.append(f"KILL-{n}")
                break
            failures_after_kill += 1 if killed_at else 0
            time.sleep(0.25)
    stored = [r[0] for r in psql(db, f"select lot_number from administration where course_id = {course}")]
    check("SIGKILL of one instance mid-stream: every acknowledged dose is stored, once",
          sorted(stored) == sorted(acknowledged) and len(acknowledged) == args.stream,
          f"acknowledged {len(acknowledged)}/{args.stream}, stored {len(stored)}")
    check("the other instance kept serving (at most a few refused attempts during the switch-over)",
          failures_after_kill <= 10, f"{failures_after_kill} failed attempts")
    status, _, _ = api(bal, "GET", f"/api/courses/{course}", "physician")
    check("after the kill the balancer still answers", status == 200, status)


def scheduled_check(args, db, since):
    rows = psql(db, "select period_start, instance from job_run where job = 'missed-dose-check' "
                    f"and started_at >= '{since.isoformat()}' order by period_start")
    ran, left = [], []
    for log in args.log:
        with open(log, encoding="utf-8", errors="replace") as f:
            text = f.read()
        ran += re.findall(r"Missed-dose check of period (\S+) ran on", text)
        left += re.findall(r"Missed-dose check of period (\S+) left to the instance", text)
    periods = [r[0] for r in rows]
    expected = (time.time() - since.timestamp()) / args.period
    check("the scheduled missed-dose check ran once per period across both instances",
          len(set(ran)) == len(ran) and len(periods) >= 0.7 * expected - 2,
          f"{len(periods)} periods recorded, {len(ran)} runs logged ({len(set(ran))} distinct), "
          f"~{expected:.0f} periods elapsed")
    check("both instances fired the check; the one that came second left the period to the first",
          len(left) > 0 and set(left) <= set(ran), f"{len(left)} left, not run: {sorted(set(left) - set(ran))}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--balancer", required=True)
    p.add_argument("--instance", action="append", required=True)
    p.add_argument("--kill-pid", type=int, required=True)
    p.add_argument("--log", action="append", default=[])
    p.add_argument("--db", required=True)
    p.add_argument("--period", type=float, default=5, help="the instances' TRACKER_MISSED_DOSE_EVERY in seconds")
    p.add_argument("--stream", type=int, default=60, help="doses in the SIGKILL stream")
    p.add_argument("--revocation-seconds", type=float, default=5,
                   help="how long a logout may take to reach all (the app re-reads the epoch every 3 s)")
    args = p.parse_args()
    bal, inst = Http(args.balancer), [Http(u) for u in args.instance]
    since = datetime.datetime.now(datetime.timezone.utc)
    today = datetime.datetime.now(datetime.timezone.utc).date()

    session_checks(args, bal, inst)
    throttle_per_client(args)
    identical_doses(bal, args.db, today)
    different_doses(bal, args.db, today)
    wait = since.timestamp() + 6 * args.period - time.time()
    if wait > 0:
        time.sleep(wait)  # let the scheduled check run a few periods on both instances
    scheduled_check(args, args.db, since)
    kill_mid_stream(args, bal, args.db, today)
    print(f"cluster-check: {'FAILED: ' + ', '.join(FAILURES) if FAILURES else 'OK'}")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
