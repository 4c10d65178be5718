"""test_durability.py - a comment that got a 2xx survives a crash.

Readers post comments from a few threads while charla is killed with
SIGKILL at random moments and started again on the same database. Each
body carries a unique marker. At the end, every comment that was answered
with 2xx must be in the database exactly once, a comment whose request
died with the server may be there at most once, and the thread must still
be consistent (integrity check, unique numbers) and served.

SQLite only: it reads the database file (run.py skips it on PostgreSQL).
"""
import http.client
import random
import secrets
import sqlite3
import threading
import time

from harness import check, eq

KILLS = 20
THREADS = 4


def article_id(srv):
    return srv.client().get("/api/v1/articles").json()["articles"][0]["id"]


def test_sigkill_while_posting_loses_no_acknowledged_comment(srv):
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    seed = secrets.randbits(32)
    print("     durability: kill times from seed %d" % seed)
    rng = random.Random(seed)
    run = secrets.token_hex(4)
    lock = threading.Lock()
    acked = []      # markers answered with 2xx
    unknown = []    # markers whose request died with the server
    refused = []    # (marker, status) answered with something else
    stop = threading.Event()

    def poster(n):
        client = srv.client()
        seq = 0
        while not stop.is_set():
            seq += 1
            marker = "dur%s-%d-%d" % (run, n, seq)
            body = "Comment %s about the story, posted in a storm." % marker
            try:
                r = client.post_json(url, {"body": body})
            except (OSError, http.client.HTTPException):
                with lock:
                    unknown.append(marker)
                time.sleep(0.02)  # the server is restarting
                continue
            with lock:
                if 200 <= r.status < 300:
                    acked.append(marker)
                else:
                    refused.append((marker, r.status))

    workers = [threading.Thread(target=poster, args=(i,), daemon=True)
               for i in range(THREADS)]
    for w in workers:
        w.start()
    try:
        for _ in range(KILLS):
            time.sleep(rng.uniform(0.1, 0.7))
            srv.kill9()
            time.sleep(rng.uniform(0.0, 0.2))
            srv.restart()
        # some posts on the last, healthy server, and enough in all to
        # mean something (a slow machine acknowledges fewer between kills)
        with lock:
            before_last = len(acked)
        time.sleep(0.5)
        deadline = time.time() + 60
        while time.time() < deadline:
            with lock:
                if len(acked) >= max(2 * KILLS, before_last + THREADS):
                    break
            time.sleep(0.1)
    finally:
        stop.set()
        for w in workers:
            w.join(30)
    check(not any(w.is_alive() for w in workers), "a poster hung")
    check(len(acked) >= 2 * KILLS,
          "too few comments acknowledged to mean anything: %d" % len(acked))
    check(len(refused) == 0, "posts refused: %r" % refused[:5])

    db = sqlite3.connect(srv.db, timeout=30)
    try:
        eq(db.execute("PRAGMA integrity_check").fetchone()[0], "ok",
           "integrity_check")
        rows = db.execute("SELECT body FROM comments WHERE article_id = ? "
                          "AND body LIKE ?", (aid, "%dur" + run + "-%"))
        stored = {}
        for (body,) in rows:
            marker = body.split()[1]
            stored[marker] = stored.get(marker, 0) + 1
        dupes = db.execute("SELECT number, COUNT(*) FROM comments "
                           "WHERE article_id = ? GROUP BY number "
                           "HAVING COUNT(*) > 1", (aid,)).fetchall()
    finally:
        db.close()
    lost = [m for m in acked if stored.get(m, 0) == 0]
    twice = [m for m, k in stored.items() if k > 1]
    strange = [m for m in stored if m not in acked and m not in unknown]
    check(not lost, "%d acknowledged comments lost: %r" % (len(lost), lost[:5]))
    check(not twice, "comments stored more than once: %r" % twice[:5])
    check(not strange, "comments stored that nobody posted: %r" % strange[:5])
    eq(dupes, [], "comment numbers used twice")

    # the restarted server still serves the thread with every visible one
    r = srv.client().get(url)
    eq(r.status, 200, "thread after the last restart")
    print("     durability: %d acknowledged, %d interrupted (%d of them "
          "stored), %d kills" % (len(acked), len(unknown),
                                 sum(1 for m in unknown if m in stored),
                                 KILLS))
