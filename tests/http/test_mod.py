"""test_mod.py - moderation through the JSON API: staff login, CSRF, the
state machine, purge that really erases, reports, bans, reserved names,
author deletion, staff posts, and screening holding a threat."""
import json
import os
import re
import sqlite3

from harness import check, eq
from test_read import ARTICLE_PATH

PASSWORD = "correct horse battery"


def add_user(srv, name="Kathi", role="moderator"):
    r = srv.cli("user", "add", name, "--role", role, "--db", srv.db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 0, r.stderr)


def login(srv, name="Kathi"):
    c = srv.client()
    r = c.post_json("/api/v1/session", {"name": name, "password": PASSWORD})
    eq(r.status, 200, "login")
    c.csrf = r.json()["csrf"]
    eq(r.json()["role"], "moderator", "role")
    cookie = r.header("Set-Cookie")
    check("HttpOnly" in cookie and "SameSite=Strict" in cookie, cookie)
    return c


def act(c, cid, action, body=None, csrf=True):
    h = {"Content-Type": "application/json"}
    if csrf:
        h["X-CSRF-Token"] = c.csrf
    import json
    return c.request("POST", "/api/v1/mod/comments/%d/%s" % (cid, action),
                     json.dumps(body or {}), h)


def comments(srv):
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    return aid, {x["number"]: x for x in
                 c.get("/api/v1/articles/%d/comments" % aid).json()["comments"]}


def test_remove_demo_comment_10_shows_tombstone_with_reason(srv):
    add_user(srv)
    c = login(srv)
    _, by = comments(srv)
    r = act(c, by["10"]["id"], "remove", {"reason": "threat"})
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "removed", "status")
    page = srv.client().get(ARTICLE_PATH).text
    check("Removed by a moderator: <bdi>threat</bdi>" in page,
          "tombstone with reason")
    check("scatter his limbs" not in page, "text gone from the page")
    _, by = comments(srv)
    eq(by["10"]["status"], "removed", "api status")
    eq(by["10.1"]["status"], "visible", "reply keeps its place")
    log = c.get("/api/v1/mod/log").json()["log"]
    eq(log[0]["action"], "remove", "audit action")
    eq(log[0]["actor"], "Kathi", "audit actor")
    eq((log[0]["from"], log[0]["to"]), ("visible", "removed"), "audit states")
    eq(log[0]["reason"], "threat", "audit reason")


def test_a_typed_removal_reason_stays_with_the_staff(srv):
    # a reason not in the list (a moderator's words) shows in public as
    # "other", on the page, in the API and on the author's /me; the whole
    # text stays in the audit log
    aid, _ = comments(srv)
    reader = srv.reader()
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "A plain remark about the extradition."})
    eq(r.status, 201, r.text)
    cid = r.json()["comment"]["id"]
    add_user(srv)
    c = login(srv)
    words = "you are all idiots"
    r = act(c, cid, "remove", {"reason": words})
    eq(r.status, 200, r.text)
    for lang, shown in (("en", "Removed by a moderator: <bdi>other</bdi>"),
                        ("es", "Eliminado por moderación: <bdi>otro</bdi>")):
        page = srv.client().get(ARTICLE_PATH,
                                {"Accept-Language": lang}).text
        check(shown in page, "%s: the tombstone says %r" % (lang, shown))
        check(words not in page, "%s: the moderator's words stay out" % lang)
    _, by = comments(srv)
    mine = [x for x in by.values() if x["id"] == cid][0]
    eq(mine.get("reason"), "other", "the API's reason")
    me = reader.get("/me").text
    check("other" in me and words not in me, "the author's /me")
    log = c.get("/api/v1/mod/log?id=%d" % cid).json()["log"]
    eq(log[0]["reason"], words, "the log keeps the whole text")
    check(words in c.get("/admin/log?id=%d" % cid).text, "so does its page")
    # a listed reason shows as itself, translated
    _, by = comments(srv)
    eq(act(c, by["13"]["id"], "remove", {"reason": "hate"}).status, 200,
       "remove")
    page = srv.client().get(ARTICLE_PATH, {"Accept-Language": "es"}).text
    check("Eliminado por moderación: <bdi>odio</bdi>" in page, "in Spanish")


def test_anonymous_and_bad_csrf_refused_everywhere(srv):
    add_user(srv)
    _, by = comments(srv)
    cid = by["6"]["id"]
    anon = srv.client()
    endpoints = [
        ("GET", "/api/v1/mod/queue", None),
        ("GET", "/api/v1/mod/log", None),
        ("POST", "/api/v1/mod/bans", '{"comment":%d,"duration":"1d"}' % cid),
        ("DELETE", "/api/v1/session", None),
        ("GET", "/api/v1/mod/anything", None),
    ] + [("POST", "/api/v1/mod/comments/%d/%s" % (cid, a),
          '{"reason":"hate","span":"Jewish"}')
         for a in ("approve", "remove", "purge", "restore", "redact")]
    for method, path, body in endpoints:
        r = anon.request(method, path, body,
                         {"Content-Type": "application/json"})
        check(r.status in (401, 403), "%s %s: %d" % (method, path, r.status))
        check("error" in r.json(), "json error body")
    mod = login(srv)
    for method, path, body in endpoints:
        if method == "GET":
            continue
        for token in (None, "0" * 64, mod.csrf[:-1] + "x"):
            h = {"Content-Type": "application/json"}
            if token:
                h["X-CSRF-Token"] = token
            r = mod.request(method, path, body, h)
            eq(r.status, 403, "%s %s with csrf %r" % (method, path, token))
    # an expired session (idle 13 hours) is refused too
    con = sqlite3.connect(srv.db)
    con.execute("UPDATE sessions SET last_seen = last_seen - 13*3600")
    con.commit()
    con.close()
    r = mod.get("/api/v1/mod/queue")
    eq(r.status, 401, "expired session")
    _, after = comments(srv)
    eq(after["6"]["status"], "visible", "nothing changed")
    eq(len(after), len(by), "nothing changed")


