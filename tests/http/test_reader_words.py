"""test_reader_words.py - how the small pages around a comment read: the
notice its author sees after posting is whole sentences, the report and
delete pages' way back says where it goes and goes to the comment, the
buttons that remove or erase for good are marked apart from the others
(their look is tested in the browser, tests/browser/a11y.mjs), and a
line of details keeps each "·" with the part before it."""
import re

from harness import check, eq
from test_admin import login
from test_read import ARTICLE_PATH
from test_staff_words import hold_by_reports

ES = {"Accept-Language": "es"}
EN = {"Accept-Language": "en"}


def plain(html):
    """The text of a piece of HTML, its tags dropped and spaces folded."""
    text = re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", text).strip()


def demo_comment_id(srv, number):
    c = srv.client()
    aid = c.get("/api/v1/articles").json()["articles"][0]["id"]
    for x in c.get("/api/v1/articles/%d/comments" % aid).json()["comments"]:
        if x["number"] == number:
            return aid, x["id"]
    raise AssertionError("no comment " + number)


def test_posted_notice_reads_as_sentences(srv):
    """After posting, the author reads "You can delete it within 15
    minutes." and where to download or erase their data, as sentences
    with their full stops, each link inside its sentence."""
    aid, _ = demo_comment_id(srv, "1")
    for headers, want, delete, data in (
            (EN, "Your comment is published. You can delete it within 15 "
                 "minutes. To download or erase everything you post here, "
                 "see Your data.", "delete it", "Your data"),
            (ES, "Tu comentario está publicado. Puedes borrarlo durante 15 "
                 "minutos. Para descargar o borrar todo lo que publiques "
                 "aquí, ve a Tus datos.", "borrarlo", "Tus datos")):
        author = srv.client()
        r = author.request("POST", "/articles/%d/comments" % aid,
                           "body=A+comment+to+read+the+notice+of",
                           dict(headers, **{"Content-Type":
                                "application/x-www-form-urlencoded"}))
        eq(r.status, 303, "posted")
        page = author.get(r.header("Location").split("#")[0], headers).text
        m = re.search(r'<p class="notice" role="status">(.*?)</p>', page)
        check(m, "the author's notice")
        eq(plain(m.group(1)), want, "the notice's sentences")
        check(re.search(r'<a href="/comments/\d+/delete">%s</a> ' % delete,
                        m.group(1)), "the delete link: " + m.group(1))
        check('<a href="/me">%s</a>.' % data in m.group(1),
              "the link to the reader's data: " + m.group(1))


def back_link(page):
    """The href and text of the link at the end of a comment's page."""
    m = re.search(r'<p><a href="([^"]*)">([^<]*)</a></p></section>', page)
    check(m, "a link back: " + page[-600:])
    return m.group(1), m.group(2)


def test_report_and_delete_pages_lead_back_to_the_comment(srv):
    """The report page and the author's delete page end with "Back to the
    comment" (not the article's bare title), to the comment's place in
    its discussion; after the deletion too, as its tombstone keeps it."""
    _, cid = demo_comment_id(srv, "1.2")
    here = "%s?c=1.2#c1.2" % ARTICLE_PATH
    for headers, words in ((EN, "Back to the comment"),
                           (ES, "Volver al comentario")):
        r = srv.client().get("/comments/%d/report" % cid, headers)
        eq(r.status, 200, "the report page")
        eq(back_link(r.text), (here, words), "the report page's way back")

    aid, _ = demo_comment_id(srv, "1")
    author = srv.client()
    r = author.post_form("/articles/%d/comments" % aid,
                         {"body": "Mine, to delete from its page"})
    own = int(re.search(r"posted=(\d+)", r.header("Location")).group(1))
    number = author.get("/api/v1/articles/%d/comments" % aid).json()
    number = [x["number"] for x in number["comments"] if x["id"] == own][0]
    here = "%s?c=%s#c%s" % (ARTICLE_PATH, number, number)
    link = "/comments/%d/delete" % own
    for headers, words in ((EN, "Back to the comment"),
                           (ES, "Volver al comentario")):
        r = author.get(link, headers)
        eq(r.status, 200, "the delete page")
        eq(back_link(r.text), (here, words), "the delete page's way back")
    r = author.post_form(link, "")
    eq(r.status, 200, "deleted")
    eq(back_link(r.text), (here, "Back to the comment"), "after deleting")


