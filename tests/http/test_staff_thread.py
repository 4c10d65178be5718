"""test_staff_thread.py - a moderator working from the article page: the
controls under each comment (forms to the queue's actions, with the CSRF
field, back to the comment with a notice), the comments held for review
shown in place to them; readers, editors, the shared page cache and the
JSON API never see any of it."""
import re
import urllib.parse

from harness import check, eq
from test_admin import (csrf_of, demo_article, form_fields, login,
                        set_discussion)
from test_read import ARTICLE_PATH

THREAT = "I will find you and cut your head off, you rat"


def no_staff_parts(page, what):
    check("/admin/queue/" not in page, what + ": no action forms")
    check("mod-tools" not in page, what + ": no controls")
    check("/admin/log?" not in page, what + ": no log link")


def visible_by_number(srv, aid):
    r = srv.client().get("/api/v1/articles/%d/comments" % aid)
    return {c["number"]: c for c in r.json()["comments"]}


def follow(client, r, want=303):
    """The page a browser lands on after the redirects from r (a browser
    keeps the fragment to itself)."""
    eq(r.status, want, r.text[:300])
    loc = r.header("Location")
    r = client.get(loc.split("#")[0])
    if r.status == 302:
        loc = r.header("Location")
        r = client.get(loc.split("#")[0])
    eq(r.status, 200, loc)
    return loc, r.text


def test_moderator_removes_a_published_comment_from_the_thread(srv):
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    aid = demo_article(srv)["id"]
    target = visible_by_number(srv, aid)["10"]
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "A reader's own comment."})
    eq(r.status, 201, r.text)
    own = r.json()["comment"]["id"]

    page = mod.get(ARTICLE_PATH).text
    action = "/admin/queue/%d/remove" % target["id"]
    fields = form_fields(page, action)
    eq(fields.get("csrf"), csrf_of(page), "the form carries the CSRF token")
    eq(fields.get("back"), "thread", "the form comes back to the thread")
    check('action="/admin/queue/%d/ban"' % own in page, "ban a reader")
    check('action="/admin/queue/%d/ban"' % target["id"] not in page,
          "an imported author has no identity to ban")
    check('href="/admin/log?id=%d"' % target["id"] in page, "log link")

    reader = srv.client()
    no_staff_parts(reader.get(ARTICLE_PATH).text, "reader")
    no_staff_parts(reader.get(ARTICLE_PATH).text, "reader, cached page")
    no_staff_parts(editor.get(ARTICLE_PATH).text, "editor")

    # a form without a reason is refused and changes nothing
    r = mod.post_form(action, {"csrf": fields["csrf"], "back": "thread"})
    eq(r.status, 422, "no reason")
    check("Choose a reason" in r.text, "says why")
    check('href="%s?c&#61;10#c10">Back to the comment</a>' % ARTICLE_PATH
          in r.text,
          "leads back to the comment")
    eq(visible_by_number(srv, aid)["10"]["status"], "visible", "kept")

    fields["reason"] = "threat"
    r = mod.post_form(action, fields)
    eq(r.header("Location"),
       ARTICLE_PATH + "?c=10&done=removed#c10", "back to the comment")
    loc, page = follow(mod, r)
    eq(loc, ARTICLE_PATH + "?done=removed#c10", "its page, with the notice")
    check('role="status">Removed.</p>' in page, "the notice")
    check("Removed by a moderator: <bdi>threat</bdi>" in page, "the tombstone")

    eq(visible_by_number(srv, aid)["10"]["status"], "removed", "api status")
    log = mod.get("/admin/log?id=%d" % target["id"]).text
    check(">remove</td>" in log and "#10</a>" in log,
          "the comment's log link lists its removal")
    page = reader.get(ARTICLE_PATH).text
    check("scatter his limbs" not in page, "gone for readers")
    check("Removed by a moderator: <bdi>threat</bdi>" in page,
          "readers see the place")
    no_staff_parts(page, "reader after the removal")
    # a notice in the URL means nothing to a reader
    check("Removed.</p>" not in reader.get(ARTICLE_PATH + "?done=removed").text,
          "no notice for a reader")


