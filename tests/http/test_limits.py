"""test_limits.py - flood limits and the proof of work (src/api/limits.c).

Every request of the suite comes from 127.0.0.1, and loopback is not
limited (a local proxy or admin). To be "remote" clients, these tests
restart the server with CHARLA_TRUST_TEST_CLIENT=1 and name each client
with the X-Charla-Test-Client header (see docs/security.md), or, for the
messages in each language, with CHARLA_TRUST_PROXY=1 and X-Forwarded-For
as behind a reverse proxy.
"""
import hashlib
import os

from harness import check, eq


def restart_with(srv, **env):
    """Restarts srv with extra environment variables (then restores ours)."""
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        srv.restart()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class Named:
    """A client that names itself with X-Charla-Test-Client."""

    def __init__(self, srv, name):
        self.c = srv.client()
        self.name = name

    def _h(self, extra=None):
        h = {"X-Charla-Test-Client": self.name}
        h.update(extra or {})
        return h

    def get(self, path):
        return self.c.get(path, headers=self._h())

    def post_json(self, path, obj, extra=None):
        import json
        return self.c.request("POST", path, json.dumps(obj),
                              self._h(dict({"Content-Type":
                                            "application/json"},
                                           **(extra or {}))))

    def post_form(self, path, fields):
        from urllib.parse import urlencode
        return self.c.request("POST", path, urlencode(fields), self._h(
            {"Content-Type": "application/x-www-form-urlencoded"}))


def article_id(srv):
    return srv.client().get("/api/v1/articles").json()["articles"][0]["id"]


def no_raid(srv):
    """Raid mode would hold a burst of posts; these tests measure limits."""
    for k in ("raid_comments_per_min", "raid_readers_per_min"):
        srv.set_setting(k, "0")


def slow_post_refill(srv):
    """A reader's post bucket gains a token an hour instead of every ten
    seconds: on a slow machine a test's burst and the refusals after it
    may take longer than ten seconds, and a token back in between would
    let a post through that the test expects refused."""
    srv.set_setting("rate_post_interval_s", "3600")


def test_limits_posts_per_reader(srv):
    no_raid(srv)
    slow_post_refill(srv)
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    a = Named(srv, "alice")
    # the first post has no token yet and counts against the network; the
    # reader's own bucket (burst 5) starts with the token it receives
    got = [a.post_json(url, {"body": "Flood number %d from alice." % i}).status
           for i in range(6)]
    eq(got, [201] * 6, "a burst of five is allowed")
    r = a.post_json(url, {"body": "One too many from alice."})
    eq(r.status, 429, "the sixth post is refused")
    check(r.header("Retry-After") and int(r.header("Retry-After")) >= 1,
          "Retry-After")
    eq(r.json()["error"]["code"], "too_many_posts", "JSON error code")
    check("wait" in r.json()["error"]["message"], "a human message")
    r = a.post_form("/articles/%d/comments" % aid,
                    {"body": "And by the form."})
    eq(r.status, 429, "the form too")
    check("text/html" in r.header("Content-Type"), "HTML for the form")
    check(r.header("Retry-After"), "Retry-After on HTML")
    b = Named(srv, "bob")
    eq(b.post_json(url, {"body": "Bob is not alice."}).status, 201,
       "another client is not affected")
    eq(a.get("/").status, 200, "alice can still read")


def test_limits_reads_per_prefix(srv):
    # the default burst (100), refilled at one a second: at the default 20
    # a second, a client slower than that (a busy machine) is never refused
    srv.set_setting("rate_read_per_s", "1")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    a = Named(srv, "flooder")
    statuses = [a.get("/healthz").status for _ in range(160)]
    check(statuses[:90] == [200] * 90, "the burst is served")
    check(429 in statuses, "a read flood is refused at some point")
    r = a.get("/api/v1/articles")
    if r.status == 429:
        check(r.header("Retry-After"), "Retry-After")
        eq(r.json()["error"]["code"], "too_many_requests", "JSON under /api/")
    eq(Named(srv, "reader").get("/").status, 200, "others still read")


