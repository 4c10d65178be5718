"""test_import.py - `charla import disqus|wxr|json` and `charla export json`
from the command line, checked through the API of a running server: the
right threads, numbers, tombstones and skips; idempotence; the JSON backup
round trip (byte-identical); the settings a backup carries, and those an
import refuses; and bad files that must import nothing."""
import json
import os
import secrets
import sqlite3
import subprocess

from harness import REPO, Server, check, eq, pg_admin, pg_url_with_schema

DISQUS = os.path.join(REPO, "tests", "fixtures", "disqus")
WXR = os.path.join(REPO, "tests", "fixtures", "wxr")


def fresh_db(srv, name):
    return os.path.join(srv.dir, name)


def fresh_target(srv, name):
    """A new, empty database on srv's backend: a file next to srv's on
    SQLite, a schema of its own on PostgreSQL (drop it with drop_target)."""
    if not srv.pg_name:
        return fresh_db(srv, name)
    schema = "t_" + secrets.token_hex(6)
    pg_admin(srv.pg_base, "CREATE SCHEMA " + schema)
    return pg_url_with_schema(srv.pg_base, schema)


def drop_target(srv, db):
    if srv.pg_name:
        schema = db.rsplit("search_path%3D", 1)[1]
        pg_admin(srv.pg_base, "DROP SCHEMA IF EXISTS %s CASCADE" % schema)


