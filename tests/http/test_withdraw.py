"""test_withdraw.py - a comment its author deletes while it awaits review
(held by the screening or by reports, pending under pre-moderation) is
withdrawn: no reader saw it, so it leaves no trace in the thread, its
JSON, the counts or the embed, while a published comment deleted by its
author keeps its "Deleted by its author" place, as does a withdrawn one
that replies hang under. Also: the edit form saves an embedded (external)
article, pre-moderation included, though its path holds a ':'."""
import re
import urllib.parse

from harness import check, eq
from test_admin import demo_article, form_fields, login, set_discussion
from test_embed import BLOG, POST_URL, allow, embed_post, thread
from test_held import HELD_BODY, SECRETS, post
from test_reports import report_url


def thread_json(c, aid):
    return c.get("/api/v1/articles/%d/comments" % aid).json()


def numbers(c, aid):
    return {x["number"]: x for x in thread_json(c, aid)["comments"]}


def count_of(c, aid):
    return [a for a in c.get("/api/v1/articles").json()["articles"]
            if a["id"] == aid][0]["comment_count"]


def place(number):
    return 'id="c%s"' % number


def test_me_counts_add_up_to_its_list(srv):
    # one published, one deleted by its author, one withdrawn before
    # review: /me says 3, as its list shows 3, and how they split
    aid = demo_article(srv)["id"]
    author = srv.client()
    post(author, aid, "A remark I keep.", 201)
    deleted = post(author, aid, "A remark I will take back.", 201)
    held = post(author, aid, HELD_BODY, 202)
    for c in (deleted, held):
        r = author.request("DELETE", "/api/v1/comments/%d" % c["id"])
        eq(r.status, 200, r.text)
    me = author.get("/me").text
    check("this browser&#39;s token: 3</p>" in me, "three in all: " + me)
    for line in ("Published or awaiting review: 1",
                 "Deleted or removed, left as tombstones: 1",
                 "Deleted by you before review, leaving no trace: 1"):
        check("<li>%s</li>" % line in me, line)
    author.cookies["charla_lang"] = "es"
    me = author.get("/me").text
    check("token de este navegador: 3</p>" in me, "in Spanish")
    for line in ("Publicados o en espera de revisión: 1",
                 "Borrados o eliminados, que quedan como lápidas: 1",
                 "Borrados por ti antes de la revisión, sin dejar rastro: 1"):
        check("<li>%s</li>" % line in me, line)


def test_a_reference_to_a_deleted_comment_says_who_deleted_it(srv):
    # ">>N" to a comment its author deleted: its place says "Deleted by
    # its author", and so does the link, not "removed"
    art = demo_article(srv)
    aid = art["id"]
    author = srv.client()
    gone = post(author, aid, "A remark I will take back.", 201)
    r = author.request("DELETE", "/api/v1/comments/%d" % gone["id"])
    eq(r.status, 200, r.text)
    post(srv.client(), aid, ">>%s why did you delete it?" % gone["number"],
         201)
    for lang, title in (("en", "deleted by its author"),
                        ("es", "borrado por su autor")):
        page = srv.client().get(art["path"], {"Accept-Language": lang}).text
        link = '<a class="ref ref-gone" href="#c%s" title="%s">' % (
            gone["number"], title)
        check(link in page, "%s: %s" % (lang, link))


