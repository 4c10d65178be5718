"""test_unseen.py - a comment no reader ever saw (held or pending since it
was posted) that a moderator removes or purges leaves no trace where
readers look: not on the page, in the JSON thread, the count, a reference
or "?c=", nor in what the report and delete endpoints answer anyone but
its author (the same 404 as for an id that names no comment). A tombstone of doxxing would send people looking for it, and
a raid's removed spam would leave a wall of them. A comment readers did
see keeps its tombstone (held by reports later or not), and so does an
unseen one with a reply readers see. Moderators keep it in the log and
can restore it, back to where it waited."""
import json

from harness import check, eq
from test_admin import csrf_of, demo_article, login, premoderated_queue
from test_bulk import api_bulk
from test_embed import BLOG, allow
from test_held import HELD_BODY, SECRETS, post
from test_mod import act
from test_reports import report_url
from test_withdraw import count_of, numbers, place


def moderator(srv):
    mod = login(srv, "Kathi")
    mod.csrf = csrf_of(mod.get("/admin/queue").text)
    return mod


def no_trace(srv, art, comment, before_count, words):
    """comment (as posted) is nowhere a reader looks."""
    reader = srv.client()
    by = numbers(reader, art["id"])
    check(comment["number"] not in by, "not in the JSON thread: %r"
          % by.get(comment["number"]))
    check(comment["id"] not in [x["id"] for x in by.values()], "nor by id")
    page = reader.get(art["path"]).text
    check(place(comment["number"]) not in page, "no place on the page")
    for w in words:
        check(w not in page, "no word of it (%r)" % w)
    eq(count_of(reader, art["id"]), before_count, "counted nowhere")
    r = reader.get(art["path"] + "?c=" + comment["number"])
    check(not r.header("Location").endswith("#c" + comment["number"]),
          "?c= finds nothing: %s" % r.header("Location"))
    return page


def test_held_comment_removed_leaves_no_trace_and_comes_back(srv):
    art = demo_article(srv)
    aid = art["id"]
    before = count_of(srv.client(), aid)
    tombstones = srv.client().get(art["path"]).text.count(
        "Removed by a moderator")
    held = post(srv.client(), aid, HELD_BODY, 202)
    eq(held["status"], "held", "the phone number holds it")
    mod = moderator(srv)
    r = act(mod, held["id"], "remove", {"reason": "doxxing"})
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "removed", "removed")

    page = no_trace(srv, art, held, before, SECRETS)
    eq(page.count("Removed by a moderator"), tombstones, "no tombstone more")
    # a reference to its number stays text, and a reply to it finds none
    ref = post(srv.client(), aid, "Lo que dijo #%s no se ve." % held["number"],
               201)
    page = srv.client().get(art["path"]).text
    check('href="#c%s"' % held["number"] not in page and
          'href="?c=%s' % held["number"] not in page, "no link to it")
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "Reply.", "parent": held["number"]})
    eq(r.status, 404, "a reply to it: no such comment: " + r.text)
    check("removed" not in r.text.lower(), r.text)
    check(place(ref["number"]) in page, "the referring comment is there")

    # moderators still have it: the log, and a restore puts it back in
    # the queue, held as before, still out of the thread
    log = mod.get("/api/v1/mod/log?id=%d" % held["id"]).json()["log"]
    eq([(e["action"], e["from"], e["to"]) for e in log][0],
       ("remove", "held", "removed"), "in the log")
    r = act(mod, held["id"], "restore")
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "held", "held again")
    items = mod.get("/api/v1/mod/queue").json()["items"]
    check(held["id"] in [i["comment"]["id"] for i in items], "in the queue")
    no_trace(srv, art, held, before + 1, SECRETS)  # + the referring one
    # approved, it is published; removed then, it keeps a tombstone
    eq(act(mod, held["id"], "approve").status, 200, "approve")
    eq(act(mod, held["id"], "remove", {"reason": "doxxing"}).status, 200,
       "remove")
    by = numbers(srv.client(), aid)
    eq(by[held["number"]]["status"], "removed", "readers saw it: a tombstone")


