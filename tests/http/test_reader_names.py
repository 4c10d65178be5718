"""test_reader_names.py - what a reader's name and text must show.

A reader's display name may not pass for staff: no staff login name as a
word ("mod · Moderador" next to the real "mod [STAFF]"), no word that names
a staff role ("Moderator", "Equipo de moderación"). A name or a comment of
only invisible characters is refused like an empty one, and a name's
length is what a reader sees (grapheme clusters), not its code points.
"""
from harness import check, eq
from test_mod import add_user
from test_post import article_id
from test_read import ARTICLE_PATH

ES = {"Accept-Language": "es"}


def post(c, aid, body, name=None, headers=None):
    obj = {"body": body}
    if name is not None:
        obj["name"] = name
    import json
    return c.request("POST", "/api/v1/articles/%d/comments" % aid,
                     json.dumps(obj),
                     dict(headers or {}, **{"Content-Type":
                                            "application/json"}))


def published(r):
    return r.status in (201, 202)


def test_look_alike_letters_of_every_case_pass_for_no_staff(srv):
    """Greek capitals ("\u039c" for M) and the other scripts' look-alikes
    ("\u0501" for d) spell a staff name or a role word as Latin does."""
    add_user(srv, "mod1")
    add_user(srv, "ed1")
    aid = article_id(srv)
    c = srv.client()
    for name in ("\u039cod1", "Mod1", "\u041cod1", "e\u05011",
                 "\u039cODERATOR", "ADMI\u039d", "\u0455taff"):
        r = post(c, aid, "Language please", name)
        eq(r.status, 422, "name %r: %s" % (name, r.text))


def test_reader_names_may_not_pass_for_staff(srv):
    add_user(srv, "mod")
    aid = article_id(srv)
    c = srv.client()
    for name in ("mod \u00b7 Moderador", "mod staff", "M0D", "Soy mod"):
        r = post(c, aid, "Language please", name)
        eq(r.status, 422, "name %r" % name)
        check("member of staff" in r.json()["error"]["message"],
              "says it is a staff member's name: " + r.text)
    for name in ("Moderator", "Moderador", "Admin", "Staff",
                 "Equipo de moderaci\u00f3n", "La Redacci\u00f3n",
                 "Editora"):
        r = post(c, aid, "Language please", name)
        eq(r.status, 422, "name %r" % name)
        check("may not say staff" in r.json()["error"]["message"],
              "says which words: " + r.text)
    r = post(c, aid, "Language please", "Moderador", ES)
    eq(r.json()["error"]["message"][:40],
       "El nombre de un lector no puede decir eq", "in Spanish")
    # the HTML form says so too, and keeps what was typed
    r = c.request("POST", "/articles/%d/comments" % aid,
                  "body=Hola&name=Equipo+de+moderaci%C3%B3n",
                  dict(ES, **{"Content-Type":
                              "application/x-www-form-urlencoded"}))
    eq(r.status, 422, "form refusal")
    check("no puede decir equipo" in r.text, "Spanish form refusal")
    for name in ("Modesto", "Lupita", "Editorial lover"):
        r = post(c, aid, "A normal comment from %s." % name, name)
        check(published(r), "%r is fine: %s" % (name, r.text))
    # staff are not readers: the moderator posts as "mod" with the badge
    # (test_mod.test_staff_post_is_badged), untouched by this rule


def test_reader_text_and_name_must_show_something(srv):
    aid = article_id(srv)
    c = srv.client()
    for body in ("\u200b\u200b", "\u2060", "\ufeff", "\u0301\u0301",
                 " \u200b \u00a0", "\u3164", "\u2800"):
        r = post(c, aid, body)
        eq(r.status, 422, "body %r" % body)
        eq(r.json()["error"]["message"], "The comment is empty.",
           "refused as empty")
    r = post(c, aid, "\u200b", None, ES)
    eq(r.json()["error"]["message"], "El comentario est\u00e1 vac\u00edo.",
       "in Spanish")
    for name in ("\u200b", "\u2060\ufeff", "\u3164", "\u0301"):
        r = post(c, aid, "A comment with an invisible name.", name)
        eq(r.status, 422, "name %r" % name)
        check("shows nothing" in r.json()["error"]["message"], r.text)
    r = post(c, aid, "A comment.", "\u200b", ES)
    check("no muestra nada" in r.json()["error"]["message"], "in Spanish")
    # a visible name with an invisible character in it is a name
    r = post(c, aid, "Zero width inside.", "Lu\u200bpita")
    check(published(r), r.text)


def test_reader_name_length_is_what_shows(srv):
    aid = article_id(srv)
    c = srv.client()
    name = "e\u0301" * 30  # 30 characters, 60 code points
    r = post(c, aid, "Thirty accented letters.", name)
    check(published(r), "30 characters are fine: " + r.text)
    eq(r.json()["comment"]["author"]["name"], name, "stored as typed")
    r = post(c, aid, "Forty-one.", "e\u0301" * 41)
    eq(r.status, 422, "41 characters are too many")
    check("at most 40 characters" in r.json()["error"]["message"], r.text)
    # one letter under a heap of accents: one character, too many bytes
    r = post(c, aid, "Heavy.", "a" + "\u0301" * 100)
    eq(r.status, 422, "the byte limit still holds")
    # the form lets a browser send such a name (maxlength counts UTF-16
    # units: 40 would stop at 20 of these letters)
    page = srv.client().get(ARTICLE_PATH).text
    check('name="name" maxlength="160"' in page, "the name field's cap")