def test_purge_erases_text_from_database_file(srv):
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    secret = "Calle Falsa 123 departamento 9 xyzzy-unique-marker"
    reader = srv.client()
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "He lives at " + secret,
                          "name": "Vecino marker-name"})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]
    # published first: one no reader saw leaves no tombstone (test_unseen)
    if r.status == 202:
        eq(act(mod, cid, "approve").status, 200, "approve")
    r = act(mod, cid, "purge")
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "purged", "purged")
    page = srv.client().get(ARTICLE_PATH).text
    check("Removed for legal reasons" in page, "purged tombstone")
    check("xyzzy-unique-marker" not in page, "not in the page")
    api = srv.client().get("/api/v1/articles/%d/comments" % aid).text
    check("xyzzy-unique-marker" not in api, "not in the API")
    for suffix in ("", "-wal", "-shm"):
        p = srv.db + suffix
        if os.path.exists(p):
            data = open(p, "rb").read()
            check(b"xyzzy-unique-marker" not in data, "text in " + p)
            check(b"marker-name" not in data, "name in " + p)
    r = act(mod, cid, "restore")
    eq(r.status, 409, "a purge cannot be undone")


def test_redaction_leaves_no_copy_in_database_files(srv):
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    passage = "Avenida Juárez 9988 departamento 12"
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "Sé dónde vive: " + passage + "."})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]
    r = act(mod, cid, "redact", {"span": passage})
    eq(r.status, 200, r.text)
    check(passage not in srv.client().get(ARTICLE_PATH).text,
          "not in the page")
    data = srv.db_bytes()
    for piece in (passage, "Juárez 9988", "departamento 12"):
        check(piece.encode() not in data, "%r in the database files" % piece)
    check(b"[redacted]" in data, "the redacted text is stored")


def test_redaction_matches_any_case(srv):
    """A name typed "Juan Pérez" is redacted where the comment wrote it in
    capitals or in small letters too, and nothing else changes."""
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid, {
        "body": "JUAN PÉREZ vive en Ñuñoa; juan pérez no contesta."})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]
    r = act(mod, cid, "redact", {"span": "Juan Pérez"})
    eq(r.status, 200, r.text)
    _, by = comments(srv)
    mine = [c for c in by.values() if c["id"] == cid][0]
    check("PÉREZ" not in mine["html"] and "pérez" not in mine["html"],
          "every case redacted: " + mine["html"])
    check("[redacted] vive en Ñuñoa; [redacted] no contesta." in mine["html"],
          "the rest as written: " + mine["html"])
    data = srv.db_bytes()
    for piece in ("JUAN PÉREZ", "juan pérez"):
        check(piece.encode() not in data, "%r in the database files" % piece)


def test_author_deletion_leaves_no_copy_in_database_files(srv):
    aid, _ = comments(srv)
    author = srv.client()
    r = author.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "Second thoughts, marker-qwv-5521."})
    eq(r.status, 201, r.text)
    cid = r.json()["comment"]["id"]
    eq(author.request("DELETE", "/api/v1/comments/%d" % cid).status, 200,
       "deleted")
    check(b"marker-qwv-5521" not in srv.db_bytes(),
          "the deleted text is in the database files")


def test_state_machine_over_http(srv):
    add_user(srv)
    mod = login(srv)
    _, by = comments(srv)
    cid = by["13"]["id"]
    eq(act(mod, cid, "approve").status, 409, "approve a visible comment")
    eq(act(mod, cid, "remove").status, 422, "remove needs a reason")
    eq(act(mod, cid, "remove", {"reason": "hate"}).status, 200, "remove")
    eq(act(mod, cid, "remove", {"reason": "hate"}).status, 409, "twice")
    eq(act(mod, cid, "restore").status, 200, "restore")
    r = act(mod, cid, "redact", {"span": "fucking"})
    eq(r.status, 200, "redact")
    _, by = comments(srv)
    check("[redacted]" in by["13"]["html"], "redacted text")
    check("fucking" not in by["13"]["html"], "span gone")
    page = srv.client().get(ARTICLE_PATH).text
    check("edited by a moderator" in page, "redaction is shown")
    eq(act(mod, cid, "redact", {"span": "nothing like this"}).status, 422,
       "span must exist")
    eq(act(mod, 999999, "remove", {"reason": "x"}).status, 404, "no comment")
    eq(act(mod, cid, "frobnicate").status, 404, "no such action")


def test_restore_puts_a_comment_back_where_it_was(srv):
    # a threat screening held, removed, then restored: back in the queue,
    # never on the page (no one approved it); a visible one comes back
    # visible
    aid, by = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": "I will kill you, I know you "
                                             "live at your house"})
    eq(r.status, 202, r.text)
    cid = r.json()["comment"]["id"]
    add_user(srv)
    mod = login(srv)
    eq(act(mod, cid, "remove", {"reason": "threat"}).status, 200, "remove")
    r = act(mod, cid, "restore")
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "held", "held again")
    items = mod.get("/api/v1/mod/queue").json()["items"]
    back = [i for i in items if i["comment"]["id"] == cid]
    eq(len(back), 1, "back in the queue")
    check("screening" in back[0]["why"], back[0]["why"])
    check("kill you" not in srv.client().get(ARTICLE_PATH).text,
          "not on the page")
    log = mod.get("/api/v1/mod/log?id=%d" % cid).text
    check("restore" in log, "the restore is logged")
    # a visible comment comes back visible
    vid = by["13"]["id"]
    eq(act(mod, vid, "remove", {"reason": "hate"}).status, 200, "remove")
    eq(act(mod, vid, "restore").json()["comment"]["status"], "visible",
       "visible again")
    # approved after the restore, then removed and restored: visible
    eq(act(mod, cid, "approve").status, 200, "approve")
    eq(act(mod, cid, "remove", {"reason": "threat"}).status, 200, "remove")
    eq(act(mod, cid, "restore").json()["comment"]["status"], "visible",
       "visible: a moderator approved it")


