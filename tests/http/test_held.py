"""test_held.py - what readers see of comments awaiting review (held by
screening or reports, pending under pre-moderation): nothing of their
text, not even through a reference to one, and no count of them."""
import json
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
    check(re.search(r"\?review=\d+#", r.header("Location")),
          r.header("Location"))
    page = mine.get(r.header("Location").split("#")[0]).text
    check("Your comment is awaiting review." in page, "the author's notice")
    hidden(page, "the author's page")


def test_held_author_is_told_it_is_not_lost(srv):
    """Its author no longer sees the comment, so the notice says that a
    moderator reads it first and that it need not be posted again, in
    the reader's language."""
    aid = demo_article(srv)["id"]
    for lang, says in (
            ("en", ("Your comment is awaiting review. The automatic "
                    "screening held it.",
                    "A moderator reads it before anyone else can see it.",
                    "there is no need to post it again")),
            ("es", ("Tu comentario está en espera de revisión. Lo retuvo el "
                    "filtro automático.",
                    "Un moderador lo lee antes de que otros puedan verlo.",
                    "no hace falta publicarlo otra vez"))):
        notice, page = review_notice(srv, aid, HELD_BODY, lang)
        for words in says:
            check(words in notice, "%s: %r in %r" % (lang, words, notice))
        hidden(page, "the author's page in " + lang)
        # the API's answer says the same, for the embed and app.js
        r = api_post(srv, aid, HELD_BODY, lang)
        eq(r.status, 202, r.text)
        check(says[0] in r.json()["message"], r.json()["message"])


def api_post(srv, aid, body, lang):
    return srv.client().request(
        "POST", "/api/v1/articles/%d/comments" % aid,
        json.dumps({"body": body}),
        {"Content-Type": "application/json", "Accept-Language": lang})


def review_notice(srv, aid, body, lang):
    """Posts body by the form as a new reader; answers the review notice
    the author is sent to, and the whole page."""
    mine = srv.client()
    r = mine.post_form("/articles/%d/comments" % aid, {"body": body})
    eq(r.status, 303, r.text)
    where = r.header("Location")
    check(re.search(r"\?review=\d+#", where), where)
    page = mine.get(where.split("#")[0], {"Accept-Language": lang}).text
    notice = re.search(r'<p class="notice" role="status">(.*?)</p>', page,
                       re.S)
    check(notice, "%s: a notice" % lang)
    return notice.group(1), page


def test_pending_author_is_told_the_article_is_premoderated(srv):
    """Under pre-moderation the notice says that every comment there is
    reviewed, as /me does, not that the screening held it; its answer by
    the API too."""
    aid = demo_article(srv)["id"]
    set_discussion(login(srv, "Ed", "editor"), aid, 1)
    for lang, why, screening in (
            ("en", "Your comment is awaiting review. Comments on this "
                   "article are reviewed before they appear.", "screening"),
            ("es", "Tu comentario está en espera de revisión. Los "
                   "comentarios de este artículo se revisan antes de "
                   "aparecer.", "filtro")):
        notice, _ = review_notice(srv, aid, "A calm remark, under review.",
                                  lang)
        check(why in notice, "%s: %r" % (lang, notice))
        check(screening not in notice, "%s: %r" % (lang, notice))
        r = api_post(srv, aid, "Another calm remark.", lang)
        eq(r.status, 202, r.text)
        eq(r.json()["message"], why, lang)


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


def top_level_shown(page):
    """The numbers of the top-level comments a page shows, in order (a
    held one's place included)."""
    return [int(n) for n in re.findall(r'<li[^>]*\sid="c(\d+)"', page)]


def page_links(page):
    """The page links under the thread: (the current page, the others),
    or None when the thread has one page."""
    nav = re.search(r'<nav class="pages"[^>]*>(.*?)</nav>', page, re.S)
    if not nav:
        return None
    cur = re.findall(r'<strong aria-current="page">Page (\d+)</strong>',
                     nav.group(1))
    eq(len(cur), 1, "one current page")
    return int(cur[0]), [int(p) for p in
                         re.findall(r'href="\?page=(\d+)#comments"',
                                    nav.group(1))]


