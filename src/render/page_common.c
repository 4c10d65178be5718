/*
 * page_common.c - the parts every page shares: document head, site header,
 * footer, dates, the error page, and untrusted titles set apart for the
 * direction of their text.
 */
#include <stdio.h>
#include <string.h>

#include "render/html.h"
#include "render/markdown.h"
#include "render/msg.h"
#include "render/page.h"

void page_begin(struct buf *b, const struct site *site, const char *title)
{
    page_begin_skip(b, site, title, NULL, NULL);
}

/*
 * page_begin_skip: page_begin with a skip link as the first thing in the
 * body (the first Tab stop), to the fragment `skip_href` ("#comments");
 * style.css keeps it off screen until it has the focus.
 */
void page_begin_skip(struct buf *b, const struct site *site, const char *title,
                     const char *skip_href, const char *skip_text)
{
    page_begin_feed(b, site, title, skip_href, skip_text, NULL, NULL);
}

void page_isolated_text(struct buf *b, const char *text)
{
    html_lit(b, "<bdi>");
    html_texts(b, text);
    html_lit(b, "</bdi>");
}

/* U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE */
#define FSI "\xE2\x81\xA8"
#define PDI "\xE2\x81\xA9"

void page_isolated_plain(struct buf *b, const char *text)
{
    html_lit(b, FSI);
    html_texts(b, text);
    html_lit(b, PDI);
}

/*
 * page_begin_feed: the site's feed of articles is named on every page; a
 * page with a feed of its own (an article's comments) names that one too,
 * so a feed reader given the page's address can offer both.
 */