def test_withdrawn_held_comment_leaves_no_trace(srv):
    art = demo_article(srv)
    aid = art["id"]
    author, anyone = srv.client(), srv.client()
    before = count_of(anyone, aid)
    tombstones = anyone.get(art["path"]).text.count("Deleted by its author")
    held = post(author, aid, HELD_BODY, 202)
    eq(held["status"], "held", "the phone number holds it")
    shown = post(author, aid, "A remark I will take back.", 201)

    r = author.request("DELETE", "/api/v1/comments/%d" % held["id"])
    eq(r.status, 200, r.text)
    r = author.request("DELETE", "/api/v1/comments/%d" % shown["id"])
    eq(r.status, 200, r.text)

    by = numbers(anyone, aid)
    check(held["number"] not in by, "not in the JSON thread: %r"
          % by.get(held["number"]))
    check(held["id"] not in [x["id"] for x in by.values()], "nor by id")
    eq(by[shown["number"]]["status"], "deleted",
       "a published one deleted keeps its tombstone")
    page = anyone.get(art["path"]).text
    check(place(held["number"]) not in page, "no place on the page")
    check(place(shown["number"]) in page, "the published one's place stays")
    eq(page.count("Deleted by its author"), tombstones + 1,
       "one tombstone more: the published one's")
    for s in SECRETS:
        check(s not in page, "no word of it (%r)" % s)
    eq(count_of(anyone, aid), before, "counted nowhere")

    # its author still finds it on /me, said to have left no trace, and
    # it is counted neither as theirs on the site nor as a tombstone
    me = author.get("/me")
    eq(me.status, 200, me.text[:300])
    check("Deleted by you before review" in me.text, "in the list")
    check("<li>Deleted or removed, left as tombstones: 1</li>" in me.text,
          "only the published one counts as a tombstone")
    check("<li>Deleted by you before review, leaving no trace: 1</li>"
          in me.text, "the withdrawn one apart")
    ex = author.get("/me/export").json()
    eq(sorted(x["status"] for x in ex["comments"]), ["deleted", "withdrawn"],
       "the export says which was which")

    # a moderator's log still has it, as withdrawn
    mod = login(srv, "Kathi")
    log = mod.get("/api/v1/mod/log?id=%d" % held["id"]).json()["log"]
    eq([(e["action"], e["from"], e["to"]) for e in log][0],
       ("delete", "held", "withdrawn"), "in the log")
    check(place(held["number"]) not in mod.get(art["path"]).text,
          "nor on a moderator's page")


def test_withdrawn_comment_with_replies_keeps_its_place(srv):
    """Held by reports after a reply came, then deleted by its author:
    the reply needs its parent, which stays as a tombstone."""
    aid = demo_article(srv)["id"]
    author, replier = srv.client(), srv.client()
    parent = post(author, aid, "A remark readers dislike.", 201)
    r = replier.post_json("/api/v1/articles/%d/comments" % aid,
                          {"body": "I agree with it.",
                           "parent": parent["number"]})
    eq(r.status, 201, r.text)
    reply = r.json()["comment"]
    for _ in range(3):
        r = srv.reader().post_json(report_url(parent["id"]),
                                   {"reason": "spam"})
        eq(r.status, 201, r.text)
    eq(r.json()["held"], True, "held by the third report")
    r = author.request("DELETE", "/api/v1/comments/%d" % parent["id"])
    eq(r.status, 200, r.text)
    by = numbers(srv.client(), aid)
    eq(by[parent["number"]]["status"], "deleted", "a parent's tombstone")
    eq(by[reply["number"]]["status"], "visible", "the reply under it")


def held_by_reports(srv, aid, author, body):
    """A comment author publishes, then three readers' reports hold."""
    c = post(author, aid, body, 201)
    for _ in range(3):
        r = srv.reader().post_json(report_url(c["id"]), {"reason": "spam"})
        eq(r.status, 201, r.text)
    eq(r.json()["held"], True, "held by the third report")
    return c


