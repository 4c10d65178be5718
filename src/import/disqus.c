/*
 * disqus.c - `charla import disqus FILE`: stream a Disqus export into an
 * import sink (import.h).
 *
 * The export is one <disqus> element (namespace http://disqus.com, ids in
 * the attribute dsq:id of http://disqus.com/disqus-internals) holding
 * <category>, <thread> and <post> elements, threads first by convention
 * but we do not rely on it:
 *
 *   thread: link, title, createdAt, isClosed, isDeleted
 *   post:   message (HTML in CDATA), createdAt, isDeleted, isSpam,
 *           author/name, author/isAnonymous, thread/@dsq:id,
 *           parent/@dsq:id (absent for a top-level post)
 *
 * Data flow, two passes over the file so that memory stays flat:
 *   1. threads: each <thread> becomes a thread_only article
 *      ("disqus-thread:ID") and goes to the sink at its end tag;
 *   2. posts: each <post> becomes a comment ("disqus:ID") at its end tag,
 *      its message converted by html2md. Posts come in file order, so a
 *      reply may come before its parent: the sink keeps it aside until the
 *      parent is stored (store_sink.c).
 * Only the fields we use are collected, each into its own reused buffer
 * with a size limit; e-mail addresses, user names and IP addresses are
 * never even copied. A file that is not well formed fails in pass 1,
 * before any comment, so nothing of it is ever stored.
 *
 * Resuming (--resume, store_sink.c): every post carries the offset just
 * past the element before it (resume_pos); the sink may commit there and
 * keep the offset. A later run does pass 1 in full, then starts pass 2 at
 * that offset: the reader feeds expat the prolog and the root's start tag,
 * then the file from the offset on (xmlread.c).
 *
 * Safety (entity declarations, external DTDs, token size, UTF-8) is the
 * driver's, in xmlread.c.
 */
#include <stdio.h>
#include <string.h>

#include "import/html2md.h"
#include "import/import.h"
#include "import/xmlread.h"
#include "util/arena.h"
#include "util/str.h"

#define NS_DISQUS "http://disqus.com"
#define NS_DSQ "http://disqus.com/disqus-internals"
#define ATTR_DSQ_ID NS_DSQ " id"

#define COMMENT_BODY_MAX ((size_t)64 << 10)
#define TITLE_MAX ((size_t)1 << 10)
#define FIELD_MAX ((size_t)8 << 10)

enum pass { PASS_THREADS, PASS_POSTS };

/* The fields we collect; each has its own buffer in struct dparser. */
enum field {
    F_LINK,
    F_TITLE,
    F_CREATED,
    F_DELETED,
    F_SPAM,
    F_CLOSED,
    F_MESSAGE,
    F_NAME,
    F_ANONYMOUS,
    F_COUNT,
    F_NONE = F_COUNT
};

struct dparser {
    struct xml_reader rd; /* first: the driver casts the user data */
    enum pass pass;
    const struct import_sink *sink;
    struct import_stats *st;

    int depth; /* current element depth (root = 1) */
    bool root_ok;
    int item_depth;   /* depth of the open thread/post, or 0 */
    int author_depth; /* depth of the post's open <author>, or 0 */
    enum field field; /* collecting text into this field ... */
    int field_depth;  /* ... until this element closes */
    bool toobig;      /* a field of the item went over its limit */
    struct buf f[F_COUNT];
    struct buf id, thread_ref, parent_ref; /* dsq:id attributes */
    struct buf md;                         /* converted message */
    struct arena scratch;                  /* per item */
    int64_t item_end; /* file offset past the last element at depth 2
                         (or the root's start tag) */
    int64_t post_pos; /* item_end when the open post started: where a
                         later run can read it again */
};

