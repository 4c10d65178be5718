"""test_scale.py - the PostgreSQL scale-out: `charla migrate` from SQLite,
two charla processes on one database, PostgreSQL stopped and restarted
under a write load, an unreachable database at start, and a streaming
replica for anonymous reads (--db-read), which the embed widget's cached
thread JSON follows without going stale.

These tests need PostgreSQL. They run once, in the SQLite run of
`make test` (run.py), with the test cluster's URL from the environment
(PG_TEST_URL, which scripts/test.sh exports, or CHARLA_TEST_PG); each uses
fresh schemas of that database. The restart and replica tests start a
private cluster of their own with scripts/pg-cluster.sh (stopping the
shared one would disturb nothing, but its directory is not known here),
shared by both and removed at exit. Without a URL, run.py skips them.
"""
import atexit
import json
import os
import secrets
import signal
import sqlite3
import subprocess
import tempfile
import threading
import time

import harness
import test_embed
from harness import Server, check, eq, free_port, pg_admin, pg_url_with_schema
from test_mod import PASSWORD, act, add_user
from test_read import ARTICLE_PATH

CLUSTER = os.path.join(harness.REPO, "scripts", "pg-cluster.sh")


def pg_base():
    return os.environ.get("CHARLA_TEST_PG") or os.environ.get("PG_TEST_URL")


def new_schema(base):
    name = "t_" + secrets.token_hex(6)
    pg_admin(base, "CREATE SCHEMA " + name)
    return name, pg_url_with_schema(base, name)


def drop_schema(base, name):
    try:
        pg_admin(base, "DROP SCHEMA IF EXISTS %s CASCADE" % name)
    except Exception as e:  # a leftover schema is not a failure
        print("note: %s" % e)


def psql(url, sql):
    """Runs fixed SQL and returns its unaligned, tuples-only output."""
    r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v",
                        "ON_ERROR_STOP=1", "-d", url, "-c", sql],
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError("psql %r failed: %s" % (sql, r.stderr))
    return r.stdout.strip()


def thread_of(client, aid):
    return client.get("/api/v1/articles/%d/comments" % aid)


def article_id(client):
    return client.get("/api/v1/articles").json()["articles"][0]["id"]


def wait_until(cond, seconds=20, pause=0.05):
    """Calls cond until it returns something true or seconds have passed;
    returns its last value. A generous deadline: the condition holds at
    once on a quiet machine, and the wait ends as soon as it does."""
    deadline = time.time() + seconds
    while True:
        got = cond()
        if got or time.time() >= deadline:
            return got
        time.sleep(pause)


def login_as(srv, name="Kathi"):
    c = srv.client()
    r = c.post_json("/api/v1/session", {"name": name, "password": PASSWORD})
    eq(r.status, 200, "login")
    c.csrf = r.json()["csrf"]
    return c


# --- the private cluster (restart and replica tests) -------------------

_private = {}


