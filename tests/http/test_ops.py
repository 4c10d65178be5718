"""test_ops.py - the operator's side: Atom feeds (parsed as XML), the
secret queue feed, Prometheus metrics and their token, /healthz, `charla
config check`, `charla backup`, flag/env/file precedence, the man
page, and one listener per port."""
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import harness
from harness import REPO, check, eq
from test_admin import form_fields, new_article_fields
from test_admin import login as staff_login
from test_mod import act, add_user, comments, login
from test_read import ARTICLE_PATH

ATOM = "{http://www.w3.org/2005/Atom}"


def set_setting(srv, key, value):
    """Writes a site setting straight into the database (both backends)."""
    srv.set_setting(key, value)


def feed(c, path, status=200, headers=None):
    r = c.get(path, headers)
    eq(r.status, status, path)
    if status != 200:
        return None
    eq(r.header("Content-Type"), "application/atom+xml; charset=utf-8",
       "content type")
    root = ET.fromstring(r.body)  # raises on anything but well-formed XML
    eq(root.tag, ATOM + "feed", "root element")
    for name in ("id", "title", "updated"):
        check(root.find(ATOM + name) is not None, "feed has " + name)
    entries = root.findall(ATOM + "entry")
    for e in entries:
        for name in ("id", "title", "updated", "link", "author"):
            check(e.find(ATOM + name) is not None, "entry has " + name)
        check(e.find(ATOM + "id").text.startswith("tag:"), "tag: id")
        check(e.find(ATOM + "author/" + ATOM + "name").text, "author name")
    return root, entries, r.text


def test_articles_feed_has_the_demo_article(srv):
    c = srv.client()
    _, entries, _ = feed(c, "/feeds/articles.atom")
    eq(len(entries), 1, "one article")
    e = entries[0]
    check("Zer" in e.find(ATOM + "title").text, "title")
    href = e.find(ATOM + "link").get("href")
    eq(href, ARTICLE_PATH, "permalink")
    eq(e.find(ATOM + "content").get("type"), "html", "content type=html")
    check("<p>" in e.find(ATOM + "content").text, "escaped HTML inside")
    r = c.get(ARTICLE_PATH)
    check('type="application/atom+xml"' in r.text, "pages link the feed")


def test_article_comment_feed_has_visible_comments_only(srv):
    aid, by = comments(srv)
    c = srv.client()
    path = "/feeds/articles/%d/comments.atom" % aid
    _, entries, text = feed(c, path)
    visible = [x for x in by.values() if x["status"] == "visible"]
    eq(len(visible), 32, "demo has 32 visible comments")
    eq(len(entries), 32, "entries")
    links = [e.find(ATOM + "link").get("href") for e in entries]
    check(all(re.fullmatch(re.escape(ARTICLE_PATH) + r"\?c=([0-9.]+)#c\1",
                           link) for link in links), links[:3])
    for e in entries:
        check("token" not in e.find(ATOM + "author/" + ATOM + "name").text,
              "no token")
    # a moderator removes comment 1: its text leaves the feed
    victim = by["1"]
    words = "Real criminal of Mexico"
    check(words in text, "text is there before")
    add_user(srv)
    mod = login(srv)
    r = act(mod, victim["id"], "remove", {"reason": "off-topic"})
    eq(r.status, 200, r.text)
    _, entries, text = feed(c, path)
    eq(len(entries), 31, "one entry fewer")
    check(words not in text, "removed text absent")
    check("?c=1#c1\"" not in text, "no tombstone entry")
    feed(c, "/feeds/articles/999999/comments.atom", status=404)


def test_recent_comments_feed(srv):
    c = srv.client()
    aid, _ = comments(srv)
    body = "A fresh <b>comment</b> & more on the mayor, see #1"
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": body})
    eq(r.status, 201, r.text)
    _, entries, text = feed(c, "/feeds/comments.atom")
    eq(len(entries), 33, "32 imported + 1 new, under the cap of 50")
    first = entries[0]
    content = first.find(ATOM + "content").text
    check("A fresh &lt;b&gt;comment&lt;/b&gt; &amp; more" in content,
          content)
    times = [e.find(ATOM + "updated").text for e in entries]
    eq(times, sorted(times, reverse=True), "newest first")


