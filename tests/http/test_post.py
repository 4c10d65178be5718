"""test_post.py - posting comments and replies, by JSON and by form, and
every kind of bad input refused with nothing stored."""
import html
import json
import re
import urllib.parse

from harness import check, eq
from test_read import ARTICLE_PATH


def article_id(srv):
    return srv.client().get("/api/v1/articles").json()["articles"][0]["id"]


def without_posted(loc):
    """A form post's redirect without its "posted=ID" (the author's notice),
    which it must have."""
    check(re.search(r"[?&]posted=\d+#", loc), "the author's notice: " + loc)
    return re.sub(r"[?&]posted=\d+", "", loc)


def count(srv, aid):
    r = srv.client().get("/api/v1/articles/%d/comments" % aid)
    return len(r.json()["comments"])


def test_post_and_reply_as_two_readers(srv):
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    a, b = srv.client(), srv.client()
    r = a.post_json(url, {"body": "First from A, about 11:15"})
    eq(r.status, 201, "A posts")
    check("charla_reader" in a.cookies, "A got a reader cookie")
    cookie = r.header("Set-Cookie")
    check("HttpOnly" in cookie and "SameSite=Lax" in cookie, cookie)
    ca = r.json()["comment"]
    eq(ca["number"], "14", "next top-level number")
    check(ca["author"]["handle"] and len(ca["author"]["handle"]) == 3,
          "handle")
    eq(ca["refs"][0]["to"], ["1"], "reference from a new comment")
    r = b.post_json(url, {"body": "Reply from B", "parent": "14",
                          "name": "Lupita"})
    eq(r.status, 201, "B replies")
    cb = r.json()["comment"]
    eq(cb["number"], "14.1", "reply number")
    eq(cb["parent"], "14", "reply parent")
    eq(cb["author"]["name"], "Lupita", "display name")
    if cb["author"]["handle"] == ca["author"]["handle"]:
        # a handle is 15 bits of a keyed hash of the reader's random
        # token, so two readers share one in 1 of 32768 runs: a third
        # reader tells that from a handle that does not depend on the
        # reader (1 in a billion runs)
        r = srv.client().post_json(url, {"body": "A third reader."})
        eq(r.status, 201, "a third reader posts")
        cb = r.json()["comment"]
    check(cb["author"]["handle"] != ca["author"]["handle"], "handles differ")
    r = a.post_json(url, {"body": "A again", "parent": 14})
    eq(r.status, 201, "A replies")
    eq(r.json()["comment"]["author"]["handle"], ca["author"]["handle"],
       "A keeps its handle in this article")
    eq(r.json()["comment"]["number"], "14.2", "second reply")
    page = srv.client().get(ARTICLE_PATH).text
    check('id="c14.1"' in page and "Lupita" in page, "page shows the reply")


def test_form_post_redirects_to_permalink(srv):
    aid = article_id(srv)
    c = srv.client()
    r = c.post_form("/articles/%d/comments" % aid,
                    {"body": "Posted without JavaScript", "name": ""})
    eq(r.status, 303, "303 after form post")
    eq(without_posted(r.header("Location")), ARTICLE_PATH + "#c14",
       "permalink")
    check("charla_reader" in c.cookies, "cookie set")
    r = c.post_form("/articles/%d/comments" % aid,
                    {"body": "Reply by form", "parent": "1.2"})
    eq(without_posted(r.header("Location")), ARTICLE_PATH + "#c1.2.1",
       "reply permalink")
    page = srv.client().get(ARTICLE_PATH).text
    check("Reply by form" in page, "reply shown")


