"""test_bulk.py - one decision on many comments: the queue page's bulk
form (POST /admin/queue/bulk) and POST /api/v1/mod/comments/bulk. Each
comment is decided as a single action would decide it, with its own audit
row; one decided already or refused is skipped and counted, the rest are
decided; more than a page of the queue (50) at once is refused whole."""
import json
import re

from harness import check, eq
from test_admin import csrf_of, premoderated_queue, queue_ids
from test_read import ARTICLE_PATH

ES = {"Accept-Language": "es-MX,es;q=0.9"}


def bulk(mod, fields):
    """Posts the bulk form; fields is a list of (name, value) pairs, as a
    browser sends ticked boxes that share a name."""
    return mod.post_form("/admin/queue/bulk", fields)


def picks(ids, action, csrf, *extra):
    return [("csrf", csrf), ("action", action)] + \
        [("id", str(i)) for i in ids] + list(extra)


def log_rows(mod, cid):
    r = mod.get("/api/v1/mod/log?id=%d" % cid)
    eq(r.status, 200, r.text)
    return r.json()["log"]


def api_bulk(mod, body, csrf):
    h = {"Content-Type": "application/json"}
    if csrf:
        h["X-CSRF-Token"] = csrf
    return mod.request("POST", "/api/v1/mod/comments/bulk",
                       body if isinstance(body, str) else json.dumps(body), h)


def test_bulk_form_approves_and_removes_the_ticked_ones(srv):
    mod, aid, ids = premoderated_queue(srv, 6)
    page = mod.get("/admin/queue").text
    csrf = csrf_of(page)
    # the page: one form, a box in each item that belongs to it
    check('<form method="post" action="/admin/queue/bulk" id="bulk"' in page,
          "the bulk form")
    for cid in ids:
        check(re.search(r'<input type="checkbox" class="bulk-pick" name="id" '
                        r'form="bulk" value="%d">' % cid, page),
              "a box for %d" % cid)
    check('name="shown" value="%s"' % ",".join(map(str, ids)) in page,
          "the page's items, for select all without JavaScript")
    check("Select all on this page" in page and "Approve selected" in page and
          "Remove selected" in page, "the controls")
    check("<kbd>x</kbd>" in page, "x in the cheat-sheet")

    # two ticked (one of them twice): two decided, back to the same view
    r = bulk(mod, picks([ids[0], ids[1], ids[1]], "approve", csrf,
                        ("why", "pending"), ("order", "newest")))
    eq(r.status, 303, r.text)
    eq(r.header("Location"), "/admin/queue?done=bulk-approved&n=2&skipped=0"
       "&failed=0&why=pending&order=newest", "counts and the view")
    page = mod.get(r.header("Location")).text
    check('<p class="flash" role="status">2 approved.</p>' in page,
          "the notice: " + page[:3000])
    eq(queue_ids(page), list(reversed(ids[2:])), "the two left the queue")
    public = srv.client().get(ARTICLE_PATH).text
    check("Queued comment number 0" in public and
          "Queued comment number 1" in public, "both public")
    for cid in ids[:2]:
        rows = log_rows(mod, cid)
        eq(len(rows), 1, "one audit row for %d" % cid)
        eq((rows[0]["action"], rows[0]["actor"], rows[0]["from"],
            rows[0]["to"]), ("approve", "Kathi", "pending", "visible"),
           "the row a single approval writes")

    # a removal needs a reason, as one does: refused whole, nothing changed
    r = bulk(mod, picks(ids[2:4], "remove", csrf))
    eq(r.status, 422, "remove without a reason")
    check("Choose a reason for the removal." in r.text, "says why")
    eq(queue_ids(r.text), ids[2:], "nothing changed")
    eq(log_rows(mod, ids[2]), [], "no row")
    r = bulk(mod, picks(ids[2:4], "remove", csrf, ("reason", "spam")))
    eq(r.status, 303, r.text)
    eq(r.header("Location"),
       "/admin/queue?done=bulk-removed&n=2&skipped=0&failed=0", "removed")
    check("2 removed." in mod.get(r.header("Location")).text, "the notice")
    # pending, never public: they leave no tombstone (test_unseen.py)
    page = srv.client().get(ARTICLE_PATH).text
    check("Removed by a moderator: <bdi>spam</bdi>" not in page,
          "no tombstones")
    for cid in ids[2:4]:
        rows = log_rows(mod, cid)
        eq([(x["action"], x["reason"]) for x in rows], [("remove", "spam")],
           "one removal row for %d" % cid)

    # a mixed batch: one pending, one approved already, one removed (which
    # approve does not apply to): one decided, two skipped and said so
    r = bulk(mod, picks([ids[4], ids[0], ids[2]], "approve", csrf))
    eq(r.status, 303, r.text)
    eq(r.header("Location"),
       "/admin/queue?done=bulk-approved&n=1&skipped=2&failed=0", "mixed")
    page = mod.get(r.header("Location")).text
    check("1 approved. 2 skipped: they changed meanwhile or had been decided "
          "already." in page, "the notice with both numbers")
    eq(queue_ids(page), [ids[5]], "one left")
    eq(len(log_rows(mod, ids[0])), 1, "the skipped one has no second row")
    eq([x["action"] for x in log_rows(mod, ids[2])], ["remove"],
       "the removed one stays removed")
    eq([x["action"] for x in log_rows(mod, ids[4])], ["approve"], "decided")

    # in Spanish
    page = mod.get("/admin/queue?done=bulk-removed&n=1&skipped=3&failed=2",
                   ES).text
    check("1 eliminado. 3 omitidos: cambiaron mientras tanto o ya estaban "
          "decididos." in page, "the notice in Spanish")
    check("2 no se pudieron guardar" in page, "the failures in Spanish")
    check("Aprobar los marcados" in page and "Marcar todos los de esta "
          "página" in page, "the form in Spanish")


