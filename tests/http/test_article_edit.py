"""test_article_edit.py - the article editor's save refuses what would
lose or hide something: a save from a form loaded before someone else's
save (409, the editor's text kept), a form without its base, a title of
only invisible characters, a discussion mode that is not one of the three;
and a path made from a title that another article has gets a suffix."""
import html
import re
import threading
import urllib.parse

from harness import check, eq
from test_admin import (csrf_of, demo_article, form_fields, login,
                        new_article_fields, path_field, path_hint)


def edit_form(editor, aid):
    url = "/admin/articles/%d" % aid
    fields = form_fields(editor.get(url).text, url)
    fields["op"] = "save"
    return url, fields


def test_article_edit_stale_save_is_refused(srv):
    """Admin and editor open the same article; the admin saves a new body;
    the editor's later save of a title change (from the form loaded
    before) is refused with 409, keeps the editor's text, shows what is
    stored now, and stores nothing. Saving again from that page replaces
    it, knowingly."""
    admin = login(srv, "Ada", "admin")
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, mine = edit_form(editor, aid)
    _, theirs = edit_form(admin, aid)
    check(re.fullmatch(r"[0-9a-f]{16}", mine.get("base", "")),
          "the form carries its base: %r" % mine.get("base"))

    theirs["body"] = "The admin's new body."
    r = admin.post_form(url, theirs)
    eq(r.status, 303, "the admin's save")

    mine["title"] = "The editor's new title"
    r = editor.post_form(url, mine)
    eq(r.status, 409, "the editor's stale save is refused")
    check("This article was saved after this page was opened (perhaps by you"
          in r.text, "says why, allowing for the editor's own other save")
    fields = form_fields(r.text, url)
    eq(fields["title"], "The editor's new title", "the typed title is kept")
    below = html.unescape(r.text.split('id="stored-now-h"', 1)[-1])
    check("The admin's new body." in below,
          "what is stored now is shown below the form")
    stored = form_fields(editor.get(url).text, url)
    eq(stored["body"], "The admin's new body.", "the admin's body stays")
    check(stored["title"] != "The editor's new title", "nothing stored")
    check(fields["base"] != mine["base"], "the page has a new base")

    fields["op"] = "save"
    r = editor.post_form(url, fields)
    eq(r.status, 303, "saving again from that page replaces it")
    stored = form_fields(editor.get(url).text, url)
    eq(stored["title"], "The editor's new title", "the editor's title")

    r = editor.post_form(url, dict(fields, body="x"))
    eq(r.status, 409, "the base of a form already saved is stale too")

    _, es = edit_form(editor, aid)
    es.update(base="0" * 16, title="x")
    r = editor.request("POST", url, urllib.parse.urlencode(es),
                       {"Content-Type": "application/x-www-form-urlencoded",
                        "Accept-Language": "es"})
    eq(r.status, 409, "in Spanish")
    check("Este artículo se guardó después de que se abriera esta página"
          in r.text, "says why in Spanish")


def test_article_edit_same_form_sent_twice_is_saved(srv):
    """The same form sent twice (a second click, a reload): the second
    save finds its own text stored and answers as a save, not as a
    conflict with "someone". A second tab's older form with other text is
    still refused."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, fields = edit_form(editor, aid)
    _, other_tab = edit_form(editor, aid)
    fields["title"] = "Sent twice"
    for i in range(2):
        r = editor.post_form(url, fields)
        eq(r.status, 303, "save %d: %s" % (i + 1, r.text[:300]))
        check("done=saved" in r.header("Location"), r.header("Location"))
    eq(form_fields(editor.get(url).text, url)["title"], "Sent twice",
       "stored once")
    r = editor.post_form(url, dict(other_tab, title="Another tab's title"))
    eq(r.status, 409, "a different text from an older form is refused")


def test_article_edit_comments_do_not_make_a_form_stale(srv):
    """A comment posted (or moderated) while the form is open changes the
    article's version but not what the form shows: the save goes through."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, mine = edit_form(editor, aid)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "A reader writes meanwhile."})
    check(r.status in (201, 202), "comment posted: %d" % r.status)
    mine["title"] = "Retitled"
    eq(editor.post_form(url, mine).status, 303, "saved")