def test_author_deletes_from_the_page_without_javascript(srv):
    """After a form post the author sees a notice with a link to a page
    where they can delete the comment: theirs alone (403 for another
    reader), within 15 minutes, not from another site's page; the comment
    becomes a tombstone and its replies stay."""
    import sqlite3
    aid = article_id(srv)
    author, other = srv.client(), srv.client()
    r = author.post_form("/articles/%d/comments" % aid,
                         {"body": "Oops, my street is Calle Falsa, sorry"})
    loc = r.header("Location")
    page = author.get(loc.split("#")[0]).text
    m = re.search(r'<p class="notice" role="status">Your comment is '
                  r'published\. You can <a href="(/comments/(\d+)/delete)">',
                  page)
    check(m, "the author's notice")
    link, cid = m.group(1), int(m.group(2))
    item = re.search(r'<li class="comment d0" id="c14">.*?</li>', page, re.S)
    check(item and "Your comment is published" in item.group(0),
          "the notice is under the comment just posted")
    check("Your comment is published" not in
          srv.client().get(ARTICLE_PATH).text, "the shared page has none")
    other.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "A reply to it", "parent": "14"})

    r = other.get(link)
    eq(r.status, 403, "another reader")
    check("Only the author can delete a comment." in r.text, r.text[:300])
    check('action="/comments/%d/delete"' % cid not in r.text,
          "no delete form for them")
    eq(other.post_form(link, "").status, 403, "nor by posting")
    r = author.get(link)
    eq(r.status, 200, "the author's delete page")
    check('action="/comments/%d/delete"' % cid in r.text, "the form")
    r = author.request("POST", link, "", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "cross-site"})
    eq(r.status, 403, "not from another site's page")
    r = author.post_form(link, "")
    eq(r.status, 200, "deleted")
    check("Your comment was deleted." in r.text, r.text[:300])
    page = srv.client().get(ARTICLE_PATH).text
    check("Calle Falsa" not in page and "Deleted by its author" in page,
          "a tombstone in the page")
    check("A reply to it" in page, "the reply stays")
    eq(author.get(link).status, 404, "nothing left to delete")

    # the window: a comment posted 16 minutes ago cannot be deleted
    r = author.post_form("/articles/%d/comments" % aid, {"body": "Later"})
    cid2 = int(re.search(r"posted=(\d+)", r.header("Location")).group(1))
    con = sqlite3.connect(srv.db)
    con.execute("update comments set created = created - 960 where id = ?",
                (cid2,))
    con.commit()
    con.close()
    r = author.get("/comments/%d/delete" % cid2)
    eq(r.status, 403, "too late")
    check("within 15 minutes" in r.text, r.text[:300])


def test_reply_form_without_javascript(srv):
    r = srv.client().get(ARTICLE_PATH + "?reply=1.3")
    eq(r.status, 200, "status")
    check('id="reply-form"' in r.text, "reply form rendered")
    check('name="parent" value="1.3"' in r.text, "parent field")


def bad_posts(aid):
    url = "/api/v1/articles/%d/comments" % aid
    return [
        ("empty", url, {"body": ""}, 422),
        ("spaces", url, {"body": "   \n "}, 422),
        ("too long", url, {"body": "x" * 5001}, 422),
        ("long name", url, {"body": "hi", "name": "n" * 41}, 422),
        ("control in name", url, {"body": "hi", "name": "a\u0007b"}, 422),
        ("no parent", url, {"body": "hi", "parent": "99.9"}, 404),
        ("tombstone parent", url, {"body": "hi", "parent": "1.1"}, 422),
        ("body not a string", url, {"body": 5}, 400),
        ("no body", url, {"name": "x"}, 400),
        ("not json", url, b"{body:", 400),
        ("json array", url, b"[1,2]", 400),
        ("NUL", url, {"body": "a\u0000b"}, 422),
        ("no article", "/api/v1/articles/9999/comments", {"body": "hi"}, 404),
    ]


def test_bad_json_posts_refused_and_nothing_stored(srv):
    aid = article_id(srv)
    before = count(srv, aid)
    c = srv.client()
    for name, url, body, status in bad_posts(aid):
        r = c.post_json(url, body)
        eq(r.status, status, name)
        err = r.json()["error"]
        check(err["code"] and err["message"], name + ": error body")
    eq(count(srv, aid), before, "nothing stored")


