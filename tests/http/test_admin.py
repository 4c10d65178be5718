"""test_admin.py - the staff pages under /admin through plain HTML forms:
login and logout, the queue and its actions (with and without the CSRF
field), roles, the audit log, the statistics and the article editor."""
import html
import json
import os
import html.parser
import re
import sqlite3
import urllib.parse

from harness import REPO, check, eq
from test_read import ARTICLE_PATH

PASSWORD = "pw-long-enough"


def add_user(srv, name, role):
    r = srv.cli("user", "add", name, "--role", role, "--db", srv.db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 0, "user add %s: %s" % (name, r.stderr))


def login(srv, name, role="moderator"):
    add_user(srv, name, role)
    c = srv.client()
    r = c.post_form("/admin/login", {"name": name, "password": PASSWORD})
    eq(r.status, 303, "login answers 303")
    eq(r.header("Location"), "/admin/queue", "login goes to the queue")
    check("charla_session" in c.cookies, "session cookie set")
    return c


def csrf_of(page):
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', page)
    check(m, "page has a CSRF field")
    return m.group(1)


class FormFields(html.parser.HTMLParser):
    """The fields of the first <form method="post"> with a given action,
    as a browser would submit them (checked boxes and radios only)."""

    def __init__(self, action):
        super().__init__()
        self.action = action
        self.inside = False
        self.done = False
        self.fields = {}
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and not self.done and a.get("action") == self.action:
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a.get("name")
            self.fields[self.textarea] = ""

    def handle_data(self, data):
        if self.inside and self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea:
            # a browser drops the newline right after <textarea>
            v = self.fields[self.textarea]
            self.fields[self.textarea] = v[1:] if v.startswith("\n") else v
        if tag == "textarea":
            self.textarea = None
        if tag == "form" and self.inside:
            self.inside = False
            self.done = True


def base_of(page):
    """The screening form's hidden base: what the form was loaded from."""
    m = re.search(r'name="base" value="([0-9a-f.]*)"', page)
    check(m, "screening form has a base")
    return m.group(1)


def form_fields(page, action):
    p = FormFields(action)
    p.feed(page)
    check(p.done, "form for %s found" % action)
    return p.fields


def demo_article(srv):
    return srv.client().get("/api/v1/articles").json()["articles"][0]


def set_discussion(editor, aid, mode):
    url = "/admin/articles/%d" % aid
    fields = form_fields(editor.get(url).text, url)
    fields["discussion"] = str(mode)
    fields["op"] = "save"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "article saved")


def premoderated_queue(srv, n=3):
    """Makes the demo article pre-moderated and posts n comments as n
    readers; returns (moderator client, article id, comment ids)."""
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    set_discussion(editor, aid, 1)
    ids = []
    for i in range(n):
        r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                                   {"body": "Queued comment number %d" % i})
        check(r.status in (201, 202), "comment posted: %d" % r.status)
        ids.append(r.json()["comment"]["id"])
    return mod, aid, ids


def queue_ids(page):
    return [int(x) for x in re.findall(r'class="queue-item"[^>]* data-id="(\d+)"',
                                       page)]


def test_admin_login_form_and_failures(srv):
    add_user(srv, "Kathi", "moderator")
    c = srv.client()
    r = c.get("/admin/login")
    eq(r.status, 200, "login form")
    check('name="password"' in r.text and 'type="password"' in r.text,
          "password field")
    r = c.post_form("/admin/login", {"name": "Kathi", "password": "wrong-pass"})
    eq(r.status, 401, "wrong password")
    check('name="password"' in r.text, "the form again")
    check('value="Kathi"' in r.text, "name kept")
    check("charla_session" not in c.cookies, "no session")
    for _ in range(5):
        c.post_form("/admin/login", {"name": "Kathi", "password": "nope-nope"})
    r = c.post_form("/admin/login", {"name": "Kathi", "password": PASSWORD})
    eq(r.status, 429, "locked after repeated failures")


def test_admin_no_session(srv):
    c = srv.client()
    for path in ("/admin", "/admin/queue", "/admin/log", "/admin/stats",
                 "/admin/articles", "/admin/articles/new"):
        r = c.get(path)
        eq(r.status, 303, "GET %s without a session" % path)
        if path != "/admin":
            eq(r.header("Location"),
               "/admin/login?next=" + urllib.parse.quote(path, safe=""),
               "to the login form, and back to %s after it" % path)
    for path in ("/admin/queue/1/approve", "/admin/logout",
                 "/admin/articles/new"):
        r = c.post_form(path, {"csrf": "0" * 64})
        check(r.status in (401, 403), "POST %s refused: %d" % (path, r.status))


def test_admin_refusals_lead_to_the_login_in_the_readers_language(srv):
    add_user(srv, "Ed", "editor")
    c = srv.client()
    # a form sent after the session ended: 401, the login form itself,
    # and back to the form after it (test_session_end.py has the rest)
    r = c.post_form("/admin/articles/new", {"csrf": "0" * 64, "title": "x"})
    eq(r.status, 401, "no session")
    check("nothing was stored" in r.text, "says why")
    check('action="/admin/login"' in r.text and
          'name="next" value="/admin/articles/new"' in r.text,
          "the login form, and back to the form: %s" % r.text)
    check("Back to the front page" not in r.text, "not to the front page")
    r = c.post_form("/admin/queue/1/approve", {"csrf": "0" * 64})
    eq(r.status, 401, "no session on an action")
    check("Log in as staff first" in r.text, "says why")
    check('action="/admin/login"' in r.text and 'name="next"' not in r.text,
          "the login form alone")

    # the login form carries next, and lands there
    r = c.get("/admin/login?next=%2Fadmin%2Farticles%2Fnew")
    eq(r.status, 200, "login form")
    check('name="next" value="/admin/articles/new"' in r.text, "next kept")
    r = c.post_form("/admin/login", {"name": "Ed", "password": PASSWORD,
                                     "next": "/admin/articles/new"})
    eq(r.status, 303, "logged in")
    eq(r.header("Location"), "/admin/articles/new", "back where it was going")
    # next is a staff page or nothing: never another site nor an action
    for bad in ("//evil.example/admin/queue", "https://evil.example/",
                "/admin/queue/1/approve", "/admin/logout", "/2021/07/x",
                "/admin/login"):
        r = srv.client().post_form("/admin/login", {
            "name": "Ed", "password": PASSWORD, "next": bad})
        eq(r.header("Location"), "/admin/queue", "next %r ignored" % bad)

    # in Spanish, by Accept-Language or by the reader's language cookie
    es = {"Content-Type": "application/x-www-form-urlencoded",
          "Accept-Language": "es"}
    r = srv.client().request("POST", "/admin/articles/new", "csrf=x", es)
    eq(r.status, 401, "no session (es)")
    check("Tu sesión terminó" in r.text, "401 in Spanish: %s" % r.text)
    check("Log in" not in r.text, "no English left")
    check('name="next" value="/admin/articles/new"' in r.text,
          "the login form (es)")
    editor = login(srv, "Eda", "editor")
    r = editor.request("POST", "/admin/articles/new", "csrf=" + "0" * 64, es)
    eq(r.status, 403, "stale form (es)")
    check("Este formulario está caducado" in r.text, "403 CSRF in Spanish")
    check("This form is stale" not in r.text, "no English left")
    check('href="/admin/articles/new"' in r.text, "leads back to the editor")
    r = editor.request("POST", "/admin/queue/1/approve", "csrf=" + "0" * 64,
                       es)
    eq(r.status, 403, "stale action (es)")
    check("El formulario está caducado" in r.text, "403 CSRF in Spanish")
    check('href="/admin"' in r.text, "leads back to the staff pages")
    mod = login(srv, "Mo", "moderator")
    mod.cookies["charla_lang"] = "es"
    r = mod.get("/admin/articles")
    eq(r.status, 403, "role too low")
    check("Tu rol no permite" in r.text, "403 role in Spanish (cookie)")
    r = mod.get("/admin/articles", {"Accept-Language": "en"})
    eq(r.status, 403, "role too low")
    check("Tu rol no permite" in r.text, "the cookie beats the header")
    mod.cookies.pop("charla_lang")
    r = mod.get("/admin/articles")
    check("Your role does not allow this." in r.text, "403 role in English")


def test_admin_unknown_ids_are_not_found(srv):
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(mod.get("/admin/queue").text)
    for path in ("/admin/queue/99999999999999999999/approve",
                 "/admin/raids/99999999999999999999/end",
                 "/admin/nothing-here"):
        r = mod.post_form(path, {"csrf": csrf})
        eq(r.status, 404, "POST %s with a good token" % path)
        check("CSRF" not in r.text, "not a CSRF refusal")
        r = mod.post_form(path, {"csrf": "0" * 64})
        eq(r.status, 404, "POST %s: nothing there, whatever the token" % path)
        eq(srv.client().post_form(path, {"csrf": csrf}).status, 401,
           "POST %s without a session" % path)
    ecsrf = csrf_of(editor.get("/admin/articles/new").text)
    r = editor.post_form("/admin/articles/99999999999999999999",
                         {"csrf": ecsrf, "title": "x", "op": "save"})
    eq(r.status, 404, "an article id too large")
    eq(editor.get("/admin/articles/99999999999999999999").status, 404,
       "GET of it")
    eq(editor.post_form("/admin/log", {"csrf": ecsrf}).status, 405,
       "a page with another method")