def test_recent_comments_feed_leaves_out_held_and_unpublished(srv):
    """The site-wide feed holds what a reader may see anywhere: not a held
    comment, nor the comments of an article an editor took back, however
    new they are."""
    aid, _ = comments(srv)  # the demo article, before there is a newer one
    editor = staff_login(srv, "Ed", "editor")
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Se retira pronto"))
    eq(r.status, 303, "article saved")
    other = int(r.header("Location").split("/")[3].split("?")[0])
    c = srv.client()
    r = c.post_json("/api/v1/articles/%d/comments" % other,
                    {"body": "Comentario bajo un artículo que se retira"})
    eq(r.status, 201, r.text)
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "I will find you and cut your head off, you rat"})
    eq(r.status, 202, "held: " + r.text)
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "The last word on the demo article"})
    eq(r.status, 201, r.text)
    _, entries, text = feed(c, "/feeds/comments.atom")
    eq(len(entries), 34, "32 imported, the new article's, the last word")
    check("The last word" in entries[0].find(ATOM + "content").text,
          "newest first")
    check("que se retira" in text and "Se retira pronto" in text,
          "the new article's comment, while it is published")
    check("cut your head" not in text, "the held comment is not there")

    url = "/admin/articles/%d" % other
    f = form_fields(editor.get(url).text, url)
    f.pop("published", None)
    f["op"] = "save"
    eq(editor.post_form(url, f).status, 303, "unpublished")
    _, entries, text = feed(c, "/feeds/comments.atom")
    eq(len(entries), 33, "its comment left with it")
    check("que se retira" not in text and "Se retira pronto" not in text,
          "nothing of the unpublished article")
    check("cut your head" not in text, "the held comment still is not")
    check("The last word" in text, "the rest stays")


def fill_archive(srv, articles, per_article):
    """Writes a site's archive straight into the database (both
    backends): `articles` published articles ("Archivo N") of
    `per_article` visible comments each, dated after everything else
    and interleaved in time, so that the newest comments of the site are
    each in a different article."""
    if srv.backend == "postgres":
        harness.pg_admin(srv.db, (
            "INSERT INTO articles(path, title, published) SELECT "
            "'/archivo/' || i || '.html', 'Archivo ' || i, 1600000000 + i "
            "FROM generate_series(1, {a}) i;"
            "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
            "status, author_kind, created, body) SELECT a.id, k::text, k, "
            "0, lpad(k::text, 6, '0'), 0, 1, 1900000000 + k * 1000 + "
            "a.published - 1600000000, 'Comentario ' || k || ' del ' || "
            "a.title FROM articles a, generate_series(1, {n}) k WHERE "
            "a.path LIKE '/archivo/%'").format(a=articles, n=per_article))
        return
    con = sqlite3.connect(srv.db)
    con.executescript((
        "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
        "WHERE i < {a}) INSERT INTO articles(path, title, published) "
        "SELECT '/archivo/' || i || '.html', 'Archivo ' || i, "
        "1600000000 + i FROM g;"
        "WITH RECURSIVE g(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM g "
        "WHERE k < {n}) INSERT INTO comments(article_id, number, seq, "
        "depth, sort_key, status, author_kind, created, body) SELECT a.id, "
        "k, k, 0, printf('%06d', k), 0, 1, 1900000000 + k * 1000 + "
        "a.published - 1600000000, 'Comentario ' || k || ' del ' || "
        "a.title FROM articles a, g WHERE a.path LIKE '/archivo/%';"
        ).format(a=articles, n=per_article))
    con.close()


def test_recent_comments_feed_on_a_big_site(srv):
    """A site of 60,000 comments: the feed answers with the newest 50,
    each in its own article of a thousand comments. (It used to load
    every thread of the site at once, and answered 503 past some 45,000
    short comments, when they outgrew a request's memory.)"""
    fill_archive(srv, 60, 1000)
    c = srv.client()
    _, entries, text = feed(c, "/feeds/comments.atom")
    eq(len(entries), 50, "the newest 50")
    titles = [e.find(ATOM + "title").text for e in entries]
    articles = [re.search(r"Archivo (\d+)$", t) for t in titles]
    check(all(articles), titles[:3])
    eq([int(m.group(1)) for m in articles], list(range(60, 10, -1)),
       "comment 1000 of articles 60 down to 11, newest first")
    check("Comentario 1000 del Archivo 60" in
          entries[0].find(ATOM + "content").text, "the text")