def test_bad_form_posts_refused_and_nothing_stored(srv):
    aid = article_id(srv)
    before = count(srv, aid)
    c = srv.client()
    url = "/articles/%d/comments" % aid
    r = c.post_form(url, "body=%ff%fe")  # invalid UTF-8
    eq(r.status, 422, "invalid utf-8")
    check("not valid UTF-8" in r.text, "message")
    r = c.post_form(url, "body=%zz")
    eq(r.status, 400, "bad escape")
    r = c.post_form(url, {"body": ""})
    eq(r.status, 422, "empty")
    check("form-error" in r.text, "message above the form")
    r = c.post_form(url, {"body": "keep this text", "parent": "1.1"})
    eq(r.status, 422, "tombstone parent")
    check("keep this text" in r.text, "text kept in the form")
    eq(count(srv, aid), before, "nothing stored")


def test_body_over_64k_is_413(srv):
    aid = article_id(srv)
    before = count(srv, aid)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               json.dumps({"body": "y" * 70000}))
    eq(r.status, 413, "too large")
    eq(r.json()["error"]["code"], "too_large", "the API answers JSON")
    eq(count(srv, aid), before, "nothing stored")
    # a form gets a page, with the headers every page has
    r = srv.client().post_form("/articles/%d/comments" % aid,
                               {"body": "y" * 70000})
    eq(r.status, 413, "form too large")
    check(r.header("Content-Type").startswith("text/html"), "an HTML page")
    check("larger than 64 KiB" in r.text, r.text[:300])
    check(r.header("Content-Security-Policy"), "the page's headers")
    eq(count(srv, aid), before, "nothing stored by the form")


HOSTILE = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[x](JaVaScRiPt:alert(1))",
    "<svg onload=alert(1)>",
    "';alert(1);//",
    "<iframe src=//evil></iframe>",
    "[a](&#x6a;avascript:alert(1))",
]


def test_hostile_strings_render_inert(srv):
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    # Rendering is the subject here, not screening (a bare link made of
    # markup may be held): every string is published and rendered.
    import sqlite3
    con = sqlite3.connect(srv.db)
    con.execute("INSERT OR REPLACE INTO settings VALUES ('hold_threshold', "
                "'1')")
    con.commit()
    con.close()
    c = srv.client()
    for s in HOSTILE:
        r = c.post_json(url, {"body": s, "name": s[:40]})
        eq(r.status, 201, "post %r" % s)
    page = srv.client().get(ARTICLE_PATH).text.lower()
    for bad in ["<script>alert", "<img src=x", "<svg", "<iframe",
                "href=\"javascript"]:
        check(bad not in page, "page contains %r" % bad)
    handler = re.search(r"<[a-z][^>]*\son[a-z]+\s*=", page)
    check(handler is None, "an element with an event handler: %r" % (
        handler and handler.group(0)))
    api = srv.client().get(url).json()
    for cm in api["comments"]:
        h = cm.get("html", "").lower()
        check("<script" not in h, "no script element in api html")
        check('href="javascript' not in h, "no javascript: link in api html")
        check("<img" not in h, "no image element in api html")


def test_markdown_entities_lists_and_fences_on_the_page(srv):
    """HTML5 named entities show their characters; ">>1.1" in an ordered
    list item is a reference; in a fence that a "~~~" line does not close
    it stays as typed, without a backslash."""
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    body = ("1. >>1.1 yes &hellip; &NotEqualTilde; &bogus;\n\n"
            "```\n>>1.1\n~~~\n>>1.1\n```")
    r = srv.client().post_json(url, {"body": body})
    eq(r.status, 201, "posted")
    number = r.json()["comment"]["number"]
    eq(r.json()["comment"]["refs"][0]["to"], ["1.1"], "the reference")
    page = srv.client().get(ARTICLE_PATH).text
    start = page.index('id="c%s"' % number)
    html = page[start:page.index("</pre>", start)]
    check(re.search(r'<ol>\s*<li><a class="ref[^"]*" href="#c1\.1"', html),
          "a reference in the list item: " + html)
    check("yes \u2026 \u2242\u0338 &amp;bogus;" in html, "entities: " + html)
    check("<pre><code>&gt;&gt;1.1\n~~~\n&gt;&gt;1.1\n</code>" in html,
          "the fence: " + html)
    check("\\&gt;" not in html, "no backslash shown: " + html)