def test_limits_loopback_is_not_limited(srv):
    no_raid(srv)
    srv.restart()  # no CHARLA_TRUST_TEST_CLIENT: the header means nothing
    url = "/api/v1/articles/%d/comments" % article_id(srv)
    a = Named(srv, "alice")
    got = [a.post_json(url, {"body": "Local post %d." % i}).status
           for i in range(8)]
    eq(got, [201] * 8, "loopback posts are not limited")


PROXY_WARNING = "CHARLA_TRUST_PROXY is not set"


def server_log(srv):
    with open(srv.log_path, encoding="utf-8", errors="replace") as f:
        return f.read()


def test_limits_forwarded_loopback_without_proxy_trust_warns_once(srv):
    """A reverse proxy on the same machine without CHARLA_TRUST_PROXY
    turns the flood limits off for every reader behind it, silently until
    charla said so: the first loopback request with X-Forwarded-For logs
    one warning line (once a process, without the address)."""
    srv.restart()
    c = srv.client()
    eq(c.get("/healthz").status, 200, "a request without the header")
    check(PROXY_WARNING not in server_log(srv), "nothing to warn of yet")
    for _ in range(3):
        eq(c.get("/healthz", {"X-Forwarded-For": "203.0.113.9"}).status, 200,
           "forwarded")
    log = server_log(srv)
    eq(log.count(PROXY_WARNING), 1, "one warning: %r" % log)
    line = [ln for ln in log.splitlines() if PROXY_WARNING in ln][0]
    check(line.startswith("charla: warning: ") and
          "CHARLA_TRUST_PROXY=1" in line, "says what to do: %r" % line)
    check("203.0.113" not in log, "the address is not logged")
    restart_with(srv, CHARLA_TRUST_PROXY="1")
    eq(srv.client().get("/healthz", {"X-Forwarded-For": "203.0.113.9"}).status,
       200, "forwarded to a trusting server")
    check(PROXY_WARNING not in server_log(srv), "no warning when trusted")


def test_limits_off(srv):
    no_raid(srv)
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1", CHARLA_RATE_LIMIT="off")
    url = "/api/v1/articles/%d/comments" % article_id(srv)
    a = Named(srv, "alice")
    got = [a.post_json(url, {"body": "Unlimited %d." % i}).status
           for i in range(8)]
    eq(got, [201] * 8, "CHARLA_RATE_LIMIT=off switches limits off")


def solve(challenge, bits):
    n = 0
    while True:
        s = "%s:%d" % (challenge, n)
        h = int.from_bytes(hashlib.sha256(s.encode()).digest(), "big")
        if h >> (256 - bits) == 0:
            return s
        n += 1


def test_pow(srv):
    srv.set_setting("pow_bits", "10")
    restart_with(srv, CHARLA_TRUST_TEST_CLIENT="1")
    aid = article_id(srv)
    url = "/api/v1/articles/%d/comments" % aid
    a = Named(srv, "alice")
    r = a.post_json(url, {"body": "No work done."})
    eq(r.status, 403, "a post without proof of work")
    eq(r.json()["error"]["code"], "pow_required", "code")
    ch = a.get("/api/v1/pow").json()
    eq(ch["bits"], 10, "bits")
    eq(sorted(ch), ["bits", "challenge", "expires", "hash"],
       "the members docs/security.md names")
    check(ch["expires"] > 0 and ch["challenge"].count(".") == 2, "challenge")
    pow_ = solve(ch["challenge"], 10)
    eq(a.post_json(url, {"body": "With work.", "pow": pow_}).status, 201,
       "JSON member pow")
    eq(a.post_json(url, {"body": "With work, header."},
                   {"X-Charla-PoW": pow_}).status, 201, "header")
    r = a.post_form("/articles/%d/comments" % aid,
                    {"body": "Form with work.", "pow": pow_})
    eq(r.status, 303, "form field pow")
    forged = ch["challenge"][:-1] + ("0" if ch["challenge"][-1] != "0"
                                     else "1")
    eq(a.post_json(url, {"body": "Forged.",
                         "pow": solve(forged, 10)}).status, 403,
       "a forged challenge")
    other = Named(srv, "bob")
    eq(other.post_json(url, {"body": "Borrowed.", "pow": pow_}).status, 403,
       "a challenge is bound to the client's network")
    r = a.post_form("/articles/%d/comments" % aid, {"body": "No JS."})
    eq(r.status, 403, "a form without work")
    check("JavaScript" in r.text, "explains why")


