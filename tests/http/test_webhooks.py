"""test_webhooks.py - the webhook as a receiver sees it: a signature it can
check with the secret and Python's hmac module alone, a Host header that
names the port, and the comment.reported event for reports from every
way in (the API, the embed through it, and the site's own Report form),
counted the same way in /metrics."""
import hashlib
import hmac
import http.server
import json
import re
import threading
import time

from harness import check, eq
from test_mod import comments

SECRET = "s3cret-for-the-receiver"


class Receiver:
    """An HTTP server on loopback that keeps every webhook it gets, as
    (headers, body bytes), and answers 204."""

    def __init__(self):
        got = self.got = []

        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                got.append((self.headers, body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self):
        return "http://127.0.0.1:%d/hook" % self.port

    def events(self):
        return [h["X-Charla-Event"] for h, _ in self.got]

    def wait_for(self, n):
        """Waits until n webhooks have arrived (up to 30 s: charla tries
        again after 1 and 4 s when a try fails, as one may on a busy
        machine)."""
        deadline = time.time() + 30
        while len(self.got) < n and time.time() < deadline:
            time.sleep(0.05)
        eq(len(self.got), n, "webhooks received: %r" % self.events())

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def with_receiver(srv, secret=SECRET):
    hook = Receiver()
    srv.set_setting("webhook_url", hook.url())
    srv.set_setting("webhook_secret", secret)
    return hook


def test_webhook_is_signed_with_hmac_of_the_secret_and_names_the_port(srv):
    hook = with_receiver(srv)
    try:
        aid, _ = comments(srv)
        r = srv.client().post_json(
            "/api/v1/articles/%d/comments" % aid,
            {"body": "I will find you and cut your head off, you rat"})
        eq(r.status, 202, "held for review: " + r.text)
        hook.wait_for(1)
        headers, body = hook.got[0]
        eq(headers["X-Charla-Event"], "comment.held", "event")
        eq(json.loads(body)["event"], "comment.held", "event in the body")
        # what README tells a receiver to do
        want = "sha256=" + hmac.new(SECRET.encode(), body,
                                    hashlib.sha256).hexdigest()
        check(hmac.compare_digest(headers["X-Charla-Signature"], want),
              "signature %s, want %s" % (headers["X-Charla-Signature"], want))
        eq(headers["Host"], "127.0.0.1:%d" % hook.port, "Host with the port")
    finally:
        hook.close()


def held_by_reports(srv):
    text = srv.client().get("/metrics").text
    m = re.search(r'^charla_comments_held_total\{by="reports"\} (\d+)$', text,
                  re.M)
    check(m, "the counter is in /metrics")
    return int(m.group(1))


def test_form_reports_fire_the_webhook_and_count_like_api_reports(srv):
    """Three readers report one comment by the API, three others another
    comment by the Report form: each comment is held at the third, and
    each time the receiver gets comment.reported and /metrics counts one
    comment held by reports."""
    hook = with_receiver(srv)
    try:
        _, by = comments(srv)
        by_api, by_form = by["9"]["id"], by["8"]["id"]
        eq(held_by_reports(srv), 0, "none held yet")
        for i in range(3):
            r = srv.reader().post_json("/api/v1/comments/%d/report" % by_api,
                                       {"reason": "hate"})
            eq(r.json()["held"], i == 2, "API report %d" % (i + 1))
        hook.wait_for(1)
        eq(hook.events(), ["comment.reported"], "the API's reports")
        eq(json.loads(hook.got[0][1])["comment"]["id"], by_api, "which one")
        eq(held_by_reports(srv), 1, "the API's reports counted")
        for i in range(3):
            r = srv.reader().post_form("/comments/%d/report" % by_form,
                                       {"reason": "hate"})
            eq(r.status, 200, r.text[:300])
            check("Thank you" in r.text, "form report %d taken" % (i + 1))
        hook.wait_for(2)
        eq(hook.events(), ["comment.reported"] * 2, "the form's reports too")
        eq(json.loads(hook.got[1][1])["comment"]["id"], by_form, "which one")
        eq(held_by_reports(srv), 2, "the form's reports counted")
    finally:
        hook.close()
