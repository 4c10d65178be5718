"""test_methods.py - a known path asked with a method it does not take.

Every path charla answers says 405 to another method, with an Allow header
listing the methods it does take (a JSON error under /api/, the HTML error
page elsewhere), and a path it does not answer stays 404 whatever the
method. Staff paths tell the difference to staff only: without a session
the login comes first (401 or the login form), as before.
"""
from harness import check, eq
from test_admin import login as staff_login
from test_read import ARTICLE_PATH, thread

READ = ["GET", "HEAD"]


def allow_of(r):
    allow = r.header("Allow")
    check(allow, "a 405 names the methods it takes (Allow)")
    return [m.strip() for m in allow.split(",")]


def ask(c, method, path):
    return c.request(method, path, "" if method not in ("GET", "HEAD")
                     else None)


def expect_405(c, method, path, want, json_body):
    what = "%s %s" % (method, path)
    r = ask(c, method, path)
    eq(r.status, 405, what)
    eq(allow_of(r), want, what + ": Allow")
    if method == "HEAD":
        return
    if json_body:
        check("application/json" in r.header("Content-Type"), what + ": JSON")
        eq(r.json()["error"]["code"], "method", what + ": the error code")
    else:
        check("text/html" in r.header("Content-Type"), what + ": a page")
        check("405" in r.text, what + ": the page says so")


def test_methods_reader_paths_answer_405(srv):
    """The reader's API and pages: a report is POSTed, an author's
    deletion is a DELETE, /me/erase is a page and its form; each answers
    another method with 405 and Allow, and what Allow lists is taken."""
    art, th = thread(srv)
    aid, cid = art["id"], th["comments"][0]["id"]
    c = srv.client()
    cases = [
        ("GET", "/api/v1/comments/%d/report" % cid, ["POST"], True),
        ("PUT", "/api/v1/comments/%d/report" % cid, ["POST"], True),
        ("DELETE", "/api/v1/comments/%d/report" % cid, ["POST"], True),
        ("GET", "/api/v1/comments/%d" % cid, ["DELETE"], True),
        ("POST", "/api/v1/comments/%d" % cid, ["DELETE"], True),
        ("PATCH", "/api/v1/comments/%d" % cid, ["DELETE"], True),
        ("POST", "/api/v1/pow", READ, True),
        ("PUT", "/me/erase", READ + ["POST"], False),
        ("DELETE", "/me/erase", READ + ["POST"], False),
        ("POST", "/embed/thread", READ, False),
        ("POST", "/embed/page", READ, False),
        ("PUT", "/admin/login", READ + ["POST"], False),
        ("POST", "/feeds/articles/%d/comments.atom" % aid, READ, False),
        ("POST", "/feeds/queue", READ, False),
    ]
    for method, path, want, js in cases:
        expect_405(c, method, path, want, js)
    for method, path, want, _ in cases:
        for m in want:
            r = ask(srv.client(), m, path)
            check(r.status != 405, "%s %s is taken (%d)" % (m, path,
                                                           r.status))
    eq(c.request("HEAD", "/api/v1/pow").status, 200, "HEAD /api/v1/pow")


def test_methods_healthz_answers_405_in_json(srv):
    """/healthz answers machines in JSON, and so does its 405 (with Allow),
    not with the site's HTML error page."""
    c = srv.client()
    r = c.get("/healthz")
    eq(r.status, 200, "GET /healthz")
    check("application/json" in r.header("Content-Type"), "JSON")
    for method in ("POST", "PUT", "DELETE"):
        expect_405(c, method, "/healthz", READ, True)
    eq(c.request("HEAD", "/healthz").status, 200, "HEAD /healthz")


def test_methods_embed_paths_name_their_preflight(srv):
    """The embed's endpoints that another site's page calls list OPTIONS
    (their CORS preflight) in Allow, as README says; the iframe and the
    redirect, which are opened as pages, do not."""
    art, th = thread(srv)
    aid, cid = art["id"], th["comments"][0]["id"]
    c = srv.client()
    cases = [
        ("POST", "/embed/thread.json?url=x", READ + ["OPTIONS"]),
        ("GET", "/embed/comments?article=%d" % aid, ["POST", "OPTIONS"]),
        ("GET", "/embed/report?comment=%d" % cid, ["POST", "OPTIONS"]),
        ("POST", "/embed/mine?article=%d" % aid, READ + ["OPTIONS"]),
        ("POST", "/embed/me/export", READ + ["OPTIONS"]),
        ("GET", "/embed/me/erase", ["POST", "OPTIONS"]),
        ("POST", "/api/v1/counts?url=x", READ + ["OPTIONS"]),
    ]
    for method, path, want in cases:
        expect_405(c, method, path, want, True)