class Network:
    """A reader behind a trusting proxy (CHARLA_TRUST_PROXY=1): the last
    X-Forwarded-For address is its network, with a language of its own."""

    def __init__(self, srv, addr, lang_headers=None, cookies=None):
        self.c = srv.reader()
        self.c.cookies.update(cookies or {})
        self.h = {"X-Forwarded-For": addr}
        self.h.update(lang_headers or {})

    def get(self, path):
        return self.c.get(path, headers=self.h)

    def post_json(self, path, obj):
        import json
        return self.c.request("POST", path, json.dumps(obj), dict(
            self.h, **{"Content-Type": "application/json"}))

    def post_form(self, path, fields):
        from urllib.parse import urlencode
        return self.c.request("POST", path, urlencode(fields), dict(
            self.h, **{"Content-Type": "application/x-www-form-urlencoded"}))


ES = {"Accept-Language": "es-MX,es;q=0.9"}
EN = {"Accept-Language": "en-US"}
ENGLISH = ("Too many", "You are posting", "Please wait", "proof of work",
           "puzzle")


def english_free(text, what):
    for s in ENGLISH:
        check(s not in text, "%s: English %r in %r" % (what, s, text[:3000]))


def refused_form(r, status, message, text, what):
    """r is the article again, the message above the form and the reader's
    text in it (escaped), as for any refused comment."""
    import html
    import re
    eq(r.status, status, what)
    check("text/html" in r.header("Content-Type"), what + ": HTML")
    m = re.search(r'<p class="form-error" role="alert">([^<]*)</p>', r.text)
    check(m, what + ": the message above the form")
    check(message in html.unescape(m.group(1)), "%s: %r" % (what, m.group(1)))
    m = re.search(r'<textarea id="body-new"[^>]*>([^<]*)</textarea>', r.text)
    check(m, what + ": the form")
    eq(html.unescape(m.group(1)), text, what + ": the text is kept")


def test_limits_post_refusals_in_the_readers_language(srv):
    """The per-reader limit speaks the reader's language (Accept-Language
    or the charla_lang cookie) in the JSON API's message and on the page;
    the JSON code stays. A refused form is the article again with the
    message and the reader's text, and Retry-After."""
    no_raid(srv)
    slow_post_refill(srv)
    srv.set_setting("rate_post_burst", "1")
    restart_with(srv, CHARLA_TRUST_PROXY="1")
    aid = article_id(srv)
    api = "/api/v1/articles/%d/comments" % aid
    form = "/articles/%d/comments" % aid
    text = "Mi comentario <b>largo</b> & pensado, que no debe perderse."
    readers = [("es", Network(srv, "198.51.100.7", ES),
                "Estás publicando demasiado rápido. Espera "),
               ("es cookie", Network(srv, "198.51.101.7",
                                     cookies={"charla_lang": "es"}),
                "Estás publicando demasiado rápido. Espera "),
               ("en", Network(srv, "198.51.102.7", EN),
                "You are posting too fast. Please wait ")]
    for what, n, message in readers:
        eq(n.post_json(api, {"body": "The first of " + what}).status, 201,
           what + ": the burst of one")
        r = n.post_json(api, {"body": "The second of " + what})
        eq(r.status, 429, what + ": the second post")
        check(int(r.header("Retry-After")) >= 1, what + ": Retry-After")
        err = r.json()["error"]
        eq(err["code"], "too_many_posts", what + ": the code is unchanged")
        check(err["message"].startswith(message), "%s: %r" % (what, err))
        r = n.post_form(form, {"body": text})
        refused_form(r, 429, message, text, what + ": the form")
        check(int(r.header("Retry-After")) >= 1, what + ": Retry-After")
        if what != "en":
            check('<html lang="es"' in r.text, what + ": a Spanish page")
            english_free(r.text, what)


