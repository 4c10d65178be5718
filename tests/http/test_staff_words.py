"""test_staff_words.py - what the staff pages say and where they land: the
log's, the queue's and the badge's words in the page's language (the
stored words stay machine words), the log's comment filter by the number
a moderator sees, the statistics counting comments held when posted (by
the site's local days, named in the page's language) and their median
leaving out imported and older comments, the report page of a comment already held, the articles table's headings and
the screening try landing at its result."""
import datetime
import re
import time

from harness import check, eq
from test_admin import csrf_of, demo_article, login
from test_mod import comments, second_article

ES = {"Accept-Language": "es"}
EN = {"Accept-Language": "en"}
THREAT = "I will find you and cut your head off, rat"


def hold_by_reports(srv, cid):
    url = "/api/v1/comments/%d/report" % cid
    for _ in range(3):  # three readers who came back with their cookies
        r = srv.reader().post_json(url, {"reason": "hate"})
        eq(r.status, 201, r.text)
    return r.json()["held"]


def log_cells(page):
    """The text of the log table's cells, row by row (a comment's cell
    without its article's name under the number)."""
    page = re.sub(r'<br><small class="log-article">.*?</small>', "", page,
                  flags=re.S)
    rows = re.findall(r"<tr class=\"log-[^\"]*\">(.*?)</tr>", page, re.S)
    return [[re.sub(r"<[^>]+>", "", x).strip()
             for x in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in rows]


def test_staff_pages_speak_the_pages_language(srv):
    """In Spanish the role badge, the removal reasons, and the log's
    actors, actions, changes, reasons and system notes are Spanish; what
    a moderator typed is shown as typed; in English they read as before.
    The action filter offers the actions by name and filters by the
    stored word."""
    mod = login(srv, "Kathi")
    aid, by = comments(srv)
    csrf = csrf_of(mod.get("/admin/queue").text)
    check(hold_by_reports(srv, by["9"]["id"]), "held by reports")
    r = mod.post_form("/admin/queue/%d/remove" % by["10"]["id"],
                      {"csrf": csrf, "reason": "insult",
                       "note": "mi nota tal cual"})
    eq(r.status, 303, "removed")
    url = "/api/v1/articles/%d/comments" % aid
    rude = srv.client().post_json(url, {"body": "Plain words."}).json()
    r = mod.post_form("/admin/queue/%d/ban" % rude["comment"]["id"],
                      {"csrf": csrf, "duration": "permanent"})
    eq(r.status, 303, "banned")
    r = mod.post_form("/admin/comments/%d/restore" % by["10"]["id"],
                      {"csrf": csrf})
    eq(r.status, 303, "restored")
    author = srv.client()
    mine = author.post_json(url, {"body": "I regret this."}).json()
    eq(author.request("DELETE", "/api/v1/comments/%d" %
                      mine["comment"]["id"]).status, 200, "author deletes")
    r = srv.cli("rescreen", "--db", srv.db, "--article", str(aid))
    eq(r.returncode, 0, r.stderr)

    queue = mod.get("/admin/queue", ES).text
    check('<span class="role">moderador</span>' in queue, "role badge")
    check("1. insulto</option>" in queue and "7. otro</option>" in queue,
          "removal reasons in Spanish")
    check("1. insult<" not in queue and ">moderator<" not in queue,
          "no English reasons or role")
    check('<option value="insult">' in queue, "the stored value stays")

    log = mod.get("/admin/log", ES).text
    cells = log_cells(log)
    check(len(cells) >= 6, "the log has the rows: %r" % cells)
    words = {w for row in cells for w in row[1:2] + row[3:]}
    text = " ".join(w for row in cells for w in row[1:])
    for english in ("author", "system", "reader", "delete", "hold", "remove",
                    "ban", "restore", "held", "removed", "deleted",
                    "insult", "permanent"):
        check(english not in words and
              not re.search(r"\b%s\b" % english, text),
              "no %r in the Spanish log: %r" % (english, cells))
    for phrase in ("reader reports", "rescreened", "identity_hate",
                   "erased by its author"):
        check(phrase not in text, "no %r in the Spanish log" % phrase)
    for spanish in ("sistema", "autor", "retención", "eliminación",
                    "bloqueo", "restauración", "visible → retenido",
                    "reportes de lectores", "insulto", "para siempre",
                    "mi nota tal cual", "odio contra un grupo"):
        check(spanish in text, "%r in the Spanish log: %r" % (spanish, text))
    check('<option value="remove">eliminación</option>' in log,
          "the action filter names the actions")

    en = mod.get("/admin/log", EN).text
    en_text = " ".join(w for row in log_cells(en) for w in row[1:])
    for english in ("system", "remove", "visible → held", "reader reports",
                    "for good", "mi nota tal cual"):
        check(english in en_text, "%r in the English log" % english)
    only = log_cells(mod.get("/admin/log?action=remove", ES).text)
    check(only and all(row[3] == "eliminación" for row in only),
          "filtered by the stored action: %r" % only)
    only = log_cells(mod.get("/admin/log?actor=sistema", ES).text)
    check(only and all(row[1] == "sistema" for row in only),
          "the actor filter takes the word the page shows: %r" % only)
    only = log_cells(mod.get("/admin/log?actor=system", ES).text)
    check(only and all(row[1] == "sistema" for row in only),
          "and the stored word: %r" % only)
    check('<option value="remove" selected>' in
          mod.get("/admin/log?action=remove").text, "the filter is kept")


def test_log_comment_filter_takes_the_number_shown(srv):
    """After removing #10, typing 10 or #10 in the log's comment field shows
    its rows; a number of no comment shows none; the field says it takes
    the number; the row links still narrow to one comment."""
    mod = login(srv, "Kathi")
    aid, by = comments(srv)
    cid = by["10"]["id"]
    check(cid != 10, "the id differs from the number (%d)" % cid)
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/queue/%d/remove" % cid,
                      {"csrf": csrf, "reason": "threat"})
    eq(r.status, 303, "removed")
    r = mod.post_form("/admin/queue/%d/remove" % by["1.3"]["id"],
                      {"csrf": csrf, "reason": "insult"})
    eq(r.status, 303, "removed")
    for typed in ("10", "%2310", "+%2310+"):
        page = mod.get("/admin/log?comment=" + typed).text
        cells = log_cells(page)
        eq([row[2] for row in cells], ["#10"], "typed %r: %r" % (typed, cells))
    cells = log_cells(mod.get("/admin/log?comment=1.3").text)
    eq([row[2] for row in cells], ["#1.3"], "a reply's number")
    page = mod.get("/admin/log?comment=77").text
    eq(log_cells(page), [], "no such number: no rows")
    page = mod.get("/admin/log?comment=%d" % cid).text
    eq(log_cells(page), [], "a bare number is the thread's, not the id")
    page = mod.get("/admin/log?comment=10", ES).text
    check("p. ej. #1.3" in page, "the field says what it takes")
    check('value="#10"' in mod.get("/admin/log?comment=10").text,
          "the field keeps the number, as shown")
    # a mistyped filter keeps the moderator on the log, told why
    r = mod.get("/admin/log?comment=x%3Cb")
    eq(r.status, 400, "not a number")
    check("not a comment number" in r.text and "x<b" not in r.text,
          "says why, echoing nothing raw")
    check('<form' in r.text and 'name="comment"' in r.text,
          "the filter form is there to try again")
    eq(log_cells(r.text), [], "and no rows, which would pass for its own")
    check("No entries." not in r.text, "nor a word that the log is empty")
    r = mod.get("/admin/log?comment=hola", ES)
    eq(r.status, 400, "in Spanish too")
    check("no es un número de comentario" in r.text, "said in Spanish")
    eq(mod.get("/admin/log?comment=" + "1." * 40).status, 400, "too long")
    page = mod.get("/admin/log").text
    check('href="/admin/log?id=%d"' % cid in page, "a row links by id")
    cells = log_cells(mod.get("/admin/log?id=%d" % cid).text)
    eq([row[2] for row in cells], ["#10"], "the id link narrows to it")


