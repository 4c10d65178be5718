/*
 * wxr.c - `charla import wxr FILE`: stream a WordPress export (WXR) into
 * an import sink (import.h).
 *
 * A WXR file is RSS 2.0 (<rss><channel>) with WordPress fields in the wp
 * namespace, whose URI carries the format version:
 * http://wordpress.org/export/1.0/, 1.1/ or 1.2/ (all three are read
 * alike; others are refused). What we use:
 *
 *   channel: wp:base_site_url (else link): names the site in source ids
 *   item:    link, title, wp:post_id, wp:post_name, wp:post_date_gmt
 *            (else wp:post_date), wp:comment_status, wp:status,
 *            wp:post_type
 *   wp:comment (inside its item): wp:comment_id, wp:comment_parent
 *            (0 = top level), wp:comment_author, wp:comment_date_gmt
 *            (else wp:comment_date), wp:comment_content,
 *            wp:comment_approved, wp:comment_type
 *
 * Data flow, one pass: the item's own fields come before its comments
 * (WordPress writes them in that order), so the item becomes a thread_only
 * article when its first <wp:comment> opens (or at </item> if it has
 * none), and each comment goes to the sink at </wp:comment>. Only the
 * fields above are collected, into reused buffers with size limits, so
 * memory stays flat; author e-mail, URL and IP address are never copied.
 * A reply whose parent comes later in the file is the sink's to hold.
 *
 * WordPress stores comment text with bare newlines and adds paragraphs
 * when it displays them (wpautop); we do the same small conversion
 * (blank line: paragraph, newline: line break) before html2md unless the
 * text already has <p> or <br> tags.
 *
 * WordPress also stores a commenter's name and a post's title escaped
 * for HTML ("Tom &amp; Jerry"), inside CDATA, so the XML parser leaves
 * the references in place; both are plain text here, so their character
 * references are decoded once (html2md_decode_refs), as a body's are:
 * "&amp;lt;" becomes the text "&lt;".
 *
 * Times: wp:comment_date_gmt is UTC, but WordPress writes
 * "0000-00-00 00:00:00" there for some comments (and drafts), leaving
 * only wp:comment_date, in the site's time zone. The zone is nowhere in
 * the file, but a post that has both wp:post_date and wp:post_date_gmt
 * gives its offset, which its comments' local times are read with. A post
 * without one, and its comments, take the offset of the last post before
 * it that had one (the same site's zone, give or take daylight saving).
 * A local time with no offset known yet is read as UTC and counted in
 * local_as_utc, for the import summary to say so.
 *
 * Safety (entity declarations, external DTDs, token size, UTF-8) is the
 * driver's, in xmlread.c.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "import/html2md.h"
#include "import/import.h"
#include "import/xmlread.h"
#include "util/arena.h"
#include "util/str.h"

#define NS_WP_PREFIX "http://wordpress.org/export/"

#define COMMENT_BODY_MAX ((size_t)64 << 10)
#define TITLE_MAX ((size_t)1 << 10)
#define FIELD_MAX ((size_t)8 << 10)

/* The widest UTC offset in use (+14:00, Kiribati), in seconds: a post
 * whose local and UTC times differ by more tells no time zone. */
#define OFFSET_MAX_S (14 * 3600)

enum field {
    /* channel */
    F_SITE,
    F_CHANNEL_LINK,
    /* item */
    F_TITLE,
    F_LINK,
    F_POST_ID,
    F_POST_NAME,
    F_POST_DATE_GMT,
    F_POST_DATE,
    F_COMMENT_STATUS,
    F_STATUS,
    F_POST_TYPE,
    /* comment */
    F_C_ID,
    F_C_PARENT,
    F_C_AUTHOR,
    F_C_DATE_GMT,
    F_C_DATE,
    F_C_CONTENT,
    F_C_APPROVED,
    F_C_TYPE,
    F_COUNT,
    F_NONE = F_COUNT
};

enum item_state {
    ITEM_PENDING, /* its article not sent yet */
    ITEM_SENT,    /* sent: its comments may follow */
    ITEM_SKIPPED  /* not a post or page, or trashed: comments skipped */
};