static const size_t field_max[F_COUNT] = {
    [F_LINK] = FIELD_MAX,           [F_TITLE] = TITLE_MAX,
    [F_CREATED] = FIELD_MAX,        [F_DELETED] = FIELD_MAX,
    [F_SPAM] = FIELD_MAX,           [F_CLOSED] = FIELD_MAX,
    [F_MESSAGE] = COMMENT_BODY_MAX, [F_NAME] = FIELD_MAX,
    [F_ANONYMOUS] = FIELD_MAX};

/* is: a Disqus element (the default namespace, or none at all). */
static bool is(const char *name, const char *local)
{
    return xml_name_is(name, NS_DISQUS, local) || xml_name_is(name, "", local);
}

static bool truthy(const struct buf *b)
{
    return import_trimmed_eq(b->data, "true") ||
           import_trimmed_eq(b->data, "1");
}

/* trimmed copies b without surrounding white space into the scratch. */
static const char *trimmed(struct dparser *p, const struct buf *b)
{
    const char *s = b->data;
    size_t n = b->len;
    str_trim(&s, &n);
    return arena_strndup(&p->scratch, s, n);
}

static void set_id(struct dparser *p, struct buf *b, const char **atts)
{
    const char *v = xml_attr(atts, ATTR_DSQ_ID);
    buf_reset(b);
    if (!v)
        return;
    size_t n = strlen(v);
    str_trim(&v, &n);
    if (n > 64) {
        p->toobig = true;
        return;
    }
    buf_add(b, v, n);
}

static void collect(struct dparser *p, enum field f)
{
    p->field = f;
    p->field_depth = p->depth;
}

static void start_item(struct dparser *p)
{
    p->item_depth = p->depth;
    p->author_depth = 0;
    p->toobig = false;
    for (int i = 0; i < F_COUNT; i++)
        buf_reset(&p->f[i]);
    buf_reset(&p->id);
    buf_reset(&p->thread_ref);
    buf_reset(&p->parent_ref);
}

static const char *root_hint(const char *name)
{
    if (xml_name_is(name, "", "rss"))
        return " (a WordPress export? try `charla import wxr`)";
    if (xml_name_is(name, "http://www.w3.org/2005/Atom", "feed"))
        return " (a Blogger export? try `charla import blogger`)";
    return "";
}

static void XMLCALL on_start(void *ud, const char *name, const char **atts)
{
    struct dparser *p = ud;
    xml_mark(&p->rd);
    p->depth++;
    if (p->depth == 1) {
        p->root_ok = is(name, "disqus");
        if (!p->root_ok) {
            const char *local = strrchr(name, ' ');
            xml_fail(&p->rd, ERR_INVALID,
                     "not a Disqus export: the root element is <%s>, not "
                     "<disqus>%s",
                     local ? local + 1 : name, root_hint(name));
        }
        p->st->format = "disqus";
        if (p->rd.resume_pos) { /* pass 1 noted root_end; the next
                                   element starts at resume_pos */
            p->item_end = p->rd.resume_pos;
        } else {
            p->rd.root_end = xml_pos_after(&p->rd);
            p->item_end = p->rd.root_end;
        }
        return;
    }
    if (p->field != F_NONE)
        return; /* markup inside a text field: its text is kept */
    if (!p->item_depth) {
        if (p->depth != 2)
            return;
        if (p->pass == PASS_THREADS && is(name, "thread")) {
            start_item(p);
            set_id(p, &p->id, atts);
        } else if (p->pass == PASS_POSTS && is(name, "post")) {
            start_item(p);
            p->post_pos = p->item_end;
            set_id(p, &p->id, atts);
        }
        return;
    }
    int rel = p->depth - p->item_depth;
    if (p->author_depth && p->depth == p->author_depth + 1) {
        if (is(name, "name"))
            collect(p, F_NAME);
        else if (is(name, "isAnonymous"))
            collect(p, F_ANONYMOUS);
        return; /* email, username: never read */
    }
    if (rel != 1)
        return;
    if (is(name, "createdAt")) {
        collect(p, F_CREATED);
    } else if (is(name, "isDeleted")) {
        collect(p, F_DELETED);
    } else if (p->pass == PASS_THREADS) {
        if (is(name, "link"))
            collect(p, F_LINK);
        else if (is(name, "title"))
            collect(p, F_TITLE);
        else if (is(name, "isClosed"))
            collect(p, F_CLOSED);
    } else {
        if (is(name, "message"))
            collect(p, F_MESSAGE);
        else if (is(name, "isSpam"))
            collect(p, F_SPAM);
        else if (is(name, "author"))
            p->author_depth = p->depth;
        else if (is(name, "thread"))
            set_id(p, &p->thread_ref, atts);
        else if (is(name, "parent"))
            set_id(p, &p->parent_ref, atts);
        /* ipAddress: never read */
    }
}