def test_missing_feeds_answer_the_site_not_found_page(srv):
    """A feed that is not there (an unknown name, a deleted article, a
    wrong queue token) answers as any unknown page does: the site's own
    not-found page in the reader's language, the same for all three, so a
    queue token cannot be told from a typo."""
    def without_lang_link(body):  # it leads back to the address asked for
        return re.sub(rb'<p class="lang">.*?</p>', b"", body)
    c = srv.client()
    page = c.get("/no-such-page")
    eq(page.status, 404, "an unknown page")
    for path in ("/feeds/nope", "/feeds/articles/999999/comments.atom",
                 "/feeds/queue/" + "0" * 32 + ".atom"):
        r = c.get(path)
        eq(r.status, 404, path)
        check(r.header("Content-Type").startswith("text/html"),
              "%s: %s" % (path, r.header("Content-Type")))
        eq(without_lang_link(r.body), without_lang_link(page.body),
           path + " reads as the unknown page")
    es = c.get("/feeds/nope", headers={"Accept-Language": "es-MX"})
    check("<html lang=\"es\"" in es.text, es.text[:200])


def test_queue_feed_needs_the_token(srv):
    c = srv.client()
    feed(c, "/feeds/queue/" + "0" * 32 + ".atom", status=404)
    feed(c, "/feeds/queue/.atom", status=404)
    eq(c.get("/feeds/queue").status, 401, "the URL is for staff")
    aid, _ = comments(srv)
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "I will find you and cut your head off, you rat"})
    eq(r.status, 202, r.text)
    add_user(srv)
    mod = login(srv)
    url = mod.get("/feeds/queue").json()["url"]
    m = re.fullmatch(r"/feeds/queue/([0-9a-f]{32})\.atom", url)
    check(m, url)
    token = m.group(1)
    _, entries, text = feed(srv.client(), url)
    eq(len(entries), 1, "the held comment")
    check("cut your head" in text, "its text, for staff")
    # a token that differs in one character is refused
    wrong = token[:-1] + ("0" if token[-1] != "0" else "1")
    feed(c, "/feeds/queue/%s.atom" % wrong, status=404)
    feed(c, "/feeds/queue/%s.atom" % token.upper(), status=404)
    eq(mod.get("/feeds/queue").json()["url"], url, "stable")
    with open(srv.log_path) as f:
        log = f.read()
    check("/feeds/queue/" in log, "the feed's requests are logged")
    check(token not in log, "the log does not give the token away")


def test_queue_feed_is_linked_and_given_in_full_with_site_url(srv):
    """The queue page links the queue's feed, in the page's language;
    GET /feeds/queue gives the full address to hand a feed reader once
    site_url is set, and says there is none before (charla does not build
    one from the request's Host)."""
    add_user(srv)
    mod = login(srv)
    where = mod.get("/feeds/queue").json()
    path = where["url"]
    check(re.fullmatch(r"/feeds/queue/[0-9a-f]{32}\.atom", path), path)
    eq(where["absolute_url"], None, "no full address without site_url")
    for lang, words in (("en", "Feed of the queue"),
                        ("es", "Feed de la cola")):
        page = mod.get("/admin/queue", {"Accept-Language": lang}).text
        check('href="%s">%s</a>' % (path, words) in page,
              lang + ": the queue page links its feed")
    srv.set_setting("site_url", "https://news.example/")
    where = mod.get("/feeds/queue").json()
    eq(where["absolute_url"], "https://news.example" + path, "in full")
    eq(where["url"], where["absolute_url"], "url as before: absolute")
    _, _, text = feed(srv.client(), path)
    check("https://news.example/admin/queue" in text,
          "the feed links the queue in full")