def test_log_comment_number_in_two_articles(srv):
    """A number that exists in two articles shows both comments' rows and
    says so; ?article= narrows it to one."""
    mod = login(srv, "Kathi")
    editor = login(srv, "Ed", "editor")
    aid, by = comments(srv)
    other, ids = second_article(srv, editor)
    csrf = csrf_of(mod.get("/admin/queue").text)
    for cid in (by["10"]["id"], ids[9]):
        r = mod.post_form("/admin/queue/%d/remove" % cid,
                          {"csrf": csrf, "reason": "spam"})
        eq(r.status, 303, "removed")
    page = mod.get("/admin/log?comment=10").text
    eq(len(log_cells(page)), 2, "both")
    check("2 articles" in page, "and says so")
    cells = log_cells(mod.get("/admin/log?comment=10&article=%d" % other).text)
    eq(len(cells), 1, "narrowed to the article")


def held_today(mod):
    """The stats page's count of comments held today."""
    page = mod.get("/admin/stats").text
    rows = re.findall(r"<tr><th scope=\"row\">.*?</th><td>(\d+)</td>", page)
    return int(rows[0])


def post_held_threats(srv, n):
    """Posts n threats as a reader to the demo article; their ids, each
    held when posted."""
    url = "/api/v1/articles/%d/comments" % demo_article(srv)["id"]
    held = []
    for i in range(n):
        r = srv.client().post_json(url, {"body": THREAT + " %d" % i})
        eq(r.status, 202, "held when posted: %s" % r.text)
        held.append(r.json()["comment"]["id"])
    return held