def test_report_page_of_a_held_comment_leads_to_the_discussion(srv):
    """A held comment is not shown to readers: its report page's way back
    says "Back to the discussion"."""
    _, cid = demo_comment_id(srv, "9")
    check(hold_by_reports(srv, cid), "held by reports")
    for headers, words in ((EN, "Back to the discussion"),
                           (ES, "Volver a los comentarios")):
        r = srv.client().get("/comments/%d/report" % cid, headers)
        eq(r.status, 200, "the report page")
        eq(back_link(r.text)[1], words, "the way back")


def buttons(page):
    """Each submit button's text with its class ("" if none)."""
    out = []
    for attrs, text in re.findall(r"<button([^>]*)>(.*?)</button>", page,
                                  re.S):
        if 'type="submit"' in attrs:
            cls = re.search(r'class="([^"]*)"', attrs)
            out.append((plain(text), cls.group(1) if cls else ""))
    return out


def test_buttons_that_remove_or_erase_are_marked_apart(srv):
    """Remove, Remove selected, Purge and Ban in the queue and under a
    comment on the article page, and "Erase all my comments" on /me,
    carry the destructive class; Approve, Redact and Download do not."""
    aid, _ = demo_comment_id(srv, "1")
    reader = srv.client()
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "A reader's comment, to report"})
    eq(r.status, 201, r.text)
    check(hold_by_reports(srv, r.json()["comment"]["id"]),
          "a reader's comment in the queue (Ban is for readers)")
    mod = login(srv, "Kathi")
    got = dict(buttons(mod.get("/admin/queue", EN).text))
    for text in ("Remove", "Remove selected", "Purge", "Ban"):
        eq(got.get(text), "destructive", "queue: " + text)
    for text in ("Approve", "Approve selected", "Redact"):
        eq(got.get(text), "", "queue: " + text)
    got = dict(buttons(mod.get(ARTICLE_PATH, EN).text))
    for text in ("Remove", "Ban"):
        eq(got.get(text), "destructive", "article page: " + text)
    eq(got.get("Approve"), "", "article page: Approve")

    for headers, erase, download in (
            (EN, "Erase all my comments", "Download my comments"),
            (ES, "Borrar todos mis comentarios",
             "Descargar mis comentarios")):
        got = dict(buttons(reader.get("/me", headers).text))
        eq(got.get(erase), "destructive", "/me: " + erase)
        eq(got.get(download), "", "/me: " + download)


def test_no_line_of_details_starts_with_a_dot(srv):
    """Each " · " between details has a no-break space before it, so a
    phone wraps after the dot, never before: a name and its handle, a
    date and the byline, a queue item's article, author and time. (The
    queue's header is text that wraps, not a flex row: the browser test
    in tests/browser/text.mjs looks at the lines.)"""
    aid, cid = demo_comment_id(srv, "9")
    reader = srv.client()
    r = reader.post_json("/api/v1/articles/%d/comments" % aid,
                         {"body": "Signed", "name": "Lupita"})
    eq(r.status, 201, r.text)
    page = srv.client().get(ARTICLE_PATH).text
    check('<span class="name" dir="auto">Lupita</span>&nbsp;· '
          '<span class="handle">'
          in page, "the name keeps its dot")
    check(" · " not in page.split("</title>")[1],
          "no dot after a breaking space")
    check(hold_by_reports(srv, cid), "a comment in the queue")
    queue = login(srv, "Kathi").get("/admin/queue").text
    header = re.search(r'<article class="queue-item".*?<header>(.*?)'
                       r'</header>', queue, re.S).group(1)
    eq(header.count("&nbsp;· "), 2, "the queue item's dots: " + header)
    check(" · " not in header, "none after a breaking space: " + header)