def test_pending_spam_bulk_removed_leaves_no_tombstones(srv):
    mod, aid, ids = premoderated_queue(srv, 5)
    art = [a for a in srv.client().get("/api/v1/articles").json()["articles"]
           if a["id"] == aid][0]
    tombstones = srv.client().get(art["path"]).text.count(
        "Removed by a moderator")
    removed = [x for x in numbers(srv.client(), aid).values()
               if x["status"] == "removed"]
    r = api_bulk(mod, {"action": "remove", "reason": "spam", "ids": ids},
                 csrf_of(mod.get("/admin/queue").text))
    eq(r.status, 200, r.text)
    eq(r.json()["done"], 5, r.text)
    by = numbers(srv.client(), aid)
    eq(set(ids) & {x["id"] for x in by.values()}, set(), "none in the JSON")
    eq([x for x in by.values() if x["status"] == "removed"], removed,
       "no tombstone more in the JSON")
    page = srv.client().get(art["path"]).text
    eq(page.count("Removed by a moderator"), tombstones, "none on the page")
    check("Queued comment number" not in page, "no word of them")


def test_published_then_reported_then_removed_keeps_its_tombstone(srv):
    art = demo_article(srv)
    aid = art["id"]
    shown = post(srv.client(), aid, "A remark readers will dislike.", 201)
    for _ in range(3):
        r = srv.reader().post_json(report_url(shown["id"]), {"reason": "spam"})
        eq(r.status, 201, r.text)
    eq(r.json()["held"], True, "held by the third report")
    mod = moderator(srv)
    eq(act(mod, shown["id"], "remove", {"reason": "insult"}).status, 200,
       "remove")
    by = numbers(srv.client(), aid)
    eq((by[shown["number"]]["status"], by[shown["number"]]["reason"]),
       ("removed", "insult"), "readers saw it: its tombstone stays")
    page = srv.client().get(art["path"]).text
    check(place(shown["number"]) in page, "its place on the page")


def test_unseen_comment_with_a_reply_keeps_its_tombstone(srv):
    """A comment no reader saw with a reply readers see (as an import can
    leave it): removed, it keeps its place, the parent its reply needs."""
    art = demo_article(srv)
    aid = art["id"]
    parent = post(srv.client(), aid, "A parent comment.", 201)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "A reply.",
                                "parent": parent["number"]})
    eq(r.status, 201, r.text)
    reply = r.json()["comment"]
    srv.db_exec("UPDATE comments SET status = 2, was_public = 0 WHERE id = %d"
                % parent["id"])
    mod = moderator(srv)
    eq(act(mod, parent["id"], "remove", {"reason": "threat"}).status, 200,
       "remove")
    by = numbers(srv.client(), aid)
    eq(by[parent["number"]]["status"], "removed", "a parent's tombstone")
    eq(by[reply["number"]]["status"], "visible", "the reply under it")


def test_purged_held_comment_leaves_no_trace_nor_text(srv):
    art = demo_article(srv)
    aid = art["id"]
    before = count_of(srv.client(), aid)
    purged_before = srv.client().get(art["path"]).text.count(
        "Removed for legal reasons")
    secret = "xyzzy-unseen-marker"
    held = post(srv.client(), aid, HELD_BODY + " " + secret, 202)
    mod = moderator(srv)
    r = act(mod, held["id"], "purge", {"reason": "doxxing"})
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "purged", "purged")
    page = no_trace(srv, art, held, before, SECRETS + (secret,))
    eq(page.count("Removed for legal reasons"), purged_before,
       "no tombstone more")
    check(secret.encode() not in srv.db_bytes(), "the text is erased")
    log = mod.get("/api/v1/mod/log?id=%d" % held["id"]).json()["log"]
    eq(log[0]["action"], "purge", "in the log")


