#!/usr/bin/env python3
"""feeds.py - how long GET /feeds/comments.atom takes on a big site.

The site-wide comments feed shows the newest 50 visible comments. Up to
schema 7 charla found them by loading every published thread of the
site; since schema 8 one query reads them through comments_newest, a
partial index of the visible comments by (created, id). This fills a
SQLite database (and, with --pg, a schema of that PostgreSQL database)
with the site of bench/queue.py, whose fill it reuses: COMMENTS
published comments over ARTICLES articles (--per-article comments
each, the newest at the end) and HELD held ones spread through them,
then times anonymous GETs of the feed through a running `charla
serve`, one connection, after one unmeasured GET:

  before  BEFORE_CHARLA (a build from before the change) on schema 7:
          the index dropped and the schema version set back to 7
  after   $CHARLA on schema 8: the index built again (timed: the cost
          of the migration on that table) and the version set to 8

Same database and the same rows for both; each of ROUNDS rounds times
before, then after, so the machine's noise falls on both alike. Where
both answer 200 they must answer the same bytes (checked), 50 entries;
the build before answers 503 once the site's threads outgrow a
request's memory (32 MiB; some 45,000 short comments), and then the time to
that answer is what is shown. Prints a Markdown table. Not part of
`make test`.

With --spread the comments are dated so that the newest 50 are each in
a different article (comment k of every article newer than comment
k - 1 of any), the most threads the feed ever loads.

    bench/feeds.py --before BEFORE_CHARLA [--comments N] [--per-article N]
                   [--held N] [--spread] [--runs N] [--rounds N]
                   [--pg URL]
"""
import argparse
import http.client
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ beside queue.py
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "bench_queue", os.path.join(HERE, "queue.py"))
bq = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bq)

FEED = "/feeds/comments.atom"
INDEX = "comments_newest"
NEW_INDEX = ("CREATE INDEX comments_newest ON comments(created, id) "
             "WHERE status = 0")
TO_BEFORE = ("DROP INDEX IF EXISTS comments_newest; "
             "UPDATE schema_version SET version = 7")
TO_AFTER = NEW_INDEX + "; UPDATE schema_version SET version = 8"
# --spread: comment k of every article is newer than comment k - 1 of
# every other, so the newest 50 are each in a different article
SPREAD = "UPDATE comments SET created = 1500000000 + seq * 100000 + article_id"


def timed(c, runs):
    """Milliseconds of each of `runs` GETs of the feed after one
    unmeasured GET, the last answer's status and body. Unlike
    bench/queue.py's timed, an answer other than 200 is timed too: the
    build before the change answers 503 once the threads it loads
    outgrow a request's memory."""
    out = []
    for k in range(runs + 1):
        t = time.perf_counter()
        c.request("GET", FEED)
        r = c.getresponse()
        body = r.read()
        if k:
            out.append((time.perf_counter() - t) * 1000)
    return out, r.status, body


def measure(db, charla, runs):
    """The timed GETs of the feed through charla, its status and body."""
    srv = bq.Server(db, charla)
    try:
        c = http.client.HTTPConnection("127.0.0.1", srv.port)
        ms, status, body = timed(c, runs)
        c.close()
    finally:
        srv.stop()
    if status == 200 and body.count(b"<entry>") != 50:
        sys.exit("%s: %d entries, not 50" % (charla, body.count(b"<entry>")))
    return ms, status, body


def rounds(name, db, swap, args):
    """Rounds of before and after on one database: lines of the table
    and the index build times (seconds)."""
    times = {"before": [], "after": []}
    status = {"before": set(), "after": set()}
    builds = []
    for _ in range(args.rounds):
        swap(TO_BEFORE)
        before, st_before, body_before = measure(db, args.before, args.runs)
        t = time.perf_counter()
        swap(TO_AFTER)
        builds.append(time.perf_counter() - t)
        after, st_after, body_after = measure(db, bq.CHARLA, args.runs)
        if st_after != 200:
            sys.exit("%s: this build answers %d" % (name, st_after))
        if st_before == 200 and body_before != body_after:
            sys.exit("%s: the two builds answer different feeds" % name)
        times["before"].append(before)
        times["after"].append(after)
        status["before"].add(st_before)
        status["after"].add(st_after)
    lines = []
    for label in ("before", "after"):
        med = " / ".join("%.1f" % statistics.median(r) for r in times[label])
        p90 = " / ".join("%.1f" % statistics.quantiles(r, n=10)[8]
                         for r in times[label])
        st = " ".join(str(x) for x in sorted(status[label]))
        lines.append("| %s | %s | %s | %s | %s |" % (name, label, st, med,
                                                     p90))
    return lines, builds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, help="a charla binary "
                    "from before the change (schema 7)")
    ap.add_argument("--comments", type=int, default=200000)
    ap.add_argument("--per-article", type=int, default=100)
    ap.add_argument("--held", type=int, default=50)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--spread", action="store_true", help="date the "
                    "comments so that the newest 50 are in 50 articles")
    ap.add_argument("--pg", default="", help="a postgres:// URL: also "
                    "measure there, in a new schema of that database")
    args = ap.parse_args()
    bq.PER_ARTICLE = args.per_article
    articles = bq.shape(args.comments, args.held)["articles"]
    tmp = tempfile.mkdtemp(prefix="charla-feeds-")
    lines, notes = [], []
    try:
        db = os.path.join(tmp, "feeds.db")
        bq.cli("user", "add", "bench", "--role", "moderator", "--db", db,
               stdin=bq.PASSWORD + "\n")
        t = time.perf_counter()
        bq.fill_sqlite(db, args.comments, args.held)
        if args.spread:
            bq.sqlite_exec(db, SPREAD)
        notes.append("SQLite filled in %.1f s" % (time.perf_counter() - t))
        out, builds = rounds("SQLite", db,
                             lambda sql: bq.sqlite_exec(db, sql), args)
        lines += out
        notes.append("SQLite: %s built in %s s" % (
            INDEX, " / ".join("%.2f" % b for b in builds)))
        if args.pg:
            with bq.pg_schema(args.pg) as url:
                t = time.perf_counter()
                bq.fill_pg(url, args.comments, args.held)
                if args.spread:
                    bq.psql(url, SPREAD)
                    bq.psql(url, "VACUUM FULL comments")
                    bq.psql(url, "ANALYZE")
                notes.append("PostgreSQL filled in %.1f s" %
                             (time.perf_counter() - t))
                out, builds = rounds(
                    "PostgreSQL", url,
                    lambda sql: bq.psql(url, sql + "; ANALYZE comments"),
                    args)
                lines += out
                notes.append("PostgreSQL: %s built (and the table "
                             "analyzed) in %s s" % (
                                 INDEX, " / ".join("%.2f" % b
                                                   for b in builds)))
    finally:
        shutil.rmtree(tmp)
    print("%d published comments over %d articles, %d held%s; %d rounds "
          "of %d timed GETs of %s per build, one connection, after one "
          "unmeasured GET" % (args.comments, articles, args.held,
                              ", the newest 50 in 50 articles"
                              if args.spread else "", args.rounds,
                              args.runs, FEED))
    print()
    print("| store | build | status | median ms, each round | "
          "p90 ms, each round |")
    print("|---|---|---|---:|---:|")
    for line in lines:
        print(line)
    print()
    for n in notes:
        print(n)


if __name__ == "__main__":
    main()
