"""test_privacy.py - no raw address reaches the database or the log, and a
reader can export and erase their own comments (/me, src/api/me.c).

Loopback is all of 127/8, so the client socket binds 127.0.0.2 and
127.0.0.3, and sends forwarded-address headers too; afterwards neither
the database files (or a pg_dump) nor the server log may contain any of
those addresses.
"""
import http.client
import json
import re
import urllib.parse

from harness import check, eq
from test_limits import restart_with

SOURCES = ("127.0.0.2", "127.0.0.3")
FORWARDED = ("203.0.113.77", "198.51.100.23", "2001:db8:77::1")


def raw(srv, source, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30,
                                      source_address=(source, 0))
    h = {"X-Forwarded-For": "%s, %s" % (FORWARDED[0], FORWARDED[2]),
         "X-Real-IP": FORWARDED[1], "Forwarded": "for=" + FORWARDED[1]}
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    r = conn.getresponse()
    data = r.read()
    out = (r.status, r.getheaders(), data)
    conn.close()
    return out


def cookie_of(headers):
    for k, v in headers:
        if k.lower() == "set-cookie" and v.startswith("charla_reader="):
            return v.split(";")[0]
    return None


def exercise(srv):
    arts = json.loads(raw(srv, SOURCES[0], "GET", "/api/v1/articles")[2])
    aid = arts["articles"][0]["id"]
    path = arts["articles"][0]["path"]
    for i, src in enumerate(SOURCES):
        raw(srv, src, "GET", path)
        st, h, body = raw(srv, src, "POST",
                          "/api/v1/articles/%d/comments" % aid,
                          json.dumps({"body": "Privacy check %d." % i}),
                          {"Content-Type": "application/json"})
        check(st in (201, 202), "posted: %d %r" % (st, body))
        cid = json.loads(body)["comment"]["id"]
        ck = cookie_of(h)
        raw(srv, src, "POST", "/articles/%d/comments" % aid,
            urllib.parse.urlencode({"body": "By form %d." % i}),
            {"Content-Type": "application/x-www-form-urlencoded",
             "Cookie": ck})
        raw(srv, src, "POST", "/api/v1/comments/%d/report" % cid,
            json.dumps({"reason": "spam"}),
            {"Content-Type": "application/json"})
        raw(srv, src, "GET", "/me", headers={"Cookie": ck})
        raw(srv, src, "GET", "/nope-%d" % i)


def assert_clean(srv):
    srv.stop_log = None
    data = srv.db_bytes()
    with open(srv.log_path, "rb") as f:
        log = f.read()
    for where, blob in (("database", data), ("log", log)):
        for addr in SOURCES + FORWARDED:
            check(addr.encode() not in blob,
                  "%s holds the address %s" % (where, addr))
        packed = [bytes([127, 0, 0, 2]), bytes([203, 0, 113, 77])]
        if where == "log":
            for p in packed:
                check(p not in blob, "%s holds a packed address" % where)


def test_privacy_no_address_stored_or_logged(srv):
    exercise(srv)
    assert_clean(srv)


def test_privacy_trusted_proxy_and_test_clients(srv):
    restart_with(srv, CHARLA_TRUST_PROXY="1", CHARLA_TRUST_TEST_CLIENT="1")
    exercise(srv)
    assert_clean(srv)


def post(c, aid, body):
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": body})
    check(r.status in (201, 202), "posted: %d" % r.status)
    return r.json()["comment"]


def test_me_page(srv):
    c = srv.client()
    r = c.get("/me")
    eq(r.status, 200, "/me")
    check("no reader token" in r.text, "explains there is nothing")
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    post(c, aid, "A comment to have a token.")
    r = c.get("/me")
    check('action="/me/export"' in r.text and 'action="/me/erase"' in r.text,
          "both forms")
    check('name="confirm"' in r.text and 'name="token"' in r.text,
          "confirmation and token")
    check("no-store" in (r.header("Cache-Control") or ""), "not cached")


