"""test_serve_user.py - the user `charla serve` runs as: --user NAME, the
configuration's user key and CHARLA_USER, which win in that order.

A name that names no user, or names root, stops serve with exit status 1
before it creates anything, whether it was started as root or not. The
real switch needs root: test_serve_user_switches_as_root is reported as
skipped when the tests do not run as root (tests/unit/test_sandbox_user.c
covers the decision either way). Not root, --user is ignored with a
warning; as root, that test starts charla as nobody to see it."""
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

from harness import DEMO, REPO, Client, Server, Skip, check, eq, free_port


def serve(srv, args, env_extra=None, config_text=None):
    """Runs `charla serve` that must exit on its own (a refused user);
    returns (completed process, the database path it was given)."""
    d = tempfile.mkdtemp(prefix="charla-user-", dir=srv.dir)
    db = os.path.join(d, "site.db")
    env = {k: v for k, v in os.environ.items()
           if k not in ("CHARLA_USER", "CHARLA_CONFIG")}
    env.update(env_extra or {})
    cmd = [srv.charla, "serve", "--db", db, "--listen",
           "127.0.0.1:%d" % free_port(), "--model", "none"]
    if config_text is not None:
        path = os.path.join(d, "charla.conf")
        with open(path, "w") as f:
            f.write(config_text)
        cmd += ["--config", path]
    r = subprocess.run(cmd + list(args), capture_output=True, text=True,
                       env=env, timeout=30)
    return r, db


def test_serve_user_unknown_exits_1(srv):
    r, db = serve(srv, ["--user", "nosuchuser-xyz"])
    eq(r.returncode, 1, "exit status: " + r.stderr)
    eq(r.stderr, 'charla: no such user "nosuchuser-xyz" (--user)\n', "message")
    check(not os.path.exists(db), "no database created before the check")
    # the same name from the variable and from the file
    r, db = serve(srv, [], {"CHARLA_USER": "nosuchuser-xyz"})
    eq(r.returncode, 1, "CHARLA_USER: " + r.stderr)
    check('no such user "nosuchuser-xyz" (CHARLA_USER)' in r.stderr, r.stderr)
    r, db = serve(srv, [], config_text="user = nosuchuser-xyz\n")
    eq(r.returncode, 1, "user = : " + r.stderr)
    check('no such user "nosuchuser-xyz" (user = in the configuration file)'
          in r.stderr, r.stderr)


def test_serve_user_precedence(srv):
    # flag over variable over file: the error names the one that won
    r, _ = serve(srv, ["--user", "nosuch-flag"], {"CHARLA_USER": "nosuch-env"},
                 config_text="user = nosuch-file\n")
    eq(r.returncode, 1, r.stderr)
    check('"nosuch-flag" (--user)' in r.stderr, r.stderr)
    r, _ = serve(srv, [], {"CHARLA_USER": "nosuch-env"},
                 config_text="user = nosuch-file\n")
    check('"nosuch-env" (CHARLA_USER)' in r.stderr, r.stderr)


def test_serve_user_refuses_root_and_bad_names(srv):
    r, db = serve(srv, ["--user", "root"])
    eq(r.returncode, 1, r.stderr)
    check('user "root" (--user) has uid 0: charla must not serve as root'
          in r.stderr, r.stderr)
    check(not os.path.exists(db), "no database created")
    r, _ = serve(srv, [], {"CHARLA_USER": "root"})
    eq(r.returncode, 1, r.stderr)
    check("(CHARLA_USER) has uid 0" in r.stderr, r.stderr)
    for bad in ("", "a b", "-x", "x" * 33, "<script>", "a:b"):
        r, _ = serve(srv, ["--user", bad])
        eq(r.returncode, 2, "--user %r: %s" % (bad, r.stderr))
        check("--user: user must be a user name of 1 to 32" in r.stderr,
              r.stderr)
    r, _ = serve(srv, [], {"CHARLA_USER": "a b"})
    eq(r.returncode, 1, r.stderr)
    check("CHARLA_USER: user must be a user name" in r.stderr, r.stderr)