def test_queue_feed_token_is_not_logged_on_paths_near_the_feed(srv):
    """A path that comes close to the queue feed's but is not it is
    answered 404, and carries the secret all the same: the log line keeps
    nothing after "queue" (in any case, after "feeds")."""
    add_user(srv)
    mod = login(srv)
    url = mod.get("/feeds/queue").json()["url"]
    token = re.fullmatch(r"/feeds/queue/([0-9a-f]{32})\.atom", url).group(1)
    c = srv.client()
    for path in ("/feeds//queue/%s.atom", "/feeds/./queue/%s.atom",
                 "//feeds/queue/%s.atom", "/feeds/queue//%s.atom",
                 "/FEEDS/Queue/%s.atom", "/feeds/x/../queue/%s.atom",
                 "/feeds/queue%s.atom"):
        r = c.get(path % token)
        check(r.status in (301, 404), "%s: %d" % (path, r.status))
    with open(srv.log_path) as f:
        log = f.read()
    check("/feeds//queue/(token)" in log, "logged, without the secret")
    check("/FEEDS/Queue/(token)" in log, "in any case")
    check(token not in log, "the log does not give the token away: %s"
          % [line for line in log.splitlines() if token in line])


def test_queue_feed_uses_a_token_set_by_hand(srv):
    """A queue_feed_token set with `charla setting set` is the feed's
    token (it was replaced by a new one unless it had 32 characters); one
    shorter than 22 characters is refused, without being repeated."""
    r = srv.cli("setting", "set", "queue_feed_token", "abc", "--db", srv.db)
    eq(r.returncode, 1, "a short token is refused")
    check("22 to 256 characters" in r.stderr, r.stderr)
    check('"abc"' not in r.stderr, "a secret is not repeated")
    mine = "Moderators-feed_token-2026-x"
    r = srv.cli("setting", "set", "queue_feed_token", mine, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    add_user(srv)
    mod = login(srv)
    eq(mod.get("/feeds/queue").json()["url"],
       "/feeds/queue/%s.atom" % mine, "the token set is the one used")
    feed(srv.client(), "/feeds/queue/%s.atom" % mine)


def test_queue_feed_keeps_a_doxxing_comment_out(srv):
    """A feed reader may be someone else's service, out of reach of a
    purge: an entry held as doxxing has no text and no name, only why it
    waits and a link to the queue. Other held entries keep their text."""
    set_setting(srv, "protected_names", "Rosa Icela Ruiz\n")
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {
        "body": "Rosa Icela Ruiz vive en Avenida Juárez 9988 departamento 12",
        "name": "Vecino marker-name-3317"})
    eq(r.status, 202, r.text)
    r = srv.client().post_json(
        url, {"body": "I will find you and cut your head off, you rat"})
    eq(r.status, 202, r.text)
    add_user(srv)
    mod = login(srv)
    queue = mod.get("/api/v1/mod/queue").json()["items"]
    eq(sorted(i["screen"]["category"] for i in queue),
       ["doxxing", "threat"], "one held as doxxing, one as a threat")
    _, entries, text = feed(srv.client(), mod.get("/feeds/queue").json()["url"])
    eq(len(entries), 2, "both held comments")
    for leak in ("Icela", "9988", "departamento", "marker-name-3317"):
        check(leak not in text, "%r is in the queue feed" % leak)
    check("cut your head" in text, "other held text stays")
    by_title = {e.find(ATOM + "title").text: e for e in entries}
    dox = [e for t, e in by_title.items() if t.startswith("[Held as doxxing]")]
    eq(len(dox), 1, "titled as held as doxxing: %r" % list(by_title))
    content = dox[0].find(ATOM + "content").text
    check("Held as doxxing" in content, content)
    check('href="/admin/queue"' in content, "links to the queue: " + content)
    check(dox[0].find(ATOM + "author/" + ATOM + "name").text.startswith(
        "Anon "), "the handle only")
    _, _, es = feed(srv.client(), mod.get("/feeds/queue").json()["url"],
                    headers={"Accept-Language": "es"})
    check("[Retenido por doxxing]" in es, "in Spanish")