static void sink_failed(struct dparser *p, int rc, const char *what,
                        const char *id)
{
    xml_fail(&p->rd, rc < 0 ? rc : ERR_INVALID, "import stopped at %s %s: %s",
             what, id, err_name(rc));
}

static void emit_thread(struct dparser *p)
{
    struct import_article a;

    arena_reset(&p->scratch);
    if (p->toobig) {
        p->st->skipped_toobig++;
        return;
    }
    if (!p->id.len || truthy(&p->f[F_DELETED])) {
        p->st->skipped_other++;
        return;
    }
    memset(&a, 0, sizeof(a));
    int off;
    if (!import_parse_rfc3339(p->f[F_CREATED].data, &a.published, &off))
        a.published = 0;
    a.source_id = arena_sprintf(&p->scratch, "disqus-thread:%s", p->id.data);
    a.url = trimmed(p, &p->f[F_LINK]);
    a.title = trimmed(p, &p->f[F_TITLE]);
    a.path = "";
    a.byline = "";
    a.body_md = "";
    a.lead_image = "";
    a.lead_caption = "";
    a.labels = "";
    a.thread_only = true;
    a.closed = truthy(&p->f[F_CLOSED]);
    if (!a.source_id || !a.url || !a.title) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    p->st->articles++;
    int rc = p->sink->article(p->sink->ctx, &a);
    if (rc)
        sink_failed(p, rc, "thread", p->id.data);
}

static void emit_post(struct dparser *p)
{
    struct import_comment c;
    int off, rc;

    arena_reset(&p->scratch);
    if (p->toobig) {
        p->st->skipped_toobig++;
        return;
    }
    memset(&c, 0, sizeof(c));
    if (!p->id.len || !p->thread_ref.len ||
        !import_parse_rfc3339(p->f[F_CREATED].data, &c.created, &off)) {
        p->st->skipped_invalid++;
        return;
    }
    if (truthy(&p->f[F_DELETED]))
        c.status = IMPORT_DELETED;
    else if (truthy(&p->f[F_SPAM]))
        c.status = IMPORT_SPAM;
    else
        c.status = IMPORT_VISIBLE;
    c.body_md = "";
    if (c.status != IMPORT_DELETED) {
        buf_reset(&p->md);
        rc = html2md(p->f[F_MESSAGE].data, p->f[F_MESSAGE].len, &p->md);
        if (rc == ERR_NOMEM) {
            xml_fail(&p->rd, ERR_NOMEM, "out of memory");
            return;
        }
        if (rc) {
            p->st->skipped_toobig++;
            return;
        }
        c.body_md = p->md.data;
    }
    const char *name = trimmed(p, &p->f[F_NAME]);
    c.anonymous = truthy(&p->f[F_ANONYMOUS]) || !name || !name[0];
    c.author_name = c.anonymous ? "" : name;
    c.resume_pos = p->post_pos;
    c.source_id = arena_sprintf(&p->scratch, "disqus:%s", p->id.data);
    c.article_source_id =
        arena_sprintf(&p->scratch, "disqus-thread:%s", p->thread_ref.data);
    c.parent_source_id =
        p->parent_ref.len
            ? arena_sprintf(&p->scratch, "disqus:%s", p->parent_ref.data)
            : "";
    if (!c.source_id || !c.article_source_id || !c.parent_source_id) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory");
        return;
    }
    p->st->comments++;
    if (c.status == IMPORT_DELETED)
        p->st->tombstones++;
    if (c.status == IMPORT_SPAM)
        p->st->spam++;
    rc = p->sink->comment(p->sink->ctx, &c);
    if (rc)
        sink_failed(p, rc, "post", p->id.data);
}