def test_admin_queue_and_actions(srv):
    mod, aid, ids = premoderated_queue(srv, 4)
    r = mod.get("/admin/queue")
    eq(r.status, 200, "queue page")
    page = r.text
    eq(queue_ids(page), ids, "pending comments, oldest first")
    check("Pre-moderation" in page, "why shown")
    check("Kathi" in page and "moderator" in page, "name and role shown")
    check("Queued comment number 0" in page, "body shown")
    eq(len(re.findall(r'Anon <span class="handle">[^<]+</span>', page)), 4,
       "readers shown as on the public page: Anon and their handle")
    check('href="/admin/articles"' not in page, "no Articles link for moderators")
    r = mod.get("/admin/queue?order=newest")
    eq(queue_ids(r.text), list(reversed(ids)), "newest first")
    r = mod.get("/admin/queue?why=reported")
    eq(queue_ids(r.text), [], "why filter")
    r = mod.get("/admin/queue?article=%d&why=pending" % aid)
    eq(queue_ids(r.text), ids, "article filter")
    csrf = csrf_of(page)

    # without the CSRF field: 403 and nothing changed
    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {})
    eq(r.status, 403, "approve without csrf")
    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {"csrf": "f" * 64})
    eq(r.status, 403, "approve with a wrong csrf")
    eq(queue_ids(mod.get("/admin/queue").text), ids, "nothing changed")

    r = mod.post_form("/admin/queue/%d/approve" % ids[0],
                      {"csrf": csrf, "order": "newest"})
    eq(r.status, 303, "approve")
    eq(r.header("Location"), "/admin/queue?done=approved&order=newest",
       "back to the same view")
    check("Approved." in mod.get(r.header("Location")).text, "flash")
    check("Queued comment number 0" in srv.client().get(ARTICLE_PATH).text,
          "approved comment is public")

    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {"csrf": csrf})
    eq(r.status, 303, "approve twice: nothing left to do")
    eq(r.header("Location"), "/admin/queue?done=already-approved",
       "said so on the queue")
    r = mod.post_form("/admin/queue/%d/purge" % ids[0],
                      {"csrf": csrf, "confirm": "yes"})
    eq(r.status, 303, "purge an approved comment")
    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {"csrf": csrf})
    eq(r.status, 409, "approve a purged one: its state does not allow it")
    check('class="form-error"' in r.text, "message on the queue page")

    r = mod.post_form("/admin/queue/%d/remove" % ids[1], {"csrf": csrf})
    eq(r.status, 422, "remove without a reason")
    r = mod.post_form("/admin/queue/%d/remove" % ids[1],
                      {"csrf": csrf, "reason": "insult"})
    eq(r.status, 303, "remove")

    r = mod.post_form("/admin/queue/%d/purge" % ids[2], {"csrf": csrf})
    eq(r.status, 422, "purge needs the confirmation")
    r = mod.post_form("/admin/queue/%d/purge" % ids[2],
                      {"csrf": csrf, "confirm": "yes"})
    eq(r.status, 303, "purge")
    check(b"Queued comment number 2" not in srv.db_bytes(),
          "purged text is gone from the database")

    r = mod.post_form("/admin/queue/%d/ban" % ids[3],
                      {"csrf": csrf, "duration": "forever-ish"})
    eq(r.status, 422, "bad duration")
    r = mod.post_form("/admin/queue/%d/ban" % ids[3],
                      {"csrf": csrf, "duration": "7d"})
    eq(r.status, 303, "ban")
    r = mod.post_form("/admin/queue/999999/approve", {"csrf": csrf})
    eq(r.status, 404, "no such comment")

    page = srv.client().get(ARTICLE_PATH).text
    # removed while pending, never public: no tombstone (test_unseen.py)
    check("Removed by a moderator: <bdi>insult</bdi>" not in page,
          "no tombstone")
    check("Queued comment number 1" not in page, "nor its text")

    log = mod.get("/admin/log").text
    for action in ("approve", "remove", "purge", "ban"):
        check(">%s</td>" % action in log, "log has " + action)
    log = mod.get("/admin/log?action=remove&actor=kathi").text
    check(">remove</td>" in log and ">approve</td>" not in log,
          "log filters by action and actor")
    log = mod.get("/admin/log?id=%d" % ids[0]).text
    check(">approve</td>" in log and ">remove</td>" not in log,
          "log filters by comment")
    stats = mod.get("/admin/stats")
    eq(stats.status, 200, "stats")
    check("<svg" in stats.text and 'class="bar-removed"' in stats.text,
          "an SVG chart")
    check("style=" not in stats.text, "no style attributes (CSP)")


def test_admin_logout(srv):
    mod = login(srv, "Kathi")
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/logout", {})
    eq(r.status, 403, "logout without csrf")
    r = mod.post_form("/admin/logout", {"csrf": csrf})
    eq(r.status, 303, "logout")
    eq(r.header("Location"), "/admin/login", "to the login form")
    r = mod.get("/admin/queue")
    eq(r.status, 303, "session gone")


def test_admin_roles(srv):
    mod = login(srv, "Kathi")
    eq(mod.get("/admin/articles").status, 403, "moderator on articles")
    eq(mod.get("/admin/articles/new").status, 403, "moderator on new")
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/articles/new",
                      {"csrf": csrf, "title": "Sneaky", "op": "save"})
    eq(r.status, 403, "moderator cannot create")
    editor = login(srv, "Ed", "editor")
    eq(editor.get("/admin/articles").status, 200, "editor on articles")
    check('href="/admin/articles"' in editor.get("/admin/queue").text,
          "Articles link for editors")


def test_admin_screening_marks(srv):
    mod, aid, ids = premoderated_queue(srv, 1)
    # screening data written straight into the database, as the screening
    # module would; hostile text must stay text
    import sqlite3
    if srv.backend != "sqlite":
        return
    body = "you <b>idiot</b> I will find you"
    screen = ('{"score":0.93,"category":"threat","spans":['
              '{"offset":4,"len":12,"category":"insult",'
              '"text":"<b>idiot</b>"},'
              '{"offset":19,"len":9,"category":"threat","text":"will find"},'
              '{"offset":500,"len":3,"text":"abc"}]}')
    db = sqlite3.connect(srv.db)
    db.execute("UPDATE comments SET body=?, screen=? WHERE id=?",
               (body, screen, ids[0]))
    db.commit()
    db.close()
    page = mod.get("/admin/queue").text
    check("<mark>&lt;b&gt;idiot&lt;/b&gt;</mark>" in page, "span marked, escaped")
    check("<mark>will find</mark>" in page, "second span")
    check("threat" in page and "0.93" in page, "category and score")
    # the raw text keeps its line breaks; a Markdown hard break shows as
    # one, not as a backslash
    db = sqlite3.connect(srv.db)
    db.execute("UPDATE comments SET body=?, screen=? WHERE id=?",
               ("first line\\\nyou <b>idiot</b>\nI will find you",
                '{"spans":[{"offset":16,"len":12,"category":"insult",'
                '"text":"<b>idiot</b>"}]}',
                ids[0]))
    db.commit()
    db.close()
    page = mod.get("/admin/queue").text
    check("first line<br>you <mark>&lt;b&gt;idiot&lt;/b&gt;</mark><br>I"
          in page, "line breaks shown, no backslash")
    db = sqlite3.connect(srv.db)
    db.execute("UPDATE comments SET screen=? WHERE id=?", ('{"spans":[', ids[0]))
    db.commit()
    db.close()
    r = mod.get("/admin/queue")
    eq(r.status, 200, "malformed screening JSON is ignored")
    check("<mark>" not in r.text, "no marks")


def path_field(page):
    m = re.search(r'name="path" maxlength="300" value="([^"]*)"', page)
    check(m, "a path field")
    return html.unescape(m.group(1))


def path_hint(page):
    m = re.search(r'<code id="path-hint-path"[^>]*>([^<]*)</code>', page)
    check(m, "a path hint")
    return html.unescape(m.group(1))


def test_admin_article_path_follows_the_title_after_a_preview(srv):
    """A preview, or a form refused, keeps an empty path field empty: the
    path is made from the title at the save, so a title corrected after
    a preview gives the path (it used to keep the first title's)."""
    editor = login(srv, "Ed", "editor")
    fields = new_article_fields(editor, title="Capturan a El Chapoo",
                                path="", op="preview")
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 200, "preview")
    eq(path_field(r.text), "", "preview: the path field stays empty")
    check(path_hint(r.text).endswith("/capturan-a-el-chapoo"),
          "the hint follows the title")
    refused = dict(fields, op="save", lead_image="javascript:x")
    r = editor.post_form("/admin/articles/new", refused)
    eq(r.status, 422, "refused")
    eq(path_field(r.text), "", "refused: the path field stays empty")
    fields = form_fields(r.text, "/admin/articles/new")
    fields.update(title="Capturan a El Chapo", lead_image="", op="save")
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    saved = path_field(editor.get(url).text)
    check(re.fullmatch(r"/\d{4}/\d\d/capturan-a-el-chapo", saved),
          "the path of the title saved: %r" % saved)
    r = editor.post_form("/admin/articles/new",
                         dict(fields, title="Capturan a El Chapo!"))
    eq(r.status, 303, "the same path again is made unique")
    again = path_field(editor.get(r.header("Location").split("?")[0]).text)
    eq(again, saved + "-2", "with a suffix")
    r = editor.post_form("/admin/articles/new",
                         dict(fields, path="/typed/path", op="preview"))
    eq(path_field(r.text), "/typed/path", "a typed path is kept")


