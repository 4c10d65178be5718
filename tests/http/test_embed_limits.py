"""test_embed_limits.py - the embed widget's posts count against the same
flood limits as the site's own forms (src/api/limits.c), and a refusal
carries the CORS headers of an allowed origin so the widget can show its
message."""
import json

from harness import check, eq
from test_limits import no_raid, restart_with, slow_post_refill, solve

BLOG = "http://127.0.0.1:9"  # an allowed origin (nothing listens)


def embed_client(srv, name):
    c = srv.client()
    h = {"X-Charla-Test-Client": name, "Origin": BLOG,
         "Content-Type": "application/json"}

    def post(path, obj):
        return c.request("POST", path, json.dumps(obj), h)

    def get(path):
        return c.get(path, {"X-Charla-Test-Client": name, "Origin": BLOG})
    return post, get


def widget_thread(srv, name, page):
    """Restarts srv with BLOG allowed and test clients told apart; the
    post and get of the widget client name, and the id of page's thread."""
    no_raid(srv)
    slow_post_refill(srv)
    srv.set_setting("embed_origins", BLOG)
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    post, get = embed_client(srv, name)
    r = get("/embed/thread.json?url=" + BLOG + page)
    eq(r.status, 200, r.text)
    return post, get, r.json()["article"]["id"]


def test_embed_posts_are_flood_limited_and_say_so_across_origins(srv):
    post, get, aid = widget_thread(srv, "widget-flooder",
                                   "/2024/05/flood.html")
    path = "/embed/comments?article=%d" % aid
    got = [post(path, {"body": "Widget flood number %d." % i}).status
           for i in range(6)]
    eq(got, [201] * 6, "a burst of five after the first")
    r = post(path, {"body": "One too many through the widget."})
    eq(r.status, 429, "the widget's post over the limit: " + r.text)
    eq(r.json()["error"]["code"], "too_many_posts", "JSON for the widget")
    check(r.header("Retry-After"), "Retry-After")
    eq(r.header("Access-Control-Allow-Origin"), BLOG,
       "the widget may read the refusal")
    cid = [c for c in get("/embed/thread.json?url=" + BLOG +
                          "/2024/05/flood.html").json()["comments"]][0]["id"]
    r = post("/embed/report?comment=%d" % cid, {"reason": "spam"})
    eq(r.status, 429, "a report through the widget counts too: " + r.text)
    r = post("/embed/me/erase", {"confirm": "erase"})
    eq(r.status, 429, "and an erasure: " + r.text)
    other, _ = embed_client(srv, "widget-reader")
    eq(other(path, {"body": "Another reader is not affected."}).status, 201,
       "another client posts")


def test_embed_posts_need_the_proof_of_work_the_site_asks(srv):
    """With pow_bits set, a comment through the widget needs the proof the
    site's own forms need; the challenge and the refusal carry the CORS
    headers of an allowed origin, so the widget can read both."""
    srv.set_setting("pow_bits", "10")
    post, get, aid = widget_thread(srv, "widget-worker", "/2024/05/work.html")
    path = "/embed/comments?article=%d" % aid
    r = post(path, {"body": "Posted with no work done."})
    eq(r.status, 403, "no proof: " + r.text)
    eq(r.json()["error"]["code"], "pow_required", "code")
    eq(r.header("Access-Control-Allow-Origin"), BLOG, "the widget reads it")
    r = get("/api/v1/pow?article=%d" % aid)
    eq(r.status, 200, r.text)
    eq(r.header("Access-Control-Allow-Origin"), BLOG,
       "the widget reads the challenge")
    ch = r.json()
    eq(ch["bits"], 10, "the site's bits")
    proof = solve(ch["challenge"], ch["bits"])
    r = post(path, {"body": "Posted with the work done.", "pow": proof})
    eq(r.status, 201, "with the proof: " + r.text)
    # a report asks no proof, as the site's report form does not
    r = post("/embed/report?comment=%d" % r.json()["comment"]["id"],
             {"reason": "spam"})
    eq(r.status, 201, "a report: " + r.text)
    # another origin is told nothing
    c = srv.client()
    r = c.get("/api/v1/pow", {"X-Charla-Test-Client": "widget-worker",
                              "Origin": "https://evil.example"})
    eq(r.header("Access-Control-Allow-Origin"), None, "no CORS elsewhere")


def test_a_post_refused_for_its_proof_of_work_costs_no_post(srv):
    """The widget (and the site's script) posts, is refused for want of a
    proof, works one and posts again: the refused post, which stored
    nothing, does not count against the reader's posts, so a site that
    allows one post at a time still takes the second."""
    srv.set_setting("pow_bits", "10")
    srv.set_setting("rate_post_burst", "1")
    post, get, aid = widget_thread(srv, "widget-once", "/2024/05/once.html")
    path = "/embed/comments?article=%d" % aid
    r = post(path, {"body": "Posted with no work done."})
    eq(r.status, 403, "no proof: " + r.text)
    ch = get("/api/v1/pow?article=%d" % aid).json()
    proof = solve(ch["challenge"], ch["bits"])
    r = post(path, {"body": "Posted with the work done.", "pow": proof})
    eq(r.status, 201, "with the proof, after the refusal: " + r.text)
