"""test_i18n.py - the reader's language: Accept-Language, the charla_lang
cookie set by /lang/<code>, the page cache and ETags per language, Spanish
dates, tombstones and form messages."""
import html
import re
import urllib.parse

import harness
import test_embed as embed_helpers
from harness import check, eq
from test_mod import act, add_user, comments, login
from test_read import ARTICLE_PATH

ES = {"Accept-Language": "es-MX,es;q=0.9,en;q=0.8"}
EN = {"Accept-Language": "en-US"}


def test_spanish_page_by_accept_language(srv):
    r = srv.client().get(ARTICLE_PATH, ES)
    eq(r.status, 200, "status")
    page = r.text
    check('<html lang="es">' in page, "lang attribute")
    check(">Responder</a>" in page, "reply link")
    check(">Reportar</a>" in page, "report link")
    check("Anónimo" in page, "imported anonymous comments")
    check("Eliminado por moderación" in page, "the 1.1 tombstone")
    check("16 de julio de 2021" in page, "Spanish date")
    check("Únete a la conversación" in page, "form heading")
    check(">English</a>" in page, "switch to English in the footer")
    check(">Reply<" not in page and "Removed by a moderator" not in page,
          "no English left")
    check("AM<" not in page and "PM<" not in page, "24-hour times")
    check("Accept-Language" in (r.header("Vary") or ""), "Vary")


def test_english_page_stays_english(srv):
    for headers in (EN, {}, {"Accept-Language": "fr-CA,fr;q=0.9"}):
        page = srv.client().get(ARTICLE_PATH, headers).text
        check('<html lang="en">' in page, "lang en for %r" % headers)
        check(">Reply</a>" in page, "Reply")
        check("July 16, 2021" in page, "English date")
        check("Removed by a moderator" in page, "English tombstone")
        check(">Español</a>" in page, "switch to Spanish in the footer")
        check("Responder" not in page, "no Spanish")


def test_cache_and_etag_per_language(srv):
    c = srv.client()
    es = c.get(ARTICLE_PATH, ES)
    en = c.get(ARTICLE_PATH, EN)
    check('lang="es"' in es.text and 'lang="en"' in en.text,
          "each reader gets their language, cached or not")
    check(es.header("ETag") and en.header("ETag"), "ETags")
    check(es.header("ETag") != en.header("ETag"), "ETags differ by language")
    # an English reader revalidating a Spanish copy gets English, not 304
    r = c.get(ARTICLE_PATH, dict(EN, **{"If-None-Match": es.header("ETag")}))
    eq(r.status, 200, "no 304 across languages")
    check('lang="en"' in r.text, "English body")
    r = c.get(ARTICLE_PATH, dict(ES, **{"If-None-Match": es.header("ETag")}))
    eq(r.status, 304, "same language revalidates")
    # and the Spanish copy is still served from the cache afterwards
    again = c.get(ARTICLE_PATH, ES)
    eq(again.body, es.body, "Spanish page unchanged")
    # the JSON API's link titles follow the language too
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    j_es = c.get("/api/v1/articles/%d/comments" % aid, ES)
    j_en = c.get("/api/v1/articles/%d/comments" % aid, EN)
    check(j_es.header("ETag") != j_en.header("ETag"), "JSON ETags differ")
    check('title=\\"eliminado\\"' in j_es.text, "Spanish ref title")
    check('title=\\"removed\\"' in j_en.text, "English ref title")


def test_cookie_switch_persists(srv):
    c = srv.client()
    back = ARTICLE_PATH + "?x=1"
    r = c.get("/lang/es?back=" + urllib.parse.quote(back, safe=""), EN)
    eq(r.status, 303, "redirect")
    eq(r.header("Location"), back, "back to the page")
    cookie = r.header("Set-Cookie") or ""
    check(cookie.startswith("charla_lang=es;") and "Path=/" in cookie and
          "Max-Age=" in cookie and "SameSite=Lax" in cookie, cookie)
    eq(c.cookies.get("charla_lang"), "es", "cookie kept")
    # the cookie wins over the browser's Accept-Language, request after
    # request
    for _ in range(2):
        page = c.get(ARTICLE_PATH, EN).text
        check('lang="es"' in page and ">Responder</a>" in page, "Spanish")
    page = c.get("/", EN).text
    check('lang="es"' in page and "Artículos" in page, "front page")
    # the footer links back to English, with this page as back
    check('href="/lang/en?back&#61;' in page, "switch link")
    r = c.get("/lang/en?back=/")
    eq(r.status, 303, "switch back")
    eq(r.header("Location"), "/", "location")
    page = c.get(ARTICLE_PATH, ES).text
    check('lang="en"' in page and ">Reply</a>" in page, "English again")