def test_admin_editor_flow(srv):
    editor = login(srv, "Ed", "editor")
    page = editor.get("/admin/articles/new").text
    csrf = csrf_of(page)
    fields = {"csrf": csrf, "title": "Israel refuses to extradite Zerón",
              "path": "", "byline": "Staff", "lead_image": "",
              "lead_caption": "", "labels": "mexico, israel",
              "body": "First *paragraph*.\n\n<script>x</script>",
              "discussion": "0", "op": "preview"}
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 200, "preview")
    check("<em>paragraph</em>" in r.text, "rendered body")
    check("<script>x" not in r.text, "raw HTML not rendered")
    eq(path_field(r.text), "", "the path field as typed: empty")
    path = path_hint(r.text)
    check(re.fullmatch(r"/\d{4}/\d\d/israel-refuses-to-extradite-zeron",
                       path), "the hint is made from the title: %r" % path)
    check(editor.get("/").text.find("Israel refuses") < 0,
          "preview stores nothing")

    bad = dict(fields, op="save", lead_image="javascript:alert(1)")
    eq(editor.post_form("/admin/articles/new", bad).status, 422, "bad URL")
    bad = dict(fields, op="save", title="x" * 301)
    eq(editor.post_form("/admin/articles/new", bad).status, 422, "long title")
    bad = dict(fields, op="save", title="")
    eq(editor.post_form("/admin/articles/new", bad).status, 422, "no title")
    bad = dict(fields, op="save", path="/admin/x")
    eq(editor.post_form("/admin/articles/new", bad).status, 422, "bad path")
    r = editor.post_form("/admin/articles/new",
                         dict(fields, op="save", path=ARTICLE_PATH))
    eq(r.status, 409, "path in use")
    check("Israel refuses to extradite Zer" in r.text, "form kept")

    r = editor.post_form("/admin/articles/new",
                         dict(fields, op="save", published="1"))
    eq(r.status, 303, "saved")
    loc = r.header("Location")
    check(re.fullmatch(r"/admin/articles/\d+\?done=saved", loc), loc)
    aid = int(loc.split("/")[3].split("?")[0])
    eq(editor.get(loc).status, 200, "edit form")
    reader = srv.client()
    check("Israel refuses to extradite Zer" in reader.get("/").text,
          "on the front page")
    r = reader.get(urllib.parse.quote(path))
    eq(r.status, 200, "at its path")
    check("<em>paragraph</em>" in r.text, "body rendered")

    # unpublish: gone
    url = "/admin/articles/%d" % aid
    f = form_fields(editor.get(url).text, url)
    f.pop("published", None)
    f["op"] = "save"
    eq(editor.post_form(url, f).status, 303, "unpublished")
    check("Israel refuses to extradite Zer" not in reader.get("/").text,
          "off the front page")
    eq(reader.get(path).status, 404, "not served")

    # publish again, closed discussion: posts refused (from the form as
    # reloaded: the one saved above is stale now)
    f = dict(form_fields(editor.get(url).text, url), op="save")
    f["published"] = "1"
    f["discussion"] = "2"
    eq(editor.post_form(url, f).status, 303, "closed")
    eq(reader.get(path).status, 200, "back")
    r = reader.post_json("/api/v1/articles/%d/comments" % aid, {"body": "hi"})
    eq(r.status, 403, "closed discussion refuses posts")
    r = reader.post_form("/articles/%d/comments" % aid, {"body": "hi"})
    eq(r.status, 403, "closed discussion refuses form posts")
    listing = editor.get("/admin/articles").text
    check("closed" in listing and "Israel refuses" in listing, "listed")


def test_admin_closed_discussion_keeps_report_links(srv):
    """Closing a discussion takes away Reply, not Report: a reader can
    still flag a comment in a closed thread (the links used to go with
    the Reply links)."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    reader = srv.client()
    before = reader.get(ARTICLE_PATH).text
    reports = before.count('class="report"')
    check(reports > 20, "an open thread has Report links: %d" % reports)
    set_discussion(editor, aid, 2)
    page = reader.get(ARTICLE_PATH).text
    eq(page.count('class="report"'), reports, "every Report link kept")
    eq(page.count('class="reply"'), 0, "no Reply link")
    check("?reply=" not in page, "no reply address")
    m = re.search(r'class="report"[^>]* href="/comments/(\d+)/report"', page)
    check(m, "a Report link")
    r = reader.get("/comments/%s/report" % m.group(1))
    eq(r.status, 200, "its form is served")


def test_admin_article_line_breaks_survive_the_form(srv):
    """A browser sends a textarea's line breaks as CR LF; the body is
    stored with LF, and the form shows it back unchanged (a CR used to
    come back as U+FFFD, one more with every save)."""
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    body = "Uno.\r\n\r\nDos,\r\ntres.\rCuatro."
    r = editor.post_form("/admin/articles/new", {
        "csrf": csrf, "title": "Saltos", "path": "/2026/11/saltos",
        "body": body, "discussion": "0", "op": "save"})
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    for _ in range(2):
        fields = form_fields(editor.get(url).text, url)
        eq(fields["body"], "Uno.\n\nDos,\ntres.\nCuatro.", "LF only, nothing added")
        fields["op"] = "save"
        fields["body"] = fields["body"].replace("\n", "\r\n")
        eq(editor.post_form(url, fields).status, 303, "saved again")
    check("\ufffd" not in editor.get(url).text, "no U+FFFD in the form")


def test_admin_raid_banner_and_end(srv):
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    for i in range(20):
        srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "Flood %d" % i})
    page = mod.get("/admin/queue").text
    check('class="raid"' in page, "raid banner")
    csrf = csrf_of(page)
    r = mod.post_form("/admin/raids/%d/end" % aid, {})
    eq(r.status, 403, "end raid without csrf")
    r = mod.post_form("/admin/raids/%d/end" % aid, {"csrf": csrf})
    eq(r.status, 303, "raid ended")
    page = mod.get(r.header("Location")).text
    check('class="raid"' not in page, "banner gone")
    r = mod.post_form("/admin/raids/%d/end" % aid, {"csrf": csrf})
    eq(r.status, 404, "no raid to end")


def start_raid(srv, aid):
    """Floods the article with new readers until raid mode holds it."""
    for i in range(20):
        srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "Flood %d" % i})


def listed_discussion(editor, aid):
    """The article's discussion as the article list shows it."""
    m = re.search(r'<a href="/admin/articles/%d">.*?</td><td[^>]*>[^<]*</td>'
                  r'<td[^>]*>([^<]*)</td>' % aid,
                  editor.get("/admin/articles").text, re.S)
    check(m, "article %d listed" % aid)
    return m.group(1)


def end_raid(srv, aid):
    """A moderator ends the raid from the queue; the answer's status."""
    mod = login(srv, "Kathi")
    csrf = csrf_of(mod.get("/admin/queue").text)
    return mod.post_form("/admin/raids/%d/end" % aid, {"csrf": csrf}).status


def raid_note(page):
    m = re.search(r'<p class="hint raid-note" id="raid-note">(.*?)</p>', page,
                  re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))) if m else None


def test_admin_raid_end_keeps_what_an_editor_chose(srv):
    """An editor who closes an article during a raid keeps it closed: ending
    the raid used to put back the open discussion from before it."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    start_raid(srv, aid)
    eq(listed_discussion(editor, aid), "pre-moderated", "the raid holds it")
    set_discussion(editor, aid, 2)
    eq(listed_discussion(editor, aid), "closed", "closed at once")
    status = end_raid(srv, aid)
    eq(listed_discussion(editor, aid), "closed", "still closed")
    # the editor's choice ended the raid: nothing was left to restore
    eq(status, 404, "no raid left to end")
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "After the raid."})
    eq(r.status, 403, "a closed discussion refuses comments")
    log = editor.get("/api/v1/mod/log").json()["log"]
    ends = [e["actor"] for e in log if e["action"] == "raid-end"]
    eq(ends, ["Ed"], "the log says the editor ended the raid")


def test_admin_raid_premoderation_chosen_by_an_editor_stays(srv):
    """Choosing pre-moderation during a raid makes it the article's own
    setting: the raid's end does not open the discussion again."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    start_raid(srv, aid)
    set_discussion(editor, aid, 1)
    end_raid(srv, aid)
    eq(listed_discussion(editor, aid), "pre-moderated", "kept")
    url = "/admin/articles/%d" % aid
    page = editor.get(url).text
    eq(raid_note(page), None, "no raid note after the raid")
    eq(form_fields(page, url)["discussion"], "1", "the form shows it")