def test_restore_refuses_an_imported_tombstone_without_text(srv):
    # #1.1 of the demo was removed on Blogger, which kept no text: a
    # restore would publish an empty comment with Reply and Report links
    from test_admin import csrf_of
    _, by = comments(srv)
    eq(by["1.1"]["status"], "removed", "imported as a tombstone")
    cid = by["1.1"]["id"]
    add_user(srv)
    mod = login(srv)
    r = act(mod, cid, "restore")
    eq(r.status, 409, r.text)
    eq(r.json()["error"]["code"], "not_allowed", r.text)
    check("no text to restore" in r.json()["error"]["message"], r.text)
    _, after = comments(srv)
    eq(after["1.1"]["status"], "removed", "still a tombstone")
    # the log page's Restore answers the same, with the message
    mod.csrf = csrf_of(mod.get("/admin/log").text)
    r = mod.post_form("/admin/comments/%d/restore" % cid, {"csrf": mod.csrf})
    eq(r.status, 409, "refused on the log page")
    check("no text to restore" in r.text, "says why")
    mod.cookies["charla_lang"] = "es"
    r = mod.post_form("/admin/comments/%d/restore" % cid, {"csrf": mod.csrf})
    check("no tiene texto que restaurar" in r.text, "in Spanish")
    _, after = comments(srv)
    eq(after["1.1"]["status"], "removed", "still a tombstone")


def test_restore_of_a_pending_comment_leaves_it_pending(srv):
    from test_admin import csrf_of, premoderated_queue
    mod, _, ids = premoderated_queue(srv, 1)
    mod.csrf = csrf_of(mod.get("/admin/queue").text)
    eq(act(mod, ids[0], "remove", {"reason": "spam"}).status, 200, "remove")
    r = act(mod, ids[0], "restore")
    eq(r.status, 200, r.text)
    eq(r.json()["comment"]["status"], "pending", "pending again")


def test_reports_hold_after_three(srv):
    aid, by = comments(srv)
    cid = by["9"]["id"]
    url = "/api/v1/comments/%d/report" % cid
    readers = [srv.reader() for _ in range(3)]
    r = readers[0].post_json(url, {"reason": "antisemitic"})
    eq(r.status, 201, r.text)
    eq(r.json()["held"], False, "not held after one")
    eq(readers[0].post_json(url, {"reason": "again"}).status, 409,
       "one report per reader")
    eq(readers[1].post_json(url, {"reason": ""}).status, 422, "needs reason")
    eq(readers[1].post_json(url, {"reason": "hate"}).json()["held"], False,
       "two")
    eq(readers[2].post_json(url, {"reason": "hate"}).json()["held"], True,
       "held at three")
    _, after = comments(srv)
    check("9" not in after, "held comment leaves the public thread")
    add_user(srv)
    mod = login(srv)
    items = mod.get("/api/v1/mod/queue").json()["items"]
    item = [i for i in items if i["comment"]["id"] == cid]
    eq(len(item), 1, "in the queue")
    check("held" in item[0]["why"] and "reported" in item[0]["why"],
          item[0]["why"])
    eq(len(item[0]["reports"]), 3, "reports listed")
    eq(item[0]["article"]["path"], ARTICLE_PATH, "article")
    eq(act(mod, cid, "approve").status, 200, "approve")
    _, after = comments(srv)
    check("9" in after, "back in the thread")


def test_report_page_suggests_reasons(srv):
    """The report's field offers the moderators' reasons in the reader's
    language (a datalist: tap, not type), and one of them sends."""
    _, by = comments(srv)
    cid = by["9"]["id"]
    path = "/comments/%d/report" % cid
    for lang, words in (("en", ("threat", "doxxing", "hate", "spam")),
                        ("es", ("amenaza", "exposición de datos personales",
                                "odio", "fuera de tema"))):
        page = srv.client().get(path, {"Accept-Language": lang}).text
        check('list="report-reasons"' in page, lang + ": the field's list")
        listed = re.search(r'<datalist id="report-reasons">(.*?)</datalist>',
                           page, re.S)
        check(listed, lang + ": a datalist")
        for w in words:
            check('<option value="%s">' % w in listed.group(1),
                  "%s: %r offered in %r" % (lang, w, listed.group(1)))
    reader = srv.client()
    r = reader.post_form(path, {"reason": "amenaza"})
    eq(r.status, 200, r.text)
    check("Thank you" in r.text, "the report is taken")


def test_ban_refuses_posts_and_others_still_post(srv):
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    troll, other = srv.client(), srv.client()
    r = troll.post_json(url, {"body": "A harmless first comment here."})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]
    import json
    r = mod.request("POST", "/api/v1/mod/bans",
                    json.dumps({"comment": cid, "duration": "7d"}),
                    {"Content-Type": "application/json",
                     "X-CSRF-Token": mod.csrf})
    eq(r.status, 201, r.text)
    r = troll.post_json(url, {"body": "Another comment after the ban."})
    eq(r.status, 403, "banned")
    eq(r.json()["error"]["code"], "banned", "code")
    # in plain Spanish ("tienes prohibido comentar", not the calque
    # "tienes bloqueado comentar")
    r = troll.request("POST", url, json.dumps({"body": "Otra vez."}),
                      {"Content-Type": "application/json",
                       "Accept-Language": "es"})
    eq(r.status, 403, "banned, in Spanish")
    eq(r.json()["error"]["message"],
       "Por ahora tienes prohibido comentar. Inténtalo más tarde.", "es")
    r = other.post_json(url, {"body": "Someone else can still comment."})
    check(r.status in (201, 202), "others post")
    # a timed ban lifts by itself
    con = sqlite3.connect(srv.db)
    con.execute("UPDATE bans SET until = 1")
    con.commit()
    con.close()
    r = troll.post_json(url, {"body": "Back after the ban ran out."})
    check(r.status in (201, 202), "ban expired: %d" % r.status)


