"""test_embed.py - embed mode over HTTP: the allow list (setting
embed_origins), CORS headers and preflights, thread.json creating one
external article per canonical URL, the counts endpoint, the iframe page's
frame-ancestors, the <noscript> link, the reader cookie for cross-site
posts, the limits on URLs and titles, and the thread JSON served from the
page cache (per language, the same for staff and readers, never stale)."""
import gzip
import json
import os
import re
import shutil
import tempfile
import time
import urllib.parse

import harness
import test_admin
import test_mod
from harness import check, eq
from test_staff_words import set_created

BLOG = "http://127.0.0.1:9"          # an allowed origin (nothing listens)
OTHER = "https://news.example"        # a second allowed origin
EVIL = "https://evil.example"         # not on the list
POST_URL = BLOG + "/2024/05/a-post.html"


def set_origins(srv, value):
    """Writes the embed_origins setting straight into the database."""
    srv.set_setting("embed_origins", value)


def allow(srv):
    set_origins(srv, BLOG + "\n" + OTHER + "/ ")


def q(**kw):
    return urllib.parse.urlencode(kw)


def thread(c, url=POST_URL, origin=BLOG, **kw):
    h = {"Origin": origin} if origin else {}
    return c.get("/embed/thread.json?" + q(url=url, **kw), h)


def cors_free(r):
    return not [k for k, _ in r.headers
                if k.lower().startswith("access-control-")]


def articles(srv):
    return srv.client().get("/api/v1/articles").json()["articles"]


def test_thread_json_creates_one_article_per_url(srv):
    allow(srv)
    c = srv.client()
    before = len(articles(srv))
    r = thread(c, title="A post")
    eq(r.status, 200, r.text)
    j = r.json()
    eq(j["article"]["title"], "A post", "title from the host page")
    eq(j["article"]["path"], "/x/127.0.0.1:9/2024/05/a-post.html", "path")
    eq(j["comments"], [], "a new thread is empty")
    eq(urllib.parse.unquote(j["embed"]["page"]),
       "/x/127.0.0.1:9/2024/05/a-post.html", "its page, percent-encoded")
    aid = j["article"]["id"]
    # the same URL again (any title, a fragment, upper-case host): same one
    for url in (POST_URL, POST_URL + "#comments",
                POST_URL.replace("http://", "HTTP://")):
        r = thread(c, url=url, title="Another title")
        eq(r.status, 200, r.text)
        eq(r.json()["article"]["id"], aid, "idempotent for " + url)
        eq(r.json()["article"]["title"], "A post", "title kept")
    eq(len(articles(srv)), before + 1, "exactly one article created")
    r = thread(c, url=OTHER + "/other?p=1")
    eq(r.status, 200, r.text)
    check(r.json()["article"]["id"] != aid, "another URL, another article")
    eq(len(articles(srv)), before + 2, "two articles")


def test_thread_json_answers_like_the_api_with_an_etag(srv):
    allow(srv)
    c = srv.client()
    j = thread(c).json()
    aid = j["article"]["id"]
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Native post about #1"})
    eq(r.status, 201, r.text)
    r = thread(c)
    api = c.get("/api/v1/articles/%d/comments" % aid).json()
    got = r.json()
    eq(got["comments"], api["comments"], "same comments as the API")
    eq(got["embed"]["visible"], 1, "count")
    check(got["embed"]["times"]["1"], "site-local time of comment 1")
    etag = r.header("ETag")
    r = c.get("/embed/thread.json?" + q(url=POST_URL),
              {"Origin": BLOG, "If-None-Match": etag})
    eq(r.status, 304, "unchanged thread")


def test_unknown_origins_are_refused_without_data(srv):
    allow(srv)
    c = srv.client()
    before = len(articles(srv))
    # the page's Origin is not on the list
    r = thread(c, origin=EVIL)
    eq(r.status, 403, r.text)
    check(cors_free(r), "no CORS headers for a refused origin")
    check(b"comments" not in r.body, "no thread data")
    # the URL is not on the list (even without an Origin header)
    r = thread(c, url=EVIL + "/post", origin=None)
    eq(r.status, 403, r.text)
    r = thread(c, url=EVIL + "/post", origin=BLOG)
    eq(r.status, 403, r.text)
    # a sandboxed page sends "null"
    r = thread(c, origin="null")
    eq(r.status, 403, r.text)
    eq(len(articles(srv)), before, "nothing created")
    # an empty list allows nobody
    set_origins(srv, "")
    eq(thread(c).status, 403, "empty allow list")


