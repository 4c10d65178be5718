"""test_me_list.py - a reader's own comments listed on /me (src/api/me_list.c):
each with its article, time, state in words and, while it has text of its
own, an excerpt; a delete link only within the author's window; pages of
50 by ?before=; and nothing of another reader's."""
import re
import sqlite3

from harness import check, eq
from test_admin import login as staff_login, set_discussion
from test_held import HELD_BODY
from test_limits import restart_with
from test_mod import act, add_user, login


def post(c, aid, body, status=None):
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": body})
    if status:
        eq(r.status, status, "%r: %s" % (body, r.text))
    else:
        check(r.status in (201, 202), "posted: %d %s" % (r.status, r.text))
    return r.json()["comment"]


def items(page):
    """The list's items, newest first, as their HTML."""
    return re.findall(r'<li class="my-comment">(.*?)</li>', page, re.S)


def item_of(page, number):
    for it in items(page):
        if '<span class="num">#%s</span>' % number in it:
            return it
    raise AssertionError("#%s not listed: %s" % (number, page))


def article(c):
    a = c.get("/api/v1/articles").json()["articles"][0]
    return a["id"], a["path"]


def test_me_lists_own_comments_in_every_state(srv):
    add_user(srv)
    mod = login(srv)
    a, b = srv.client(), srv.client()
    aid, path = article(a)
    pub = post(a, aid, "Published **text** <b>bold</b> & more.", 201)
    held = post(a, aid, HELD_BODY, 202)
    eq(held["status"], "held", "the phone number holds it")
    rem = post(a, aid, "A remark a moderator removes, words-to-vanish.", 201)
    gone = post(a, aid, "A comment I take back, words-taken-back.", 201)
    eq(act(mod, rem["id"], "remove", {"reason": "insult"}).status, 200,
       "removed")
    eq(a.post_form("/comments/%d/delete" % gone["id"], "").status, 200,
       "deleted by its author")
    post(b, aid, "Bob's own words, bob-only-text.", 201)

    r = a.get("/me")
    eq(r.status, 200, "/me")
    eq(r.header("Cache-Control"), "private, no-store", "never shared-cached")
    page = r.text
    check('<h2 id="my-comments">Your comments</h2>' in page, "the heading")
    numbers = [re.search(r'<span class="num">#([0-9.]+)</span>', it).group(1)
               for it in items(page)]
    eq(numbers, [gone["number"], rem["number"], held["number"],
                 pub["number"]], "only hers, newest first")

    it = item_of(page, pub["number"])
    check('<a href="%s#c%s">' % (path, pub["number"]) in it,
          "a published one links to its place: " + it)
    check('<span class="my-state">Published</span>' in it, "published")
    check('<p class="my-excerpt">Published text &lt;b&gt;bold&lt;/b&gt; '
          '&amp; more.</p>' in it, "a plain, escaped excerpt: " + it)
    check("<b>" not in it and "<strong>" not in it, "no markup: " + it)
    check(re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">', it),
          "the time")
    check('href="/comments/%d/delete"' % pub["id"] in it, "may delete")

    it = item_of(page, held["number"])
    check('<span class="my-state">Awaiting review: held by the automatic '
          'screening</span>' in it, "held, and why: " + it)
    check("gasolinera" in it, "its author sees its text")
    check("#c%s" % held["number"] not in it, "no link to a place it has not")
    check('href="/comments/%d/delete"' % held["id"] in it, "may delete")

    it = item_of(page, rem["number"])
    check("Removed by a moderator: <bdi>insult</bdi>" in it,
          "removed, why: " + it)
    check("words-to-vanish" not in it, "no text")
    check("/delete" not in it and "#c" not in it, "no link")

    it = item_of(page, gone["number"])
    check("Deleted by you" in it, "deleted: " + it)
    check("words-taken-back" not in it and "/delete" not in it, "no text")

    check("bob-only-text" not in page, "nothing of another reader's")
    page_b = b.get("/me").text
    eq(len(items(page_b)), 1, "Bob sees only his own")
    for s in ("gasolinera", "words-to-vanish", "Published text"):
        check(s not in page_b, "Bob sees nothing of hers: " + s)
    check("Your comments" not in srv.client().get("/me").text,
          "no token, no list")

    a.cookies["charla_lang"] = "es"
    page = a.get("/me").text
    for es in ("Tus comentarios", ">Publicado<",
               ">En espera de revisión: lo retuvo el filtro automático<",
               "Eliminado por moderación: <bdi>insulto</bdi>",
               ">Borrado por ti<",
               "Borrar este comentario"):
        check(es in page, "Spanish: " + es)


def state_of(page, number):
    return re.search(r'<span class="my-state">(.*?)</span>',
                     item_of(page, number)).group(1)


def report(srv, cid, reason, n):
    """n readers, back with their cookies, report comment cid; answers
    whether the last one held it."""
    held = False
    for _ in range(n):
        r = srv.reader().post_json(
            "/api/v1/comments/%d/report" % cid, {"reason": reason})
        eq(r.status, 201, r.text)
        held = r.json()["held"]
    return held


