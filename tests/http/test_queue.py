"""test_queue.py - the moderation queue past its first page: the count,
the filters and the pages of the queue page and of the JSON API; the
highlights after a redaction; an action pressed twice."""
import re
from urllib.parse import urlencode

from harness import check, eq
from test_admin import (PASSWORD, csrf_of, demo_article, form_fields, login,
                        queue_ids, set_discussion)
from test_mod import act
from test_read import ARTICLE_PATH

QUEUED = 120  # more than two pages of the queue page (50) and of the API


def long_queue(srv):
    """QUEUED pre-moderated comments on the demo article, then (the
    article open again) a later visible comment reported three times, so
    held by reports. Returns (moderator, pending ids, reported id)."""
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    set_discussion(editor, aid, 1)
    url = "/api/v1/articles/%d/comments" % aid
    reader = srv.client()
    ids = []
    for i in range(QUEUED):
        r = reader.post_json(url, {"body": "Queued comment number %d" % i})
        eq(r.status, 202, r.text)
        ids.append(r.json()["comment"]["id"])
    set_discussion(editor, aid, 0)
    r = reader.post_json(url, {"body": "A later comment, reported."})
    eq(r.status, 201, r.text)
    reported = r.json()["comment"]["id"]
    report = "/api/v1/comments/%d/report" % reported
    for _ in range(3):
        eq(srv.client().post_json(report, {"reason": "spam"}).status, 201,
           "reported")
    return mod, ids, reported


def test_queue_pages_count_and_filters(srv):
    mod, ids, reported = long_queue(srv)
    total = QUEUED + 1

    # the page: the real count, fifty items, links to the other pages
    page = mod.get("/admin/queue").text
    check("%d comments need a decision." % total in page, "the whole count")
    eq(queue_ids(page), ids[:50], "the first fifty, oldest first")
    check("Page 1 of 3." in page, "page 1 of 3")
    check('rel="next" href="/admin/queue?page=2"' in page, "a next link")
    page = mod.get("/admin/queue?page=3").text
    eq(queue_ids(page), ids[100:] + [reported], "the last page")
    check('rel="prev" href="/admin/queue?page=2"' in page, "a previous link")
    check('rel="next"' not in page, "no next link on the last page")
    eq(queue_ids(mod.get("/admin/queue?page=99").text), ids[100:] + [reported],
       "a page past the end shows the last")
    for bad in ("0", "x", "-1", "1" * 30):
        eq(mod.get("/admin/queue?page=" + bad).status, 400, "page " + bad)

    # a filter whose match is past the first page, applied before the limit
    page = mod.get("/admin/queue?why=reported").text
    eq(queue_ids(page), [reported], "the reported comment")
    check("1 comment needs a decision." in page, "its count")
    page = mod.get("/admin/queue?why=pending&order=newest&page=2").text
    eq(queue_ids(page), list(reversed(ids))[50:100], "pending, newest, page 2")
    check('href="/admin/queue?page=3&amp;why=pending&amp;order=newest"' in page,
          "the links keep the filters")

    # an action on page 3 comes back to page 3
    page = mod.get("/admin/queue?page=3").text
    r = mod.post_form("/admin/queue/%d/approve" % ids[100],
                      {"csrf": csrf_of(page), "page": "3"})
    eq(r.status, 303, "approve")
    eq(r.header("Location"), "/admin/queue?done=approved&page=3", "same page")
    total -= 1

    # the JSON API: a total, and a cursor through every page
    seen = []
    url = "/api/v1/mod/queue?limit=50"
    pages = 0
    while True:
        r = mod.get(url)
        eq(r.status, 200, r.text)
        body = r.json()
        eq(body["total"], total, "total")
        check(len(body["items"]) <= 50, "at most the limit")
        seen += [i["comment"]["id"] for i in body["items"]]
        pages += 1
        if body["next"] is None:
            break
        url = "/api/v1/mod/queue?limit=50&after=" + body["next"]
    eq(pages, 3, "three pages")
    eq(seen, ids[:100] + ids[101:] + [reported], "every comment once, in order")
    body = mod.get("/api/v1/mod/queue").json()
    eq(len(body["items"]), 50, "fifty by default")
    body = mod.get("/api/v1/mod/queue?why=reported").json()
    eq([i["comment"]["id"] for i in body["items"]], [reported], "why=reported")
    eq((body["total"], body["next"]), (1, None), "one, no next page")
    check("reported" in body["items"][0]["why"], "why says so")
    body = mod.get("/api/v1/mod/queue?order=newest&limit=2").json()
    eq([i["comment"]["id"] for i in body["items"]], [reported, ids[-1]],
       "newest first")
    nxt = mod.get("/api/v1/mod/queue?order=newest&limit=2&after=" +
                  body["next"]).json()
    eq([i["comment"]["id"] for i in nxt["items"]], [ids[-2], ids[-3]],
       "the next page, newest first")
    for q, code in (("limit=0", "bad_request"), ("limit=201", "bad_request"),
                    ("why=everything", "bad_request"),
                    ("after=12", "bad_cursor"), ("after=x-1", "bad_cursor"),
                    ("after=1-" + "9" * 40, "bad_cursor")):
        r = mod.get("/api/v1/mod/queue?" + q)
        eq(r.status, 400, q)
        eq(r.json()["error"]["code"], code, q)

    # the metric counts the whole queue too
    r = srv.client().get("/metrics")
    if r.status == 200:
        check("charla_queue_size %d" % total in r.text, "queue size metric")


