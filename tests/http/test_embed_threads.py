"""test_embed_threads.py - which thread the embed widget finds for a page
and who may make a new one: a thread imported from Disqus or WordPress is
found by its page's URL (not a new, empty one); a new thread only for a
request from a listed page, at most so many per network, never for a URL
with dot segments; and the links of comment feeds of such threads."""
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
