#!/usr/bin/env python3
"""report.py - turns the rows of bench/run.sh into the results table,
with every charla row as a ratio to nginx serving the same bytes."""
import os
import platform
import subprocess
import sys

before, after, rows_w1, rss_kb, dur, conn = sys.argv[1:7]
rows = [r.split() for r in sys.argv[7:]]


def field(row, key):
    for f in row[2:]:
        if f.startswith(key + "="):
            return f.split("=", 1)[1]
    return "?"


nginx_rps = float(rows[0][1])
cpu = "unknown"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
except OSError:
    pass
names = {"N0": "nginx: the thread page as a static file",
         "R1": "charla: read the 200-comment thread page",
         "R2": "charla: read the front page",
         "E1": "charla: the embed thread JSON, 200 comments",
         "F1": "charla: the comments feed, newest 50 in a 2,000 thread",
         "W1": "charla: post unique comments",
         "W2": "charla: 95 % reads, 5 % posts"}
print("# charla benchmark\n")
print("Machine: %s, %d cores, %s; wrk -t2 -c%s, %s s per row, loopback.\n" % (
    cpu, os.cpu_count(), platform.platform(), conn, dur))
print("| row | what | requests/s | vs nginx | 2xx | other | p50 ms | p99 ms |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for r in rows:
    rps = float(r[1])
    print("| %s | %s | %.0f | %.2f× | %s | %s | %s | %s |" % (
        r[0], names.get(r[0], r[0]), rps, rps / nginx_rps, field(r, "ok"),
        field(r, "other"), field(r, "p50_ms"), field(r, "p99_ms")))
stored = int(after) - int(before)
posted = sum(int(field(r, "ok")) for r in rows if r[0] == "W1")
# wrk stops counting at the end of the run while up to one request per
# connection is still in flight: those are stored (they were accepted) but
# their answers are not counted. So 2xx <= rows <= 2xx + connections.
ok = posted <= int(rows_w1) <= posted + int(conn)
print("\nW1: %d posts answered 2xx, %s rows stored in its article: %s "
      "(every 2xx is stored; the rest are the at most %s posts in flight "
      "when wrk stopped counting). Rows stored during W1 and W2 together: "
      "%d." % (posted, rows_w1, "consistent" if ok else "INCONSISTENT", conn,
               stored))
print("Peak RSS of charla: %.1f MB." % (int(rss_kb) / 1024))
