"""test_cli.py - the charla command line: help, version, usage errors, and
the Blogger import's summary, idempotence and all-or-nothing behaviour."""
import os
import re
import sqlite3
import subprocess
import tempfile

from harness import DEMO, REPO, check, eq


def test_help_and_version(srv):
    r = srv.cli("--help")
    eq(r.returncode, 0, "--help")
    check("serve" in r.stdout and "import blogger" in r.stdout, "usage text")
    for cmd in ("serve", "backup", "migrate", "user", "setting"):
        r = srv.cli(cmd, "--help")
        eq(r.returncode, 0, "%s --help" % cmd)
        check("serve" in r.stdout and r.stderr == "",
              "the usage, no complaint first: %r" % r.stderr)
    # a command with a usage of its own shows it: the options the
    # general usage leaves out are found there
    for cmd, opt in (("classify", "--threshold"), ("train", "--epochs"),
                     ("eval", "--against"), ("import", "--resume"),
                     ("export", "--out"), ("rescreen", "--include-approved")):
        r = srv.cli(cmd, "--help")
        eq(r.returncode, 0, "%s --help" % cmd)
        check(("charla " + cmd) in r.stdout and opt in r.stdout,
              "%s --help: %r %r" % (cmd, r.stdout, r.stderr))
        eq(r.stderr, "", "%s --help: nothing on stderr" % cmd)
    check("COMMAND --help" in srv.cli("--help").stdout, "says so")
    r = srv.cli("--version")
    eq(r.returncode, 0, "--version")
    check(r.stdout.startswith("charla "), r.stdout)


def test_help_names_every_verb_and_option_of_user_and_import(srv):
    top = srv.cli("--help").stdout
    r = srv.cli("user")
    verbs = re.findall(r"charla user (\w+)", r.stderr)
    check(len(verbs) >= 5, "user usage lists its verbs: %r" % r.stderr)
    for v in verbs:
        check(re.search(r"(^|\||user)\s*%s\b" % v, top, re.M),
              "--help names user %s" % v)
    r = srv.cli("import")
    opts = set(re.findall(r"--[a-z][a-z-]+", r.stderr))
    check("--resume" in opts, "import usage: %r" % r.stderr)
    for o in opts:
        check(o in top, "--help names import %s" % o)


def test_unknown_command_and_option_exit_2(srv):
    r = srv.cli("frobnicate")
    eq(r.returncode, 2, "unknown command")
    check("usage" in r.stderr, "prints usage")
    r = srv.cli("serve", "--bogus")
    eq(r.returncode, 2, "unknown option")
    r = srv.cli("import", "disquss", DEMO)
    eq(r.returncode, 2, "unknown format")


def test_import_summary_and_idempotence(srv):
    db = os.path.join(srv.dir, "fresh.db")
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("articles: 1 added" in r.stdout, r.stdout)
    check("comments: 33 added (1 tombstones)" in r.stdout, r.stdout)
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, "second import")
    check("comments: 0 added" in r.stdout, r.stdout)
    check("33 already present" in r.stdout, r.stdout)
    n = sqlite3.connect(db).execute("select count(*) from comments").fetchone()
    eq(n[0], 33, "rows after two imports")


