"""test_limit_forms.py - the reader's forms a flood limit refuses.

A comment form over a limit comes back as it was sent (test_limits.py);
so do the report form and the erase confirmation: the same page again,
the message above the form in the reader's language, what the reader
typed still in it, 429 and one Retry-After. A store failure while the
form is shown again is a 503 with one Retry-After too.
"""
import html
import re

from harness import check, eq
from test_limits import EN, ES, Network, article_id, english_free, no_raid, \
    restart_with


def alert_of(r, what):
    m = re.search(r'<p class="form-error" role="alert">([^<]*)</p>', r.text)
    check(m, what + ": the message above the form")
    return html.unescape(m.group(1))


def one_retry_after(r, what):
    got = r.headers_named("Retry-After")
    eq(len(got), 1, what + ": one Retry-After, got %r" % got)
    check(int(got[0]) >= 1, what + ": Retry-After in seconds")
    return int(got[0])


def limited_to_one_post(srv):
    """Each reader may send one post (comment, report, erasure), then
    waits; readers are told apart by network (X-Forwarded-For)."""
    no_raid(srv)
    srv.set_setting("rate_post_burst", "1")
    srv.set_setting("rate_post_interval_s", "60")
    restart_with(srv, CHARLA_TRUST_PROXY="1")


def comment_ids(srv):
    aid = article_id(srv)
    th = srv.client().get("/api/v1/articles/%d/comments" % aid).json()
    return [c["id"] for c in th["comments"] if c["status"] == "visible"]


def test_limit_forms_report_form_comes_back_with_the_reason(srv):
    limited_to_one_post(srv)
    first, second = comment_ids(srv)[:2]
    reason = 'Amenaza <b>"grave"</b> & repetida'
    for what, lang, addr, words in [
            ("es", ES, "198.51.100.31", "vuelve a enviar tu reporte"),
            ("en", EN, "198.51.101.31", "send your report again")]:
        n = Network(srv, addr, lang)
        r = n.post_form("/comments/%d/report" % first, {"reason": "spam"})
        eq(r.status, 200, what + ": the one report the limit allows")
        r = n.post_form("/comments/%d/report" % second, {"reason": reason})
        eq(r.status, 429, what + ": the second report")
        check("text/html" in r.header("Content-Type"), what + ": a page")
        one_retry_after(r, what)
        check(words in alert_of(r, what), "%s: %r" % (what, alert_of(r, what)))
        check('action="/comments/%d/report"' % second in r.text,
              what + ": the report form again")
        m = re.search(r'<input id="reason" name="reason"[^>]* value="([^"]*)"',
                      r.text)
        check(m, what + ": the reason is in the field")
        eq(html.unescape(m.group(1)), reason, what + ": the reason is kept")
        if what == "es":
            check('<html lang="es"' in r.text, "a Spanish page")
            english_free(r.text, "the report form")
    th = srv.client().get("/api/v1/articles/%d/comments"
                          % article_id(srv)).json()
    eq([c["status"] for c in th["comments"] if c["id"] == second],
       ["visible"], "the comment is untouched")


def test_limit_forms_report_from_another_site_gets_the_plain_page(srv):
    limited_to_one_post(srv)
    first, second = comment_ids(srv)[:2]
    n = Network(srv, "198.51.102.31", EN)
    eq(n.post_form("/comments/%d/report" % first, {"reason": "spam"}).status,
       200, "the one report")
    n.h["Sec-Fetch-Site"] = "cross-site"
    r = n.post_form("/comments/%d/report" % second, {"reason": "spam"})
    eq(r.status, 429, "refused")
    check('name="reason"' not in r.text, "no form shown to another site")


def me_token(n):
    page = n.get("/me").text
    return re.search(r'name="token" value="([0-9a-f]{32})"', page).group(1)


def test_limit_forms_erase_comes_back_with_the_word(srv):
    limited_to_one_post(srv)
    aid = article_id(srv)
    for what, lang, addr, word, words in [
            ("es", ES, "198.51.100.41", "borrar", "Todavía no se borró nada"),
            ("en", EN, "198.51.101.41", "erase", "Nothing was erased yet")]:
        n = Network(srv, addr, lang)
        eq(n.post_json("/api/v1/articles/%d/comments" % aid,
                       {"body": "Mine, from " + what}).status, 201,
           what + ": the one post the limit allows")
        token = me_token(n)
        r = n.post_form("/me/erase", {"token": token, "confirm": word})
        eq(r.status, 429, what + ": the erasure right after")
        check("text/html" in r.header("Content-Type"), what + ": a page")
        one_retry_after(r, what)
        check(words in alert_of(r, what), "%s: %r" % (what, alert_of(r, what)))
        m = re.search(r'<input name="confirm"[^>]* value="([^"]*)"', r.text)
        check(m, what + ": the word is in the field")
        eq(html.unescape(m.group(1)), word, what + ": the word is kept")
        check('action="/me/erase"' in r.text, what + ": the erase form")
        check("no-store" in (r.header("Cache-Control") or ""), "not cached")
        ex = n.get("/me/export").json()
        eq([x["status"] for x in ex["comments"]], ["visible"],
           what + ": nothing erased")
        if what == "es":
            check('<html lang="es"' in r.text, "a Spanish page")
            english_free(r.text, "the erase form")


def test_limit_forms_store_failure_sends_one_retry_after(srv):
    """A comment form over the limit is shown again with the article; if
    the store fails then, the answer is the 503 page with one Retry-After
    (the longer wait), not one from each refusal."""
    limited_to_one_post(srv)
    aid = article_id(srv)
    n = Network(srv, "198.51.100.51", EN)
    eq(n.post_json("/api/v1/articles/%d/comments" % aid,
                   {"body": "The one post."}).status, 201, "the one post")
    srv.db_exec("ALTER TABLE comments RENAME TO comments_away")
    try:
        r = n.post_form("/articles/%d/comments" % aid, {"body": "Another."})
    finally:
        srv.db_exec("ALTER TABLE comments_away RENAME TO comments")
    eq(r.status, 503, "the thread could not be read")
    check(one_retry_after(r, "503") >= 5, "the longer of the two waits")