def test_queue_action_pressed_twice(srv):
    mod, ids, _ = long_queue(srv)
    page = mod.get("/admin/queue").text
    csrf = csrf_of(page)
    for action, fields, done in (
            ("approve", {}, "already-approved"),
            ("remove", {"reason": "spam"}, "already-removed"),
            ("purge", {"confirm": "yes"}, "already-purged")):
        cid = ids.pop(0)
        path = "/admin/queue/%d/%s" % (cid, action)
        form = dict(fields, csrf=csrf, why="pending")
        eq(mod.post_form(path, form).status, 303, action)
        r = mod.post_form(path, form)
        eq(r.status, 303, action + " twice: back to the queue")
        eq(r.header("Location"), "/admin/queue?done=%s&why=pending" % done,
           "with a notice")
        check(("That comment was already %s." % done.split("-")[1])
              in mod.get(r.header("Location")).text, "the notice")
    # a different decision on a decided comment is still refused
    r = mod.post_form("/admin/queue/%d/approve" % ids[0],
                      {"csrf": csrf})
    eq(r.status, 303, "approve")
    r = mod.post_form("/admin/queue/%d/remove" % ids[0],
                      {"csrf": csrf, "reason": "spam"})
    eq(r.status, 303, "remove after approve is a new decision")
    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {"csrf": csrf})
    eq(r.status, 409, "approve of a removed comment: refused")
    # the JSON API keeps its 409
    api = api_login(srv)
    eq(act(api, ids[1], "approve").status, 200, "API approve")
    eq(act(api, ids[1], "approve").status, 409, "API approve twice: 409")


def api_login(srv):
    api = srv.client()
    r = api.post_json("/api/v1/session", {"name": "Kathi",
                                          "password": PASSWORD})
    eq(r.status, 200, "API login")
    api.csrf = r.json()["csrf"]
    return api


def marks(page):
    return re.findall(r"<mark>(.*?)</mark>", page)


def test_redaction_recomputes_the_highlights(srv):
    aid = demo_article(srv)["id"]
    body = "You rat, I will find you and cut your head off, you rat"
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": body})
    eq(r.status, 202, r.text)
    cid = r.json()["comment"]["id"]
    mod = login(srv, "Kathi")
    api = api_login(srv)

    def held():
        items = api.get("/api/v1/mod/queue").json()["items"]
        return [i for i in items if i["comment"]["id"] == cid][0]

    before = held()
    check(before["screen"]["spans"], "spans before")
    # the redaction shifts everything after it
    r = act(api, cid, "redact", {"span": "You rat, ", "reason": "",
                                 "note": ""})
    eq(r.status, 200, r.text)
    after = held()
    eq(after["comment"]["status"], "held", "still held")
    new_body = after["comment"]["body"].encode()
    check(new_body.startswith(b"[redacted]I will"), new_body)
    check(after["screen"] is not None, "screening data kept")
    for s in after["screen"]["spans"]:
        eq(new_body[s["offset"]:s["offset"] + s["len"]].decode(), s["text"],
           "each span names the new text")
    page = mod.get("/admin/queue").text
    for m in marks(page):
        check(m in after["comment"]["body"], "mark over the new text: " + m)
    check(marks(page), "the threat is highlighted again")


def test_queue_draws_only_spans_that_name_their_text(srv):
    if srv.backend != "sqlite":
        return
    import sqlite3
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "I will find you and cut your head "
                                        "off, you rat"})
    eq(r.status, 202, r.text)
    cid = r.json()["comment"]["id"]
    body = "[redacted] find you and cut your head off, you rat"
    stale = ('{"score":0.9,"category":"threat","spans":['
             '{"offset":0,"len":6,"category":"threat","text":"I will"},'
             '{"offset":24,"len":17,"category":"threat",'
             '"text":"cut your head off"}]}')
    db = sqlite3.connect(srv.db)
    db.execute("UPDATE comments SET body=?, screen=? WHERE id=?",
               (body, stale, cid))
    db.commit()
    page = mod.get("/admin/queue").text
    eq(marks(page), ["cut your head off"], "only the span that matches")
    db.execute("UPDATE comments SET screen=? WHERE id=?",
               ('{"score":0.9,"category":"threat","spans":[],'
                '"spans_cleared":true}', cid))
    db.commit()
    db.close()
    page = mod.get("/admin/queue").text
    check("Highlights cleared after redaction." in page, "cleared, said")
    eq(marks(page), [], "no marks")


