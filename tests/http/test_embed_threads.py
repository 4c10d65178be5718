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