struct wparser {
    struct xml_reader rd; /* first: the driver casts the user data */
    const struct import_sink *sink;
    struct import_stats *st;
    char wp_ns[64]; /* the wp namespace URI seen, or "" */

    int depth;
    bool root_ok;
    int channel_depth, item_depth, comment_depth; /* open ones, or 0 */
    enum item_state item_state;
    enum field field;
    int field_depth;
    bool item_toobig, comment_toobig;
    struct buf f[F_COUNT];
    struct buf html;         /* comment text after the autop step */
    struct buf md;           /* converted comment */
    struct arena scratch;    /* per comment */
    struct arena item_arena; /* per item: its source id */
    const char *item_source_id;
    bool item_offset_known; /* the item has both post dates */
    int64_t item_offset_s;  /* then: its local time minus UTC, seconds */
    bool file_offset_known; /* an item before had both post dates */
    int64_t file_offset_s;  /* then: the last such item's offset */
};

static size_t limit_of(enum field f)
{
    if (f == F_TITLE)
        return TITLE_MAX;
    if (f == F_C_CONTENT)
        return COMMENT_BODY_MAX;
    return FIELD_MAX;
}

static bool wp(const struct wparser *p, const char *name, const char *local)
{
    return p->wp_ns[0] && xml_name_is(name, p->wp_ns, local);
}

/* trimmed copies b without surrounding white space into arena a. */
static const char *trimmed(struct arena *a, const struct buf *b)
{
    const char *s = b->data;
    size_t n = b->len;
    str_trim(&s, &n);
    return arena_strndup(a, s, n);
}

static void collect(struct wparser *p, enum field f)
{
    p->field = f;
    p->field_depth = p->depth;
    buf_reset(&p->f[f]);
}

static void XMLCALL on_ns(void *ud, const char *prefix, const char *uri)
{
    struct wparser *p = ud;
    (void)prefix;
    if (!uri || !str_starts(uri, NS_WP_PREFIX))
        return;
    const char *v = uri + strlen(NS_WP_PREFIX);
    const char *slash = strchr(v, '/');
    if (!slash || slash[1] != '\0')
        return; /* .../1.2/excerpt/ and the like: not the wp namespace */
    if (strcmp(v, "1.0/") != 0 && strcmp(v, "1.1/") != 0 &&
        strcmp(v, "1.2/") != 0) {
        xml_fail(&p->rd, ERR_INVALID,
                 "unsupported WXR version (namespace %.80s); charla reads "
                 "WXR 1.0 to 1.2",
                 uri);
        return;
    }
    snprintf(p->wp_ns, sizeof(p->wp_ns), "%s", uri);
    p->st->format = strcmp(v, "1.0/") == 0   ? "wxr-1.0"
                    : strcmp(v, "1.1/") == 0 ? "wxr-1.1"
                                             : "wxr-1.2";
}

static void start_item(struct wparser *p)
{
    p->item_depth = p->depth;
    p->item_state = ITEM_PENDING;
    p->item_toobig = false;
    for (int i = F_TITLE; i <= F_POST_TYPE; i++)
        buf_reset(&p->f[i]);
    arena_reset(&p->item_arena);
    p->item_source_id = NULL;
    p->item_offset_known = false;
    p->item_offset_s = 0;
}

static void start_comment(struct wparser *p);

static void item_child(struct wparser *p, const char *name)
{
    static const struct {
        const char *local;
        enum field f;
    } wp_fields[] = {{"post_id", F_POST_ID},
                     {"post_name", F_POST_NAME},
                     {"post_date_gmt", F_POST_DATE_GMT},
                     {"post_date", F_POST_DATE},
                     {"comment_status", F_COMMENT_STATUS},
                     {"status", F_STATUS},
                     {"post_type", F_POST_TYPE}};
    if (xml_name_is(name, "", "title")) {
        collect(p, F_TITLE);
    } else if (xml_name_is(name, "", "link")) {
        collect(p, F_LINK);
    } else if (wp(p, name, "comment")) {
        start_comment(p);
    } else {
        for (size_t i = 0; i < sizeof(wp_fields) / sizeof(wp_fields[0]); i++)
            if (wp(p, name, wp_fields[i].local))
                collect(p, wp_fields[i].f);
    }
}