def test_large_thread_pages_and_reply_views(srv):
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    import sqlite3
    con = sqlite3.connect(srv.db)
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        con.execute("INSERT OR REPLACE INTO settings VALUES (?, '0')", (k,))
    con.commit()
    con.close()
    c = srv.client()
    # 13 demo top-level comments + 40 = 53: two pages of 50
    for i in range(40):
        r = c.post_json(url, {"body": "Top-level comment number %d here." % i})
        eq(r.status, 201, r.text)
    for i in range(45):
        r = c.post_json(url, {"body": "Reply %d to the first one." % i,
                              "parent": "14"})
        eq(r.status, 201, r.text)
    page1 = srv.client().get(ARTICLE_PATH).text
    check('id="c50"' in page1 and 'id="c51"' not in page1, "50 per page")
    check("?page=2#comments" in page1, "link to page 2")
    check('id="c14.40"' in page1 and 'id="c14.41"' not in page1,
          "40 replies shown")
    check("Show all 45 replies" in page1, "the rest one click away")
    page2 = srv.client().get(ARTICLE_PATH + "?page=2").text
    check('id="c51"' in page2 and 'id="c53"' in page2, "page 2")
    check('id="c1"' not in page2, "not page 1")
    whole = srv.client().get(ARTICLE_PATH + "?thread=14").text
    check('id="c14.45"' in whole and 'id="c13"' not in whole, "one thread")
    reply = srv.client().get(ARTICLE_PATH + "?reply=53").text
    check('id="reply-form"' in reply, "reply form on page 2's comment")


def test_form_post_on_a_long_thread_redirects_where_it_is_shown(srv):
    """The permalink a form post redirects to opens a view that shows the
    new comment: the page it is on, or its conversation when a page shows
    only the first replies under it."""
    aid = article_id(srv)
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    url = "/api/v1/articles/%d/comments" % aid
    form = "/articles/%d/comments" % aid
    c = srv.client()
    # 13 demo top-level comments + 37 = 50: page 1 is full
    for i in range(37):
        eq(c.post_json(url, {"body": "Filler comment %d." % i}).status, 201)
    r = c.post_form(form, {"body": "The first comment of page two."})
    eq(r.status, 303, r.text)
    loc = r.header("Location")
    eq(without_posted(loc), ARTICLE_PATH + "?page=2#c51", "the page it is on")
    page = c.get(loc.split("#")[0]).text
    check('id="c51"' in page, "shown there")
    item = re.search(r'id="c51">.*?</li>', page, re.S)
    check(item and "Your comment is published" in item.group(0),
          "with the author's notice under it")
    r = c.post_form(form, {"body": "A reply on page two.", "parent": "51"})
    eq(without_posted(r.header("Location")), ARTICLE_PATH + "?page=2#c51.1",
       "reply")
    r = c.post_form(form, {"body": "A reply on page one.", "parent": "2"})
    eq(without_posted(r.header("Location")), ARTICLE_PATH + "#c2.5",
       "page one unchanged")
    for i in range(40):
        eq(c.post_json(url, {"body": "Reply %d." % i, "parent": "14"}).status,
           201)
    r = c.post_form(form, {"body": "The 41st reply.", "parent": "14"})
    loc = r.header("Location")
    eq(without_posted(loc), ARTICLE_PATH + "?thread=14#c14.41",
       "past the replies shown")
    check('id="c14.41"' in c.get(loc.split("#")[0]).text, "shown there")

    # "?c=N" finds any comment's view: what the page's script asks for when
    # a fragment names a comment the page does not show
    for number, where in (("51", "?page=2#c51"), ("51.1", "?page=2#c51.1"),
                          ("2.5", "#c2.5"), ("14.41", "?thread=14#c14.41"),
                          ("999", "#comments"), ("1..2", "#comments"),
                          ("x", "#comments")):
        r = c.get(ARTICLE_PATH + "?c=" + number)
        eq(r.status, 302, number)
        eq(r.header("Location"), ARTICLE_PATH + where, "?c=" + number)

    # a feed's link to a comment on page two lands there without the
    # page's script
    feed = c.get("/feeds/articles/%d/comments.atom" % aid).text
    href = ARTICLE_PATH + "?c=51#c51"
    check('href="%s"' % href in feed, "the feed links ?c=51")
    r = c.get(href.split("#")[0])
    eq(r.header("Location"), ARTICLE_PATH + "?page=2#c51", "and lands there")