def test_bulk_form_select_all_without_javascript(srv):
    mod, aid, ids = premoderated_queue(srv, 3)
    page = mod.get("/admin/queue").text
    m = re.search(r'name="shown" value="([0-9,]*)"', page)
    check(m, "the shown field")
    # "Select all on this page" ticked, no box: every item shown
    r = bulk(mod, [("csrf", csrf_of(page)), ("action", "approve"),
                   ("all", "yes"), ("shown", m.group(1))])
    eq(r.status, 303, r.text)
    eq(r.header("Location"),
       "/admin/queue?done=bulk-approved&n=3&skipped=0&failed=0", "all three")
    eq(queue_ids(mod.get("/admin/queue").text), [], "the queue is empty")
    # "shown" alone, without "all", names nothing
    r = bulk(mod, [("csrf", csrf_of(page)), ("action", "approve"),
                   ("shown", m.group(1))])
    eq(r.status, 422, "nothing ticked")


def test_bulk_form_refusals_and_limit(srv):
    mod, aid, ids = premoderated_queue(srv, 2)
    csrf = csrf_of(mod.get("/admin/queue").text)

    # no session, no CSRF field, a wrong one: refused, nothing changed
    r = srv.client().post_form("/admin/queue/bulk",
                               picks(ids, "approve", csrf))
    eq(r.status, 401, "no session")
    r = bulk(mod, [("action", "approve")] + [("id", str(i)) for i in ids])
    eq(r.status, 403, "no CSRF field")
    r = bulk(mod, picks(ids, "approve", "f" * 64))
    eq(r.status, 403, "a wrong CSRF token")
    eq(queue_ids(mod.get("/admin/queue").text), ids, "nothing changed")

    # nothing ticked, an action the form does not offer, an id that is not
    r = bulk(mod, picks([], "approve", csrf))
    eq(r.status, 422, "none ticked")
    check("No comment was selected" in r.text, "says so")
    for action in ("purge", "ban", ""):
        eq(bulk(mod, picks(ids, action, csrf)).status, 400, action)
    eq(bulk(mod, picks(ids, "approve", csrf, ("id", "x"))).status, 400,
       "not an id")

    # more than a page of the queue: 413 and nothing changed; the ids need
    # not exist, the count is refused before any is read
    many = ids + list(range(10 ** 6, 10 ** 6 + 49))
    r = bulk(mod, picks(many, "approve", csrf))
    eq(r.status, 413, "51 ids")
    check("At most 50 comments at a time; nothing was changed." in r.text,
          "says so")
    r = bulk(mod, picks(many + list(range(2 * 10 ** 6, 2 * 10 ** 6 + 20)),
                        "approve", csrf))
    eq(r.status, 413, "more ids than a form has fields")
    check("more fields than a staff form may" in r.text, "says so")
    eq(queue_ids(mod.get("/admin/queue").text), ids, "nothing changed")
    for cid in ids:
        eq(log_rows(mod, cid), [], "no audit row")
    # fifty is allowed: the two real ones decided, the others not found
    r = bulk(mod, picks(ids + list(range(10 ** 6, 10 ** 6 + 48)), "approve",
                        csrf))
    eq(r.status, 303, "fifty")
    eq(r.header("Location"),
       "/admin/queue?done=bulk-approved&n=2&skipped=48&failed=0", "counts")

    # the notice is made of numbers only, never of the URL's text
    for q in ("n=<b>x</b>&skipped=0&failed=0", "n=51&skipped=0&failed=0",
              "n=2&skipped=-1&failed=0", "n=2"):
        page = mod.get("/admin/queue?done=bulk-approved&" + q).text
        check('class="flash"' not in page and "<b>x" not in page, q)