def test_limits_network_and_read_refusals_in_the_readers_language(srv):
    """The per-network post limit keeps the form's text too; the read
    limit refuses before anything is loaded, with the plain page, in the
    reader's language all the same."""
    no_raid(srv)
    srv.set_setting("rate_post_prefix_per_min", "1")
    srv.set_setting("rate_read_burst", "40")
    srv.set_setting("rate_read_per_s", "1")
    restart_with(srv, CHARLA_TRUST_PROXY="1")
    aid = article_id(srv)
    api = "/api/v1/articles/%d/comments" % aid
    form = "/articles/%d/comments" % aid
    text = "Dos lectores, una red."
    eq(Network(srv, "203.0.113.5", ES).post_json(
        api, {"body": "The network's one post."}).status, 201, "first")
    other = Network(srv, "203.0.113.6", ES)  # same /24, another reader
    r = other.post_json(api, {"body": "Another reader, same network."})
    eq(r.status, 429, "the network's limit")
    eq(r.json()["error"]["code"], "too_many_posts", "code")
    check(r.json()["error"]["message"].startswith(
        "Demasiadas publicaciones desde tu red"), r.text)
    r = other.post_form(form, {"body": text})
    refused_form(r, 429, "Demasiadas publicaciones desde tu red", text,
                 "the network's limit, by form")
    english_free(r.text, "the network's limit")

    flood = Network(srv, "192.0.2.9", ES)
    r = over_read_limit(flood, lambda: flood.get("/"))
    eq(r.status, 429, "the read limit")
    check('<html lang="es"' in r.text, "a Spanish page")
    check("Demasiadas solicitudes desde tu red" in r.text, r.text[:2000])
    english_free(r.text, "the read limit")
    r = over_read_limit(flood, lambda: flood.post_form(form, {"body": text}))
    eq(r.status, 429, "a form over the read limit")
    check("Demasiadas solicitudes desde tu red" in r.text, r.text[:2000])
    check("<textarea" not in r.text, "the plain page, not the form")
    r = over_read_limit(flood, lambda: flood.get("/api/v1/articles"))
    eq(r.status, 429, "the API over the read limit")
    eq(r.json()["error"]["code"], "too_many_requests", "code")
    check(r.json()["error"]["message"].startswith(
        "Demasiadas solicitudes desde tu red"), r.text)


def over_read_limit(net, request, tries=20):
    """Empties net's read bucket, then sends request; returns its answer.
    The bucket refills at one a second and a refused read leaves what
    was in it (some fraction of a token), so the request right after the
    flood can find a whole token again if the machine paused for long
    enough in between: then the bucket is emptied and the request sent
    again, at most tries times. A server that never refuses it fails."""
    for _ in range(tries):
        for _ in range(1000):
            if net.get("/healthz").status == 429:
                break
        else:
            raise AssertionError("a read flood is never refused")
        r = request()
        if r.status == 429:
            break
    return r


def test_pow_refusal_in_the_readers_language(srv):
    """Proof of work: the API's message and the form's in the reader's
    language; the form keeps the text."""
    srv.set_setting("pow_bits", "10")
    restart_with(srv, CHARLA_TRUST_PROXY="1")
    aid = article_id(srv)
    n = Network(srv, "198.51.100.20", cookies={"charla_lang": "es"})
    r = n.post_json("/api/v1/articles/%d/comments" % aid, {"body": "Sin pow."})
    eq(r.status, 403, "no proof of work")
    eq(r.json()["error"]["code"], "pow_required", "code")
    check(r.json()["error"]["message"].startswith(
        "Esta conversación pide una pequeña prueba de trabajo"), r.text)
    text = "Escrito sin JavaScript."
    r = n.post_form("/articles/%d/comments" % aid, {"body": text})
    refused_form(r, 403, "Activa JavaScript", text, "the form")
    english_free(r.text, "proof of work")