def private_cluster():
    """A cluster of our own: (dir, url). Started once, removed at exit."""
    if "url" not in _private:
        d = tempfile.mkdtemp(prefix="charla-scale-pg.")
        _private["dir"] = d
        atexit.register(lambda: subprocess.run(
            [CLUSTER, "stop", d], capture_output=True, timeout=120))
        r = subprocess.run([CLUSTER, "start", d], capture_output=True,
                           text=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError("private cluster: " + r.stderr)
        _private["url"] = r.stdout.strip()
    return _private["dir"], _private["url"]


def cluster_verb(verb, *args):
    r = subprocess.run([CLUSTER, verb, *args], capture_output=True,
                       text=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError("pg-cluster %s: %s" % (verb, r.stderr))
    return r.stdout.strip()


# --- 1. migrate ---------------------------------------------------------

def test_migrate_sqlite_to_postgres_serves_identical_answers(srv):
    base = pg_base()
    # a bit more than the demo: a reply, a removal, a report, a user
    c = srv.client()
    aid = article_id(c)
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Before the move, see #1.", "parent": "2"})
    eq(r.status, 201, r.text)
    add_user(srv)
    mod = login_as(srv)
    by = {x["number"]: x for x in thread_of(c, aid).json()["comments"]}
    eq(act(mod, by["10"]["id"], "remove", {"reason": "threat"}).status, 200,
       "remove")
    r = srv.client().post_json("/api/v1/comments/%d/report" % by["3"]["id"],
                               {"reason": "spam"})
    check(r.status in (200, 201, 202), r.text)
    # an old path of the article (as a rename leaves one; schema 6)
    con = sqlite3.connect(srv.db)
    con.execute("INSERT INTO former_paths(path, article_id, created) "
                "VALUES ('/2019/05/old.html', ?, 1558000000)", (aid,))
    con.commit()
    con.close()

    name, url = new_schema(base)
    pgsrv = None
    try:
        r = srv.cli("migrate", "--from", "sqlite:" + srv.db, "--to", url)
        eq(r.returncode, 0, r.stderr)
        check("migrated and verified" in r.stdout, r.stdout)
        check("comments" in r.stdout and "ok" in r.stdout, r.stdout)
        pgsrv = Server(srv.charla, import_demo=False, existing_db=url)
        a, b = srv.client(), pgsrv.client()
        for path in ("/api/v1/articles",
                     "/api/v1/articles/%d/comments" % aid, ARTICLE_PATH):
            ra, rb = a.get(path), b.get(path)
            eq(rb.status, 200, path)
            eq(rb.body, ra.body, "the same bytes from both servers: " + path)
        r = b.get("/2019/05/old.html?showComment=1")
        eq(r.status, 301, "the former path came along")
        eq(r.header("Location"), ARTICLE_PATH + "?showComment=1", "to it")
        # the staff account came along; a new comment gets a fresh id
        login_as(pgsrv)
        old_max = max(x["id"] for x in thread_of(b, aid).json()["comments"])
        r = b.post_json("/api/v1/articles/%d/comments" % aid,
                        {"body": "After the move."})
        eq(r.status, 201, r.text)
        check(r.json()["comment"]["id"] > old_max, "sequence moved on")

        # a second migrate into the same database is refused
        r = srv.cli("migrate", "--from", srv.db, "--to", url)
        eq(r.returncode, 1, "second migrate")
        check("not empty" in r.stderr, r.stderr)
    finally:
        if pgsrv:
            pgsrv.stop()
        drop_schema(base, name)


def test_migrate_verify_catches_a_changed_row(srv):
    base = pg_base()
    name, url = new_schema(base)
    try:
        r = srv.cli("migrate", "--from", srv.db, "--to", url)
        eq(r.returncode, 0, r.stderr)
        r = srv.cli("migrate", "--verify", "--from", srv.db, "--to", url)
        eq(r.returncode, 0, r.stderr)
        check("the databases match" in r.stdout, r.stdout)
        # one changed byte in one comment, one extra ban
        psql(url, "UPDATE comments SET body = body || '.' WHERE id = "
                  "(SELECT MAX(id) FROM comments)")
        psql(url, "INSERT INTO bans(author_hash, until, created, actor) "
                  "VALUES ('x', 0, 0, 'test')")
        r = srv.cli("migrate", "--verify", "--from", srv.db, "--to", url)
        eq(r.returncode, 1, "verify after a change")
        check("comments: checksum mismatch" in r.stderr, r.stderr)
        check("bans: 0 rows in the source, 1 in the target" in r.stderr,
              r.stderr)
        check("settings" not in r.stderr, r.stderr)
        # a migrate that fails leaves nothing behind: a bad source
        r = srv.cli("migrate", "--from", srv.dir + "/missing.db", "--to",
                    url)
        eq(r.returncode, 1, "missing source")
        check("cannot read" in r.stderr, r.stderr)
    finally:
        drop_schema(base, name)


# --- 2. two processes ---------------------------------------------------

def test_two_processes_see_each_others_writes(srv):
    base = pg_base()
    one = Server(srv.charla, db_url=base)  # the demo, in a fresh schema
    two = None
    try:
        two = Server(srv.charla, import_demo=False, existing_db=one.db)
        a, b = one.client(), two.client()
        aid = article_id(a)
        eq(thread_of(b, aid).body, thread_of(a, aid).body, "same thread")
        r = a.post_json("/api/v1/articles/%d/comments" % aid,
                        {"body": "Posted through process one."})
        eq(r.status, 201, r.text)
        cid = r.json()["comment"]["id"]
        seen = wait_until(lambda: any(
            x["id"] == cid for x in thread_of(b, aid).json()["comments"]))
        check(seen, "process two shows the comment")
        check("Posted through process one." in b.get(ARTICLE_PATH).text,
              "and on its page")

        # a removal through process two: the tombstone through process one
        add_user(one)
        mod = login_as(two)
        eq(act(mod, cid, "remove", {"reason": "spam"}).status, 200, "remove")

        def status_in_one():
            return {x["id"]: x for x in
                    thread_of(a, aid).json()["comments"]}[cid]["status"]
        wait_until(lambda: status_in_one() == "removed")
        eq(status_in_one(), "removed", "process one shows the tombstone")
        page = a.get(ARTICLE_PATH).text
        check("Posted through process one." not in page, "text gone")
    finally:
        if two:
            two.stop()
        one.stop()


# --- 3. PostgreSQL away and back ----------------------------------------

def test_unreachable_postgres_at_start_is_a_clear_error(srv):
    port = free_port()  # nothing listens there
    r = subprocess.run(
        [srv.charla, "serve", "--db",
         "postgres://charla@127.0.0.1:%d/charla" % port, "--listen",
         "127.0.0.1:%d" % free_port(), "--web",
         os.path.join(harness.REPO, "web")],
        capture_output=True, text=True, timeout=30)
    check(r.returncode != 0, "exit status")
    check("127.0.0.1:%d" % port in r.stderr, r.stderr)
    check("cannot connect to PostgreSQL" in r.stderr, r.stderr)


def test_postgres_restart_under_write_load_loses_nothing(srv):
    pdir, purl = private_cluster()
    one = Server(srv.charla, db_url=purl, extra_args=("--threads", "4"))
    try:
        aid = article_id(one.client())
        results = []  # (status, body, retry_after, message)
        lock = threading.Lock()
        stop = threading.Event()

        def writer(w):
            c = one.client()
            i = 0
            while not stop.is_set():
                body = "load %d.%d" % (w, i)
                i += 1
                try:
                    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                                    {"body": body})
                    row = (r.status, body, r.header("Retry-After"), r.body)
                except OSError as e:
                    row = (0, body, None, str(e).encode())
                with lock:
                    results.append(row)
                if row[0] != 201:
                    time.sleep(0.05)

        def since(k, status):
            with lock:
                return [r for r in results[k:] if r[0] == status]

        def last_ok(n):
            with lock:
                tail = results[-n:]
            return len(tail) == n and all(r[0] in (201, 202) for r in tail)

        threads = [threading.Thread(target=writer, args=(w,))
                   for w in range(3)]
        for t in threads:
            t.start()
        try:
            # writes going through, then PostgreSQL goes away until the
            # writers have been told so, then it comes back until the last
            # posts of the writers have gone through again (each wait ends
            # as soon as it can; a slow machine gets the time it needs)
            wait_until(lambda: len(since(0, 201)) >= 3)
            time.sleep(0.5)
            cluster_verb("stop-server", pdir)
            with lock:
                at_stop = len(results)
            wait_until(lambda: len(since(at_stop, 503)) >= 3, 30)
            down = since(0, 503)
            cluster_verb("start-server", pdir)
            with lock:
                at_start = len(results)
            wait_until(lambda: len(since(at_start, 201)) >= 6 and
                       last_ok(6), 60)
        finally:
            stop.set()
            for t in threads:
                t.join(30)

        statuses = {r[0] for r in results}
        check(statuses <= {201, 202, 503}, "statuses %r" % statuses)
        check(down, "503 while PostgreSQL is down")
        for r in down:
            eq(r[2], "5", "Retry-After")
            msg = json.loads(r[3])["error"]
            eq(msg["code"], "unavailable", "code")
            check("Try again" in msg["message"], msg["message"])
        # recovered: the last posts of every writer went through
        tail = results[-6:]
        check(all(r[0] in (201, 202) for r in tail), "recovered: %r" %
              [r[0] for r in tail])
        acked = [r[1] for r in results if r[0] in (201, 202)]
        stored = psql(one.db, "SELECT body || '|' || COUNT(*) FROM comments "
                              "WHERE body LIKE 'load %' GROUP BY body")
        counts = dict(line.rsplit("|", 1) for line in stored.splitlines())
        for body in acked:
            eq(counts.get(body), "1", "acknowledged comment %r" % body)
        check(all(v == "1" for v in counts.values()), "no duplicates")
        # the reader's view agrees
        r = one.client().get("/api/v1/articles/%d/comments" % aid)
        eq(r.status, 200, "thread after the restart")
    finally:
        one.stop()


# --- 4. a streaming replica for anonymous reads ------------------------

def replica_pids(rdir):
    """The standby's postmaster and every process it started."""
    with open(os.path.join(rdir, "data", "postmaster.pid")) as f:
        main = int(f.readline())
    kids = []
    for name in os.listdir("/proc"):
        try:
            with open("/proc/%s/stat" % name) as f:
                stat = f.read()
        except (OSError, ValueError):
            continue  # not a process, or it just ended
        # "pid (comm) state ppid ...": comm may hold spaces
        if int(stat.rsplit(")", 1)[1].split()[1]) == main:
            kids.append(int(name))
    return [main] + kids


def embed_thread_is_never_cached_stale(one, two, rbase, rurl):
    """The embed widget's thread JSON is cached by its article's version.
    Its article is read where its comments are (the replica, for an
    anonymous reader), so a replica that lags never leaves an answer with
    old comments cached under the primary's newer version."""
    test_embed.allow(one)
    anon, poster = two.client(), two.client()
    r = test_embed.thread(anon)  # makes the article on the primary
    eq(r.status, 200, r.text)
    eid = r.json()["article"]["id"]
    # behind the demo article in the list the rest of the test reads
    psql(one.db, "UPDATE articles SET published = 1 WHERE id = %d" % eid)
    check(wait_until(lambda: psql(
        rurl, "SELECT published FROM articles WHERE id = %d" % eid) == "1",
        30), "the replica has the embed article")
    psql(rbase, "SELECT pg_wal_replay_pause()")
    r = poster.request("POST", "/embed/comments?article=%d" % eid,
                       json.dumps({"body": "Posted while the replica waits."}),
                       {"Origin": test_embed.BLOG,
                        "Content-Type": "application/json"})
    eq(r.status, 201, r.text)
    cid = r.json()["comment"]["id"]
    for _ in range(2):  # rendered, then from the cache
        r = test_embed.thread(anon)
        eq(r.status, 200, r.text)
        ids = [x["id"] for x in r.json()["comments"]]
        check(cid not in ids, "not on the paused replica yet")
    psql(rbase, "SELECT pg_wal_replay_resume()")
    wait_until(lambda: cid in [
        x["id"] for x in test_embed.thread(anon).json()["comments"]], 30)
    ids = [x["id"] for x in test_embed.thread(anon).json()["comments"]]
    check(cid in ids, "the embedded thread catches up (no stale cache)")


def test_replica_serves_anonymous_reads_posters_see_their_own(srv):
    pdir, purl = private_cluster()
    rdir = pdir + "-replica"
    rbase = cluster_verb("replica", pdir, rdir)
    atexit.register(lambda: subprocess.run(
        [CLUSTER, "stop", rdir], capture_output=True, timeout=120))
    one = Server(srv.charla, db_url=purl)  # migrates and imports
    two = None
    schema = one.pg_name
    rurl = pg_url_with_schema(rbase, schema)
    try:
        # wait until the replica has replayed the import
        def replayed():
            try:
                return psql(rurl, "SELECT COUNT(*) FROM comments") != "0"
            except RuntimeError:  # the schema is not there yet
                return False
        check(wait_until(replayed, 60, 0.1), "the replica has the import")
        two = Server(srv.charla, import_demo=False, existing_db=one.db,
                     extra_args=("--db-read", rurl))
        anon, poster = two.client(), two.client()
        aid = article_id(anon)
        title = anon.get("/api/v1/articles").json()["articles"][0]["title"]

        # the replica stops replaying; the primary moves on
        psql(rbase, "SELECT pg_wal_replay_pause()")
        psql(one.db, "UPDATE articles SET title = 'Only on the primary', "
                     "version = version + 1 WHERE id = %d" % aid)
        got = anon.get("/api/v1/articles").json()["articles"][0]["title"]
        eq(got, title, "an anonymous reader reads the (paused) replica")

        r = poster.post_json("/api/v1/articles/%d/comments" % aid,
                             {"body": "Thanks for the update on this story."})
        eq(r.status, 201, r.text)
        cid = r.json()["comment"]["id"]
        cookies = r.headers_named("Set-Cookie")
        check(any(v.startswith("charla_fresh=1") and "Max-Age=30" in v and
                  "HttpOnly" in v for v in cookies), "fresh cookie %r" %
              cookies)
        ids = [x["id"] for x in thread_of(poster, aid).json()["comments"]]
        check(cid in ids, "the poster sees their comment at once")
        check("Thanks for the update on this story." in poster.get(ARTICLE_PATH).text,
              "and on the page")
        ids = [x["id"] for x in thread_of(anon, aid).json()["comments"]]
        check(cid not in ids, "not on the paused replica yet")

        # staff always read the primary
        add_user(one)
        mod = login_as(two)
        got = mod.get("/api/v1/articles").json()["articles"][0]["title"]
        eq(got, "Only on the primary", "staff read the primary")

        psql(rbase, "SELECT pg_wal_replay_resume()")
        wait_until(lambda: cid in [
            x["id"] for x in thread_of(anon, aid).json()["comments"]], 30)
        ids = [x["id"] for x in thread_of(anon, aid).json()["comments"]]
        check(cid in ids, "the replica catches up")
        got = anon.get("/api/v1/articles").json()["articles"][0]["title"]
        eq(got, "Only on the primary", "title caught up")

        embed_thread_is_never_cached_stale(one, two, rbase, rurl)

        # the replica hangs (its processes stop, the kernel keeps their
        # connections open) while the primary moves on: a read waits for it
        # a few seconds at most, then the primary answers, and the next
        # reads do not wait
        def read_title():
            t0 = time.time()
            r = two.client().get("/api/v1/articles")
            eq(r.status, 200, "articles with the replica hung: %s" % r.text)
            return r.json()["articles"][0]["title"], time.time() - t0

        def read_titles_at_once(n):
            out = [None] * n
            def one_read(k):
                out[k] = read_title()
            threads = [threading.Thread(target=one_read, args=(k,))
                       for k in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return out

        # every server thread opens its replica connection
        read_titles_at_once(8)
        psql(rbase, "SELECT pg_wal_replay_pause()")
        hung_title = "Changed while the replica hangs"
        psql(one.db, "UPDATE articles SET title = '%s', version = version + 1 "
                     "WHERE id = %d" % (hung_title, aid))
        pids = replica_pids(rdir)
        check(len(pids) >= 2, "standby processes %r" % pids)
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        try:
            # the first read waits for the replica (its query timeout, 3 s)
            # and no more; the next ones do not wait for it at all, so they
            # take well under those 3 s even on a busy machine
            for i in range(4):
                got, took = read_title()
                eq(got, hung_title, "read %d from the primary" % i)
                check(took < (6 if i == 0 else 2.5),
                      "read %d with the replica hung took %.1f s" % (i, took))
            # when the rest is over, one read tries the replica again and
            # waits for it; the others, on other threads whose connections
            # to it look open, keep reading from the primary. (Their times
            # cannot tell: a request behind the waiting one on its event
            # thread waits as long. The log says who tried the replica.)
            def tries():
                with open(two.log_path) as f:
                    text = f.read()
                return (text.count("did not answer in time") +
                        text.count("reconnect failed"))
            time.sleep(10.5)
            before = tries()
            reads = read_titles_at_once(6)
            for got, took in reads:
                eq(got, hung_title, "a read after the rest, from the primary")
            check(tries() - before <= 1,
                  "%d reads tried the hung replica after one rest (times %r)" %
                  (tries() - before, [round(t, 1) for _, t in reads]))
            # and a charla started against the hung standby stops with an
            # error instead of hanging
            t0 = time.time()
            r = subprocess.run(
                [srv.charla, "serve", "--db", one.db, "--db-read", rurl,
                 "--listen", "127.0.0.1:%d" % free_port(),
                 "--web", os.path.join(harness.REPO, "web")],
                capture_output=True, text=True, timeout=60, cwd=harness.REPO)
            check(r.returncode != 0 and "--db-read" in r.stderr,
                  "start against a hung replica: %d %r" %
                  (r.returncode, r.stderr[-300:]))
            # its connect timeout is 2 s; hanging would be the 60 s above
            check(time.time() - t0 < 15, "it took %.1f s to give up" %
                  (time.time() - t0))
        finally:
            for pid in pids:
                os.kill(pid, signal.SIGCONT)

        # the replica goes away: anonymous readers get the primary's
        # answers, not errors
        cluster_verb("stop", rdir)
        for _ in range(3):
            r = anon.get("/api/v1/articles")
            eq(r.status, 200, "articles with the replica down: %s" % r.text)
            eq(r.json()["articles"][0]["title"], hung_title,
               "from the primary")
            ids = [x["id"] for x in thread_of(anon, aid).json()["comments"]]
            check(cid in ids, "the thread from the primary")
            r = anon.get(ARTICLE_PATH)
            eq(r.status, 200, "the article page with the replica down")
            check("Thanks for the update on this story." in r.text,
                  "the page from the primary")
    finally:
        if two:
            two.stop()
        one.stop()