def test_switch_only_goes_back_to_this_site(srv):
    c = srv.client()
    for back in ("//evil.example/x", "https://evil.example/", "/\\evil.example",
                 "evil", "", "/x\r\nSet-Cookie: a=b", "http:evil.example",
                 "http://evil.example/admin/log", "javascript:alert(1)",
                 "\\\\evil.example", " //evil.example", "/\t/evil.example",
                 "/\n/evil.example", "\\/evil.example", "%2F%2Fevil.example"):
        r = c.get("/lang/es?back=" + urllib.parse.quote(back, safe=""))
        eq(r.status, 303, "status for %r" % back)
        eq(r.header("Location"), "/", "location for %r" % back)
    r = c.get("/lang/es")
    eq(r.header("Location"), "/", "no back")
    eq(c.get("/lang/fr").status, 404, "unknown language")
    eq(c.get("/lang/es-garbage").status, 404, "only exact codes")
    eq(c.request("POST", "/lang/es", "").status, 405, "GET only")
    # a forged cookie is ignored
    c2 = srv.client()
    c2.cookies["charla_lang"] = "xx"
    check('lang="en"' in c2.get(ARTICLE_PATH, EN).text, "bad cookie ignored")


def second_page(srv):
    """Posts top-level comments until the demo thread has a page 2 (13 +
    38 = 51): a ?page= past the last page redirects."""
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    for i in range(38):
        r = c.post_json("/api/v1/articles/%d/comments" % aid,
                        {"body": "Comment %d, for a second page." % i})
        eq(r.status, 201, r.text)


def test_switch_keeps_the_query(srv):
    second_page(srv)
    c = srv.client()
    page = c.get(ARTICLE_PATH + "?page=2&thread=3&reply=3", EN).text
    link = re.search(r'href="(/lang/es\?back[^"]*)"', page).group(1)
    href = html.unescape(link)
    back = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)["back"][0]
    eq(back, ARTICLE_PATH + "?page=2&thread=3&reply=3", "the switch's back")
    r = c.get(href)
    eq(r.header("Location"), back, "back to the same page of the discussion")
    # only what chooses the part shown: not a reader's own parameters,
    # which the shared first page would hand to every reader
    def back_of(path):
        page = srv.client().get(path, EN).text
        link = re.search(r'href="(/lang/es\?back[^"]*)"', page).group(1)
        return urllib.parse.parse_qs(urllib.parse.urlsplit(
            html.unescape(link)).query)["back"][0]
    eq(back_of(ARTICLE_PATH + "?posted=9&review=1&x=%2F%2Fevil&page=2"),
       ARTICLE_PATH + "?page=2", "page 2 alone")
    eq(back_of(ARTICLE_PATH + "?posted=9&x=y"), ARTICLE_PATH,
       "the shared page, first rendered for a reader's query")
    eq(back_of(ARTICLE_PATH), ARTICLE_PATH, "the shared page, plain")
    eq(back_of(ARTICLE_PATH + "?thread=3.1%0d%0a&reply=1.2&page=1"),
       ARTICLE_PATH + "?reply=1.2", "only comment numbers, pages after 1")
    eq(back_of(ARTICLE_PATH + "?page=" + "9" * 3000), ARTICLE_PATH,
       "a page number too long")
    # and the switch itself still goes only to this site's paths
    for bad in ("//evil.example/?page=2", "/?x=\r\nSet-Cookie:a"):
        r = c.get("/lang/es?back=" + urllib.parse.quote(bad, safe=""))
        eq(r.header("Location"), "/", "refused: %r" % bad)


