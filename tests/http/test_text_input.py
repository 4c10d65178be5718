"""test_text_input.py - text as browsers send it: a textarea arrives with
CRLF line ends. Articles and comments must come back exactly as typed (LF),
with no U+FFFD at the line ends, however often they are saved."""
import html
import re
import sqlite3
import urllib.parse

from harness import check, eq
from test_admin import csrf_of, form_fields, login
from test_post import article_id, screen_names

FFFD = "\ufffd"
BODY_CRLF = ("Primera línea.\r\nSegunda línea.\r\n\r\n```\r\ncode();\r\n```"
             "\r\n\r\nAfter the code.\r\n")
BODY_LF = BODY_CRLF.replace("\r\n", "\n")


def textarea(page, name):
    m = re.search(r'<textarea[^>]*name="%s"[^>]*>(.*?)</textarea>' % name,
                  page, re.S)
    check(m, "a %s textarea" % name)
    # the parser drops one newline right after <textarea>
    v = m.group(1)
    return html.unescape(v[1:] if v.startswith("\n") else v)


def stored(srv, sql, arg):
    if srv.backend != "sqlite":
        return None
    db = sqlite3.connect(srv.db)
    row = db.execute(sql, (arg,)).fetchone()
    db.close()
    return row[0]


def test_article_saved_twice_with_crlf_keeps_its_lines(srv):
    editor = login(srv, "Ed", "editor")
    csrf = csrf_of(editor.get("/admin/articles/new").text)
    fields = {"csrf": csrf, "title": "Line ends", "path": "",
              "byline": "Staff", "lead_image": "", "lead_caption": "",
              "labels": "", "summary": "One.\r\nTwo.", "body": BODY_CRLF,
              "discussion": "0", "published": "1", "op": "preview"}
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 200, "preview")
    check(FFFD not in r.text, "no U+FFFD in the preview")
    eq(textarea(r.text, "body"), BODY_LF, "the preview keeps the body")
    check(re.search(r"<pre><code[^>]*>code\(\);\n</code></pre>", r.text),
          "the fence closes in the preview")

    r = editor.post_form("/admin/articles/new", dict(fields, op="save"))
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    aid = int(url.split("/")[3])
    for n in (1, 2):
        page = editor.get(url).text
        check(FFFD not in page, "no U+FFFD in the edit form (%d)" % n)
        eq(textarea(page, "body"), BODY_LF, "the form shows the body %d" % n)
        # send it back as a browser does: every textarea with CRLF
        f = form_fields(page, url)
        f = {k: v.replace("\r\n", "\n").replace("\n", "\r\n")
             for k, v in f.items()}
        f["op"] = "save"
        f["title"] = "Line ends %d" % n
        eq(editor.post_form(url, f).status, 303, "saved again (%d)" % n)
    s = stored(srv, "SELECT body FROM articles WHERE id=?", aid)
    check(s is None or s == BODY_LF, "stored with LF: %r" % s)
    path = stored(srv, "SELECT path FROM articles WHERE id=?", aid)
    if path:
        page = srv.client().get(urllib.parse.quote(path)).text
        check(FFFD not in page, "no U+FFFD on the article")
        check("<p>After the code.</p>" in page, "the code block closed")


def test_comment_refused_without_js_comes_back_as_typed(srv):
    screen_names(srv)
    aid = article_id(srv)
    c = srv.client()
    url = "/articles/%d/comments" % aid
    r = c.post_form(url, {"body": "Primera línea, pendejo.\r\nSegunda.\r\n",
                          "name": ""})
    eq(r.status, 422, "refused for the banned word")
    check(FFFD not in r.text, "no U+FFFD in the form sent back")
    eq(textarea(r.text, "body"), "Primera línea, pendejo.\nSegunda.\n",
       "the text comes back as typed")
    # the reader corrects it; the browser sends the textarea with CRLF
    r = c.post_form(url, {"body": "Primera línea.\r\nSegunda.\r\n",
                          "name": ""})
    eq(r.status, 303, "posted")
    page = srv.client().get(r.header("Location").split("#")[0]).text
    check("Primera línea." in page, "published")
    check(FFFD not in page, "no U+FFFD on the page")
    s = stored(srv, "SELECT body FROM comments WHERE body LIKE ?",
               "Primera l%")
    check(s is None or s == "Primera línea.\nSegunda.\n",
          "stored with LF: %r" % s)


def test_json_comment_with_crlf_is_stored_with_lf(srv):
    aid = article_id(srv)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "Uno.\r\nDos.\rTres."})
    check(r.status in (201, 202), "posted: %d" % r.status)
    check(FFFD not in r.text, "no U+FFFD in the answer")
    s = stored(srv, "SELECT body FROM comments WHERE body LIKE ?", "Uno.%")
    check(s is None or s == "Uno.\nDos.\nTres.", "stored with LF: %r" % s)