def test_banned_reader_cannot_report(srv):
    """Reports hold comments once enough readers send them, so a banned
    reader may not report: by the API, the embed widget and the report
    form, refused as a banned reader's post is (403, code "banned"), and
    nothing reaches the queue; a reader without that cookie still can."""
    from test_embed import BLOG, allow
    add_user(srv)
    mod = login(srv)
    aid, by = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    troll = srv.client()
    r = troll.post_json(url, {"body": "A harmless first comment here."})
    check(r.status in (201, 202), r.text)
    own = r.json()["comment"]["id"]
    r = mod.request("POST", "/api/v1/mod/bans",
                    json.dumps({"comment": own, "duration": "7d"}),
                    {"Content-Type": "application/json",
                     "X-CSRF-Token": mod.csrf})
    eq(r.status, 201, r.text)
    target = by["9"]["id"]
    r = troll.post_json("/api/v1/comments/%d/report" % target,
                        {"reason": "spam"})
    eq(r.status, 403, "API: " + r.text)
    eq(r.json()["error"]["code"], "banned", "API code")
    check("banned" in r.json()["error"]["message"], r.text)
    allow(srv)
    r = troll.request("POST", "/embed/report?comment=%d" % target,
                      json.dumps({"reason": "spam"}),
                      {"Origin": BLOG, "Content-Type": "application/json"})
    eq(r.status, 403, "embed: " + r.text)
    eq(r.json()["error"]["code"], "banned", "embed code")
    for lang, words in (("en", "you cannot report comments"),
                        ("es", "Por ahora tienes prohibido participar en las "
                               "conversaciones de este sitio, así que no "
                               "puedes reportar comentarios")):
        r = troll.request("POST", "/comments/%d/report" % target,
                          "reason=spam",
                          {"Content-Type": "application/x-www-form-urlencoded",
                           "Accept-Language": lang})
        eq(r.status, 403, "form: " + r.text[:300])
        check(words in r.text, lang + ": says why")
        check("Thank you" not in r.text, "not taken")
    items = [i for i in mod.get("/api/v1/mod/queue").json()["items"]
             if i["comment"]["id"] == target]
    eq(items, [], "no report reached the queue")
    r = srv.client().post_json("/api/v1/comments/%d/report" % target,
                               {"reason": "spam"})
    eq(r.status, 201, "another reader reports: " + r.text)


def test_audit_log_ban_end_in_site_zone_and_rows_name_their_article(srv):
    """The log page shows a ban's end in the site's zone, as every other
    time on it, not in UTC; and a row about a comment names the comment's
    article under its number (every thread has its own #1)."""
    import html as htmllib
    import time
    r = srv.cli("setting", "set", "timezone", "-06:00", "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.restart()
    add_user(srv)
    mod = login(srv)
    aid, by = comments(srv)
    title = srv.client().get("/api/v1/articles").json()["articles"][0]["title"]
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "A harmless first comment here."})
    check(r.status in (201, 202), r.text)
    r = mod.request("POST", "/api/v1/mod/bans",
                    json.dumps({"comment": r.json()["comment"]["id"],
                                "duration": "7d"}),
                    {"Content-Type": "application/json",
                     "X-CSRF-Token": mod.csrf})
    eq(r.status, 201, r.text)
    con = sqlite3.connect(srv.db)
    ban_id, until = con.execute("SELECT id, until FROM bans").fetchone()
    con.close()
    # the lift's row says which ban it lifted: one until a time
    r = mod.request("DELETE", "/api/v1/mod/bans/%d" % ban_id, None,
                    {"X-CSRF-Token": mod.csrf})
    eq(r.status, 200, r.text)
    t = time.gmtime(until - 6 * 3600)
    local = "%s %d, %d %d:%02d %s" % (
        time.strftime("%B", t), t.tm_mday, t.tm_year,
        (t.tm_hour % 12) or 12, t.tm_min, "AM" if t.tm_hour < 12 else "PM")
    page = mod.get("/admin/log", {"Accept-Language": "en"}).text
    row = re.search(r'<tr class="log-unban">.*?</tr>', page, re.S)
    check(row, "the lift's row")
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", row.group(0)))
    check("until " + local in text, "in the site's zone: %r" % text)
    check("UTC" not in text, "not in UTC: %r" % text)
    check('<small class="log-article">' in row.group(0), row.group(0))
    check(title in text, "names the article %r: %r" % (title, text))


def test_reserved_staff_names(srv):
    add_user(srv, "Nagging Kathi")
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    for name in ("Nagging Kathi", "nagging kathi", "Nágging Káthi",
                 "NAGGING  KATHI", "Nagging K\u0430thi", "N4gging Kathi"):
        r = c.post_json(url, {"body": "Language please", "name": name})
        eq(r.status, 422, "name %r" % name)
        check("staff" in r.json()["error"]["message"], "message")
    r = c.post_json(url, {"body": "A normal comment.", "name": "Kathy"})
    check(r.status in (201, 202), "other names are fine")


