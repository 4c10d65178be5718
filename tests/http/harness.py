"""harness.py - the little framework of the HTTP tests.

Starts a real `charla serve` on a free loopback port with a temporary
SQLite database, gives tests a client with its own cookie jar, and counts
results. Every test is a function named test_*; run.py collects them.
"""
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(REPO, "demo", "blogger-export.xml")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    """A charla process serving a fresh database in a temporary folder."""

    def __init__(self, charla, import_demo=True, extra_args=()):
        self.charla = os.path.abspath(charla)
        self.dir = tempfile.mkdtemp(prefix="charla-http-")
        self.db = os.path.join(self.dir, "test.db")
        self.port = free_port()
        self.log_path = os.path.join(self.dir, "server.log")
        if import_demo:
            out = self.cli("import", "blogger", DEMO, "--db", self.db)
            if out.returncode != 0:
                raise RuntimeError("demo import failed: " + out.stderr)
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [self.charla, "serve", "--db", self.db, "--listen",
             "127.0.0.1:%d" % self.port, "--web", os.path.join(REPO, "web"),
             *extra_args],
            stdout=self.log, stderr=self.log, cwd=REPO)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError("charla did not start: " + open(self.log_path).read())

    def cli(self, *args, stdin=None):
        return subprocess.run([self.charla, *args], capture_output=True,
                              text=True, input=stdin, cwd=REPO, timeout=120)

    def client(self):
        return Client(self.port)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def headers_named(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


class Client:
    """One reader: keeps its own cookies between requests."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        headers = r.getheaders()
        conn.close()
        for k, v in headers:
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return Response(r.status, headers, data)

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def post_json(self, path, obj):
        body = obj if isinstance(obj, (bytes, str)) else json.dumps(obj)
        return self.request("POST", path, body,
                            {"Content-Type": "application/json"})

    def post_form(self, path, fields):
        from urllib.parse import urlencode
        body = fields if isinstance(fields, (bytes, str)) else urlencode(fields)
        return self.request("POST", path, body,
                            {"Content-Type": "application/x-www-form-urlencoded"})


def check(cond, msg="check failed"):
    if not cond:
        raise AssertionError(msg)


def eq(a, b, what=""):
    if a != b:
        raise AssertionError("%s: expected %r, got %r" % (what, b, a))


def run_tests(name, tests, make_ctx, close_ctx):
    passed = failed = 0
    for t in tests:
        ctx = None
        try:
            ctx = make_ctx()
            t(ctx)
            passed += 1
            print("ok   %s" % t.__name__)
        except Exception:
            failed += 1
            print("FAIL %s" % t.__name__)
            traceback.print_exc(file=sys.stdout)
        finally:
            if ctx is not None:
                close_ctx(ctx)
        sys.stdout.flush()
    return passed, failed