def test_backup_keeps_a_removed_comment_unseen(srv):
    """`charla export json` says which comments were never public, and
    `charla import json` keeps them so: a held comment removed stays out
    of the restored thread, a published one removed keeps its tombstone."""
    import json
    import os
    art = demo_article(srv)
    aid = art["id"]
    held = post(srv.client(), aid, HELD_BODY, 202)
    shown = post(srv.client(), aid, "Published, then removed.", 201)
    mod = moderator(srv)
    for c in (held, shown):
        eq(act(mod, c["id"], "remove", {"reason": "doxxing"}).status, 200,
           "remove")
    one = os.path.join(srv.dir, "unseen.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    recs = [json.loads(line) for line in open(one, encoding="utf-8")]
    by = {x["number"]: x for x in recs if x.get("type") == "comment"
          and x["status"] == "removed"}
    eq(by[held["number"]]["was_public"], False, "held, then removed")
    eq(by[shown["number"]]["was_public"], True, "published, then removed")
    restored = os.path.join(srv.dir, "unseen.db")
    r = srv.cli("import", "json", one, "--db", restored)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("export", "json", "--db", restored)
    eq(r.returncode, 0, r.stderr)
    check(r.stdout.encode() == open(one, "rb").read(), "the same bytes again")


NO_SUCH_COMMENT = 999999


def answers_about(srv, cid):
    """What a reader who did not write comment cid (a returning one and a
    new one) is answered by every endpoint that names it: (method, path,
    status, body) each, the id in a page's link to itself as "ID"."""
    form = {"Content-Type": "application/x-www-form-urlencoded",
            "Sec-Fetch-Site": "same-origin"}
    embed = {"Origin": BLOG, "Content-Type": "application/json"}
    report = json.dumps({"reason": "spam"})
    out = []
    for c in (srv.reader(), srv.client()):
        for method, path, body, headers in (
                ("GET", "/comments/%d/report", None, None),
                ("POST", "/comments/%d/report", "reason=spam", form),
                ("GET", "/comments/%d/delete", None, None),
                ("POST", "/comments/%d/delete", "", form),
                ("POST", report_url(0).replace("0", "%d"), report,
                 {"Content-Type": "application/json"}),
                ("POST", "/embed/report?comment=%d", report, embed),
                ("DELETE", "/api/v1/comments/%d", None, None)):
            r = c.request(method, path % cid, body, headers)
            # an HTML page's language link names the page's own address
            text = r.text.replace("%%2F%d%%2F" % cid, "%2FID%2F")
            out.append((method, path, r.status, text))
    return out


def test_unseen_comment_is_not_found_by_report_and_delete(srv):
    """Held since it was posted, or removed before any reader saw it: to
    anyone but its author, reporting or deleting it is answered exactly
    as for an id that names no comment, so nobody learns it exists."""
    allow(srv)
    art = demo_article(srv)
    aid = art["id"]
    author = srv.client()
    held = post(author, aid, HELD_BODY, 202)
    eq(held["status"], "held", "the phone number holds it")
    removed = post(srv.client(), aid, HELD_BODY + " Otra vez.", 202)
    mod = moderator(srv)
    eq(act(mod, removed["id"], "remove", {"reason": "doxxing"}).status, 200,
       "removed before any reader saw it")
    missing = answers_about(srv, NO_SUCH_COMMENT)
    for method, path, status, _ in missing:
        eq(status, 404, "%s %s of no comment" % (method, path))
    for cid in (held["id"], removed["id"]):
        for got, want in zip(answers_about(srv, cid), missing):
            eq(got[2], want[2], "%s %s: %s" % (got[0], got[1], got[3]))
            eq(got[3], want[3], "%s %s: the same body" % (got[0], got[1]))
    for w in SECRETS:
        check(all(w not in a[3] for a in answers_about(srv, held["id"])),
              "no word of it")
    # a reply naming it by number is answered as one naming no comment
    def reply_to(number):
        r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                                   {"body": "Reply.", "parent": number})
        return r.status, r.text
    nobody = reply_to("9999")
    eq(nobody[0], 404, nobody[1])
    for c in (held, removed):
        eq(reply_to(c["number"]), nobody, "a reply to #%s" % c["number"])
    # nothing was recorded: no report of it in the queue
    items = mod.get("/api/v1/mod/queue").json()["items"]
    item = [i for i in items if i["comment"]["id"] == held["id"]]
    eq(len(item), 1, "still in the queue")
    eq(item[0]["reports"], [], "no report recorded")
    # its author still can delete it
    r = author.request("DELETE", "/api/v1/comments/%d" % held["id"])
    eq(r.status, 200, r.text)
