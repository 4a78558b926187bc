#!/usr/bin/env python3
"""Turns bench/scale-results.tsv (size, endpoint, status, req/s, p50, p99, errors) into a Markdown table.

On a shared 2-core machine absolute latencies move with the load of the moment, so each endpoint is
also given relative to the reference measured in the same run (a trivial authenticated page for
pages, a one-row API read for the API): "rel" = p50 / reference p50. The target compares rel at
the largest size with rel at the smallest ("growth"); 1.00 means no slower relative to the reference.
"""
import collections
import sys

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
seconds, connections = sys.argv[2], sys.argv[3]
sizes = sorted({int(r[0]) for r in rows})
by = collections.OrderedDict()
for r in rows:
    by.setdefault(r[1], {})[int(r[0])] = r
PAGE_REF = next(l for l in by if l.startswith("reference:"))
API_REF = next(l for l in by if l.startswith("API reference:"))


def ref(label):
    return API_REF if "/api/" in label else PAGE_REF


print(f"wrk -t1 -c{connections} -d{seconds}s per endpoint after a 2 s warm-up; latencies in ms; rel = p50 / p50 of the "
      "reference in the same run; growth = rel at the largest size / rel at the smallest.\n")
print("| endpoint | " + " | ".join(f"{n:,}: req/s | p50 | p99 | rel" for n in sizes) + " | growth |")
print("|---|" + "---:|---:|---:|---:|" * len(sizes) + "---:|")
for label, per in by.items():
    cells, rels = [], []
    for n in sizes:
        r = per.get(n)
        if not r or not r[4]:
            cells += [r[3] if r else "", "", "", ""]
            continue
        base = by[ref(label)].get(n)
        rel = float(r[4]) / float(base[4]) if base and float(base[4]) else None
        rels.append(rel)
        errors = f" ({r[6]} non-2xx)" if r[6] not in ("0", "") else ""
        cells += [r[3] + errors, r[4], r[5], f"{rel:.2f}" if rel else ""]
    growth = f"{rels[-1] / rels[0]:.2f}" if len(rels) > 1 and rels[0] else ""
    print(f"| {label} | " + " | ".join(cells) + f" | {growth} |")
