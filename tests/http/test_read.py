"""test_read.py - reading the imported demo through the API and the pages."""
from harness import check, eq

ARTICLE_PATH = "/2021/07/israel-refuses-to-extradite-tomas-zeron.html"

# (referring comment, reference text, target numbers), from the issue.
EXPECTED_REFS = [
    ("1.2", "11:40", ["1.1"]),
    ("1.5", "12:36", ["1.2"]),
    ("1.6", "12:36", ["1.2"]),
    ("1.8", "5:29", ["1.7"]),
    ("1.8", "11;15", ["1"]),
    ("1.8", "11:40", ["1.1"]),
    ("1.9", "5:29", ["1.7"]),
    ("1.10", "11:40", ["1.1"]),
    ("1.11", "8:24", ["1.10"]),
    ("2.4", "1:32", ["2.3"]),
    ("12.1", "2:51", ["12"]),
]


def thread(srv):
    c = srv.client()
    arts = c.get("/api/v1/articles").json()["articles"]
    eq(len(arts), 1, "articles")
    r = c.get("/api/v1/articles/%d/comments" % arts[0]["id"])
    eq(r.status, 200, "status")
    return arts[0], r.json()


def test_article_list(srv):
    arts = srv.client().get("/api/v1/articles").json()["articles"]
    eq(len(arts), 1, "one article")
    a = arts[0]
    eq(a["path"], ARTICLE_PATH, "path")
    check(a["title"].startswith("Israel Refuses to Extradite Tom"), a["title"])
    check("&" in a["title"], "entity decoded in title")
    eq(a["published"], "2021-07-16T16:05:00Z", "published")
    eq(a["comment_count"], 32, "visible comments")


def test_demo_thread_has_33_comments_numbered(srv):
    _, t = thread(srv)
    cs = t["comments"]
    eq(len(cs), 33, "comment count")
    numbers = [c["number"] for c in cs]
    expected = (["1"] + ["1.%d" % i for i in range(1, 12)] +
                ["2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "4", "5", "6",
                 "7", "8", "8.1", "9", "10", "10.1", "11", "11.1", "12",
                 "12.1", "13"])
    eq(numbers, expected, "numbers in thread order")
    by = {c["number"]: c for c in cs}
    eq(by["1.1"]["status"], "removed", "1.1 status")
    check("html" not in by["1.1"], "tombstone has no html")
    eq(by["1.2"]["parent"], "1", "parent of 1.2")
    eq(by["1"]["parent"], None, "parent of 1")
    eq(by["1.3"]["author"]["name"], "Nagging Kathi", "named author")
    eq(by["1.3"]["author"]["imported"], True, "imported")
    eq(by["1"]["author"]["name"], None, "anonymous")
    eq(by["1"]["author"]["handle"], None, "imported anonymous: no handle")
    eq(by["1"]["created"], "2021-07-16T18:15:00Z", "created")
    for c in cs:
        if c["status"] == "visible":
            check(c["html"], "visible comment has html")


def test_a_held_imported_comment_is_said_to_be_imported(srv):
    # after a rescreen #10 and #11 (imported from Blogger) wait for review
    # with a reply under each: their places in the API say imported, as
    # the comment did when it was published, and nothing of who wrote it
    art, _ = thread(srv)
    r = srv.cli("rescreen", "--db", srv.db, "--article", str(art["id"]))
    eq(r.returncode, 0, r.stderr)
    _, t = thread(srv)
    by = {c["number"]: c for c in t["comments"]}
    for n in ("10", "11"):
        eq(by[n]["status"], "awaiting_review", "#%s waits" % n)
        eq(by[n]["author"], {"handle": None, "name": None, "imported": True,
                             "staff": False}, "#%s's author" % n)


