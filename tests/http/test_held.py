"""test_held.py - what readers see of comments awaiting review (held by
screening or reports, pending under pre-moderation): nothing of their
text, not even through a reference to one, and no count of them."""
import re
import time
import urllib.parse

from harness import check, eq
from test_admin import demo_article, login, set_discussion
from test_embed import BLOG, POST_URL, allow, thread
from test_read import ARTICLE_PATH

# Held by the doxxing guard (a phone number); its words must stay unseen.
HELD_BODY = "El testigo vive junto a la gasolinera, tel 55 1234 5678."
SECRETS = ("gasolinera", "1234 5678", "testigo")


def utc_site(srv):
    """The site's clock on UTC (read at start), so a test can write the
    local time of a comment it just posted."""
    r = srv.cli("setting", "set", "timezone", "UTC", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.restart()


def post(c, aid, body, status):
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": body})
    eq(r.status, status, "%r: %s" % (body, r.text))
    return r.json()["comment"]


def post_held_and_refer(srv, aid):
    """Posts HELD_BODY, then one comment naming it by number and one by
    its posting time (both minutes, when the clock turned between).
    Returns (held number, the two referring comments as posted)."""
    before = time.gmtime()
    held = post(srv.client(), aid, HELD_BODY, 202)
    after = time.gmtime()
    eq(held["status"], "held", "the phone number holds it")
    by_number = post(srv.client(), aid,
                     "Sobre lo que dijeron en #%s: no estoy de acuerdo."
                     % held["number"], 201)
    times = sorted({time.strftime("%H:%M", t) for t in (before, after)})
    by_time = post(srv.client(), aid,
                   "Lo de las %s no me convence." % " y ".join(times), 201)
    return held["number"], (by_number, by_time)


def hidden(text, where):
    for s in SECRETS:
        check(s not in text, "%s shows the held text (%r)" % (where, s))


def test_held_text_reaches_no_reader_through_a_reference(srv):
    utc_site(srv)
    art = demo_article(srv)
    aid = art["id"]
    number, refs = post_held_and_refer(srv, aid)
    c = srv.client()

    page = c.get(ARTICLE_PATH).text
    hidden(page, "the article page")
    # not on the page (no reply holds its place): "?c=" looks for it
    link = re.search(r'<a class="([^"]*)" href="\?c=%s#c%s" title="([^"]*)">'
                     r'#%s</a>' % ((re.escape(number),) * 3), page)
    check(link, "the reference to the held comment is still a link")
    eq(link.group(1), "ref ref-gone", "marked like a comment not shown")
    eq(link.group(2), "awaiting review", "and says why")
    for view in ("?reply=" + refs[0]["number"], "?thread=" + refs[1]["number"],
                 "?page=1&posted=%d" % refs[0]["id"]):
        hidden(c.get(ARTICLE_PATH + view).text, "the page " + view)

    api = c.get("/api/v1/articles/%d/comments" % aid).json()
    hidden(str(api), "the JSON API")
    by = {x["number"]: x for x in api["comments"]}
    eq(by[refs[0]["number"]]["refs"][0]["to"], [number], "#N still resolves")
    check(number not in sum((r["to"] for r in by[refs[1]["number"]]["refs"]),
                            []),
          "a time never names a comment whose time no reader sees")
    check(number not in by, "the held comment is not listed")

    for feed in ("/feeds/articles/%d/comments.atom" % aid,
                 "/feeds/comments.atom"):
        r = c.get(feed)
        eq(r.status, 200, feed)
        check(refs[0]["number"] in r.text or "no estoy de acuerdo" in r.text,
              "%s holds the referring comment" % feed)
        hidden(r.text, feed)

    # what the author of the held comment sees is unchanged: the notice
    mine = srv.client()
    r = mine.post_form("/articles/%d/comments" % aid, {"body": HELD_BODY})
    eq(r.status, 303, r.text)
    check("?review=1" in r.header("Location"), r.header("Location"))
    page = mine.get(r.header("Location").split("#")[0]).text
    check("Your comment is awaiting review." in page, "the author's notice")
    hidden(page, "the author's page")


def test_held_text_reaches_no_reader_of_the_embed(srv):
    allow(srv)
    utc_site(srv)
    c = srv.client()
    aid = thread(c).json()["article"]["id"]
    post(c, aid, "Primera opinión en el blog.", 201)
    number, _ = post_held_and_refer(srv, aid)
    r = thread(c)
    eq(r.status, 200, r.text)
    hidden(r.text, "the embed's thread")
    eq(r.json()["embed"]["visible"], 3, "the embed counts what it shows")
    counts = c.get("/api/v1/counts?" + urllib.parse.urlencode(
        {"url": POST_URL}), {"Origin": BLOG}).json()
    eq(counts, {"counts": {POST_URL: 3}}, "and so do the counts")


def heading_count(page):
    m = re.search(r'<span class="count">\(([^)]*)\)</span>', page)
    check(m, "the heading has a count")
    return m.group(1)


def test_comment_count_leaves_out_comments_awaiting_review(srv):
    aid = demo_article(srv)["id"]
    shown = demo_article(srv)["comment_count"]
    eq(heading_count(srv.client().get(ARTICLE_PATH).text),
       "%d comments" % shown, "the heading agrees with the article list")
    post(srv.client(), aid, HELD_BODY, 202)
    eq(demo_article(srv)["comment_count"], shown, "a held one is not counted")
    eq(heading_count(srv.client().get(ARTICLE_PATH).text),
       "%d comments" % shown, "nor in the heading")

    # pre-moderated: one waiting comment, nothing shown, nothing counted
    set_discussion(login(srv, "Ed", "editor"), aid, 1)
    post(srv.client(), aid, "Un comentario que espera.", 202)
    page = srv.client().get(ARTICLE_PATH + "?page=1").text
    eq(heading_count(page), "%d comments" % shown, "pending not counted")
    check("Un comentario que espera" not in page, "nor shown")
