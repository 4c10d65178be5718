"""test_feed_cache.py - the site-wide comments feed (/feeds/comments.atom)
is rendered once per change and served from the page cache under a
fingerprint of what it shows, with that fingerprint as its ETag. So
every change a reader of the feed would see must give a new feed (a new
comment, an edit, a removal, an article taken back or renamed, the
site_url setting), a feed reader that sends the ETag back gets 304 while
nothing changed, and the bytes are those a fresh render gives."""
import gzip
import sqlite3
import time

import harness
from harness import check, eq
from test_admin import form_fields, new_article_fields
from test_admin import login as staff_login
from test_mod import act, add_user, comments, login

FEED = "/feeds/comments.atom"


def get_feed(c, headers=None):
    """(body bytes, ETag) of a 200 answer."""
    r = c.get(FEED, headers=headers)
    eq(r.status, 200, FEED)
    etag = r.header("ETag")
    check(etag and etag.startswith('"a0-v'), "an ETag: %r" % etag)
    return r.body, etag


def post(c, aid, body, status=201):
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": body})
    eq(r.status, status, r.text)
    return r.json()["comment"]


def test_feed_cache_304_on_its_etag(srv):
    c = srv.client()
    body, etag = get_feed(c)
    again, etag2 = get_feed(c)
    eq(etag2, etag, "nothing changed: the same ETag")
    eq(again, body, "and the same bytes")
    r = c.get(FEED, headers={"If-None-Match": etag})
    eq(r.status, 304, "a feed reader holding it")
    eq(r.body, b"", "no body")
    eq(r.header("ETag"), etag, "the ETag again")
    r = c.get(FEED, headers={"If-None-Match": '"a0-v1-6"'})
    eq(r.status, 200, "another ETag is not this feed")
    # the gzip copy has its own ETag, and is the same feed
    r = c.get(FEED, headers={"Accept-Encoding": "gzip"})
    eq(r.status, 200, "gzip")
    eq(r.header("Content-Encoding"), "gzip", "compressed")
    eq(gzip.decompress(r.body), body, "the same feed, compressed")
    gz_etag = r.header("ETag")
    eq(gz_etag, etag[:-1] + '-gz"', "the gzip variant's ETag")
    r = c.get(FEED, headers={"If-None-Match": gz_etag,
                             "Accept-Encoding": "gzip"})
    eq(r.status, 304, "the gzip copy revalidates too")


def test_feed_cache_per_language(srv):
    """The Spanish feed is another render with another ETag; asking for
    it does not take the English one's place or bytes."""
    c = srv.client()
    en, en_tag = get_feed(c)
    es, es_tag = get_feed(c, {"Accept-Language": "es"})
    check(es_tag != en_tag, "an ETag per language")
    check(b"An\xc3\xb3nimo" in es and b"An\xc3\xb3nimo" not in en, "Spanish")
    body, etag = get_feed(c)
    eq((body, etag), (en, en_tag), "English again, as before")
    r = c.get(FEED, headers={"If-None-Match": en_tag,
                             "Accept-Language": "es"})
    eq(r.status, 200, "the English ETag is not the Spanish feed's")


def test_feed_cache_new_comment_and_edit(srv):
    c = srv.client()
    aid, by = comments(srv)
    before, etag = get_feed(c)
    post(c, aid, "Una voz nueva en el hilo")
    after, etag2 = get_feed(c)
    check(etag2 != etag, "a new comment: a new ETag")
    check(b"Una voz nueva" in after and b"Una voz nueva" not in before,
          "and it is in the feed")
    eq(c.get(FEED, headers={"If-None-Match": etag}).status, 200,
       "the old ETag no longer matches")
    # a moderator's edit (a redaction) of a comment in the feed
    add_user(srv)
    mod = login(srv)
    r = act(mod, by["13"]["id"], "redact", {"span": "fucking"})
    eq(r.status, 200, r.text)
    edited, etag3 = get_feed(c)
    check(etag3 != etag2, "an edit: a new ETag")
    check(b"fucking" in after and b"fucking" not in edited, "edited text")
    check(b"[redacted]" in edited, "the redaction shows")


def fill_newer(srv, n):
    """Writes n visible comments of a new article straight into the
    database (both backends), dated a day ago and later, so that they
    are newer than every demo comment and older than any posted now."""
    since = int(time.time()) - 86400
    if srv.backend == "postgres":
        harness.pg_admin(srv.db, (
            "INSERT INTO articles(path, title, published) VALUES "
            "('/relleno.html', 'Relleno', {t});"
            "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
            "status, author_kind, created, body) SELECT a.id, k::text, k, "
            "0, lpad(k::text, 6, '0'), 0, 1, {t} + k, 'Relleno ' || k "
            "FROM articles a, generate_series(1, {n}) k WHERE "
            "a.path = '/relleno.html'").format(t=since, n=n))
        return
    con = sqlite3.connect(srv.db)
    con.executescript((
        "INSERT INTO articles(path, title, published) VALUES "
        "('/relleno.html', 'Relleno', {t});"
        "WITH RECURSIVE g(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM g "
        "WHERE k < {n}) INSERT INTO comments(article_id, number, seq, "
        "depth, sort_key, status, author_kind, created, body) SELECT a.id, "
        "k, k, 0, printf('%06d', k), 0, 1, {t} + k, 'Relleno ' || k "
        "FROM articles a, g WHERE a.path = '/relleno.html';"
        ).format(t=since, n=n))
    con.close()


