/*
 * markdown.h - comment and article bodies, from the Markdown their authors
 * wrote to safe HTML.
 *
 * Bodies are stored as written and rendered here with md4c's parser and
 * our own callbacks (not md4c-html), so that every byte of user text goes
 * through html_text / html_attr and so that references ("12:36", "#1.3",
 * see core/refs.h) can be linked inside text nodes. Raw HTML is off: a
 * "<script>" typed by a reader is shown as text.
 *
 * What comes out (the pages, the CSS and web/ scripts rely on it):
 *
 *   blocks     <p>, <blockquote>, <ul>, <ol start="N">, <li>, <hr>,
 *              <pre><code>, <em>, <strong>, <del>, <code>, <br>.
 *              Quotes and lists nested deeper than MARKDOWN_MAX_DEPTH lose
 *              their tags (the text stays).
 *   comments   a heading is <p><strong>...</strong></p>; a newline inside a
 *              paragraph is <br>; links are
 *              <a href="URL" rel="nofollow ugc noopener">; an image is a
 *              link to it (its alt text as the link text), never an <img>;
 *              bare http(s) and www. URLs become links; no tables; no
 *              indented code blocks (imported text is often indented;
 *              ``` fences work).
 *   articles   headings are <h2>-<h4> (# and ## give h2, #### and deeper
 *              give h4); an image with an http/https src (on another site:
 *              the pages' CSP loads images from the site alone) is
 *              <a class="external-image" href="URL"
 *              rel="noreferrer noopener">TEXT</a>, TEXT its alt text or
 *              MSG_EXTERNAL_IMAGE, just TEXT inside a link; tables are
 *              plain <table> markup; links are <a href="URL">.
 *   links      only http:, https: and mailto: URLs (after entities are
 *              decoded) become an href; any other link shows its text only.
 *              Bytes a URL may not hold raw (non-ASCII, ^ { | }) are
 *              percent-encoded, then the URL is attribute-escaped.
 *   references (when opts->refs is set; never inside code or link text)
 *     one match  <a class="ref" href="PREFIX#c1.2" title="PREVIEW">11:40</a>
 *     tombstone  <a class="ref ref-gone" href="PREFIX#c1.1"
 *                title="removed">11:40</a>
 *     held       <a class="ref ref-gone" href="PREFIX#c6"
 *                title="awaiting review">#6</a> (pending too: no preview)
 *     several    12:36 <span class="ref-many">(<a class="ref"
 *                href="PREFIX#c1.2" title="...">1.2</a>, <a class="ref"
 *                href="PREFIX#c1.4" title="...">1.4</a>)</span>
 *              (each link in the list is marked ref-gone as above when its
 *              comment is a tombstone). PREFIX is opts->link_prefix;
 *              with no PREFIX, a comment opts->shown says this page does
 *              not show gets "?c=1.2#c1.2" ("?c=" redirects to its page);
 *              with opts->prefix_shows_all, "PREFIX#c1.2" (no "?c=").
 *
 * A line that starts with ">>" and a digit (after any "> " quote markers,
 * "- " bullets or "1. " list markers) is a reference, not a nested quote:
 * ">>1.3 no" renders as a paragraph holding a reference, never joined
 * to the paragraph above it ("> quoted" then ">>1.3 no": the reference
 * is outside the quote). "> quote" is still a blockquote; in code (a ```
 * or ~~~ fence, as CommonMark closes it) ">>1.3" stays as typed.
 *
 * Entities: "&#233;", "&#xE9;" and every HTML5 named reference with its
 * semicolon ("&eacute;", "&hellip;", "&NotEqualTilde;") stand for their
 * characters; an unknown name ("&bogus;") or one without the semicolon
 * ("&eacute") is shown as typed.
 *
 * Whatever the input (NUL bytes, broken UTF-8, hostile links, deep
 * nesting) the output is well-formed HTML and valid UTF-8: every tag we
 * open we close, invalid UTF-8 becomes U+FFFD, NUL becomes U+FFFD (in code
 * it is dropped).
 */
#ifndef CHARLA_RENDER_MARKDOWN_H
#define CHARLA_RENDER_MARKDOWN_H

#include <stddef.h>

#include "core/refs.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"

/* Quote and list nesting kept as tags; deeper levels render flat. */
#define MARKDOWN_MAX_DEPTH 8

/* Input larger than this is refused with ERR_TOOBIG. */
#define MARKDOWN_MAX_INPUT (16u * 1024u * 1024u)

enum markdown_kind {
    MARKDOWN_COMMENT, /* a reader's comment: the safe subset above */
    MARKDOWN_ARTICLE  /* an article written by staff */
};

struct markdown_opts {
    enum markdown_kind kind;
    const struct refs_ctx *refs; /* borrowed; NULL: no reference linking */
    const char *link_prefix;     /* put before "#c1.2" in reference hrefs:
                                    "" (or NULL) for the same page, else an
                                    article path or URL, then followed by
                                    "?c=1.2#c1.2"; attribute-escaped */
    const bool *shown;     /* borrowed, parallel to refs->comments: whether
                              this page shows each; a reference to one it does
                              not show links to "?c=1.2#c1.2", which finds its
                              page. NULL: "#c1.2" for all */
    bool prefix_shows_all; /* link_prefix is a page that shows the whole
                              thread (another site's page, whose widget
                              finds the comment): "PREFIX#c1.2", no "?c=" */
};

/* One resolved reference, as found while rendering. */
struct markdown_ref {
    size_t ntargets;                       /* 1..REFS_MAX_TARGETS */
    const char *text;                      /* the reference as written */
    const char *targets[REFS_MAX_TARGETS]; /* target comment numbers */
};

/*
 * markdown_render appends the HTML for md[0, len) to out.
 *
 * md may hold any bytes. opts says what kind of body it is and how to link
 * references. If refs_out is not NULL, *refs_out and *nrefs_out are set to
 * an array of every reference that was linked, in text order (NULL and 0 if
 * none); the array and its strings live in arena until it is reset. arena
 * may be NULL only when refs_out is NULL.
 *
 * Returns 0, ERR_TOOBIG (md over MARKDOWN_MAX_INPUT, or out reached its
 * limit) or ERR_NOMEM. On error out holds a partial rendering: discard it.
 */
MUST_CHECK int markdown_render(struct buf *out, const char *md, size_t len,
                               const struct markdown_opts *opts,
                               struct arena *arena,
                               struct markdown_ref **refs_out,
                               size_t *nrefs_out);

/*
 * markdown_preview appends a plain-text preview of md[0, len) to out: the
 * text with the markup stripped, white space collapsed to single spaces,
 * cut to at most max_chars characters (code points) at a word boundary,
 * with "…" added when something was cut (a single word longer than
 * max_chars is cut inside the word). The result is valid UTF-8 without
 * control characters, NOT escaped: escape it for where it goes (it is
 * what refs_comment.preview expects). Errors of out are sticky in out; if
 * the scratch memory runs out, nothing is appended.
 */
void markdown_preview(struct buf *out, const char *md, size_t len,
                      size_t max_chars);

#endif