def test_author_deletes_own_comment(srv):
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    author, other = srv.client(), srv.client()
    cid = author.post_json(url, {"body": "I regret posting this."}).json()[
        "comment"]["id"]
    eq(other.request("DELETE", "/api/v1/comments/%d" % cid).status, 403,
       "not yours")
    eq(author.request("DELETE", "/api/v1/comments/%d" % cid).status, 200,
       "delete")
    _, by = comments(srv)
    gone = [c for c in by.values() if c["id"] == cid][0]
    eq(gone["status"], "deleted", "tombstone")
    page = srv.client().get(ARTICLE_PATH).text
    check("Deleted by its author" in page, "tombstone text")
    _, demo = comments(srv)
    eq(author.request("DELETE", "/api/v1/comments/%d" % demo["1"]["id"]).status,
       403, "imported comments cannot be deleted")


def test_staff_post_is_badged(srv):
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    import json
    url = "/api/v1/articles/%d/comments" % aid
    r = mod.request("POST", url, json.dumps({"body": "Language please",
                                             "parent": "1"}),
                    {"Content-Type": "application/json"})
    eq(r.status, 403, "staff post without CSRF")
    r = mod.request("POST", url, json.dumps({"body": "Language please",
                                             "parent": "1"}),
                    {"Content-Type": "application/json",
                     "X-CSRF-Token": mod.csrf})
    eq(r.status, 201, r.text)
    com = r.json()["comment"]
    eq(com["author"]["staff"], True, "staff")
    eq(com["author"]["name"], "Kathi", "name")
    page = srv.client().get(ARTICLE_PATH).text
    check('class="badge"' in page, "badge on the page")


def test_login_lockout(srv):
    add_user(srv)
    c = srv.client()
    for _ in range(5):
        r = c.post_json("/api/v1/session", {"name": "Kathi",
                                            "password": "wrong password"})
        eq(r.status, 401, "wrong password")
    r = c.post_json("/api/v1/session", {"name": "Kathi",
                                        "password": PASSWORD})
    eq(r.status, 429, "locked even with the right password")
    check(r.header("Retry-After"), "Retry-After")


def test_user_cli(srv):
    add_user(srv, "Ed", "editor")
    r = srv.cli("user", "add", "ed", "--role", "admin", "--db", srv.db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 1, "duplicate name (case folded)")
    r = srv.cli("user", "add", "Shorty", "--role", "moderator", "--db",
                srv.db, stdin="short\n")
    eq(r.returncode, 1, "short password refused")
    r = srv.cli("user", "add", "X", "--role", "boss", "--db", srv.db,
                stdin=PASSWORD + "\n")
    eq(r.returncode, 2, "bad role")
    r = srv.cli("user", "list", "--db", srv.db)
    eq(r.stdout.strip(), "Ed\teditor", "list")
    r = srv.cli("user", "passwd", "Ed", "--db", srv.db,
                stdin="another long password\n")
    eq(r.returncode, 0, r.stderr)
    c = srv.client()
    eq(c.post_json("/api/v1/session", {"name": "Ed", "password":
                                       "another long password"}).status, 200,
       "new password works")
    r = srv.cli("user", "remove", "Ed", "--db", srv.db)
    eq(r.returncode, 0, "remove")
    eq(c.get("/api/v1/mod/queue").status, 401, "sessions end with the user")
    con = sqlite3.connect(srv.db)
    row = con.execute("select count(*) from users").fetchone()
    eq(row[0], 0, "no users")


def test_screening_holds_a_threat(srv):
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": "I will find you and cut your "
                                             "head off, you rat"})
    eq(r.status, 202, r.text)
    check("awaiting review" in r.json()["message"], "message")
    _, by = comments(srv)
    check(not any("cut your" in c.get("html", "") for c in by.values()),
          "not public")
    add_user(srv)
    mod = login(srv)
    items = mod.get("/api/v1/mod/queue").json()["items"]
    held = [i for i in items if "cut your" in i["comment"]["body"]]
    eq(len(held), 1, "in the queue")
    check("screening" in held[0]["why"], held[0]["why"])
    eq(held[0]["screen"]["category"], "threat", "category")
    check(held[0]["screen"]["spans"], "spans for the highlight")


def _queued_marks(srv, needle, category):
    """The one queued comment whose body holds needle: assert it was held
    as category, and return the texts its spans of that category mark."""
    add_user(srv)
    mod = login(srv)
    items = mod.get("/api/v1/mod/queue").json()["items"]
    held = [i for i in items if needle in i["comment"]["body"]]
    eq(len(held), 1, "in the queue")
    eq(held[0]["screen"]["category"], category, "category")
    body = held[0]["comment"]["body"].encode()
    return [body[s["offset"]:s["offset"] + s["len"]].decode()
            for s in held[0]["screen"]["spans"]
            if s.get("category") == category]


def _held_then_published(srv, held, published, why):
    """Post held (answered 202, awaiting review) and then published
    (answered 201) under the demo article."""
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    r = c.post_json(url, {"body": held})
    eq(r.status, 202, r.text)
    r = c.post_json(url, {"body": published})
    eq(r.status, 201, why + ": " + r.text)


def test_screening_holds_an_insult_said_to_a_reader(srv):
    # the insult grammar: said to someone, held with its words marked;
    # officials called the same name are published
    _held_then_published(srv, "El que escribió esto es un inútil, y lo sabe.",
                         "Los diputados son unos payasos.",
                         "officials called names are published")
    marked = _queued_marks(srv, "inútil", "insult")
    check("escribió esto es un inútil" in marked, marked)