def test_truncated_file_imports_nothing(srv):
    db = os.path.join(srv.dir, "trunc.db")
    data = open(DEMO, "rb").read()
    with tempfile.NamedTemporaryFile(suffix=".xml", delete=False) as f:
        f.write(data[: len(data) * 2 // 3])
        path = f.name
    try:
        r = srv.cli("import", "blogger", path, "--db", db)
        eq(r.returncode, 1, "fails")
        check("nothing was imported" in r.stderr, r.stderr)
        check(":" in r.stderr, "names a position")
        check(not os.path.exists(db), "no empty database left behind")
    finally:
        os.unlink(path)


def test_missing_file_is_a_clear_error(srv):
    db = os.path.join(srv.dir, "x.db")
    for fmt in ("blogger", "json"):
        r = srv.cli("import", fmt, "/nonexistent/export.xml", "--db", db)
        eq(r.returncode, 1, "exit 1")
        check("cannot read /nonexistent/export.xml: No such file"
              in r.stderr, r.stderr)
        check(not os.path.exists(db), "no empty database left behind")


def test_database_stores_no_reader_token(srv):
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    r = c.post_json("/api/v1/articles/%d/comments" % aid, {"body": "Thanks for the reporting on this case."})
    eq(r.status, 201, "post")
    token = c.cookies["charla_reader"]
    check(len(token) == 32, "token is 128 bits of hex")
    srv.stop_db_check = True
    raw = b""
    for suffix in ("", "-wal"):
        p = srv.db + suffix
        if os.path.exists(p):
            raw += open(p, "rb").read()
    check(token.encode() not in raw, "raw token not in the database")


def test_setting_command(srv):
    db = os.path.join(srv.dir, "settings.db")
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "set", "report_threshold", "5", "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "get", "report_threshold", "--db", db)
    eq(r.stdout.strip(), "5", "read back")
    r = srv.cli("setting", "set", "report_threshold", "many", "--db", db)
    eq(r.returncode, 1, "a bad value is refused")
    check("whole number" in r.stderr, r.stderr)
    r = srv.cli("setting", "set", "webhook_url", "javascript:x", "--db", db)
    eq(r.returncode, 1, "not a URL")
    r = srv.cli("setting", "get", "site_key", "--db", db)
    eq(r.returncode, 2, "the site secret is not a setting to show")
    r = srv.cli("setting", "set", "no_such_thing", "1", "--db", db)
    eq(r.returncode, 2, "unknown key")
    r = srv.cli("setting", "keys")
    check("embed_origins" in r.stdout and "webhook_url" in r.stdout, "keys")
    # a value may start with "-": the time zone of Mexico City, say
    r = srv.cli("setting", "set", "timezone", "-06:00", "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "--db=" + db, "get", "timezone")
    eq(r.stdout.strip(), "-06:00", "read back with --db=PATH")
    # after "--" no word is an option
    r = srv.cli("setting", "--db", db, "set", "site_title", "--", "--Nota--")
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "get", "site_title", "--db", db)
    eq(r.stdout.strip(), "--Nota--", "a value that looks like an option")
    r = srv.cli("setting", "get", "timezone", "--bogus", "--db", db)
    eq(r.returncode, 2, "an unknown option is refused")
    r = srv.cli("setting", "get", "timezone", "extra", "--db", db)
    eq(r.returncode, 2, "a word too many is refused")
    # unset is as never set: get prints nothing and exits 1
    r = srv.cli("setting", "get", "metrics_token", "--db", db)
    eq((r.returncode, r.stdout), (1, ""), "never set")
    r = srv.cli("setting", "unset", "site_title", "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "get", "site_title", "--db", db)
    eq((r.returncode, r.stdout), (1, ""), "unset")


def audit_notes(db):
    con = sqlite3.connect(db)
    try:
        return [n for (n,) in con.execute(
            "SELECT note FROM audit_log WHERE action = 'settings' "
            "ORDER BY id")]
    finally:
        con.close()


def test_setting_refuses_what_the_server_would_not_use(srv):
    """A value the server would ignore (a hold threshold of 0, a report
    threshold of 0) is refused, and every refusal says the rule: the
    range of a number, the decimals of a threshold, the length of a
    secret; an empty value points to `setting unset`."""
    db = os.path.join(srv.dir, "refusals.db")
    for key, value, words in (
            ("hold_threshold", "0", "above 0 and at most 1"),
            ("hold_threshold", "0.0001", "at most 3 decimals"),
            ("report_threshold", "0", "a whole number from 1 to 1000"),
            ("report_threshold", "-1", "a whole number from 1 to 1000"),
            ("report_threshold", "9" * 20, "a whole number from 1 to 1000"),
            ("pow_bits", "99", "a whole number from 0 to 24"),
            ("pow_raid_bits", "65", "a whole number from 0 to 24"),
            ("queue_feed_token", "abc", "22 to 256 characters"),
            ("metrics_token", "short-token", "22 to 256 characters"),
            ("webhook_secret", "a long random string", "22 to 256"),
            ("metrics_token", "", "charla setting unset metrics_token"),
            ("site_title", "", "charla setting unset site_title")):
        r = srv.cli("setting", "set", key, value, "--db", db)
        eq(r.returncode, 1, "%s %r refused" % (key, value))
        check(words in r.stderr, "%s %r: %r" % (key, value, r.stderr))
    for key, value in (("hold_threshold", "0.001"),
                       ("report_threshold", "1"),
                       ("queue_feed_token", "0123456789abcdef" * 2)):
        r = srv.cli("setting", "set", key, value, "--db", db)
        eq(r.returncode, 0, "%s %r: %s" % (key, value, r.stderr))


def test_setting_defaults_and_audit_rows(srv):
    """get of a key that is not set exits 1 with nothing on stdout and
    the default on stderr; keys shows the defaults. A change is logged
    as before → after unless the value is a secret; unsetting a key that
    is not set logs nothing and says so."""
    db = os.path.join(srv.dir, "defaults.db")
    r = srv.cli("setting", "set", "site_title", "Nota", "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "unset", "site_title", "--db", db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "get", "site_title", "--db", db)
    eq((r.returncode, r.stdout), (1, ""), "unset")
    check("site_title is not set (default: charla)" in r.stderr, r.stderr)
    r = srv.cli("setting", "get", "metrics_token", "--db", db)
    eq((r.returncode, r.stdout), (1, ""), "never set")
    check("metrics_token is not set" in r.stderr, r.stderr)
    r = srv.cli("setting", "keys")
    lines = {l.split()[0]: l for l in r.stdout.splitlines()}
    for key, default in (("site_title", "charla"), ("report_threshold", "3"),
                         ("hold_threshold", "0.5"), ("pow_bits", "0"),
                         ("timezone", "UTC")):
        check(lines[key].endswith("(default: %s)" % default), lines[key])
    check("default" not in lines["metrics_token"], lines["metrics_token"])

    before = audit_notes(db)
    for key, value in (("site_title", "Nota Roja"),
                       ("site_url", "https://news.example"),
                       ("metrics_token", "0123456789abcdef" * 2)):
        r = srv.cli("setting", "set", key, value, "--db", db)
        eq(r.returncode, 0, r.stderr)
    r = srv.cli("setting", "unset", "webhook_url", "--db", db)
    eq(r.returncode, 0, r.stderr)
    check("webhook_url was not set" in r.stderr, r.stderr)
    eq(audit_notes(db)[len(before):],
       ["site_title: (unset) → Nota Roja",
        "site_url: (unset) → https://news.example",
        "metrics_token: changed"], "no row for the unset that changed nothing")


def test_setting_timezone_must_be_a_zone_this_machine_has(srv):
    """A made-up or misspelt zone is refused by name, with exit status 1,
    and the stored zone stays: glibc would show such a zone as UTC."""
    db = srv.db
    r = srv.cli("setting", "set", "timezone", "America/Mexico_City",
                "--db", db)
    eq(r.returncode, 0, r.stderr)
    for zone in ("Nowhere/Land", "America/Mexico_Cty"):
        r = srv.cli("setting", "set", "timezone", zone, "--db", db)
        eq(r.returncode, 1, "%s refused" % zone)
        check('timezone "%s" is not a zone in this machine\'s time zone '
              'database' % zone in r.stderr, r.stderr)
    r = srv.cli("setting", "set", "timezone", "../../etc/passwd", "--db", db)
    eq(r.returncode, 1, "a path is no zone")
    check('timezone "../../etc/passwd" must be' in r.stderr, r.stderr)
    r = srv.cli("setting", "get", "timezone", "--db", db)
    eq(r.stdout.strip(), "America/Mexico_City", "the old zone stays")


def test_a_stored_zone_this_machine_lacks_is_utc_with_a_warning(srv):
    """A zone stored by an older charla (or whose tzdata is gone) makes
    the server say so once at start and show UTC, instead of glibc's
    silent UTC."""
    srv.set_setting("timezone", "Nowhere/Land")
    srv.restart()
    eq(srv.client().get("/healthz").status, 200, "the server still serves")
    with open(srv.log_path) as f:
        lines = [ln for ln in f if "Nowhere/Land" in ln]
    eq(len(lines), 1, "one warning line: %r" % lines)
    check(lines[0].startswith('charla: warning: time zone "Nowhere/Land"')
          and "showing times in UTC" in lines[0], lines[0])


NO_DATABASE = "no database at %s (check --db; `charla serve` or " \
    "`charla import` creates one)"


def test_commands_refuse_a_missing_database(srv):
    """A command that reads or changes a site does not create a database
    for a misspelt --db and report success from it: it says there is none
    and exits 1. user add and setting set may start a site before its
    first start, and say that they did."""
    db = os.path.join(srv.dir, "typo.db")
    out = os.path.join(srv.dir, "x.json")
    for args in (("export", "json", "--db", db, "--out", out),
                 ("export", "json", "--db", "sqlite:" + db),
                 ("user", "list", "--db", db),
                 ("user", "remove", "Kathi", "--db", db),
                 ("rescreen", "--db", db),
                 ("setting", "get", "site_title", "--db", db),
                 ("setting", "unset", "site_title", "--db", db),
                 ("backup", os.path.join(srv.dir, "b.db"), "--db", db)):
        r = srv.cli(*args)
        eq(r.returncode, 1, "%s: %s" % (" ".join(args[:2]), r.stdout))
        check(NO_DATABASE % db in r.stderr, r.stderr)
        check(not os.path.exists(db), "%s created a database" % args[0])
    r = srv.cli("user", "passwd", "Kathi", "--db", db,
                stdin="a long enough password\na long enough password\n")
    eq(r.returncode, 1, "user passwd")
    check(NO_DATABASE % db in r.stderr, r.stderr)
    check(not os.path.exists(out) and not os.path.exists(db), "nothing made")
    # starting a site: a setting, then an account, before the first start
    r = srv.cli("setting", "set", "site_title", "Nota Roja", "--db", db)
    eq(r.returncode, 0, r.stderr)
    eq(r.stderr, "charla: created a new, empty database at %s\n" % db,
       "one line says so")
    r = srv.cli("user", "add", "Kathi", "--role", "admin", "--db", db,
                stdin="a long enough password\na long enough password\n")
    eq(r.returncode, 0, r.stderr)
    check("created" not in r.stderr, "the database exists now: %r"
          % r.stderr)
    fresh = os.path.join(srv.dir, "fresh.db")
    r = srv.cli("user", "add", "Kathi", "--role", "admin", "--db", fresh,
                stdin="a long enough password\na long enough password\n")
    eq(r.returncode, 0, r.stderr)
    check("charla: created a new, empty database at %s" % fresh in r.stderr,
          r.stderr)
    r = srv.cli("user", "list", "--db", db)
    eq((r.returncode, r.stdout), (0, "Kathi\tadmin\n"), r.stderr)
    # the demo flow of `make run`: import makes the database, rescreen
    # screens it
    demo = os.path.join(srv.dir, "demo.db")
    r = srv.cli("import", "blogger", DEMO, "--db", demo)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("rescreen", "--db", demo)
    eq(r.returncode, 0, r.stderr)
    # the five the issue names, and 8.1 and 12 it leaves open
    m = re.search(r"32 comments screened, (\d+) held for review", r.stdout)
    check(m and 5 <= int(m.group(1)) <= 7, r.stdout)


def _digest(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_backup_and_export_refuse_to_write_over_the_database(srv):
    """backup FILE and export --out FILE refuse a FILE that is the
    database, however it is spelt, or one of its -wal, -shm and -journal
    files, and touch nothing; under a running server too."""
    site = os.path.join(srv.dir, "site")
    os.mkdir(site)
    db = os.path.join(site, "charla.db")
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, r.stderr)
    before = _digest(db)
    os.symlink(db, os.path.join(srv.dir, "link.db"))

    def run(*args):
        # in the site's folder, where the default --db is charla.db
        return subprocess.run([srv.charla, *args], capture_output=True,
                              text=True, cwd=site, timeout=120)

    for args in (("backup", "charla.db"),
                 ("backup", "./charla.db", "--db", db),
                 ("backup", os.path.join(srv.dir, "link.db")),
                 ("backup", "charla.db-wal"),
                 ("backup", "charla.db-journal", "--db", "sqlite:charla.db"),
                 ("export", "json", "--out", "charla.db"),
                 ("export", "json", "--db", db, "--out", "../site/charla.db"),
                 ("export", "json", "--out", "charla.db-shm")):
        r = run(*args)
        eq(r.returncode, 1, "%s: %s" % (" ".join(args), r.stdout))
        check("write to another file (nothing was written)" in r.stderr,
              r.stderr)
        eq(_digest(db), before, "%s left the database as it was"
           % " ".join(args))
        for suffix in ("-wal", "-journal"):
            p = db + suffix
            check(not os.path.exists(p) or os.path.getsize(p) == 0,
                  "%s wrote %s" % (args[0], p))
    r = run("backup", "charla.db")
    eq(r.stderr, "charla: backup: charla.db is the database itself; write "
       "to another file (nothing was written)\n", "the message")
    # export writes FILE.tmp first: that name may not be the database
    os.rename(db, os.path.join(site, "x.tmp"))
    r = run("export", "json", "--db", "x.tmp", "--out", "x")
    eq(r.returncode, 1, r.stdout)
    check("x.tmp is the database itself" in r.stderr, r.stderr)
    eq(_digest(os.path.join(site, "x.tmp")), before, "untouched")
    os.rename(os.path.join(site, "x.tmp"), db)
    # another name is fine
    r = run("backup", "copy.db")
    eq(r.returncode, 0, r.stderr)
    r = run("export", "json", "--out", "site.json")
    eq(r.returncode, 0, r.stderr)
    check(open(os.path.join(site, "site.json")).read().startswith(
        '{"format":"charla-export"'), "the backup was written")
    if srv.backend != "sqlite":
        return
    # the database a server is running on
    r = srv.cli("backup", srv.db, "--db", srv.db)
    eq(r.returncode, 1, r.stdout)
    r = srv.cli("export", "json", "--db", srv.db, "--out", srv.db)
    eq(r.returncode, 1, r.stdout)
    eq(srv.client().get("/api/v1/articles").status, 200, "still serving")
    n = sqlite3.connect(srv.db).execute(
        "select count(*) from comments").fetchone()[0]
    eq(n, 33, "the database is whole")


def test_setting_embed_origins_must_be_origins(srv):
    """embed_origins takes only what a browser sends as Origin: scheme,
    host and a port, no path. A value that could never match is refused,
    naming the entry, and the stored list stays."""
    db = os.path.join(srv.dir, "origins.db")
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, r.stderr)
    good = "https://blog.example\nhttp://127.0.0.1:9000, https://www.blog.example/"
    r = srv.cli("setting", "set", "embed_origins", good, "--db", db)
    eq(r.returncode, 0, r.stderr)
    for value, entry, why in (
            ("blog.example", "blog.example", "must start with https://"),
            ("https://blog.example/path", "https://blog.example/path",
             "must not have a path"),
            ("https://a.example\nhttps://blog.example/path?x=1",
             "https://blog.example/path?x=1", "must not have a path"),
            ("https://me@blog.example", "https://me@blog.example",
             "must not hold a user name"),
            ("https://blog.example:443", "https://blog.example:443",
             "must leave out the scheme's default port")):
        r = srv.cli("setting", "set", "embed_origins", value, "--db", db)
        eq(r.returncode, 1, value)
        check('charla: embed_origins "%s" %s' % (entry, why) in r.stderr,
              r.stderr)
    r = srv.cli("setting", "get", "embed_origins", "--db", db)
    eq(r.stdout, good + "\n", "the good list stays")


def test_classify_prints_one_verdict_per_line(srv):
    """`charla classify` answers every input line with one line, in order,
    whatever the bytes: plain (hold, score, category) and --json (every
    category score and the spans, whose text is valid JSON even where the
    comment holds bytes that are not UTF-8)."""
    import json
    import re
    import subprocess
    lines = [b"Ese reportero vendido merece una bala.",
             b"Gracias por el reportaje, muy completo.",
             b"hijo\x80de puta",
             b"",
             "Calle Hidalgo 214, Colonia Centro".encode()]
    stdin = b"\n".join(lines) + b"\n"
    r = subprocess.run([srv.charla, "classify"], input=stdin,
                       capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 0, r.stderr)
    out = r.stdout.decode().splitlines()
    eq(len(out), len(lines), "one line per comment: %r" % out)
    for line in out:
        check(re.fullmatch(r"[01]\t[01]\.\d{3}\t([a-z_]+|-)", line), line)
    check(out[0].startswith("1\t") and out[0].endswith("\tthreat"), out[0])
    check(out[1].startswith("0\t"), "a thank-you is published: " + out[1])
    check(out[2].startswith("1\t"), "the insult behind a bad byte: " + out[2])
    check(out[4].endswith("\tdoxxing"), "an address: " + out[4])

    r = subprocess.run([srv.charla, "classify", "--json"], input=stdin,
                       capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 0, r.stderr)
    out = r.stdout.decode().splitlines()
    eq(len(out), len(lines), "one JSON line per comment")
    for raw, line in zip(lines, out):
        v = json.loads(line)
        check(set(v) >= {"hold", "score", "category", "scores", "spans"}, line)
        for s in v["spans"]:
            check(0 <= s["offset"] and s["offset"] + s["length"] <= len(raw),
                  "span inside the comment: %r" % s)
    spans = json.loads(out[2])["spans"]
    check(any("\ufffd" in s["text"] for s in spans),
          "the bad byte shows as U+FFFD: %r" % spans)

    r = subprocess.run([srv.charla, "classify", "--threshold", "2"],
                       input=b"", capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 2, "a threshold outside (0, 1]")
    r = subprocess.run([srv.charla, "classify", "--model",
                        os.path.join(srv.dir, "missing.model")],
                       input=b"hola\n", capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 1, "a missing model")
    check(b"missing.model" in r.stderr, r.stderr)

    # a line longer than classify reads (1 MiB) is cut, not a reason to
    # stop: the next line still gets its own verdict
    r = subprocess.run([srv.charla, "classify"],
                       input=b"idiota " * 500000 + b"\nGracias\n",
                       capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 0, r.stderr)
    out = r.stdout.decode().splitlines()
    eq(len(out), 2, "a verdict for the long line and one after it")
    check(out[0].startswith("1\t") and out[1].startswith("0\t"), out)

    # a verdict that cannot be written is an error, even when stdio has
    # thrown the block away by the time of the last flush
    if os.path.exists("/dev/full"):
        many = b"hola\n" * 2000
        for args in (["classify"], ["classify", "--json"]):
            with open("/dev/full", "wb") as full:
                r = subprocess.run([srv.charla] + args, input=many,
                                   stdout=full, stderr=subprocess.PIPE,
                                   timeout=60, cwd=REPO)
            eq(r.returncode, 1, "%s to a full disk" % args)
            check(b"write failed" in r.stderr, r.stderr)


def test_classify_without_a_model(srv):
    """`charla classify --model none` screens as `charla serve --model none`
    does, for a site that serves that way to try its screen: a verdict per
    line, in the usual formats, a threat the rule grammars know held, a
    harmless line and one only the model would hold published, the word
    lists given still counted, and the serve's kind of warning on stderr."""
    import json
    lines = ["Tomorrow I'll personally burn your shop.",
             "Gracias por el reportaje, muy completo.",
             "Publica otra nota y te vamos a desaparecer.",
             "Calle Hidalgo 214, Colonia Centro",
             "hijo de puta"]
    stdin = "".join(l + "\n" for l in lines)
    r = srv.cli("classify", "--model", "none", stdin=stdin)
    eq(r.returncode, 0, r.stderr)
    out = r.stdout.splitlines()
    eq(len(out), len(lines), "one line per comment: %r" % out)
    for line in out:
        check(re.fullmatch(r"[01]\t[01]\.\d{3}\t([a-z_]+|-)", line), line)
    check(out[0].startswith("1\t") and out[0].endswith("\tthreat"), out[0])
    check(out[1].startswith("0\t"), "a thank-you is published: " + out[1])
    check(out[2].startswith("1\t") and out[2].endswith("\tthreat"), out[2])
    check(out[3].startswith("1\t") and out[3].endswith("\tdoxxing"), out[3])
    check(out[4].startswith("0\t"), "no word list, no model: " + out[4])
    eq(r.stderr.count("\n"), 1, "one warning line: %r" % r.stderr)
    check(r.stderr.startswith("charla classify: screening model off "
                              "(--model none)"), r.stderr)

    r = srv.cli("classify", "--model", "none", "--json", stdin=stdin)
    eq(r.returncode, 0, r.stderr)
    out = [json.loads(l) for l in r.stdout.splitlines()]
    eq([v["hold"] for v in out[:4]], [True, False, True, True], r.stdout)
    check(any("desaparecer" in s["text"] for s in out[2]["spans"]),
          "the threat is marked: %r" % out[2]["spans"])

    words = os.path.join(srv.dir, "suspect.txt")
    with open(words, "w") as f:
        f.write("puta\n")
    r = srv.cli("classify", "--model", "none", "--suspect", words,
                stdin=stdin)
    eq(r.returncode, 0, r.stderr)
    check(r.stdout.splitlines()[4].startswith("1\t"),
          "a suspect word given is held: %r" % r.stdout)
    check("the word lists given" in r.stderr, r.stderr)

    # a model file that happens to be called "none" is still a file
    r = srv.cli("classify", "--model", "./none", stdin="hola\n")
    eq(r.returncode, 1, "./none is a file, and missing")
    check("./none" in r.stderr, r.stderr)


def test_eval_refuses_to_measure_no_model(srv):
    """`charla eval --model none` (or --against none) has nothing to
    measure: it says so, exits 2 and leaves the table file alone."""
    data = os.path.join(srv.dir, "evalnone")
    os.makedirs(os.path.join(data, "olid"), exist_ok=True)
    with open(os.path.join(data, "olid", "test.tsv"), "w") as f:
        f.write("label\tlang\ttext\n1\ten\tyou idiot\n0\ten\thello\n")
    table = os.path.join(srv.dir, "EVAL-none.md")
    for args in (("--model", "none"), ("--against", "none")):
        with open(table, "w") as f:
            f.write("the committed table\n")
        r = srv.cli("eval", *args, "--data", data, "--out", table)
        eq(r.returncode, 2, "%s: %r" % (args, r.stderr))
        check(("%s none" % args[0]) in r.stderr and "nothing written"
              in r.stderr, r.stderr)
        eq(r.stdout, "", "no table on stdout either")
        eq(open(table).read(), "the committed table\n", "%s: untouched"
           % (args,))


def test_eval_scores_what_classify_decides(srv):
    """`charla eval` on a small data folder: its OLID row counts the same
    decisions `charla classify --json` makes for each row (the profanity
    score at 0.5), its interval holds the score, a set with no test split
    is left out, the table goes to --out, --against compares two models,
    and a missing folder or model is a clear error."""
    import json
    import subprocess
    rows = [(1, "You are a fucking idiot and everyone knows it."),
            (1, "Shut up, you stupid piece of shit."),
            (1, "What a dumb bitch, nobody cares what you think."),
            (1, "This guy is an ass."),
            (1, "I like turtles."),
            (0, "Thanks for the report, very clear."),
            (0, "The mayor should answer these questions."),
            (0, "Great game last night!"),
            (0, "Damn, that storm was something else."),
            (0, "Where can I read the full interview?")]
    data = os.path.join(srv.dir, "evaldata")
    os.makedirs(os.path.join(data, "olid"), exist_ok=True)
    with open(os.path.join(data, "olid", "test.tsv"), "w") as f:
        f.write("label\tlang\ttext\n")
        for y, t in rows:
            f.write("%d\ten\t%s\n" % (y, t))
    stdin = "".join(t + "\n" for _, t in rows).encode()
    r = subprocess.run([srv.charla, "classify", "--json"], input=stdin,
                       capture_output=True, timeout=60, cwd=REPO)
    eq(r.returncode, 0, r.stderr)
    held = [json.loads(l)["scores"]["profanity"] >= 0.5
            for l in r.stdout.decode().splitlines()]
    tp = sum(1 for (y, _), h in zip(rows, held) if y and h)
    fp = sum(1 for (y, _), h in zip(rows, held) if not y and h)
    fn = sum(1 for (y, _), h in zip(rows, held) if y and not h)
    tn = len(rows) - tp - fp - fn
    check(0 < tp and 0 < tn, "the rows make a decision worth scoring: %r"
          % held)

    def f1(a, b, c):
        return 2 * a / (2 * a + b + c) if a else 0.0
    macro = (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2

    out = os.path.join(srv.dir, "EVAL-small.md")
    r = srv.cli("eval", "--data", data, "--out", out,
                "--neutral", os.path.join(srv.dir, "no-such-neutral"))
    eq(r.returncode, 0, r.stderr)
    table = open(out).read()
    eq(table, r.stdout, "the file holds what was printed")
    line = [l for l in table.splitlines() if l.startswith("| olid |")]
    eq(len(line), 1, table)
    cols = [c.strip() for c in line[0].strip("|").split("|")]
    eq(cols[1], "10", "rows")
    eq(cols[3], "profanity", "the decision scored on OLID")
    eq(cols[4], "%.3f" % (tp / (tp + fp) if tp + fp else 0), "precision")
    eq(cols[5], "%.3f" % (tp / (tp + fn)), "recall")
    eq(cols[7], "%.3f" % macro, "macro-F1")
    lo, hi = (float(x) for x in cols[8].split("\u2013"))
    check(lo <= macro <= hi, "the interval holds the score: %s" % cols[8])
    check("| davidson2017 |" not in table, "no test split, no row")
    check("comments per second" in table, "the speed line")

    # the model against itself: no difference, in any resample
    r = srv.cli("eval", "--data", data, "--out", "-", "--against",
                os.path.join(REPO, "models", "charla.model"))
    eq(r.returncode, 0, r.stderr)
    line = [l for l in r.stdout.splitlines()
            if l.startswith("| olid |") and "+0.000 to +0.000" in l]
    eq(len(line), 1, r.stdout)
    r = srv.cli("eval", "--data", data, "--out", "-", "--against",
                os.path.join(srv.dir, "missing.model"))
    eq(r.returncode, 1, "a missing model to compare against")
    check("missing.model" in r.stderr, r.stderr)

    r = srv.cli("eval", "--data", os.path.join(srv.dir, "nothing-here"),
                "--out", "-")
    eq(r.returncode, 1, "no test splits at all")
    check("no test splits" in r.stderr, r.stderr)


def _train_tiny(srv, tmp, name, extra_threats, keep=20, log=None,
                options=()):
    """Trains a model on a small labelled set written here and the first
    keep rows of each training file of models/neutral, plus extra_threats
    as rows of threat-head-train.tsv (which teach the threat head only),
    with `charla train`'s options.
    Returns the model's path; appends what `charla train` said to log."""
    import random
    import subprocess
    data = os.path.join(tmp, "data", "mex-a3t-2018")
    os.makedirs(data, exist_ok=True)
    rnd = random.Random(7)
    abusive = ["eres un pendejo", "pinche culero", "vete a la verga idiota",
               "callate estupido", "eres una basura", "maldito naco"]
    fine = ["buenos dias a todos", "gracias por la nota", "que bonito dia",
            "saludos desde monterrey", "hoy llueve mucho", "nos vemos"]
    with open(os.path.join(data, "train.tsv"), "w") as f:
        f.write("label\tlang\ttext\n")
        for i in range(120):
            words = rnd.choice(abusive if i % 2 else fine)
            f.write("%d\tes\t%s %d\n" % (i % 2, words, i))
    neutral = os.path.join(tmp, name)
    os.makedirs(neutral)
    src = os.path.join(REPO, "models", "neutral")
    for b in os.listdir(src):
        if not b.endswith(".tsv") or b == "eval.tsv" or b.endswith("-eval.tsv"):
            continue
        with open(os.path.join(src, b)) as f:
            lines = f.read().splitlines()
        if b != "terms.tsv":
            lines = [x for x in lines if not x.startswith("#")][:keep]
        if b == "threat-head-train.tsv":
            lines += ["es\t" + t for t in extra_threats]
        with open(os.path.join(neutral, b), "w") as f:
            f.write("\n".join(lines) + "\n")
    out = os.path.join(tmp, name + ".model")
    r = subprocess.run([srv.charla, "train", "--data", os.path.join(tmp, "data"),
                        "--neutral", neutral, "--out", out] + list(options),
                       capture_output=True, timeout=120, cwd=REPO)
    eq(r.returncode, 0, r.stderr)
    if log is not None:
        log.append(r.stderr.decode())
    return out


def test_train_is_reproducible(srv):
    """`charla train` on the same data, lexicons and seed writes the same
    bytes; one more training row gives another model."""
    with tempfile.TemporaryDirectory() as tmp:
        a = _train_tiny(srv, tmp, "a", [])
        a2 = _train_tiny(srv, tmp, "a2", [])
        with open(a, "rb") as f1, open(a2, "rb") as f2:
            check(f1.read() == f2.read(), "the same training, the same bytes")
        b = _train_tiny(srv, tmp, "b", ["cuenta los dias que te quedan"])
        with open(a, "rb") as f1, open(b, "rb") as f2:
            check(f1.read() != f2.read(), "another row, another model")


def test_train_dropout_is_reproducible_and_bounded(srv):
    """`--dropout X` leaves a share of each row's features out of every
    step, drawn from the seed: the same bytes twice, another model than
    without it, and with 0 the model without it; a share outside [0, 0.9)
    or not a number is refused, and nothing is written."""
    with tempfile.TemporaryDirectory() as tmp:
        a = _train_tiny(srv, tmp, "d", [], options=("--dropout", "0.1"))
        a2 = _train_tiny(srv, tmp, "d2", [], options=("--dropout", "0.1"))
        b = _train_tiny(srv, tmp, "plain", [])
        b0 = _train_tiny(srv, tmp, "zero", [], options=("--dropout", "0"))
        with open(a, "rb") as f1, open(a2, "rb") as f2, open(b, "rb") as f3, \
                open(b0, "rb") as f4:
            x, y, z, z0 = f1.read(), f2.read(), f3.read(), f4.read()
        check(x == y, "the same dropout and seed, the same bytes")
        check(x != z, "dropout trains another model")
        check(z0 == z, "--dropout 0 trains the model without it")
        for bad in ("0.95", "-0.1", "half", "", " 0.1"):
            out = os.path.join(tmp, "bad.model")
            r = subprocess.run([srv.charla, "train", "--dropout", bad,
                                "--out", out], capture_output=True,
                               text=True, timeout=60, cwd=REPO)
            eq(r.returncode, 2, "--dropout %s: %r" % (bad, r.stderr))
            check("--dropout wants a number in [0, 0.9)" in r.stderr,
                  r.stderr)
            check(not os.path.exists(out), "nothing written")


def test_train_tunes_the_hold_head_on_the_comment_sections(srv):
    """The hold head's decision point is chosen with a tenth of the
    realistic comment sections (reader-train.tsv and its harmless twin)
    scored as a set of their own beside the labelled sets' dev rows;
    `charla train` names them in the hold head's line."""
    with tempfile.TemporaryDirectory() as tmp:
        log = []
        _train_tiny(srv, tmp, "r", [], keep=300, log=log)
        head0 = [x for x in log[0].splitlines() if "head 0:" in x]
        eq(len(head0), 1, log[0])
        check(re.search(r" reader 0\.\d{3}", head0[0]), head0[0])
        check("mex-a3t-2018" in head0[0], head0[0])


def test_rescreen_holds_what_a_post_would_be_held_for(srv):
    """`charla rescreen` reads the imported demo thread through the screen:
    the comments the issue names (6, 9, 11 identity hate, 10 the call to
    kill, 13 profanity) go to the queue with their screening, the ones it
    names as harmless stay published, 8.1 ("Mexico is full of perros") and
    12 ("MEXICANS CAN'T trust any boldies"), which the issue leaves open,
    near the decision point, go either way but are counted as they went, a held comment with a reply keeps its place
    in the page, a second run holds nothing more, and --dry-run only
    lists."""
    from test_admin import login
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]

    def public():
        api = c.get("/api/v1/articles/%d/comments" % aid).json()
        return {x["number"] for x in api["comments"]
                if x["status"] != "awaiting_review"}

    before = public()
    r = srv.cli("rescreen", "--db", srv.db, "--dry-run")
    eq(r.returncode, 0, r.stderr)
    m = re.search(r"(\d+) would be held", r.stdout)
    check(m, r.stdout)
    would = int(m.group(1))
    eq(public(), before, "--dry-run changes nothing")

    r = srv.cli("rescreen", "--db", srv.db, "--article", str(aid))
    eq(r.returncode, 0, r.stderr)
    named = {"6", "9", "10", "11", "13"}
    for n in named:
        check(("#%s:" % n) in r.stdout, "lists #%s: %s" % (n, r.stdout))
    after = public()
    held = before - after
    check(named <= held and held <= named | {"8.1", "12"},
          "held, not public: %s" % sorted(held))
    for n in ("8.1", "12"):
        check(("#%s:" % n in r.stdout) == (n in held), n + " listed as held")
    check("%d held for review" % len(held) in r.stdout, r.stdout)
    eq(would, len(held), "--dry-run counted the same comments")
    for n in ("2", "2.1", "2.2", "2.3", "2.4", "4", "7"):
        check(n in after, "#%s stays published" % n)
    # #10 waits for review with a reply under it: the page keeps its place,
    # without its text, so 10.1 does not seem to answer #9
    art = c.get("/api/v1/articles").json()["articles"][0]
    page = srv.client().get(art["path"]).text
    m = re.search(r'<li class="comment d0 gone held" id="c10">.*?</li>', page,
                  re.S)
    check(m, "a place for #10")
    check("Awaiting review by a moderator" in m.group(0), m.group(0))
    check("head cut off" not in page, "its text is not in the page")
    check('id="c10.1"' in page, "its reply is")
    check('id="c6"' not in page, "a held comment with no reply leaves none")
    api = c.get("/api/v1/articles/%d/comments" % aid).json()["comments"]
    place = [x for x in api if x["number"] == "10"]
    eq(len(place), 1, "the API keeps #10's place too")
    eq(place[0]["status"], "awaiting_review", "as a place")
    check("html" not in place[0] and place[0]["author"]["handle"] is None,
          "without its text or author: %r" % place[0])
    check(not [x for x in api if x["number"] == "6"], "and lists no #6")
    paged = c.get("/api/v1/articles/%d/comments?limit=100" % aid).json()
    check([x["status"] for x in paged["comments"] if x["number"] == "10"] ==
          ["awaiting_review"], "the paged API as well")

    mod = login(srv, "Kathi")
    page = mod.get("/admin/queue").text
    check(re.search(r"Screening: <strong>threat</strong> \(0\.9\d\)", page),
          "the queue shows the threat's screening")
    check("Screening: <strong>hate against a group</strong>" in page,
          "and the hate's, in a moderator's words")
    check("<mark>" in page, "with the words highlighted")
    check("head cut off properly" in page, "the call to kill is in the queue")
    page = mod.get("/admin/queue",
                   {"Accept-Language": "es-MX,es;q=0.9"}).text
    check(re.search(r"<strong>amenaza</strong> \(0\.9\d\)", page),
          "a Spanish-speaking moderator reads the category in Spanish")
    check("<strong>odio contra un grupo</strong>" in page, "the hate's too")

    r = srv.cli("rescreen", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    check("0 held for review" in r.stdout, "nothing more: " + r.stdout)
    r = srv.cli("rescreen", "--db", srv.db, "--article", "999999")
    eq(r.returncode, 1, "no such article")
    r = srv.cli("rescreen", "--db", srv.db, "--article", "x")
    eq(r.returncode, 2, "a bad article id")


def test_rescreen_screens_the_display_name(srv):
    """A name published before it was protected is held by `charla
    rescreen` as a post would be now, with its spans in the name."""
    from test_admin import login
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    r = c.post_json("/api/v1/articles/%d/comments" % aid,
                    {"body": "Gracias por el reportaje.",
                     "name": "María Fernanda López"})
    eq(r.status, 201, "published while the name is not protected")
    cid = r.json()["comment"]["id"]
    number = r.json()["comment"]["number"]
    r = srv.cli("setting", "set", "protected_names", "María Fernanda López",
                "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("rescreen", "--db", srv.db, "--article", str(aid))
    eq(r.returncode, 0, r.stderr)
    check('#%s: protected name "María Fernanda López" (name)' % number
          in r.stdout, r.stdout)
    mod = login(srv, "Kathi")
    items = [i for i in mod.get("/api/v1/mod/queue").json()["items"]
             if i["comment"]["id"] == cid]
    eq(len(items), 1, "in the queue")
    scr = items[0]["screen"]
    eq(scr["spans"], [], "the body unmarked")
    eq(scr["name"]["category"], "doxxing", "the name's category")
    eq([s["text"] for s in scr["name"]["spans"]], ["María Fernanda López"],
       "the name marked")


def test_rescreen_without_a_model(srv):
    """`charla rescreen --model none` holds what `charla serve --model
    none` would: the site's word lists, the rule grammars and the doxxing
    guard, not the model. --dry-run lists and counts without changing a
    comment; a harmless comment stays published."""
    db = os.path.join(srv.dir, "nomodel.db")
    r = srv.cli("import", "blogger", DEMO, "--db", db)
    eq(r.returncode, 0, r.stderr)
    con = sqlite3.connect(db)
    con.execute("update comments set body = ? where number = '4'",
                ("Publica otra nota y te vamos a desaparecer.",))
    con.commit()
    con.close()
    r = srv.cli("setting", "set", "suspect_words", "boldies", "--db", db)
    eq(r.returncode, 0, r.stderr)

    def statuses():
        with sqlite3.connect(db) as c:
            return dict(c.execute("select number, status from comments"))

    before = statuses()
    r = srv.cli("rescreen", "--db", db, "--model", "none", "--dry-run")
    eq(r.returncode, 0, r.stderr)
    eq(r.stderr.count("\n"), 1, "one warning line: %r" % r.stderr)
    check(r.stderr.startswith("charla: rescreen: screening model off "
                              "(--model none)"), r.stderr)
    check(re.search(r"#4: threat \d\.\d{3}$", r.stdout, re.M),
          "the threat a rule grammar knows: %r" % r.stdout)
    check(re.search(r"#12: ", r.stdout), "the site's suspect word: %r"
          % r.stdout)
    check("#7:" not in r.stdout, "a harmless comment: %r" % r.stdout)
    check("2 would be held" in r.stdout, r.stdout)
    eq(statuses(), before, "--dry-run changes nothing")

    r = srv.cli("rescreen", "--db", db, "--model", "none")
    eq(r.returncode, 0, r.stderr)
    check("2 held for review" in r.stdout, r.stdout)
    after = statuses()
    changed = {n for n in before if before[n] != after[n]}
    eq(changed, {"4", "12"}, "only those two are held")


def test_rescreen_lists_why_each_comment_would_be_held(srv):
    """`charla rescreen --dry-run` names the rule that holds a comment (a
    suspect, banned word or protected name) instead of a low score that
    did not; a comment held by its score alone shows the category and
    score."""
    for key, value in (("suspect_words", "sicario"),
                       ("hold_threshold", "0.7"),
                       ("banned_words", "perros"),
                       ("protected_names", "Kathi")):
        r = srv.cli("setting", "set", key, value, "--db", srv.db)
        eq(r.returncode, 0, r.stderr)
    r = srv.cli("rescreen", "--db", srv.db, "--dry-run")
    eq(r.returncode, 0, r.stderr)
    lines = {m.group(1): m.group(2)
             for m in re.finditer(r" #([\d.]+): (.*)", r.stdout)}
    eq(lines.get("10.1"), 'suspect word "sicario"', r.stdout)
    eq(lines.get("8.1"), 'banned word "perros"', r.stdout)
    eq(lines.get("1.3"), 'protected name "Kathi"', r.stdout)
    check(re.match(r'suspect word "sicario", threat 0\.9\d\d$',
                   lines.get("10", "")), r.stdout)
    check(re.match(r"identity_hate 0\.9\d\d$", lines.get("9", "")),
          r.stdout)
    # the audit log says the same, in the moderator's language
    r = srv.cli("rescreen", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    from test_admin import login
    mod = login(srv, "Kathi")
    page = mod.get("/admin/log").text
    check("rescreened: suspect word &quot;sicario&quot;" in page
          or "rescreened: suspect word &#34;sicario&#34;" in page, page)
    check("rescreened: - 0.000" not in page, "no empty reason")
    page = mod.get("/admin/log", {"Accept-Language": "es-MX,es;q=0.9"}).text
    check("revisado de nuevo por el filtro: palabra sospechosa" in page, page)


def test_setting_keys_match_the_backup_format(srv):
    """Every key of docs/export-format.md's settings table is a setting,
    described there as by "charla setting keys"; every other setting is
    named among those a backup never carries."""
    r = srv.cli("setting", "keys")
    eq(r.returncode, 0, r.stderr)
    keys = {}
    for line in r.stdout.splitlines():
        k, _, what = line.partition(" ")
        keys[k] = what.strip()
    check(len(keys) >= 20, "keys: %r" % r.stdout)
    with open(os.path.join(REPO, "docs", "export-format.md")) as f:
        doc = f.read()
    start = doc.index("| key                        | what it is")
    table = doc[start:doc.index("\n\n", start)]
    carried = {}
    for row in table.splitlines()[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        for k in re.findall(r"`([a-z_]+)`", cells[0]):
            carried[k] = cells[1]
    for k, what in carried.items():
        check(k in keys, "export-format.md names %s, not a setting" % k)
    never = doc[doc.index("Never exported:"):]
    never = never[:never.index("\n\n")]
    for k in keys:
        check(k in carried or ("`%s`" % k) in never,
              "export-format.md says nothing of %s" % k)
    # the table's words for each key are those of "setting keys"
    for k in ("report_threshold", "hold_threshold", "pow_bits",
              "banned_words"):
        check(carried[k].split(",")[0].split(" 0 to")[0] in keys[k],
              "%s: %r vs %r" % (k, carried[k], keys[k]))
    check('"+HH:MM", "-HH:MM", "UTC" or an IANA name' in keys["timezone"],
          keys["timezone"])