def test_me_export(srv):
    a, b = srv.client(), srv.client()
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    post(a, aid, "Alice's first <b>comment</b>.")
    first = post(a, aid, "Alice's second comment.")
    post(b, aid, "Bob writes something else.")
    r = a.get("/me/export")
    eq(r.status, 200, "export")
    check("application/json" in r.header("Content-Type"), "JSON")
    ex = r.json()
    eq(ex["count"], 2, "count")
    eq([x["body"] for x in ex["comments"]],
       ["Alice's first <b>comment</b>.", "Alice's second comment."],
       "only her comments, oldest first")
    x = ex["comments"][1]
    eq(x["number"], first["number"], "number")
    eq(x["article"]["id"], aid, "article")
    check(x["article"]["path"].startswith("/"), "article path")
    check(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", x["created"]),
          "created is RFC 3339")
    eq(x["status"], "visible", "status")
    eq(srv.client().get("/me/export").json()["count"], 0,
       "no token, nothing")


def test_me_erase(srv):
    a, b = srv.client(), srv.client()
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    mine = post(a, aid, "Erase me, uniquely-marked-text-4711.")
    post(a, aid, "Erase me too.")
    theirs = post(b, aid, "Bob stays here.")
    page = a.get("/me").text
    token = re.search(r'name="token" value="([0-9a-f]{32})"', page).group(1)
    r = a.post_form("/me/erase", {"token": token, "confirm": "no"})
    eq(r.status, 422, "confirmation required")
    r = a.post_form("/me/erase", {"token": "0" * 32, "confirm": "erase"})
    eq(r.status, 403, "a wrong token")
    r = a.request("POST", "/me/erase",
                  urllib.parse.urlencode({"token": token,
                                          "confirm": "erase"}),
                  {"Content-Type": "application/x-www-form-urlencoded",
                   "Origin": "https://evil.example"})
    eq(r.status, 403, "another site's form")
    eq(a.get("/me/export").json()["count"], 2, "nothing erased yet")
    cookie = a.cookies["charla_reader"]
    r = a.post_form("/me/erase", {"token": token, "confirm": "erase"})
    eq(r.status, 200, "erased")
    check("2 comments erased" in r.text, "says how many")
    check(any("Max-Age=0" in v for v in r.headers_named("Set-Cookie")),
          "the cookie is cleared")
    com = srv.client().get("/api/v1/articles/%d/comments" % aid).json()
    by_id = {c["id"]: c for c in com["comments"]}
    eq(by_id[mine["id"]]["status"], "deleted", "a tombstone")
    check("html" not in by_id[mine["id"]], "no text")
    eq(by_id[theirs["id"]]["status"], "visible", "others untouched")
    page = srv.client().get(com["article"]["path"]).text
    check("uniquely-marked-text-4711" not in page, "not on the page")
    check(b"uniquely-marked-text-4711" not in srv.db_bytes(),
          "not in the database files")
    a.cookies["charla_reader"] = cookie
    ex = a.get("/me/export").json()
    eq([x["status"] for x in ex["comments"]], ["deleted", "deleted"],
       "the old token now finds only tombstones")
    eq([x["body"] for x in ex["comments"]], ["", ""], "with no text")


def test_me_counts_a_deleted_comment_apart(srv):
    # a comment its author deleted is a tombstone, not one of theirs on
    # the site: /me counts it apart (in the total, as its list shows it),
    # and erasing does not count it again
    a = srv.client()
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    gone = post(a, aid, "A comment I take back at once.")
    post(a, aid, "A comment I keep.")
    r = a.post_form("/comments/%d/delete" % gone["id"], "")
    eq(r.status, 200, "deleted by its author")
    page = a.get("/me").text
    check("this browser&#39;s token: 2</p>" in page,
          "two comments, as the list shows: " + page)
    check("<li>Published or awaiting review: 1</li>" in page, "one kept")
    check("<li>Deleted or removed, left as tombstones: 1</li>" in page,
          "the deleted one apart")
    ex = a.get("/me/export").json()
    eq(sorted(x["status"] for x in ex["comments"]), ["deleted", "visible"],
       "the export lists both, each with its status")
    a.cookies["charla_lang"] = "es"
    page = a.get("/me").text
    check("token de este navegador: 2</p>" in page, "in Spanish too")
    check("<li>Borrados o eliminados, que quedan como lápidas: 1</li>" in page,
          "the deleted one apart, in Spanish")
    a.cookies["charla_lang"] = "en"
    token = re.search(r'name="token" value="([0-9a-f]{32})"', page).group(1)
    r = a.post_form("/me/erase", {"token": token, "confirm": "erase"})
    eq(r.status, 200, "erased")
    check("Done: 1 comment erased" in r.text,
          "the deleted one had nothing left to erase: " + r.text)