def test_demo_references_resolve(srv):
    _, t = thread(srv)
    by = {c["number"]: c for c in t["comments"]}
    for num, text, targets in EXPECTED_REFS:
        refs = by[num]["refs"]
        match = [r for r in refs if r["text"] == text]
        check(match, "%s has no reference %r: %r" % (num, text, refs))
        eq(match[0]["to"], targets, "%s %r" % (num, text))


def test_non_references_stay_text(srv):
    _, t = thread(srv)
    by = {c["number"]: c for c in t["comments"]}
    # "43 missing students" and "Sicario 006" are not references
    eq(by["2.2"]["refs"], [], "2.2 refs")
    eq(by["10"]["refs"], [], "10 refs")


def test_article_page_shows_thread_and_tombstone(srv):
    r = srv.client().get(ARTICLE_PATH)
    eq(r.status, 200, "status")
    check(r.header("Content-Type").startswith("text/html"), "html")
    body = r.text
    check('id="c1.1"' in body, "tombstone keeps its anchor")
    check("Removed by a moderator" in body, "tombstone text")
    check('id="c12.1"' in body, "reply anchor")
    check('href="#c1.1"' in body, "reference link to the tombstone")
    check("ref-gone" in body, "reference to a removed comment is marked")
    check("Nagging Kathi" in body and "unverified" in body, "unverified name")
    check('action="/articles/' in body, "comment form")
    check("Tomas Zeron de Lucio, the former head" in body, "caption")
    check("<script>" not in body, "no inline script")


def test_page_security_headers(srv):
    r = srv.client().get(ARTICLE_PATH)
    csp = r.header("Content-Security-Policy")
    check(csp and "script-src 'self'" in csp, "CSP")
    eq(r.header("X-Content-Type-Options"), "nosniff", "nosniff")
    eq(r.header("Referrer-Policy"), "no-referrer", "referrer")


def test_etag_answers_304(srv):
    c = srv.client()
    r = c.get(ARTICLE_PATH)
    etag = r.header("ETag")
    check(etag, "ETag present")
    r2 = c.get(ARTICLE_PATH, headers={"If-None-Match": etag})
    eq(r2.status, 304, "conditional GET")
    eq(r2.body, b"", "no body on 304")


def test_etag_moves_with_the_site_settings(srv):
    """A cached page's ETag carries what shapes every page besides its
    article (the site's name, time zone, language and URL, the build):
    after a restart that changed nothing the old copy is still good, and
    after one with another site_title or timezone it is not, so a browser
    does not keep the page with the old header or times."""
    c = srv.client()
    art = c.get("/api/v1/articles").json()["articles"][0]
    api = "/api/v1/articles/%d/comments" % art["id"]
    paths = (ARTICLE_PATH, api, "/feeds/comments.atom")
    first = {p: c.get(p).header("ETag") for p in paths}
    srv.restart()
    for p in paths:
        r = c.get(p, headers={"If-None-Match": first[p]})
        eq(r.status, 304, p + ": nothing changed, the copy is still good")
    seen = [first]
    for key, value in (("site_title", "Noticias del Norte"),
                       ("timezone", "-03:00")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, r.stderr)
        srv.restart()
        now = {}
        for p in paths:
            r = c.get(p, headers={"If-None-Match": seen[-1][p]})
            eq(r.status, 200, "%s after %s changed" % (p, key))
            now[p] = r.header("ETag")
            for old in seen:
                check(now[p] != old[p], "%s: a new ETag after %s" % (p, key))
            eq(c.get(p, headers={"If-None-Match": now[p]}).status, 304,
               p + ": the new copy revalidates")
        seen.append(now)
    check("Noticias del Norte" in c.get(ARTICLE_PATH).text, "the new name")


def test_index_lists_article(srv):
    r = srv.client().get("/")
    eq(r.status, 200, "status")
    check(ARTICLE_PATH in r.text, "link to article")
    check("32 comments" in r.text, "comment count")


