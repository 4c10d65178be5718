/*
 * markdown.c - Markdown bodies to safe HTML with md4c's parser and our own
 * callbacks; markdown.h documents the markup.
 *
 * Why not md4c-html: it writes text and URLs itself, so it could neither
 * route every byte through our escapers nor link references inside text.
 *
 * Data flow: the source is first copied with ">>N" at a line start escaped
 * ("\>>N", outside code; render/quote_refs.c) so md4c does not read it as
 * a nested quote. md_parse then calls back with blocks, spans and text.
 * Normal text is not written at once: it collects in st->pending (md4c
 * splits text at characters that might have been markup, e.g. the ':' of
 * "12:36") and is flushed at the next block, span, break or code boundary,
 * where refs_next finds references in it and the rest goes through
 * html_text.
 *
 * Invariants:
 *   - every tag we write on entering a block or span is closed on leaving
 *     it, decided by the same test both times, so the output nests even for
 *     hostile input; container tags beyond MARKDOWN_MAX_DEPTH are skipped
 *     in pairs;
 *   - at most one <a> is open at a time (a_open records at which link
 *     depth it was opened); references are linked only outside any link;
 *   - for articles, text inside an image goes to st->alt (plain) and the
 *     link to the image is written when the outermost image span closes;
 *   - no byte of the source reaches out except through html_text,
 *     html_attr or add_href (which percent-encodes, then html_attr).
 *
 * markdown_preview runs the same parser with callbacks that keep only the
 * text, then sanitises and cuts it.
 */
#include <md4c.h>
#include <string.h>

#include "core/thread.h"
#include "util/entity.h"
#include "render/html.h"
#include "util/str.h"
#include "render/markdown.h"
#include "render/msg.h"
#include "render/quote_refs.h"

static const char rel_ugc[] = " rel=\"nofollow ugc noopener\"";

struct md_state {
    struct buf *out;
    const struct markdown_opts *opts;
    struct arena *arena;
    struct markdown_ref *refs; /* in arena; NULL if not collecting */
    size_t nrefs, refs_cap;
    bool collect_refs;
    struct buf pending; /* normal text not yet written */
    struct buf alt;     /* article image: alt text being collected */
    struct buf img_src; /* article image: its decoded src */
    struct buf tmp;     /* scratch for decoded attributes */
    int err;            /* first error from our side (ERR_NOMEM) */
    unsigned depth;     /* open quotes and lists */
    unsigned a_depth;   /* open link (and, in comments, image) spans */
    unsigned a_open;    /* a_depth at which our <a> was opened, or 0 */
    unsigned img_depth; /* open image spans (articles) */
};

/* ---- entities ---- */

static const char replacement_char[] = "\xEF\xBF\xBD";

static void add_codepoint(struct buf *b, unsigned long cp)
{
    char u[4];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        buf_add(b, replacement_char, 3);
    } else if (cp < 0x80) {
        buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        buf_add(b, u, 4);
    }
}

/*
 * add_entity appends what an entity ("&amp;", "&#65;", "&#x6a;",
 * "&NotEqualTilde;") stands for, as UTF-8 and unescaped, or the entity
 * text itself if it is not one we know. md4c reports any "&name;" as an
 * entity, known or not, and never a name without its ';' ("&copy" is
 * plain text, as CommonMark says): that is why the semicolon is checked
 * here and an unknown name is shown as typed. Named ones are the full
 * HTML5 list (util/entity.h); the caller escapes the result.
 */
static void add_entity(struct buf *b, const char *s, size_t len)
{
    if (len >= 4 && s[0] == '&' && s[1] == '#' && s[len - 1] == ';') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        size_t i = hex ? 3 : 2;
        unsigned long cp = 0;
        if (i >= len - 1)
            goto literal;
        for (; i < len - 1; i++) {
            char c = s[i];
            unsigned d;
            if (c >= '0' && c <= '9')
                d = (unsigned)(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = (unsigned)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = (unsigned)(c - 'A' + 10);
            else
                goto literal;
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > 0x10FFFF)
                cp = 0x110000; /* stays invalid, cannot overflow */
        }
        add_codepoint(b, cp);
        return;
    }
    if (len >= 3 && s[0] == '&' && s[len - 1] == ';') {
        size_t utf8_len;
        const char *utf8 = entity_lookup(s + 1, len - 2, &utf8_len);
        if (utf8) {
            buf_add(b, utf8, utf8_len);
            return;
        }
    }