def test_feed_cache_removal(srv):
    """A removal changes the feed both ways: a comment in it leaves it,
    and one outside the newest 50 that a comment in it refers to no
    longer lends the reference its words (only the thread's version
    says so: the newest comments are the same ones)."""
    c = srv.client()
    aid, by = comments(srv)
    fill_newer(srv, 49)
    post(c, aid, "Lo que dijo #1 sigue en pie")
    last = post(c, aid, "Y lo de #2 también")
    body, etag = get_feed(c)
    check(b"Real criminal of Mexico" in body, "#1's words in its preview")
    check(b"Relleno 1&lt;" not in body, "the oldest filler is past the 50")
    add_user(srv)
    mod = login(srv)
    r = act(mod, by["1"]["id"], "remove", {"reason": "off-topic"})
    eq(r.status, 200, r.text)
    after, etag2 = get_feed(c)
    check(etag2 != etag, "a new ETag")
    check(b"Real criminal of Mexico" not in after, "its words are gone")
    eq(after.count(b"<entry>"), 50, "the same 50 entries")
    # a comment in the feed removed leaves it, and an older one comes in
    r = act(mod, last["id"], "remove", {"reason": "off-topic"})
    eq(r.status, 200, r.text)
    removed, etag3 = get_feed(c)
    check(etag3 != etag2, "a new ETag again")
    check(b"Y lo de" not in removed, "the removed comment left")
    check(b"Relleno 1&lt;" in removed, "the next newest came in")


def test_feed_cache_article_unpublished_and_renamed(srv):
    editor = staff_login(srv, "Ed", "editor")
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Se retira pronto"))
    eq(r.status, 303, "article saved")
    other = int(r.header("Location").split("/")[3].split("?")[0])
    c = srv.client()
    post(c, other, "Comentario bajo un artículo que se retira")
    shown, etag = get_feed(c)
    check(b"Se retira pronto" in shown, "its title in the entry")
    url = "/admin/articles/%d" % other
    f = form_fields(editor.get(url).text, url)
    f["title"] = "Un nombre nuevo"
    eq(editor.post_form(url, f).status, 303, "renamed")
    renamed, etag2 = get_feed(c)
    check(etag2 != etag, "a new ETag")
    check(b"Un nombre nuevo" in renamed and b"Se retira pronto" not in
          renamed, "the new title")
    f = form_fields(editor.get(url).text, url)
    f.pop("published", None)
    f["op"] = "save"
    eq(editor.post_form(url, f).status, 303, "unpublished")
    gone, etag3 = get_feed(c)
    check(etag3 not in (etag, etag2), "a new ETag")
    check(b"que se retira" not in gone, "its comment left the feed")
    # published again under its first title: the very bytes of before
    f = form_fields(editor.get(url).text, url)
    f.update({"published": "1", "title": "Se retira pronto", "op": "save"})
    eq(editor.post_form(url, f).status, 303, "published again")
    again, etag4 = get_feed(c)
    eq(again, shown, "the same bytes as before for the same comments")
    check(etag4 != etag, "rendered again (the article's version moved)")


def test_feed_cache_site_url(srv):
    c = srv.client()
    before, etag = get_feed(c)
    check(b"tag:charla.invalid," in before, "no site_url: relative")
    srv.set_setting("site_url", "https://noticias.example/")
    after, etag2 = get_feed(c)
    check(etag2 != etag, "a new ETag")
    check(b"tag:noticias.example," in after, "its host in the ids")
    check(b'href="https://noticias.example/2021/' in after, "absolute links")
    eq(c.get(FEED, headers={"If-None-Match": etag}).status, 200,
       "the old ETag is not this feed")
    # the setting emptied: the feed of before, bytes and ETag, so a reader
    # that still holds that copy may keep it
    srv.set_setting("site_url", "")
    back, etag3 = get_feed(c)
    eq(back, before, "the same bytes as before")
    eq(etag3, etag, "the same ETag")
    eq(c.get(FEED, headers={"If-None-Match": etag}).status, 304,
       "and the old copy is good again")


def test_feed_cache_held_comment_changes_nothing_shown(srv):
    """A held comment is not in the feed: whether or not it is rendered
    again, the bytes are the same."""
    c = srv.client()
    aid, _ = comments(srv)
    before, _ = get_feed(c)
    post(c, aid, "I will find you and cut your head off, you rat",
         status=202)
    after, _ = get_feed(c)
    eq(after, before, "the same bytes")