def test_show_comment_redirects_to_permalink(srv):
    # the 11:15 comment: 2021-07-16T11:15-07:00 = 1626459300000 ms
    r = srv.client().get(ARTICLE_PATH + "?showComment=1626459300000")
    eq(r.status, 301, "status")
    eq(r.header("Location"), ARTICLE_PATH + "#c1", "location")
    r = srv.client().get(ARTICLE_PATH + "?showComment=1626540000000")
    eq(r.header("Location"), ARTICLE_PATH + "#c12.1", "location 12.1")


def test_unknown_paths_404(srv):
    c = srv.client()
    r = c.get("/no/such/page.html")
    eq(r.status, 404, "page")
    check("text/html" in r.header("Content-Type"), "html error")
    check("<h1>Page not found (404)</h1>" in r.text, "says what happened")
    r = c.get("/no/such/page.html", {"Accept-Language": "es"})
    check("<h1>Página no encontrada (404)</h1>" in r.text, "in Spanish too")
    r = c.get("/api/v1/nothing")
    eq(r.status, 404, "api")
    eq(r.json()["error"]["code"], "not_found", "json error")
    r = c.get("/api/v1/articles/999/comments")
    eq(r.status, 404, "no article")
    r = c.get("/api/v1/articles/abc/comments")
    eq(r.status, 404, "bad id")


def test_static_files(srv):
    c = srv.client()
    r = c.get("/static/style.css")
    eq(r.status, 200, "css")
    check("text/css" in r.header("Content-Type"), "css type")
    eq(c.get("/static/app.js").status, 200, "js")
    eq(c.get("/static/../charla.db").status, 404, "no traversal")


def test_healthz(srv):
    r = srv.client().get("/healthz")
    eq(r.status, 200, "status")
    eq(r.json()["status"], "ok", "ok")


def test_gzip_copy_is_served_when_accepted(srv):
    import gzip
    c = srv.client()
    plain = c.get(ARTICLE_PATH)
    r = c.get(ARTICLE_PATH, headers={"Accept-Encoding": "gzip, deflate"})
    eq(r.status, 200, "status")
    eq(r.header("Content-Encoding"), "gzip", "encoding")
    check(len(r.body) < len(plain.body) / 2, "smaller")
    eq(gzip.decompress(r.body), plain.body, "same bytes")
    check(r.header("ETag") != plain.header("ETag"), "its own ETag")
    eq(c.get(ARTICLE_PATH, headers={"Accept-Encoding": "gzip",
                                    "If-None-Match": r.header("ETag")}).status,
       304, "304 for the gzip variant")
    # the plain copy a client holds is still this version, gzip or not
    r304 = c.get(ARTICLE_PATH, headers={"Accept-Encoding": "gzip",
                                        "If-None-Match": plain.header("ETag")})
    eq(r304.status, 304, "304 for the plain copy held")
    eq(r304.header("ETag"), plain.header("ETag"), "naming the copy held")
    r = c.get(ARTICLE_PATH, headers={"Accept-Encoding": "gzip;q=0"})
    eq(r.header("Content-Encoding"), None, "q=0 refuses gzip")


def test_api_pages_with_a_cursor(srv):
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    url = "/api/v1/articles/%d/comments" % aid
    whole = [x["number"] for x in c.get(url).json()["comments"]]
    got, after = [], None
    for _ in range(10):
        q = "?limit=10" + ("&after=" + after if after else "")
        page = c.get(url + q).json()
        got += [x["number"] for x in page["comments"]]
        after = page["next"]
        if after is None:
            break
    eq(got, whole, "pages add up to the thread")
    eq(c.get(url + "?limit=0").status, 400, "bad limit")
    eq(c.get(url + "?after=99.99").status, 400, "bad cursor")


def test_hsts_only_over_https_when_set(srv):
    import sqlite3
    r = srv.client().get("/", headers={"X-Forwarded-Proto": "https"})
    eq(r.header("Strict-Transport-Security"), None, "off by default")
    con = sqlite3.connect(srv.db)
    con.execute("INSERT OR REPLACE INTO settings VALUES "
                "('hsts_max_age', '31536000')")
    con.commit()
    con.close()
    srv.restart()
    r = srv.client().get("/", headers={"X-Forwarded-Proto": "https"})
    eq(r.header("Strict-Transport-Security"), "max-age=31536000", "https")
    r = srv.client().get("/")
    eq(r.header("Strict-Transport-Security"), None, "not over plain http")