static void XMLCALL on_end(void *ud, const char *name)
{
    struct dparser *p = ud;
    (void)name;
    xml_mark(&p->rd);
    if (p->field != F_NONE && p->depth == p->field_depth) {
        if (buf_failed(&p->f[p->field]))
            p->toobig = true;
        p->field = F_NONE;
    }
    if (p->author_depth && p->depth == p->author_depth)
        p->author_depth = 0;
    if (p->item_depth && p->depth == p->item_depth) {
        p->item_depth = 0;
        if (p->pass == PASS_THREADS)
            emit_thread(p);
        else
            emit_post(p);
    }
    if (p->depth == 2)
        p->item_end = xml_pos_after(&p->rd);
    p->depth--;
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
    struct dparser *p = ud;
    xml_mark(&p->rd);
    if (p->field != F_NONE)
        buf_add(&p->f[p->field], s, (size_t)len);
}

static void setup(XML_Parser xp)
{
    XML_SetElementHandler(xp, on_start, on_end);
    XML_SetCharacterDataHandler(xp, on_text);
}

static void dparser_init(struct dparser *p, const char *path,
                         const struct import_sink *sink,
                         struct import_stats *stats, struct buf *err)
{
    memset(p, 0, sizeof(*p));
    memset(stats, 0, sizeof(*stats));
    stats->format = "";
    p->rd.path = path;
    p->rd.err = err;
    p->rd.sink = sink;
    p->sink = sink;
    p->st = stats;
    for (int i = 0; i < F_COUNT; i++)
        buf_init(&p->f[i], field_max[i]);
    buf_init(&p->id, 64);
    buf_init(&p->thread_ref, 64);
    buf_init(&p->parent_ref, 64);
    buf_init(&p->md, 3 * COMMENT_BODY_MAX + 4096);
    arena_init(&p->scratch, 0);
}

static void dparser_release(struct dparser *p)
{
    for (int i = 0; i < F_COUNT; i++)
        buf_release(&p->f[i]);
    buf_release(&p->id);
    buf_release(&p->thread_ref);
    buf_release(&p->parent_ref);
    buf_release(&p->md);
    arena_release(&p->scratch);
}

/* run_pass reads the file once for pass. */
static int run_pass(struct dparser *p, enum pass pass)
{
    p->pass = pass;
    p->depth = 0;
    p->item_depth = 0;
    p->field = F_NONE;
    p->root_ok = false;
    int rc = xml_reader_run(&p->rd, p, setup);
    if (rc == 0 && !p->root_ok) {
        rc = ERR_INVALID;
        buf_addf(p->rd.err, "%s: not a Disqus export (no <disqus> element)",
                 p->rd.path);
    }
    return rc;
}

int import_disqus(const char *path, const struct import_sink *sink,
                  struct import_stats *stats, struct buf *err)
{
    struct dparser p;
    struct import_stats local;
    int rc = 0;

    if (!stats)
        stats = &local;
    dparser_init(&p, path, sink, stats, err);
    int64_t size = xml_reader_file_size(path);
    p.rd.progress_total = size > 0 ? 2 * size : 0;
    rc = run_pass(&p, PASS_THREADS);
    if (rc == 0) {
        p.rd.progress_base = size > 0 ? size : 0;
        p.rd.resume_pos = sink->resume_pos;
        rc = run_pass(&p, PASS_POSTS);
    }
    dparser_release(&p);
    return rc;
}