def test_screening_holds_a_witness_given_away_in_words(srv):
    # no phone, no house number: the witness, his name, his work and his
    # hours are enough to find him; a report of where a crime happened
    # is published
    _held_then_published(srv, "Everyone knows the witness is Ramiro, he "
                              "works at the tire shop by the bridge and "
                              "leaves at 9pm.",
                         "A neighbour said the shots were fired near the "
                         "Oxxo on Calle Morelos at 6am.",
                         "a report is published")
    marked = _queued_marks(srv, "Ramiro", "doxxing")
    check(any(m.startswith("witness is Ramiro") and m.endswith("9pm")
              for m in marked), marked)


def test_screening_holds_menace_said_as_a_compliment(srv):
    # no violent word: a stranger admiring the reporter's children, then
    # what they wear; praise of a parade photo is published
    _held_then_published(srv, "Qué bonitos tus niños. El uniforme azul les "
                              "queda muy bien.",
                         "Qué bonitos tus niños en la foto del desfile, "
                         "felicidades.",
                         "praise of a photo is published")
    marked = _queued_marks(srv, "uniforme", "threat")
    check("bonitos tus niños" in marked, marked)


def test_screening_publishes_a_lawful_price_and_a_colour(srv):
    # the threat head read "or you will be" as a threat and the heads read
    # "negro" as hate; both are published, a real ultimatum is not
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    for body in ("Pay your taxes or you will be fined.",
                 "Mis hijas van a la escuela con zapatos negros y calcetas "
                 "blancas."):
        r = c.post_json(url, {"body": body})
        eq(r.status, 201, body + ": " + r.text)
    r = c.post_json(url, {"body": "Keep it up and you will ride in a trunk, "
                                  "one-way ticket."})
    eq(r.status, 202, r.text)


def test_serve_refuses_a_missing_or_broken_model(srv):
    # the threat phrases live in the model file: a server that quietly ran
    # without it would publish the threat above
    broken = os.path.join(srv.dir, "broken.model")
    with open(broken, "wb") as f:
        f.write(b"NOTAMODEL" + bytes(1024))
    for model, why in ((os.path.join(srv.dir, "missing.model"),
                        "No such file"), (broken, "wrong magic")):
        db = os.path.join(srv.dir, "never.db")
        r = srv.cli("serve", "--db", db, "--listen", "127.0.0.1:1",
                    "--model", model)
        eq(r.returncode, 1, "serve stops: " + r.stderr)
        check("screening model" in r.stderr and why in r.stderr, r.stderr)
        check("--model none" in r.stderr, "says how to run without one")
        check(not os.path.exists(db), "no database created")


def test_model_none_serves_with_word_lists_grammar_and_guard(srv):
    srv.restart(("--model", "none"))
    check("screening model off" in open(srv.log_path).read(), "warned")
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    c = srv.client()
    # a phrase of the threat lists, which live in the model file
    r = c.post_json(url, {"body": "Pozolearlo es lo que merece ese soplon."})
    eq(r.status, 201, "without the model the threat phrase is not known")
    # the threat grammar is code, not model data: it still holds
    r = c.post_json(url, {"body": "I will find you and cut your head off, "
                                  "you rat"})
    eq(r.status, 202, "the threat grammar still holds: " + r.text)
    r = c.post_json(url, {"body": "Su casa es Calle Hidalgo 214, Colonia "
                                  "Centro, llamen al 55 1234 5678"})
    eq(r.status, 202, "the doxxing guard still holds: " + r.text)


