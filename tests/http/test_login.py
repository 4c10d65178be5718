"""test_login.py - the staff login lock-out is per account and client,
and no other site's page can log a browser in with the login form.

Staff login names are public (the badge shows them), so failed logins
must not lock a moderator out from everywhere: a client that fails too
often is refused on that account, and other clients are not. The tests
restart the server with CHARLA_TRUST_TEST_CLIENT=1 to be several remote
clients (see test_limits.py and docs/security.md).
"""
from urllib.parse import urlencode

from harness import check, eq
from test_limits import Named, restart_with
from test_mod import PASSWORD, add_user

SESSION = "/api/v1/session"


def test_login_lock_is_per_client_json(srv):
    add_user(srv, "mod")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    troll = Named(srv, "troll")
    for i in range(6):
        r = troll.post_json(SESSION, {"name": "mod", "password": "wrong"})
        eq(r.status, 401 if i < 5 else 429, "failure %d" % (i + 1))
    r = troll.post_json(SESSION, {"name": "mod", "password": PASSWORD})
    eq(r.status, 429, "the client that failed is locked out")
    check(r.header("Retry-After"), "Retry-After")
    eq(r.json()["error"]["code"], "locked", "says why")
    r = Named(srv, "moderator").post_json(SESSION, {"name": "mod",
                                                    "password": PASSWORD})
    eq(r.status, 200, "another client logs in: " + r.text)
    eq(r.json()["name"], "mod", "as mod")
    eq(sorted(r.json()), ["csrf", "name", "role"], "the members README names")
    r = troll.post_json(SESSION, {"name": "mod", "password": PASSWORD})
    eq(r.status, 429, "the first client is still locked")


def test_login_lock_is_per_client_form(srv):
    add_user(srv, "ad", "admin")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    troll = Named(srv, "troll")
    for _ in range(6):
        troll.post_form("/admin/login", {"name": "ad", "password": "wrong"})
    r = troll.post_form("/admin/login", {"name": "ad", "password": PASSWORD})
    eq(r.status, 429, "the client that failed is locked out")
    check("Too many failed logins" in r.text, "the form says why")
    admin = Named(srv, "admin")
    r = admin.post_form("/admin/login", {"name": "ad", "password": PASSWORD})
    eq(r.status, 303, "another client logs in with the form")
    check("charla_session" in admin.c.cookies, "with a session")
    # the lock of one account is not a lock of the client on others
    add_user(srv, "mod")
    r = troll.post_json(SESSION, {"name": "mod", "password": PASSWORD})
    eq(r.status, 200, "the locked client may still log in as another")