def test_deleted_after_readers_saw_it_keeps_its_tombstone(srv):
    """Published, read, then held by reports (no reply under it) and
    deleted by its author: readers saw it, so its place stays as "Deleted
    by its author" and the numbering around it reads on. The same for one
    erased from /me, and the delete page says which it will be."""
    art = demo_article(srv)
    aid = art["id"]
    author, anyone = srv.client(), srv.client()
    tombstones = anyone.get(art["path"]).text.count("Deleted by its author")
    seen = held_by_reports(srv, aid, author, "A remark readers read first.")
    check(place(seen["number"]) not in anyone.get(art["path"]).text,
          "held: out of the thread meanwhile")
    page = author.get("/comments/%d/delete" % seen["id"]).text
    check("replaced by" in page and "without a trace" not in page,
          "the page says its place stays: " + page[:2000])
    r = author.post_form("/comments/%d/delete" % seen["id"], "")
    eq(r.status, 200, r.text[:300])

    by = numbers(anyone, aid)
    eq(by[seen["number"]]["status"], "deleted", "in the JSON thread")
    page = anyone.get(art["path"]).text
    check(place(seen["number"]) in page, "its place on the page")
    eq(page.count("Deleted by its author"), tombstones + 1, "its tombstone")
    check("A remark readers read first." not in page, "without its text")
    mod = login(srv, "Kathi")
    log = mod.get("/api/v1/mod/log?id=%d" % seen["id"]).json()["log"]
    eq([(e["action"], e["from"], e["to"]) for e in log][0],
       ("delete", "held", "deleted"), "in the log")

    # erased with everything else from /me: a tombstone too, while one
    # held since it was posted still goes without a trace
    other = held_by_reports(srv, aid, author, "Another remark they read.")
    unseen = post(author, aid, HELD_BODY, 202)
    me = author.get("/me").text
    token = re.search(r'name="token" value="([^"]+)"', me).group(1)
    r = author.post_form("/me/erase", {"confirm": "erase", "token": token})
    eq(r.status, 200, r.text[:300])
    by = numbers(anyone, aid)
    eq(by[other["number"]]["status"], "deleted", "erased: a tombstone")
    check(unseen["number"] not in by, "the unseen one: no trace")


def test_restored_backup_gives_a_seen_withdrawal_its_tombstone(srv):
    """A backup from before the rule may hold a comment withdrawn after
    readers saw it (was_public): `charla import json` restores it as
    "deleted", as the upgrade does; one no reader saw stays withdrawn."""
    import json
    import os
    art = demo_article(srv)
    aid = art["id"]
    seen = post(srv.client(), aid, "Read, held, then withdrawn.", 201)
    unseen = post(srv.client(), aid, HELD_BODY, 202)
    srv.db_exec("UPDATE comments SET status = 6, body = '' WHERE id IN "
                "(%d, %d)" % (seen["id"], unseen["id"]))
    one = os.path.join(srv.dir, "seen.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    restored = os.path.join(srv.dir, "seen.db")
    r = srv.cli("import", "json", one, "--db", restored)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("export", "json", "--db", restored)
    eq(r.returncode, 0, r.stderr)
    got, path = {}, None
    for x in map(json.loads, r.stdout.splitlines()):
        if x.get("type") == "article":
            path = x["path"]
        elif (x.get("type") == "comment" and path == art["path"] and
              x["number"] in (seen["number"], unseen["number"])):
            got[x["number"]] = x["status"]
    eq(got, {seen["number"]: "deleted", unseen["number"]: "withdrawn"},
       "restored: %r" % got)


def test_edit_form_premoderates_an_embedded_article(srv):
    """The form saves an external article (its path, made from the host
    page's address, has a ':'); the path cannot be changed there; and a
    pending comment withdrawn through the delete page leaves the embed's
    thread and count as they were."""
    allow(srv)
    reader = srv.client()
    art = thread(reader).json()["article"]
    aid, path = art["id"], art["path"]
    check(":" in path, path)
    editor = login(srv, "Ed", "editor")
    url = "/admin/articles/%d" % aid
    form = editor.get(url).text
    check('name="path" maxlength="300" value="%s"' % path in form and
          "readonly" in form, "the path is shown, read-only")
    fields = form_fields(form, url)
    fields["path"] = "/somewhere-else"
    fields["discussion"] = "1"
    fields["op"] = "save"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "saved: " + r.text[:500])
    eq(thread(reader).json()["article"]["path"], path, "the path kept")
    set_discussion(editor, aid, 1)  # saved as it is, again

    pending = embed_post(reader, aid, "A calm remark, under review.", 202)
    eq(pending["status"], "pending", "pre-moderated")
    page = reader.get("/comments/%d/delete" % pending["id"]).text
    check("without a trace" in page, "the page says what deleting does")
    r = reader.post_form("/comments/%d/delete" % pending["id"], "")
    eq(r.status, 200, r.text[:300])
    t = thread(reader).json()
    eq(t["comments"], [], "nothing in the embed's thread")
    counts = reader.get("/api/v1/counts?" + urllib.parse.urlencode(
        {"url": POST_URL}), {"Origin": BLOG}).json()["counts"]
    eq(list(counts.values()), [0], "not counted: %r" % counts)