static void comment_child(struct wparser *p, const char *name)
{
    static const struct {
        const char *local;
        enum field f;
    } wp_fields[] = {{"comment_id", F_C_ID},
                     {"comment_parent", F_C_PARENT},
                     {"comment_author", F_C_AUTHOR},
                     {"comment_date_gmt", F_C_DATE_GMT},
                     {"comment_date", F_C_DATE},
                     {"comment_content", F_C_CONTENT},
                     {"comment_approved", F_C_APPROVED},
                     {"comment_type", F_C_TYPE}};
    /* comment_author_email, _url, _IP: never read */
    for (size_t i = 0; i < sizeof(wp_fields) / sizeof(wp_fields[0]); i++)
        if (wp(p, name, wp_fields[i].local))
            collect(p, wp_fields[i].f);
}

static const char *root_hint(const char *name)
{
    if (xml_name_is(name, "http://disqus.com", "disqus"))
        return " (a Disqus export? try `charla import disqus`)";
    if (xml_name_is(name, "http://www.w3.org/2005/Atom", "feed"))
        return " (a Blogger export? try `charla import blogger`)";
    return "";
}

static bool need_wp(struct wparser *p)
{
    if (p->wp_ns[0])
        return true;
    xml_fail(&p->rd, ERR_INVALID,
             "not a WordPress export: no wp namespace "
             "(http://wordpress.org/export/1.x/); a plain RSS feed?");
    return false;
}

static void XMLCALL on_start(void *ud, const char *name, const char **atts)
{
    struct wparser *p = ud;
    (void)atts;
    xml_mark(&p->rd);
    p->depth++;
    if (p->depth == 1) {
        p->root_ok = xml_name_is(name, "", "rss");
        if (!p->root_ok) {
            const char *local = strrchr(name, ' ');
            xml_fail(&p->rd, ERR_INVALID,
                     "not a WordPress export: the root element is <%s>, not "
                     "<rss>%s",
                     local ? local + 1 : name, root_hint(name));
        }
        return;
    }
    if (p->field != F_NONE)
        return;
    if (p->depth == 2 && xml_name_is(name, "", "channel")) {
        if (need_wp(p))
            p->channel_depth = p->depth;
        return;
    }
    if (!p->channel_depth)
        return;
    if (p->comment_depth) {
        if (p->depth == p->comment_depth + 1)
            comment_child(p, name);
        return;
    }
    if (p->item_depth) {
        if (p->depth == p->item_depth + 1)
            item_child(p, name);
        return;
    }
    if (p->depth != p->channel_depth + 1)
        return;
    if (xml_name_is(name, "", "item"))
        start_item(p);
    else if (wp(p, name, "base_site_url"))
        collect(p, F_SITE);
    else if (xml_name_is(name, "", "link"))
        collect(p, F_CHANNEL_LINK);
}

/* site returns the site's base URL without a trailing slash (scratch). */
static const char *site(struct wparser *p, struct arena *a)
{
    const struct buf *b =
        p->f[F_SITE].len ? &p->f[F_SITE] : &p->f[F_CHANNEL_LINK];
    const char *s = b->data;
    size_t n = b->len;
    str_trim(&s, &n);
    while (n > 0 && s[n - 1] == '/')
        n--;
    return arena_strndup(a, s, n);
}

static bool type_is(const struct buf *b, const char *lit)
{
    return import_trimmed_eq(b->data, lit);
}

/*
 * decoded copies b, a plain-text field WordPress stores HTML-escaped, into
 * arena a without surrounding white space and with its character
 * references decoded once. NULL when memory runs out; a field that is not
 * UTF-8 (expat lets none through) is copied as it is.
 */
