#!/usr/bin/env python3
"""queue.py - how long a moderator waits for the queue on a big site.

A site holds a million published comments and a few dozen waiting for a
decision. This fills a SQLite database (and, with --pg, a PostgreSQL
schema) with COMMENTS published comments over 500-comment articles and
HELD held ones spread through them, then times the first page of
/admin/queue (HTML) and of GET /api/v1/mod/queue?limit=50 (JSON) through
a running `charla serve`, as a logged-in moderator, twice:

  before  the indexes of schema 4: comments_status(status, created), the
          queue's query walking every published comment
  after   the indexes of schema 5: the partial index comments_queue over
          the rows the queue can show (what the migration builds)

Both runs use the same database and the same charla; only the index
differs (dropped and created between the runs with charla stopped). On
schema 4's index the new query plans as the old one did: every
published comment through comments_status, then a sort. The
time the "after" index takes to build is printed too: it is the cost of
the migration on that table. Prints a Markdown table. Not part of
`make test` (it writes a million rows a store).

With --versus OTHER_CHARLA it compares two builds instead, on schema 5's
index: ROUNDS rounds, each timing OTHER_CHARLA and then $CHARLA on the
same database, so machine noise falls on both alike. With --pg-log (the
PostgreSQL server's log file, which the bench must be able to read, and
a superuser in the URL) it also counts the statements each page sends:
one more GET of each page with log_statement=all on that connection,
after a warm-up GET (so no statement is being prepared), counting the
log's new "execute"/"statement" lines.

    bench/queue.py [--comments N] [--held N] [--runs N] [--pg URL]
                   [--versus OTHER_CHARLA [--rounds N] [--pg-log FILE]]
"""
import argparse
import contextlib
import http.client
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

CHARLA = os.environ.get("CHARLA", "build/charla")
PASSWORD = "bench-queue-password"
PER_ARTICLE = 500

OLD_INDEX = "CREATE INDEX comments_status ON comments(status, created)"
NEW_INDEX = ("CREATE INDEX comments_queue ON comments(created, id) "
             "WHERE status IN (1, 2) OR (status = 0 AND report_count > 0)")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def cli(*args, stdin=None):
    r = subprocess.run([CHARLA] + list(args), input=stdin, text=True,
                       capture_output=True)
    if r.returncode != 0:
        sys.exit("charla %s: %s" % (" ".join(args), r.stderr))


def shape(comments, held):
    """The articles to make and the spacing of the held comments: row i
    (0-based, comments + held rows in all) is held when i + 1 is one of
    the first `held` multiples of `every`, so they spread through the
    table and the rest, `comments` rows, are published (imported, with
    no reader). A held comment is a reply to the row before it (unless
    it opens its article) by one of seven readers, as in a raid, so a
    page of the queue shows articles, parents, records and reports."""
    every = max(1, comments // max(1, held))
    articles = (comments + held + PER_ARTICLE - 1) // PER_ARTICLE
    held_if = "((i + 1) %% %d = 0 AND (i + 1) / %d <= %d)" % (every, every,
                                                              held)
    return dict(articles=articles, every=every, held=held, per=PER_ARTICLE,
                last=comments + held - 1, held_if=held_if)


def fill_sqlite(db, comments, held):
    f = shape(comments, held)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        con.execute("INSERT OR REPLACE INTO settings VALUES (?, '0')", (k,))
    con.execute(
        "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
        "WHERE i < {articles}) INSERT INTO articles(path, title, published) "
        "SELECT '/archive/' || i || '.html', 'Archive story ' || i, "
        "1500000000 + i * 3600 FROM g".format(**f))
    con.execute(
        "WITH RECURSIVE g(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM g "
        "WHERE i < {last}) INSERT INTO comments(article_id, parent_id, "
        "number, seq, depth, sort_key, status, author_kind, author_hash, "
        "created, body) "
        "SELECT 1 + i / {per}, CASE WHEN {held_if} AND i % {per} <> 0 "
        "THEN i END, i % {per} + 1, i % {per} + 1, 0, "
        "printf('%06d', i % {per} + 1), CASE WHEN {held_if} THEN 2 ELSE 0 "
        "END, CASE WHEN {held_if} THEN 0 ELSE 1 END, CASE WHEN {held_if} "
        "THEN 'reader-' || (i % 7) ELSE '' END, "
        "1500000000 + i, 'Archived reader comment ' || i || ', with a few "
        "words about the case.' FROM g".format(**f))
    con.commit()
    con.close()


def fill_pg(url, comments, held):
    f = shape(comments, held)
    psql(url,
         "INSERT INTO settings VALUES ('raid_comments_per_min', '0'), "
         "('raid_readers_per_min', '0') ON CONFLICT (key) DO UPDATE SET "
         "value = '0';"
         "INSERT INTO articles(path, title, published) SELECT '/archive/' "
         "|| i || '.html', 'Archive story ' || i, 1500000000 + i * 3600 "
         "FROM generate_series(1, {articles}) i;"
         "INSERT INTO comments(article_id, parent_id, number, seq, depth, "
         "sort_key, status, author_kind, author_hash, created, body) SELECT "
         "1 + i / {per}, CASE WHEN {held_if} AND i % {per} <> 0 THEN i END, "
         "(i % {per} + 1)::text, i % {per} + 1, 0, lpad((i % {per} + 1)"
         "::text, 6, '0'), CASE WHEN {held_if} THEN 2 ELSE 0 END, "
         "CASE WHEN {held_if} THEN 0 ELSE 1 END, CASE WHEN {held_if} THEN "
         "'reader-' || (i % 7) ELSE '' END, 1500000000 + i, "
         "'Archived reader comment ' || i || ', with a few words about the "
         "case.' FROM generate_series(0, {last}) i;".format(**f))
    # Each insert updated its article's row (the visible-comment count),
    # a million versions in one transaction: a live site's autovacuum
    # reclaims them as it goes, so the bench does too before it measures
    # (else reading the 2,000 articles for the queue's article filter
    # reads 120 MB of dead rows).
    psql(url, "VACUUM FULL articles")
    psql(url, "ANALYZE")


def psql(url, sql):
    r = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
                        sql], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("psql: %s" % r.stderr)