def test_admin_raid_editor_saving_untouched_keeps_it_temporary(srv):
    """During a raid the editor's form shows the mode from before the raid,
    with a note; saving it untouched keeps the raid's pre-moderation until
    the raid ends, which then restores the open discussion."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url = "/admin/articles/%d" % aid
    page = editor.get(url).text
    eq(raid_note(page), None, "no raid, no note")
    start_raid(srv, aid)
    page = editor.get(url).text
    eq(raid_note(page),
       "Raid mode is on: new comments wait for review until a moderator "
       "ends it. When it ends, the discussion goes back to open. Saving "
       "with that choice keeps raid mode; choosing another applies it at "
       "once and ends raid mode for this article.", "the raid note")
    check('aria-describedby="raid-note"' in page, "the field points to it")
    fields = form_fields(page, url)
    eq(fields["discussion"], "0", "the form shows the mode from before")
    fields["op"] = "save"
    fields["title"] = "Israel refuses to extradite, updated"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "saved")
    page = editor.get(r.header("Location")).text
    check("updated" in page, "the edit is stored")
    eq(form_fields(page, url)["discussion"], "0", "still shows open")
    check(raid_note(page), "still in raid mode")
    eq(listed_discussion(editor, aid), "pre-moderated", "the raid holds on")
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "During the raid."})
    eq(r.status, 202, "comments still wait for review")
    # a preview during the raid keeps the note too
    r = editor.post_form(url, dict(fields, op="preview"))
    eq(r.status, 200, "preview")
    check(raid_note(r.text), "the preview's form keeps the note")
    eq(end_raid(srv, aid), 303, "raid ended")
    eq(listed_discussion(editor, aid), "open", "back to open")
    eq(raid_note(editor.get(url).text), None, "the note is gone")


def test_admin_raid_note_in_spanish(srv):
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    start_raid(srv, aid)
    page = editor.get("/admin/articles/%d" % aid,
                      {"Accept-Language": "es"}).text
    eq(raid_note(page),
       "El modo de ataque está activo: los comentarios nuevos esperan "
       "revisión hasta que un moderador lo termine. Al terminar, los "
       "comentarios vuelven a estar abiertos. Guardar con esa opción "
       "mantiene el modo de ataque; elegir otra la aplica enseguida y "
       "termina el modo de ataque en este artículo.", "la nota del ataque")


def test_screening_settings_page(srv):
    """A moderator edits the screening settings in the browser: a bad
    threshold is refused and nothing is stored; saved lists take effect on
    the next post (a protected name holds as doxxing, a banned word is
    refused)."""
    mod = login(srv, "Kathi")
    r = mod.get("/admin/screening")
    eq(r.status, 200, "screening page")
    page = r.text
    check('href="/admin/screening" aria-current="page"' in page, "nav")
    for name in ("hold_threshold", "banned_words", "suspect_words",
                 "protected_names"):
        check('name="%s"' % name in page, "field %s" % name)
    csrf = csrf_of(page)
    fields = {"csrf": csrf, "hold_threshold": "0.7",
              "banned_words": "palabrota\r\nbadword\r\n",
              "suspect_words": "", "protected_names": "Rosa Icela Ruiz\r\n",
              "base": base_of(page)}

    r = mod.post_form("/admin/screening", dict(fields, csrf="0" * 64))
    eq(r.status, 403, "wrong csrf")
    for bad in ("1.5", "0", "abc", "0.5.5", "0.0001"):
        r = mod.post_form("/admin/screening", dict(fields, hold_threshold=bad))
        eq(r.status, 422, "threshold %r refused" % bad)
        # the rule `charla setting set` states too
        check("above 0 and at most 1, with at most 3 decimals" in r.text,
              "message for %r" % bad)
        check("Rosa Icela Ruiz" in r.text, "what was typed is kept")
        r = srv.cli("setting", "set", "hold_threshold", bad, "--db", srv.db)
        eq(r.returncode, 1, "the command line refuses %r too" % bad)
    r = mod.post_form("/admin/screening",
                      dict(fields, protected_names="x" * (64 * 1024 + 1)))
    eq(r.status, 422, "a list over 64 KiB")
    check("x" * 4096 in r.text, "the form again, the list typed kept")
    body = urllib.parse.urlencode(
        {k: v for k, v in fields.items() if k != "suspect_words"}) + \
        "&suspect_words=%FF%FE"
    r = mod.post_form("/admin/screening", body)
    eq(r.status, 422, "a list that is not UTF-8")
    check("UTF-8" in r.text, "says why")
    r = srv.cli("setting", "get", "protected_names", "--db", srv.db)
    eq(r.returncode, 1, "nothing stored by the refusals")

    r = mod.post_form("/admin/screening", fields)
    eq(r.status, 303, "saved")
    eq(r.header("Location"), "/admin/screening?done=saved", "back to the page")
    page = mod.get(r.header("Location")).text
    check("Saved." in page, "flash")
    check("Rosa Icela Ruiz" in page and 'value="0.7"' in page, "shown")
    r = srv.cli("setting", "get", "banned_words", "--db", srv.db)
    eq(r.stdout, "palabrota\nbadword\n\n", "stored without carriage returns")

    aid = demo_article(srv)["id"]
    c = srv.client()
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Everyone knows rosa icela ruiz lives near there."})
    eq(r.status, 202, "a protected name is held: %s" % r.text)
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "What a badword thing to say."})
    eq(r.status, 422, "a banned word is refused")
    check("badword" in r.text, "the reader is told which word")

    # trying a comment shows the verdict and stores nothing
    before = len(srv.client().get(
        "/api/v1/articles/%d/comments" % aid).json()["comments"])
    r = mod.post_form("/admin/screening/try", {"csrf": "0" * 64,
                                               "text": "hola"})
    eq(r.status, 403, "try without the right csrf")
    r = mod.post_form("/admin/screening/try", {
        "csrf": csrf, "text": "Everyone knows rosa icela ruiz lives there."})
    eq(r.status, 200, "try")
    check("Would be held for review" in r.text, "held verdict")
    check("<mark>rosa icela ruiz</mark>" in r.text, "the name is marked")
    check("Everyone knows rosa icela ruiz lives there." in r.text,
          "the comment stays in the box")
    r = mod.post_form("/admin/screening/try", {
        "csrf": csrf, "text": "What a badword thing to say."})
    check("Would be refused for the word:" in r.text and "badword" in r.text,
          "refused verdict")
    r = mod.post_form("/admin/screening/try", {
        "csrf": csrf, "text": "Gracias por el reportaje, muy completo."})
    check("Would be published" in r.text, "published verdict")
    r = mod.post_form("/admin/screening/try", {
        "csrf": csrf, "text": "<script>alert(1)</script>"})
    check("<script>alert(1)</script>" not in r.text, "escaped")
    r = mod.post_form("/admin/screening/try", {"csrf": csrf,
                                               "text": "a" * 5001})
    eq(r.status, 422, "a comment over 5,000 characters")
    after = len(srv.client().get(
        "/api/v1/articles/%d/comments" % aid).json()["comments"])
    eq(after, before, "trying posts nothing")

    # Spanish for a Spanish-speaking moderator
    r = mod.get("/admin/screening", {"Accept-Language": "es"})
    check("Nombres protegidos" in r.text, "Spanish labels")


def try_verdicts(page):
    """The try box's verdicts: the post's line, then {label: dd html} for
    the comment and the name when a name was tried."""
    m = re.search(r'<div class="try-result" id="try-result" role="status">'
                  r'<p>(.*?)</p>'
                  r'(.*?)</section>', page, re.S)
    check(m, "a verdict is shown")
    parts = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", m.group(2),
                            re.S))
    return m.group(1), parts


def test_screening_try_with_a_display_name(srv):
    """The try box screens a display name as posting does, apart from the
    comment: a protected name in it holds the post as doxxing and marks the
    name, a banned word there refuses it naming the name; each text's
    verdict is shown apart, in both languages; the name has a post's
    limits, and a refused try keeps what was typed and stores nothing."""
    for key, value in (("protected_names", "Rosa Icela Ruiz\n"),
                       ("banned_words", "badword\n")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, r.stderr)
    mod = login(srv, "Kathi")
    page = mod.get("/admin/screening").text
    check('name="name" maxlength="160"' in page, "the box has a name field")
    check('<label for="f-try-name">Display name (optional)</label>' in page,
          "labelled")
    csrf = csrf_of(page)
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    before = len(srv.client().get(url).json()["comments"])

    def try_it(text, name, lang="en"):
        body = urllib.parse.urlencode({"csrf": csrf, "text": text,
                                       "name": name})
        return mod.request("POST", "/admin/screening/try", body,
                           {"Content-Type":
                            "application/x-www-form-urlencoded",
                            "Accept-Language": lang})

    kind = "Gracias por el reportaje, muy completo."
    r = try_it(kind, "  Rosa Icela Ruiz  ")
    eq(r.status, 200, "tried")
    post, parts = try_verdicts(r.text)
    check("Would be held for review" in post, "the post is held: " + post)
    eq(sorted(parts), ["Comment", "Name"], "the two texts' verdicts")
    check(parts["Comment"].startswith("<strong>Passes</strong>"),
          "the comment passes: " + parts["Comment"])
    check(parts["Name"].startswith("<strong>Held</strong>"), "the name held")
    check("<strong>doxxing" in parts["Name"], "its category")
    check("<mark>Rosa Icela Ruiz</mark>" in parts["Name"],
          "the name marked, as stored (trimmed)")
    check("<mark>" not in parts["Comment"], "nothing marked in the comment")
    check('value="Rosa Icela Ruiz"' in r.text, "the name stays in the box")
    eq(srv.client().post_json(url, {"body": kind,
                                    "name": "Rosa Icela Ruiz"}).status,
       202, "posting agrees: held")

    r = try_it(kind, "El badword")
    post, parts = try_verdicts(r.text)
    check("Would be refused for the word in the name:</strong> badword"
          in post, "refused, naming the name: " + post)
    check(parts["Name"].startswith(
        "<strong>Refused for the word:</strong> badword"), parts["Name"])
    eq(srv.client().post_json(url, {"body": kind,
                                    "name": "El badword"}).status,
       422, "posting agrees: refused")

    r = try_it("Everyone knows rosa icela ruiz lives there.", "Lupita")
    post, parts = try_verdicts(r.text)
    check("Would be held for review" in post, post)
    check(parts["Comment"].startswith("<strong>Held</strong>") and
          "<mark>rosa icela ruiz</mark>" in parts["Comment"],
          "the comment held and marked")
    check(parts["Name"].startswith("<strong>Passes</strong>"), "name passes")

    r = try_it("What a badword thing to say.", "Rosa Icela Ruiz")
    post, parts = try_verdicts(r.text)
    check("Would be refused for the word:</strong> badword" in post,
          "the comment's word first, as posting does: " + post)

    # without a name, the verdict as before: no list of texts
    r = try_it(kind, "")
    post, parts = try_verdicts(r.text)
    check("Would be published" in post and parts == {}, "one verdict")

    r = try_it(kind, "Rosa Icela Ruiz", "es")
    post, parts = try_verdicts(r.text)
    check("Nombre visible (opcional)" in r.text, "the field in Spanish")
    check("Quedaría retenido" in post, post)
    check(parts.get("Nombre", "").startswith("<strong>Retenido</strong>") and
          parts.get("Comentario", "").startswith("<strong>Pasa</strong>"),
          "each text's verdict in Spanish: %r" % parts)
    r = try_it(kind, "El badword", "es")
    check("Se rechazaría por la palabra del nombre:" in r.text, "refused, es")

    # hostile names are escaped, in the box and in the verdict
    hostile = '"><script>alert(1)</script>'
    r = try_it("<b>hi</b>", hostile)
    eq(r.status, 200, "a name with markup is a name")
    check("<script>alert(1)" not in r.text and "<b>hi</b>" not in r.text,
          "escaped")
    check('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'
          in r.text, "kept in the box, escaped")

    # a post's limits: 40 characters (trimmed), plain text
    r = try_it(kind, "ñ" * 40)
    eq(r.status, 200, "40 characters, two bytes each")
    for bad in ("ñ" * 41, "a\x01b", "line\nbreak"):
        r = try_it(kind, bad)
        eq(r.status, 422, "name %r refused" % bad)
        check("The name must be at most 40 characters" in r.text, "says why")
        check(kind in r.text, "the comment stays in the box")
        check('class="try-result"' not in r.text, "and no verdict")
    r = mod.post_form("/admin/screening/try", "csrf=%s&text=hola&name=%%FF"
                      % csrf)
    eq(r.status, 422, "a name that is not UTF-8")
    r = try_it("a" * 5001, "Lupita")
    eq(r.status, 422, "the comment's limit still holds")
    check('value="Lupita"' in r.text, "the name stays in the box")
    r = try_it(kind, "ñ" * 41, "es")
    check("El nombre debe ser texto simple" in r.text, "in Spanish")

    eq(len(srv.client().get(url).json()["comments"]), before,
       "trying publishes nothing (the API's posts were held or refused)")


def test_screening_publishes_profanity_alone_when_asked(srv):
    """A site that lets swearing through ticks one box: a comment held for
    profanity alone is then published, while an insult, a threat and a
    suspect word are still held; unticking holds it again. The setting is
    refused from the command line unless it is 1 or 0."""
    mod = login(srv, "Kathi")
    csrf = csrf_of(mod.get("/admin/screening").text)
    fields = {"csrf": csrf, "hold_threshold": "", "banned_words": "",
              "suspect_words": "chayote\r\n", "protected_names": ""}

    def save(**changes):
        base = base_of(mod.get("/admin/screening").text)
        return mod.post_form("/admin/screening",
                             dict(fields, base=base, **changes))
    aid = demo_article(srv)["id"]
    c = srv.client()

    def post(body):
        return c.post_json("/api/v1/articles/%d/comments" % aid,
                           {"body": body})

    swearing = "Holy fuck, what a mess."
    r = save()
    eq(r.status, 303, "saved without the box")
    check('name="publish_profanity"' in mod.get("/admin/screening").text,
          "the box is on the page")
    eq(post(swearing).status, 202, "swearing is held by default")

    r = save(publish_profanity="1")
    eq(r.status, 303, "saved with the box")
    page = mod.get("/admin/screening").text
    check(re.search(r'name="publish_profanity"[^>]*checked', page),
          "the box shows ticked")
    r = srv.cli("setting", "get", "publish_profanity", "--db", srv.db)
    eq(r.stdout.strip(), "1", "stored as 1")
    r = post(swearing)
    eq(r.status, 201, "swearing alone is published: %s" % r.text)
    for held in ("you stupid idiot, shut up",
                 "Somebody should shoot the reporter who wrote this",
                 "Damn, another chayote for the governor."):
        r = post(held)
        eq(r.status, 202, "still held: %r (%s)" % (held, r.text))
    r = mod.post_form("/admin/screening/try",
                      {"csrf": csrf, "text": swearing})
    check("Would be published" in r.text, "the try box agrees")

    r = save()
    eq(r.status, 303, "unticked")
    r = srv.cli("setting", "get", "publish_profanity", "--db", srv.db)
    eq(r.stdout.strip(), "0", "stored as 0")
    eq(post(swearing).status, 202, "held again")
    r = srv.cli("setting", "set", "publish_profanity", "yes", "--db", srv.db)
    check(r.returncode != 0 and "1 (on) or 0 (off)" in r.stderr,
          "the command line refuses other values")
    r = save(suspect_words="")
    eq(r.status, 303, "suspect word list emptied again")


def replace_file(path, data):
    """Puts data at path the way an operator installs a new model: written
    beside it, then moved over it (a new inode)."""
    import os
    with open(path + ".new", "wb") as f:
        f.write(data)
    os.replace(path + ".new", path)


def wait_for_log(srv, text, seconds=30):
    import time
    deadline = time.time() + seconds
    while time.time() < deadline:
        if text in open(srv.log_path).read():
            return True
        time.sleep(0.05)
    return False


def test_model_reload_keeps_the_model_in_use_when_the_file_is_bad(srv):
    """An administrator replaces the screening model while charla serves:
    SIGHUP or the button on /admin/screening loads it; a truncated file or
    one of another format version is refused with the reason, and threats
    are still held by the model in use."""
    import os
    import shutil
    import signal
    import struct
    model = os.path.join(srv.dir, "site.model")
    shutil.copyfile(os.path.join(REPO, "models", "charla.model"), model)
    good = open(model, "rb").read()
    srv.restart(("--model", model))
    admin = login(srv, "Ada", "admin")
    mod = login(srv, "Kathi", "moderator")
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    threat = {"body": "Ese reportero vendido merece una bala."}

    page = admin.get("/admin/screening").text
    check("Screening model" in page and model in page, "the model in use")
    # the header's n_train field, at byte 176 (src/screen/screen_int.h)
    check(str(struct.unpack_from("<I", good, 176)[0]) in page,
          "its training rows")
    check('action="/admin/screening/model"' in page, "admins may reload")
    csrf = csrf_of(page)
    mpage = mod.get("/admin/screening").text
    check('action="/admin/screening/model"' not in mpage,
          "moderators see no reload button")
    check("An administrator can reload" in mpage, "and are told who can")
    r = mod.post_form("/admin/screening/model", {"csrf": csrf_of(mpage)})
    eq(r.status, 403, "a moderator cannot reload")
    r = admin.post_form("/admin/screening/model", {"csrf": "0" * 64})
    eq(r.status, 403, "nor anyone without the CSRF field")

    # a truncated file: SIGHUP is refused, the old model keeps screening
    replace_file(model, good[:4096])
    srv.proc.send_signal(signal.SIGHUP)
    check(wait_for_log(srv, "screening model not reloaded (asked by SIGHUP)"),
          "the refusal is logged")
    check("truncated" in open(srv.log_path).read(), "with the reason")
    check(srv.proc.poll() is None, "charla still serves")
    r = srv.client().post_json(url, threat)
    eq(r.status, 202, "a threat is still held: " + r.text)
    metrics = srv.client().get("/metrics").text
    check('charla_screen_model_reloads_total{result="refused"} 1' in metrics,
          "the refusal is counted for alerts")

    # a file of another format version, through the admin page
    bad = bytearray(good)
    struct.pack_into("<I", bad, 8, 99)
    replace_file(model, bytes(bad))
    r = admin.post_form("/admin/screening/model", {"csrf": csrf})
    eq(r.status, 422, "refused")
    check("could not be loaded" in r.text and "version 99" in r.text,
          "says why")
    page = admin.get("/admin/screening").text
    check("Reload refused" in page and "version 99" in page,
          "the page remembers")
    r = srv.client().post_json(url, threat)
    eq(r.status, 202, "still held after the refused reload")

    # the good file again: the button puts it in use, and so does SIGHUP
    replace_file(model, good)
    r = admin.post_form("/admin/screening/model", {"csrf": csrf})
    eq(r.status, 303, "reloaded")
    eq(r.header("Location"), "/admin/screening?done=model", "back to the page")
    page = admin.get(r.header("Location")).text
    check("Model reloaded." in page, "flash")
    check("Reload refused" not in page, "refusal cleared")
    srv.proc.send_signal(signal.SIGHUP)
    check(wait_for_log(srv, "screening model reloaded from %s (asked by "
                            "SIGHUP)" % model), "SIGHUP reloads")
    r = srv.client().post_json(url, threat)
    eq(r.status, 202, "held by the reloaded model")
    metrics = srv.client().get("/metrics").text
    check('charla_screen_model_reloads_total{result="ok"} 2' in metrics and
          'charla_screen_model_reloads_total{result="refused"} 2' in metrics,
          "two refused, two done: " + metrics[-400:])
    r = srv.client().post_json(url, {"body": "Gracias por el reportaje."})
    eq(r.status, 201, "a thank-you is published")


def new_article_fields(editor, **kw):
    """The new-article form's fields, filled in and ready to save."""
    fields = form_fields(editor.get("/admin/articles/new").text,
                         "/admin/articles/new")
    fields.update({"title": "Informe especial", "byline": "Staff",
                   "body": "El texto del editor.", "published": "1",
                   "op": "save"})
    fields.update(kw)
    return fields