static const char *decoded(struct arena *a, const struct buf *b)
{
    const char *s = b->data;
    size_t n = b->len;
    str_trim(&s, &n);
    struct buf out;
    buf_init(&out, 2 * n + 16);
    int rc = html2md_decode_refs(s, n, &out);
    const char *t = out.data;
    size_t tn = out.len;
    if (rc == ERR_INVALID) {
        t = s;
        tn = n;
    }
    str_trim(&t, &tn);
    const char *copy = rc && rc != ERR_INVALID ? NULL : arena_strndup(a, t, tn);
    buf_release(&out);
    return copy;
}

/* item_offset learns the open item's UTC offset from its two post dates,
 * when it has both and they differ by a time zone's offset. */
static void item_offset(struct wparser *p)
{
    int64_t local, utc;
    if (!import_parse_sql_time(p->f[F_POST_DATE].data, &local) ||
        !import_parse_sql_time(p->f[F_POST_DATE_GMT].data, &utc))
        return;
    int64_t off = local - utc;
    if (off < -OFFSET_MAX_S || off > OFFSET_MAX_S || off % 60 != 0)
        return;
    p->item_offset_known = true;
    p->item_offset_s = off;
    p->file_offset_known = true;
    p->file_offset_s = off;
}

/* local_to_utc turns *t, a local time of the open item, into UTC with the
 * item's offset, else the file's last one; false when neither is known
 * (*t is then left as it is, read as UTC). */
static bool local_to_utc(const struct wparser *p, int64_t *t)
{
    if (p->item_offset_known)
        *t -= p->item_offset_s;
    else if (p->file_offset_known)
        *t -= p->file_offset_s;
    else
        return false;
    return true;
}

/* send_item sends the open item's article, once, or marks it skipped. */
static void send_item(struct wparser *p)
{
    struct import_article a;
    struct arena *ar = &p->item_arena;

    if (p->item_state != ITEM_PENDING)
        return;
    p->item_state = ITEM_SKIPPED;
    if (p->item_toobig) {
        p->st->skipped_toobig++;
        return;
    }
    const struct buf *type = &p->f[F_POST_TYPE];
    if (type->len && !type_is(type, "post") && !type_is(type, "page")) {
        p->st->skipped_other++; /* attachments, menus, revisions, ... */
        return;
    }
    const struct buf *status = &p->f[F_STATUS];
    if (type_is(status, "trash") || type_is(status, "auto-draft") ||
        !p->f[F_POST_ID].len) {
        p->st->skipped_other++;
        return;
    }
    memset(&a, 0, sizeof(a));
    item_offset(p);
    const char *base = site(p, ar);
    const char *post_id = trimmed(ar, &p->f[F_POST_ID]);
    const char *link = trimmed(ar, &p->f[F_LINK]);
    const char *slug = trimmed(ar, &p->f[F_POST_NAME]);
    if (!base || !post_id || !link || !slug) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    a.source_id = arena_sprintf(ar, "wxr:%s#post-%s", base, post_id);
    a.url = link;
    if (!html2md_url_ok(link, strlen(link)) && slug[0] && base[0])
        a.url = arena_sprintf(ar, "%s/%s/", base, slug);
    if (!import_parse_sql_time(p->f[F_POST_DATE_GMT].data, &a.published)) {
        if (!import_parse_sql_time(p->f[F_POST_DATE].data, &a.published))
            a.published = 0;
        else if (!local_to_utc(p, &a.published))
            p->st->local_as_utc++; /* no offset known yet */
    }
    a.title = decoded(ar, &p->f[F_TITLE]);
    a.path = "";
    a.byline = "";
    a.body_md = "";
    a.lead_image = "";
    a.lead_caption = "";
    a.labels = "";
    a.draft = status->len && !type_is(status, "publish");
    a.thread_only = true;
    a.closed = type_is(&p->f[F_COMMENT_STATUS], "closed");
    a.tz_known = p->item_offset_known;
    a.tz_offset_min = (int)(p->item_offset_s / 60);
    if (!a.source_id || !a.url || !a.title) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    p->item_source_id = a.source_id;
    p->item_state = ITEM_SENT;
    p->st->articles++;
    int rc = p->sink->article(p->sink->ctx, &a);
    if (rc)
        xml_fail(&p->rd, rc < 0 ? rc : ERR_INVALID,
                 "import stopped at post %s: %s", post_id, err_name(rc));
}