def test_methods_staff_paths_answer_405_to_staff(srv):
    """The moderation API and the staff pages: a known path with another
    method is 405 with Allow for a member of staff; without a session it
    is still the login first."""
    art, th = thread(srv)
    aid, cid = art["id"], th["comments"][0]["id"]
    mod = staff_login(srv, "Kathi", "moderator")
    api = [
        ("PUT", "/api/v1/mod/queue", READ),
        ("POST", "/api/v1/mod/log", READ),
        ("DELETE", "/api/v1/mod/bans", READ + ["POST"]),
        ("GET", "/api/v1/mod/bans/7/lift", ["POST"]),
        ("POST", "/api/v1/mod/bans/7", ["DELETE"]),
        ("GET", "/api/v1/mod/comments/bulk", ["POST"]),
        ("GET", "/api/v1/mod/comments/%d/approve" % cid, ["POST"]),
        ("DELETE", "/api/v1/mod/comments/%d/remove" % cid, ["POST"]),
        ("GET", "/api/v1/mod/articles/%d/end-raid" % aid, ["POST"]),
    ]
    pages = [
        ("GET", "/admin/logout", ["POST"]),
        ("PUT", "/admin", READ),
        ("GET", "/admin/queue/bulk", ["POST"]),
        ("GET", "/admin/queue/%d/approve" % cid, ["POST"]),
        ("GET", "/admin/raids/%d/end" % aid, ["POST"]),
        ("GET", "/admin/comments/%d/restore" % cid, ["POST"]),
        ("GET", "/admin/bans/7/lift", ["POST"]),
        ("GET", "/admin/screening/try", ["POST"]),
        ("GET", "/admin/articles/path-hint", ["POST"]),
        ("POST", "/admin/stats", READ),
    ]
    for method, path, want in api:
        expect_405(mod, method, path, want, True)
    for method, path, want in pages:
        expect_405(mod, method, path, want, False)
    # without a session: the login first, as for any staff path
    anon = srv.client()
    eq(ask(anon, "GET", "/api/v1/mod/comments/%d/approve" % cid).status, 401,
       "the moderation API asks for a login")
    r = ask(anon, "GET", "/admin/queue/%d/approve" % cid)
    eq(r.status, 303, "a staff page sends to the login form")
    check(r.header("Location").startswith("/admin/login"), "the login form")


def test_methods_unknown_paths_stay_404(srv):
    """A path nobody answers is 404 with any method: no 405 (and no Allow)
    for what does not exist."""
    art, th = thread(srv)
    cid = th["comments"][0]["id"]
    mod = staff_login(srv, "Kathi", "moderator")
    cases = [
        (srv.client(), "GET", "/api/v1/comments/%d/frobnicate" % cid),
        (srv.client(), "PUT", "/api/v1/comments/abc"),
        (srv.client(), "POST", "/no/such/page.html"),
        (srv.client(), "DELETE", "/no/such/page.html"),
        (srv.client(), "POST", "/static/no-such-file.css"),
        (srv.client(), "POST", "/feeds/no-such.atom"),
        (srv.client(), "PUT", "/me/nothing"),
        (srv.client(), "POST", "/embed/nothing"),
        (mod, "PUT", "/api/v1/mod/nothing"),
        (mod, "GET", "/api/v1/mod/comments/%d/frobnicate" % cid),
        (mod, "GET", "/admin/queue/%d/frobnicate" % cid),
        (mod, "PUT", "/admin/nothing"),
    ]
    for c, method, path in cases:
        r = ask(c, method, path)
        eq(r.status, 404, "%s %s" % (method, path))
        check(r.header("Allow") is None, "%s %s: no Allow" % (method, path))
    eq(srv.client().request("POST", ARTICLE_PATH, "x=1").status, 405,
       "an article is there: 405")