def test_switch_keeps_a_staff_page_filters(srv):
    """From a filtered /admin/log or /admin/queue, the switch comes back to
    the same filters, escaped, and drops a one-shot notice (done=) and
    anything the page does not read."""
    from test_admin import login as page_login

    mod = page_login(srv, "Kathi")
    second_page(srv)

    def follow(path):
        page = mod.get(path).text
        link = re.search(r'href="(/lang/e[ns]\?back[^"]*)"', page).group(1)
        href = html.unescape(link)
        back = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)[
            "back"][0]
        r = mod.get(href)
        eq(r.status, 303, "the switch for %s" % path)
        eq(r.header("Location"), back, "back for %s" % path)
        return back

    back = follow("/admin/log?action=remove&comment=%2310&actor=&done=restored"
                  "&csrf=" + "ab" * 32 + "&x=1")
    eq(back, "/admin/log?action=remove&comment=%2310",
       "the log's filters, the number's # escaped")
    page = mod.get(back).text
    check('value="#10"' in page and '<option value="remove" selected>' in page,
          "the Spanish log keeps the filters")
    check('lang="es"' in page, "in Spanish")
    back = follow("/admin/log?id=7&article=3&actor=Ana%20D%C3%ADaz%26x%3D1")
    eq(back, "/admin/log?id=7&article=3&actor=Ana%20D%C3%ADaz%26x%3D1",
       "an actor with a space, an accent and an & stays one value")
    eq(urllib.parse.parse_qs(urllib.parse.urlsplit(back).query)["actor"],
       ["Ana Díaz&x=1"], "decoded as typed")
    back = follow("/admin/queue?why=held&article=3&order=newest&page=2"
                  "&done=approve")
    eq(back, "/admin/queue?why=held&article=3&order=newest&page=2",
       "the queue's filters and page, not the notice")
    page = mod.get(back).text
    check('<option value="newest" selected>' in page, "the order kept")
    back = follow("/admin/queue?actor=x&comment=1")
    eq(back, "/admin/queue", "only the parameters this page reads")
    back = follow("/admin/log?why=held&actor=%2F%2Fevil.example")
    eq(back, "/admin/log?actor=%2F%2Fevil.example",
       "a value that looks like a host stays inside the query")
    # the login page keeps where it goes next (it checks that itself)
    mod = srv.client()
    eq(follow("/admin/login?next=%2Fadmin%2Flog%3Faction%3Dremove&done=x"),
       "/admin/login?next=%2Fadmin%2Flog%3Faction%3Dremove", "login's next")
    # a reader's page keeps only what it kept before
    eq(follow(ARTICLE_PATH + "?actor=x&page=2"), ARTICLE_PATH + "?page=2",
       "no staff parameters on a reader's page")


def set_language_setting(srv, value):
    """Writes the language setting straight into the database."""
    srv.set_setting("language", value)


def test_site_default_language(srv):
    set_language_setting(srv, "es")
    srv.restart()  # the default is re-read at most every 10 seconds
    c = srv.client()
    check('lang="es"' in c.get(ARTICLE_PATH).text, "no header: default")
    check('lang="es"' in c.get(ARTICLE_PATH, {"Accept-Language": "de"}).text,
          "unsupported language: default")
    check('lang="en"' in c.get(ARTICLE_PATH, EN).text, "English reader")


def test_spanish_reason_and_messages(srv):
    add_user(srv)
    mod = login(srv)
    _, by = comments(srv)
    eq(act(mod, by["10"]["id"], "remove", {"reason": "threat"}).status, 200,
       "remove")
    eq(act(mod, by["11"]["id"], "remove", {"reason": "shouting"}).status, 200,
       "remove with a reason of one's own")
    page = srv.client().get(ARTICLE_PATH, ES).text
    check("Eliminado por moderación: <bdi>amenaza</bdi>" in page,
          "translated reason")
    check("Eliminado por moderación: <bdi>otro</bdi>" in page and
          "shouting" not in page, "a typed reason shows as other")
    page = srv.client().get(ARTICLE_PATH, EN).text
    check("Removed by a moderator: <bdi>threat</bdi>" in page,
          "English reason")
    # a refused post in Spanish: the form page and the JSON API
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    r = c.request("POST", "/articles/%d/comments" % aid, "body=+++",
                  dict(ES, **{"Content-Type":
                              "application/x-www-form-urlencoded"}))
    eq(r.status, 422, "empty comment refused")
    check("El comentario está vacío." in r.text, "Spanish refusal")
    check('lang="es"' in r.text, "Spanish page")
    r = c.request("POST", "/api/v1/articles/%d/comments" % aid,
                  '{"body":"   "}',
                  dict(ES, **{"Content-Type": "application/json"}))
    eq(r.status, 422, "API refusal")
    eq(r.json()["error"]["message"], "El comentario está vacío.", "JSON")
    r = c.request("POST", "/api/v1/articles/%d/comments" % aid,
                  '{"body":"   "}', dict(EN, **{"Content-Type":
                                                "application/json"}))
    eq(r.json()["error"]["message"], "The comment is empty.", "English JSON")
    # the report page and its messages
    r = c.get("/comments/%d/report" % by["2"]["id"], ES)
    check("Reportar comentario" in r.text, "report page")
    r = c.request("POST", "/comments/%d/report" % by["2"]["id"], "reason=",
                  dict(ES, **{"Content-Type":
                              "application/x-www-form-urlencoded"}))
    check("Di brevemente por qué reportas" in r.text, "report refusal")
    # error pages
    r = c.get("/no/such/page", ES)
    eq(r.status, 404, "404")
    check("No hay ninguna página en esta dirección." in r.text, "404 text")


