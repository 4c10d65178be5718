"""test_wxr_text.py - a WordPress export's names, titles and local times
as readers get them: the names and titles WordPress stores HTML-escaped
show as written, escaped once, in the API, the comments feed and the
article list; a comment whose GMT time WordPress left as zeros is placed
by its post's offset; the import summary says which times it had to
read as UTC; and a new site takes its time zone from the file."""
import os

from harness import REPO, check, eq
from test_import import (drop_target, fresh_target, stored_setting,
                         thread_by_path)

FIXTURE = os.path.join(REPO, "tests", "fixtures", "wxr",
                       "escaped-local-times.xml")


def test_wxr_escaped_names_and_local_times(srv):
    r = srv.cli("import", "wxr", FIXTURE, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("times read as UTC: 2 " in r.stdout, r.stdout)
    c = srv.client()
    arts = {a["path"]: a for a in c.get("/api/v1/articles").json()["articles"]}
    art = arts["/2024/03/tom-jerry/"]
    eq(art["title"], "Tom & Jerry &lt;3 \u201cEl Mencho\u201d", "the title")
    t = thread_by_path(srv, "/2024/03/tom-jerry/")
    eq(t["1"]["author"]["name"], "Tom & Jerry", "a name decoded")
    eq(t["1.1"]["author"]["name"], "O'Brien &lt;b&gt;", "decoded once")
    # 10:30 at -06:00: 16:30 UTC, half an hour after the story
    eq(t["1"]["created"], "2024-03-01T16:30:00Z", "placed by the offset")
    feed = c.get("/feeds/comments.atom").text
    check("Tom &amp; Jerry" in feed and "&amp;amp;" not in feed,
          "escaped once in the feed")
    check("O&apos;Brien &amp;lt;b&amp;gt;" in feed, "the other name")
    # a post with no GMT time: the offset of the post before it
    t = thread_by_path(srv, "/contact/")
    eq(t["1"]["created"], "2024-03-02T15:30:00Z", "the last offset known")
    # before any post told the offset: as UTC, and counted
    t = thread_by_path(srv, "/about/")
    eq(t["1"]["created"], "2024-02-01T08:30:00Z", "no offset yet: as UTC")


def test_import_sets_an_unset_time_zone_from_the_file(srv):
    """A new site takes the offset of the first post that tells one, and
    the summary says so; a site with a time zone keeps it; a Disqus file,
    whose times are all UTC, sets none."""
    target = fresh_target(srv, "tz-wxr.db")
    try:
        r = srv.cli("import", "wxr", FIXTURE, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("time zone: set to -06:00," in r.stdout, r.stdout)
        eq(stored_setting(srv, target, "timezone"), "-06:00", "set")
        # another file, written at +01:00: the site keeps its zone
        other = os.path.join(REPO, "tests", "fixtures", "wxr",
                             "export-1.0.xml")
        r = srv.cli("import", "wxr", other, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("time zone:" not in r.stdout, r.stdout)
        eq(stored_setting(srv, target, "timezone"), "-06:00", "kept")
    finally:
        drop_target(srv, target)
    target = fresh_target(srv, "tz-disqus.db")
    try:
        disqus = os.path.join(REPO, "tests", "fixtures", "disqus",
                              "export.xml")
        r = srv.cli("import", "disqus", disqus, "--db", target)
        eq(r.returncode, 0, r.stderr)
        check("time zone:" not in r.stdout, r.stdout)
        eq(stored_setting(srv, target, "timezone"), None, "none from UTC")
    finally:
        drop_target(srv, target)