def test_queue_feed_speaks_the_request_language(srv):
    """The queue feed's title and each entry's reason are in the request's
    language, as the other feeds are: Accept-Language or charla_lang, and
    for a feed reader, which sends neither, the site's `language`."""
    aid, _ = comments(srv)
    r = srv.client().post_json(
        "/api/v1/articles/%d/comments" % aid,
        {"body": "I will find you and cut your head off, you rat"})
    eq(r.status, 202, r.text)
    add_user(srv)
    url = login(srv).get("/feeds/queue").json()["url"]

    def titles(headers=None, cookies=None):
        c = srv.client()
        c.cookies.update(cookies or {})
        root, entries, _ = feed(c, url, headers=headers)
        eq(len(entries), 1, "the held comment")
        return (root.find(ATOM + "title").text,
                entries[0].find(ATOM + "title").text)

    title, entry = titles()
    check(title.endswith(": moderation queue"), title)
    check(entry.startswith("[Held by screening] #"), entry)
    for how in ({"headers": {"Accept-Language": "es-MX,es;q=0.9"}},
                {"cookies": {"charla_lang": "es"}}):
        title, entry = titles(**how)
        check(title.endswith(": cola de moderación"), "%r: %s" % (how, title))
        check(entry.startswith("[Retenido por el filtro] #"),
              "%r: %s" % (how, entry))
    set_setting(srv, "language", "es")
    srv.restart()  # the site's language is re-read at most every 10 s
    title, entry = titles()
    check(title.endswith(": cola de moderación"), "site default: " + title)
    check(entry.startswith("[Retenido por el filtro] #"), entry)
    title, _ = titles({"Accept-Language": "en"})
    check(title.endswith(": moderation queue"), "asked for English: " + title)


def parse_prom(text):
    """{(name, frozenset(labels)): value}; checks the line format."""
    out = {}
    line_re = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})? '
                         r'([0-9.eE+-]+|\+Inf|NaN)$')
    for line in text.splitlines():
        if not line or line.startswith("# HELP ") or \
                line.startswith("# TYPE "):
            continue
        m = line_re.match(line)
        check(m, "not Prometheus text: %r" % line)
        labels = frozenset(re.findall(r'(\w+)="([^"]*)"', m.group(3) or ""))
        out[(m.group(1), labels)] = float(m.group(4))
    return out


def test_metrics_count_requests(srv):
    c = srv.client()
    r = c.get("/healthz")
    eq(r.status, 200, "healthz")
    eq(r.json()["status"], "ok", "healthz body")
    c.get(ARTICLE_PATH)
    c.get("/no/such/page/" + "x" * 50)
    r = c.get("/metrics")
    eq(r.status, 200, "metrics")
    check(r.header("Content-Type").startswith("text/plain; version=0.0.4"),
          r.header("Content-Type"))
    m = parse_prom(r.text)
    key = ("charla_http_requests_total",
           frozenset({("route", "health"), ("status", "200")}))
    check(m.get(key, 0) >= 1, "healthz counted: %r" % r.text[:400])
    key = ("charla_http_requests_total",
           frozenset({("route", "article"), ("status", "200")}))
    check(m.get(key, 0) >= 1, "article counted")
    check("xxxxx" not in r.text, "no raw paths in labels")
    count = m[("charla_http_request_duration_milliseconds_count",
               frozenset())]
    inf = m[("charla_http_request_duration_milliseconds_bucket",
             frozenset({("le", "+Inf")}))]
    eq(count, inf, "+Inf bucket equals count")
    check(count >= 3, "three requests observed")
    for name in ("charla_queue_size", "charla_page_cache_hit_ratio",
                 "charla_comments_posted_total",
                 "charla_comments_removed_total"):
        check((name, frozenset()) in m, name)
    # a post is counted
    aid, _ = comments(srv)
    before = m[("charla_comments_posted_total", frozenset())]
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Counting this one."})
    eq(r.status, 201, r.text)
    m = parse_prom(c.get("/metrics").text)
    eq(m[("charla_comments_posted_total", frozenset())], before + 1,
       "posted")
    key = ("charla_http_requests_total",
           frozenset({("route", "api_post"), ("status", "201")}))
    eq(m.get(key), 1.0, "api_post 201")