def test_references_to_other_pages_work_without_javascript(srv):
    """A reference to a comment the page does not show links to "?c=N",
    which redirects to the comment's page; one to a comment on the same
    page stays "#cN"."""
    aid = article_id(srv)
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    url = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    # 13 demo top-level comments + 37 = 50: page 1 is full
    for i in range(37):
        eq(c.post_json(url, {"body": "Filler comment %d." % i}).status, 201)
    eq(c.post_json(url, {"body": "On page two, about #50 and #2."}).status,
       201)
    eq(c.post_json(url, {"body": "Back to #51 and #1.", "parent": "2"})
       .status, 201)
    page1 = c.get(ARTICLE_PATH).text
    check('href="?c=51#c51"' in page1, "page 1 to page 2: ?c=")
    check('href="#c1" title' in page1, "page 1 to page 1: #c")
    page2 = c.get(ARTICLE_PATH + "?page=2").text
    check('href="?c=50#c50"' in page2 and 'href="?c=2#c2"' in page2,
          "page 2 to page 1: ?c=")
    conv = c.get(ARTICLE_PATH + "?thread=2").text
    check('href="?c=51#c51"' in conv and 'href="?c=1#c1"' in conv,
          "a conversation to other comments: ?c=")
    # and "?c=" lands where the comment is
    eq(c.get(ARTICLE_PATH + "?c=51").header("Location"),
       ARTICLE_PATH + "?page=2#c51", "?c=51 redirects to page 2")


def test_held_form_post_shows_the_review_notice(srv):
    aid = article_id(srv)
    c = srv.client()
    r = c.post_form("/articles/%d/comments" % aid,
                    {"body": "I will find you and cut your head off, rat"})
    eq(r.status, 303, "redirect")
    loc = r.header("Location")
    check(re.search(r"\?review=\d+#", loc), loc)
    page = c.get(loc.split("#")[0]).text
    check("Your comment is awaiting review." in page, "notice shown")
    check("<!--charla:notice-->" not in page, "marker replaced")
    check("cut your head off" not in page, "held text not public")
    public = srv.client().get(ARTICLE_PATH).text
    check("Your comment is awaiting review." not in public,
          "the shared page has no notice")