literal:
    buf_add(b, s, len);
}

/* decode_attr replaces b's contents with the plain text of attribute a. */
static void decode_attr(struct buf *b, const MD_ATTRIBUTE *a)
{
    buf_reset(b);
    for (size_t k = 0; a->substr_offsets[k] < a->size; k++) {
        const char *s = a->text + a->substr_offsets[k];
        size_t n = a->substr_offsets[k + 1] - a->substr_offsets[k];
        switch (a->substr_types[k]) {
        case MD_TEXT_ENTITY:
            add_entity(b, s, n);
            break;
        case MD_TEXT_NULLCHAR:
            buf_add(b, replacement_char, 3);
            break;
        default:
            buf_add(b, s, n);
            break;
        }
    }
}

/*
 * add_href writes a URL already checked by url_is_safe_link into an
 * attribute value: bytes a URL may not hold raw are percent-encoded (our
 * own helper, as html.h's url_path would also encode ':' '?' '#' '&'),
 * then everything goes through html_attr.
 */
static void add_href(struct buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && c > 0x20 && c != 0x7F && !strchr("\"<>\\^`{|}", c))
            continue;
        html_attr(out, s + run, i - run);
        char e[3] = {'%', hex[c >> 4], hex[c & 15]};
        html_attr(out, e, 3);
        run = i + 1;
    }
    html_attr(out, s + run, len - run);
}

/* ---- references ---- */

static int record_ref(struct md_state *st, const struct refs_match *m,
                      const char *text)
{
    if (!st->collect_refs)
        return 0;
    if (st->nrefs == st->refs_cap) {
        size_t cap = st->refs_cap ? st->refs_cap * 2 : 8;
        struct markdown_ref *n = arena_alloc(st->arena, cap * sizeof(*n));
        if (!n)
            return ERR_NOMEM;
        if (st->nrefs)
            memcpy(n, st->refs, st->nrefs * sizeof(*n));
        st->refs = n;
        st->refs_cap = cap;
    }
    struct markdown_ref *r = &st->refs[st->nrefs];
    r->ntargets = m->ntargets;
    r->text = arena_strndup(st->arena, text + m->start, m->len);
    if (!r->text)
        return ERR_NOMEM;
    for (size_t t = 0; t < m->ntargets; t++) {
        r->targets[t] = arena_strdup(
            st->arena, st->opts->refs->comments[m->targets[t]].number);
        if (!r->targets[t])
            return ERR_NOMEM;
    }
    st->nrefs++;
    return 0;
}

/* emit_ref_link writes one <a class="ref"> to comment k labelled label. */
static void emit_ref_link(struct md_state *st, size_t k, const char *label,
                          size_t label_len)
{
    const struct refs_comment *c = &st->opts->refs->comments[k];
    struct buf *out = st->out;
    const char *prefix = st->opts->link_prefix ? st->opts->link_prefix : "";
    /* a comment not published shows no word of its text, whatever its
       entry holds: gone, or awaiting review */
    bool hidden = c->tombstone || c->awaiting_review;
    bool elsewhere = (prefix[0] && !st->opts->prefix_shows_all) ||
                     (st->opts->shown && !st->opts->shown[k]);
    if (hidden)
        html_lit(out, "<a class=\"ref ref-gone\" href=\"");
    else
        html_lit(out, "<a class=\"ref\" href=\"");
    html_attrs(out, prefix);
    if (elsewhere) {
        /* another page, or another page of this thread: "?c=" finds the
           comment's page of a long thread, where "#c" alone would land on
           the first or, on this one, nowhere (without JavaScript) */
        html_lit(out, "?c=");
        html_attrs(out, c->number);
    }
    html_lit(out, "#c");
    html_attrs(out, c->number);
    html_lit(out, "\" title=\"");
    if (c->tombstone)
        html_attrs(out,
                   msg_get(c->deleted ? MSG_REF_DELETED : MSG_REF_REMOVED));
    else if (c->awaiting_review)
        html_attrs(out, msg_get(MSG_REF_HELD));
    else if (c->preview || !c->body)
        html_attrs(out, c->preview ? c->preview : "");
    else {
        /* the named comment's first words, made now: a thread's render
           makes previews only of the comments its references name */
        buf_reset(&st->tmp);
        markdown_preview(&st->tmp, c->body, strlen(c->body),
                         THREAD_PREVIEW_CHARS);
        html_attr(out, st->tmp.data ? st->tmp.data : "", st->tmp.len);
    }
    html_lit(out, "\">");
    html_text(out, label, label_len);
    html_lit(out, "</a>");
}