def test_stats_count_comments_held_when_posted(srv):
    """A comment held by screening when posted counts as held on the day
    it was posted, whether it is still held or decided since; a comment
    held by reports counts once."""
    mod = login(srv, "Kathi")
    before = held_today(mod)
    held = post_held_threats(srv, 3)
    eq(held_today(mod), before + 3, "three held when posted")
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/queue/%d/approve" % held[0], {"csrf": csrf})
    eq(r.status, 303, "approved")
    r = mod.post_form("/admin/queue/%d/remove" % held[1],
                      {"csrf": csrf, "reason": "threat"})
    eq(r.status, 303, "removed")
    eq(held_today(mod), before + 3, "decided since: still counted once each")
    _, by = comments(srv)
    check(hold_by_reports(srv, by["9"]["id"]), "held by reports")
    eq(held_today(mod), before + 4, "a report hold counts once")


def test_stats_count_held_when_posted_after_a_ban(srv):
    """Banning the author of a comment held when posted (the first thing
    a moderator does with a threat) leaves it counted as held on the day
    it was posted, whether it still waits or is decided since: the ban's
    log row changes no status."""
    mod = login(srv, "Kathi")
    before = held_today(mod)
    held = post_held_threats(srv, 2)
    eq(held_today(mod), before + 2, "two held when posted")
    csrf = csrf_of(mod.get("/admin/queue").text)
    for cid in held:
        r = mod.post_form("/admin/queue/%d/ban" % cid,
                          {"csrf": csrf, "duration": "7d"})
        eq(r.status, 303, "author banned")
    eq(held_today(mod), before + 2, "still held, authors banned")
    r = mod.post_form("/admin/queue/%d/remove" % held[0],
                      {"csrf": csrf, "reason": "threat"})
    eq(r.status, 303, "removed")
    eq(held_today(mod), before + 2, "one removed since")