def test_author_notices_only_for_the_author(srv):
    """A reader who shares the address bar after posting ("?posted=ID",
    "?review=ID") gives no one else the author's notice: another reader,
    with or without a cookie, gets the page as without the parameter, and
    so does the author for a number that is not their comment."""
    aid = article_id(srv)
    author = srv.client()
    r = author.post_form("/articles/%d/comments" % aid,
                         {"body": "Posted, and the address shared"})
    loc = r.header("Location").split("#")[0]
    posted = int(re.search(r"posted=(\d+)", loc).group(1))
    check("Your comment is published" in author.get(loc).text,
          "the author's notice")
    for who, c in (("a reader with a cookie", srv.reader()),
                   ("a reader without one", srv.client())):
        page = c.get(loc).text
        check("Your comment is published" not in page, who)
        check("/comments/%d/delete" % posted not in page, who + ": no link")
    check("Your comment is published" not in
          author.get(ARTICLE_PATH + "?posted=1").text,
          "a comment the author did not write")

    r = author.post_form("/articles/%d/comments" % aid,
                         {"body": "I will find you and cut your head off, rat"})
    where = r.header("Location").split("#")[0]
    review = int(re.search(r"review=(\d+)", where).group(1))
    check("Your comment is awaiting review." in author.get(where).text,
          "the author's review notice")
    for who, c in (("a reader with a cookie", srv.reader()),
                   ("a reader without one", srv.client())):
        check("Your comment is awaiting review." not in c.get(where).text,
              "review: " + who)
    for other in (posted, 1):
        check("Your comment is awaiting review." not in
              author.get("%s?review=%d" % (ARTICLE_PATH, other)).text,
              "review=%d names no comment of theirs awaiting review" % other)
    check("Your comment is awaiting review." not in
          author.get(ARTICLE_PATH + "?review=x").text, "review=x")


def screen_names(srv):
    """The settings of the name tests: a protected name, a banned word."""
    for key, value in (("protected_names", "María Fernanda López"),
                       ("banned_words", "pendejo")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, r.stderr)


def test_display_name_is_screened_with_the_comment(srv):
    # a name is as good a place as the body to give away a witness or an
    # address: the same screen reads it
    from test_mod import add_user, login
    screen_names(srv)
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    before = count(srv, aid)
    c = srv.client()
    body = "Gracias por el reportaje."
    r = c.post_json(url, {"body": body, "name": "pendejo"})
    eq(r.status, 422, "a banned word in the name refuses: " + r.text)
    eq(r.json()["error"]["message"], "The name you gave uses a word this "
       "site does not allow: pendejo.", "names the field and the word")
    eq(count(srv, aid), before, "nothing stored")
    held = {}
    for name in ("María Fernanda López", "Calle Hidalgo 123 tel 6561234567",
                 "fuck you idiot", "  María Fernanda López  "):
        r = c.post_json(url, {"body": body, "name": name})
        eq(r.status, 202, "%r held: %s" % (name, r.text))
        held[r.json()["comment"]["id"]] = name.strip()
    r = c.post_json(url, {"body": body, "name": "Lupita"})
    eq(r.status, 201, "an ordinary name is published: " + r.text)
    page = srv.client().get(ARTICLE_PATH).text
    for name in held.values():
        check(name not in page, "not public: " + name)
    # the queue says why, and marks the name, not the body
    add_user(srv)
    mod = login(srv)
    items = {i["comment"]["id"]: i
             for i in mod.get("/api/v1/mod/queue").json()["items"]}
    for cid, name in held.items():
        scr = items[cid]["screen"]
        check("screening" in items[cid]["why"], items[cid]["why"])
        eq(scr["spans"], [], "nothing in the body is marked")
        check(scr["name"]["spans"], "the name's spans: %r" % scr)
        for s in scr["name"]["spans"]:
            got = name.encode()[s["offset"]:s["offset"] + s["len"]].decode()
            eq(got, s["text"], "a span points into the stored name")
        eq(scr["category"], scr["name"]["category"], "held for the name")
    protected = [i for i in held if held[i] == "María Fernanda López"]
    for cid in protected:
        eq(items[cid]["screen"]["name"]["category"], "doxxing", "doxxing")
        eq(items[cid]["screen"]["name"]["spans"][0]["text"],
           "María Fernanda López", "the whole name")
    queue = mod.get("/admin/queue").text
    check('<p class="screen-name">' in queue and
          "<mark>María Fernanda López</mark>" in queue, "marked in the page")
    check("<mark>Gracias" not in queue, "the body unmarked")
    # a body held and a name held: each verdict marks its own text
    r = c.post_json(url, {"body": "I will find you and cut your head off, rat",
                          "name": "María Fernanda López"})
    eq(r.status, 202, r.text)
    item = [i for i in mod.get("/api/v1/mod/queue").json()["items"]
            if i["comment"]["id"] == r.json()["comment"]["id"]][0]
    eq(item["screen"]["category"], "threat", "the body's category on top")
    bt = item["comment"]["body"].encode()
    for s in item["screen"]["spans"]:
        eq(bt[s["offset"]:s["offset"] + s["len"]].decode(), s["text"],
           "a body span points into the body")
    eq(item["screen"]["name"]["category"], "doxxing", "the name's")