def test_me_says_why_a_comment_awaits_review(srv):
    """Held by the screening, hidden after readers reported it (also one
    the screening held, a moderator approved and readers then reported),
    or waiting under pre-moderation: its author is told which, in plain
    words, and nothing of who reported it, their reasons, or what the
    screening found."""
    add_user(srv)
    mod = login(srv)
    a = srv.client()
    aid, _ = article(a)
    screened = post(a, aid, HELD_BODY, 202)
    eq(screened["status"], "held", "the screening holds it")
    disliked = post(a, aid, "An opinion some dislike, words-reported.", 201)
    check(not report(srv, disliked["id"], "reason-kept-from-the-author", 2),
          "two reports do not hide it")
    it = item_of(a.get("/me").text, disliked["number"])
    check('<span class="my-state">Published</span>' in it, it)
    check(report(srv, disliked["id"], "reason-kept-from-the-author", 1),
          "the third hides it")
    again = post(a, aid, HELD_BODY.replace("testigo", "vecino"), 202)
    eq(act(mod, again["id"], "approve").status, 200, "a moderator lets it in")
    check(report(srv, again["id"], "reason-kept-from-the-author", 3),
          "then readers' reports hide it")
    set_discussion(staff_login(srv, "Ed", "editor"), aid, 1)
    pending = post(a, aid, "Posted under pre-moderation, words-pending.",
                   202)
    eq(pending["status"], "pending", "pre-moderated")

    page = a.get("/me").text
    eq(state_of(page, screened["number"]),
       "Awaiting review: held by the automatic screening", "screening")
    eq(state_of(page, disliked["number"]),
       "Awaiting review: hidden after readers reported it", "reports")
    eq(state_of(page, again["number"]),
       "Awaiting review: hidden after readers reported it",
       "reports, though the screening held it once")
    eq(state_of(page, pending["number"]),
       "Awaiting review: comments on this article are reviewed before "
       "they appear", "pre-moderation")
    for secret in ("reason-kept-from-the-author", "score", "category",
                   "doxxing", "phone"):
        check(secret not in page, "nothing for moderators only: " + secret)

    a.cookies["charla_lang"] = "es"
    page = a.get("/me").text
    eq(state_of(page, screened["number"]),
       "En espera de revisión: lo retuvo el filtro automático", "es")
    eq(state_of(page, disliked["number"]),
       "En espera de revisión: se ocultó porque otros lectores lo reportaron",
       "es")
    eq(state_of(page, pending["number"]),
       "En espera de revisión: los comentarios de este artículo se revisan "
       "antes de aparecer", "es")


def test_me_delete_link_only_within_the_window(srv):
    a, other = srv.client(), srv.client()
    aid, _ = article(a)
    old = post(a, aid, "Written long enough ago.", 201)
    new = post(a, aid, "Written just now.", 201)
    held = post(a, aid, HELD_BODY, 202)
    db = sqlite3.connect(srv.db)
    db.execute("UPDATE comments SET created = created - 16 * 60 WHERE id = ?",
               (old["id"],))
    db.commit()
    db.close()
    page = a.get("/me").text
    check("/delete" not in item_of(page, old["number"]), "window closed")
    check('href="/comments/%d/delete"' % new["id"]
          in item_of(page, new["number"]), "window open")
    eq(a.get("/comments/%d/delete" % old["id"]).status, 403, "too late")

    # the link of a held comment works for its author, and for nobody else
    eq(other.get("/comments/%d/delete" % held["id"]).status, 404,
       "another reader is told nothing of it")
    post(other, aid, "Now with a token of my own.", 201)
    eq(other.post_form("/comments/%d/delete" % held["id"], "").status, 404,
       "nor with a token")
    r = a.get("/comments/%d/delete" % held["id"])
    eq(r.status, 200, "its author gets the page")
    r = a.post_form("/comments/%d/delete" % held["id"], "")
    eq(r.status, 200, "and deletes it: " + r.text)
    it = item_of(a.get("/me").text, held["number"])
    check("Deleted by you" in it and "gasolinera" not in it, it)


def test_me_list_pages_by_fifty(srv):
    restart_with(srv, CHARLA_RATE_LIMIT="off")
    a = srv.client()
    aid, _ = article(a)
    posted = [post(a, aid, "Comment %d of many, about the river." % i)
              for i in range(53)]
    page = a.get("/me").text
    first = items(page)
    eq(len(first), 50, "a page holds fifty")
    check(">Comment 52 of many" in first[0], "the newest first")
    m = re.search(r'<a rel="next" href="(/me\?before=(\d+))#my-comments">'
                  r'Older comments</a>', page)
    check(m, "a link to older ones")
    eq(int(m.group(2)), posted[3]["id"], "starting below the last shown")
    check("Newest comments" not in page, "already the newest")
    page = a.get(m.group(1)).text
    eq(len(items(page)), 3, "the rest")
    check(">Comment 0 of many" in items(page)[-1], "the oldest last")
    check('rel="next"' not in page, "nothing older")
    check('<a href="/me#my-comments">Newest comments</a>' in page,
          "a way back")
    page = a.get("/me?before=%d" % posted[0]["id"]).text
    check("No older comments." in page and not items(page), "past the end")
    for bad in ("abc", "", "-5", "0", "1.5", "12abc", "%2B3", "9" * 20,
                "99999999999999999999"):
        r = a.get("/me?before=" + bad)
        eq(r.status, 400, "before=%r" % bad)
        check("before" in r.text, "says what is wrong")