def test_moderator_sees_held_comments_in_place(srv):
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": THREAT})
    eq(r.status, 202, r.text)
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    queue = mod.get("/admin/queue").text
    m = re.search(r'href="%s\?c(?:=|&#61;)([0-9.]+)#c\1"'
                  % re.escape(ARTICLE_PATH), queue)
    check(m, "the queue links to the held comment")
    number = m.group(1)

    # the queue's link lands on the comment for a moderator
    r = mod.get(ARTICLE_PATH + "?c=" + urllib.parse.quote(number))
    eq(r.status, 302, "found")
    eq(r.header("Location"), ARTICLE_PATH + "#c" + number, "lands on it")
    page = mod.get(ARTICLE_PATH).text
    check('id="c%s"' % number in page and THREAT in page, "shown in place")
    check("Held for review" in page, "marked as held")
    check("threat" in page.split('id="c%s"' % number)[1][:3000].lower(),
          "with its category")
    approve = [a for a in re.findall(r'action="(/admin/queue/\d+/approve)"',
                                     page)]
    eq(len(approve), 1, "one approve form, on the held comment")

    # nobody else sees it: reader (fresh and cached), editor, API, feeds
    reader = srv.client()
    for what, c in (("reader", reader), ("reader, cached", reader),
                    ("editor", editor)):
        p = c.get(ARTICLE_PATH).text
        check(THREAT not in p and "Held for review" not in p, what)
        no_staff_parts(p, what)
    eq(reader.get(ARTICLE_PATH + "?c=" + number).header("Location"),
       ARTICLE_PATH + "#comments", "a reader's ?c= finds nothing")
    check(number not in visible_by_number(srv, aid), "not in the API")
    check(THREAT not in reader.get(url).text, "not in the API's text")
    check(THREAT not in reader.get("/feeds/comments.atom").text, "nor feeds")

    # approved from the page, back to it
    fields = form_fields(page, approve[0])
    loc, page = follow(mod, mod.post_form(approve[0], fields))
    eq(loc, ARTICLE_PATH + "?done=approved#c" + number, "back to it")
    check('role="status">Approved.</p>' in page, "the notice")
    eq(visible_by_number(srv, aid)[number]["status"], "visible", "published")
    check(THREAT in reader.get(ARTICLE_PATH).text, "readers see it now")


def test_moderator_redacts_from_the_thread_and_the_queue(srv):
    mod = login(srv, "Kathi")
    aid = demo_article(srv)["id"]
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": "I saw the mayor at the market "
                                             "on Calle Ocho this morning."})
    eq(r.status, 201, r.text)
    cid, number = r.json()["comment"]["id"], r.json()["comment"]["number"]
    action = "/admin/queue/%d/redact" % cid

    page = mod.get(ARTICLE_PATH).text
    fields = form_fields(page, action)
    eq(fields.get("back"), "thread", "the thread's redact form")
    # text the comment does not hold: refused, nothing changed
    fields["span"] = "Calle Nueve"
    r = mod.post_form(action, fields)
    eq(r.status, 422, "no such text")
    check("Back to the comment" in r.text, "leads back to the comment")
    check(visible_by_number(srv, aid)[number]["html"].count("Calle Ocho"),
          "unchanged")

    fields["span"] = "Calle Ocho"
    loc, page = follow(mod, mod.post_form(action, fields))
    eq(loc, ARTICLE_PATH + "?done=redacted#c" + number, "back to it")
    check('role="status">Redacted.</p>' in page, "the notice")
    reader = srv.client().get(ARTICLE_PATH).text
    check("Calle Ocho" not in reader and "[redacted]" in reader, "redacted")
    check("edited by a moderator" in reader, "said so")

    # the queue has the same form, and its answer goes back to the queue
    srv.client().post_json(url, {"body": THREAT})
    queue = mod.get("/admin/queue").text
    held = re.search(r'action="(/admin/queue/\d+/redact)"', queue).group(1)
    fields = form_fields(queue, held)
    check("back" not in fields, "the queue's form stays on the queue")
    fields["span"] = "cut your head off"
    r = mod.post_form(held, fields)
    eq(r.status, 303, r.text[:300])
    eq(r.header("Location"), "/admin/queue?done=redacted", "queue notice")
    check("Redacted." in mod.get(r.header("Location")).text, "shown")