/* flush writes st->pending, linking references when that is allowed. */
static void flush(struct md_state *st)
{
    const char *t = st->pending.data;
    size_t len = st->pending.len;
    if (!len)
        return;
    if (!st->opts->refs || st->a_depth > 0) {
        html_text(st->out, t, len);
        buf_reset(&st->pending);
        return;
    }
    size_t pos = 0, done = 0;
    struct refs_match m;
    while (refs_next(st->opts->refs, t, len, &pos, &m)) {
        html_text(st->out, t + done, m.start - done);
        if (m.ntargets == 1) {
            emit_ref_link(st, m.targets[0], t + m.start, m.len);
        } else {
            const struct refs_ctx *ctx = st->opts->refs;
            html_text(st->out, t + m.start, m.len);
            html_lit(st->out, " <span class=\"ref-many\">(");
            for (size_t k = 0; k < m.ntargets; k++) {
                const char *num = ctx->comments[m.targets[k]].number;
                if (k)
                    html_lit(st->out, ", ");
                emit_ref_link(st, m.targets[k], num, strlen(num));
            }
            html_lit(st->out, ")</span>");
        }
        int rc = record_ref(st, &m, t);
        if (rc && !st->err)
            st->err = rc;
        done = m.start + m.len;
    }
    html_text(st->out, t + done, len - done);
    buf_reset(&st->pending);
}

/* ---- callbacks ---- */

static bool is_comment(const struct md_state *st)
{
    return st->opts->kind == MARKDOWN_COMMENT;
}

static int status(const struct md_state *st)
{
    if (st->err || buf_failed(st->out) || buf_failed(&st->pending) ||
        buf_failed(&st->alt))
        return 1;
    return 0;
}

static unsigned heading_level(const MD_BLOCK_H_DETAIL *d)
{
    if (d->level < 2)
        return 2;
    if (d->level > 4)
        return 4;
    return d->level;
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    struct md_state *st = userdata;
    struct buf *out = st->out;
    flush(st);
    switch (type) {
    case MD_BLOCK_QUOTE:
        if (++st->depth <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "<blockquote>\n");
        break;
    case MD_BLOCK_UL:
        if (++st->depth <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "<ul>\n");
        break;
    case MD_BLOCK_OL: {
        const MD_BLOCK_OL_DETAIL *d = detail;
        if (++st->depth > MARKDOWN_MAX_DEPTH)
            break;
        if (d->start != 1) {
            html_lit(out, "<ol start=\"");
            html_int(out, (int64_t)d->start);
            html_lit(out, "\">\n");
        } else {
            html_lit(out, "<ol>\n");
        }
        break;
    }
    case MD_BLOCK_LI:
        if (st->depth <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "<li>");
        break;
    case MD_BLOCK_HR:
        html_lit(out, "<hr>\n");
        break;
    case MD_BLOCK_H:
        if (is_comment(st)) {
            html_lit(out, "<p><strong>");
        } else {
            html_lit(out, "<h");
            html_int(out, heading_level(detail));
            html_lit(out, ">");
        }
        break;
    case MD_BLOCK_CODE:
        html_lit(out, "<pre><code>");
        break;
    case MD_BLOCK_P:
        html_lit(out, "<p>");
        break;
    case MD_BLOCK_TABLE:
        html_lit(out, "<table>\n");
        break;
    case MD_BLOCK_THEAD:
        html_lit(out, "<thead>\n");
        break;
    case MD_BLOCK_TBODY:
        html_lit(out, "<tbody>\n");
        break;
    case MD_BLOCK_TR:
        html_lit(out, "<tr>");
        break;
    case MD_BLOCK_TH:
        html_lit(out, "<th>");
        break;
    case MD_BLOCK_TD:
        html_lit(out, "<td>");
        break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML:
        break;
    }
    return status(st);
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    struct md_state *st = userdata;
    struct buf *out = st->out;
    flush(st);
    switch (type) {
    case MD_BLOCK_QUOTE:
        if (st->depth-- <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "</blockquote>\n");
        break;
    case MD_BLOCK_UL:
        if (st->depth-- <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "</ul>\n");
        break;
    case MD_BLOCK_OL:
        if (st->depth-- <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "</ol>\n");
        break;
    case MD_BLOCK_LI:
        if (st->depth <= MARKDOWN_MAX_DEPTH)
            html_lit(out, "</li>\n");
        else
            html_lit(out, " ");
        break;
    case MD_BLOCK_H:
        if (is_comment(st)) {
            html_lit(out, "</strong></p>\n");
        } else {
            html_lit(out, "</h");
            html_int(out, heading_level(detail));
            html_lit(out, ">\n");
        }
        break;
    case MD_BLOCK_CODE:
        html_lit(out, "</code></pre>\n");
        break;
    case MD_BLOCK_P:
        html_lit(out, "</p>\n");
        break;
    case MD_BLOCK_TABLE:
        html_lit(out, "</table>\n");
        break;
    case MD_BLOCK_THEAD:
        html_lit(out, "</thead>\n");
        break;
    case MD_BLOCK_TBODY:
        html_lit(out, "</tbody>\n");
        break;
    case MD_BLOCK_TR:
        html_lit(out, "</tr>\n");
        break;
    case MD_BLOCK_TH:
        html_lit(out, "</th>");
        break;
    case MD_BLOCK_TD:
        html_lit(out, "</td>");
        break;
    case MD_BLOCK_HR:
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML:
        break;
    }
    return status(st);
}