def test_pages_are_cut_over_what_the_reader_sees(srv):
    """Fifty top-level comments a page, counted over the comments the page
    shows: a reader's pages leave out those awaiting review (so no page is
    empty), a moderator's count them where they show. A ?page= past the
    last page redirects to the last."""
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    aid = demo_article(srv)["id"]
    api = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    demo = c.get(api).json()["comments"]
    roots = [int(x["number"]) for x in demo if "." not in x["number"]]
    eq(roots, list(range(1, 14)), "the demo thread's 13 top-level comments")
    # a top-level comment held with replies under it keeps its place
    held_root = [x for x in demo if x.get("parent")][0]["parent"]
    cid = [x["id"] for x in demo if x["number"] == held_root][0]
    for reason in ("spam", "spam", "off topic"):
        eq(srv.reader().post_json("/api/v1/comments/%d/report" % cid,
                                  {"reason": reason}).status, 201, "report")
    eq([x["status"] for x in c.get(api).json()["comments"]
        if x["number"] == held_root], ["awaiting_review"],
       "held by the reports, its place kept")
    for i in range(18):
        post(c, aid, "Publicado antes, número %d." % i, 201)  # 14..31
    editor = login(srv, "Ed", "editor")
    set_discussion(editor, aid, 1)
    for i in range(30):
        post(c, aid, "En espera, número %d." % i, 202)  # 32..61
    mod = login(srv, "Kathi")
    reader = srv.client()

    # 31 shown, 30 waiting: one page for a reader, two for a moderator
    page = reader.get(ARTICLE_PATH).text
    eq(top_level_shown(page), list(range(1, 32)), "a reader's only page")
    eq(page_links(page), None, "no links to a page without comments")
    r = reader.get(ARTICLE_PATH + "?page=2")
    eq(r.status, 302, "past the last page")
    eq(r.header("Location"), ARTICLE_PATH, "to the last page, the first")
    eq(reader.get(ARTICLE_PATH + "?page=2&review=1").header("Location"),
       ARTICLE_PATH + "?review=1", "the rest of the query kept")
    page = mod.get(ARTICLE_PATH).text
    eq(top_level_shown(page), list(range(1, 51)), "a moderator's first page")
    eq(page_links(page), (1, [2]), "a moderator's links")
    page = mod.get(ARTICLE_PATH + "?page=2").text
    eq(top_level_shown(page), list(range(51, 62)), "the waiting ones in place")

    set_discussion(editor, aid, 0)
    for i in range(22):
        post(c, aid, "Publicado después, número %d." % i, 201)  # 62..83

    # 53 shown, 30 waiting: two pages either way, cut differently
    shown = demo_article(srv)["comment_count"]
    page1 = reader.get(ARTICLE_PATH).text
    eq(top_level_shown(page1), list(range(1, 32)) + list(range(62, 81)),
       "a reader's first page: fifty they see")
    eq(page_links(page1), (1, [2]), "a reader's links from page 1")
    page2 = reader.get(ARTICLE_PATH + "?page=2").text
    eq(top_level_shown(page2), [81, 82, 83], "a reader's second page")
    eq(page_links(page2), (2, [1]), "a reader's links from page 2")
    for p in (page1, page2):
        eq(heading_count(p), "%d comments" % shown, "the heading counts all")
        check("En espera" not in p, "nothing waiting shows")
    check('<li class="comment d0 gone held" id="c%s">' % held_root in page1,
          "the held comment's place")
    for q, to in (("?page=3", "?page=2"), ("?page=99", "?page=2"),
                  ("?page=99&posted=7", "?page=2&posted=7")):
        r = reader.get(ARTICLE_PATH + q)
        eq(r.status, 302, q)
        eq(r.header("Location"), ARTICLE_PATH + to, q)
    eq(reader.get(ARTICLE_PATH + "?page=2").status, 200, "the last page is")
    for number, where in (("62", "#c62"), ("80", "#c80"),
                          ("81", "?page=2#c81")):
        eq(reader.get(ARTICLE_PATH + "?c=" + number).header("Location"),
           ARTICLE_PATH + where, "a reader's ?c=" + number)

    m1 = mod.get(ARTICLE_PATH).text
    eq(top_level_shown(m1), list(range(1, 51)), "a moderator's page 1")
    m2 = mod.get(ARTICLE_PATH + "?page=2").text
    eq(top_level_shown(m2), list(range(51, 84)), "a moderator's page 2")
    eq(page_links(m2), (2, [1]), "a moderator's links from page 2")
    eq(mod.get(ARTICLE_PATH + "?page=3").header("Location"),
       ARTICLE_PATH + "?page=2", "a moderator past the last page")
    eq(mod.get(ARTICLE_PATH + "?c=62").header("Location"),
       ARTICLE_PATH + "?page=2#c62", "a moderator's ?c=62")

    # a conversation and a reply form ignore the page
    conv = reader.get(ARTICLE_PATH + "?thread=" + held_root).text
    check('id="c%s.1"' % held_root in conv, "the held comment's replies")
    eq(top_level_shown(conv), [int(held_root)], "its place alone")
    reply = reader.get(ARTICLE_PATH + "?reply=82").text
    check('id="reply-form"' in reply, "a reply form on page 2's comment")
    eq(top_level_shown(reply), [82], "in its conversation")
