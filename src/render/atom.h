/*
 * atom.h - Atom 1.0 feeds (RFC 4287), written from plain values.
 *
 * The feed handlers (src/api/feeds.c) load rows, render comment bodies to
 * HTML and fill these structs; this module only writes XML. Every string
 * goes through xml_text, so a title, a name or a body may hold any bytes:
 * the output is always well-formed XML in UTF-8. Content is type="html":
 * the HTML is escaped once more, as Atom wants, never pasted raw.
 *
 * Links: when base_url is "" the hrefs are root-relative paths, which Atom
 * readers resolve against the feed's own URL; otherwise base_url (an
 * http(s) URL without a trailing '/') is put in front. A path that is an
 * absolute http(s) URL instead (an article that discusses a page on
 * another site: embed mode, or a thread imported from Disqus or
 * WordPress) is written as it is, XML-escaped, with no base_url.
 */
#ifndef CHARLA_RENDER_ATOM_H
#define CHARLA_RENDER_ATOM_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* The Content-Type of every feed. */
#define ATOM_CONTENT_TYPE "application/atom+xml; charset=utf-8"

struct atom_feed {
    const char *base_url;  /* "" or "https://news.example"; borrowed */
    const char *id;        /* a tag: URI */
    const char *title;     /* plain text */
    const char *self_path; /* the feed's own path, "/feeds/x.atom" */
    const char *alt_path;  /* the HTML page it mirrors, "/", or an
                              absolute http(s) URL */
    int64_t updated;       /* Unix seconds: the newest entry, or now */
};

struct atom_entry {
    const char *id;      /* a tag: URI */
    const char *title;   /* plain text */
    const char *path;    /* the permalink's path, "/2021/07/x.html", or
                            an absolute http(s) URL of another site */
    const char *comment; /* "1.3": the link is path?c=1.3#c1.3, which
                            finds the comment's page (for a URL:
                            URL#c1.3, for its widget); or "" */
    const char *author;  /* the displayed author, plain text; or "" */
    int64_t published;   /* Unix seconds */
    int64_t updated;     /* Unix seconds */
    const char *html;    /* content as HTML; NULL for no content */
    size_t html_len;
};

/* atom_begin writes the XML declaration and the feed's head elements. */
void atom_begin(struct buf *b, const struct atom_feed *f);
/* atom_entry writes one entry. */
void atom_entry(struct buf *b, const struct atom_feed *f,
                const struct atom_entry *e);
/* atom_end closes the feed. */
void atom_end(struct buf *b);

/*
 * atom_tag_id writes a tag: URI (RFC 4151) into arena-free storage out of
 * out_size bytes: "tag:AUTHORITY,2024:SITE/KIND/ID". authority is a DNS
 * name (checked: letters, digits, '-' and '.'; else "charla.invalid"),
 * site a short stable token of the site, kind a word like "comment".
 */
void atom_tag_id(char *out, size_t out_size, const char *authority,
                 const char *site, const char *kind, int64_t id);

#endif