def test_article_edit_without_base_is_refused(srv):
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, fields = edit_form(editor, aid)
    fields.pop("base")
    fields["title"] = "Scripted title"
    r = editor.post_form(url, fields)
    eq(r.status, 422, "a save without base")
    check("did not say which version" in r.text, "says why")
    eq(form_fields(r.text, url)["title"], "Scripted title", "form kept")
    check("Scripted title" not in editor.get(url).text.split("<form", 1)[0]
          and form_fields(editor.get(url).text, url)["title"]
          != "Scripted title", "nothing stored")
    fields["op"] = "preview"
    eq(editor.post_form(url, fields).status, 200, "a preview needs none")


def test_article_edit_invisible_title_is_refused(srv):
    editor = login(srv, "Ed", "editor")
    for title in ("\u200b\u200b", "\u2060\ufeff", "\u200b \u200d"):
        r = editor.post_form("/admin/articles/new",
                             new_article_fields(editor, title=title,
                                                body="Kept body."))
        eq(r.status, 422, "title %r refused" % title)
        check("only invisible characters" in r.text, "says why")
        check("Kept body." in r.text, "the form is kept")
    aid = demo_article(srv)["id"]
    url, fields = edit_form(editor, aid)
    r = editor.post_form(url, dict(fields, title="\u200b"))
    eq(r.status, 422, "on an edit too")
    check("\u200b" not in srv.client().get("/").text, "nothing published")


def test_article_edit_discussion_must_be_one_of_three(srv):
    """discussion=7, -1, abc or none used to store 0 (open), reopening a
    closed discussion."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, fields = edit_form(editor, aid)
    fields["discussion"] = "2"
    eq(editor.post_form(url, fields).status, 303, "closed")
    url, fields = edit_form(editor, aid)
    eq(fields["discussion"], "2", "stored closed")
    for bad in ("7", "-1", "abc", "", "02", None):
        sent = dict(fields, title="Not stored")
        if bad is None:
            sent.pop("discussion")
        else:
            sent["discussion"] = bad
        r = editor.post_form(url, sent)
        eq(r.status, 422, "discussion=%r refused" % bad)
        check("Choose how the discussion runs" in r.text, "says why")
        eq(form_fields(r.text, url)["title"], "Not stored", "form kept")
    _, now = edit_form(editor, aid)
    eq(now["discussion"], "2", "still closed")
    check(now["title"] != "Not stored", "nothing stored")
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, discussion="9"))
    eq(r.status, 422, "a new article too")


def test_article_edit_paths_from_titles_are_made_unique(srv):
    """A path left empty is made from the title; one another article has
    gets -2, -3, ...; a path the editor typed that is taken is refused."""
    editor = login(srv, "Ed", "editor")
    paths = []
    for _ in range(3):
        r = editor.post_form("/admin/articles/new",
                             new_article_fields(editor, title="Same title",
                                                path=""))
        eq(r.status, 303, "saved")
        url = r.header("Location").split("?")[0]
        paths.append(path_field(editor.get(url).text))
    check(re.fullmatch(r"/\d{4}/\d\d/same-title", paths[0]), paths[0])
    eq(paths[1:], [paths[0] + "-2", paths[0] + "-3"], "suffixed")
    reader = srv.client()
    for p in paths:
        eq(reader.get(p).status, 200, "each one served at %s" % p)

    for title in ("日本語の記事", "Статья", "\U0001f389\U0001f38a"):
        r = editor.post_form("/admin/articles/new",
                             new_article_fields(editor, title=title, path=""))
        eq(r.status, 303, "%r saved" % title)

    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Other",
                                            path=paths[0]))
    eq(r.status, 409, "a typed path in use")
    check("Another article already has this path." in r.text, "says so")

    # an article renamed away leaves a former path: a new title-made path
    # does not take it, so old links keep reaching the renamed article
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Renamed away",
                                            path=""))
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    first = path_field(editor.get(url).text)
    _, fields = edit_form(editor, int(url.rsplit("/", 1)[1]))
    fields["path"] = "/elsewhere"
    eq(editor.post_form(url, fields).status, 303, "renamed")
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Renamed away",
                                            path=""))
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    eq(path_field(editor.get(url).text), first + "-2",
       "the former path is left to its article")
    eq(reader.get(first).status, 301, "which it still redirects to")


def hint_of(client, title, aid=0, csrf=None):
    """POST /admin/articles/path-hint as the editor's page does."""
    if csrf is None:
        csrf = csrf_of(client.get("/admin/articles/new").text)
    return client.post_form("/admin/articles/path-hint",
                            {"title": title, "id": str(aid), "csrf": csrf})