static void start_comment(struct wparser *p)
{
    send_item(p);
    p->comment_depth = p->depth;
    p->comment_toobig = false;
    for (int i = F_C_ID; i <= F_C_TYPE; i++)
        buf_reset(&p->f[i]);
}

static bool has_tag(const char *s, const char *tag)
{
    size_t n = strlen(tag);
    for (const char *t = strchr(s, '<'); t; t = strchr(t + 1, '<'))
        if (strncasecmp(t + 1, tag, n) == 0 &&
            (t[1 + n] == '>' || t[1 + n] == ' ' || t[1 + n] == '/'))
            return true;
    return false;
}

/* autop turns WordPress's stored comment text into paragraphs. */
static void autop(const struct buf *in, struct buf *out)
{
    buf_reset(out);
    if (has_tag(in->data, "p") || has_tag(in->data, "br")) {
        buf_add(out, in->data, in->len);
        return;
    }
    buf_adds(out, "<p>");
    for (size_t i = 0; i < in->len; i++) {
        char c = in->data[i];
        if (c == '\r')
            continue;
        if (c != '\n') {
            buf_addc(out, c);
            continue;
        }
        size_t j = i + 1, newlines = 1;
        while (j < in->len && (in->data[j] == '\n' || in->data[j] == '\r' ||
                               in->data[j] == ' ' || in->data[j] == '\t')) {
            if (in->data[j] == '\n')
                newlines++;
            j++;
        }
        buf_adds(out, newlines > 1 ? "</p><p>" : "<br>");
        i = j - 1;
    }
    buf_adds(out, "</p>");
}

static bool anonymous_name(const char *s)
{
    return !s[0] || strcmp(s, "Anonymous") == 0 || strcmp(s, "Anónimo") == 0 ||
           strcmp(s, "anonymous") == 0;
}

static void send_comment(struct wparser *p)
{
    struct import_comment c;
    struct arena *ar = &p->scratch;
    int rc;

    arena_reset(ar);
    if (p->item_state != ITEM_SENT) {
        p->st->skipped_other++;
        return;
    }
    if (p->comment_toobig) {
        p->st->skipped_toobig++;
        return;
    }
    const struct buf *type = &p->f[F_C_TYPE];
    if (type_is(type, "pingback") || type_is(type, "trackback")) {
        p->st->skipped_pingbacks++;
        return;
    }
    if (type->len && !type_is(type, "comment") && !type_is(type, "")) {
        p->st->skipped_other++;
        return;
    }
    const struct buf *ap = &p->f[F_C_APPROVED];
    if (type_is(ap, "trash") || type_is(ap, "post-trashed")) {
        p->st->skipped_trash++;
        return;
    }
    memset(&c, 0, sizeof(c));
    const char *id = trimmed(ar, &p->f[F_C_ID]);
    const char *parent = trimmed(ar, &p->f[F_C_PARENT]);
    if (!id || !parent) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    bool as_utc = false; /* a local time, read as UTC for want of an offset */
    if (!id[0]) {
        p->st->skipped_invalid++;
        return;
    }
    int64_t local;
    bool local_ok = import_parse_sql_time(p->f[F_C_DATE].data, &local);
    if (!import_parse_sql_time(p->f[F_C_DATE_GMT].data, &c.created)) {
        if (!local_ok) {
            p->st->skipped_invalid++;
            return;
        }
        c.created = local;
        as_utc = !local_to_utc(p, &c.created);
        local_ok = !as_utc;
    }
    /* the blog showed the comment at its local time: the difference is
       the offset of the zone its writer read the thread in */
    int64_t offset_s = local_ok ? local - c.created : 0;
    if (local_ok && offset_s % 60 == 0 && offset_s >= -14 * 3600 &&
        offset_s <= 14 * 3600) {
        c.tz_offset_min = (int)(offset_s / 60);
        c.tz_known = true;
    }
    if (type_is(ap, "1"))
        c.status = IMPORT_VISIBLE;
    else if (type_is(ap, "spam"))
        c.status = IMPORT_SPAM;
    else
        c.status = IMPORT_PENDING; /* "0" and anything unknown: held */
    autop(&p->f[F_C_CONTENT], &p->html);
    buf_reset(&p->md);
    rc = buf_failed(&p->html) ? ERR_TOOBIG
                              : html2md(p->html.data, p->html.len, &p->md);
    if (rc == ERR_NOMEM) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    if (rc) {
        p->st->skipped_toobig++;
        return;
    }
    c.body_md = p->md.data;
    const char *name = decoded(ar, &p->f[F_C_AUTHOR]);
    const char *base = site(p, ar);
    if (!name || !base) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    c.anonymous = anonymous_name(name);
    c.author_name = c.anonymous ? "" : name;
    c.source_id = arena_sprintf(ar, "wxr:%s#comment-%s", base, id);
    c.article_source_id = p->item_source_id;
    c.parent_source_id =
        parent[0] && strcmp(parent, "0") != 0
            ? arena_sprintf(ar, "wxr:%s#comment-%s", base, parent)
            : "";
    if (!c.source_id || !c.parent_source_id) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    p->st->comments++;
    if (as_utc)
        p->st->local_as_utc++;
    if (c.status == IMPORT_SPAM)
        p->st->spam++;
    rc = p->sink->comment(p->sink->ctx, &c);
    if (rc)
        xml_fail(&p->rd, rc < 0 ? rc : ERR_INVALID,
                 "import stopped at comment %s: %s", id, err_name(rc));
}

