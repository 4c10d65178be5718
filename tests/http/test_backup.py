"""test_backup.py - what a site restored from `charla export json` keeps
and what `charla import json` refuses: a comment no reader saw stays out
of sight after a restore, screening results and reader reports come back
with their comments, records the exporter never writes are refused with
their line and nothing stored, and an export of no article writes
nothing."""
import json
import os

from harness import Server, check, eq
from test_admin import csrf_of, demo_article, login
from test_held import post
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