@contextlib.contextmanager
def pg_schema(server):
    """A schema of its own on the PostgreSQL server, with the bench
    moderator, dropped afterwards: yields the URL that uses it."""
    schema = "bench_queue_%d" % os.getpid()
    psql(server, "CREATE SCHEMA %s" % schema)
    url = "%s%soptions=-csearch_path%%3D%s" % (
        server, "&" if "?" in server else "?", schema)
    try:
        cli("user", "add", "bench", "--role", "moderator", "--db", url,
            stdin=PASSWORD + "\n")
        yield url
    finally:
        psql(server, "DROP SCHEMA %s CASCADE" % schema)


def sqlite_exec(db, sql):
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.close()


class Server:
    def __init__(self, db, charla=CHARLA):
        self.port = free_port()
        env = dict(os.environ, CHARLA_RATE_LIMIT="off")
        self.proc = subprocess.Popen(
            [charla, "serve", "--db", db, "--listen",
             "127.0.0.1:%d" % self.port, "--quiet", "--model", "none"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port)).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        sys.exit("charla serve did not start")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def login(port):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("POST", "/api/v1/session",
              json.dumps({"name": "bench", "password": PASSWORD}),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    r.read()
    if r.status != 200:
        sys.exit("login: %d" % r.status)
    cookie = r.getheader("Set-Cookie").split(";")[0]
    return c, cookie


def timed(c, cookie, path, runs):
    """Milliseconds of each of `runs` GETs of path, after one unmeasured
    GET (the first read of a connection warms its page cache)."""
    out = []
    for k in range(runs + 1):
        t = time.perf_counter()
        c.request("GET", path, headers={"Cookie": cookie})
        r = c.getresponse()
        body = r.read()
        ms = (time.perf_counter() - t) * 1000
        if r.status != 200:
            sys.exit("GET %s: %d %s" % (path, r.status, body[:200]))
        if k:
            out.append(ms)
    return out, body


def measure(db, runs, held, charla=CHARLA):
    srv = Server(db, charla)
    try:
        c, cookie = login(srv.port)
        page, _ = timed(c, cookie, "/admin/queue", runs)
        api, body = timed(c, cookie, "/api/v1/mod/queue?limit=50", runs)
        total = json.loads(body).get("total")
        if total != held:
            sys.exit("the queue holds %s, not %d" % (total, held))
        c.close()
    finally:
        srv.stop()
    return page, api


def row(label, backend, ms):
    q = statistics.quantiles(ms, n=10)
    return "| %s | %s | %.2f | %.2f |" % (label, backend,
                                          statistics.median(ms), q[8])


def run_backend(name, db, runs, held, swap):
    """before, then after; swap(sql) runs SQL on the database."""
    results = []
    swap("DROP INDEX IF EXISTS comments_queue; " + OLD_INDEX)
    results.append(("before", measure(db, runs, held)))
    t = time.perf_counter()
    swap("DROP INDEX comments_status; " + NEW_INDEX)
    build_s = time.perf_counter() - t
    results.append(("after", measure(db, runs, held)))
    lines = []
    for label, (page, api) in results:
        lines.append(row("%s, `/admin/queue`" % label, name, page))
        lines.append(row("%s, `/api/v1/mod/queue?limit=50`" % label, name,
                         api))
    return lines, build_s


PAGES = ("/admin/queue", "/api/v1/mod/queue?limit=50")


def count_statements(url, log, charla):
    """Statements each page sends to PostgreSQL: one GET of each with
    log_statement=all on charla's connections, after a warm-up GET."""
    logged = url + "%20-clog_statement%3Dall"
    srv = Server(logged, charla)
    counts = []
    try:
        c, cookie = login(srv.port)
        for path in PAGES:
            timed(c, cookie, path, 0)  # prepares what the page runs
            time.sleep(0.5)
            start = os.path.getsize(log)
            timed(c, cookie, path, 0)
            time.sleep(0.5)  # the server writes its log asynchronously
            with open(log, "rb") as f:
                f.seek(start)
                lines = f.read().decode("utf-8", "replace").splitlines()
            counts.append(sum(1 for l in lines
                              if "LOG:  execute " in l or
                              "LOG:  statement: " in l))
        c.close()
    finally:
        srv.stop()
    return counts


def versus(name, db, args, other, url=None):
    """Rounds of (other, this) on one database; lines of the table."""
    times = {other: ([], []), CHARLA: ([], [])}
    for _ in range(args.rounds):
        for charla in (other, CHARLA):
            page, api = measure(db, args.runs, args.held, charla)
            times[charla][0].append(statistics.median(page))
            times[charla][1].append(statistics.median(api))
    counts = {}
    if url and args.pg_log:
        for charla in (other, CHARLA):
            counts[charla] = count_statements(url, args.pg_log, charla)
    lines = []
    for k, path in enumerate(PAGES):
        for charla, label in ((other, "other"), (CHARLA, "this")):
            cell = " / ".join("%.1f" % v for v in times[charla][k])
            n = counts.get(charla)
            lines.append("| `%s` | %s | %s build | %s | %s |" % (
                path, name, label, cell, n[k] if n else ""))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--comments", type=int, default=1000000)
    ap.add_argument("--held", type=int, default=50)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--pg", default="", help="a postgres:// URL: also "
                    "measure there, in a new schema of that database")
    ap.add_argument("--versus", default="", help="another charla binary: "
                    "compare the two builds instead of the two indexes")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pg-log", default="", help="with --versus: the "
                    "PostgreSQL server log, to count statements per page")
    args = ap.parse_args()
    if args.versus:
        return main_versus(args)
    tmp = tempfile.mkdtemp(prefix="charla-queue-")
    lines = []
    notes = []
    try:
        db = os.path.join(tmp, "queue.db")
        cli("user", "add", "bench", "--role", "moderator", "--db", db,
            stdin=PASSWORD + "\n")
        t = time.perf_counter()
        fill_sqlite(db, args.comments, args.held)
        notes.append("SQLite filled in %.1f s" % (time.perf_counter() - t))
        out, build_s = run_backend(
            "SQLite", db, args.runs, args.held,
            lambda sql: sqlite_exec(db, sql))
        lines += out
        notes.append("SQLite: comments_queue built in %.2f s" % build_s)
        if args.pg:
            with pg_schema(args.pg) as url:
                t = time.perf_counter()
                fill_pg(url, args.comments, args.held)
                notes.append("PostgreSQL filled in %.1f s" %
                             (time.perf_counter() - t))
                out, build_s = run_backend(
                    "PostgreSQL", url, args.runs, args.held,
                    lambda sql: psql(url, sql + "; ANALYZE comments"))
                lines += out
                notes.append("PostgreSQL: comments_queue built (and the "
                             "table analyzed) in %.2f s" % build_s)
    finally:
        shutil.rmtree(tmp)
    print("%d published comments, %d held; %d timed GETs each, one "
          "connection, after one unmeasured GET" % (args.comments,
                                                      args.held, args.runs))
    print()
    print("| index, page | store | median ms | p90 ms |")
    print("|---|---|---:|---:|")
    for line in lines:
        print(line)
    print()
    for n in notes:
        print(n)


def main_versus(args):
    tmp = tempfile.mkdtemp(prefix="charla-queue-")
    lines = []
    try:
        db = os.path.join(tmp, "queue.db")
        cli("user", "add", "bench", "--role", "moderator", "--db", db,
            stdin=PASSWORD + "\n")
        fill_sqlite(db, args.comments, args.held)
        lines += versus("SQLite", db, args, args.versus)
        if args.pg:
            with pg_schema(args.pg) as url:
                fill_pg(url, args.comments, args.held)
                lines += versus("PostgreSQL", url, args, args.versus, url)
    finally:
        shutil.rmtree(tmp)
    print("%d published comments, %d held; schema 5; %d rounds of %d timed "
          "GETs per build, one connection, after one unmeasured GET; the "
          "other build first in each round" % (args.comments, args.held,
                                                args.rounds, args.runs))
    print()
    print("| page | store | build | median ms, each round | statements |")
    print("|---|---|---|---:|---:|")
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
