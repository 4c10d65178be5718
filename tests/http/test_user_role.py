"""test_user_role.py - `charla user role`: a staff account gets another role
without being removed and added again, its open sessions end (so no page
keeps the old rights), and a site never loses its last admin, neither by
a role change nor by `charla user remove`."""
from harness import check, eq
from test_admin import PASSWORD, add_user, login


def role_of(srv, name):
    r = srv.cli("user", "list", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    for line in r.stdout.splitlines():
        who, role = line.split("\t")
        if who == name:
            return role
    return None


def test_user_role_changes_the_role_and_ends_the_sessions(srv):
    add_user(srv, "Boss", "admin")
    ed = login(srv, "Ed", "editor")
    eq(ed.get("/admin/articles").status, 200, "an editor sees articles")

    r = srv.cli("user", "role", "Ed", "moderator", "--db", srv.db)
    eq((r.returncode, r.stdout), (0, "Ed is now moderator\n"), r.stderr)
    eq(role_of(srv, "Ed"), "moderator", "stored")
    # the page open in Ed's browser cannot go on with the editor's rights
    eq(ed.get("/admin/articles").status, 303, "the session is over")
    eq(ed.get("/admin/queue").status, 303, "everywhere")

    again = srv.client()
    r = again.post_form("/admin/login", {"name": "Ed", "password": PASSWORD})
    eq(r.status, 303, "the password still works")
    eq(again.get("/admin/articles").status, 403, "now with a moderator's")

    r = srv.cli("user", "role", "ed", "admin", "--db", srv.db)
    eq((r.returncode, r.stdout), (0, "ed is now admin\n"), r.stderr)
    eq(role_of(srv, "Ed"), "admin", "found by its folded name")


def test_user_role_refuses_an_unknown_name(srv):
    add_user(srv, "Boss", "admin")
    r = srv.cli("user", "role", "Nobody", "editor", "--db", srv.db)
    eq(r.returncode, 1, r.stdout)
    eq(r.stdout, "", "nothing claimed")
    check('no staff account named "Nobody"' in r.stderr, r.stderr)


def test_user_role_refuses_a_bad_role_word_with_usage(srv):
    add_user(srv, "Boss", "admin")
    for args in (("role", "Boss", "owner"), ("role", "Boss"),
                 ("role", "Boss", "editor", "extra"),
                 ("role", "Boss", "editor", "--role", "editor")):
        r = srv.cli("user", *args, "--db", srv.db)
        eq(r.returncode, 2, " ".join(args))
        check("usage: charla user" in r.stderr and
              "charla user role NAME admin|editor|moderator" in r.stderr,
              r.stderr)
    r = srv.cli("user", "role", "Boss", "owner", "--db", srv.db)
    check("the role is admin, editor or moderator" in r.stderr, r.stderr)
    eq(role_of(srv, "Boss"), "admin", "unchanged")


def test_the_last_admin_is_neither_demoted_nor_removed(srv):
    add_user(srv, "Boss", "admin")
    mod = login(srv, "Mod", "moderator")
    for args in (("role", "Boss", "editor"), ("role", "Boss", "moderator"),
                 ("remove", "Boss"), ("remove", "boss")):
        r = srv.cli("user", *args, "--db", srv.db)
        eq(r.returncode, 1, " ".join(args))
        eq(r.stdout, "", "nothing claimed")
        check("is the only admin; make another account admin first"
              in r.stderr, r.stderr)
    eq(role_of(srv, "Boss"), "admin", "still admin")
    eq(mod.get("/admin/queue").status, 200, "other sessions untouched")

    # an admin may become admin again, and with a second admin the first
    # may step down or go
    r = srv.cli("user", "role", "Boss", "admin", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("user", "role", "Mod", "admin", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    r = srv.cli("user", "role", "Boss", "editor", "--db", srv.db)
    eq((r.returncode, r.stdout), (0, "Boss is now editor\n"), r.stderr)
    r = srv.cli("user", "remove", "Mod", "--db", srv.db)
    eq(r.returncode, 1, "Mod is the only admin now")
    r = srv.cli("user", "remove", "Boss", "--db", srv.db)
    eq((r.returncode, r.stdout), (0, "removed Boss\n"), r.stderr)
    # a moderator or editor may always go
    add_user(srv, "Temp", "moderator")
    r = srv.cli("user", "remove", "Temp", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)


def test_user_add_without_a_role_says_so(srv):
    r = srv.cli("user", "add", "Kathi", "--db", srv.db)
    eq(r.returncode, 2, r.stderr)
    check("a new account needs --role admin, editor or moderator"
          in r.stderr and "usage: charla user" in r.stderr, r.stderr)
