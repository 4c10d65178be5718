"""test_article_views.py - what a reader finds besides the text: the Atom
feeds named in an article page's head and linked from the front page and
under the discussion (none for a draft), and what an editor sees before
saving: the preview as the article page shows the article (byline, date
or "not yet published", lead image) and, under the path field, the path
an empty one gets today by the site's clock."""
import re
import time
import urllib.parse

from harness import check, eq
from test_admin import csrf_of, demo_article, form_fields, login
from test_read import ARTICLE_PATH

ES = {"Accept-Language": "es-MX,es;q=0.9"}
EN = {"Accept-Language": "en-US"}
ATOM = "application/atom+xml"


def head_of(page):
    return page.split("</head>", 1)[0]


def body_of(page):
    return page.split("<body>", 1)[1]


def feed_links(head):
    """The hrefs of the head's <link rel="alternate"> to Atom feeds."""
    return re.findall(r'<link rel="alternate" type="application/atom\+xml" '
                      r'href="([^"]+)"', head)


def feed_answers(srv, path):
    r = srv.client().get(path)
    eq(r.status, 200, "%s answers" % path)
    check((r.header("Content-Type") or "").startswith(ATOM),
          "%s is Atom: %s" % (path, r.header("Content-Type")))
    return r.text


def post_as(client, url, fields, headers=None):
    h = {"Content-Type": "application/x-www-form-urlencoded"}
    h.update(headers or {})
    return client.request("POST", url, urllib.parse.urlencode(fields), h)


def article_block(page):
    """The <article class="post"> element, as the page writes it."""
    m = re.search(r'<article class="post">.*?</article>\n', page, re.S)
    check(m, "the page has the article")
    return m.group(0)


def preview_block(page):
    m = re.search(r'<section class="preview"[^>]*>(.*?)</section>', page,
                  re.S)
    check(m, "the page has a preview")
    return m.group(1)


def test_article_page_names_its_comments_feed(srv):
    aid = demo_article(srv)["id"]
    feed = "/feeds/articles/%d/comments.atom" % aid
    for headers, words in ((EN, "Comments feed (Atom)"),
                           (ES, "Suscribirse a los comentarios (Atom)")):
        page = srv.client().get(ARTICLE_PATH, headers).text
        links = feed_links(head_of(page))
        eq(links, ["/feeds/articles.atom", feed],
           "the site's feed and the article's comments in the head")
        discussion = page.split('id="comments"', 1)[1].split("</section>")[0]
        check('<a href="%s" type="%s">%s</a>' % (feed, ATOM, words)
              in discussion, "a visible link under the discussion: %s"
              % words)
    # the link leads to the feed of this article's comments
    atom = feed_answers(srv, feed)
    check(atom.count("<entry>") == demo_article(srv)["comment_count"],
          "the feed holds the article's comments")
    # a page of the discussion past the first, rendered apart from the
    # cache, names it too
    page = srv.client().get(ARTICLE_PATH + "?thread=1").text
    check(feed in head_of(page) and feed in body_of(page),
          "the conversation's view names the feed as well")


def test_front_page_links_the_articles_feed(srv):
    for headers, words in ((EN, "Feed (Atom)"), (ES, "Suscribirse (Atom)")):
        page = srv.client().get("/", headers).text
        check('<a href="/feeds/articles.atom" type="%s">%s</a>'
              % (ATOM, words) in body_of(page),
              "a visible link to the feed on the front page: %s" % words)
        eq(feed_links(head_of(page)), ["/feeds/articles.atom"],
           "the head still names the articles' feed")
    feed_answers(srv, "/feeds/articles.atom")


def test_a_draft_advertises_no_feed(srv):
    """The feed of a draft's comments answers 404: nothing points to it,
    not the editor's preview, not the front page; published, its page
    links it and it answers; unpublished again, both are gone."""
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    fields = {"csrf": csrf, "title": "Un borrador", "path": "/2026/12/borrador",
              "byline": "", "lead_image": "", "lead_caption": "",
              "labels": "", "body": "Texto.", "discussion": "0",
              "op": "save"}
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 303, "draft saved")
    url = r.header("Location").split("?")[0]
    aid = int(url.rsplit("/", 1)[1])
    feed = "/feeds/articles/%d/comments.atom" % aid
    reader = srv.client()
    eq(reader.get(feed).status, 404, "a draft's feed is not there")
    eq(reader.get("/2026/12/borrador").status, 404, "nor its page")
    preview = editor.post_form(url, dict(form_fields(editor.get(url).text,
                                                     url), op="preview"))
    eq(preview.status, 200, "preview")
    check(feed not in preview.text, "the preview names no feed")
    check(feed not in reader.get("/").text, "the front page names none")

    f = dict(form_fields(editor.get(url).text, url), op="save", published="1")
    eq(editor.post_form(url, f).status, 303, "published")
    page = reader.get("/2026/12/borrador").text
    check(feed in feed_links(head_of(page)), "published: the head names it")
    feed_answers(srv, feed)

    f = dict(form_fields(editor.get(url).text, url), op="save")
    f.pop("published")
    eq(editor.post_form(url, f).status, 303, "unpublished")
    eq(reader.get("/2026/12/borrador").status, 404, "the page is gone")
    eq(reader.get(feed).status, 404, "and so is the feed")
    check(feed not in reader.get("/").text, "which nothing names")