def queue_item_html(page, cid):
    m = re.search(r'<article class="queue-item"[^>]* data-id="%d">(.*?)'
                  r'</article>' % cid, page, re.S)
    check(m, "item %d in the queue" % cid)
    return m.group(1)


def test_queue_says_an_author_is_banned_already(srv):
    """A held comment whose author is banned already says so, until when,
    and the key b asks before replacing that ban (a ban for good would
    become 7 days) instead of asking as for a first ban."""
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    troll = srv.client()
    url = "/api/v1/articles/%d/comments" % aid
    held = []
    for i in range(2):
        r = troll.post_json(url, {"body": "I will find you and cut your "
                                          "head off, rat %d" % i})
        eq(r.status, 202, "held: %s" % r.text)
        held.append(r.json()["comment"]["id"])
    other = srv.client().post_json(url, {"body": "I will find you and cut "
                                                 "your head off, pig"})
    eq(other.status, 202, "another reader's, held")
    other = other.json()["comment"]["id"]
    page = mod.get("/admin/queue").text
    for cid in held + [other]:
        item = queue_item_html(page, cid)
        check("banned" not in item.split('class="actions"')[0],
              "nobody banned yet")
        check("Ban the author of this comment for 7 days?" in item,
              "a first ban's question")
    csrf = csrf_of(page)
    r = mod.post_form("/admin/queue/%d/ban" % held[0],
                      {"csrf": csrf, "duration": "permanent"})
    eq(r.status, 303, "banned for good")
    page = mod.get("/admin/queue").text
    for cid in held:
        item = queue_item_html(page, cid)
        check("Its author is banned for good." in item,
              "item %d: the ban in force" % cid)
        check("is banned already. Replace that ban" in item,
              "item %d: b asks before replacing it" % cid)
    item = queue_item_html(page, other)
    check("banned" not in item.split('class="actions"')[0],
          "another reader is not")
    r = mod.post_form("/admin/queue/%d/ban" % held[1],
                      {"csrf": csrf, "duration": "1d"})
    eq(r.status, 303, "replaced by a day")
    es = mod.get("/admin/queue", {"Accept-Language": "es"}).text
    item = queue_item_html(es, held[0])
    check("Su autor está bloqueado hasta el " in item and "<time" in item,
          "until when, in Spanish")
    check("ya está bloqueado. ¿Sustituir" in item, "the question too")


def test_queue_refused_redaction_keeps_the_passage(srv):
    """A redaction refused on the queue page (the passage is not in the
    text, as typed in other capitals) names the comment it is about and
    gives its field back with the passage typed, to correct rather than
    type again; the other items' fields stay empty."""
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": "Eres un imbécil y un "
                                             "vendido, cállate"})
    eq(r.status, 202, "held: %s" % r.text)
    cid, number = r.json()["comment"]["id"], r.json()["comment"]["number"]
    page = mod.get("/admin/queue").text
    for lang, said in (("en", "The text to redact was not found"),
                       ("es", "El texto a tachar no está")):
        r = mod.request("POST", "/admin/queue/%d/redact" % cid,
                        urlencode({"csrf": csrf_of(page),
                                   "span": "IMBÉCIL \"x\""}),
                        {"Content-Type": "application/x-www-form-urlencoded",
                         "Accept-Language": lang})
        eq(r.status, 422, "refused")
        err = re.search(r'<p class="form-error" role="alert">(.*?)</p>',
                        r.text, re.S)
        check(err and err.group(1).startswith("#%s: %s" % (number, said)),
              "%s: names the comment: %s" % (lang, err and err.group(1)))
        item = queue_item_html(r.text, cid)
        check('id="redact-%d" value="IMBÉCIL &quot;x&quot;"' % cid in item,
              "%s: the passage as typed, escaped" % lang)
        eq(r.text.count('name="span" required maxlength="5000" '
                        'autocomplete="off" id="redact-%d" value=' % cid), 1,
           "in its own item only")
        eq(len(re.findall(r'name="span"[^>]* value=', r.text)), 1,
           "no other item's field filled")