def test_metrics_token(srv):
    set_setting(srv, "metrics_token", "s3cret-scrape-token")
    c = srv.client()
    r = c.get("/metrics")
    eq(r.status, 401, "no token")
    check("Bearer" in (r.header("WWW-Authenticate") or ""), "challenge")
    eq(c.get("/metrics", {"Authorization": "Bearer nope"}).status, 401,
       "wrong token")
    r = c.get("/metrics", {"Authorization": "Bearer s3cret-scrape-token"})
    eq(r.status, 200, "right token")
    check("charla_http_requests_total" in r.text, "body")


def test_config_check(srv):
    r = srv.cli("config", "check", os.path.join(REPO, "docs",
                                                "charla.conf.example"))
    eq(r.returncode, 0, r.stderr)
    bad = os.path.join(srv.dir, "bad.conf")
    with open(bad, "w") as f:
        f.write("# fine\ndb = x.db\nthreads = 0\n")
    r = srv.cli("config", "check", bad)
    eq(r.returncode, 1, "bad file")
    check("line 3" in r.stderr and "threads" in r.stderr, r.stderr)
    with open(bad, "w") as f:
        f.write("listen = 127.0.0.1:8080\nlisten_port = 80\n")
    r = srv.cli("config", "check", bad)
    eq(r.returncode, 1, "unknown key")
    check("line 2" in r.stderr and "listen_port" in r.stderr, r.stderr)
    r = srv.cli("config", "check", os.path.join(srv.dir, "missing.conf"))
    eq(r.returncode, 1, "missing file")
    eq(srv.cli("config").returncode, 2, "usage")


def test_config_check_refuses_what_serve_refuses(srv):
    """config check runs serve's own checks on what the file names (the
    user, the screening model, the web folder) and names the line of each
    problem; serve refuses the same file."""
    conf = os.path.join(srv.dir, "serve.conf")
    db = os.path.join(srv.dir, "never.db")
    with open(conf, "w") as f:
        f.write("# the site\n"
                "db = %s\n"
                "user = nosuchuser\n"
                "model = /nonexistent.model\n"
                "web = /nonexistent\n" % db)
    r = srv.cli("config", "check", conf)
    eq(r.returncode, 1, r.stdout)
    lines = r.stderr.splitlines()
    eq(len(lines), 3, "one line for each problem: %r" % lines)
    check(lines[0].startswith("charla: %s: line 3: no such user "
                              '"nosuchuser"' % conf), lines[0])
    check(lines[1].startswith("charla: %s: line 4: screening model: "
                              "/nonexistent.model" % conf), lines[1])
    check(lines[2].startswith("charla: %s: line 5: cannot read "
                              "/nonexistent/style.css" % conf), lines[2])
    eq(r.stdout, "", "no ok")
    # serve refuses each of them, and creates no database
    for line in ("user = nosuchuser", "model = /nonexistent.model",
                 "web = /nonexistent"):
        with open(conf, "w") as f:
            f.write("db = %s\nlisten = 127.0.0.1:%d\n%s\n"
                    % (db, harness.free_port(), line))
        r = srv.cli("config", "check", conf)
        eq(r.returncode, 1, line)
        check("line 3:" in r.stderr, r.stderr)
        r = subprocess.run([srv.charla, "serve", "--config", conf],
                           capture_output=True, text=True, cwd=REPO,
                           timeout=30)
        eq(r.returncode, 1, "serve refuses %s: %s" % (line, r.stderr))
        check(not os.path.exists(db), "serve made no database (%s)" % line)
    with open(conf, "w") as f:
        f.write("user = root\n")
    r = srv.cli("config", "check", conf)
    eq(r.returncode, 1, "root")
    check("line 1:" in r.stderr and "must not serve as root" in r.stderr,
          r.stderr)
    # what serve accepts, check accepts
    with open(conf, "w") as f:
        f.write("user = nobody\nmodel = %s\nweb = %s\n"
                % (os.path.join(REPO, "models", "charla.model"),
                   os.path.join(REPO, "web")))
    r = srv.cli("config", "check", conf)
    eq((r.returncode, r.stdout), (0, "%s: ok\n" % conf), r.stderr)