def test_preview_is_the_article_as_readers_see_it(srv):
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    fields = {"csrf": csrf, "title": "Nuevo <b>caso</b>", "path": "",
              "byline": "María Pérez", "lead_caption": "La fiscalía & <i>",
              "lead_image": "https://example.com/lead.jpg", "labels": "",
              "body": "Primer *párrafo*.", "discussion": "0", "op": "preview"}
    for headers, unpublished in ((EN, "Not yet published"),
                                 (ES, "Sin publicar")):
        r = post_as(editor, "/admin/articles/new", fields, headers)
        eq(r.status, 200, "preview")
        p = preview_block(r.text)
        check('<article class="post">\n<h1>Nuevo &lt;b&gt;caso&lt;/b&gt;</h1>'
              in p, "the title, escaped, as the page's heading")
        check('<span class="unpublished">%s</span>' % unpublished in p,
              "a draft is not yet published: %s" % unpublished)
        check("<time" not in p, "and has no date (not 1970)")
        check('<span class="byline">María Pérez</span>' in p, "the byline")
        check('<figure class="lead"><a class="external-image" '
              'rel="noreferrer noopener" href="https://example.com/lead.jpg">'
              in p, "the lead image, as the page shows one from elsewhere")
        check("<figcaption>La fiscalía &amp; &lt;i&gt;</figcaption>" in p,
              "its caption, escaped")
        check("<em>párrafo</em>" in p, "the body")

    # a published article previews exactly as its page shows it: the same
    # element, date, byline and lead image included
    art = demo_article(srv)
    url = "/admin/articles/%d" % art["id"]
    for headers in (EN, ES):
        fields = form_fields(editor.get(url, headers).text, url)
        fields["byline"] = "Redacción"
        fields["op"] = "preview"
        r = post_as(editor, url, fields, headers)
        eq(r.status, 200, "preview of the demo article")
        shown = preview_block(r.text)
        fields["op"] = "save"
        eq(post_as(editor, url, fields, headers).status, 303, "saved")
        page = srv.client().get(ARTICLE_PATH, headers).text
        want = article_block(page)
        check('<time datetime="2021-07-16T16:05:00Z">' in want,
              "the page has the date")
        check('<span class="byline">Redacción</span>' in want, "and byline")
        eq(article_block(shown), want, "the preview is the page's article")


def local_ym(offset):
    t = time.gmtime(time.time() + offset)
    return "%04d/%02d" % (t.tm_year, t.tm_mon)


def test_path_hint_is_todays_path_by_the_sites_clock(srv):
    """The hint under the path field is the path an empty field gets: this
    year and month by the site's clock (far from UTC here), from the
    title, or from an example title in the form's language."""
    offset = 13 * 3600 if time.gmtime().tm_hour >= 12 else -12 * 3600
    zone = "+13:00" if offset > 0 else "-12:00"
    r = srv.cli("setting", "set", "timezone", zone, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.restart()
    editor = login(srv, "Ed", "editor")
    hint = (r'<p class="hint" id="path-hint">[^<]*'
            r'<code id="path-hint-path" data-prefix="/\d{4}/\d{2}/" '
            r'data-article="\d+">'
            r'([^<]*)</code></p>')
    for headers, slug in ((EN, "the-title"), (ES, "el-titulo")):
        before = local_ym(offset)
        page = editor.get("/admin/articles/new", headers).text
        after = local_ym(offset)
        m = re.search(hint, page)
        check(m, "the hint shows a path")
        check(m.group(1) in ("/%s/%s" % (before, slug),
                             "/%s/%s" % (after, slug)),
              "this month by the site's clock: %r" % m.group(1))
    # with a title, the hint is the path that title gets; saved with the
    # field empty, the article gets that very path
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    fields = {"csrf": csrf, "title": "Año de elecciones", "path": "",
              "byline": "", "lead_image": "", "lead_caption": "",
              "labels": "", "body": "Texto.", "discussion": "0",
              "op": "save"}
    before = local_ym(offset)
    r = editor.post_form("/admin/articles/new", fields)
    after = local_ym(offset)
    eq(r.status, 303, "saved with no path")
    url = r.header("Location").split("?")[0]
    page = editor.get(url).text
    path = form_fields(page, url)["path"]
    check(re.fullmatch(r"/\d{4}/\d\d/ano-de-elecciones", path), path)
    check(path[1:8] in (before, after), "made by the site's clock: " + path)
    eq(re.search(hint, page).group(1), path,
       "the hint names the path the title gets")