def test_redaction_mark_is_in_the_moderators_language(srv):
    """A passage redacted from a Spanish page reads "[tachado]" in the
    comment, not an English word in a Spanish comment; from an English
    one, "[redacted]"."""
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    csrf = csrf_of(mod.get("/admin/queue").text)
    for lang, mark in (("es", "[tachado]"), ("en", "[redacted]")):
        r = srv.client().post_json(url, {"body": "Te vamos a encontrar, "
                                                 "rata %s" % lang})
        eq(r.status, 202, "held: %s" % r.text)
        cid = r.json()["comment"]["id"]
        r = mod.request("POST", "/admin/queue/%d/redact" % cid,
                        urlencode({"csrf": csrf, "span": "rata"}),
                        {"Content-Type": "application/x-www-form-urlencoded",
                         "Accept-Language": lang})
        eq(r.status, 303, "redacted: %s" % r.text[:200])
        item = queue_item_html(mod.get("/admin/queue").text, cid)
        check("Te vamos a encontrar, %s %s" % (mark, lang) in item,
              "%s: the mark in the text" % lang)


def test_queue_item_of_a_draft_says_so_and_links_nowhere(srv):
    """A comment waiting on an article an editor took back to draft: its
    page answers 404 to everyone, staff included, so the queue item's
    number, title and parent are not links there but say "(draft)"."""
    from test_mod import second_article
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    other, _ = second_article(srv, editor)
    url = "/api/v1/articles/%d/comments" % other
    r = srv.client().post_json(url, {"body": "You are an idiot and a moron",
                                     "parent": "1"})
    eq(r.status, 202, "held: %s" % r.text)
    cid = r.json()["comment"]["id"]
    item = queue_item_html(mod.get("/admin/queue").text, cid)
    check('href="/2026/12/second' in item, "published: links to its page")
    edit = "/admin/articles/%d" % other
    fields = form_fields(editor.get(edit).text, edit)
    fields.pop("published", None)
    fields["op"] = "save"
    eq(editor.post_form(edit, fields).status, 303, "back to draft")
    eq(mod.get("/2026/12/second?c=1").status, 404, "its page answers 404")
    for lang, word in (("en", "(draft)"), ("es", "(borrador)")):
        item = queue_item_html(mod.get("/admin/queue",
                                       {"Accept-Language": lang}).text, cid)
        check('href="/2026/12/second' not in item, lang + ": no link to it")
        check("<bdi>Second</bdi></span> %s" % word in item,
              lang + ": says it is a draft")


FILLER_BANS = 600  # more than the bans page lists (STORE_BANS_MAX, 500)


def test_queue_and_thread_mark_a_ban_older_than_the_newest_500(srv):
    """A site with more bans in force than the bans page lists: the queue
    and the article's moderation page still say that a reader whose ban is
    the oldest is banned; the bans page and the API say they list the
    newest only."""
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    troll = srv.client()
    url = "/api/v1/articles/%d/comments" % aid
    r = troll.post_json(url, {"body": "A plain remark from the troll."})
    eq(r.status, 201, r.text)
    number = r.json()["comment"]["number"]
    r = troll.post_json(url, {"body": "I will find you and cut your head "
                                      "off, rat"})
    eq(r.status, 202, "held: %s" % r.text)
    held = r.json()["comment"]["id"]
    page = mod.get("/admin/bans").text
    check("newest-only" not in page, "no note for a few bans")
    r = mod.post_form("/admin/queue/%d/ban" % held,
                      {"csrf": csrf_of(page), "duration": "permanent"})
    eq(r.status, 303, "banned for good")
    # newer bans in force of other readers, in one statement (either
    # backend), after the troll's
    srv.db_exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                "FROM n WHERE i < %d) INSERT INTO bans(author_hash, until, "
                "created, actor, comment_id) SELECT 'filler' || i, 0, "
                "4000000000 + i, 'Kathi', 0 FROM n" % FILLER_BANS)
    page = mod.get("/admin/queue").text
    item = queue_item_html(page, held)
    check("Its author is banned for good." in item,
          "the queue: the oldest ban in force")
    check("is banned already. Replace that ban" in item,
          "the key b asks before replacing it")
    page = mod.get(ARTICLE_PATH).text
    own = re.search(r'id="c%s">.*?</li>' % re.escape(number), page,
                    re.S).group(0)
    check('<p class="mod-banned">Its author is banned for good.</p>' in own,
          "the article's moderation page: the ban by the troll's comment")
    page = mod.get("/admin/bans").text
    eq(len(re.findall(r'action="/admin/bans/(\d+)/lift"', page)), 500,
       "the bans page lists the newest 500")
    check('class="hint newest-only"' in page and
          "Only the newest bans in force are listed here." in page,
          "and says so")
    bans = mod.get("/api/v1/mod/bans").json()
    eq(len(bans["bans"]), 500, "so does the API")
    eq(bans["more"], True, "and says there are more")