def test_cors_headers_for_allowed_origins_only(srv):
    allow(srv)
    c = srv.client()
    r = thread(c)
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "allowed origin")
    eq(r.header("Access-Control-Allow-Credentials"), "true", "credentials")
    check("Origin" in (r.header("Vary") or ""), "Vary: Origin")
    r = thread(c, origin=OTHER)
    eq(r.header("Access-Control-Allow-Origin"), OTHER, "trailing / in list")
    # the reader API under /api/v1: a report from an allowed page
    cid = thread(c).json()["article"]["id"]
    cm = c.post_json("/api/v1/articles/%d/comments" % cid,
                     {"body": "to be reported"}).json()["comment"]
    r = c.request("POST", "/api/v1/comments/%d/report" % cm["id"],
                  json.dumps({"reason": "spam"}),
                  {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, 201, r.text)
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "report: CORS")
    r = c.request("POST", "/api/v1/comments/%d/report" % cm["id"],
                  json.dumps({"reason": "spam"}),
                  {"Origin": EVIL, "Content-Type": "application/json"})
    check(cors_free(r), "refused origin: no CORS headers")
    # same origin: untouched
    r = c.get("/api/v1/counts?" + q(url=POST_URL),
              {"Origin": "http://127.0.0.1:%d" % srv.port})
    eq(r.status, 200, r.text)
    check(cors_free(r), "same origin needs no CORS")
    # staff endpoints never answer another origin
    r = c.get("/api/v1/mod/queue", {"Origin": BLOG})
    check(cors_free(r), "no CORS on moderation endpoints")
    r = c.request("OPTIONS", "/api/v1/session", None,
                  {"Origin": BLOG, "Access-Control-Request-Method": "POST"})
    check(cors_free(r), "no CORS on the staff session")


def test_api_thread_has_cors_for_allowed_origin(srv):
    """Needs router.c to call embed_cors before the article routes."""
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    r = c.get("/api/v1/articles/%d/comments" % aid, {"Origin": BLOG})
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "thread via the API")
    r = c.request("OPTIONS", "/api/v1/articles/%d/comments" % aid, None,
                  {"Origin": BLOG, "Access-Control-Request-Method": "POST"})
    eq(r.status, 204, "preflight of the API post")