def test_admin_article_paths_the_server_answers_are_refused(srv):
    editor = login(srv, "Ed", "editor")
    reader = srv.client()
    own = ("/feeds/special-report", "/me/story", "/embed/story", "/lang/es",
           "/lang", "/metrics", "/healthz", "/api", "/api/v2/x", "/admin",
           "/static/story", "/comments/1/report", "/articles/1/comments",
           "/feeds", "/me")
    for path in own:
        r = editor.post_form("/admin/articles/new",
                             new_article_fields(editor, path=path))
        eq(r.status, 422, "path %s refused" % path)
        check("The server answers this path itself" in r.text,
              "says why for %s" % path)
        check("/feeds" in r.text and "/metrics" in r.text and
              "/lang" in r.text, "names the server's paths")
        check("El texto del editor." in r.text, "the text is kept")
        check('value="%s"' % path in r.text, "the path is kept")
    check("Informe especial" not in reader.get("/").text, "nothing saved")
    # a path that only starts like one of them is an article's
    for path in ("/feedsy/story", "/metrics-2026", "/melon", "/language"):
        r = editor.post_form("/admin/articles/new",
                             new_article_fields(editor, path=path,
                                                title="T " + path))
        eq(r.status, 303, "path %s saved" % path)
        eq(reader.get(path).status, 200, "served at %s" % path)
    # and in Spanish
    r = editor.request(
        "POST", "/admin/articles/new",
        urllib.parse.urlencode(new_article_fields(editor, path="/metrics")),
        {"Content-Type": "application/x-www-form-urlencoded",
         "Accept-Language": "es"})
    eq(r.status, 422, "refused in Spanish too")
    check("El servidor responde" in r.text, "the message in Spanish")