def test_flag_beats_env_beats_file(srv):
    conf = os.path.join(srv.dir, "c.conf")
    with open(conf, "w") as f:
        f.write("db = %s\nthreads = 2\n" % os.path.join(srv.dir, "f.db"))
    env = dict(os.environ, CHARLA_THREADS="0")
    r = subprocess.run([srv.charla, "serve", "--config", conf],
                       capture_output=True, text=True, env=env, timeout=30)
    eq(r.returncode, 1, "a bad variable stops serve")
    check("CHARLA_THREADS" in r.stderr, r.stderr)
    env = dict(os.environ, CHARLA_LISTEN="nonsense")
    r = subprocess.run([srv.charla, "serve", "--config", conf, "--threads",
                        "999"], capture_output=True, text=True, env=env,
                       timeout=30)
    eq(r.returncode, 1, "env is checked before flags")
    r = subprocess.run([srv.charla, "serve", "--config", conf, "--threads",
                        "999"], capture_output=True, text=True, timeout=30)
    eq(r.returncode, 2, "a bad flag is a usage error")
    # backup reads db from the file unless the environment says otherwise
    if srv.backend == "sqlite":
        out = os.path.join(srv.dir, "b.db")
        env = dict(os.environ, CHARLA_DB=srv.db)
        r = subprocess.run([srv.charla, "backup", out, "--config", conf],
                           capture_output=True, text=True, env=env,
                           timeout=60)
        eq(r.returncode, 0, r.stderr)
        check(os.path.exists(out), "env db was used, not the file's")