def test_preflight(srv):
    allow(srv)
    c = srv.client()
    for path in ("/embed/comments?article=1", "/embed/report?comment=1",
                 "/api/v1/comments/1/report", "/api/v1/comments/1"):
        r = c.request("OPTIONS", path, None, {
            "Origin": BLOG, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        eq(r.status, 204, path)
        eq(r.header("Access-Control-Allow-Origin"), BLOG, path)
        methods = r.header("Access-Control-Allow-Methods") or ""
        for m in ("GET", "POST", "DELETE"):
            check(m in methods, "%s allows %s" % (path, m))
        hdrs = r.header("Access-Control-Allow-Headers") or ""
        check("Content-Type" in hdrs and "X-CSRF-Token" in hdrs, hdrs)
        r = c.request("OPTIONS", path, None, {
            "Origin": EVIL, "Access-Control-Request-Method": "POST"})
        eq(r.status, 403, "refused preflight " + path)
        check(cors_free(r), "no CORS headers for a refused preflight")


def test_counts_endpoint(srv):
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    for i in range(3):
        r = srv.client().post_json(
            "/api/v1/articles/%d/comments" % aid,
            {"body": "Reader %d thinks the article is well researched." % i})
        eq(r.status, 201, r.text)
    other = OTHER + "/nothing-yet"
    r = c.get("/api/v1/counts?" + urllib.parse.urlencode(
        [("url", POST_URL), ("url", other), ("url", "not a url")]),
        {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "counts: CORS")
    eq(r.json(), {"counts": {POST_URL: 3, other: 0}}, "counts")
    r = c.get("/api/v1/counts?" + urllib.parse.urlencode(
        [("url", "%s/p%d" % (BLOG, i)) for i in range(51)]))
    eq(r.status, 400, "more than 50 URLs")
    eq(r.json()["error"]["code"], "too_many", "the code docs/embed.md names")
    eq(c.get("/api/v1/counts").json(), {"counts": {}}, "no URLs")
    r = c.get("/api/v1/counts?" + q(url=POST_URL), {"Origin": EVIL})
    eq(r.status, 403, "refused origin")


def test_url_and_title_limits(srv):
    allow(srv)
    c = srv.client()
    long_url = BLOG + "/" + "a" * (1024 - len(BLOG) - 1)
    eq(len(long_url), 1024, "test setup")
    eq(thread(c, url=long_url).status, 200, "1024 bytes is fine")
    eq(thread(c, url=long_url + "b").status, 400, "1025 bytes is too long")
    for bad in ("", "javascript:alert(1)", "ftp://127.0.0.1:9/x",
                BLOG + "/a b", BLOG + "/<script>", "//127.0.0.1:9/x",
                "http://user@127.0.0.1:9/x", "http:///x"):
        r = thread(c, url=bad)
        eq(r.status, 400, "refused URL %r" % bad)
    r = thread(c, url=BLOG + "/titled", title="\u00e9" * 150 + "\x01")
    eq(r.status, 200, r.text)
    t = r.json()["article"]["title"]
    check(len(t.encode("utf-8")) <= 200, "title bounded: %d bytes" %
          len(t.encode("utf-8")))
    eq(t, "\u00e9" * 100, "cut at a character boundary")
    r = thread(c, url=BLOG + "/untitled")
    eq(r.json()["article"]["title"], BLOG + "/untitled", "URL as title")


def test_cross_site_post_cookie_and_handle(srv):
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    h = {"Origin": BLOG, "Content-Type": "application/json",
         "X-Forwarded-Proto": "https"}
    path = "/embed/comments?article=%d" % aid
    r = c.request("POST", path, json.dumps({"body": "From the blog"}), h)
    eq(r.status, 201, r.text)
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "CORS on the post")
    cookie = r.header("Set-Cookie")
    check(cookie.startswith("charla_reader="), cookie)
    for part in ("SameSite=None", "Secure", "Partitioned", "HttpOnly"):
        check(part in cookie, "%s in %s" % (part, cookie))
    handle = r.json()["comment"]["author"]["handle"]
    r = c.request("POST", path, json.dumps(
        {"body": "A reply to #1", "parent": "1"}), h)
    eq(r.status, 201, r.text)
    eq(r.json()["comment"]["number"], "1.1", "reply numbered")
    eq(r.json()["comment"]["author"]["handle"], handle, "same handle")
    eq(r.header("Set-Cookie"), None, "no new cookie for a known reader")
    # over plain http the handler's Lax cookie stays
    r = srv.client().request("POST", path, json.dumps({"body": "http"}),
                             {"Origin": BLOG,
                              "Content-Type": "application/json"})
    check("SameSite=Lax" in r.header("Set-Cookie"), r.header("Set-Cookie"))
    # a simple (unpreflighted) cross-site post is refused
    r = c.request("POST", path, json.dumps({"body": "form"}),
                  {"Origin": BLOG, "Content-Type": "text/plain"})
    eq(r.status, 415, "text/plain refused")
    r = c.request("POST", path, json.dumps({"body": "evil"}),
                  {"Origin": EVIL, "Content-Type": "application/json"})
    eq(r.status, 403, "refused origin cannot post")
    # native articles are not posted to through /embed/
    native = [a for a in articles(srv) if not a["path"].startswith("/x/")]
    r = c.request("POST", "/embed/comments?article=%d" % native[0]["id"],
                  json.dumps({"body": "x"}), h)
    eq(r.status, 404, "native article")


def test_embed_post_screens_the_display_name(srv):
    allow(srv)
    r = srv.cli("setting", "set", "protected_names", "María Fernanda López",
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    r = c.request("POST", "/embed/comments?article=%d" % aid,
                  json.dumps({"body": "Gracias por el reportaje.",
                              "name": "María Fernanda López"}),
                  {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, 202, "held as the API holds it: " + r.text)
    check("María" not in thread(c).text, "not in the thread")


def test_report_through_embed(srv):
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    cm = c.post_json("/api/v1/articles/%d/comments" % aid,
                     {"body": "report me"}).json()["comment"]
    r = srv.client().request(
        "POST", "/embed/report?comment=%d" % cm["id"],
        json.dumps({"reason": "off topic"}),
        {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, 201, r.text)
    eq(r.json()["reported"], True, "reported")


RLO = "\u202e"


def isolated(page, text):
    """Whether text stands on the page only set apart for its direction:
    inside a <bdi>, or between U+2068 and U+2069 where HTML takes no
    markup (an <option>, the <title>)."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (page.count(esc) > 0 and
            page.count(esc) == page.count("<bdi>" + esc + "</bdi>") +
            page.count("\u2068" + esc + "\u2069"))


def test_a_title_cannot_reverse_what_follows_it(srv):
    """A right-to-left override in a title the host page sets used to run
    on into the queue item's header, showing the author and the date after
    it reversed; every page that writes a title in a line of other text
    sets it apart (<bdi>), as names are."""
    allow(srv)
    title = "Nota " + RLO + "al reves"
    reader = srv.client()
    aid = thread(reader, title=title).json()["article"]["id"]
    cm = reader.post_json("/api/v1/articles/%d/comments" % aid,
                          {"body": "A comment to report."}).json()["comment"]
    r = srv.client().post_form("/comments/%d/report" % cm["id"],
                               {"reason": "off topic"})
    check(r.status in (200, 303), "reported: %d" % r.status)
    mod = test_admin.login(srv, "Ed", "editor")
    page = mod.get("/admin/queue").text
    check('data-id="%d"' % cm["id"] in page, "in the queue")
    check(isolated(page, title), "the queue item's title is isolated")
    check(isolated(mod.get("/admin/articles").text, title),
          "the article list's title is isolated")
    check(isolated(reader.get("/me").text, title),
          "the reader's list of comments: the title is isolated")
    page = reader.get(thread(reader).json()["embed"]["page"]).text
    m = re.search(r"<title>([^<]*)</title>", page)
    check(m and m.group(1).startswith("\u2068" + title + "\u2069 · "),
          "the document title holds it in an isolate: %r"
          % (m and m.group(1)))


def test_mine_names_the_readers_comments_they_may_delete(srv):
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    other = thread(c, url=BLOG + "/other.html").json()["article"]["id"]
    h = {"Origin": BLOG, "Content-Type": "application/json"}
    mine = "/embed/mine?article=%d" % aid
    r = c.get(mine, {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq(r.json(), {"mine": [], "held": []}, "no cookie, nothing")
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "CORS")
    eq(r.header("Cache-Control"), "private, no-store", "never cached")
    ids = []
    for body in ("First of mine", "Second of mine"):
        r = c.request("POST", "/embed/comments?article=%d" % aid,
                      json.dumps({"body": body}), h)
        eq(r.status, 201, r.text)
        ids.append(r.json()["comment"]["id"])
    r = c.request("POST", "/embed/comments?article=%d" % other,
                  json.dumps({"body": "Mine, on another page"}), h)
    eq(r.status, 201, r.text)
    c2 = srv.client()
    r = c2.request("POST", "/embed/comments?article=%d" % aid,
                   json.dumps({"body": "Another reader's"}), h)
    eq(r.status, 201, r.text)
    theirs = r.json()["comment"]["id"]
    got = c.get(mine, {"Origin": BLOG}).json()["mine"]
    eq(sorted(m["id"] for m in got), sorted(ids), "this page's, mine only")
    for m in got:
        check(0 < m["left"] <= 15 * 60, "seconds left: %r" % m)
    eq([m["id"] for m in c2.get(mine, {"Origin": BLOG}).json()["mine"]],
       [theirs], "the other reader's")
    # deleted: no longer listed
    r = c.request("DELETE", "/api/v1/comments/%d" % ids[0], None,
                  {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq([m["id"] for m in c.get(mine, {"Origin": BLOG}).json()["mine"]],
       [ids[1]], "the deleted one is gone")
    eq(c.get(mine, {"Origin": EVIL}).status, 403, "refused origin")
    eq(c.get("/embed/mine", {"Origin": BLOG}).status, 400, "no article")
    eq(c.get("/embed/mine?article=x", {"Origin": BLOG}).status, 400,
       "bad article")


HELD_THREAT = "I will find you and cut your head off, you rat"


def embed_post(c, aid, body, status):
    """Posts body through the widget's endpoint; returns the comment."""
    r = c.request("POST", "/embed/comments?article=%d" % aid,
                  json.dumps({"body": body}),
                  {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, status, "%r: %s" % (body, r.text))
    return r.json()["comment"]


def premoderate(srv, aid):
    """Puts an article under pre-moderation, straight in the database."""
    srv.db_exec("UPDATE articles SET discussion = 1, version = version + 1 "
                "WHERE id = %d" % aid)


def test_mine_lists_the_readers_comments_awaiting_review(srv):
    """A comment awaiting review is not in the thread JSON, and /me on
    charla's own address does not see the widget's cookie on another
    site: /embed/mine lists the reader's own held comments, with an
    excerpt and the time left to delete them, and nobody else's."""
    allow(srv)
    c, c2 = srv.client(), srv.client()
    aid = thread(c).json()["article"]["id"]
    other = thread(c, url=BLOG + "/other.html").json()["article"]["id"]
    mine = "/embed/mine?article=%d" % aid
    eq(c.get(mine, {"Origin": BLOG}).json(), {"mine": [], "held": []},
       "no cookie, nothing")
    published = embed_post(c, aid, "A published comment of mine.", 201)
    held = embed_post(c, aid, HELD_THREAT + ". **More** words " + "x" * 200,
                      202)
    eq(held["status"], "held", "the screening holds it")
    embed_post(c, other, HELD_THREAT + " on another page", 202)
    theirs = embed_post(c2, aid, HELD_THREAT + ", said another", 202)
    r = c.get(mine, {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq(r.header("Cache-Control"), "private, no-store", "never cached")
    j = r.json()
    eq([m["id"] for m in j["mine"]], [published["id"]],
       "the published one is in mine")
    eq([h["id"] for h in j["held"]], [held["id"]],
       "only my held comment of this page")
    excerpt = j["held"][0]["excerpt"]
    check(excerpt.startswith(HELD_THREAT + ". More words"),
          "plain text: %r" % excerpt)
    check(len(excerpt) <= 81 and excerpt.endswith("\u2026"),
          "cut to 80 characters: %r" % excerpt)
    check(0 < j["held"][0]["left"] <= 15 * 60, "seconds left: %r" % j)
    eq(j["held"][0]["seen"], False, "no reader saw it: deleted, no trace")
    eq([h["id"] for h in c2.get(mine, {"Origin": BLOG}).json()["held"]],
       [theirs["id"]], "the other reader sees theirs only")
    # held after readers saw it (as reports would): deleted, it would
    # keep a tombstone, and the widget is told so
    srv.db_exec("UPDATE comments SET status = 2 WHERE id = %d"
                % published["id"])
    got = c.get(mine, {"Origin": BLOG}).json()["held"]
    eq([(h["id"], h["seen"]) for h in got],
       [(held["id"], False), (published["id"], True)], "seen: %r" % got)
    srv.db_exec("UPDATE comments SET status = 0 WHERE id = %d"
                % published["id"])
    check("head off" not in thread(c).text, "still not in the thread")

    # pre-moderation holds it as pending: listed too
    premoderate(srv, other)
    pending = embed_post(c, other, "A calm remark, under review.", 202)
    eq([h["excerpt"] for h in c.get("/embed/mine?article=%d" % other,
                                    {"Origin": BLOG}).json()["held"]],
       ["A calm remark, under review.",
        HELD_THREAT + " on another page"], "pending and held, newest first")

    # the author deletes it through the API the widget calls; it is gone
    r = c.request("DELETE", "/api/v1/comments/%d" % held["id"], None,
                  {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq(c.get(mine, {"Origin": BLOG}).json()["held"], [], "deleted: gone")
    eq([x for x in thread(c).json()["comments"] if x["id"] == held["id"]],
       [], "withdrawn: no tombstone in the thread, as after /me")

    # past the author's window, as for a published comment and as on /me:
    # still listed, nothing left to delete it with
    set_created(srv, pending["id"], int(time.time()) - 16 * 60)
    got = c.get("/embed/mine?article=%d" % other, {"Origin": BLOG}).json()
    eq([(h["id"], h["left"]) for h in got["held"]][0], (pending["id"], 0),
       "window closed")
    r = c.request("DELETE", "/api/v1/comments/%d" % pending["id"], None,
                  {"Origin": BLOG})
    eq(r.status, 403, r.text)
    eq(r.json()["error"]["code"], "too_late", "the same rule")


def test_embed_export_and_erase(srv):
    allow(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    h = {"Origin": BLOG, "Content-Type": "application/json"}
    for body in ("Mine to take back", "Mine too"):
        r = c.request("POST", "/embed/comments?article=%d" % aid,
                      json.dumps({"body": body}), h)
        eq(r.status, 201, r.text)
    r = c.get("/embed/me/export", {"Origin": BLOG})
    eq(r.status, 200, r.text)
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "CORS")
    eq(r.json()["count"], 2, "both comments")
    eq(r.json()["comments"][0]["body"], "Mine to take back", "as written")
    eq(srv.client().get("/embed/me/export", {"Origin": BLOG}).json(),
       {"comments": [], "count": 0}, "nothing without the cookie")
    eq(c.get("/embed/me/export", {"Origin": EVIL}).status, 403, "refused")
    erase = "/embed/me/erase"
    # another site's form cannot send it; a listed page must confirm
    r = c.request("POST", erase, "confirm=erase",
                  {"Origin": BLOG,
                   "Content-Type": "application/x-www-form-urlencoded"})
    eq(r.status, 415, "a form is refused")
    r = c.request("POST", erase, json.dumps({"confirm": "erase"}),
                  {"Origin": EVIL, "Content-Type": "application/json"})
    eq(r.status, 403, "refused origin")
    r = c.request("POST", erase, json.dumps({"confirm": "yes"}), h)
    eq(r.status, 422, r.text)
    eq(c.get("/embed/me/export", {"Origin": BLOG}).json()["comments"][0]
       ["status"], "visible", "nothing erased yet")
    # the Spanish word works too, and the cross-site cookie is cleared
    hs = dict(h, **{"X-Forwarded-Proto": "https"})
    r = c.request("POST", erase + "?lang=es",
                  json.dumps({"confirm": " BORRAR "}), hs)
    eq(r.status, 200, r.text)
    eq(r.json()["erased"], 2, r.text)
    check(r.json()["message"].startswith("Listo: 2 comentarios"), r.text)
    cookie = r.header("Set-Cookie")
    for part in ("charla_reader=;", "Max-Age=0", "SameSite=None", "Secure",
                 "Partitioned"):
        check(part in cookie, "%s in %s" % (part, cookie))
    t = thread(c).json()
    eq([x["status"] for x in t["comments"]], ["deleted", "deleted"],
       "tombstones")
    check("take back" not in json.dumps(t), "text erased")


def test_thread_json_offers_the_report_reasons(srv):
    allow(srv)
    c = srv.client()
    msg = thread(c).json()["embed"]["msg"]
    eq(msg["report_reasons"], ["threat", "doxxing", "hate", "insult", "spam",
                               "off-topic"], "as the report page's")
    msg = thread(c, lang="es").json()["embed"]["msg"]
    check("amenaza" in msg["report_reasons"], msg["report_reasons"])
    eq(msg["delete"], "Borrar", "Spanish")


def test_iframe_page_frame_ancestors(srv):
    allow(srv)
    c = srv.client()
    r = c.get("/embed/thread?" + q(url=POST_URL, title="T <b>", lang="es"))
    eq(r.status, 200, r.text)
    csps = r.headers_named("Content-Security-Policy")
    eq(len(csps), 1, "one CSP header, replaced")
    check("frame-ancestors %s %s" % (BLOG, OTHER) in csps[0], csps[0])
    check("'none'" not in csps[0].split("frame-ancestors")[1], csps[0])
    check("script-src 'self'" in csps[0], "still strict")
    page = r.text
    check('id="charla-thread"' in page and 'data-frame="1"' in page, page)
    check("T &lt;b&gt;" in page, "title escaped")
    check('lang="es"' in page, "language")
    check('<script src="/embed/embed.js" defer></script>' in page, page)
    check("<noscript>" in page and "/embed/page?url" in page, "noscript")
    eq(c.get("/embed/thread?" + q(url=EVIL + "/x")).status, 403, "refused")
    eq(c.get("/embed/thread?" + q(url="nope")).status, 400, "bad URL")
    # other pages stay unframeable
    r = c.get("/")
    check("frame-ancestors 'none'" in r.header("Content-Security-Policy"),
          "front page")


def test_noscript_link_leads_to_a_working_page(srv):
    allow(srv)
    c = srv.client()
    # a reader following the link on the host page: the browser names
    # that page in Referer (its origin, by default, across sites)
    link = "/embed/page?" + q(url=POST_URL, title="Post title")
    eq(c.get(link).status, 403, "made only from a listed page")
    r = c.get(link, {"Referer": BLOG + "/"})
    eq(r.status, 303, r.text)
    loc = r.header("Location")
    eq(loc, "/x/127.0.0.1%3A9/2024/05/a-post.html#comments", "location")
    page = c.get(loc.split("#")[0])
    eq(page.status, 200, page.text)
    check("Post title" in page.text, "title")
    check('href="%s"' % POST_URL in page.text, "links back to the post")
    m = page.text.split('action="/articles/')[1].split('"')[0]
    r = c.post_form("/articles/" + m, {"body": "Posted without JavaScript"})
    eq(r.status, 303, r.text)
    eq(thread(c).json()["comments"][0]["html"].strip(),
       "<p>Posted without JavaScript</p>", "the post is in the thread")
    eq(c.get("/embed/page?" + q(url=EVIL + "/x")).status, 403, "refused")


def test_widget_files(srv):
    c = srv.client()
    r = c.get("/embed/embed.js")
    eq(r.status, 200, r.text)
    check(r.header("Content-Type").startswith("text/javascript"), "type")
    check(len(gzip.compress(r.body, 9)) <= 8192, "at most 8 KB gzipped")
    eq(c.get("/embed/embed.js", {"If-None-Match": r.header("ETag")}).status,
       304, "ETag")
    r = c.get("/embed/embed.css")
    eq(r.status, 200, r.text)
    check(r.header("Content-Type").startswith("text/css"), "css type")
    with open(os.path.join(harness.REPO, "web", "embed.js"), "rb") as f:
        eq(c.get("/embed/embed.js").body, f.read(), "serves web/embed.js")
    eq(c.get("/embed/nothing").status, 404, "unknown")


# --- the thread JSON from the page cache ----------------------------------

def cache_counts(c):
    """(hits, misses) of the page cache, from /metrics."""
    text = c.get("/metrics").text
    hits = re.search(r"^charla_page_cache_hits_total (\d+)$", text, re.M)
    misses = re.search(r"^charla_page_cache_misses_total (\d+)$", text, re.M)
    check(hits and misses, "page cache counters in /metrics")
    return int(hits.group(1)), int(misses.group(1))


def test_thread_json_is_served_from_the_page_cache(srv):
    allow(srv)
    c = srv.client()
    first = thread(c)
    eq(first.status, 200, first.text)
    hits, misses = cache_counts(c)
    again = thread(c)
    eq(again.status, 200, again.text)
    eq(cache_counts(c), (hits + 1, misses), "the second answer is a hit")
    eq(again.body, first.body, "the same bytes")
    eq(again.header("ETag"), first.header("ETag"), "the same ETag")
    eq(again.header("Access-Control-Allow-Origin"), BLOG,
       "CORS headers still per request")
    r = c.get("/embed/thread.json?" + q(url=POST_URL),
              {"Origin": BLOG, "If-None-Match": first.header("ETag")})
    eq(r.status, 304, "revalidated from the cache")
    eq(r.body, b"", "no body with 304")
    # a reader that accepts gzip gets the cached gzip copy
    r = c.get("/embed/thread.json?" + q(url=POST_URL),
              {"Origin": BLOG, "Accept-Encoding": "gzip"})
    eq(r.status, 200, r.text)
    eq(r.header("Content-Encoding"), "gzip", "gzip")
    eq(gzip.decompress(r.body), first.body, "gzip of the same bytes")
    check(r.header("ETag") != first.header("ETag"), "its own ETag")


def test_thread_json_cache_follows_posts_and_moderation(srv):
    allow(srv)
    c = srv.client()
    j = thread(c).json()
    aid = j["article"]["id"]
    thread(c)  # cached
    r = c.request("POST", "/embed/comments?article=%d" % aid,
                  json.dumps({"body": "Fresh words for the cache test."}),
                  {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, 201, r.text)
    cid = r.json()["comment"]["id"]
    r = thread(c)
    got = r.json()
    eq([x["id"] for x in got["comments"]], [cid], "the new comment, at once")
    eq(got["embed"]["visible"], 1, "counted")
    etag = r.header("ETag")
    # a moderator removes it: the next answer says so
    test_mod.add_user(srv)
    mod = test_mod.login(srv)
    r = test_mod.act(mod, cid, "remove", {"reason": "spam"})
    eq(r.status // 100, 2, r.text)
    r = thread(c)
    got = r.json()
    eq(got["comments"][0]["status"], "removed", "the tombstone, at once")
    check("Fresh words" not in r.text, "the removed text is gone")
    check(r.header("ETag") != etag, "a new ETag")
    r = c.get("/embed/thread.json?" + q(url=POST_URL),
              {"Origin": BLOG, "If-None-Match": etag})
    eq(r.status, 200, "the old ETag no longer matches")


def test_thread_json_cache_is_per_language(srv):
    allow(srv)
    c = srv.client()
    es = thread(c, lang="es")
    en = thread(c, lang="en")
    hits, misses = cache_counts(c)
    es2 = thread(c, lang="es")
    en2 = thread(c, lang="en")
    eq(cache_counts(c), (hits + 2, misses), "both languages from the cache")
    eq(es2.body, es.body, "Spanish copy")
    eq(en2.body, en.body, "English copy")
    check(es.body != en.body, "the languages differ")
    eq(es2.json()["embed"]["msg"]["reply"], "Responder", "Spanish texts")
    eq(en2.json()["embed"]["msg"]["reply"], "Reply", "English texts")
    check(es2.header("ETag") != en2.header("ETag"), "ETags differ")


def test_thread_json_is_the_same_for_staff_and_readers(srv):
    """Nothing in the thread JSON depends on the viewer, so the one cached
    copy serves both: a moderator gets the reader's bytes and a reader the
    moderator's, and neither holds a session, CSRF token or held text."""
    allow(srv)
    reader = srv.client()
    aid = thread(reader).json()["article"]["id"]
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "A visible comment."})
    eq(r.status, 201, r.text)
    test_mod.add_user(srv)
    mod = test_mod.login(srv)
    # the moderator asks first after the change, then the reader
    m = thread(mod)
    hits, misses = cache_counts(reader)
    rd = thread(reader)
    eq(cache_counts(reader), (hits + 1, misses), "the reader's is a hit")
    eq(rd.body, m.body, "the reader gets the moderator's bytes")
    # and the other way round after the next change
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "Another visible comment."})
    eq(r.status, 201, r.text)
    rd = thread(reader)
    m = thread(mod)
    eq(m.body, rd.body, "the moderator gets the reader's bytes")
    for what, body in (("reader", rd.text), ("moderator", m.text)):
        check(mod.csrf not in body, what + ": no CSRF token")
        for v in mod.cookies.values():
            check(v not in body, what + ": no session")
        check("mod-tools" not in body and "/admin/" not in body,
              what + ": no staff controls")


def test_widget_files_come_from_the_web_folder(srv):
    """embed.js and embed.css are served from --web like the other static
    files, not from the folder the server runs in."""
    web = tempfile.mkdtemp(prefix="charla-web-")
    try:
        src = os.path.join(harness.REPO, "web")
        for name in os.listdir(src):
            shutil.copy(os.path.join(src, name), web)
        with open(os.path.join(web, "embed.js"), "ab") as f:
            f.write(b"\n/* this folder's copy */\n")
        other = harness.Server(srv.charla, import_demo=False,
                               extra_args=("--web", web))
        try:
            r = other.client().get("/embed/embed.js")
            eq(r.status, 200, r.text)
            check(r.body.endswith(b"/* this folder's copy */\n"),
                  "embed.js from --web")
        finally:
            other.stop()
    finally:
        shutil.rmtree(web)