def test_article_edit_path_hint_shows_the_suffix_a_save_adds(srv):
    """The hint under the path field is the path a save with the field
    empty really takes: with "-2" when another article has the title's
    path, as the page draws it and as the editor's script asks for it
    while the title is typed; the article that has it sees its own."""
    editor = login(srv, "Ed", "editor")
    r = editor.post_form("/admin/articles/new",
                         new_article_fields(editor, title="Hint title",
                                            path=""))
    eq(r.status, 303, "saved")
    url = r.header("Location").split("?")[0]
    aid = int(url.rsplit("/", 1)[1])
    first = path_field(editor.get(url).text)
    check(re.fullmatch(r"/\d{4}/\d\d/hint-title", first), first)
    eq(path_hint(editor.get(url).text), first, "its own path is its own")

    fields = new_article_fields(editor, title="Hint title", path="",
                                op="preview")
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 200, "preview")
    eq(path_hint(r.text), first + "-2", "the page's hint has the suffix")
    check('data-article="0"' in r.text, "a new article's form")
    check('data-article="%d"' % aid in editor.get(url).text,
          "an article's own form names it")

    r = hint_of(editor, "Hint title")
    eq(r.status, 200, r.text)
    eq(r.header("Content-Type"), "application/json; charset=utf-8", "JSON")
    eq(r.json(), {"path": first + "-2"}, "as the script asks")
    eq(hint_of(editor, "  Hint title  ").json()["path"], first + "-2",
       "trimmed as a save trims it")
    eq(hint_of(editor, "Hint title", aid).json()["path"], first,
       "the article that has it keeps it")
    eq(hint_of(editor, "Hint title!").json()["path"], first + "-2",
       "any title that makes that path")
    eq(hint_of(editor, "Another hint").json()["path"],
       first.rsplit("/", 1)[0] + "/another-hint", "a free one as made")
    check(hint_of(editor, "").json()["path"].endswith("/the-title"),
          "no title: the example's")
    fields["op"] = "save"
    r = editor.post_form("/admin/articles/new", fields)
    eq(r.status, 303, "saved")
    eq(path_field(editor.get(r.header("Location").split("?")[0]).text),
       first + "-2", "saved where the hint said")
    eq(hint_of(editor, "Hint title").json()["path"], first + "-3", "next")

    # what it takes: a title a save takes, a number for the id
    eq(hint_of(editor, "x" * 301).status, 422, "longer than a title")
    eq(hint_of(editor, "x" * 300).status, 200, "as long as a title")
    eq(hint_of(editor, "a\x01b").status, 422, "a control character")
    eq(hint_of(editor, "Hint title", "nine").status, 422, "a bad id")
    eq(hint_of(editor, "y" * 70000).status, 422, "far longer")

    # who may ask: an editor with the page's token
    eq(hint_of(editor, "Hint title", csrf="0" * 32).status, 403,
       "without the page's token")
    eq(hint_of(srv.client(), "Hint title", csrf="x").status, 401,
       "without a session")
    mod = login(srv, "Kathi")
    csrf = csrf_of(mod.get("/admin/queue").text)
    eq(hint_of(mod, "Hint title", csrf=csrf).status, 403, "a moderator")
    r = editor.get("/admin/articles/path-hint")
    eq(r.status, 405, "a GET")
    eq(r.header("Allow"), "POST", "Allow")


def test_article_edit_simultaneous_saves_one_lands(srv):
    """Saves sent at once from forms loaded together: one lands, every
    other is refused as stale."""
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    url, fields = edit_form(editor, aid)
    n = 8
    answers = [None] * n

    def save(i):
        answers[i] = editor.post_form(url, dict(fields, title="Save %d" % i))

    threads = [threading.Thread(target=save, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(a.status for a in answers)
    eq(codes, [303] + [409] * (n - 1), "one save lands")
    won = [i for i in range(n) if answers[i].status == 303][0]
    eq(form_fields(editor.get(url).text, url)["title"], "Save %d" % won,
       "and it is the one stored")