/*
 * open_link starts an <a> for a link (or, in comments, an image) span if
 * no other <a> is open and the URL is allowed. title may be NULL.
 */
static void open_link(struct md_state *st, const MD_ATTRIBUTE *href,
                      const MD_ATTRIBUTE *title, bool image)
{
    st->a_depth++;
    if (st->a_open || st->img_depth)
        return;
    decode_attr(&st->tmp, href);
    if (buf_failed(&st->tmp)) {
        st->err = buf_failed(&st->tmp);
        return;
    }
    bool ok = image ? url_is_http(st->tmp.data, st->tmp.len)
                    : url_is_safe_link(st->tmp.data, st->tmp.len);
    if (!ok)
        return;
    html_lit(st->out, "<a href=\"");
    add_href(st->out, st->tmp.data, st->tmp.len);
    html_lit(st->out, "\"");
    if (title && title->size) {
        decode_attr(&st->tmp, title);
        html_lit(st->out, " title=\"");
        html_attr(st->out, st->tmp.data, st->tmp.len);
        html_lit(st->out, "\"");
    }
    if (is_comment(st))
        buf_adds(st->out, rel_ugc);
    html_lit(st->out, ">");
    st->a_open = st->a_depth;
}

static void close_link(struct md_state *st)
{
    if (st->a_open && st->a_open == st->a_depth) {
        html_lit(st->out, "</a>");
        st->a_open = 0;
    }
    st->a_depth--;
}

static void span_tag(struct md_state *st, MD_SPANTYPE type, bool close)
{
    struct buf *out = st->out;
    switch (type) {
    case MD_SPAN_EM:
        if (close)
            html_lit(out, "</em>");
        else
            html_lit(out, "<em>");
        break;
    case MD_SPAN_STRONG:
        if (close)
            html_lit(out, "</strong>");
        else
            html_lit(out, "<strong>");
        break;
    case MD_SPAN_DEL:
        if (close)
            html_lit(out, "</del>");
        else
            html_lit(out, "<del>");
        break;
    case MD_SPAN_CODE:
        if (close)
            html_lit(out, "</code>");
        else
            html_lit(out, "<code>");
        break;
    case MD_SPAN_U:
        if (close)
            html_lit(out, "</u>");
        else
            html_lit(out, "<u>");
        break;
    default:
        break; /* math, wiki links: not enabled; their text stays */
    }
}

/*
 * external_image writes an article's image once its span closes. The
 * page's Content-Security-Policy lets images load from this site alone, so
 * an image on another site becomes a link to it, its alt text (or a
 * generic label) the link text, as the lead image does; reading the page
 * sends nothing to a third party. Inside a link only the text is kept (no
 * <a> in an <a>); a src that is not http(s) leaves the text alone.
 */
