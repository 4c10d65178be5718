"""test_embed_threads.py - which thread the embed widget finds for a page
and who may make a new one: a thread imported from Disqus or WordPress is
found by its page's URL (not a new, empty one); a new thread only for a
request from a listed page, at most so many per network, never for a URL
with dot segments; and the links of comment feeds of such threads."""
import html
import os
import re
import urllib.parse

from harness import REPO, check, eq
from test_limits import restart_with

DISQUS = os.path.join(REPO, "tests", "fixtures", "disqus", "export.xml")
WXR = os.path.join(REPO, "tests", "fixtures", "wxr", "export-1.2.xml")
OLD = "https://old.example.com"
STORY = OLD + "/2021/07/cartel-story.html"      # a Disqus thread's link
POST = OLD + "/2021/07/cartel-story/"           # a WordPress post's link


def thread(c, url, origin=OLD, headers=None, **kw):
    h = {"Origin": origin} if origin else {}
    h.update(headers or {})
    return c.get("/embed/thread.json?" +
                 urllib.parse.urlencode(dict(url=url, **kw)), h)


def articles(srv):
    return srv.client().get("/api/v1/articles").json()["articles"]


def imported(srv, fmt, path):
    r = srv.cli("import", fmt, path, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.set_setting("embed_origins", OLD)


def test_embed_finds_imported_disqus_thread(srv):
    imported(srv, "disqus", DISQUS)
    before = len(articles(srv))
    c = srv.client()
    r = thread(c, STORY, title="Anything")
    eq(r.status, 200, r.text)
    j = r.json()
    eq(j["article"]["path"], "/2021/07/cartel-story.html", "the imported one")
    eq(j["article"]["title"], "Cartel cell dismantled in Sinaloa", "its title")
    eq(len([x for x in j["comments"] if x["status"] == "visible"]), 5,
       "its comments")
    eq(len(articles(srv)), before, "no new thread")
    # the counts and the <noscript> link find it too
    r = c.get("/api/v1/counts?" + urllib.parse.urlencode({"url": STORY}),
              {"Origin": OLD})
    eq(r.json()["counts"][STORY], 5, "count of the imported thread")
    r = c.get("/embed/page?" + urllib.parse.urlencode({"url": STORY}),
              {"Referer": OLD + "/"})
    eq(r.status, 303, r.text)
    eq(r.header("Location"), "/2021/07/cartel-story.html#comments", "page")
    # and a post from the widget lands in it
    aid = j["article"]["id"]
    r = c.request("POST", "/embed/comments?article=%d" % aid,
                  '{"body":"Still true today."}',
                  {"Origin": OLD, "Content-Type": "application/json"})
    check(r.status in (201, 202), r.text)
    eq(len(articles(srv)), before, "still no new thread")


def imported_at(srv, link, page):
    """The fixture's story imported with its link written as link; the
    widget on page must find it."""
    with open(DISQUS, encoding="utf-8") as f:
        data = f.read()
    check(STORY in data, "the fixture links the story")
    path = os.path.join(srv.dir, "linked-otherwise.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(data.replace(STORY, link))
    imported(srv, "disqus", path)
    before = len(articles(srv))
    r = thread(srv.client(), page, title="Anything")
    eq(r.status, 200, r.text)
    eq(r.json()["article"]["title"], "Cartel cell dismantled in Sinaloa",
       "the imported thread")
    eq(len(articles(srv)), before, "no new thread")


def test_embed_finds_a_thread_imported_with_a_link_written_otherwise(srv):
    """A link the old site wrote with capitals in its scheme and host, its
    default port and a fragment is stored as the widget names the page,
    which then finds the imported thread instead of making a new one."""
    imported_at(srv, "HTTPS://Old.Example.COM:443/2021/07/cartel-story.html"
                "#disqus", STORY)


def test_embed_finds_a_thread_imported_with_a_link_without_a_path(srv):
    """A link with nothing after its host is stored with the "/" the
    widget's page address has there."""
    imported_at(srv, "HTTPS://Old.Example.COM", OLD + "/")


def test_embed_finds_a_thread_imported_with_a_link_of_only_a_query(srv):
    """So is a link with only a query after its host."""
    imported_at(srv, OLD + "?p=12", OLD + "/?p=12")


def test_embed_finds_a_thread_imported_with_a_link_not_percent_encoded(srv):
    """A link with letters outside ASCII or a space written as they are
    is stored percent-encoded, as a browser names the page."""
    imported_at(srv, OLD + "/2021/07/a\u00f1o nuevo.html",
                OLD + "/2021/07/a%C3%B1o%20nuevo.html")


def test_embed_finds_imported_wordpress_post(srv):
    imported(srv, "wxr", WXR)
    before = len(articles(srv))
    r = thread(srv.client(), POST)
    eq(r.status, 200, r.text)
    j = r.json()
    eq(j["article"]["path"], "/2021/07/cartel-story/", "the imported post")
    check(len(j["comments"]) > 0, "its comments")
    eq(len(articles(srv)), before, "no new thread")


SITE = "http://127.0.0.1:18101"


def alternates(xml):
    return re.findall(r'<link rel="alternate" type="text/html" href="([^"]*)"',
                      xml)


def test_comment_feeds_link_external_pages_as_they_are(srv):
    imported(srv, "wxr", WXR)
    srv.set_setting("embed_origins", OLD + " http://127.0.0.1:9")
    srv.set_setting("site_url", SITE + "/")
    c = srv.client()
    wp = thread(c, POST).json()["article"]["id"]
    page = "http://127.0.0.1:9/a?b=1&c=2"
    emb = thread(c, page, origin="http://127.0.0.1:9").json()["article"]["id"]
    for aid in (wp, emb):
        r = c.request("POST", "/embed/comments?article=%d" % aid,
                      '{"body":"First here."}',
                      {"Content-Type": "application/json"})
        check(r.status in (201, 202), r.text)
    num = {}
    for aid in (wp, emb):
        t = c.get("/api/v1/articles/%d/comments" % aid).json()["comments"]
        num[aid] = t[-1]["number"]
        r = c.request("POST", "/embed/comments?article=%d" % aid,
                      '{"body":"#%s agreed."}' % num[aid],
                      {"Content-Type": "application/json"})
        check(r.status in (201, 202), r.text)
    for aid, url in ((wp, POST), (emb, page)):
        r = c.get("/feeds/articles/%d/comments.atom" % aid)
        eq(r.status, 200, r.text)
        links = alternates(r.text)
        eq(links[0], url.replace("&", "&amp;"), "the feed's page, as it is")
        check(len(links) > 1, "entries")
        for href in links[1:]:
            check(re.fullmatch(re.escape(url.replace("&", "&amp;")) +
                               r"#c[0-9.]+", href), href)
        ref = 'href="%s#c%s"' % (url, num[aid])
        content = html.unescape(html.unescape(r.text))  # XML, then HTML
        check(ref in content, "reference link to the page: " + content)
    r = c.get("/feeds/comments.atom")
    eq(r.status, 200, r.text)
    links = alternates(r.text)
    check(any(h.startswith(POST + "#c") for h in links), links)
    check(any(h.startswith(page.replace("&", "&amp;") + "#c") for h in links),
          links)
    for h in links:
        check(h.startswith(SITE + "/") or h.startswith(OLD + "/") or
              h.startswith("http://127.0.0.1:9/"), "absolute link: " + h)
        check("%3A" not in h and SITE + "http" not in h, h)
    # a page of this site still gets site_url, and "?c=" finds its page
    check(any(h.startswith(SITE + "/2021/07/israel") and "?c=" in h
              for h in links), links)


BLOG = "http://127.0.0.1:9"


def test_new_threads_only_for_requests_from_listed_pages(srv):
    srv.set_setting("embed_origins", BLOG)
    c = srv.client()
    before = len(articles(srv))
    page = BLOG + "/spam1"
    # no Origin, no Referer (a bare script): no thread
    r = thread(c, page, origin=None, title="Spam 1")
    eq(r.status, 403, r.text)
    eq(r.json()["error"]["code"], "not_from_listed_page", r.text)
    # an Origin or a Referer that is not listed: none either
    eq(thread(c, page, origin="https://evil.example").status, 403, "evil")
    r = thread(c, page, origin=None, headers={"Referer": "https://evil.example/"})
    eq(r.status, 403, r.text)
    eq(c.get("/embed/page?" + urllib.parse.urlencode({"url": page})).status,
       403, "the noscript link without a listed page")
    eq(len(articles(srv)), before, "nothing made")
    # the widget on a listed page makes it; then anyone reads it
    r = thread(c, page, origin=BLOG, title="The real title")
    eq(r.status, 200, r.text)
    aid = r.json()["article"]["id"]
    r = thread(c, page, origin=None)
    eq(r.status, 200, r.text)
    eq(r.json()["article"]["id"], aid, "an existing thread is read by anyone")
    # the iframe page, loaded by the host page, makes the thread its
    # widget then reads without Origin or Referer
    frame = BLOG + "/framed"
    r = c.get("/embed/thread?" + urllib.parse.urlencode({"url": frame}),
              {"Referer": BLOG + "/"})
    eq(r.status, 200, r.text)
    r = thread(c, frame, origin=None)
    eq(r.status, 200, r.text)
    eq(r.json()["article"]["path"], "/x/127.0.0.1:9/framed", "made by the frame")
    eq(len(articles(srv)), before + 2, "two threads")
    # Spanish too
    r = thread(c, BLOG + "/otra", origin=None,
               headers={"Accept-Language": "es"})
    eq(r.status, 403, r.text)
    check("incrustarla" in r.json()["error"]["message"], r.text)


def test_dot_segments_are_refused(srv):
    srv.set_setting("embed_origins", BLOG)
    c = srv.client()
    before = len(articles(srv))
    for url in (BLOG + "/../../admin/queue", BLOG + "/a/%2e%2E/admin/queue",
                BLOG + "/./x", BLOG + "/a/.%2e/b?x=1"):
        r = thread(c, url, origin=BLOG)
        eq(r.status, 422, url + ": " + r.text)
        eq(r.json()["error"]["code"], "bad_url", r.text)
        check('".."' in r.json()["error"]["message"], r.text)
        r = c.get("/embed/page?" + urllib.parse.urlencode({"url": url}),
                  {"Referer": BLOG + "/"})
        eq(r.status, 422, url + ": the noscript link")
        check(r.header("Location") is None, "no redirect")
        eq(c.get("/embed/thread?" + urllib.parse.urlencode({"url": url}),
                 {"Referer": BLOG + "/"}).status, 422, url + ": the frame")
    eq(len(articles(srv)), before, "nothing made")
    # an ordinary path with dots in its names is fine
    r = thread(c, BLOG + "/a.../b..c/.well-known", origin=BLOG)
    eq(r.status, 200, r.text)


def test_titles_are_bounded_and_stripped(srv):
    srv.set_setting("embed_origins", BLOG)
    c = srv.client()
    r = thread(c, BLOG + "/t", origin=BLOG,
               title="\u0085A\u2028title\x07\u009b " + "x" * 300)
    eq(r.status, 200, r.text)
    t = r.json()["article"]["title"]
    check(t.startswith("A title "), repr(t))
    check(len(t.encode()) <= 200, "at most 200 bytes")
    check(not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", t), repr(t))
    # a later visit does not change it: staff correct it in the editor
    r = thread(c, BLOG + "/t", origin=BLOG, title="Another")
    eq(r.json()["article"]["title"], t, "the first title stays")


def test_new_threads_are_limited_per_network(srv):
    srv.set_setting("embed_origins", BLOG)
    srv.set_setting("rate_embed_threads_per_hour", "3")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    c = srv.client()
    before = len(articles(srv))

    def make(i, who="net-a", lang=None):
        h = {"X-Charla-Test-Client": who}
        if lang:
            h["Accept-Language"] = lang
        return thread(c, BLOG + "/spam%d" % i, origin=BLOG, headers=h,
                      title="Spam %d" % i)

    for i in range(3):
        eq(make(i).status, 200, "thread %d" % i)
    r = make(3)
    eq(r.status, 429, r.text)
    eq(r.json()["error"]["code"], "too_many_threads", r.text)
    check("new discussions" in r.json()["error"]["message"], r.text)
    check(int(r.header("Retry-After")) > 0, "Retry-After")
    r = make(4, lang="es")
    eq(r.status, 429, r.text)
    check("conversaciones nuevas" in r.json()["error"]["message"], r.text)
    # threads that exist are still read; another network may make its own
    eq(make(0).status, 200, "an existing thread")
    eq(make(5, who="net-b").status, 200, "another network")
    eq(len(articles(srv)), before + 4, "four threads, not more")




def test_frame_over_the_thread_limit_says_so(srv):
    """The iframe page makes its page's thread (its widget asks with no
    Origin or Referer); over the network's limit it answers 429 with the
    limit's sentence itself, which its widget could not tell apart from
    a request of no listed page."""
    srv.set_setting("embed_origins", BLOG)
    srv.set_setting("rate_embed_threads_per_hour", "1")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    c = srv.client()

    def frame(path, lang=None):
        h = {"Referer": BLOG + "/", "X-Charla-Test-Client": "net-a"}
        if lang:
            h["Accept-Language"] = lang
        return c.get("/embed/thread?" + urllib.parse.urlencode(
            {"url": BLOG + path}), h)

    eq(frame("/first").status, 200, "the one thread the limit allows")
    before = len(articles(srv))
    for lang, words in ((None, "new discussions"),
                        ("es", "conversaciones nuevas")):
        r = frame("/second", lang)
        eq(r.status, 429, r.text[:300])
        check("text/html" in r.header("Content-Type"), "a page")
        check(words in html.unescape(r.text), "the limit's sentence")
        check(int(r.header("Retry-After")) > 0, "Retry-After")
    eq(len(articles(srv)), before, "no thread made")
    eq(frame("/first").status, 200, "the thread that exists still shows")

def test_unpublishing_one_of_two_threads_shows_the_other(srv):
    # a visit made the page's thread; a backup restored later brought
    # another article about the same page
    srv.set_setting("embed_origins", OLD)
    c = srv.client()
    r = thread(c, STORY)
    eq(r.status, 200, r.text)
    first = r.json()["article"]["id"]
    srv.db_exec("INSERT INTO articles(path, title, external_url) VALUES "
                "('/restored-story', 'Restored', '%s')" % STORY)
    eq(thread(c, STORY).json()["article"]["id"], first, "the older is shown")
    # the editor unpublishes the older one, as docs/embed.md says to
    srv.db_exec("UPDATE articles SET is_published = 0 WHERE id = %d" % first)
    r = thread(c, STORY)
    eq(r.status, 200, r.text)
    eq(r.json()["article"]["path"], "/restored-story", "the other thread")
    r = c.get("/embed/page?" + urllib.parse.urlencode({"url": STORY}),
              {"Referer": OLD + "/"})
    eq(r.status, 303, r.text)
    eq(r.header("Location"), "/restored-story#comments", "its page")
    # with both unpublished the page has no thread, and none is made
    srv.db_exec("UPDATE articles SET is_published = 0")
    eq(thread(c, STORY).status, 404, "no thread")
    eq(len(articles(srv)), 0, "none made")