def test_admin_articles_flags_an_article_the_server_would_answer(srv):
    """An article stored at a path the router answers (before paths were
    checked, or restored from a backup: here a charla backup restored with
    `charla import json`, which keeps its paths) cannot be read there; the
    list says so on its row with a link to its path field, the form says
    why, and a new path makes it readable and the warning goes."""
    import json
    editor = login(srv, "Ed", "editor")
    backup = os.path.join(srv.dir, "reserved.jsonl")
    article = {"type": "article", "path": "/feeds/old-story",
               "title": "Old story <script>alert(1)</script>",
               "byline": "", "published": 1626459300, "is_published": True,
               "body": "Stored where the feeds live.", "lead_image": "",
               "lead_caption": "", "labels": "", "source_id": "test:reserved",
               "external_url": "", "discussion": 0}
    with open(backup, "w", encoding="utf-8") as f:
        for rec in ({"format": "charla-export", "version": 1,
                     "scope": "site"}, article,
                    {"type": "end", "articles": 1, "comments": 0}):
            f.write(json.dumps(rec) + "\n")
    r = srv.cli("import", "json", backup, "--db", srv.db)
    eq(r.returncode, 0, "restored: " + r.stderr)
    reader = srv.client()
    eq(reader.get("/feeds/old-story").status, 404, "no reader can open it")

    page = editor.get("/admin/articles").text
    eq(page.count('class="path-warning"'), 1, "one article flagged")
    m = re.search(r'<a href="/admin/articles/(\d+)"><bdi>Old story [^<]*'
                  r'</bdi></a>'
                  r'<br><span class="path">/feeds/old-story</span>'
                  r'<p class="path-warning"><strong>Readers cannot open this '
                  r'article.</strong> The server answers its path itself[^<]*'
                  r'<a href="/admin/articles/(\d+)#f-path">Change its path</a>',
                  page)
    check(m and m.group(1) == m.group(2), "the warning, on its row, links "
          "to its path field")
    check("<script>alert(1)" not in page, "the title escaped")
    aid = int(m.group(1))
    r = editor.get("/admin/articles", {"Accept-Language": "es"})
    check("Los lectores no pueden abrir este artículo." in r.text and
          "Cambiar su ruta" in r.text, "in Spanish")

    url = "/admin/articles/%d" % aid
    r = editor.get(url)
    eq(r.status, 200, "its form")
    check("The server answers this path itself" in r.text, "says why")
    check('id="f-path"' in r.text, "the field the link goes to")
    fields = form_fields(r.text, url)
    fields["op"] = "save"
    r = editor.post_form(url, fields)
    eq(r.status, 422, "it cannot be saved where it is")
    fields["path"] = "/2021/07/old-story"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "moved")
    check("The server answers" not in editor.get(url).text, "no more why")
    eq(reader.get("/2021/07/old-story").status, 200, "readable now")
    check('class="path-warning"' not in editor.get("/admin/articles").text,
          "and the list no longer warns")


def rename_article(editor, aid, path, **kw):
    """Saves article aid with a new path (and any other field in kw)
    through its edit form."""
    url = "/admin/articles/%d" % aid
    fields = form_fields(editor.get(url).text, url)
    fields.update(kw)
    fields["path"] = path
    fields["op"] = "save"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "saved with the path %s" % path)
    return fields


def test_admin_renamed_article_answers_at_its_old_path(srv):
    """An editor changes the demo article's path: its old address (and
    Blogger's comment links on it) answer 301 to the new one, query kept
    and re-encoded; the form lists the old path; renaming back, another
    article taking the path, and unpublishing each end the redirect."""
    editor = login(srv, "Ed", "editor")
    reader = srv.client()
    aid = demo_article(srv)["id"]
    url = "/admin/articles/%d" % aid
    check("former-paths" not in editor.get(url).text, "no former paths yet")
    new = "/2021/07/zeron-extradition"
    rename_article(editor, aid, new)
    eq(reader.get(new).status, 200, "served at its new path")

    r = reader.get(ARTICLE_PATH)
    eq(r.status, 301, "the old path redirects")
    eq(r.header("Location"), new, "to the new one")
    eq(r.header("Cache-Control"), "no-cache",
       "browsers ask again, so a rename back cannot loop")
    eq(reader.request("HEAD", ARTICLE_PATH).status, 301, "HEAD too")
    eq(reader.request("POST", ARTICLE_PATH, "x=1").status, 405,
       "a POST is not redirected")
    r = reader.get(ARTICLE_PATH + "?page=2&c=1.2")
    eq(r.header("Location"), new + "?page=2&c=1.2", "the query is kept")
    r = reader.get(r.header("Location"))
    eq(r.status, 302, "and the article's own handler answers it")
    check(r.header("Location").startswith(new) and
          r.header("Location").endswith("#c1.2"), r.header("Location"))
    # nothing raw from the request reaches the header
    r = reader.get(ARTICLE_PATH + "?x=%0d%0aSet-Cookie:%20a=b&%3Cq%3E=%22%20")
    eq(r.status, 301, "a hostile query")
    loc = r.header("Location")
    check(loc.startswith(new + "?x=%0D%0ASet-Cookie%3A%20a%3Db&%3Cq%3E="),
          "re-encoded: %r" % loc)
    check(not any(ch in loc for ch in '\r\n<>" '), "no raw byte: %r" % loc)
    check("a" not in reader.cookies, "no header injected")

    # the Blogger comment link on the old path ends at the comment
    r = reader.get(ARTICLE_PATH + "?showComment=1626459300000")
    eq(r.status, 301, "Blogger link on the old path")
    eq(r.header("Location"), new + "?showComment=1626459300000", "moved")
    r = reader.get(r.header("Location"))
    eq(r.status, 301, "then the comment link")
    eq(r.header("Location"), new + "#c1", "at the 11:15 comment")

    # the editor sees where else the article answers, escaped, both languages
    page = editor.get(url).text
    m = re.search(r'<p class="hint former-paths" id="former-paths">'
                  r'Also answers at[^<]*<code>([^<]*)</code></p>', page)
    check(m and m.group(1) == ARTICLE_PATH, "the old path listed")
    r = editor.get(url, {"Accept-Language": "es"})
    check("También responde en" in r.text and ARTICLE_PATH in r.text,
          "in Spanish")

    # a second rename: both old paths lead to the newest
    newer = "/2021/07/zeron"
    rename_article(editor, aid, newer)
    eq(reader.get(ARTICLE_PATH).header("Location"), newer, "first path")
    eq(reader.get(new).header("Location"), newer, "second path")
    page = editor.get(url).text
    check(ARTICLE_PATH in page and "<code>%s</code>" % new in page,
          "both listed")

    # a draft is not revealed through its old paths
    rename_article(editor, aid, newer, published="")  # unpublished
    for p in (ARTICLE_PATH, new, newer):
        eq(reader.get(p).status, 404, "draft hidden at %s" % p)
    f = dict(form_fields(editor.get(url).text, url), op="save")
    f["published"] = "1"
    eq(editor.post_form(url, f).status, 303, "published again")
    eq(reader.get(ARTICLE_PATH).status, 301, "redirects again")

    # renaming back to a former path: served there, no longer a redirect
    rename_article(editor, aid, ARTICLE_PATH)
    eq(reader.get(ARTICLE_PATH).status, 200, "back at the old path")
    eq(reader.get(new).header("Location"), ARTICLE_PATH, "the others follow")
    # another article that takes a former path wins it
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, path=newer,
                                            title="Otra nota"))
    eq(r.status, 303, "a new article at a former path")
    r = reader.get(newer)
    eq(r.status, 200, "the live article wins")
    check("Otra nota" in r.text, "and it is the new one")
    page = editor.get(url).text
    check("<code>%s</code>" % newer not in page, "no longer listed")


def test_former_path_never_leads_off_the_site(srv):
    """An article whose path a browser would read as another host (the form
    refuses one; a restored backup may hold one) is not redirected to from
    its former path."""
    aid = demo_article(srv)["id"]
    con = sqlite3.connect(srv.db)
    con.execute("UPDATE articles SET path = '//evil.example/x' WHERE id = ?",
                (aid,))
    con.commit()
    con.close()
    r = srv.client().get(ARTICLE_PATH)
    eq(r.status, 404, "no redirect off the site")
    check(r.header("Location") is None, "no Location at all")


