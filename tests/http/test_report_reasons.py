"""test_report_reasons.py - what a reader gives as the reason of a report,
and how a moderator reads it: a reason that shows nothing (white space,
a direction override, zero-width characters) is refused, in English and
Spanish, by the JSON API and the report form alike; a reason is set apart
in <bdi> wherever it is shown, so an override in it cannot reverse the
words that follow it."""
import json
from urllib.parse import urlencode

from harness import check, eq
from test_mod import add_user, comments, login

REPORTED = "9"  # a demo comment, published

SHOWS_NOTHING = (" \t ", "\u202e", "\u200b\u200b", "\u202e \u200b\u2060",
                 "\ufeff\u200d")
EN = {"Accept-Language": "en"}
ES = {"Accept-Language": "es-MX,es;q=0.9"}
EN_WORDS = "The reason shows nothing"
ES_WORDS = "El motivo no muestra nada"


def _queue_reports(srv, cid):
    add_user(srv)
    mod = login(srv)
    items = [i for i in mod.get("/api/v1/mod/queue").json()["items"]
             if i["comment"]["id"] == cid]
    return mod, items[0]["reports"] if items else []


def test_report_reason_that_shows_nothing_is_refused(srv):
    """Each reason that shows nothing gets 422 and a message saying so,
    in the reader's language, from the API and from the form; no report
    is recorded. An empty reason is refused as before, with its own
    message."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    for reason in SHOWS_NOTHING:
        for lang, words in ((EN, EN_WORDS), (ES, ES_WORDS)):
            c = srv.reader()
            r = c.request("POST", "/api/v1/comments/%d/report" % cid,
                          json.dumps({"reason": reason}),
                          dict(lang, **{"Content-Type": "application/json"}))
            eq(r.status, 422, "API, %r: %s" % (reason, r.text))
            check(words in r.json()["error"]["message"], r.text)
            r = c.request("POST", "/comments/%d/report" % cid,
                          urlencode({"reason": reason}),
                          dict(lang, **{"Content-Type":
                                        "application/x-www-form-urlencoded"}))
            eq(r.status, 422, "form, %r" % reason)
            check(words in r.text, "the form says why: %r" % reason)
            check("Thank you" not in r.text and "Gracias" not in r.text,
                  "not taken")
    r = srv.reader().post_json("/api/v1/comments/%d/report" % cid,
                               {"reason": ""})
    eq(r.status, 422, r.text)
    check("Say briefly why" in r.json()["error"]["message"], r.text)
    # a reason with words and an invisible character is a reason
    r = srv.reader().post_json("/api/v1/comments/%d/report" % cid,
                               {"reason": "\u200bspam"})
    eq(r.status, 201, r.text)
    _, reports = _queue_reports(srv, cid)
    eq([x["reason"] for x in reports], ["\u200bspam"], "one report kept")


def test_report_reason_is_isolated_in_the_queue(srv):
    """A reason ending in U+202E RIGHT-TO-LEFT OVERRIDE is shown inside
    <bdi>, so the label after it, "(not counted toward holding it)",
    reads as written."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    reason = "spam \u202eoh"
    r = srv.client().post_json("/api/v1/comments/%d/report" % cid,
                               {"reason": reason})
    eq(r.status, 201, r.text)
    mod, reports = _queue_reports(srv, cid)
    eq([x["counted"] for x in reports], [False], "a report with no cookie")
    page = mod.get("/admin/queue", EN).text
    check("<li><bdi>spam \u202eoh</bdi> <span class=\"uncounted\">"
          "(not counted toward holding it)</span></li>" in page,
          "isolated: " + page[page.find("report-reasons"):][:300])


def test_report_reason_picked_is_read_in_the_moderators_language(srv):
    """The report form suggests the moderators' reasons in the reader's
    language; one picked there ("amenaza", "exposición de datos
    personales") reads in the moderator's language in the queue
    ("threat", "doxxing"), as the removal reasons do; what a reader typed
    in their own words stays as typed, and the JSON API keeps each as
    sent."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    sent = ["amenaza", "exposición de datos personales", "spam",
            "Me parece amenaza"]
    for reason in sent:
        r = srv.client().post_json("/api/v1/comments/%d/report" % cid,
                                   {"reason": reason})
        eq(r.status, 201, r.text)
    mod, reports = _queue_reports(srv, cid)
    eq(sorted(x["reason"] for x in reports), sorted(sent), "API: as sent")
    for lang, shown in ((EN, ["threat", "doxxing", "spam",
                              "Me parece amenaza"]),
                        (ES, ["amenaza", "exposición de datos personales",
                              "spam", "Me parece amenaza"])):
        page = mod.get("/admin/queue", lang).text
        listed = page[page.find('<ul class="report-reasons">'):]
        listed = listed[:listed.find("</ul>")]
        for words in shown:
            check("<li><bdi>%s</bdi>" % words in listed,
                  "%s: %r in %s" % (lang, words, listed[:400]))