void page_begin_feed(struct buf *b, const struct site *site, const char *title,
                     const char *skip_href, const char *skip_text,
                     const char *feed_href, const char *feed_title)
{
    html_lit(b, "<!DOCTYPE html>\n<html lang=\"");
    html_attrs(b, msg_get(MSG_LANG));
    html_lit(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n<title>");
    if (title && *title) {
        /* an article's title, isolated so that it cannot reverse the
           site's name after it in a tab or a bookmark */
        page_isolated_plain(b, title);
        html_lit(b, " · ");
    }
    html_texts(b, site->title);
    html_lit(b, "</title>\n"
                "<link rel=\"stylesheet\" href=\"/static/style.css\">\n"
                "<link rel=\"icon\" type=\"image/svg+xml\" "
                "href=\"/static/favicon.svg\">\n"
                "<link rel=\"alternate\" type=\"application/atom+xml\" "
                "href=\"/feeds/articles.atom\">\n");
    if (feed_href) {
        html_lit(b, "<link rel=\"alternate\" type=\"application/atom+xml\" "
                    "href=\"");
        html_attrs(b, feed_href);
        html_lit(b, "\" title=\"");
        html_attrs(b, feed_title ? feed_title : "");
        html_lit(b, "\">\n");
    }
    html_lit(b, "<script src=\"/static/app.js\" defer></script>\n"
                "</head>\n<body>\n");
    if (skip_href && skip_text) {
        html_lit(b, "<a class=\"skip\" href=\"");
        html_attrs(b, skip_href);
        html_lit(b, "\">");
        html_texts(b, skip_text);
        html_lit(b, "</a>\n");
    }
    html_lit(b, "<header class=\"site\"><a href=\"/\">");
    html_texts(b, site->title);
    html_lit(b, "</a></header>\n<main>\n");
}

/*
 * lang_switch writes the footer's link to the other language: a GET of
 * /lang/<code>?back=<this page> sets the charla_lang cookie and comes
 * back here (api/i18n.c). The link is named in its own language.
 */
static void lang_switch(struct buf *b)
{
    enum msg_lang other = msg_lang() == MSG_LANG_ES ? MSG_LANG_EN : MSG_LANG_ES;
    const char *code = msg_lang_code(other);
    const char *back = msg_back_path();
    struct buf href;
    buf_init(&href, 4096);
    buf_adds(&href, "/lang/");
    buf_adds(&href, code);
    buf_adds(&href, "?back=");
    url_query(&href, back, strlen(back));
    html_lit(b, "<p class=\"lang\"><a href=\"");
    html_attr(b, href.data, href.len);
    buf_release(&href);
    html_lit(b, "\" hreflang=\"");
    html_attrs(b, code);
    html_lit(b, "\" lang=\"");
    html_attrs(b, code);
    html_lit(b, "\" rel=\"nofollow\">");
    html_texts(b, msg_get_in(other, MSG_LANG_NAME));
    html_lit(b, "</a></p>");
}

void page_end(struct buf *b)
{
    html_lit(b, "</main>\n<footer class=\"site\"><p>");
    html_texts(b, msg_get(MSG_FOOTER));
    html_lit(b, "</p>\n<p class=\"me\"><a href=\"/me\">");
    html_texts(b, msg_get(MSG_ME_LINK));
    html_lit(b, "</a></p>");
    lang_switch(b);
    html_lit(b, "</footer>\n</body>\n</html>\n");
}

/*
 * Dates and times follow the current language: "July 16, 2021" and
 * "11:15 AM" in English, "16 de julio de 2021" and "12:36" (24-hour, as
 * is common in Mexico) in Spanish. Readers refer to comments by the time
 * shown, and the reference resolver reads both 12- and 24-hour times.
 */
void page_date(struct buf *b, const struct tm *tm)
{
    const char *month = msg_get((enum msg_id)(MSG_MONTH_1 + tm->tm_mon % 12));
    if (msg_lang() == MSG_LANG_ES) {
        html_int(b, tm->tm_mday);
        html_lit(b, " de ");
        html_texts(b, month);
        html_lit(b, " de ");
        html_int(b, tm->tm_year + 1900);
        return;
    }
    html_texts(b, month);
    html_lit(b, " ");
    html_int(b, tm->tm_mday);
    html_lit(b, ", ");
    html_int(b, tm->tm_year + 1900);
}

void page_time(struct buf *b, const struct tm *tm)
{
    char tmp[16];
    if (msg_lang() == MSG_LANG_ES) {
        snprintf(tmp, sizeof(tmp), "%d:%02d", tm->tm_hour, tm->tm_min);
    } else {
        int h = tm->tm_hour % 12;
        snprintf(tmp, sizeof(tmp), "%d:%02d %s", h ? h : 12, tm->tm_min,
                 tm->tm_hour < 12 ? "AM" : "PM");
    }
    html_texts(b, tmp);
}

void page_iso_time(struct buf *b, int64_t t)
{
    struct tm tm;
    time_t tt = (time_t)t;
    char tmp[32];
    gmtime_r(&tt, &tm);
    strftime(tmp, sizeof(tmp), "%Y-%m-%dT%H:%M:%SZ", &tm);
    buf_adds(b, tmp);
}

void page_index(struct buf *b, const struct site *site,
                const struct article *arts, size_t n)
{
    page_begin(b, site, NULL);
    html_lit(b, "<h1 class=\"index-title\">");
    html_texts(b, msg_get(MSG_ARTICLES));
    html_lit(b, "</h1>\n");
    if (n == 0) {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_NO_ARTICLES));
        html_lit(b, "</p>\n");
    }
    html_lit(b, "<ol class=\"index\">\n");
    for (size_t i = 0; i < n; i++) {
        const struct article *a = &arts[i];
        struct tm tm;
        site_local_time(site, a->published, &tm);
        html_lit(b, "<li><article class=\"teaser\"><h2><a href=\"");
        struct buf path;
        buf_init(&path, 4096);
        url_path(&path, a->path, strlen(a->path));
        html_attr(b, path.data, path.len);
        buf_release(&path);
        html_lit(b, "\">");
        page_isolated_text(b, a->title);
        html_lit(b, "</a></h2>\n<p class=\"meta\"><time datetime=\"");
        page_iso_time(b, a->published);
        html_lit(b, "\">");
        page_date(b, &tm);
        html_lit(b, "</time>");
        if (a->byline[0]) {
            html_lit(b, PAGE_SEP);
            html_texts(b, a->byline);
        }
        html_lit(b, PAGE_SEP "<a href=\"");
        buf_init(&path, 4096);
        url_path(&path, a->path, strlen(a->path));
        html_attr(b, path.data, path.len);
        buf_release(&path);
        html_lit(b, "#comments\">");
        if (a->comment_count == 0) {
            html_texts(b, msg_get(MSG_COMMENTS_NONE));
        } else if (a->comment_count == 1) {
            html_texts(b, msg_get(MSG_COMMENTS_ONE));
        } else {
            char tmp[64];
            snprintf(tmp, sizeof(tmp), msg_get(MSG_COMMENTS_MANY),
                     (int)a->comment_count);
            html_texts(b, tmp);
        }
        html_lit(b, "</a></p></article></li>\n");
    }
    html_lit(b, "</ol>\n<p class=\"feed\"><a href=\"/feeds/articles.atom\" "
                "type=\"application/atom+xml\">");
    html_texts(b, msg_get(MSG_FEED_ARTICLES));
    html_lit(b, "</a></p>\n");
    page_end(b);
}

void page_error(struct buf *b, const struct site *site, int status,
                const char *message)
{
    page_error_to(b, site, status, message, "/", msg_get(MSG_BACK_HOME));
}

void page_error_to(struct buf *b, const struct site *site, int status,
                   const char *message, const char *href, const char *link_text)
{
    /* a missing page is not something that went wrong */
    const char *title =
        msg_get(status == 404 ? MSG_ERROR_NOT_FOUND_TITLE : MSG_ERROR_TITLE);
    page_begin(b, site, title);
    html_lit(b, "<section class=\"error\"><h1>");
    html_texts(b, title);
    html_lit(b, " (");
    html_int(b, status);
    html_lit(b, ")</h1>\n<p>");
    html_texts(b, message);
    html_lit(b, "</p>\n<p><a href=\"");
    html_attrs(b, href);
    html_lit(b, "\">");
    html_texts(b, link_text);
    html_lit(b, "</a></p></section>\n");
    page_end(b);
}

const char *page_thread_preview_plain(const char *body)
{
    static _Thread_local char out[512];
    struct buf p;
    buf_init(&p, sizeof(out) - 1);
    markdown_preview(&p, body, strlen(body), THREAD_PREVIEW_CHARS * 2);
    size_t n = p.len < sizeof(out) - 1 ? p.len : sizeof(out) - 1;
    memcpy(out, p.data, n);
    out[n] = '\0';
    buf_release(&p);
    return out;
}