def test_bulk_api(srv):
    mod, aid, ids = premoderated_queue(srv, 5)
    csrf = csrf_of(mod.get("/admin/queue").text)

    r = api_bulk(mod, {"action": "approve", "ids": [ids[0], ids[1], ids[0]]},
                 csrf)
    eq(r.status, 200, r.text)
    body = r.json()
    eq((body["action"], body["done"], body["skipped"], body["failed"]),
       ("approve", 2, 0, 0), "counts")
    eq([(x["id"], x["result"], x["status"]) for x in body["results"]],
       [(ids[0], "done", "visible"), (ids[1], "done", "visible")],
       "one result an id, in order, each once")

    # mixed: one pending, one already approved, one gone
    r = api_bulk(mod, {"action": "approve",
                       "ids": [ids[2], ids[0], 999999]}, csrf)
    eq(r.status, 200, r.text)
    body = r.json()
    eq((body["done"], body["skipped"], body["failed"]), (1, 2, 0), "counts")
    res = {x["id"]: x for x in body["results"]}
    eq(res[ids[2]]["result"], "done", "decided")
    eq((res[ids[0]]["result"], res[ids[0]]["code"]), ("skipped", "already"),
       "approved already")
    eq((res[999999]["result"], res[999999]["code"]), ("skipped", "not_found"),
       "no such comment")
    check(res[999999]["message"], "with a sentence")

    # remove: the reason is required, and lands in each row
    r = api_bulk(mod, {"action": "remove", "ids": [ids[3]]}, csrf)
    eq(r.status, 422, "no reason")
    eq(r.json()["error"]["code"], "refused", "refused")
    r = api_bulk(mod, {"action": "remove", "ids": [ids[3], ids[4]],
                       "reason": "spam", "note": "raid"}, csrf)
    eq(r.status, 200, r.text)
    eq([(x["result"], x["status"]) for x in r.json()["results"]],
       [("done", "removed")] * 2, "both removed")
    # removed already: skipped; removed, approve does not apply: not_allowed
    r = api_bulk(mod, {"action": "remove", "ids": [ids[3]],
                       "reason": "spam"}, csrf)
    eq(r.json()["results"][0]["code"], "already", "removed already")
    r = api_bulk(mod, {"action": "approve", "ids": [ids[4]]}, csrf)
    eq((r.json()["results"][0]["result"], r.json()["results"][0]["code"]),
       ("skipped", "not_allowed"), "a removed comment is not approved")
    for cid in ids[3:]:
        rows = log_rows(mod, cid)
        eq([(x["action"], x["actor"], x["reason"], x["note"]) for x in rows],
           [("remove", "Kathi", "spam", "raid")], "one row for %d" % cid)
    for cid in ids[:3]:
        eq([x["action"] for x in log_rows(mod, cid)], ["approve"],
           "one row for %d" % cid)

    # the limit, and malformed requests: nothing changed
    fresh = premoderated_more(srv, mod, aid, 1)
    r = api_bulk(mod, {"action": "approve",
                       "ids": fresh + list(range(10 ** 6, 10 ** 6 + 50))},
                 csrf)
    eq(r.status, 413, "51 ids")
    eq(r.json()["error"]["code"], "too_many", "too_many")
    check("At most 50" in r.json()["error"]["message"], "says so")
    for bad in ({"action": "approve", "ids": []},
                {"action": "approve"},
                {"action": "approve", "ids": [0]},
                {"action": "approve", "ids": ["1"]},
                {"action": "approve", "ids": fresh[0]},
                {"action": "purge", "ids": fresh},
                {"action": "restore", "ids": fresh},
                {"ids": fresh},
                {"action": "approve", "ids": fresh, "reason": 3}):
        r = api_bulk(mod, bad, csrf)
        eq(r.status, 400, json.dumps(bad))
        eq(r.json()["error"]["code"], "bad_request", json.dumps(bad))
    eq(api_bulk(mod, "[1,2]", csrf).status, 400, "not an object")

    # no session, no CSRF token, a wrong one
    r = api_bulk(srv.client(), {"action": "approve", "ids": fresh}, None)
    eq(r.status, 401, "no session")
    r = api_bulk(mod, {"action": "approve", "ids": fresh}, None)
    eq(r.status, 403, "no CSRF token")
    r = api_bulk(mod, {"action": "approve", "ids": fresh}, "0" * 64)
    eq(r.status, 403, "a wrong CSRF token")
    eq(queue_ids(mod.get("/admin/queue").text), fresh, "still waiting")
    eq(log_rows(mod, fresh[0]), [], "no audit row")


def premoderated_more(srv, mod, aid, n):
    """n more comments on the pre-moderated article; their ids."""
    out = []
    for i in range(n):
        r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                                   {"body": "One more, number %d" % i})
        eq(r.status, 202, r.text)
        out.append(r.json()["comment"]["id"])
    return out
