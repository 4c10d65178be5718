"""test_limit_forms.py - the reader's forms a flood limit refuses.

A comment form over a limit comes back as it was sent (test_limits.py),
with one Retry-After, even when a store failure while the form is shown
again makes the answer a 503.
"""

from harness import check, eq
from test_limits import EN, Network, article_id, no_raid, restart_with


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