def test_me_with_nothing_deleted_has_no_deleted_count(srv):
    a = srv.client()
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    post(a, aid, "Only a comment I keep.")
    page = a.get("/me").text
    check("this browser&#39;s token: 1</p>" in page, "one comment")
    check("tombstones" not in page, "no count of deleted ones")


def test_me_in_spanish(srv):
    a = srv.client()
    a.cookies["charla_lang"] = "es"
    page = a.get("/me").text
    check('<html lang="es">' in page and "<h1>Tus datos</h1>" in page,
          "a Spanish heading")
    check("no tiene token de lector" in page, "explains there is nothing")
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    mine = post(a, aid, "Un comentario que voy a borrar.")
    # the author's notice and every page's footer lead here
    art = a.get("/api/v1/articles").json()["articles"][0]["path"]
    posted = a.get("%s?posted=%d" % (art, mine["id"])).text
    check(posted.count('href="/me"') == 2, "linked from the notice and footer")
    check("Tus datos</a>" in posted, "the link speaks Spanish")
    page = a.get("/me").text
    for es in ("Descargar mis comentarios", "Borrar todos mis comentarios",
               "<kbd>borrar</kbd>", "<h2>Exportar</h2>", "<h2>Borrar</h2>"):
        check(es in page, "Spanish: " + es)
    for en in ("Your data", ">Export<", ">Erase<", "Download", "Type ",
               "to confirm", "This site"):
        check(en not in page, "English left: " + en)
    token = re.search(r'name="token" value="([0-9a-f]{32})"', page).group(1)
    r = a.post_form("/me/erase", {"token": token, "confirm": "erase?"})
    eq(r.status, 422, "not the word")
    check("No se borró nada" in r.text and "borrar" in r.text,
          "says what to type: " + r.text)
    r = a.post_form("/me/erase", {"token": "0" * 32, "confirm": "borrar"})
    eq(r.status, 403, "a wrong token")
    check("formulario" in r.text and "This form" not in r.text, "in Spanish")
    r = a.post_form("/me/erase", {"token": token, "confirm": "Borrar "})
    eq(r.status, 200, "the Spanish word erases")
    check("1 comentario borrado" in r.text, "says how many: " + r.text)
    check("erased" not in r.text, "no English")
    eq(a.get("/me/export").json()["count"], 0, "no token left")


def test_me_form_keeps_its_origin(srv):
    # Chromium sends Origin: null with a form from a page whose policy is
    # no-referrer; /me's own pages send their origin to this site
    a = srv.client()
    r = a.get("/me")
    eq(r.header("Referrer-Policy"), "same-origin", "the policy of /me")
    aid = a.get("/api/v1/articles").json()["articles"][0]["id"]
    post(a, aid, "Erased through a browser.")
    token = re.search(r'name="token" value="([0-9a-f]{32})"',
                      a.get("/me").text).group(1)
    body = urllib.parse.urlencode({"token": token, "confirm": "erase"})
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for origin, site in (("null", "same-origin"),
                         ("http://evil.example", "cross-site"),
                         (None, "cross-site"), ("null", "cross-site")):
        h = dict(form, **{"Sec-Fetch-Site": site})
        if origin:
            h["Origin"] = origin
        r = a.request("POST", "/me/erase", body, h)
        eq(r.status, 403, "refused: %s, %s" % (origin, site))
    eq(a.get("/me/export").json()["count"], 1, "nothing erased yet")
    h = dict(form, **{"Origin": "http://127.0.0.1:%d" % srv.port,
                      "Sec-Fetch-Site": "same-origin"})
    r = a.request("POST", "/me/erase", body, h)
    eq(r.status, 200, "this site's own form")
    eq(r.header("Referrer-Policy"), "same-origin", "the answer's policy")
