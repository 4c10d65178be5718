"""test_session_end.py - a staff form sent after its session ended: nothing
is stored, the answer is the login form (401) saying so in the reader's
language, with next back to the form's page, and, for the article editor
and the screening settings, that the text is kept in the browser
(web/draft.js keeps it; tests/browser/drafts.mjs tests that part). The
answer never holds what the form sent."""
import re
import urllib.parse

from harness import check, eq
from test_admin import PASSWORD, csrf_of, demo_article, login

MARK = "Z9-not-echoed"


def end_session(srv, staff):
    """Ends staff's session as its expiry would: another client with the
    same cookie logs out, which deletes the session in the store."""
    other = srv.client()
    other.cookies["charla_session"] = staff.cookies["charla_session"]
    csrf = csrf_of(other.get("/admin/queue").text)
    eq(other.post_form("/admin/logout", {"csrf": csrf}).status, 303,
       "logged out elsewhere")
    eq(staff.get("/admin/queue").status, 303, "the session is over")


def article_fields(csrf, **kw):
    f = {"csrf": csrf, "title": "Draft <b>title</b> " + MARK, "path": "",
         "byline": "", "lead_image": "", "lead_caption": "", "labels": "",
         "body": "A long text <script>alert(1)</script> " + MARK,
         "discussion": "0", "op": "save"}
    f.update(kw)
    return f


def login_form_next(page):
    m = re.search(r'<form method="post" action="/admin/login"[^>]*>', page)
    check(m, "the answer is the login form: %s" % page[-800:])
    n = re.search(r'name="next" value="([^"]*)"', page)
    return m.group(0), n and n.group(1)


def test_session_end_on_the_editor_keeps_nothing_and_leads_back(srv):
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    end_session(srv, editor)

    r = editor.post_form("/admin/articles/new", article_fields(csrf))
    eq(r.status, 401, "no write without a session")
    form, nxt = login_form_next(r.text)
    eq(nxt, "/admin/articles/new", "next: back to the editor")
    check("data-draft-return" in form, "marked for the script")
    check('<p class="form-error draft-lost" hidden>This browser could not '
          'keep your text' in r.text, "and the note it shows if it kept none")
    check("Your session ended before you saved, so nothing was stored."
          in r.text, "says nothing was saved")
    check("kept in this browser" in r.text, "says where the text is")
    check("Without JavaScript the browser cannot keep it" in r.text,
          "and not without JavaScript")
    check(MARK not in r.text and "alert(1)" not in r.text,
          "nothing the form sent is in the page")
    eq(r.header("Cache-Control"), "no-store", "not kept by a cache")
    check("script-src 'self'" in r.header("Content-Security-Policy"),
          "the usual CSP")
    check(MARK not in srv.client().get("/api/v1/articles").text,
          "nothing stored")

    # in Spanish
    r = editor.request("POST", "/admin/articles/new",
                       urllib.parse.urlencode(article_fields(csrf)),
                       {"Content-Type": "application/x-www-form-urlencoded",
                        "Accept-Language": "es"})
    eq(r.status, 401, "no session (es)")
    check("Tu sesión terminó antes de que guardaras" in r.text and
          "se conserva en este navegador" in r.text and
          "Sin JavaScript el navegador no puede" in r.text, "in Spanish")
    check("Your session" not in r.text, "no English left")

    # the edit form of an article: back to it
    aid = demo_article(srv)["id"]
    url = "/admin/articles/%d" % aid
    r = editor.post_form(url, article_fields(csrf))
    eq(r.status, 401, "edit form without a session")
    eq(login_form_next(r.text)[1], url, "next: that article's form")

    # a long article, over the readers' 64 KiB a dead session is held to
    big = article_fields(csrf, body="ñ" * 30000 + MARK)
    check(len(urllib.parse.urlencode(big)) > 64 * 1024, "over 64 KiB")
    r = editor.post_form("/admin/articles/new", big)
    eq(r.status, 401, "a long one: the same answer, not 413")
    check("kept in this browser" in r.text and MARK not in r.text,
          "the same message, nothing echoed")
    eq(login_form_next(r.text)[1], "/admin/articles/new", "next kept")

    # the login form it gave lands on the editor
    r = editor.post_form("/admin/login", {
        "name": "Ed", "password": PASSWORD, "next": "/admin/articles/new"})
    eq(r.status, 303, "logged in again")
    eq(r.header("Location"), "/admin/articles/new", "back in the editor")
    page = editor.get("/admin/articles/new").text
    check(MARK not in page, "the server kept nothing to show")
    check('data-draft data-draft-shows="stored"' in page,
          "the form is marked for the script")
    check('id="draft-offer" role="status" hidden' in page,
          "with the offer, hidden")
    check("<noscript>" in page and "Without JavaScript, what you type here "
          "is lost" in page, "and a word for those without JavaScript")

    # the old page's form, sent with the new session: stale, back to it
    r = editor.post_form("/admin/articles/new", article_fields(csrf))
    eq(r.status, 403, "the old CSRF token")
    check("kept in this browser" in r.text, "the text is safe")
    check('href="/admin/articles/new"' in r.text, "back to the editor")
    check(MARK not in r.text, "nothing echoed")
    check(MARK not in srv.client().get("/api/v1/articles").text,
          "still nothing stored")

    # what the form holds, for the script
    new_csrf = csrf_of(page)
    r = editor.post_form("/admin/articles/new",
                         article_fields(new_csrf, op="preview"))
    check('data-draft-shows="posted"' in r.text, "a preview holds values sent")
    r = editor.post_form("/admin/articles/new", article_fields(new_csrf))
    eq(r.status, 303, "saved")
    page = editor.get(r.header("Location")).text
    check('data-draft-shows="saved"' in page, "just saved")


def test_session_end_on_other_staff_forms(srv):
    mod = login(srv, "Kathi")
    csrf = csrf_of(mod.get("/admin/screening").text)
    end_session(srv, mod)
    r = mod.post_form("/admin/queue/1/approve", {"csrf": csrf})
    eq(r.status, 401, "an action without a session")
    form, nxt = login_form_next(r.text)
    eq(nxt, None, "an action is no page to go back to: the queue")
    check("data-draft-return" not in form, "no draft to bring back")
    check("Your session has ended, so nothing was saved." in r.text,
          "says the session ended")
    r = mod.request("POST", "/admin/queue/1/approve", "csrf=" + csrf,
                    {"Content-Type": "application/x-www-form-urlencoded",
                     "Accept-Language": "es"})
    check("Tu sesión terminó, así que no se guardó nada." in r.text,
          "in Spanish")
    # the screening settings keep a draft in the browser, like the editor
    r = mod.post_form("/admin/screening", {"csrf": csrf,
                                           "banned_words": MARK})
    eq(r.status, 401, "the settings without a session")
    form, nxt = login_form_next(r.text)
    eq(nxt, "/admin/screening", "back to them")
    check("data-draft-return" in form and "kept in this browser" in r.text,
          "the text is kept in the browser")
    check(MARK not in r.text, "nothing echoed")
    check(MARK not in login(srv, "Mo").get("/admin/screening").text,
          "nothing stored")
    # never logged in: asked to log in first
    r = srv.client().post_form("/admin/queue/1/approve", {"csrf": csrf})
    eq(r.status, 401, "no cookie at all")
    check("Log in as staff first" in r.text, "log in first")