def test_raid_mode_premoderates_and_calls_webhook(srv):
    import hashlib
    import hmac
    import http.server
    import json
    import threading
    got = []

    class Hook(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got.append((self.headers.get("X-Charla-Event"),
                        self.headers.get("X-Charla-Signature"), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    hook = http.server.HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        con = sqlite3.connect(srv.db)
        for k, v in (("raid_comments_per_min", "3"),
                     ("webhook_url", "http://127.0.0.1:%d/hook" %
                      hook.server_address[1]),
                     ("webhook_secret", "s3cret")):
            con.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (k, v))
        con.commit()
        con.close()
        aid, _ = comments(srv)
        url = "/api/v1/articles/%d/comments" % aid
        statuses = [srv.client().post_json(
            url, {"body": "Comment number %d about the article." % i}).status
            for i in range(4)]
        eq(statuses, [201, 201, 201, 201], "the first four are published")
        r = srv.client().post_json(url, {"body": "One more during the raid."})
        eq(r.status, 202, "raid mode holds new comments for review")
        add_user(srv)
        mod = login(srv)
        q = mod.get("/api/v1/mod/queue").json()
        eq([x["id"] for x in q["raids"]], [aid], "the queue shows the raid")
        import time
        deadline = time.time() + 30  # a failed try is retried after 1, 4 s
        while not got and time.time() < deadline:
            time.sleep(0.05)
        check(got, "webhook called")
        event, sig, body = got[0]
        eq(event, "raid.start", "event")
        eq(json.loads(body)["article"]["id"], aid, "article in the body")
        eq(sig, "sha256=" + hmac.new(b"s3cret", body,
                                     hashlib.sha256).hexdigest(),
           "HMAC signature")
        page = ""
        deadline = time.time() + 30  # the log entry follows the delivery
        while time.time() < deadline:
            page = mod.get("/admin/webhooks").text
            if "raid.start" in page:
                break
            time.sleep(0.1)
        check("raid.start" in page and "delivered" in page,
              "the delivery log shows the webhook")
        r = mod.request("POST", "/api/v1/mod/articles/%d/end-raid" % aid, "",
                        {"X-CSRF-Token": mod.csrf})
        eq(r.status, 200, r.text)
        eq(mod.get("/api/v1/mod/queue").json()["raids"], [], "raid ended")
        log = mod.get("/api/v1/mod/log").json()["log"]
        actions = [e["action"] for e in log]
        check("raid-start" in actions and "raid-end" in actions, actions)
    finally:
        hook.shutdown()


def test_staff_page_is_the_shared_page_plus_a_staff_part(srv):
    # an editor's page (a moderator's is rendered for them alone, with the
    # held comments and the controls: test_staff_thread.py)
    add_user(srv, "Ed", "editor")
    editor = srv.client()
    r = editor.post_json("/api/v1/session", {"name": "Ed",
                                             "password": PASSWORD})
    eq(r.status, 200, "login")
    public = srv.client().get(ARTICLE_PATH).text
    staff = editor.get(ARTICLE_PATH).text
    check('name="csrf" value="%s"' % r.json()["csrf"] in staff,
          "staff form field")
    check("name=\"csrf\"" not in public, "never in the shared page")
    # the same page, but for the part spliced in where the marker was and
    # the form's parts for readers only (the display name, the handle's
    # cookie), which a staff member's page leaves out
    check("<!--charla:reader-->" in public, "the readers' parts marked")
    public = re.sub(r"<!--charla:reader-->.*?<!--/charla:reader-->", "",
                    public, flags=re.S)
    parts = public.replace("<!--charla:notice-->", "").split(
        "<!--charla:staff-->")
    eq(len(parts), 2, "one marker in the shared page")
    check(staff.startswith(parts[0]) and staff.endswith(parts[1]),
          "built from the shared page")


def mod_json(c, method, path, body=None, csrf=True):
    import json
    h = {"Content-Type": "application/json"}
    if csrf:
        h["X-CSRF-Token"] = c.csrf
    return c.request(method, path, json.dumps(body) if body is not None
                     else "", h)


def test_ban_api_replaces_lists_and_lifts(srv):
    """A reader banned twice has one ban, the newer one, and the answer
    says what it replaced; GET /api/v1/mod/bans lists the bans in force
    without token or address; lifting (POST .../lift or DELETE) lets the
    reader post again and is in the audit log."""
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    troll = srv.client()
    r = troll.post_json(url, {"body": "A harmless first comment here."})
    check(r.status in (201, 202), r.text)
    cid = r.json()["comment"]["id"]

    r = mod_json(mod, "POST", "/api/v1/mod/bans",
                 {"comment": cid, "duration": "1d"})
    eq(r.status, 201, r.text)
    eq(r.json()["replaced"], None, "nothing replaced")
    r = mod_json(mod, "POST", "/api/v1/mod/bans",
                 {"comment": cid, "duration": "permanent"})
    eq(r.status, 200, "a second ban replaces the first: " + r.text)
    replaced = r.json()["replaced"]
    eq(replaced["actor"], "Kathi", "whose ban it replaced")
    check(replaced["until"] > 0, "the 1d ban it replaced")

    r = mod.get("/api/v1/mod/bans")
    eq(r.status, 200, r.text)
    bans = r.json()["bans"]
    eq(len(bans), 1, "one ban for one reader")
    eq(bans[0]["comment"], cid, "the comment")
    eq(bans[0]["until"], 0, "permanent, the newer ban")
    check(bans[0]["handle"], "the reader's handle")
    check("author_hash" not in r.text and "127.0.0.1" not in r.text,
          "no token hash, no address")
    eq(srv.client().get("/api/v1/mod/bans").status, 401, "staff only")

    ban_id = bans[0]["id"]
    r = mod_json(mod, "DELETE", "/api/v1/mod/bans/%d" % ban_id, csrf=False)
    eq(r.status, 403, "lifting needs the CSRF token")
    r = mod_json(mod, "POST", "/api/v1/mod/bans/%d/lift" % ban_id,
                 {"note": 5})
    eq(r.status, 400, "a note that is not text")
    eq(troll.post_json(url, {"body": "Still banned at this point."}).status,
       403, "still banned")
    r = mod_json(mod, "POST", "/api/v1/mod/bans/%d/lift" % ban_id,
                 {"note": "wrong key"})
    eq(r.status, 200, r.text)
    eq(r.json()["lifted"]["comment"], cid, "the lifted ban")
    eq(mod.get("/api/v1/mod/bans").json()["bans"], [], "no bans in force")
    r = troll.post_json(url, {"body": "Back after the ban was lifted."})
    check(r.status in (201, 202), "posts again: %d" % r.status)
    r = mod_json(mod, "DELETE", "/api/v1/mod/bans/%d" % ban_id)
    eq(r.status, 404, "nothing left to lift")
    eq(r.json()["error"]["code"], "no_ban", "code")

    # ban, lift with DELETE
    r = mod_json(mod, "POST", "/api/v1/mod/bans",
                 {"comment": cid, "duration": "7d"})
    eq(r.status, 201, "banned again, nothing in force to replace")
    ban_id = mod.get("/api/v1/mod/bans").json()["bans"][0]["id"]
    r = mod_json(mod, "DELETE", "/api/v1/mod/bans/%d" % ban_id)
    eq(r.status, 200, "DELETE lifts too")

    log = mod.get("/api/v1/mod/log?id=%d" % cid).json()["log"]
    actions = [e["action"] for e in log]
    eq(actions, ["unban", "ban", "unban", "ban", "ban"], "every step logged")
    eq(log[2]["reason"], "permanent", "what the lift ended")
    eq(log[2]["note"], "wrong key", "the moderator's note")
    check(log[3]["reason"].startswith("permanent, replacing a ban until"),
          "the replacement is in the log: %r" % log[3]["reason"])


def test_rebanning_keeps_one_row(srv):
    """Banning a reader three times leaves one row in bans, not three."""
    add_user(srv)
    mod = login(srv)
    aid, _ = comments(srv)
    r = srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "A comment to be banned for."})
    cid = r.json()["comment"]["id"]
    for duration in ("1d", "7d", "permanent"):
        r = mod_json(mod, "POST", "/api/v1/mod/bans",
                     {"comment": cid, "duration": duration})
        check(r.status in (200, 201), r.text)
    con = sqlite3.connect(srv.db)
    rows = con.execute("SELECT until FROM bans").fetchall()
    con.close()
    eq(rows, [(0,)], "one row, the last ban")