def test_favicon_is_served_not_404(srv):
    c = srv.client()
    for path in ("/favicon.ico", "/static/favicon.svg"):
        r = c.get(path)
        eq(r.status, 200, path)
        eq(r.header("Content-Type"), "image/svg+xml", path + " type")
        check(r.text.startswith("<svg"), path + " is the drawing")
    check('<link rel="icon" type="image/svg+xml" href="/static/favicon.svg">'
          in c.get("/").text, "the pages link the icon")
    eq(c.request("POST", "/favicon.ico", "x").status, 405, "GET only")


def allowed_methods(r):
    """The methods of a 405's Allow header, as a list."""
    allow = r.header("Allow")
    check(allow, "a 405 names the methods it takes (Allow)")
    return [m.strip() for m in allow.split(",")]


def test_405_says_which_methods_the_path_takes(srv):
    """Every 405 carries an Allow header (RFC 9110), and it is accurate:
    each method it lists is not refused with another 405."""
    from test_admin import login as staff_login
    art, th = thread(srv)
    aid, cid = art["id"], th["comments"][0]["id"]
    read = ["GET", "HEAD"]
    cases = [
        (srv.client(), "DELETE", "/", read),
        (srv.client(), "PUT", ARTICLE_PATH, read),
        (srv.client(), "POST", "/feeds/articles.atom", read),
        (srv.client(), "POST", "/feeds/comments.atom", read),
        (srv.client(), "POST", "/static/style.css", read),
        (srv.client(), "DELETE", "/favicon.ico", read),
        (srv.client(), "POST", "/healthz", read),
        (srv.client(), "POST", "/metrics", read),
        (srv.client(), "POST", "/lang/es", read),
        (srv.client(), "POST", "/me", read),
        (srv.client(), "PUT", "/me/export", read),
        (srv.client(), "POST", "/embed/embed.js", read),
        (srv.client(), "PUT", "/embed/thread.json", read + ["OPTIONS"]),
        (srv.client(), "GET", "/embed/comments", ["POST", "OPTIONS"]),
        (srv.client(), "PUT", "/articles/%d/comments" % aid, ["POST"]),
        (srv.client(), "GET", "/articles/%d/comments" % aid, ["POST"]),
        (srv.client(), "PUT", "/comments/%d/report" % cid,
         read + ["POST"]),
        (srv.client(), "DELETE", "/comments/%d/delete" % cid,
         read + ["POST"]),
        (srv.client(), "PUT", "/api/v1/articles", read),
        (srv.client(), "DELETE", "/api/v1/articles/%d/comments" % aid,
         read + ["POST"]),
        (srv.client(), "GET", "/api/v1/session", ["POST", "DELETE"]),
    ]
    editor = staff_login(srv, "Ed", "editor")
    cases += [
        (editor, "PUT", "/admin/queue", read),
        (editor, "PUT", "/admin/articles/new", read + ["POST"]),
        (editor, "DELETE", "/admin/articles/%d" % aid, read + ["POST"]),
    ]
    for c, method, path, want in cases:
        what = "%s %s" % (method, path)
        r = c.request(method, path, "" if method != "GET" else None)
        eq(r.status, 405, what)
        eq(allowed_methods(r), want, what)
    # what Allow lists is taken (another answer than 405)
    for c, method, path, want in cases:
        if c is editor:
            continue  # a staff POST without its form's token is a 403
        for m in want:
            r = c.request(m, path, "" if m not in ("GET", "HEAD") else None)
            check(r.status != 405, "%s %s is taken (%d)" % (m, path,
                                                           r.status))