def ids(pid):
    """The Uid, Gid and Groups lines of /proc/PID/status, split."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("Uid", "Gid", "Groups"):
                out[key] = value.split()
    return out


def serves_and_writes(s):
    c = s.client()
    eq(c.get("/").status, 200, "front page")
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Thanks for the reporting on this case."})
    eq(r.status, 201, "a post, written as the new user")


def test_serve_user_switches_as_root(srv):
    if os.geteuid() != 0:
        raise Skip("needs root to switch users; not running as root")
    nobody = pwd.getpwnam("nobody")
    d = tempfile.mkdtemp(prefix="charla-user-")
    try:
        db = os.path.join(d, "site.db")
        r = srv.cli("import", "blogger", DEMO, "--db", db)
        eq(r.returncode, 0, r.stderr)
        conf = os.path.join(srv.dir, "charla.conf")
        with open(conf, "w") as f:
            f.write("user = nobody\n")
        # the database's folder must be the user's (docs/security.md)
        for path in [d] + [os.path.join(d, n) for n in os.listdir(d)]:
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        for how in (("--user", "nobody"), ("--config", conf)):
            s = Server(srv.charla, import_demo=False, existing_db=db,
                       extra_args=how)
            try:
                got = ids(s.proc.pid)
                eq(got["Uid"], [str(nobody.pw_uid)] * 4, "%s: uids" % (how,))
                eq(got["Gid"], [str(nobody.pw_gid)] * 4, "%s: gids" % (how,))
                eq(got.get("Groups", []), [], "no supplementary groups")
                serves_and_writes(s)
                with open(s.log_path) as f:
                    log = f.read()
                check("running as root" not in log, log)
            finally:
                s.stop()
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_serve_user_hands_over_a_database_root_made(srv):
    """Started as root on a folder that is the user's, serve creates the
    database as root before it switches: it then hands the database and
    its -wal and -shm files to the user, or the user could not write it.
    A file it cannot hand over safely (here a second hard link, which
    could be a link to another file) stops serve instead."""
    if os.geteuid() != 0:
        raise Skip("needs root to switch users; not running as root")
    nobody = pwd.getpwnam("nobody")
    d = tempfile.mkdtemp(prefix="charla-user-")
    try:
        os.chown(d, nobody.pw_uid, nobody.pw_gid)
        db = os.path.join(d, "site.db")
        r = srv.cli("import", "blogger", DEMO, "--db", db)
        eq(r.returncode, 0, r.stderr)
        eq(os.stat(db).st_uid, 0, "made by root")
        s = Server(srv.charla, import_demo=False, existing_db=db,
                   extra_args=("--user", "nobody"))
        try:
            for name in os.listdir(d):
                eq(os.stat(os.path.join(d, name)).st_uid, nobody.pw_uid,
                   name + " is the user's")
            serves_and_writes(s)
        finally:
            s.stop()
        os.chown(db, 0, 0)
        other = os.path.join(srv.dir, "elsewhere.db")
        os.link(db, other)
        r = subprocess.run(
            [srv.charla, "serve", "--db", db, "--listen",
             "127.0.0.1:%d" % free_port(), "--model", "none", "--user",
             "nobody"], capture_output=True, text=True, timeout=30)
        eq(r.returncode, 1, r.stderr)
        check("cannot hand %s to user nobody" % db in r.stderr, r.stderr)
        eq(os.stat(other).st_uid, 0, "the other link keeps its owner")
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_serve_user_ignored_when_not_root(srv):
    """Not root, charla cannot switch: it says so and serves as it is, as
    for CHARLA_USER. As root, the test runs charla as nobody to see it."""
    runner = pwd.getpwuid(os.geteuid())
    if runner.pw_uid == 0:
        runner = pwd.getpwnam("nobody")
    other = "daemon" if runner.pw_name != "daemon" else "nobody"
    pwd.getpwnam(other)  # the test needs the user to exist
    d = tempfile.mkdtemp(prefix="charla-user-")
    proc = None
    try:
        db = os.path.join(d, "site.db")
        os.chown(d, runner.pw_uid, runner.pw_gid)
        log_path = os.path.join(d, "server.log")
        port = free_port()

        def become_runner():
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(runner.pw_gid)
                os.setuid(runner.pw_uid)

        with open(log_path, "w") as log:
            proc = subprocess.Popen(
                [srv.charla, "serve", "--db", db, "--listen",
                 "127.0.0.1:%d" % port, "--web", os.path.join(REPO, "web"),
                 "--user", other],
                stdout=log, stderr=log, cwd=REPO, preexec_fn=become_runner)
        deadline = time.time() + 30
        while time.time() < deadline and proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        with open(log_path) as f:
            log = f.read()
        check(proc.poll() is None, "serves: " + log)
        eq(ids(proc.pid)["Uid"], [str(runner.pw_uid)] * 4, "the same user")
        eq(Client(port).get("/").status, 200, "front page")
        check('charla: warning: user "%s" (--user) ignored: not running as '
              'root' % other in log, log)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(10)
        shutil.rmtree(d, ignore_errors=True)