def test_backup_keeps_former_paths(srv):
    """`charla export json` writes an article's former paths and `charla
    import json` restores them (the restored site exports the same bytes);
    a former path that an article of the file has is not restored."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    rename_article(editor, aid, "/2021/07/zeron")
    one = os.path.join(srv.dir, "paths.jsonl")
    r = srv.cli("export", "json", "--db", srv.db, "--out", one)
    eq(r.returncode, 0, r.stderr)
    data = open(one, "rb").read()
    check(b'"former_paths":[{"path":"%s","created":' % ARTICLE_PATH.encode()
          in data, "the former path exported")
    restored = os.path.join(srv.dir, "restored.db")
    r = srv.cli("import", "json", one, "--db", restored)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("export", "json", "--db", restored)
    eq(r.returncode, 0, r.stderr)
    check(r.stdout.encode() == data, "the same bytes again")

    def article(path, former):
        rec = {"type": "article", "path": path, "title": path, "byline": "",
               "published": 1, "is_published": True, "body": "",
               "lead_image": "", "lead_caption": "", "labels": "",
               "source_id": "", "external_url": "", "discussion": 0}
        if former:
            rec["former_paths"] = [{"path": p, "created": 5} for p in former]
        return rec
    # /a claims /b and /c as former paths, but /b is an article's path
    crafted = os.path.join(srv.dir, "crafted.jsonl")
    with open(crafted, "w", encoding="utf-8") as f:
        for rec in ({"format": "charla-export", "version": 1,
                     "scope": "site"}, article("/a", ["/b", "/c"]),
                    article("/b", []),
                    {"type": "end", "articles": 2, "comments": 0}):
            f.write(json.dumps(rec) + "\n")
    third = os.path.join(srv.dir, "third.db")
    r = srv.cli("import", "json", crafted, "--db", third)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("export", "json", "--db", third)
    eq(r.returncode, 0, r.stderr)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    arts = {x["path"]: x for x in lines if x.get("type") == "article"}
    eq(arts["/a"].get("former_paths"), [{"path": "/c", "created": 5}],
       "the live article's path is not a former path")
    check("former_paths" not in arts["/b"], "/b has none")
    # a path a browser would read as another host, or that is no path, is
    # refused, as an article's path or a former one, and nothing is stored
    bad = os.path.join(srv.dir, "bad.jsonl")
    for i, (art, what) in enumerate((
            (article("/a", ["no-slash"]), "a former path"),
            (article("/a", ["//evil.example/x"]), "a former path"),
            (article("/a", ["/\\evil.example"]), "a former path"),
            (article("/a", ["/a\r\nb"]), "a former path"),
            (article("/a", ["/" + "x" * 2048]), "a former path"),
            (article("//evil.example/a", []), "an article path"),
            (article("/\\evil.example", []), "an article path"))):
        with open(bad, "w", encoding="utf-8") as f:
            for rec in ({"format": "charla-export", "version": 1,
                         "scope": "site"}, art,
                        {"type": "end", "articles": 1, "comments": 0}):
                f.write(json.dumps(rec) + "\n")
        db = os.path.join(srv.dir, "bad%d.db" % i)
        r = srv.cli("import", "json", bad, "--db", db)
        eq(r.returncode, 1, "refused: %r" % art)
        check("bad.jsonl:2: %s must be a path on this site" % what
              in r.stderr, r.stderr)
        check(not os.path.exists(db), "nothing stored, no database left")


def spanish_text(n):
    """n bytes of Spanish prose, accents and all, ending in "FIN." (a
    letter with an accent form-encodes to six bytes for two)."""
    words = ("La niña comió piñones en el año último; según él, "
             "la canción está aquí, más allá del río. ")
    raw = (words * (n // len(words.encode()) + 2)).encode()[:n - 4]
    text = raw.decode("utf-8", "ignore")
    text += " " * (n - 4 - len(text.encode())) + "FIN."
    eq(len(text.encode()), n, "spanish_text's length")
    return text


def test_admin_large_staff_forms(srv):
    editor = login(srv, "Ed", "editor")
    reader = srv.client()
    body = spanish_text(56801)
    fields = new_article_fields(editor, path="/2026/11/informe-largo",
                                body=body)
    encoded = urllib.parse.urlencode(fields)
    check(len(encoded) > 64 * 1024, "the form is over the readers' 64 KiB")
    r = editor.post_form("/admin/articles/new", encoded)
    eq(r.status, 303, "a %d-byte body is saved" % len(body.encode()))
    page = reader.get("/2026/11/informe-largo").text
    check("río. La niña" in page and "FIN." in page, "all of it is served")
    url = r.header("Location").split("?")[0]
    check(body in html.unescape(editor.get(url).text),
          "the edit form holds all of it")

    # the body the editor may save, 200 KiB of accents, fits too
    most = "ñ" * (100 * 1024)
    r = editor.post_form("/admin/articles/new", new_article_fields(
        editor, path="/2026/11/enorme", title="Enorme", body=most))
    eq(r.status, 303, "a 200 KiB body (600 KiB encoded) is saved")
    r = editor.post_form("/admin/articles/new", new_article_fields(
        editor, path="/2026/11/demasiado", title="Demasiado",
        body=most + "ñ"))
    eq(r.status, 422, "a body over 200 KiB: the form's own message")
    check("200 KiB" in r.text and "ñññ" in r.text, "with the text kept")

    # over the staff limit: a clear page, in the reader's language
    huge = new_article_fields(editor, path="/2026/11/x", body="ñ" * 200000)
    r = editor.post_form("/admin/articles/new", huge)
    eq(r.status, 413, "over 1 MiB")
    check("larger than 1 MiB" in r.text and "nothing was saved" in r.text,
          "says so: %s" % r.text[-600:])
    r = editor.request("POST", "/admin/articles/new",
                       urllib.parse.urlencode(huge),
                       {"Content-Type": "application/x-www-form-urlencoded",
                        "Accept-Language": "es"})
    eq(r.status, 413, "over 1 MiB (es)")
    check("pasa de 1 MiB" in r.text, "in Spanish")

    # the screening lists, 64 KiB each, fit as well
    mod = login(srv, "Kathi")
    lists = form_fields(mod.get("/admin/screening").text, "/admin/screening")
    words = "\r\n".join("palabrota%dñá" % i for i in range(4000))
    words = words[:words.rfind("\r\n", 0, 30000)]
    check(len(words.encode()) < 64 * 1024, "each list within its limit")
    lists.update({"hold_threshold": "0.7", "banned_words": words,
                  "suspect_words": words, "protected_names": words})
    check(len(urllib.parse.urlencode(lists)) > 64 * 1024, "a big form")
    r = mod.post_form("/admin/screening", lists)
    eq(r.status, 303, "the lists are saved")


def test_admin_large_body_needs_a_staff_session(srv):
    """Only a live staff session, posting to a staff page, may send more
    than the readers' 64 KiB."""
    big = {"csrf": "0" * 64, "title": "x", "body": "ñ" * 30000}
    check(len(urllib.parse.urlencode(big)) > 64 * 1024, "over 64 KiB")
    anon = srv.client()
    r = anon.post_form("/admin/articles/new", big)
    eq(r.status, 401, "no session: held to 64 KiB, told to log in")
    check("/admin/login" in r.text, "with the login link")
    anon.cookies["charla_session"] = "a" * 64
    eq(anon.post_form("/admin/articles/new", big).status, 401,
       "a made-up session cookie")
    eq(anon.post_form("/admin/login", dict(big, name="x", password="y"))
       .status, 413, "the login form: the readers' limit")

    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    r = editor.post_form("/articles/%d/comments" % aid, {"body": "ñ" * 30000})
    eq(r.status, 413, "staff on a reader's form: the readers' limit")
    check("64 KiB" in r.text, "says which")
    r = editor.request("POST", "/api/v1/articles/%d/comments" % aid,
                       '{"body": "%s"}' % ("x" * 70000),
                       {"Content-Type": "application/json"})
    eq(r.status, 413, "staff on the reader API: the readers' limit")


def restore_forms(page):
    return [int(x) for x in
            re.findall(r'action="/admin/comments/(\d+)/restore"', page)]


def test_restore_from_the_log(srv):
    """A comment removed by mistake is restored from the audit log: the log
    offers Restore on a removal that still stands (with the CSRF field),
    the restore goes through the same rules as the API, and the log then
    shows it and offers nothing more."""
    mod, aid, ids = premoderated_queue(srv, 2)
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/queue/%d/approve" % ids[0], {"csrf": csrf})
    eq(r.status, 303, "approved")
    r = mod.post_form("/admin/queue/%d/remove" % ids[0],
                      {"csrf": csrf, "reason": "spam"})
    eq(r.status, 303, "removed by mistake")
    check("Queued comment number 0" not in
          srv.client().get(ARTICLE_PATH).text, "gone from the page")

    log = mod.get("/admin/log").text
    eq(restore_forms(log), [ids[0]], "the log offers to restore the removal")
    form = form_fields(log, "/admin/comments/%d/restore" % ids[0])
    eq(form.get("csrf"), csrf, "the form carries the CSRF token")

    r = mod.post_form("/admin/comments/%d/restore" % ids[0], {})
    eq(r.status, 403, "no CSRF field: refused")
    r = srv.client().post_form("/admin/comments/%d/restore" % ids[0],
                               {"csrf": csrf})
    eq(r.status, 401, "no session: refused")
    r = mod.post_form("/admin/comments/%d/restore" % ids[1], {"csrf": csrf})
    eq(r.status, 409, "a pending comment is not restored")
    check("cannot be restored" in r.text, "says why")
    r = mod.post_form("/admin/comments/999999/restore", {"csrf": csrf})
    eq(r.status, 404, "no such comment")

    r = mod.post_form("/admin/comments/%d/restore" % ids[0], form)
    eq(r.status, 303, "restored")
    eq(r.header("Location"), "/admin/log?id=%d&done=restored" % ids[0],
       "back to the comment's log, with the notice")
    log = mod.get(r.header("Location")).text
    check(">restore</td>" in log and "removed → visible" in log,
          "the log shows the restore")
    number = srv.client().get("/api/v1/articles/%d/comments" % aid).json()
    number = [c["number"] for c in number["comments"]
              if c["id"] == ids[0]][0]
    check('<p class="flash" role="status">Comment #%s restored.</p>' % number
          in log, "the notice names the comment by its number")
    r = mod.get(r.header("Location"), {"Accept-Language": "es"})
    check("Comentario #%s restaurado." % number in r.text, "in Spanish")
    eq(restore_forms(log), [], "nothing more to restore")
    check("Queued comment number 0" in srv.client().get(ARTICLE_PATH).text,
          "public again")
    r = mod.post_form("/admin/comments/%d/restore" % ids[0], form)
    eq(r.status, 409, "restoring twice is refused")
    check('class="form-error"' in r.text, "with a message on the log page")
    check("restored." not in r.text, "and no notice of a restore")


