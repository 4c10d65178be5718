"""test_rescreen_decided.py - `charla rescreen` and a moderator's
decisions: a comment a moderator approved or restored stays published
when the screen runs again, unless --include-approved asks otherwise."""
from harness import check, eq
from test_mod import act, add_user, comments, login


def _queue_ids(mod):
    return sorted(i["comment"]["id"]
                  for i in mod.get("/api/v1/mod/queue").json()["items"])


def test_rescreen_skips_comments_a_moderator_approved(srv):
    """A comment a moderator removed and restored before any rescreen is
    skipped by it; the others it holds, once approved by a moderator, are
    not held again by a second rescreen, which says how many it skipped;
    --include-approved holds them all again."""
    add_user(srv)
    mod = login(srv)
    _, by = comments(srv)
    ten = by["10"]["id"]
    eq(act(mod, ten, "remove", {"reason": "threat"}).status, 200, "remove")
    eq(act(mod, ten, "restore").status, 200, "restore")
    r = srv.cli("rescreen", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("#10:" not in r.stdout, "#10 is not held: " + r.stdout)
    check("1 skipped: a moderator approved or restored them" in r.stdout,
          r.stdout)
    held = _queue_ids(mod)
    check(len(held) >= 4 and ten not in held, "the others: %r" % held)
    check("%d held for review" % len(held) in r.stdout, r.stdout)
    for cid in held:
        eq(act(mod, cid, "approve").status, 200, "approve %d" % cid)
    eq(_queue_ids(mod), [], "the queue is empty")
    before = mod.get("/api/v1/mod/log").json()["log"][0]["id"]

    r = srv.cli("rescreen", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check(", 0 held for review, %d skipped" % (len(held) + 1) in r.stdout,
          r.stdout)
    eq(_queue_ids(mod), [], "nothing held again")
    eq(mod.get("/api/v1/mod/log").json()["log"][0]["id"], before,
       "nothing logged after the moderator's approvals")

    r = srv.cli("rescreen", "--db", srv.db, "--dry-run")
    eq(r.returncode, 0, r.stderr)
    check(", 0 would be held, %d skipped" % (len(held) + 1) in r.stdout,
          r.stdout)

    r = srv.cli("rescreen", "--db", srv.db, "--include-approved")
    eq(r.returncode, 0, r.stderr)
    check("%d held for review\n" % (len(held) + 1) in r.stdout, r.stdout)
    check("skipped" not in r.stdout, r.stdout)
    eq(_queue_ids(mod), sorted(held + [ten]), "held again, as asked")