def second_article(srv, editor):
    """An editor's second article with ten comments, numbered 1 to 10 as
    in the demo article: (its id, the comments' ids in order)."""
    from test_admin import csrf_of
    r = editor.post_form("/admin/articles/new", {
        "csrf": csrf_of(editor.get("/admin/articles/new").text),
        "title": "Second", "path": "/2026/12/second", "byline": "Staff",
        "lead_image": "", "lead_caption": "", "labels": "",
        "body": "Text.", "published": "1", "discussion": "0",
        "op": "save"})
    eq(r.status, 303, "article made")
    other = int(r.header("Location").split("/")[3].split("?")[0])
    url = "/api/v1/articles/%d/comments" % other
    ids = []
    for i in range(10):
        r = srv.client().post_json(url, {"body": "Comment %d here." % i})
        check(r.status in (201, 202), r.text)
        ids.append(r.json()["comment"]["id"])
    return other, ids


def test_log_api_names_a_comment_by_its_number_or_id(srv):
    """GET /api/v1/mod/log?comment= takes the number a thread shows ("10",
    "#1.3"), in every article that has it unless ?article= names one;
    ?id= takes the comment's id; anything else is a 400 in JSON."""
    from test_admin import csrf_of, login as page_login
    add_user(srv)
    mod = login(srv)
    editor = page_login(srv, "Ed", "editor")
    aid, by = comments(srv)
    other, ids = second_article(srv, editor)
    ten = by["10"]["id"]
    check(ten != 10, "the id differs from the number (%d)" % ten)
    for cid in (ten, ids[9], by["1.3"]["id"]):
        eq(act(mod, cid, "remove", {"reason": "spam"}).status, 200, "remove")

    def rows(query):
        r = mod.get("/api/v1/mod/log" + query)
        eq(r.status, 200, "%s: %s" % (query, r.text))
        return [(e["comment"], e["article"], e["number"], e["action"])
                for e in r.json()["log"]]

    both = rows("?comment=10")
    eq(sorted(both), sorted([(ten, aid, "10", "remove"),
                             (ids[9], other, "10", "remove")]),
       "the number in both articles")
    eq(rows("?comment=%2310"), both, "with its #")
    eq(rows("?comment=10&article=%d" % other),
       [(ids[9], other, "10", "remove")], "narrowed to one article")
    eq(rows("?comment=10&article=%d" % aid), [(ten, aid, "10", "remove")],
       "or the other")
    eq(rows("?comment=%231.3"), [(by["1.3"]["id"], aid, "1.3", "remove")],
       "a reply's number")
    eq(rows("?comment=77"), [], "no comment has that number")
    eq(rows("?comment=10&article=999999"), [], "nor in that article")
    eq(rows("?comment=%d" % ten), [], "a bare number is the thread's")
    eq(rows("?id=%d" % ten), [(ten, aid, "10", "remove")], "?id= is the id")
    check(len(rows("")) >= 3, "no filter: the latest rows")
    for bad in ("?comment=x%3Cb", "?comment=1..2", "?comment=.1",
                "?comment=" + "1." * 40 + "1", "?id=x", "?id=0", "?id=-3",
                "?article=x&comment=10", "?article=%d" % aid,
                "?id=%d&comment=10" % ten):
        r = mod.get("/api/v1/mod/log" + bad)
        eq(r.status, 400, "%s refused" % bad)
        eq(r.json()["error"]["code"], "bad_request", "%s: JSON" % bad)
        check("comment=" in r.json()["error"]["message"], r.text)


def test_log_api_rows_name_their_article_as_the_log_page_does(srv):
    """Each row of GET /api/v1/mod/log about a comment names the comment's
    article, its id and the title the log page shows under the number
    (every thread has its own #10); a row about no comment names none."""
    import html as htmllib
    from test_admin import login as page_login
    add_user(srv)
    mod = login(srv)
    editor = page_login(srv, "Ed", "editor")
    aid, by = comments(srv)
    title = srv.client().get("/api/v1/articles").json()["articles"]
    title = [a["title"] for a in title if a["id"] == aid][0]
    other, ids = second_article(srv, editor)
    for cid in (by["10"]["id"], ids[9]):
        eq(act(mod, cid, "remove", {"reason": "spam"}).status, 200, "remove")
    # a raid's end is a row about the article and no comment
    srv.set_setting("raid_readers_per_min", "3")
    for i in range(5):
        srv.client().post_json("/api/v1/articles/%d/comments" % aid,
                               {"body": "New reader number %d here." % i})
    r = mod.request("POST", "/api/v1/mod/articles/%d/end-raid" % aid, "",
                    {"X-CSRF-Token": mod.csrf})
    eq(r.status, 200, r.text)
    log = mod.get("/api/v1/mod/log").json()["log"]
    check(any(not e["comment"] for e in log), "a row about no comment")
    named = sorted((e["article"], e["article_title"]) for e in log
                   if e["comment"] and e["number"] == "10")
    eq(named, sorted([(aid, title), (other, "Second")]),
       "each #10 names its own article")
    for e in log:
        if not e["comment"]:
            eq(e["article_title"], None, "no comment, no name: %r" % e)
    # the names the log page shows under the numbers, row for row
    page = mod.get("/admin/log").text
    shown = [htmllib.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(
        r'<small class="log-article">(.*?)</small>', page, re.S)]
    eq(shown, [e["article_title"] for e in log if e["comment"]][:len(shown)],
       "as the log page names them")
    check(len(shown) >= 2, "the page names both: %r" % shown)