def test_undo_notices_come_from_the_server_not_the_url(srv):
    """The notices after a restore and a lift are fixed messages chosen by
    ?done=: whatever else the URL says is not shown, and the log names the
    comment from the store, not from the address."""
    mod = login(srv, "Kathi")
    hostile = "<script>alert(1)</script>"
    q = urllib.parse.quote(hostile)
    for url in ("/admin/log?done=" + q, "/admin/log?done=restored&x=" + q,
                "/admin/bans?done=" + q, "/admin/bans?done=lifted&x=" + q):
        r = mod.get(url)
        eq(r.status, 200, url)
        check(hostile not in r.text and "alert(1)" not in r.text,
              "nothing of the URL in %s" % url)
    r = mod.get("/admin/log?done=restored")
    check("restored." not in r.text, "no comment, no notice")
    r = mod.get("/admin/log?comment=" + q + "&done=restored")
    eq(r.status, 400, "a comment id that is not a number")
    check("alert(1)" not in r.text, "and not echoed")
    r = mod.get("/admin/bans?done=lifted")
    check('<p class="flash" role="status">Ban lifted' in r.text,
          "the lift's notice")
    r = mod.get("/admin/bans?done=lifted", {"Accept-Language": "es"})
    check("Bloqueo levantado" in r.text, "in Spanish")


def test_bans_page_lists_and_lifts(srv):
    """A ban by mistake is lifted from /admin/bans: the page lists the bans
    in force by handle (no token, no IP) with a Lift form; banning the same
    reader again replaces the ban instead of listing it twice; lifting lets
    the reader post at once and is in the audit log."""
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    troll = srv.client()
    r = troll.post_json(url, {"body": "A first comment from this reader."})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]
    page = mod.get("/admin/bans").text
    check('href="/admin/bans" aria-current="page"' in page, "in the nav")
    check("Nobody is banned." in page, "no bans yet")
    csrf = csrf_of(page)
    for duration in ("7d", "permanent"):
        r = mod.post_form("/admin/queue/%d/ban" % cid,
                          {"csrf": csrf, "duration": duration})
        eq(r.status, 303, "banned %s" % duration)
    eq(troll.post_json(url, {"body": "Trying again after the ban."}).status,
       403, "banned")

    page = mod.get("/admin/bans").text
    lifts = re.findall(r'action="/admin/bans/(\d+)/lift"', page)
    eq(len(lifts), 1, "one ban listed for one reader banned twice")
    check("for good" in page, "the newer ban (permanent) is the one in force")
    check(re.search(r'Anon <span class="handle">[^<]+</span>', page),
          "the reader shown by handle")
    check('href="/admin/log?id=%d"' % cid in page, "links the comment")
    log = mod.get("/admin/log?action=ban").text
    check("for good, replacing a ban until" in log,
          "the log says the second ban replaced the first")

    ban_url = "/admin/bans/%s/lift" % lifts[0]
    r = mod.post_form(ban_url, {})
    eq(r.status, 403, "lift without the CSRF field")
    r = mod.post_form(ban_url, form_fields(page, ban_url))
    eq(r.status, 303, "lifted")
    eq(r.header("Location"), "/admin/bans?done=lifted", "back to the bans")
    page = mod.get(r.header("Location")).text
    check("Ban lifted" in page and "Nobody is banned." in page, "flash, empty")
    r = troll.post_json(url, {"body": "Back after the ban was lifted."})
    check(r.status in (201, 202), "the reader posts again: %d" % r.status)
    r = mod.post_form(ban_url, {"csrf": csrf})
    eq(r.status, 409, "lifting twice")
    check("no longer in force" in r.text, "says why")
    log = mod.get("/admin/log?action=unban").text
    check(">unban</td>" in log and ">for good</bdi></td>" in log,
          "the lift is in the audit log with the ban it lifted")
    r = mod.get("/admin/bans", {"Accept-Language": "es"})
    check("Bloqueos en vigor" in r.text, "Spanish")


def test_screening_stale_form_is_refused_and_saves_are_logged(srv):
    """Two moderators open the screening page; one adds a protected name,
    the other saves the page they opened before: refused with 409, their
    text kept, the first name neither lost nor silently overwritten. Every
    save writes an audit row naming what changed."""
    kathi = login(srv, "Kathi")
    lena = login(srv, "Lena")
    kpage = kathi.get("/admin/screening").text
    lpage = lena.get("/admin/screening").text
    kform = form_fields(kpage, "/admin/screening")
    lform = form_fields(lpage, "/admin/screening")
    check(kform.get("base"), "the form carries its base")

    r = kathi.post_form("/admin/screening",
                        dict(kform, protected_names="Rosa Icela Ruiz\r\n"))
    eq(r.status, 303, "the first save")

    # Lena changed only the threshold, on a page older than Kathi's save
    r = lena.post_form("/admin/screening", dict(lform, hold_threshold="1"))
    eq(r.status, 409, "a stale form is refused")
    check("These settings were saved after this page was opened" in r.text,
          "says why")
    check('value="1"' in r.text, "her threshold is kept in the form")
    again = form_fields(r.text, "/admin/screening")
    eq(again["protected_names"].strip(), "Rosa Icela Ruiz",
       "the field she did not touch now holds the stored name")
    check('id="now-protected_names"' in r.text, "what is stored is shown")
    r2 = srv.cli("setting", "get", "hold_threshold", "--db", srv.db)
    eq(r2.returncode, 1, "nothing stored by the refusal")

    r = lena.post_form("/admin/screening", again)
    eq(r.status, 303, "saving the form shown again")
    page = lena.get("/admin/screening").text
    check("Rosa Icela Ruiz" in page and 'value="1"' in page,
          "both changes kept")

    # both edit the same list: the later one is refused, keeps her text
    kform = form_fields(kathi.get("/admin/screening").text, "/admin/screening")
    lform = form_fields(lena.get("/admin/screening").text, "/admin/screening")
    r = kathi.post_form("/admin/screening",
                        dict(kform, suspect_words="chayote\r\n"))
    eq(r.status, 303, "Kathi saves a suspect word")
    r = lena.post_form("/admin/screening",
                       dict(lform, suspect_words="huachicol\r\n"))
    eq(r.status, 409, "Lena's stale list is refused")
    again = form_fields(r.text, "/admin/screening")
    eq(again["suspect_words"].strip(), "huachicol", "her text kept")
    check(re.search(r'id="now-suspect_words"[^>]*>\s*chayote', r.text),
          "Kathi's list shown below")
    r = lena.post_form("/admin/screening", again)
    eq(r.status, 303, "saved knowingly")

    r = kathi.post_form("/admin/screening", {"csrf": kform["csrf"],
                                             "hold_threshold": "0.9"})
    eq(r.status, 409, "a form without a base is refused")

    log = kathi.get("/admin/log?action=settings").text
    check("Protected names: +1 −0" in log, "a list change counted")
    check("Hold threshold: (unset) → 1" in log, "a value change shown")
    check("Suspect words: +1 −1" in log, "Lena's replacement counted")
    check(">Lena</td>" in log and ">Kathi</td>" in log, "who")
    eq(log.count(">settings</td>"), 4, "one row per save, none per refusal")


def test_setting_command_is_audited(srv):
    """A setting changed with `charla setting` is in the audit log too, by
    "command line": a list as counts, a secret only as changed."""
    mod = login(srv, "Kathi")
    for key, value in (("hold_threshold", "0.9"),
                       ("protected_names", "Ana Díaz\nLuis Ortega\n"),
                       ("webhook_secret", "s3cret-value-0123456789abcdef")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, "set %s: %s" % (key, r.stderr))
    log = mod.get("/admin/log?action=settings").text
    check(">command line</td>" in log, "who")
    check("Hold threshold: (unset) → 0.9" in log, "a value")
    check("Protected names: +2 −0" in log and "Ana Díaz" not in log,
          "a list counted, not copied")
    check("Webhook secret: changed" in log and "s3cret-value" not in log,
          "a secret never shown")
    log = mod.get("/admin/log?action=settings",
                  {"Accept-Language": "es"}).text
    check("Umbral de retención: (vacío) → 0.9" in log and
          "Nombres protegidos: +2 −0" in log, "labelled in Spanish")
    check("Clave de los webhooks: cambiado" in log,
          "a key no form edits by its words, in Spanish")


def test_setting_command_reads_in_the_log_language(srv):
    """A setting no staff page edits, changed with `charla setting set`,
    reads in the log as a sentence in the moderator's language, as a
    change made on the screening page does: no raw key, a switch's 1 and
    0 as words."""
    mod = login(srv, "Kathi")
    for key, value in (("report_threshold", "5"), ("pow_bits", "12"),
                       ("publish_profanity", "1"), ("language", "es")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, "set %s: %s" % (key, r.stderr))
    log = mod.get("/admin/log?action=settings",
                  {"Accept-Language": "es"}).text
    for key in ("report_threshold", "pow_bits", "publish_profanity",
                "language"):
        check(key + ":" not in log, "%s shown as stored" % key)
    check("Reportes que retienen un comentario: (vacío) → 5" in log,
          "a number setting")
    check("Prueba de trabajo para publicar: (vacío) → 12" in log, "pow_bits")
    check("Publicar los comentarios retenidos solo por groserías: "
          "(vacío) → sí" in log, "a switch as words")
    check("Idioma: (vacío) → español" in log, "the language by its name")
    log = mod.get("/admin/log?action=settings",
                  {"Accept-Language": "en"}).text
    check("Reports that hold a comment: (unset) → 5" in log and
          "Language: (unset) → Spanish" in log, "in English too")
