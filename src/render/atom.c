/*
 * atom.c - Atom 1.0 feed writer; see atom.h.
 *
 * Shape of the output (whitespace aside):
 *
 *   <?xml version="1.0" encoding="utf-8"?>
 *   <feed xmlns="http://www.w3.org/2005/Atom">
 *     <id>tag:...</id><title>...</title><updated>RFC 3339</updated>
 *     <link rel="self" href="..."/><link rel="alternate" href="..."/>
 *     <generator>charla</generator>
 *     <entry>
 *       <id/><title/><updated/><published/><link rel="alternate"/>
 *       <author><name/></author><content type="html">escaped HTML</content>
 *     </entry>...
 *   </feed>
 *
 * Atom requires an author for each entry unless the feed has one; an entry
 * without a known author gets the placeholder name "Anonymous" so the
 * feed stays valid.
 *
 * All text goes through feed_text: xml_text plus the removal of the two
 * code points XML 1.0 forbids that are valid UTF-8 (U+FFFE and U+FFFF),
 * which xml_text lets through. Invalid UTF-8 and control bytes are
 * already handled by xml_text.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "render/atom.h"
#include "render/html.h"
#include "render/page.h"

/* feed_text: xml_text, with U+FFFE and U+FFFF turned into U+FFFD. */
static void feed_text(struct buf *b, const char *s, size_t len)
{
    size_t start = 0;
    for (size_t i = 0; i + 2 < len; i++) {
        const unsigned char *p = (const unsigned char *)s + i;
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
            xml_text(b, s + start, i - start);
            buf_adds(b, "\xEF\xBF\xBD");
            i += 2;
            start = i + 1;
        }
    }
    xml_text(b, s + start, len - start);
}

static void feed_texts(struct buf *b, const char *s)
{
    if (s)
        feed_text(b, s, strlen(s));
}

/*
 * write_href writes a link. A charla path: base_url, then the path
 * percent-encoded, then for a comment "?c=1.3#c1.3" (a number is digits
 * and dots: nothing to encode). An absolute http(s) URL (the page on
 * another site an embed or imported thread discusses): as it is, without
 * its fragment, then for a comment "#c1.3", which the widget on that page
 * scrolls to. Either way XML-escaped.
 */
static void write_href(struct buf *b, const struct atom_feed *f,
                       const char *path, const char *comment)
{
    struct buf u;
    buf_init(&u, 16384);
    bool absolute = path[0] != '/' && url_is_http(path, strlen(path));
    if (absolute) {
        buf_add(&u, path, strcspn(path, "#"));
    } else {
        buf_adds(&u, f->base_url ? f->base_url : "");
        url_path(&u, path, strlen(path));
    }
    if (comment && comment[0]) {
        if (!absolute) {
            buf_adds(&u, "?c=");
            url_path(&u, comment, strlen(comment));
        }
        buf_adds(&u, "#c");
        url_path(&u, comment, strlen(comment));
    }
    if (!buf_failed(&u))
        feed_text(b, u.data, u.len);
    buf_release(&u);
}

static void write_time(struct buf *b, const char *tag, int64_t t)
{
    buf_addc(b, '<');
    buf_adds(b, tag);
    buf_addc(b, '>');
    page_iso_time(b, t);
    buf_adds(b, "</");
    buf_adds(b, tag);
    buf_adds(b, ">\n");
}

void atom_begin(struct buf *b, const struct atom_feed *f)
{
    buf_adds(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>");
    feed_texts(b, f->id);
    buf_adds(b, "</id>\n<title type=\"text\">");
    feed_texts(b, f->title);
    buf_adds(b, "</title>\n");
    write_time(b, "updated", f->updated);
    buf_adds(b, "<link rel=\"self\" type=\"application/atom+xml\" href=\"");
    write_href(b, f, f->self_path, NULL);
    buf_adds(b, "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"");
    write_href(b, f, f->alt_path, NULL);
    buf_adds(b, "\"/>\n<generator>charla</generator>\n");
}

void atom_entry(struct buf *b, const struct atom_feed *f,
                const struct atom_entry *e)
{
    buf_adds(b, "<entry>\n<id>");
    feed_texts(b, e->id);
    buf_adds(b, "</id>\n<title type=\"text\">");
    feed_texts(b, e->title);
    buf_adds(b, "</title>\n");
    write_time(b, "updated", e->updated);
    write_time(b, "published", e->published);
    buf_adds(b, "<link rel=\"alternate\" type=\"text/html\" href=\"");
    write_href(b, f, e->path, e->comment);
    buf_adds(b, "\"/>\n<author><name>");
    feed_texts(b, e->author && e->author[0] ? e->author : "Anonymous");
    buf_adds(b, "</name></author>\n");
    if (e->html) {
        buf_adds(b, "<content type=\"html\">");
        feed_text(b, e->html, e->html_len);
        buf_adds(b, "</content>\n");
    }
    buf_adds(b, "</entry>\n");
}

void atom_end(struct buf *b)
{
    buf_adds(b, "</feed>\n");
}

static bool dns_name_ok(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > 253 || s[0] == '.' || s[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || c == '-' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

void atom_tag_id(char *out, size_t out_size, const char *authority,
                 const char *site, const char *kind, int64_t id)
{
    if (!dns_name_ok(authority))
        authority = "charla.invalid";
    snprintf(out, out_size, "tag:%s,2024:%s/%s/%lld", authority,
             site ? site : "", kind, (long long)id);
}