def test_login_form_from_another_site_is_refused(srv):
    """A page on another site could send the login form with an account
    of its own (login CSRF): the browser's Sec-Fetch-Site tells, and the
    answer is 403 without a session. charla's own login page logs in."""
    add_user(srv, "ed1")
    body = urlencode({"name": "ed1", "password": PASSWORD})
    for site in ("cross-site", "same-site"):
        c = srv.client()
        r = c.request("POST", "/admin/login", body, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Sec-Fetch-Site": site, "Origin": "https://evil.example"})
        eq(r.status, 403, "%s: %d %s" % (site, r.status, r.text[:200]))
        check("charla_session" not in c.cookies, "no session (%s)" % site)
        check("own pages" in r.text, "says why: " + r.text[:300])
    for site in ("same-origin", None):
        c = srv.client()
        h = {"Content-Type": "application/x-www-form-urlencoded"}
        if site:
            h["Sec-Fetch-Site"] = site
        r = c.request("POST", "/admin/login", body, h)
        eq(r.status, 303, "%s: %d" % (site, r.status))
        check("charla_session" in c.cookies, "logged in (%s)" % site)


def test_login_form_with_another_sites_origin_is_refused(srv):
    """An older browser sends no Sec-Fetch-Site, but it does send Origin
    with a form: one that names another site is refused (403, saying why,
    no session), as for the reader forms. This site's own origin, and
    "null" (what Referrer-Policy: no-referrer makes a browser send with
    charla's own form), log in as before."""
    add_user(srv, "ed1")
    body = urlencode({"name": "ed1", "password": PASSWORD})
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for origin in ("https://evil.example", "http://evil.example:%d" % srv.port,
                   "https://127.0.0.1.evil.example"):
        c = srv.client()
        r = c.request("POST", "/admin/login", body, dict(form, Origin=origin))
        eq(r.status, 403, "%s: %d %s" % (origin, r.status, r.text[:200]))
        check("charla_session" not in c.cookies, "no session (%s)" % origin)
        check("own pages" in r.text, "says why: " + r.text[:300])
    for origin in ("http://127.0.0.1:%d" % srv.port,
                   "HTTP://127.0.0.1:%d" % srv.port, "null"):
        c = srv.client()
        r = c.request("POST", "/admin/login", body, dict(form, Origin=origin))
        eq(r.status, 303, "%s: %d %s" % (origin, r.status, r.text[:200]))
        check("charla_session" in c.cookies, "logged in (%s)" % origin)
    # behind a proxy that rewrites Host: the one it names, or site_url
    c = srv.client()
    r = c.request("POST", "/admin/login", body, dict(
        form, Origin="https://news.example",
        **{"X-Forwarded-Host": "news.example"}))
    eq(r.status, 303, "X-Forwarded-Host: %d %s" % (r.status, r.text[:200]))
    c = srv.client()
    r = c.request("POST", "/admin/login", body,
                  dict(form, Origin="https://news.example"))
    eq(r.status, 403, "before site_url names it")
    srv.set_setting("site_url", "https://news.example/")
    r = c.request("POST", "/admin/login", body,
                  dict(form, Origin="https://news.example"))
    eq(r.status, 303, "site_url: %d %s" % (r.status, r.text[:200]))

    # the reader forms follow the same rule
    aid = srv.client().get("/api/v1/articles").json()["articles"][0]["id"]
    r = srv.client().request("POST", "/articles/%d/comments" % aid,
                             "body=Sent+by+another+site",
                             dict(form, Origin="https://evil.example"))
    eq(r.status, 403, "a comment form: %d" % r.status)
    check("own pages" in r.text, "says why: " + r.text[:300])


def test_login_time_does_not_tell_which_names_have_an_account(srv):
    """A wrong password for a real account costs an argon2id check; a name
    with no account must cost as much, or the time of the answer tells
    which names have an account (an admin who never posts shows no badge).
    Each is timed a few times, the fastest kept (other work on the machine
    only slows); before the fix an unknown name answered about a hundred
    times faster."""
    import time
    add_user(srv, "ad", "admin")

    def fastest(name, tries=3):
        c = srv.client()
        best = None
        for i in range(tries):
            t = time.monotonic()
            r = c.post_form("/admin/login",
                            {"name": name, "password": "wrong guess %d" % i})
            t = time.monotonic() - t
            eq(r.status, 401, "%s: %d" % (name, r.status))
            best = t if best is None else min(best, t)
        return best

    known = fastest("ad")
    for name in ("nobody", "ad2", "Admin Two"):
        unknown = fastest(name)
        check(unknown > known / 3,
              "%s: %.3f s, an account's: %.3f s" % (name, unknown, known))


def test_login_attempts_are_limited_per_network(srv):
    """Every attempt costs an argon2id hash, a made-up name too (the test
    above), and the lock-out counts per account: one network could ask
    for hashing without end by making up names. It gets 30 attempts a
    minute, API and form together, then 429 with Retry-After; another
    network still logs in."""
    import time
    add_user(srv, "mod")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    flood = Named(srv, "flood")
    start = time.monotonic()
    tried = 0
    while tried < 60:
        r = flood.post_json(SESSION, {"name": "made-up %d" % tried,
                                      "password": "a guess here"})
        if r.status == 429:
            break
        eq(r.status, 401, "attempt %d: %s" % (tried + 1, r.text))
        tried += 1
    # the bucket fills again at one attempt every 2 s meanwhile
    refilled = int((time.monotonic() - start) / 2) + 1
    check(30 <= tried <= 30 + refilled,
          "%d attempts before the 429 (%d refilled)" % (tried, refilled))
    eq(r.json()["error"]["code"], "too_many_logins", r.text)
    r = flood.post_form("/admin/login", {"name": "mod", "password": PASSWORD})
    eq(r.status, 429, "the form too, with the right password")
    check(r.header("Retry-After"), "Retry-After")
    check("Too many login attempts" in r.text, r.text[:300])
    r = Named(srv, "office").post_json(SESSION, {"name": "mod",
                                                  "password": PASSWORD})
    eq(r.status, 200, "another network logs in: " + r.text)