def test_log_cell_without_a_reason_is_empty(srv):
    """A row without a reason (an approval, a deletion) has an empty
    reason cell, which a phone hides (admin.css: td:empty) instead of
    showing "Reason:" with nothing after it; a row with one isolates it."""
    mod = login(srv, "Kathi")
    _, by = comments(srv)
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/queue/%d/remove" % by["10"]["id"],
                      {"csrf": csrf, "reason": "insult"})
    eq(r.status, 303, "removed")
    r = mod.post_form("/admin/comments/%d/restore" % by["10"]["id"],
                      {"csrf": csrf})
    eq(r.status, 303, "restored")
    for lang, label in ((EN, "Reason"), (ES, "Motivo")):
        page = mod.get("/admin/log", lang).text
        rows = re.findall(r'<tr class="log-(\w+)">(.*?)</tr>', page, re.S)
        cells = {a: re.search(r'<td data-label="%s">(.*?)</td>' % label,
                              row, re.S).group(1) for a, row in rows}
        eq(cells["restore"], "", "no reason: an empty cell")
        check(cells["remove"].startswith("<bdi>") and
              cells["remove"] != "<bdi></bdi>", "a reason, isolated")


def set_created(srv, cid, created):
    """Sets a comment's posting time (Unix seconds), in either backend."""
    srv.db_exec("UPDATE comments SET created = %d WHERE id = %d"
                % (created, cid))


def stats_rows(page):
    """The statistics table's rows, newest first: [day, held, removed,
    approved, median]."""
    return re.findall(r"<tr><th scope=\"row\">([^<]*)</th><td>(\d*)</td>"
                      r"<td>(\d*)</td><td>(\d*)</td><td>(\d*)</td></tr>", page)


def test_stats_median_leaves_out_imported_and_older_comments(srv):
    """A decision today on an imported comment (posted in 2021, or an
    hour ago) or on a reader's comment posted before the 30 days shown
    does not count in the median: a comment held when posted and approved at once is the
    day's only wait, a minute; the page says so in both languages, and
    the axis shows its top value in at most four characters."""
    mod = login(srv, "Kathi")
    aid, by = comments(srv)
    csrf = csrf_of(mod.get("/admin/queue").text)
    r = mod.post_form("/admin/queue/%d/remove" % by["10"]["id"],
                      {"csrf": csrf, "reason": "insult"})
    eq(r.status, 303, "imported comment removed")
    set_created(srv, by["11"]["id"], int(time.time()) - 3600)
    r = mod.post_form("/admin/queue/%d/remove" % by["11"]["id"],
                      {"csrf": csrf, "reason": "insult"})
    eq(r.status, 303, "recent imported comment removed")
    today = stats_rows(mod.get("/admin/stats").text)[0]
    eq(today[2], "2", "the removals count as decisions")
    eq(today[4], "", "but not in the median: %r" % (today,))

    url = "/api/v1/articles/%d/comments" % aid
    r = srv.client().post_json(url, {"body": THREAT})
    eq(r.status, 202, "held when posted: %s" % r.text)
    r = mod.post_form("/admin/queue/%d/approve" % r.json()["comment"]["id"],
                      {"csrf": csrf})
    eq(r.status, 303, "approved")
    r = srv.client().post_json(url, {"body": "Posted long ago, says the db."})
    eq(r.status, 201, r.text)
    old = r.json()["comment"]["id"]
    set_created(srv, old, int(time.time()) - 40 * 86400)
    r = mod.post_form("/admin/queue/%d/remove" % old,
                      {"csrf": csrf, "reason": "spam"})
    eq(r.status, 303, "older comment removed")
    page = mod.get("/admin/stats").text
    today = stats_rows(page)[0]
    eq(today[2], "3", "three removals")
    check(today[4] in ("0", "1"), "the median is of the fresh comment alone "
          "(decided within a minute): %r" % (today,))
    ticks = re.findall(r"<text class=\"tick\"[^>]*text-anchor=\"end\">"
                       r"([^<]*)</text>", page)
    check(ticks and all(len(t) <= 4 for t in ticks), "short ticks: %r" % ticks)
    check("imported comments and older ones are left out" in page,
          "the page says which comments count")
    page = mod.get("/admin/stats", ES).text
    check("los importados y los más antiguos quedan fuera" in page,
          "and in Spanish")


EN_MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ES_MON = "ene feb mar abr may jun jul ago sep oct nov dic".split()