def stored_setting(srv, db, key):
    """The value of key straight from the database (any key, also those
    `charla setting get` will not show), or None if it has no row."""
    if srv.pg_name:
        # psql quotes the key itself (:'k'), in a script read from stdin
        r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v",
                            "ON_ERROR_STOP=1", "-d", db, "-v", "k=" + key],
                           input="SELECT 'v=' || value FROM settings "
                                 "WHERE key = :'k';\n",
                           capture_output=True, text=True, timeout=60)
        eq(r.returncode, 0, r.stderr)
        out = r.stdout[:-1]  # psql ends the row with one newline
        return out[2:] if out.startswith("v=") else None
    con = sqlite3.connect(db)
    try:
        row = con.execute("select value from settings where key = ?",
                          (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def backup_file(srv, name, settings):
    """A backup with only the header, these (key, value) setting records
    and the end record."""
    path = os.path.join(srv.dir, name)
    with open(path, "w") as f:
        f.write('{"format":"charla-export","version":1,"scope":"site"}\n')
        for k, v in settings:
            f.write(json.dumps({"type": "setting", "key": k, "value": v})
                    + "\n")
        f.write('{"type":"end","articles":0,"comments":0}\n')
    return path


def count(db, table):
    con = sqlite3.connect(db)
    try:
        return con.execute("select count(*) from %s" % table).fetchone()[0]
    finally:
        con.close()


def stored_spam(srv):
    """(source id, status, reason, was_public) of the comments srv's
    database stores as spam."""
    sql = ("SELECT source_id, status, reason, was_public FROM comments "
           "WHERE reason = 'spam' ORDER BY id")
    if srv.pg_name:
        r = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t",
                            "-v", "ON_ERROR_STOP=1", "-d", srv.db],
                           input=sql + ";\n", capture_output=True,
                           text=True, timeout=60)
        eq(r.returncode, 0, r.stderr)
        rows = [line.split("\t") for line in r.stdout.splitlines()]
        return [(s, int(st), why, int(pub)) for s, st, why, pub in rows]
    con = sqlite3.connect(srv.db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def thread_by_path(srv, path):
    c = srv.client()
    arts = c.get("/api/v1/articles").json()["articles"]
    hits = [a for a in arts if a["path"] == path]
    eq(len(hits), 1, "article %s listed" % path)
    r = c.get("/api/v1/articles/%d/comments" % hits[0]["id"])
    eq(r.status, 200, "thread")
    return {x["number"]: x for x in r.json()["comments"]}


def test_disqus_import_shows_in_api(srv):
    r = srv.cli("import", "disqus", os.path.join(DISQUS, "export.xml"),
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("articles: 2 added" in r.stdout, r.stdout)
    check("comments: 9 added (1 tombstones)" in r.stdout, r.stdout)
    check("spam: 1" in r.stdout, r.stdout)
    check("kept as top-level: 1" in r.stdout, r.stdout)
    check("comments of skipped threads 1" in r.stdout, r.stdout)
    t = thread_by_path(srv, "/2021/07/cartel-story.html")
    # 3 is the spam Disqus caught: no reader saw it, it leaves no place
    eq(sorted(t), ["1", "1.1", "1.1.1", "2", "2.1", "4"], "numbers")
    eq(t["1.1.1"]["parent"], "1.1", "reply that came first")
    eq(t["2"]["status"], "deleted", "deleted post is a tombstone")
    check("html" not in t["2"], "tombstone has no text")
    eq(stored_spam(srv), [("disqus:9005", 3, "spam", 0)],
       "the spam stored removed, for the moderators, never public")
    eq(t["2.1"]["author"]["name"], None, "guest is anonymous")
    eq(t["1"]["author"]["name"], "Lector Norteño", "named author")
    check("<strong>roadblocks</strong>" in t["1"]["html"], t["1"]["html"])
    t2 = thread_by_path(srv, "/2021/08/spyware.html")
    eq(sorted(t2), ["1", "2"], "orphan kept top-level")
    check("script" not in t2["1"]["html"], "markup made safe")
    # the articles' comment counts (kept in bulk by the import) are right
    arts = srv.client().get("/api/v1/articles").json()["articles"]
    counts = {a["path"]: a["comment_count"] for a in arts}
    eq(counts["/2021/07/cartel-story.html"], 5, "visible comments counted")
    eq(counts["/2021/08/spyware.html"], 2, "visible comments counted")
    raw = srv.db_bytes()
    check(b"198.51.100" not in raw, "no IP address stored")
    check(b"lector@example.org" not in raw, "no e-mail stored")


def test_wxr_import_shows_in_api(srv):
    r = srv.cli("import", "wxr", os.path.join(WXR, "export-1.2.xml"),
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("articles: 2 added" in r.stdout, r.stdout)
    check("comments: 8 added" in r.stdout, r.stdout)
    check("pingbacks/trackbacks 2" in r.stdout, r.stdout)
    check("trash 1" in r.stdout, r.stdout)
    check("kept as top-level: 1" in r.stdout, r.stdout)
    t = thread_by_path(srv, "/2021/07/cartel-story/")
    # 13 is pending and 14 spam: neither is in the public thread
    eq(sorted(t), ["1", "1.1", "4", "4.1", "5"], "public numbers")
    eq(t["1.1"]["parent"], "1", "reply")
    eq(t["4.1"]["parent"], "4", "reply listed before its parent")
    spam = stored_spam(srv)
    eq([(s[1], s[2], s[3]) for s in spam], [(3, "spam", 0)],
       "the spam stored removed, never public")
    check(spam[0][0].startswith("wxr:") and spam[0][0].endswith("-14"),
          spam[0][0])
    eq(t["1.1"]["author"]["name"], None, "anonymous")
    check("<br" in t["1"]["html"] and "<p>A new paragraph" in t["1"]["html"],
          t["1"]["html"])
    raw = srv.db_bytes()
    check(b"maria@example.org" not in raw, "no e-mail stored")
    check(b"198.51.100.11" not in raw, "no IP address stored")
    check(b"Trackback excerpt" not in raw, "trackback skipped")


def test_imports_are_idempotent(srv):
    for fmt, path in (("disqus", os.path.join(DISQUS, "export.xml")),
                      ("wxr", os.path.join(WXR, "export-1.2.xml"))):
        db = fresh_db(srv, "idem-%s.db" % fmt)
        r = srv.cli("import", fmt, path, "--db", db)
        eq(r.returncode, 0, r.stderr)
        n = count(db, "comments")
        r = srv.cli("import", fmt, path, "--db", db)
        eq(r.returncode, 0, r.stderr)
        check("comments: 0 added" in r.stdout, r.stdout)
        check("articles: 0 added" in r.stdout, r.stdout)
        eq(count(db, "comments"), n, "%s: rows after two imports" % fmt)


def test_map_rewrites_and_attaches(srv):
    db = fresh_db(srv, "map.db")
    r = srv.cli("import", "disqus", os.path.join(DISQUS, "export.xml"),
                "--db", db, "--map",
                "https://old.example.com/=https://news.example.org/archive/")
    eq(r.returncode, 0, r.stderr)
    con = sqlite3.connect(db)
    rows = dict(con.execute("select path, external_url from articles"))
    con.close()
    eq(rows.get("/archive/2021/07/cartel-story.html"),
       "https://news.example.org/archive/2021/07/cartel-story.html", "mapped")
    # WordPress threads of the same story on another host: same path, so
    # their comments join the article the Disqus import created
    path = os.path.join(srv.dir, "moved.xml")
    with open(os.path.join(WXR, "export-1.2.xml"), encoding="utf-8") as f:
        data = f.read().replace("https://old.example.com/2021/07/cartel-story/",
                                "https://old.example.com/2021/07/"
                                "cartel-story.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    r = srv.cli("import", "wxr", path, "--db", db, "--map",
                "https://old.example.com/=https://news.example.org/archive/")
    eq(r.returncode, 0, r.stderr)
    check("1 threads attached" in r.stdout, r.stdout)
    eq(count(db, "articles"), 3, "no duplicate article")


def test_attach_to_blogger_article(srv):
    c = srv.client()
    demo = c.get("/api/v1/articles").json()["articles"][0]
    before = len(c.get("/api/v1/articles/%d/comments" % demo["id"])
                 .json()["comments"])
    with open(os.path.join(DISQUS, "export.xml"), encoding="utf-8") as f:
        data = f.read().replace(
            "https://old.example.com/2021/07/cartel-story.html",
            "https://elsewhere.example.net" + demo["path"])
    path = os.path.join(srv.dir, "attach.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
    r = srv.cli("import", "disqus", path, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("1 threads attached to existing articles" in r.stdout, r.stdout)
    after = c.get("/api/v1/articles/%d/comments" % demo["id"]).json()
    # seven comments of that thread; the spam Disqus caught is not shown
    eq(len(after["comments"]), before + 6, "comments joined the article")


def rewritten(srv, src, name, old, new):
    """A copy of the fixture src with old replaced by new; its path."""
    with open(src, encoding="utf-8") as f:
        data = f.read()
    check(old in data, "%s holds %s" % (src, old))
    path = os.path.join(srv.dir, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data.replace(old, new))
    return path


def paths(db):
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("select path from articles"))
    finally:
        con.close()


def test_import_renames_paths_the_server_answers(srv):
    """A post or thread found at a path the server answers itself (/feeds,
    /articles, ...: no reader could open it there) is stored under
    /imported instead, and the summary lists it; its comments come with
    it, importing again adds nothing, and a thread of the same story on
    another host joins the renamed article."""
    blog = rewritten(srv, os.path.join(REPO, "demo", "blogger-export.xml"),
                     "feeds-blog.xml",
                     "https://www.borderlandbeat.com/2021/07/"
                     "israel-refuses-to-extradite-tomas-zeron.html",
                     "https://www.borderlandbeat.com/feeds/israel.html")
    db = fresh_db(srv, "renamed.db")
    r = srv.cli("import", "blogger", blog, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("renamed: 1 articles at a path the server answers itself, stored "
          "under /imported (edit the path at /admin/articles)\n"
          "  /feeds/israel.html -> /imported/feeds/israel.html\n"
          in r.stdout, r.stdout)
    eq(paths(db), ["/imported/feeds/israel.html"], "stored renamed")
    eq(count(db, "comments"), 33, "with its comments")
    r = srv.cli("import", "blogger", blog, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("articles: 0 added" in r.stdout and "renamed" not in r.stdout,
          "again: nothing added, nothing renamed: " + r.stdout)

    # the same story's Disqus thread, on another host: it joins the
    # renamed article instead of making a second one
    thread = rewritten(srv, os.path.join(DISQUS, "export.xml"), "feeds.xml",
                       "https://old.example.com/2021/07/cartel-story.html",
                       "https://elsewhere.example.net/feeds/israel.html")
    r = srv.cli("import", "disqus", thread, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("1 threads attached" in r.stdout, r.stdout)
    eq(paths(db).count("/imported/feeds/israel.html"), 1, "one article")

    # a Disqus site whose stories live under /articles/
    thread = rewritten(srv, os.path.join(DISQUS, "export.xml"),
                       "articles.xml",
                       "https://old.example.com/2021/07/cartel-story.html",
                       "https://old.example.com/articles/cartel-story")
    db = fresh_db(srv, "renamed-disqus.db")
    r = srv.cli("import", "disqus", thread, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("  /articles/cartel-story -> /imported/articles/cartel-story\n"
          in r.stdout, r.stdout)
    check("/imported/articles/cartel-story" in paths(db), paths(db))
    check(not any(p.startswith("/articles") for p in paths(db)),
          "nothing where the server answers")
    r = srv.cli("import", "disqus", thread, "--db", db)
    check("articles: 0 added" in r.stdout and "renamed" not in r.stdout,
          r.stdout)


def test_json_round_trip_is_byte_identical(srv):
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "a reader's comment", "name": "Lupita"})
    check(r.status in (201, 202), "post: %d" % r.status)
    token = c.cookies.get("charla_reader", "")
    r = srv.cli("import", "disqus", os.path.join(DISQUS, "export.xml"),
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("import", "wxr", os.path.join(WXR, "export-1.2.xml"),
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    one = os.path.join(srv.dir, "one.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    data = open(one, "rb").read()
    check(data.startswith(b'{"format":"charla-export","version":2'),
          data[:80])
    check(b"site_key" not in data, "the site key is never exported")
    check(not token or token.encode() not in data, "no reader token")
    check(b"Lupita" in data, "reader comment exported")
    db2 = fresh_db(srv, "restored.db")
    r = srv.cli("import", "json", one, "--db", db2)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("export", "json", "--db", db2)
    eq(r.returncode, 0, r.stderr)
    check(r.stdout.encode() == data, "second export differs from the first")
    r = srv.cli("import", "json", one, "--db", db2)
    eq(r.returncode, 0, r.stderr)
    check("comments: 0 added" in r.stdout, r.stdout)
    # one article only
    r = srv.cli("export", "json", "--db", srv.db, "--article", "/about/")
    eq(r.returncode, 0, r.stderr)
    lines = r.stdout.splitlines()
    check('"scope":"article"' in lines[0], lines[0])
    eq(sum('"type":"comment"' in x for x in lines), 1, "its comment")
    r = srv.cli("export", "json", "--db", srv.db, "--article", "/nope")
    eq(r.returncode, 1, "unknown article")


def test_json_import_refuses_secrets_state_and_bad_values(srv):
    """A backup may come from anyone: its secrets, internal state, unknown
    keys and bad values are counted as refused and never stored, and a
    setting already set keeps its value."""
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    site_key = stored_setting(srv, srv.db, "site_key")
    check(site_key, "the site has its key")
    r = srv.cli("setting", "set", "site_title", "Our Own Title", "--db",
                srv.db)
    eq(r.returncode, 0, r.stderr)
    token = "ab" * 16
    planted = [("raid:%d" % aid, "0"),
               ("raid_ended:%d" % aid, "1"),
               ("import_checkpoint", "1 2 3"),
               ("queue_feed_token", token),
               ("metrics_token", "their-metrics-token"),
               ("webhook_secret", "their-webhook-secret"),
               ("webhook_url", "http://collector.example/hook"),
               ("embed_origins", "https://their.example"),
               ("site_key", "00" * 32),
               ("no_such_setting", "1"),
               ("hold_threshold", "7"),
               ("language", "fr"),
               ("pow_bits", "99")]
    path = backup_file(srv, "hostile.jsonl", planted + [
        ("site_title", "Their Title"),
        ("banned_words", "zorro\n")])
    r = srv.cli("import", "json", path, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("settings: 1 set, 1 already set, 13 refused (6 secrets, "
          "3 internal state, 1 unknown key, 3 bad values)" in r.stdout,
          r.stdout)
    for key, value in planted:
        if key == "site_key":
            eq(stored_setting(srv, srv.db, key), site_key, "site_key kept")
        else:
            eq(stored_setting(srv, srv.db, key), None, key + " not stored")
    eq(stored_setting(srv, srv.db, "site_title"), "Our Own Title", "kept")
    eq(stored_setting(srv, srv.db, "banned_words"), "zorro\n", "taken")
    # the planted queue feed token opens nothing
    eq(c.get("/feeds/queue/%s.atom" % token).status, 404, "no queue feed")


def test_json_backup_refuses_a_zone_this_machine_lacks(srv):
    """A backup's timezone must be a zone this machine has, as for
    `charla setting set`; a refused one is named, and the import goes on
    without it."""
    target = fresh_target(srv, "tz.db")
    try:
        path = backup_file(srv, "tz.jsonl", [("timezone", "Nowhere/Land"),
                                             ("site_title", "Ours")])
        r = srv.cli("import", "json", path, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("settings: 1 set, 0 already set, 1 refused (1 bad value)"
              in r.stdout, r.stdout)
        check('tz.jsonl:2: timezone "Nowhere/Land" is not a zone in this '
              "machine's time zone database" in r.stderr, r.stderr)
        eq(stored_setting(srv, target, "timezone"), None, "not stored")
        eq(stored_setting(srv, target, "site_title"), "Ours", "the rest")
        path = backup_file(srv, "tz2.jsonl",
                           [("timezone", "America/Mexico_City")])
        r = srv.cli("import", "json", path, "--db", target)
        eq(r.returncode, 0, r.stderr)
        eq(stored_setting(srv, target, "timezone"), "America/Mexico_City",
           "a real zone is taken")
    finally:
        drop_target(srv, target)


def test_json_backup_carries_the_site_settings(srv):
    """Export writes the site's editorial and moderation settings (never a
    secret); importing into a fresh database restores them, exports the
    same bytes again, and an import onto a site with its own values keeps
    those."""
    carried = {"site_title": "Border Watch",
               "site_url": "https://news.example",
               "timezone": "+05:30",
               "language": "es",
               "report_threshold": "4",
               "hold_threshold": "0.7",
               "publish_profanity": "1",
               "banned_words": "zorro\nmugre\n",
               "suspect_words": "rata\n",
               "protected_names": "María Fernanda López\n",
               "raid_comments_per_min": "30",
               "raid_readers_per_min": "500",
               "hsts_max_age": "600",
               "pow_bits": "8",
               "pow_raid_bits": "16",
               "rate_read_per_s": "50",
               "rate_read_burst": "100",
               "rate_post_interval_s": "20",
               "rate_post_burst": "3",
               "rate_post_prefix_per_min": "40"}
    secret = {"metrics_token": "s3cret-metrics-0123456789abcdef",
              "webhook_secret": "s3cret-hook-0123456789abcdef",
              "webhook_url": "http://hooks.example/in",
              "embed_origins": "https://blog.example"}
    for k, v in list(carried.items()) + list(secret.items()):
        r = srv.cli("setting", "set", k, v, "--db", srv.db)
        eq(r.returncode, 0, "%s: %s" % (k, r.stderr))
    one = os.path.join(srv.dir, "settings.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    data = open(one, encoding="utf-8").read()
    for v in secret.values():
        check(v not in data, "a secret in the backup: " + v)
    target = fresh_target(srv, "settings.db")
    try:
        r = srv.cli("import", "json", one, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("settings: %d set, 0 already set\n" % len(carried) in r.stdout,
              r.stdout)
        for k, v in carried.items():
            r = srv.cli("setting", "get", k, "--db", target)
            eq((r.returncode, r.stdout), (0, v + "\n"), k)
        for k in secret:
            eq(stored_setting(srv, target, k), None, k + " not restored")
        r = srv.cli("export", "json", "--db", target)
        eq(r.returncode, 0, r.stderr)
        check(r.stdout == data, "the second export differs from the first")
        # a site that has its own values keeps them
        mine = {"hold_threshold": "0.9", "banned_words": "otra\n",
                "language": "en"}
        for k, v in mine.items():
            r = srv.cli("setting", "set", k, v, "--db", target)
            eq(r.returncode, 0, r.stderr)
        r = srv.cli("import", "json", one, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("settings: 0 set, %d already set\n" % len(carried) in r.stdout,
              r.stdout)
        for k, v in mine.items():
            eq(stored_setting(srv, target, k), v, k + " kept")
    finally:
        drop_target(srv, target)


BLOGGER = os.path.join(REPO, "tests", "fixtures", "blogger")


def test_bad_files_import_nothing(srv):
    """A broken file imports nothing, names its line, and leaves no
    database behind where there was none: a later command on that path
    says there is no database there."""
    one = os.path.join(srv.dir, "backup.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    data = open(one, "rb").read()
    cut = os.path.join(srv.dir, "cut.jsonl")
    with open(cut, "wb") as f:
        f.write(data[: len(data) * 2 // 3])
    empty = os.path.join(srv.dir, "empty.xml")
    open(empty, "wb").close()
    cases = [
        ("blogger", os.path.join(BLOGGER, "truncated.xml"), "truncated.xml:",
         ""),
        ("blogger", os.path.join(BLOGGER, "invalid-utf8.xml"),
         "invalid-utf8.xml:4:12: not well-formed (invalid token): invalid "
         "UTF-8 (byte 0xc3)", ""),
        ("disqus", os.path.join(DISQUS, "invalid-utf8.xml"),
         "invalid-utf8.xml:95:43:", "invalid UTF-8 (byte 0xff)"),
        ("blogger", one, "backup.jsonl:1:1:", "try `charla import json`"),
        ("wxr", one, "backup.jsonl:1:1:", "try `charla import json`"),
        ("json", os.path.join(BLOGGER, "truncated.xml"), "truncated.xml:1:",
         "try `charla import blogger`"),
        ("blogger", os.path.join(DISQUS, "export.xml"), "export.xml:",
         "not a Blogger export"),
        ("blogger", empty, "empty.xml", ""),
        ("disqus", os.path.join(DISQUS, "truncated.xml"),
         "truncated.xml:214:", "truncated?"),
        ("wxr", os.path.join(WXR, "truncated.xml"), "truncated.xml:",
         "truncated?"),
        ("disqus", os.path.join(DISQUS, "billion-laughs.xml"),
         "billion-laughs.xml:3:", "declares entities"),
        ("wxr", os.path.join(WXR, "billion-laughs.xml"),
         "billion-laughs.xml:3:", "declares entities"),
        ("disqus", os.path.join(DISQUS, "invalid-utf8.xml"),
         "invalid-utf8.xml:95:", "not well-formed"),
        ("disqus", os.path.join(WXR, "export-1.2.xml"), "export-1.2.xml:",
         "import wxr"),
        ("wxr", os.path.join(DISQUS, "export.xml"), "export.xml:",
         "import disqus"),
        ("wxr", os.path.join(WXR, "unsupported-1.3.xml"), "unsupported-1.3",
         "WXR 1.0 to 1.2"),
        ("json", cut, "cut.jsonl:", "truncated?"),
        ("json", os.path.join(DISQUS, "export.xml"), "export.xml:1:",
         "not a charla export"),
    ]
    for i, (fmt, path, where, why) in enumerate(cases):
        db = fresh_db(srv, "bad-%d.db" % i)
        r = srv.cli("import", fmt, path, "--db", db)
        eq(r.returncode, 1, "%s %s fails" % (fmt, path))
        check("nothing was imported" in r.stderr, r.stderr)
        check(where in r.stderr and why in r.stderr, r.stderr)
        for end in ("", "-wal", "-shm", "-journal"):
            check(not os.path.exists(db + end),
                  "%s %s: no %s%s left behind" % (fmt, path, db, end))
        r = srv.cli("setting", "get", "site_title", "--db", db)
        eq(r.returncode, 1, "no site at %s" % db)
        check("no database at" in r.stderr, r.stderr)
    if srv.pg_name:
        return
    # a database that was there stays, with what it had
    before = count(srv.db, "comments")
    r = srv.cli("import", "blogger", os.path.join(BLOGGER, "truncated.xml"),
                "--db", srv.db)
    eq(r.returncode, 1, "fails")
    check(os.path.exists(srv.db) and "removed" not in r.stderr, r.stderr)
    eq(count(srv.db, "comments"), before, "nothing changed")


def test_import_export_usage(srv):
    r = srv.cli("import", "disqus")
    eq(r.returncode, 2, "missing file")
    r = srv.cli("import", "disqus", "x.xml", "--map", "nonsense")
    eq(r.returncode, 2, "bad --map")
    r = srv.cli("export", "xml")
    eq(r.returncode, 2, "unknown export format")
    r = srv.cli("--help")
    check("import blogger|disqus|wxr|json" in r.stdout, r.stdout)
    check("export json" in r.stdout, r.stdout)


def run_cli(srv, env, *args):
    """srv.cli with extra environment variables (the import test hooks)."""
    import subprocess
    return subprocess.run([srv.charla, *args], capture_output=True,
                          text=True, cwd=REPO, timeout=300,
                          env=dict(os.environ, **env))


def test_interrupted_disqus_import_resumes(srv):
    """A Disqus import commits in batches with a checkpoint; one that stops
    after a checkpoint (the CHARLA_IMPORT_STOP_AFTER hook fails it the way a
    crash would) is finished by `--resume`, even when the resumed run is
    stopped too, and the store then exports byte for byte like that of an
    import that was never interrupted, indexes included."""
    import subprocess
    import sys
    xml = os.path.join(srv.dir, "gen-disqus.xml")
    subprocess.run([sys.executable,
                    os.path.join(REPO, "bench", "gen_disqus.py"),
                    "--comments", "3000", "--threads", "40", xml],
                   check=True, capture_output=True, timeout=120)
    whole = fresh_db(srv, "whole.db")
    parts = fresh_db(srv, "parts.db")
    r = srv.cli("import", "disqus", xml, "--db", whole)
    eq(r.returncode, 0, r.stderr)
    check("comments: 3000 added" in r.stdout, r.stdout)
    hooks = {"CHARLA_IMPORT_BATCH": "400", "CHARLA_IMPORT_STOP_AFTER": "1000"}
    r = run_cli(srv, hooks, "import", "disqus", xml, "--db", parts)
    eq(r.returncode, 1, r.stdout)
    check("--resume" in r.stderr and "comments were stored" in r.stderr,
          r.stderr)
    stored = count(parts, "comments")
    check(0 < stored <= 1000, "committed before the stop: %d" % stored)
    r = run_cli(srv, hooks, "import", "disqus", xml, "--db", parts,
                "--resume")
    eq(r.returncode, 1, "stopped again: " + r.stderr)
    check(count(parts, "comments") > stored, "the resumed run went on")
    before = count(parts, "comments")
    r = run_cli(srv, {"CHARLA_IMPORT_BATCH": "400"}, "import", "disqus", xml,
                "--db", parts, "--resume")
    eq(r.returncode, 0, r.stderr)
    eq(count(parts, "comments"), 3000, "all comments after resuming")
    # it went on from the checkpoint: what it read again (only the posts
    # after the checkpoint, and replies still waiting there) is a small
    # part of what was stored before
    import re
    m = re.search(r"comments: (\d+) added \(\d+ tombstones\), (\d+) already "
                  r"present", r.stdout)
    check(m is not None, r.stdout)
    eq(int(m.group(1)), 3000 - before, "added by the last run")
    check(int(m.group(2)) < before // 2,
          "read again: %s of %d stored" % (m.group(2), before))
    exports = []
    for db in (whole, parts):
        r = srv.cli("export", "json", "--db", db)
        eq(r.returncode, 0, r.stderr)
        exports.append(r.stdout)
    check(exports[0] == exports[1], "resumed import exports differently")
    con = sqlite3.connect(parts)
    try:
        idx = {x[0] for x in con.execute(
            "select name from sqlite_master where type = 'index'")}
        rows = con.execute("select id, number, parent_id, source_id from "
                           "comments order by id").fetchall()
    finally:
        con.close()
    for name in ("comments_thread", "comments_created", "comments_top",
                 "comments_parent"):
        check(name in idx, "index %s after the import" % name)
    con = sqlite3.connect(whole)
    try:
        eq(con.execute("select id, number, parent_id, source_id from "
                       "comments order by id").fetchall(), rows,
           "same ids, numbers and parents")
    finally:
        con.close()
    # finished: nothing to resume, and a plain import adds nothing
    r = srv.cli("import", "disqus", xml, "--db", parts, "--resume")
    eq(r.returncode, 1, r.stdout)
    check("nothing to resume" in r.stderr, r.stderr)
    r = srv.cli("import", "disqus", xml, "--db", parts)
    eq(r.returncode, 0, r.stderr)
    check("comments: 0 added" in r.stdout, r.stdout)


# The demo's time references, as the page showed them under the zone its
# times were written in (-07:00): number -> [(text, [targets])].
DEMO_TIME_REFS = {
    "1.2": [("11:40", ["1.1"])],
    "1.5": [("12:36", ["1.2"])],
    "1.6": [("12:36", ["1.2"])],
    "1.8": [("5:29", ["1.7"]), ("11;15", ["1"]), ("11:40", ["1.1"])],
    "1.9": [("5:29", ["1.7"])],
    "1.10": [("11:40", ["1.1"])],
    "1.11": [("8:24", ["1.10"])],
    "2.4": [("1:32", ["2.3"])],
    "12.1": [("2:51", ["12"])],
}


def demo_refs(srv):
    """number -> [(text, [targets])] of every demo comment with a
    reference, from the JSON API."""
    thread = thread_by_path(srv, demo_path(srv))
    return {n: [(r["text"], r["to"]) for r in c["refs"]]
            for n, c in thread.items() if c.get("refs")}


def demo_path(srv):
    arts = srv.client().get("/api/v1/articles").json()["articles"]
    eq(len(arts), 1, "the demo article alone")
    return arts[0]["path"]


def set_zone_and_restart(srv, zone, db=None):
    r = srv.cli("setting", "set", "timezone", zone, "--db", db or srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.restart()


def test_time_refs_survive_a_zone_change(srv):
    """A time reference keeps pointing at the comment its writer saw at
    that time when the site's zone is changed: the demo's "12:36" was
    written reading the page in -07:00. A reader who writes after the
    change reads the page in the new zone."""
    eq(demo_refs(srv), DEMO_TIME_REFS, "as imported")
    for zone in ("America/Mexico_City", "-06:00", "UTC", "-07:00"):
        set_zone_and_restart(srv, zone)
        eq(demo_refs(srv), DEMO_TIME_REFS, "in " + zone)
    set_zone_and_restart(srv, "-06:00")
    c = srv.reader()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    # 1.2 was posted 12:36 at -07:00: the page shows it at 13:36 now
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "13:36 and 12:36, which one?"})
    eq(r.status, 201, r.text)
    made = r.json()["comment"]
    thread = thread_by_path(srv, demo_path(srv))
    eq([(x["text"], x["to"]) for x in thread[made["number"]]["refs"]],
       [("13:36", ["1.2"])], "a new comment reads the page as shown now")


def test_time_refs_survive_an_upgrade_and_a_zone_change(srv):
    """Comments stored before their zone was recorded (a database from
    an older charla) take the site's zone before it changes, so their
    references keep their targets too."""
    srv.db_exec("UPDATE comments SET tz_offset_min = NULL")
    srv.restart()
    eq(demo_refs(srv), DEMO_TIME_REFS, "after the upgrade")
    srv.db_exec("UPDATE comments SET tz_offset_min = NULL")
    # changed from the command line before the server starts again
    set_zone_and_restart(srv, "America/Mexico_City")
    eq(demo_refs(srv), DEMO_TIME_REFS, "after the zone changed")


def test_json_backup_carries_each_comments_zone(srv):
    """A backup keeps the zone each comment was written in: restored onto
    a site with another zone, the references keep their targets. A file
    without it (an older backup) gives its comments the site's zone at
    import."""
    r = srv.cli("export", "json", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    comments = [x for x in recs if x.get("type") == "comment"]
    eq(len(comments), 33, "the demo's comments")
    eq({x.get("tz_offset_min") for x in comments}, {-420}, "their zone")
    one = os.path.join(srv.dir, "zones.jsonl")
    with open(one, "w", encoding="utf-8") as f:
        f.write(r.stdout)
    old = os.path.join(srv.dir, "no-zones.jsonl")
    with open(old, "w", encoding="utf-8") as f:
        for x in recs:
            x.pop("tz_offset_min", None)
            f.write(json.dumps(x) + "\n")
    for path, zone in ((one, -420), (old, -360)):
        target = fresh_target(srv, "restored-%d.db" % -zone)
        other = None
        try:
            r = srv.cli("setting", "set", "timezone", "-06:00", "--db",
                        target)
            eq(r.returncode, 0, r.stderr)
            r = srv.cli("import", "json", path, "--db", target)
            eq(r.returncode, 0, r.stderr)
            eq(comment_offsets(srv, target), {zone},
               "the zone of the restored comments")
            other = Server(srv.charla, import_demo=False, existing_db=target)
            refs = demo_refs(other)
            if zone == -420:
                eq(refs, DEMO_TIME_REFS, "restored under -06:00")
            else:
                check(refs != DEMO_TIME_REFS,
                      "without their zone they read the site's")
        finally:
            if other:
                other.stop()
            drop_target(srv, target)


def comment_offsets(srv, db):
    """The zone offsets (tz_offset_min) of the comments in db's backup."""
    r = srv.cli("export", "json", "--db", db)
    eq(r.returncode, 0, r.stderr)
    records = [json.loads(line) for line in r.stdout.splitlines()]
    return {x.get("tz_offset_min") for x in records
            if x.get("type") == "comment"}


def test_json_backup_restores_every_offset_charla_stores(srv):
    """A comment's zone offset that an import stored (a Blogger export
    whose times say +14:30, or +15:00, which no zone has) comes back
    from the site's backup: the JSON import takes every offset the store
    does."""
    for stamp, minutes in (("+14:30", 870), ("+15:00", 900)):
        blog = rewritten(srv, os.path.join(REPO, "demo", "blogger-export.xml"),
                         "blog%d.xml" % minutes, "-07:00<", stamp + "<")
        source = fresh_target(srv, "source-%d.db" % minutes)
        target = fresh_target(srv, "target-%d.db" % minutes)
        try:
            r = srv.cli("import", "blogger", blog, "--db", source)
            eq(r.returncode, 0, r.stderr)
            # the site learns a zone from the stamps only if one has it
            r = srv.cli("setting", "get", "timezone", "--db", source)
            eq(r.stdout.strip(), stamp if minutes < 900 else "",
               "the site's zone")
            backup = os.path.join(srv.dir, "backup-%d.jsonl" % minutes)
            r = srv.cli("export", "json", "--db", source, "--out", backup)
            eq(r.returncode, 0, r.stderr)
            r = srv.cli("import", "json", backup, "--db", target)
            eq(r.returncode, 0, r.stderr)
            eq(comment_offsets(srv, target), {minutes},
               "the restored comments' zone")
        finally:
            drop_target(srv, source)
            drop_target(srv, target)
