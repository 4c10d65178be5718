"""test_backup.py - what a site restored from `charla export json` keeps
and what `charla import json` refuses: a comment no reader saw stays out
of sight after a restore, screening results and reader reports come back
with their comments, records the exporter never writes are refused with
their line and nothing stored, and an export of no article writes
nothing."""
import json
import os

from harness import REPO, Server, check, eq
from test_admin import csrf_of, demo_article, login
from test_held import post
from test_import import rewritten
from test_mod import act

DOXXING = "La testigo vive en calle Hidalgo 123, colonia Centro, sale a las 7"


def moderator(srv):
    mod = login(srv, "Kathi")
    mod.csrf = csrf_of(mod.get("/admin/queue").text)
    return mod


def backup(srv, name="site.jsonl"):
    """Exports srv's site to a file in srv.dir; its path."""
    out = os.path.join(srv.dir, name)
    r = srv.cli("export", "json", "--db", srv.db, "--out", out)
    eq(r.returncode, 0, r.stderr)
    return out


def restore(srv, path, name="restored.db"):
    """Imports the backup at path into a new SQLite file; its path."""
    db = os.path.join(srv.dir, name)
    r = srv.cli("import", "json", path, "--db", db)
    eq(r.returncode, 0, r.stderr)
    return db


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_records(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


def test_backup_restore_keeps_an_unseen_removal_out_of_sight(srv):
    """A comment held as doxxing and removed before anyone saw it comes
    back to the queue, not onto the page, when a moderator restores it on
    a site restored from a backup (which carries no audit log)."""
    art = demo_article(srv)
    held = post(srv.client(), art["id"], DOXXING, 202)
    eq(held["status"], "held", "held as doxxing")
    mod = moderator(srv)
    eq(act(mod, held["id"], "remove", {"reason": "doxxing"}).status, 200,
       "removed")
    db = restore(srv, backup(srv))
    site = Server(srv.charla, import_demo=False, existing_db=db)
    try:
        mod = moderator(site)
        r = act(mod, held["id"], "restore")
        eq(r.status, 200, r.text)
        eq(r.json()["comment"]["status"], "held", "back to the queue")
        page = site.client().get(art["path"]).text
        check("Hidalgo" not in page, "the address is not on the page")
        items = mod.get("/api/v1/mod/queue").json()["items"]
        check(held["id"] in [i["comment"]["id"] for i in items],
              "in the queue")
    finally:
        site.stop()


def test_backup_of_no_article_writes_nothing(srv):
    """`charla export json --article` with a path no article has fails
    before it writes anything."""
    r = srv.cli("export", "json", "--db", srv.db, "--article", "/nope")
    check(r.returncode != 0, "fails")
    eq(r.stdout, "", "nothing on standard output")
    check("/nope" in r.stderr, r.stderr)


def test_backup_carries_screening_results_and_reports(srv):
    """A restored site's queue is the original's: a comment held as
    doxxing keeps its category, score and marked words (and stays out of
    the queue feed's text), and a published comment that readers reported
    waits there as reported. The backup names no reporter."""
    from test_ops import feed
    from test_reports import report_url
    art = demo_article(srv)
    held = post(srv.client(), art["id"], DOXXING, 202)
    shown = post(srv.client(), art["id"], "Un comentario publicado.", 201)
    reader = srv.reader()
    r = reader.post_json(report_url(shown["id"]), {"reason": "spam"})
    eq(r.status, 201, r.text)
    mod = moderator(srv)
    before = {i["comment"]["id"]: i
              for i in mod.get("/api/v1/mod/queue").json()["items"]}
    eq(before[held["id"]]["screen"]["category"], "doxxing", "held as doxxing")
    check(shown["id"] in before, "reported, in the queue")

    one = backup(srv)
    text = open(one, encoding="utf-8").read()
    check(reader.cookies["charla_reader"] not in text, "no reader token")
    recs = {x.get("number"): x for x in records(one)
            if x.get("type") == "comment"}
    eq(recs[held["number"]]["screening"]["category"], "doxxing",
       "the screening result is in the backup")
    eq(recs[shown["number"]]["reports"],
       [{"reason": "spam", "at": recs[shown["number"]]["reports"][0]["at"],
         "counted": True}], "the report, with no reporter")
    eq(recs[shown["number"]]["report_count"], 1, "its count")
    eq(records(one)[0]["version"], 2, "format version 2")

    db = restore(srv, one)
    r = srv.cli("export", "json", "--db", db)
    eq(r.returncode, 0, r.stderr)
    check(r.stdout == text, "the same bytes again")
    site = Server(srv.charla, import_demo=False, existing_db=db)
    try:
        mod = moderator(site)
        after = {i["comment"]["id"]: i
                 for i in mod.get("/api/v1/mod/queue").json()["items"]}
        eq(after[held["id"]]["screen"], before[held["id"]]["screen"],
           "category, score and spans restored")
        check(after[held["id"]]["screen"]["spans"], "words marked")
        check(shown["id"] in after, "the reported comment waits again")
        _, entries, feed_text = feed(site.client(),
                                     mod.get("/feeds/queue").json()["url"])
        check("Hidalgo" not in feed_text, "no doxxing text in the feed")
        check("[Held as doxxing]" in feed_text, "titled as doxxing")
    finally:
        site.stop()


def test_backup_report_count_without_reports_round_trips(srv):
    """A file may give a comment a report count with no reports (the
    reports list is cut at 10,000, or empty): it is restored, and the
    site's export writes it again as it was, with nothing on stderr (a
    sanitizer build reports undefined behaviour there)."""
    one = backup(srv)
    recs = records(one)
    at = next(i for i, x in enumerate(recs) if x.get("type") == "comment"
              and x["status"] == "visible")
    recs[at].update({"report_count": 3, "reports": []})
    write_records(one, recs)
    db = restore(srv, one)
    r = srv.cli("export", "json", "--db", db)
    eq(r.returncode, 0, r.stderr)
    eq(r.stderr, "", "nothing on stderr")
    again = [json.loads(x) for x in r.stdout.splitlines()]
    eq(again[at]["report_count"], 3, "the count")
    eq(again[at]["reports"], [], "no reports")


def test_backup_still_reads_version_one(srv):
    """A version 1 backup (no screening, no reports) is still restored."""
    one = backup(srv)
    recs = records(one)
    recs[0]["version"] = 1
    write_records(one, recs)
    restore(srv, one)


def test_backup_import_refuses_records_never_exported(srv):
    """Each record the exporter could not have written is refused with
    its line and a reason, and nothing of the file is stored."""
    one = backup(srv)
    recs = records(one)
    at = next(i for i, x in enumerate(recs) if x.get("type") == "comment"
              and x["status"] == "visible" and x["author_kind"] != "staff")
    # an imported comment may have no text: its source had only an image
    empty = [dict(x) for x in recs]
    empty[at].update({"body": "", "author_kind": "imported"})
    path = os.path.join(srv.dir, "empty.jsonl")
    write_records(path, empty)
    restore(srv, path, "empty.db")
    cases = [
        ({"status": "purged", "body": "El texto que se borró"}, "no text"),
        ({"status": "deleted", "body": "El texto que se borró"}, "no text"),
        ({"status": "withdrawn", "was_public": False, "body": "",
          "author_name": "Pepe"}, "no name"),
        ({"created": 99999999999999}, "from 1990"),
        ({"created": -99999999999}, "from 1990"),
        ({"body": "", "author_kind": "reader"}, "has text"),
        ({"author_kind": "staff", "author_name": ""}, "staff"),
        ({"author_kind": "staff", "author_name": "~!~"}, "staff"),
        ({"screening": {"score": 7, "category": "doxxing",
                        "categories": {}, "spans": []}}, "screening"),
        ({"screening": {"score": 0.9, "category": "doxxing",
                        "categories": {}, "spans": [], "extra": 1}},
         "screening"),
        ({"report_count": 1, "reports": [
            {"reason": "spam", "at": 1700000000, "counted": True,
             "reporter_hash": "ab"}]}, "nothing else"),
    ]
    for n, (change, why) in enumerate(cases):
        bad = [dict(x) for x in recs]
        bad[at].update(change)
        path = os.path.join(srv.dir, "bad%d.jsonl" % n)
        write_records(path, bad)
        db = os.path.join(srv.dir, "bad%d.db" % n)
        r = srv.cli("import", "json", path, "--db", db)
        check(r.returncode != 0, "refused: %r" % change)
        check("%s:%d:" % (path, at + 1) in r.stderr, "the line: " + r.stderr)
        check(why in r.stderr, "%r says %r: %s" % (change, why, r.stderr))
        check(not os.path.exists(db), "nothing stored, no database left")


def test_backup_staff_comment_names_a_staff_account(srv):
    """Restored into a site that has staff accounts, a staff comment must
    name one of them: the page gives that name the staff badge."""
    from test_admin import PASSWORD
    one = backup(srv)
    recs = records(one)
    at = next(i for i, x in enumerate(recs) if x.get("type") == "comment"
              and x["status"] == "visible")
    db = os.path.join(srv.dir, "staffed.db")
    r = srv.cli("user", "add", "Kathi", "--role", "moderator", "--db", db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 0, r.stderr)
    recs[at].update({"author_kind": "staff", "author_name": "Impostor"})
    write_records(one, recs)
    r = srv.cli("import", "json", one, "--db", db)
    check(r.returncode != 0, "refused")
    check("%s:%d:" % (one, at + 1) in r.stderr and "Impostor" in r.stderr,
          r.stderr)
    recs[at]["author_name"] = "KATHI"
    write_records(one, recs)
    r = srv.cli("import", "json", one, "--db", db)
    eq(r.returncode, 0, r.stderr)


def test_backup_restores_erased_staff_tombstones_and_onto_itself(srv):
    """The exporter's own records restore: a staff comment whose name a
    purge erased, and a site's backup imported into the same database,
    which has staff accounts none of whose names a former staff member's
    comment carries."""
    from test_admin import PASSWORD
    one = backup(srv)
    recs = records(one)
    visible = [i for i, x in enumerate(recs) if x.get("type") == "comment"
               and x["status"] == "visible"]
    recs[visible[0]].update({"author_kind": "staff", "author_name": "",
                             "status": "purged", "body": ""})
    recs[visible[1]].update({"author_kind": "staff",
                             "author_name": "Former Editor"})
    write_records(one, recs)
    db = restore(srv, one, "staffless.db")
    r = srv.cli("user", "add", "Kathi", "--role", "moderator", "--db", db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 0, r.stderr)
    again = os.path.join(srv.dir, "again.jsonl")
    r = srv.cli("export", "json", "--db", db, "--out", again)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("import", "json", again, "--db", db)
    eq(r.returncode, 0, "a site's own backup onto itself: " + r.stderr)
    check("Former Editor" not in r.stderr, r.stderr)


def test_imported_comments_with_impossible_times_are_left_out(srv):
    """A Disqus comment dated 1970 (a zeroed field) or centuries ahead is
    left out of the import, counted, its replies kept at the top level;
    so the site's backup of what was imported restores."""
    path = os.path.join(REPO, "tests", "fixtures", "disqus", "export.xml")
    for old, new in (("2021-07-16T18:40:00Z", "1970-01-01T00:00:00Z"),
                     ("2021-07-17T08:00:00Z", "2999-01-01T00:00:00Z")):
        path = rewritten(srv, path, "odd-times-%s.xml" % new[:4], old, new)
    r = srv.cli("import", "disqus", path, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("times before 1990 or ahead of today 2" in r.stdout, r.stdout)
    check("replies whose parent is missing, kept as top-level: 2"
          in r.stdout, r.stdout)
    restore(srv, backup(srv))


def first_by_path(srv):
    """Adds an article whose path sorts before the demo's, so that a
    restore without the articles' ids gives it another id; its id."""
    extra = os.path.join(srv.dir, "first.jsonl")
    write_records(extra, [
        {"format": "charla-export", "version": 2, "scope": "site"},
        {"type": "article", "path": "/0/first-by-path", "title": "First",
         "byline": "", "published": 1700000000, "is_published": True,
         "body": "Text.", "lead_image": "", "lead_caption": "",
         "labels": "", "source_id": "", "external_url": "",
         "discussion": 0},
        {"type": "end", "articles": 1, "comments": 0}])
    r = srv.cli("import", "json", extra, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    arts = srv.client().get("/api/v1/articles").json()["articles"]
    return [a["id"] for a in arts if a["path"] == "/0/first-by-path"][0]


def test_backup_with_site_key_keeps_readers_handles_and_comments(srv):
    """A plain backup restores with new handles and says so; one made
    with --with-site-key (which warns) restored into a new database keeps
    every reader's handle and their comments on /me, shows the key
    nowhere, and exports again byte for byte."""
    aid = first_by_path(srv)
    reader = srv.client()
    mine = post(reader, aid, "Yo estuve ahí esa noche, todo fue muy rápido.",
                201)
    handle = mine["author"]["handle"]

    plain = backup(srv, "plain.jsonl")
    check(all(x.get("key") != "site_key" and "id" not in x
              for x in records(plain)), "no key, no ids")
    r = srv.cli("import", "json", plain, "--db",
                os.path.join(srv.dir, "plain.db"))
    eq(r.returncode, 0, r.stderr)
    check("readers' handles change; readers cannot reach their earlier "
          "comments from /me" in r.stdout, r.stdout)

    keyed = os.path.join(srv.dir, "keyed.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", keyed,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    check("holds the site key" in r.stderr and "anyone" in r.stderr,
          "the export warns: %r" % r.stderr)
    keys = [x for x in records(keyed) if x.get("key") == "site_key"]
    eq(len(keys), 1, "one key record")
    check("secret" in keys[0], "marked secret")
    key = keys[0]["value"]
    eq(len(key), 64, "the key")
    r = srv.cli("export", "json", "--db", srv.db, "--with-site-key",
                "--article", "/0/first-by-path")
    check(r.returncode != 0 and key not in r.stdout,
          "no key in an article's export")

    db = os.path.join(srv.dir, "keyed.db")
    r = srv.cli("import", "json", keyed, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("site key: taken from the backup: readers keep their handles"
          in r.stdout, r.stdout)
    check(key not in r.stdout + r.stderr, "the key is not shown")
    r = srv.cli("setting", "get", "site_key", "--db", db)
    check(r.returncode != 0 and key not in r.stdout + r.stderr,
          "setting get refuses it: %r" % (r.stdout + r.stderr))
    again = os.path.join(srv.dir, "again.jsonl")
    r = srv.cli("export", "json", "--db", db, "--out", again,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    with open(keyed, "rb") as f, open(again, "rb") as g:
        eq(f.read(), g.read(), "the same bytes")

    # served once, the plain restore has a key of its own
    Server(srv.charla, import_demo=False,
           existing_db=os.path.join(srv.dir, "plain.db")).stop()
    r = srv.cli("import", "json", keyed, "--db",
                os.path.join(srv.dir, "plain.db"))
    eq(r.returncode, 0, r.stderr)
    check("site key: not taken" in r.stdout, r.stdout)

    site = Server(srv.charla, import_demo=False, existing_db=db)
    try:
        c = site.client()
        c.cookies = dict(reader.cookies)
        cs = c.get("/api/v1/articles/%d/comments" % aid).json()["comments"]
        there = [x for x in cs if x["number"] == mine["number"]][0]
        eq(there["author"]["handle"], handle, "the same handle")
        eq(c.get("/me/export").json()["count"], 1, "her comment on /me")
    finally:
        site.stop()


def article_ids(srv, db):
    """path -> id of db's articles, from a --with-site-key export."""
    out = os.path.join(srv.dir, "ids.jsonl")
    r = srv.cli("export", "json", "--db", db, "--out", out, "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    return {x["path"]: x["id"] for x in records(out)
            if x.get("type") == "article"}


def plain_article(srv, path):
    """A backup file of one article at path, without key or ids."""
    f = os.path.join(srv.dir, "plain-%d.jsonl" % len(path))
    write_records(f, [
        {"format": "charla-export", "version": 2, "scope": "site"},
        {"type": "article", "path": path, "title": "T", "byline": "",
         "published": 1700000000, "is_published": True, "body": "Text.",
         "lead_image": "", "lead_caption": "", "labels": "",
         "source_id": "", "external_url": "", "discussion": 0},
        {"type": "end", "articles": 1, "comments": 0}])
    return f


def test_a_keyed_backup_onto_its_own_site_keeps_article_ids(srv):
    """Restored onto a database that has the backup's key already, the
    articles it adds keep their ids, so their readers keep their handles;
    one whose id another article has here gets a new one, and the summary
    says so. (The taken one comes last in path order here: the new id is
    the next free one, which could be a later article's.)"""
    keyed = os.path.join(srv.dir, "k1.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", keyed,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    db = os.path.join(srv.dir, "copy.db")
    r = srv.cli("import", "json", keyed, "--db", db)
    eq(r.returncode, 0, r.stderr)
    for path in ("/2/taken-here", "/1/kept"):
        r = srv.cli("import", "json", plain_article(srv, path), "--db",
                    srv.db)
        eq(r.returncode, 0, r.stderr)
    r = srv.cli("import", "json", plain_article(srv, "/0/only-here"),
                "--db", db)
    eq(r.returncode, 0, r.stderr)
    theirs = article_ids(srv, srv.db)
    mine = article_ids(srv, db)
    eq(theirs["/2/taken-here"], mine["/0/only-here"], "that id is taken")
    keyed = os.path.join(srv.dir, "k2.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", keyed,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("import", "json", keyed, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("site key: the backup's is this site's" in r.stdout, r.stdout)
    check("but for the comments of 1 article stored under a new id"
          in r.stdout, r.stdout)
    mine = article_ids(srv, db)
    eq(mine["/1/kept"], theirs["/1/kept"], "a free id is kept")
    check(mine["/2/taken-here"] != theirs["/2/taken-here"], "a new id")


def test_a_keyed_backup_is_taken_by_a_database_never_served(srv):
    """A database an import filled, never served, has no key yet, so no
    reader ever saw a handle from it: a keyed backup's key is taken."""
    keyed = os.path.join(srv.dir, "k.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", keyed,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    key = [x for x in records(keyed) if x.get("key") == "site_key"][0]
    db = os.path.join(srv.dir, "imported.db")
    r = srv.cli("import", "blogger", os.path.join(REPO, "demo",
                                                  "blogger-export.xml"),
                "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("import", "json", keyed, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("site key: taken from the backup" in r.stdout, r.stdout)
    again = os.path.join(srv.dir, "again.jsonl")
    r = srv.cli("export", "json", "--db", db, "--out", again,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    eq([x for x in records(again) if x.get("key") == "site_key"][0]["value"],
       key["value"], "the backup's key")


def test_a_keyed_backup_refuses_an_absurd_article_id(srv):
    """An article id beyond 2^53 is none charla gave: refused, with the
    line (PostgreSQL would give the next article none)."""
    keyed = os.path.join(srv.dir, "k.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", keyed,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    recs = records(keyed)
    for x in recs:
        if x.get("type") == "article":
            x["id"] = 2 ** 63 - 1
    write_records(keyed, recs)
    r = srv.cli("import", "json", keyed, "--db",
                os.path.join(srv.dir, "huge.db"))
    eq(r.returncode, 1, r.stdout)
    check("\"id\"" in r.stderr, r.stderr)


def test_a_backup_with_the_site_key_is_its_owners_alone(srv):
    """export json --with-site-key --out writes a file only its owner may
    read (0600), whatever the umask, even over an older file."""
    out = os.path.join(srv.dir, "keyed-mode.jsonl")
    with open(out, "w") as f:
        f.write("old")
    os.chmod(out, 0o644)
    with open(out + ".tmp", "w") as f:
        f.write("older")
    os.chmod(out + ".tmp", 0o666)
    r = srv.cli("export", "json", "--db", srv.db, "--out", out,
                "--with-site-key")
    eq(r.returncode, 0, r.stderr)
    eq(os.stat(out).st_mode & 0o777, 0o600, "the key file's mode")