def comment_block(page, number):
    """Comment `number`'s item up to the end of its article: its header,
    text, footer (Reply, Report) and any notice under it."""
    m = re.search(r'<li class="comment[^"]*" id="c%s">(.*?)</article>'
                  % re.escape(number), page, re.S)
    check(m, "comment #%s in the page" % number)
    return m.group(1)


def test_staff_own_reply_has_no_report_link_nor_reader_links(srv):
    # reporting oneself makes no sense, and the author's delete page and
    # /me are a reader's (by the reader cookie), not a staff account's
    aid = demo_article(srv)["id"]
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    number = {}
    for who, c in (("Kathi", mod), ("Ed", editor)):
        page = c.get(ARTICLE_PATH).text
        r = c.post_form("/articles/%d/comments" % aid,
                        {"body": "A reply from %s, on duty." % who,
                         "parent": "1", "csrf": csrf_of(page)})
        loc, page = follow(c, r)
        check("posted=" in loc, "the notice after posting: " + loc)
        number[who] = loc.split("#c")[1]
        own = comment_block(page, number[who])
        check("A reply from %s" % who in own, "the reply itself")
        check('class="reply"' in own, "%s may reply to it" % who)
        check('class="report"' not in own, "%s: no Report link" % who)
        check("Your comment is published." in own, "%s: the notice" % who)
        check("/delete" not in own and 'href="/me"' not in own,
              "%s: no reader's delete or data link" % who)
        eq(page.count('href="/me"'), 1, "only the footer's link")

    # each one's own page (the moderator's rendered for them, the editor's
    # the shared page with their part; with a reply form, rendered for
    # either), and the readers' page
    for who, c, other in (("Kathi", mod, "Ed"), ("Ed", editor, "Kathi")):
        for query in ("", "?reply=1"):
            page = c.get(ARTICLE_PATH + query).text
            what = "%s's page%s" % (who, query)
            check('class="report"' not in comment_block(page, number[who]),
                  what + ": not on their own reply")
            check('class="report"' in comment_block(page, number[other]),
                  what + ": on a colleague's reply")
            check('class="report"' in comment_block(page, "1.2"),
                  what + ": on a reader's comment")
    page = srv.client().get(ARTICLE_PATH).text
    for who in number:
        check('href="/comments/' in comment_block(page, number[who]) and
              'class="report"' in comment_block(page, number[who]),
              "a reader may report %s's reply" % who)


def test_staff_post_with_a_stale_token_says_so(srv):
    # a staff member's post with a missing or wrong CSRF token is refused
    # with a code of its own, not "closed" (a closed discussion's), and
    # the page's form says what to do, in the reader's language
    aid = demo_article(srv)["id"]
    mod = login(srv, "Kathi")
    url = "/api/v1/articles/%d/comments" % aid
    for token in (None, "0" * 64):
        h = {"Content-Type": "application/json"}
        if token:
            h["X-CSRF-Token"] = token
        r = mod.request("POST", url, '{"body": "Staff words."}', h)
        eq(r.status, 403, r.text)
        eq(r.json()["error"]["code"], "csrf", r.text)
        check("reload the page" in r.json()["error"]["message"], r.text)
    r = mod.post_form("/articles/%d/comments" % aid,
                      {"body": "Staff words.", "csrf": "0" * 64})
    eq(r.status, 403, "the form without JavaScript")
    check("reload the page" in r.text, "says what to do")
    check("Staff words." in r.text, "and keeps the text")


def comment_forms(page):
    """The comment forms of an article page (the main one, and the reply
    form of a ?reply= page)."""
    return re.findall(r'<form class="comment-form".*?</form>', page, re.S)


