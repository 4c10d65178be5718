"""test_reports.py - reader reports hold a comment only when a crowd sends
them: one person cannot hide a comment by sending the same report three
times without a cookie, with new cookies from one network, nor hide a
staff comment, nor hide again a comment a moderator approved without new
reports enough (mod_report in src/core/moderation.h)."""
import json

from harness import check, eq
from test_limits import Named, restart_with
from test_mod import act, add_user, comments, login

REPORTED = "9"  # a demo comment, published


def report_url(cid):
    return "/api/v1/comments/%d/report" % cid


def visible(srv, number):
    _, by = comments(srv)
    return number in by


def queue_item(mod, cid):
    items = [i for i in mod.get("/api/v1/mod/queue").json()["items"]
             if i["comment"]["id"] == cid]
    eq(len(items), 1, "in the queue")
    return items[0]


def test_reports_without_a_cookie_do_not_hide(srv):
    """Three reports without a reader cookie, by the API and by the form:
    each gets a new cookie, none counts, the comment stays on the page and
    waits in the queue as reported."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    for _ in range(3):
        r = srv.client().post_json(report_url(cid), {"reason": "spam"})
        eq(r.status, 201, r.text)
        eq(r.json()["held"], False, "not held")
        check("charla_reader" in r.header("Set-Cookie"), "a cookie is set")
    for _ in range(3):
        r = srv.client().post_form("/comments/%d/report" % cid,
                                   {"reason": "spam"})
        eq(r.status, 200, r.text[:300])
        check("Thank you" in r.text, "the report is taken")
    check(visible(srv, REPORTED), "still on the page")
    add_user(srv)
    mod = login(srv)
    item = queue_item(mod, cid)
    eq(item["why"], ["reported"], "reported, not held")
    eq(len(item["reports"]), 6, "every report listed")
    check(not any(r["counted"] for r in item["reports"]), "none counted")
    for lang, words in (("en", "(not counted toward holding it)"),
                        ("es", "(no cuenta para retenerlo)")):
        page = mod.get("/admin/queue", {"Accept-Language": lang}).text
        eq(page.count(words), 6, lang + ": each report marked")


def test_reports_from_three_readers_hide(srv):
    """Three readers who came back with their cookies: held at the third,
    through the API and the form alike."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    a, b, c = srv.reader(), srv.reader(), srv.reader()
    eq(a.post_json(report_url(cid), {"reason": "hate"}).json()["held"], False,
       "one")
    r = b.post_form("/comments/%d/report" % cid, {"reason": "hate"})
    check("Thank you" in r.text, "two, by the form")
    check(visible(srv, REPORTED), "two do not hide it")
    eq(c.post_json(report_url(cid), {"reason": "hate"}).json()["held"], True,
       "held at three")
    check(not visible(srv, REPORTED), "off the page")
    add_user(srv)
    mod = login(srv)
    check(all(r["counted"] for r in queue_item(mod, cid)["reports"]),
          "all three counted")
    check("not counted" not in mod.get("/admin/queue").text, "none marked")


def test_one_network_counts_once(srv):
    """With the flood limits on (a remote client), the reviewer's flood:
    cookie-less reports, then reports with three cookies of their own,
    all from one network, count once; readers of two other networks make
    three."""
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    for _ in range(3):
        r = Named(srv, "one-network").post_json(report_url(cid),
                                                {"reason": "spam"})
        eq(r.status, 201, r.text)
        eq(r.json()["held"], False, "cookie-less")
    for _ in range(3):
        them = Named(srv, "one-network")
        them.c.cookies = srv.reader().cookies
        r = them.post_json(report_url(cid), {"reason": "spam"})
        eq(r.status, 201, r.text)
        eq(r.json()["held"], False, "new cookies, one network")
    check(visible(srv, REPORTED), "still on the page")
    for i, net in enumerate(("second-network", "third-network")):
        other = Named(srv, net)
        other.c.cookies = srv.reader().cookies
        eq(other.post_json(report_url(cid), {"reason": "spam"}).json()["held"],
           i == 1, net)
    check(not visible(srv, REPORTED), "three networks hold it")


def test_staff_comment_is_not_hidden_by_reports(srv):
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    r = mod.request("POST", "/api/v1/articles/%d/comments" % aid,
                    json.dumps({"body": "Language please", "parent": "1"}),
                    {"Content-Type": "application/json",
                     "X-CSRF-Token": mod.csrf})
    eq(r.status, 201, r.text)
    staff = r.json()["comment"]
    for _ in range(4):
        r = srv.reader().post_json(report_url(staff["id"]),
                                   {"reason": "insult"})
        eq(r.status, 201, r.text)
        eq(r.json()["held"], False, "never held")
    check(visible(srv, staff["number"]), "still on the page")
    item = queue_item(mod, staff["id"])
    eq(item["why"], ["reported"], "in the queue as reported")
    eq(len(item["reports"]), 4, "reports listed")


def test_approved_comment_needs_new_reports_to_be_hidden(srv):
    """After an approval only reports made since count: cookie-less ones do
    not, the earlier reporters cannot report again, and three new readers
    hold it again."""
    _, by = comments(srv)
    cid = by[REPORTED]["id"]
    first = [srv.reader() for _ in range(3)]
    for c in first:
        c.post_json(report_url(cid), {"reason": "hate"})
    check(not visible(srv, REPORTED), "held by three")
    add_user(srv)
    mod = login(srv)
    eq(act(mod, cid, "approve").status, 200, "approved")
    check(visible(srv, REPORTED), "back on the page")

    for _ in range(3):
        eq(srv.client().post_json(report_url(cid),
                                  {"reason": "hate"}).json()["held"],
           False, "cookie-less, after the approval")
    eq(first[0].post_json(report_url(cid), {"reason": "hate"}).status, 409,
       "an earlier reporter was heard already")
    again = [srv.reader() for _ in range(3)]
    for i, c in enumerate(again):
        eq(c.post_json(report_url(cid), {"reason": "hate"}).json()["held"],
           i == 2, "new reader %d" % (i + 1))
    check(not visible(srv, REPORTED), "held again by three new readers")