def test_display_name_is_screened_in_the_form_post(srv):
    screen_names(srv)
    aid = article_id(srv)
    c = srv.client()
    url = "/articles/%d/comments" % aid
    r = c.post_form(url, {"body": "Gracias por el reportaje.",
                          "name": "pendejo"})
    eq(r.status, 422, "refused")
    check("The name you gave uses a word this site does not allow: "
          "pendejo." in r.text, "says which field")
    r = c.post_form(url, {"body": "Gracias por el reportaje.",
                          "name": "Calle Hidalgo 123 tel 6561234567"})
    eq(r.status, 303, "redirect")
    check(re.search(r"\?review=\d+#", r.header("Location")),
          "held for review")
    check("6561234567" not in srv.client().get(ARTICLE_PATH).text,
          "not public")


def test_concurrent_posts_all_stored_once(srv):
    """Many readers post at the same moment: the posts wait together for
    one group commit on the server's write workers. Every answer is a 201
    (or a 202 if screening holds it) with its own number, and the thread
    shows exactly the published ones."""
    import threading
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    before = count(srv, aid)
    readers, each = 48, 3
    answers, errors = [], []
    lock = threading.Lock()
    start = threading.Barrier(readers)

    def reader(n):
        c = srv.client()
        try:
            start.wait(10)
            for i in range(each):
                r = c.post_json(url, {"body": "Thanks for the report on the "
                                      "extradition (%d/%d)." % (n, i)})
                with lock:
                    answers.append((r.status, r.json()["comment"]["number"]))
        except Exception as e:  # noqa: BLE001 - reported below
            with lock:
                errors.append(repr(e))

    threads = [threading.Thread(target=reader, args=(n,))
               for n in range(readers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    eq(errors, [], "no request failed")
    check(set(s for s, _ in answers) <= {201, 202}, "every post stored")
    numbers = [n for _, n in answers]
    eq(len(numbers), readers * each, "an answer per post")
    eq(len(set(numbers)), len(numbers), "every number given once")
    published = sum(1 for s, _ in answers if s == 201)
    check(published > readers, "most are published")
    eq(count(srv, aid), before + published, "all stored, none twice")


def test_reader_api_takes_json_only(srv):
    """A page on another site can make its visitors' browsers post
    text/plain or a form to charla without asking first (no preflight):
    the reader endpoints that change something take JSON only, so such a
    post is refused (415) and nothing is stored or counted."""
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    before = count(srv, aid)
    c = srv.client()
    evil = {"Origin": "https://evil.example"}
    body = json.dumps({"body": "Posted by another site's page"})
    for ctype in ("text/plain", "application/x-www-form-urlencoded",
                  "multipart/form-data; boundary=x", None):
        h = dict(evil)
        if ctype:
            h["Content-Type"] = ctype
        r = c.request("POST", url, body, h)
        eq(r.status, 415, "%s: %s" % (ctype, r.text))
        eq(r.json()["error"]["code"], "unsupported_type", r.text)
    eq(count(srv, aid), before, "nothing posted")

    # a report sent as text/plain is not counted: the same reader's JSON
    # report afterwards is its first
    cid = c.post_json(url, {"body": "To be reported"}).json()["comment"]["id"]
    rep = "/api/v1/comments/%d/report" % cid
    r = c.request("POST", rep, json.dumps({"reason": "spam"}),
                  dict(evil, **{"Content-Type": "text/plain"}))
    eq(r.status, 415, r.text)
    r = c.request("POST", rep, json.dumps({"reason": "spam"}),
                  {"Content-Type": "application/json; charset=utf-8"})
    eq(r.status, 201, "JSON with a charset is JSON: " + r.text)

    # nor can another site log a browser into a staff account
    r = c.request("POST", "/api/v1/session",
                  json.dumps({"name": "Kathi", "password": "x" * 12}),
                  dict(evil, **{"Content-Type": "text/plain"}))
    eq(r.status, 415, r.text)
    eq(r.headers_named("Set-Cookie"), [], "no session cookie")


def test_reader_forms_refuse_another_sites_page(srv):
    """The comment and report forms cannot carry a per-reader token (the
    page is cached for everyone), so the browser's fetch metadata decides:
    a form sent from another site's page is refused (403) and nothing is
    stored; the site's own pages and clients without the header post."""
    aid = article_id(srv)
    url = "/articles/%d/comments" % aid
    before = count(srv, aid)
    c = srv.client()
    form = "body=Sent+by+another+site%27s+page"
    for site in ("cross-site", "same-site"):
        r = c.request("POST", url, form, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Sec-Fetch-Site": site})
        eq(r.status, 403, "%s: %d" % (site, r.status))
        check("this site&#39;s own pages" in r.text or
              "this site's own pages" in r.text, r.text[:300])
    eq(count(srv, aid), before, "nothing posted")
    r = c.request("POST", url, "body=From+the+page+itself", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "same-origin"})
    eq(r.status, 303, "the site's own page posts")
    r = c.post_form(url, {"body": "From a client without fetch metadata"})
    eq(r.status, 303, "no header: posts")
    eq(count(srv, aid), before + 2, "the two own posts")

    cid = c.post_json("/api/v1/articles/%d/comments" % aid,
                      {"body": "Report me"}).json()["comment"]["id"]
    r = c.request("POST", "/comments/%d/report" % cid, "reason=spam", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "cross-site"})
    eq(r.status, 403, "a report from another site's page")
    r = c.request("POST", "/comments/%d/report" % cid, "reason=spam", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "same-origin"})
    eq(r.status, 200, "the report page's own form: %d" % r.status)