def test_staff_form_has_no_reader_name_nor_handle_words(srv):
    # a staff member's comment is signed with the account's name: the
    # display name a reader may give would be dropped without a word, and
    # "a cookie gives you the same handle" is not so for staff, nor, their
    # comment being published at once, "comments are reviewed before they
    # appear"; the moderator's page (rendered for them), the editor's (the
    # shared page with their part) and a reply form rendered for either
    # leave them out
    aid = demo_article(srv)["id"]
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    set_discussion(editor, aid, 1)
    premod = {"en": "reviewed before they appear",
              "es": "se revisan antes de aparecer"}
    for who, c in (("Kathi", mod), ("Ed", editor)):
        for query in ("", "?reply=1"):
            for lang in ("en", "es"):
                page = c.get(ARTICLE_PATH + query,
                             {"Accept-Language": lang}).text
                forms = comment_forms(page)
                what = "%s's page%s in %s" % (who, query, lang)
                check(forms, what + ": a form")
                for f in forms:
                    check('name="name"' not in f, what + ": no name field")
                    check('class="privacy"' not in f,
                          what + ": no words about the handle")
                    check(premod[lang] not in f,
                          what + ": no word of pre-moderation")
                    check('name="csrf"' in f, what + ": the staff form")
                check("charla:reader" not in page, what + ": no markers")
    for query in ("", "?reply=1"):
        page = srv.client().get(ARTICLE_PATH + query).text
        forms = comment_forms(page)
        check(forms, "a reader's form")
        for f in forms:
            check('name="name"' in f, "a reader names themselves")
            check('class="privacy"' in f, "and reads about the cookie")
            check(premod["en"] in f, "and that comments are reviewed")
    # the name a staff member's post might still carry is not shown
    page = editor.get(ARTICLE_PATH).text
    r = editor.post_form("/articles/%d/comments" % aid,
                         {"body": "From the newsroom.", "name": "Somebody",
                          "csrf": csrf_of(page)})
    loc, page = follow(editor, r)
    check("posted=" in loc, "published at once: " + loc)
    own = comment_block(page, loc.split("#c")[1])
    check("Somebody" not in own and "Ed" in own, "signed as the account")


def test_thread_says_a_commenters_ban_in_force(srv):
    # on the article page a moderator sees the ban in force on a
    # comment's reader by its ban form, as the queue says it: a new ban
    # replaces the one in force, and "for 7 days" is the form's choice
    aid = demo_article(srv)["id"]
    mod = login(srv, "Kathi")
    troll, other = srv.client(), srv.client()
    url = "/api/v1/articles/%d/comments" % aid
    ids = {}
    for who, c in (("troll", troll), ("other", other)):
        r = c.post_json(url, {"body": "A plain remark from %s." % who})
        eq(r.status, 201, r.text)
        ids[who] = r.json()["comment"]["number"]
    page = mod.get(ARTICLE_PATH).text
    check("mod-banned" not in page, "nobody banned yet")
    r = mod.post_form("/admin/queue/%d/ban" % troll_id(srv, aid, ids["troll"]),
                      {"csrf": csrf_of(page), "duration": "permanent"})
    eq(r.status, 303, "banned for good")
    for lang, said in (("en", "Its author is banned for good."),
                       ("es", "Su autor está bloqueado para siempre.")):
        page = mod.get(ARTICLE_PATH, {"Accept-Language": lang}).text
        own = re.search(r'id="c%s">.*?</li>' % re.escape(ids["troll"]), page,
                        re.S).group(0)
        check('<p class="mod-banned">%s</p>' % said in own,
              "%s: the ban by the troll's comment" % lang)
        theirs = re.search(r'id="c%s">.*?</li>' % re.escape(ids["other"]),
                           page, re.S).group(0)
        check("mod-banned" not in theirs, "%s: not by another's" % lang)
    no_staff_parts(srv.client().get(ARTICLE_PATH).text, "a reader's page")
    check("mod-banned" not in srv.client().get(ARTICLE_PATH).text,
          "readers never see a ban")


def troll_id(srv, aid, number):
    return visible_by_number(srv, aid)[number]["id"]