def test_backup_copies_the_database(srv):
    out = os.path.join(srv.dir, "backup.db")
    if srv.backend == "postgres":
        r = srv.cli("backup", out, "--db", srv.db)
        eq(r.returncode, 1, "refused")
        check("pg_dump" in r.stderr, r.stderr)
        return
    # the server is running and writing while we copy
    aid, _ = comments(srv)
    srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                           {"body": "Written before the backup."})
    r = srv.cli("backup", out, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    want = sqlite3.connect(srv.db).execute(
        "select count(*) from comments").fetchone()[0]
    con = sqlite3.connect(out)
    eq(con.execute("pragma integrity_check").fetchone()[0], "ok", "intact")
    eq(con.execute("select count(*) from comments").fetchone()[0], want,
       "same comment count")
    eq(want, 34, "33 imported + 1")
    con.close()
    check(not os.path.exists(out + "-wal"), "one self-contained file")
    r = srv.cli("backup", out, "--db", "postgres://u@localhost/x")
    eq(r.returncode, 1, "postgres refused")
    check("pg_dump" in r.stderr, r.stderr)
    r = srv.cli("backup", os.path.join(srv.dir, "x.db"), "--db",
                os.path.join(srv.dir, "nonexistent.db"))
    eq(r.returncode, 1, "missing source")
    check(not os.path.exists(os.path.join(srv.dir, "nonexistent.db")),
          "source never created")


def test_man_page_renders(srv):
    page = os.path.join(REPO, "docs", "charla.1")
    if not shutil.which("man"):
        print("skip: `man` is not installed; man page not rendered")
        return
    r = subprocess.run(["man", "-l", page], capture_output=True, text=True,
                       env=dict(os.environ, MANPAGER="cat", PAGER="cat",
                                MANWIDTH="80"), timeout=60)
    eq(r.returncode, 0, r.stderr)
    check("charla" in r.stdout and "SYNOPSIS" in r.stdout, r.stdout[:200])
    for word in ("config check", "backup", "metrics_token", "CHARLA_DB"):
        check(word in r.stdout, word)


def test_second_server_on_a_taken_port_refuses_to_start(srv):
    """A second charla on a port one already listens on stops with an
    error; it does not share the port and split the requests with it."""
    r = subprocess.Popen([srv.charla, "serve", "--db", srv.db, "--listen",
                          "127.0.0.1:%d" % srv.port, "--web",
                          os.path.join(REPO, "web"), "--quiet"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=REPO)
    try:
        # it stops at once; a busy machine may take a while to get there
        _, err = r.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        r.kill()
        r.communicate()
        raise AssertionError("the second server started on a taken port")
    check(r.returncode != 0, "a non-zero exit: %r" % r.returncode)
    check("cannot listen on 127.0.0.1:%d (in use, or not allowed)" % srv.port
          in err, err)
    # libmicrohttpd's own words go through charla's log: its raw "Failed
    # to bind" line does not come before charla's clear one
    check("Failed to bind" not in err, err)
    for line in err.splitlines():
        check(line.startswith("charla: "), "a line of charla's: %r" % line)
    eq(srv.client().get("/healthz").status, 200, "the first still serves")


def test_libmicrohttpd_errors_are_logged_as_charla_lines(srv):
    """What libmicrohttpd reports while serving (here, a header too big
    for a connection's memory) stays in the log, as a "charla: " line."""
    s = socket.create_connection(("127.0.0.1", srv.port), 5)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " +
              b"a" * 200000 + b"\r\n\r\n")
    check(b"431" in s.recv(4096), "refused by libmicrohttpd")
    s.close()
    eq(srv.client().get("/healthz").status, 200, "still serving")
    with open(srv.log_path) as f:
        log = f.read()
    lines = [x for x in log.splitlines() if "Error processing request" in x]
    check(lines, "the error is logged: %r" % log[-2000:])
    check(all(x.startswith("charla: ") for x in lines), repr(lines))


def test_restart_binds_at_once_after_a_crash(srv):
    """A crash with a connection open leaves it in TIME_WAIT on the
    server's port; charla starts again on that port at once."""
    s = socket.create_connection(("127.0.0.1", srv.port), 5)
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    check(b"200" in s.recv(4096), "answered, still open")
    srv.kill9()
    s.close()
    srv.restart()
    eq(srv.client().get("/healthz").status, 200, "serving again")


def test_docs_list_every_command_option_and_variable(srv):
    """README's command list and the man page name every command and
    option the usage does (the man page also those of each command's own
    usage); every CHARLA_* variable the program reads is documented, and
    every configuration key is in docs/charla.conf.example with its
    variable."""
    def read(*path):
        with open(os.path.join(REPO, *path)) as f:
            return f.read()
    readme = read("README.md")
    start = readme.index("## The command\n")
    block = readme[start:readme.index("```\n", readme.index("```", start) + 3)]
    man = read("docs", "charla.1").replace("\\-", "-")
    top = srv.cli("--help").stdout
    commands = [c for c in re.findall(r"^  ([a-z]+) ", top, re.M)
                if c != "charla"]
    check(len(commands) >= 12, "commands: %r" % commands)
    for c in commands:
        check(re.search(r"charla %s\b" % c, block), "README lists %s" % c)
        check(re.search(r"^\.B(R|I)? (charla )?%s\b" % c, man, re.M),
              "the man page lists %s" % c)
    for o in set(re.findall(r"--[a-z][a-z-]+", top)):
        check(o in block, "README names %s" % o)
        check(o in man, "the man page names %s" % o)
    for c in ("import", "export", "rescreen", "classify", "train", "eval"):
        r = srv.cli(c, "--help")
        for o in set(re.findall(r"--[a-z][a-z-]+", r.stdout + r.stderr)):
            check(o in man, "the man page names %s %s" % (c, o))
    docs = readme + "".join(read("docs", f) for f in os.listdir(
        os.path.join(REPO, "docs")))
    for dirpath, _, files in os.walk(os.path.join(REPO, "src")):
        for f in files:
            with open(os.path.join(dirpath, f)) as h:
                for v in re.findall(r'"(CHARLA_[A-Z_]+)"', h.read()):
                    check(v in docs, "%s is documented" % v)
    example = read("docs", "charla.conf.example")
    table = re.findall(r'\{"([a-z_]+)", "(CHARLA_[A-Z_]+)"\}',
                       read("src", "cli", "config.c"))
    check(len(table) >= 8, "config keys: %r" % table)
    for key, var in table:
        check(re.search(r"^(# )?%s = " % key, example, re.M),
              "charla.conf.example has %s" % key)
        check(var in example and var in man, "%s documented" % var)