static void external_image(struct md_state *st)
{
    const char *text = st->alt.data;
    size_t text_len = st->alt.len;
    if (!text_len) {
        text = msg_get(MSG_EXTERNAL_IMAGE);
        text_len = strlen(text);
    }
    if (st->a_open || !url_is_http(st->img_src.data, st->img_src.len)) {
        html_text(st->out, st->alt.data, st->alt.len);
        return;
    }
    html_lit(st->out, "<a class=\"external-image\" href=\"");
    add_href(st->out, st->img_src.data, st->img_src.len);
    html_lit(st->out, "\" rel=\"noreferrer noopener\">");
    html_text(st->out, text, text_len);
    html_lit(st->out, "</a>");
}

static int enter_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    struct md_state *st = userdata;
    flush(st);
    if (type == MD_SPAN_A) {
        const MD_SPAN_A_DETAIL *d = detail;
        open_link(st, &d->href, &d->title, false);
    } else if (type == MD_SPAN_IMG) {
        const MD_SPAN_IMG_DETAIL *d = detail;
        if (is_comment(st)) {
            open_link(st, &d->src, &d->title, true);
        } else if (st->img_depth++ == 0) {
            decode_attr(&st->img_src, &d->src);
            buf_reset(&st->alt);
        }
    } else if (!st->img_depth) {
        span_tag(st, type, false);
    }
    return status(st);
}

static int leave_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    struct md_state *st = userdata;
    flush(st);
    if (type == MD_SPAN_A) {
        close_link(st);
    } else if (type == MD_SPAN_IMG) {
        if (is_comment(st)) {
            close_link(st);
        } else if (--st->img_depth == 0) {
            external_image(st);
            buf_reset(&st->alt);
        }
    } else if (!st->img_depth) {
        span_tag(st, type, true);
    }
    return status(st);
}

static int text_cb(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
                   void *userdata)
{
    struct md_state *st = userdata;
    struct buf *sink = st->img_depth ? &st->alt : &st->pending;
    switch (type) {
    case MD_TEXT_NULLCHAR:
        buf_add(sink, replacement_char, 3);
        break;
    case MD_TEXT_ENTITY:
        add_entity(sink, text, size);
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        if (st->img_depth) {
            buf_addc(sink, ' ');
            break;
        }
        flush(st);
        if (type == MD_TEXT_BR || is_comment(st))
            html_lit(st->out, "<br>\n");
        else
            html_lit(st->out, "\n");
        break;
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        if (st->img_depth) {
            buf_add(sink, text, size);
            break;
        }
        flush(st);
        html_text(st->out, text, size);
        break;
    case MD_TEXT_NORMAL:
    case MD_TEXT_HTML: /* raw HTML is off; if any arrives, it is text */
    default:
        buf_add(sink, text, size);
        break;
    }
    return status(st);
}

static unsigned parser_flags(enum markdown_kind kind)
{
    unsigned f = MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH;
    if (kind == MARKDOWN_COMMENT)
        f |= MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS |
             MD_FLAG_NOINDENTEDCODEBLOCKS;
    else
        f |= MD_FLAG_TABLES;
    return f;
}

int markdown_render(struct buf *out, const char *md, size_t len,
                    const struct markdown_opts *opts, struct arena *arena,
                    struct markdown_ref **refs_out, size_t *nrefs_out)
{
    struct md_state st = {0};
    MD_PARSER parser = {0};
    struct buf src;
    int rc = 0;
    int r;

    if (refs_out) {
        *refs_out = NULL;
        *nrefs_out = 0;
    }
    if (len > MARKDOWN_MAX_INPUT)
        return ERR_TOOBIG;

    st.out = out;
    st.opts = opts;
    st.arena = arena;
    st.collect_refs = refs_out != NULL && arena != NULL;
    buf_init(&st.pending, MARKDOWN_MAX_INPUT * 4);
    buf_init(&st.alt, MARKDOWN_MAX_INPUT * 4);
    buf_init(&st.img_src, MARKDOWN_MAX_INPUT * 4);
    buf_init(&st.tmp, MARKDOWN_MAX_INPUT * 4);
    buf_init(&src, MARKDOWN_MAX_INPUT * 2);

    rc = quote_refs_escape(&src, md, len, parser_flags(opts->kind));
    if (!rc)
        rc = buf_failed(&src);
    if (rc)
        goto out;

    parser.flags = parser_flags(opts->kind);
    parser.enter_block = enter_block;
    parser.leave_block = leave_block;
    parser.enter_span = enter_span;
    parser.leave_span = leave_span;
    parser.text = text_cb;

