"""harness.py - the little framework of the HTTP tests.

Starts a real `charla serve` on a free loopback port with a temporary
SQLite database, gives tests a client with its own cookie jar, and counts
results. Every test is a function named test_*; run.py collects them.

PostgreSQL: given the URL of a database in a test cluster (run.py
--db-url, or the environment variable CHARLA_TEST_PG), every Server creates
a fresh, empty schema of its own in that database (CREATE SCHEMA t_<random>,
through psql) and hands `charla import` and `charla serve` a postgres:// URL
whose search_path is that schema, so every table charla creates and reads
is private to the test; the schema is dropped when the server stops. (A
schema costs milliseconds; CREATE and DROP DATABASE cost seconds each, as
they checkpoint.) srv.db is then that URL instead of a file path; srv.dir
still exists for the files a test makes.
"""
import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(REPO, "demo", "blogger-export.xml")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# The PostgreSQL database URL the servers create their databases next to,
# or None for SQLite. run.py sets it from --db-url.
PG_URL = os.environ.get("CHARLA_TEST_PG") or None


def pg_url_with_schema(url, schema):
    """url with a search_path of just schema (a libpq "options" parameter)."""
    sep = "&" if "?" in url else "?"
    return url + sep + "options=" + urllib.parse.quote(
        "-csearch_path=" + schema, safe="")


def pg_admin(url, sql):
    """Runs one SQL command (fixed text, no user data) through psql. The
    time limit is generous: filling a big site takes tens of seconds on a
    busy machine."""
    r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                        "-d", url, "-c", sql],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError("psql %r failed: %s" % (sql, r.stderr))


class Server:
    """A charla process serving a fresh database in a temporary folder
    (SQLite) or a fresh database in the test cluster (PostgreSQL)."""

    def __init__(self, charla, import_demo=True, extra_args=(), db_url=None,
                 existing_db=None):
        """existing_db: serve that database (a path or URL the caller owns
        and cleans up) instead of a fresh one."""
        self.charla = os.path.abspath(charla)
        self.dir = tempfile.mkdtemp(prefix="charla-http-")
        self.pg_base = None if existing_db else (db_url or PG_URL)
        self.pg_name = None
        self.proc = None
        self.log = None
        if existing_db:
            self.db = existing_db
        elif self.pg_base:
            self.pg_name = "t_" + secrets.token_hex(6)
            pg_admin(self.pg_base, "CREATE SCHEMA " + self.pg_name)
            self.db = pg_url_with_schema(self.pg_base, self.pg_name)
        else:
            self.db = os.path.join(self.dir, "test.db")
        self.port = free_port()
        self.log_path = os.path.join(self.dir, "server.log")
        try:
            self._start(import_demo, extra_args)
        except Exception:
            self.stop()  # no stray process, folder or database
            raise

    def _start(self, import_demo, extra_args):
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
        # generous for a busy machine; the wait ends once charla listens
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
        raise RuntimeError("charla did not start: " + open(self.log_path).read())

    def kill9(self):
        """Kills charla with SIGKILL (a crash: no clean shutdown)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def restart(self, extra_args=()):
        """Starts charla again on the same database and port (after kill9
        or a crash). The log then starts anew."""
        self.kill9()
        if self.log is not None:
            self.log.close()
        self._start(False, extra_args)

    def cli(self, *args, stdin=None):
        return subprocess.run([self.charla, *args], capture_output=True,
                              text=True, input=stdin, cwd=REPO, timeout=120)

    def client(self):
        return Client(self.port)

    def reader(self):
        """A returning reader: a client that already holds a reader cookie
        of its own, as one charla set on an earlier visit (128 random bits
        in lowercase hex). charla keeps no list of the tokens it set, only
        hashes of them, so this is the cookie such a browser sends."""
        c = Client(self.port)
        c.cookies["charla_reader"] = secrets.token_hex(16)
        return c

    @property
    def backend(self):
        return "postgres" if self.pg_name else "sqlite"

    def set_setting(self, key, value):
        """Writes a site setting straight into the database (either
        backend); the server reads most settings per request."""
        if self.pg_name:
            import re
            if not re.fullmatch(r"[a-z_]+", key) or "'" in value:
                raise ValueError("test settings are plain words")
            pg_admin(self.db, "INSERT INTO settings(key, value) VALUES "
                     "('%s', '%s') ON CONFLICT(key) DO UPDATE SET value = "
                     "excluded.value" % (key, value))
            return
        import sqlite3
        con = sqlite3.connect(self.db)
        con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                    (key, value))
        con.commit()
        con.close()

    def db_exec(self, sql):
        """Runs one SQL statement (fixed test text, no user data) straight
        on the database, in either backend."""
        if self.pg_name:
            pg_admin(self.db, sql)
            return
        import sqlite3
        con = sqlite3.connect(self.db)
        con.execute(sql)
        con.commit()
        con.close()

    def db_bytes(self):
        """Everything the database holds, as bytes: the SQLite files, or a
        pg_dump of the PostgreSQL database (for "never stored" checks)."""
        if self.pg_name:
            return subprocess.run(["pg_dump", "-n", self.pg_name,
                                   "-d", self.pg_base],
                                  capture_output=True, check=True,
                                  timeout=60).stdout
        raw = b""
        for suffix in ("", "-wal", "-shm"):
            p = self.db + suffix
            if os.path.exists(p):
                with open(p, "rb") as f:
                    raw += f.read()
        return raw

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if self.log is not None:
            self.log.close()
        if self.pg_name:
            try:
                pg_admin(self.pg_base, "DROP SCHEMA IF EXISTS %s CASCADE"
                         % self.pg_name)
            except Exception as e:  # a leftover schema is not a failure
                print("note: %s" % e)
            self.pg_name = None
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


class Skip(Exception):
    """Raised by a test that cannot run here (its reason is printed)."""


def check(cond, msg="check failed"):
    if not cond:
        raise AssertionError(msg)


def eq(a, b, what=""):
    if a != b:
        raise AssertionError("%s: expected %r, got %r" % (what, b, a))


def run_tests(name, tests, make_ctx, close_ctx):
    """Runs each test with a fresh context; returns (passed, failed,
    skipped), skipped being the tests that raised Skip."""
    passed = failed = 0
    skipped = []
    for t in tests:
        ctx = None
        try:
            ctx = make_ctx()
            t(ctx)
            passed += 1
            print("ok   %s" % t.__name__)
        except Skip as why:
            skipped.append(t)
            print("skip %s (%s)" % (t.__name__, why))
        except Exception as e:
            failed += 1
            # the reason on the FAIL line too, so a summary of failures
            # that lists only these lines still says what went wrong
            reason = " ".join(("%s: %s" % (type(e).__name__, e)).split())
            print("FAIL %s: %s" % (t.__name__, reason[:300]))
            traceback.print_exc(file=sys.stdout)
        finally:
            if ctx is not None:
                close_ctx(ctx)
        sys.stdout.flush()
    return passed, failed, skipped