static void XMLCALL on_end(void *ud, const char *name)
{
    struct wparser *p = ud;
    (void)name;
    xml_mark(&p->rd);
    if (p->field != F_NONE && p->depth == p->field_depth) {
        if (buf_failed(&p->f[p->field])) {
            if (p->field >= F_C_ID)
                p->comment_toobig = true;
            else
                p->item_toobig = true;
        }
        p->field = F_NONE;
    }
    if (p->comment_depth && p->depth == p->comment_depth) {
        p->comment_depth = 0;
        send_comment(p);
    } else if (p->item_depth && p->depth == p->item_depth) {
        send_item(p);
        p->item_depth = 0;
    } else if (p->channel_depth && p->depth == p->channel_depth) {
        p->channel_depth = 0;
    }
    p->depth--;
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
    struct wparser *p = ud;
    xml_mark(&p->rd);
    if (p->field != F_NONE)
        buf_add(&p->f[p->field], s, (size_t)len);
}

static void setup(XML_Parser xp)
{
    XML_SetElementHandler(xp, on_start, on_end);
    XML_SetCharacterDataHandler(xp, on_text);
    XML_SetStartNamespaceDeclHandler(xp, on_ns);
}

int import_wxr(const char *path, const struct import_sink *sink,
               struct import_stats *stats, struct buf *err)
{
    struct wparser p;
    struct import_stats local;
    int rc;

    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof(*stats));
    stats->format = "";
    memset(&p, 0, sizeof(p));
    p.rd.path = path;
    p.rd.err = err;
    p.rd.sink = sink;
    p.sink = sink;
    p.st = stats;
    p.field = F_NONE;
    for (int i = 0; i < F_COUNT; i++)
        buf_init(&p.f[i], limit_of((enum field)i));
    buf_init(&p.html, 2 * COMMENT_BODY_MAX + 4096);
    buf_init(&p.md, 3 * COMMENT_BODY_MAX + 4096);
    arena_init(&p.scratch, 0);
    arena_init(&p.item_arena, 0);
    int64_t size = xml_reader_file_size(path);
    p.rd.progress_total = size > 0 ? size : 0;

    rc = xml_reader_run(&p.rd, &p, setup);
    if (rc == 0 && (!p.root_ok || !p.wp_ns[0])) {
        rc = ERR_INVALID;
        buf_addf(err,
                 "%s: not a WordPress export (no <rss> with the wp "
                 "namespace)",
                 path);
    }
    for (int i = 0; i < F_COUNT; i++)
        buf_release(&p.f[i]);
    buf_release(&p.html);
    buf_release(&p.md);
    arena_release(&p.scratch);
    arena_release(&p.item_arena);
    return rc;
}