def test_post_to_a_discussion_closed_meanwhile_keeps_the_text(srv):
    """Without JavaScript a post sent after the discussion closed (the
    reader was writing) answers the page, which has no form to put the
    text back in: it says the comment was not posted and shows the text
    to copy, escaped, in the reader's language; nothing is stored."""
    from test_admin import login, set_discussion
    aid = article_id(srv)
    editor = login(srv, "Ed", "editor")
    set_discussion(editor, aid, 2)
    before = count(srv, aid)
    text = "Un testimonio largo <b>escrito</b> con cuidado & paciencia."
    for lang, said in (("en", "Your comment was not posted"),
                       ("es", "Tu comentario no se publicó")):
        r = srv.client().request(
            "POST", "/articles/%d/comments" % aid,
            "body=%s&name=Vecina" % urllib.parse.quote(text),
            {"Content-Type": "application/x-www-form-urlencoded",
             "Accept-Language": lang})
        eq(r.status, 403, "closed")
        check(said in r.text, lang + ": says it was not posted")
        check('<textarea class="kept" id="kept" readonly' in r.text,
              lang + ": the text to copy")
        check(html.escape(text, quote=False) in r.text, lang + ": escaped")
    eq(count(srv, aid), before, "nothing stored")
    page = srv.client().get(ARTICLE_PATH).text
    check('class="kept"' not in page, "the page itself has no such box")