def test_embed_thread_json_language(srv):
    embed_helpers.allow(srv)
    c = srv.client()
    es = embed_helpers.thread(c, lang="es-MX")
    en = embed_helpers.thread(c)
    eq(es.status, 200, "status")
    eq(es.json()["embed"]["msg"]["reply"], "Responder", "widget texts")
    eq(es.json()["embed"]["msg"]["reasons"]["threat"], "amenaza", "reasons")
    eq(en.json()["embed"]["msg"]["reply"], "Reply", "English widget")
    check(es.header("ETag") != en.header("ETag"), "ETags differ")
    # the widget's host page language wins over the reader's cookie
    c.cookies["charla_lang"] = "en"
    r = embed_helpers.thread(c, lang="es")
    eq(r.json()["embed"]["msg"]["reply"], "Responder", "lang= wins")


def test_staff_errors_in_spanish(srv):
    """A moderator whose browser asks for Spanish gets the staff API's
    refusals in Spanish too."""
    import json
    add_user(srv)
    mod = login(srv)
    _, by = comments(srv)
    cid = by["10"]["id"]

    def mod_act(action, body, headers):
        h = dict(headers, **{"Content-Type": "application/json",
                             "X-CSRF-Token": mod.csrf})
        return mod.request("POST", "/api/v1/mod/comments/%d/%s" %
                           (cid, action), json.dumps(body), h)

    r = mod_act("remove", {}, ES)
    eq(r.status, 422, "remove without a reason")
    eq(r.json()["error"]["message"],
       "Para eliminar un comentario hace falta un motivo.", "Spanish")
    r = mod_act("remove", {}, EN)
    eq(r.json()["error"]["message"], "Removing a comment needs a reason.",
       "English")
    eq(mod_act("remove", {"reason": "threat"}, ES).status, 200, "remove")
    r = mod_act("remove", {"reason": "threat"}, ES)
    check(r.status in (403, 409), "removed twice: %d" % r.status)
    eq(r.json()["error"]["message"],
       "Este comentario no se puede eliminar en su estado actual; "
       "recarga para verlo.", "state refusal in Spanish")
    r = mod_act("frobnicate", {}, ES)
    eq(r.status, 404, "unknown action")
    eq(r.json()["error"]["message"],
       "Las acciones son approve, remove, purge, restore y redact.",
       "unknown action in Spanish")
    r = mod.get("/api/v1/mod/queue?article=x", ES)
    eq(r.status, 400, "bad article id")
    eq(r.json()["error"]["message"], "Ese no es un identificador de artículo.",
       "queue refusal in Spanish")
    r = mod.get("/api/v1/mod/queue?article=x", EN)
    eq(r.json()["error"]["message"], "That is not an article id.", "English")


def test_spanish_length_error_writes_the_number_the_spanish_way(srv):
    aid, _ = comments(srv)
    h = dict(ES, **{"Content-Type": "application/json"})
    r = srv.client().request("POST", "/api/v1/articles/%d/comments" % aid,
                             '{"body": "%s"}' % ("a" * 5001), h)
    eq(r.status, 422, r.text)
    eq(r.json()["error"]["message"],
       "El comentario tiene más de 5000 caracteres.", "5000, not 5,000")


def test_name_field_says_its_limit_in_both_languages(srv):
    """The reader learns the name's limit before posting, not after."""
    c = srv.client()
    es = c.get(ARTICLE_PATH, ES).text
    check("hasta 40 caracteres" in es, "the Spanish label names the limit")
    en = c.get(ARTICLE_PATH, EN).text
    check("up to 40 characters" in en, "the English label names the limit")