    r = md_parse(src.data, (MD_SIZE)src.len, &parser, &st);
    flush(&st);
    if (st.err)
        rc = st.err;
    else if (buf_failed(out))
        rc = buf_failed(out);
    else if (buf_failed(&st.pending) || buf_failed(&st.alt) ||
             buf_failed(&st.tmp) || buf_failed(&st.img_src))
        rc = ERR_NOMEM;
    else if (r != 0)
        rc = ERR_NOMEM; /* md4c's only own failure is running out of memory */
    if (!rc && refs_out) {
        *refs_out = st.refs;
        *nrefs_out = st.nrefs;
    }
out:
    buf_release(&st.pending);
    buf_release(&st.alt);
    buf_release(&st.img_src);
    buf_release(&st.tmp);
    buf_release(&src);
    return rc;
}

/* ---- preview ---- */

struct preview_state {
    struct buf *text; /* plain text, raw bytes */
    size_t enough;    /* stop once text holds this many bytes */
};

static int preview_sep(struct preview_state *ps)
{
    buf_addc(ps->text, ' ');
    return ps->text->len >= ps->enough || buf_failed(ps->text);
}

static int preview_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    return preview_sep(userdata);
}

static int preview_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    return 0;
}

static int preview_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
                        void *userdata)
{
    struct preview_state *ps = userdata;
    switch (type) {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        return preview_sep(ps);
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        add_entity(ps->text, text, size);
        break;
    default:
        buf_add(ps->text, text, size);
        break;
    }
    return ps->text->len >= ps->enough || buf_failed(ps->text);
}

void markdown_preview(struct buf *out, const char *md, size_t len,
                      size_t max_chars)
{
    struct buf raw, src, clean;
    size_t enough = max_chars * 4 + 64;
    if (len > MARKDOWN_MAX_INPUT)
        len = MARKDOWN_MAX_INPUT;
    /* the preview needs the start only: parse a bounded prefix, so a
       thread of long comments costs the same as one of short ones */
    if (len > enough * 4)
        len = enough * 4;
    buf_init(&raw, enough + MARKDOWN_MAX_INPUT);
    buf_init(&src, MARKDOWN_MAX_INPUT * 2);
    buf_init(&clean, enough * 2 + 16);

    /* 1. The text of the document, markup gone. */
    int rc = quote_refs_escape(&src, md, len, parser_flags(MARKDOWN_COMMENT));
    struct preview_state ps = {&raw, enough};
    MD_PARSER parser = {0};
    parser.flags = parser_flags(MARKDOWN_COMMENT);
    parser.enter_block = preview_block;
    parser.leave_block = preview_block;
    parser.enter_span = preview_span;
    parser.leave_span = preview_span;
    parser.text = preview_text;
    if (!rc && !buf_failed(&src))
        (void)md_parse(src.data, (MD_SIZE)src.len, &parser, &ps);

    /* 2. Valid UTF-8, no controls, single spaces; count code points. */
    const unsigned char *p = (const unsigned char *)raw.data;
    size_t i = 0, chars = 0, last_space = 0, cut_at = 0;
    bool cut = false, space = true;
    while (i < raw.len) {
        size_t n = str_utf8_seq_len(p + i, raw.len - i);
        bool ws = n == 1 && (p[i] <= 0x20 || p[i] == 0x7F);
        if (ws) {
            i++;
            if (!space) {
                last_space = clean.len;
                space = true;
            }
            continue;
        }
        if (chars == max_chars) {
            cut = true;
            break;
        }
        if (space && chars > 0) {
            buf_addc(&clean, ' ');
            chars++;
            if (chars == max_chars) {
                cut = true;
                break;
            }
        }
        space = false;
        if (n)
            buf_add(&clean, p + i, n);
        else
            buf_add(&clean, replacement_char, 3);
        i += n ? n : 1;
        chars++;
        cut_at = clean.len;
    }
    if (!cut && raw.len >= enough)
        cut = true; /* we stopped reading: more text followed */

    /* 3. Whole words when cut. Out of memory: no preview rather than
     * a wrong one. */
    if (rc || buf_failed(&raw) || buf_failed(&src) || buf_failed(&clean)) {
        /* nothing */
    } else if (cut) {
        size_t keep = last_space > 0 ? last_space : cut_at;
        buf_add(out, clean.data, keep);
        buf_adds(out, "\xE2\x80\xA6");
    } else {
        buf_add(out, clean.data, clean.len);
    }
    buf_release(&raw);
    buf_release(&src);
    buf_release(&clean);
}