def test_stats_days_are_the_sites_local_days_by_name(srv):
    """With the site's clock far from UTC, the newest row is the site's
    local today, not UTC's, and every day reads as month and day in the
    page's language ("Dec 4", "4 dic"), never as "12-04"."""
    offset = 13 * 3600 if time.gmtime().tm_hour >= 12 else -12 * 3600
    zone = "+13:00" if offset > 0 else "-12:00"
    r = srv.cli("setting", "set", "timezone", zone, "--db", srv.db)
    eq(r.returncode, 0, r.stderr)
    srv.restart()
    mod = login(srv, "Kathi")
    for headers, name in ((EN, lambda t: "%s %d" % (EN_MON[t.tm_mon - 1],
                                                    t.tm_mday)),
                          (ES, lambda t: "%d %s" % (t.tm_mday,
                                                    ES_MON[t.tm_mon - 1]))):
        before = time.gmtime(time.time() + offset)
        page = mod.get("/admin/stats", headers).text
        after = time.gmtime(time.time() + offset)
        rows = stats_rows(page)
        eq(len(rows), 30, "thirty days")
        check(rows[0][0] in (name(before), name(after)),
              "today by the site's clock: %r, not %r" % (name(after),
                                                           rows[0][0]))
        # the day the page was made on (the day may turn during the request)
        today = after if rows[0][0] == name(after) else before
        want = datetime.date(*today[:3])
        for row in rows:
            check(row[0] == name(want.timetuple()), "one row a day, newest "
                  "first: %r, not %r" % (name(want.timetuple()), row[0]))
            want -= datetime.timedelta(days=1)
        labels = re.findall(r"<text class=\"tick\"[^>]*text-anchor="
                            r"\"middle\">([^<]*)</text>", page)
        check(labels, "the charts name days")
        for label in labels + [row[0] for row in rows]:
            check(re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}" if headers is EN
                               else r"\d{1,2} [a-z]{3}", label),
                  "a day by name: %r" % label)


def test_report_of_a_comment_already_held(srv):
    """After the reports that hold a comment, its report page says it is
    under review (no 404, no text of the held comment), in both
    languages; a further report by form is thanked the same way."""
    _, by = comments(srv)
    cid = by["9"]["id"]
    check(hold_by_reports(srv, cid), "held by reports")
    for headers, words in ((EN, "already being reviewed"),
                           (ES, "ya está en revisión")):
        r = srv.client().get("/comments/%d/report" % cid, headers)
        eq(r.status, 200, "the report page, not a 404")
        check(words in r.text, "says it is under review: %s" % r.text)
        check("<blockquote" not in r.text and "<form" not in
              r.text.split("<footer")[0].split("</nav>")[-1],
              "no text of the held comment, no form")
    c = srv.client()
    r = c.request("POST", "/comments/%d/report" % cid, "reason=spam", {
        "Content-Type": "application/x-www-form-urlencoded",
        "Sec-Fetch-Site": "same-origin"})
    eq(r.status, 200, "a late report by form: %d" % r.status)
    check("already being reviewed" in r.text, "thanked the same way")
    eq(srv.client().get("/comments/999999/report").status, 404, "unknown")


def test_articles_columns_are_named_apart(srv):
    editor = login(srv, "Ed", "editor")
    for headers in (EN, ES):
        page = editor.get("/admin/articles", headers).text
        heads = re.findall(r"<th scope=\"col\">([^<]*)</th>", page)
        check(len(heads) >= 3, "headings: %r" % heads)
        eq(len(heads), len(set(heads)), "no heading twice: %r" % heads)


def test_screening_try_lands_at_its_result(srv):
    mod = login(srv, "Kathi")
    page = mod.get("/admin/screening").text
    check('action="/admin/screening/try#try-result"' in page,
          "the try posts to its result's anchor")
    r = mod.post_form("/admin/screening/try",
                      {"csrf": csrf_of(page), "text": THREAT})
    eq(r.status, 200, "tried")
    check('id="try-result"' in r.text, "the result has the anchor")
