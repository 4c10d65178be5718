/*
 * blogger.c - `charla import blogger FILE`: read a Blogger export and feed
 * its posts and comments to an import sink (import.h).
 *
 * Blogger has produced two export formats and we take both, entry by entry:
 *   - the legacy Atom backup: every post, comment, page, setting and
 *     template is an <entry> in one <feed>; its kind is a category in the
 *     scheme ...g/2005#kind; a comment names its post in
 *     thr:in-reply-to/@ref and its parent comment as the last path segment
 *     of link[@rel='related']/@href; removal shows as
 *     gd:extendedProperty blogger.contentRemoved and/or a stock text;
 *   - the 2018-schema export (namespace .../blogger/2018): blogger:type,
 *     blogger:status, blogger:parent (a comment's post),
 *     blogger:inReplyTo (its parent comment), blogger:trashed,
 *     blogger:filename, author/blogger:type.
 * An entry with a blogger:type child follows the 2018 rules, any other the
 * legacy ones; stats->format says which the file declared.
 *
 * Data flow, in three passes so that nothing reaches the sink unless the
 * whole file is good:
 *   1. parse: the guarded expat driver of xmlread.c reads the file in
 *      64 KiB chunks. Handlers collect the fields of each <entry> into a
 *      struct entry in an arena (all entries of an export are buffered in
 *      memory; exports of even large blogs are tens of MB). Character data
 *      is only kept inside the fields we use, each with its own size
 *      limit.
 *   2. convert: posts become import_article records (html2md_article for
 *      the body, lead image and caption); comments become records with a
 *      status and a Markdown body, resolved against the posts and each
 *      other (orphans become top-level), then sorted by creation time and
 *      document order, with any reply that predates its parent moved right
 *      after it.
 *   3. emit: articles, then comments, to the sink.
 *
 * Safety (entity declarations, external DTDs, token size, UTF-8,
 * truncation, errors with line and column) is the driver's, in xmlread.c;
 * here expat's own amplification limit is also tightened where the header
 * exposes it. The driver reads the file once from the start: Blogger
 * imports run in one transaction and never resume mid-file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/html2md.h"
#include "import/import.h"
#include "import/xmlread.h"
#include "util/arena.h"
#include "util/str.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_THR "http://purl.org/syndication/thread/1.0"
#define NS_GD "http://schemas.google.com/g/2005"
#define NS_APP_OLD "http://purl.org/atom/app#"
#define NS_APP "http://www.w3.org/2007/app"
#define NS_B2018 "http://schemas.google.com/blogger/2018"
#define SCHEME_KIND "http://schemas.google.com/g/2005#kind"
#define SCHEME_LABEL "http://www.blogger.com/atom/ns#"
#define KIND_PREFIX "http://schemas.google.com/blogger/2008/kind#"

#define TEXT_REMOVED_ADMIN                                                     \
    "This comment has been removed by a blog administrator."
#define TEXT_REMOVED_AUTHOR "This comment has been removed by the author."

#define POST_BODY_MAX ((size_t)4 << 20)
#define COMMENT_BODY_MAX ((size_t)64 << 10)
#define TITLE_MAX ((size_t)1 << 10)
#define FIELD_MAX ((size_t)8 << 10)
#define LABELS_MAX ((size_t)8 << 10)
#define ARENA_MAX ((size_t)1 << 30)
#define ENTRIES_MAX 4000000L

enum kind {
    K_NONE, /* no kind seen */
    K_POST,
    K_COMMENT,
    K_PAGE,
    K_SETTINGS,
    K_TEMPLATE,
    K_OTHER
};

/* The fields of one <entry>, as found (strings in the arena, or NULL). */
struct entry {
    enum kind kind;
    bool is2018;    /* has blogger:type: the 2018 rules apply */
    long index;     /* document order */
    const char *id; /* atom:id as written */
    const char *title;
    const char *content; /* HTML */
    size_t content_len;
    const char *published, *updated, *created;
    const char *author_name, *author_uri, *author_type;
    const char *alt_href;    /* link rel=alternate */
    const char *related;     /* link rel=related (legacy parent comment) */
    const char *reply_ref;   /* thr:in-reply-to/@ref (legacy post) */
    const char *parent;      /* blogger:parent (2018 post) */
    const char *in_reply_to; /* blogger:inReplyTo (2018 parent comment) */
    const char *status;      /* blogger:status */
    const char *trashed;     /* blogger:trashed */
    const char *filename;    /* blogger:filename */
    const char *draft;       /* app:draft */
    bool removed;            /* gd:extendedProperty blogger.contentRemoved */
    bool toobig;             /* a field went over its limit */
    const char *labels;      /* comma-joined, or NULL */
};

/* Which entry field character data is being collected into. */
enum field {
    F_NONE,
    F_ID,
    F_TITLE,
    F_CONTENT,
    F_PUBLISHED,
    F_UPDATED,
    F_CREATED,
    F_AUTHOR_NAME,
    F_AUTHOR_URI,
    F_AUTHOR_TYPE,
    F_TYPE,
    F_STATUS,
    F_PARENT,
    F_IN_REPLY_TO,
    F_TRASHED,
    F_FILENAME,
    F_DRAFT
};

struct parser {
    struct xml_reader rd; /* first: the driver casts the user data */
    struct arena *arena;

    int depth;        /* current element depth (root = 1) */
    bool root_ok;     /* the root is atom:feed */
    int entry_depth;  /* depth of the open <entry>, or 0 */
    int author_depth; /* depth of its open <author>, or 0 */
    struct entry *cur;
    enum field field;  /* collecting into this field ... */
    int field_depth;   /* ... until this element closes */
    struct buf text;   /* the field's text */
    struct buf labels; /* the entry's labels, comma-joined */

    struct entry **entries; /* malloc'd array of arena entries */
    long nentries, cap;
    const char *format;
};

/* ---- expat handlers ---- */

static const char *keep(struct parser *p, const char *s)
{
    char *k = arena_strdup(p->arena, s);
    if (!k)
        xml_fail(&p->rd, ERR_NOMEM, "out of memory while reading the export");
    return k;
}

static void collect(struct parser *p, enum field f, size_t max)
{
    p->field = f;
    p->field_depth = p->depth;
    buf_reset(&p->text);
    p->text.max = max;
}

static void add_label(struct parser *p, const char *term)
{
    const char *s = term;
    size_t n = strlen(term);
    str_trim(&s, &n);
    if (n == 0)
        return;
    if (p->labels.len)
        buf_addc(&p->labels, ',');
    for (size_t i = 0; i < n; i++)
        buf_addc(&p->labels, s[i] == ',' ? ' ' : s[i]);
    if (buf_failed(&p->labels))
        p->cur->toobig = true;
}

static enum kind kind_of(const char *term)
{
    static const struct {
        const char *name;
        enum kind kind;
    } kinds[] = {{"post", K_POST},
                 {"comment", K_COMMENT},
                 {"page", K_PAGE},
                 {"settings", K_SETTINGS},
                 {"template", K_TEMPLATE}};
    if (!str_starts(term, KIND_PREFIX))
        return K_OTHER;
    term += strlen(KIND_PREFIX);
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (strcmp(term, kinds[i].name) == 0)
            return kinds[i].kind;
    return K_OTHER;
}

static void start_entry(struct parser *p)
{
    if (p->nentries >= ENTRIES_MAX) {
        xml_fail(&p->rd, ERR_TOOBIG, "too many entries (limit 4000000)");
        return;
    }
    if (p->nentries == p->cap) {
        long cap = p->cap ? p->cap * 2 : 256;
        struct entry **e = realloc(p->entries, (size_t)cap * sizeof(*e));
        if (!e) {
            xml_fail(&p->rd, ERR_NOMEM,
                     "out of memory while reading the export");
            return;
        }
        p->entries = e;
        p->cap = cap;
    }
    p->cur = arena_alloc(p->arena, sizeof(*p->cur));
    if (!p->cur) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory while reading the export");
        return;
    }
    p->cur->index = p->nentries;
    p->entry_depth = p->depth;
    buf_reset(&p->labels);
}

/* entry_child handles a start tag inside an entry. */
static void entry_child(struct parser *p, const char *name, const char **atts)
{
    struct entry *e = p->cur;
    int rel = p->depth - p->entry_depth;

    if (p->author_depth && p->depth == p->author_depth + 1) {
        if (xml_name_is(name, NS_ATOM, "name"))
            collect(p, F_AUTHOR_NAME, FIELD_MAX);
        else if (xml_name_is(name, NS_ATOM, "uri"))
            collect(p, F_AUTHOR_URI, FIELD_MAX);
        else if (xml_name_is(name, NS_B2018, "type"))
            collect(p, F_AUTHOR_TYPE, FIELD_MAX);
        return;
    }
    if (xml_name_is(name, NS_APP_OLD, "draft") ||
        xml_name_is(name, NS_APP, "draft")) {
        collect(p, F_DRAFT, FIELD_MAX);
        return;
    }
    if (rel != 1)
        return;
    if (xml_name_is(name, NS_ATOM, "id")) {
        collect(p, F_ID, FIELD_MAX);
    } else if (xml_name_is(name, NS_ATOM, "title")) {
        collect(p, F_TITLE, TITLE_MAX);
    } else if (xml_name_is(name, NS_ATOM, "content")) {
        collect(p, F_CONTENT, POST_BODY_MAX);
    } else if (xml_name_is(name, NS_ATOM, "published")) {
        collect(p, F_PUBLISHED, FIELD_MAX);
    } else if (xml_name_is(name, NS_ATOM, "updated")) {
        collect(p, F_UPDATED, FIELD_MAX);
    } else if (xml_name_is(name, NS_ATOM, "author")) {
        p->author_depth = p->depth;
    } else if (xml_name_is(name, NS_ATOM, "category")) {
        const char *scheme = xml_attr(atts, "scheme");
        const char *term = xml_attr(atts, "term");
        if (!term)
            return;
        if (scheme && strcmp(scheme, SCHEME_KIND) == 0)
            e->kind = kind_of(term);
        else if (!scheme || strcmp(scheme, SCHEME_LABEL) == 0 ||
                 str_starts(scheme, "tag:blogger.com,1999:blog-"))
            add_label(p, term);
    } else if (xml_name_is(name, NS_ATOM, "link")) {
        const char *rel_attr = xml_attr(atts, "rel");
        const char *href = xml_attr(atts, "href");
        if (!rel_attr || !href || strlen(href) > FIELD_MAX)
            return;
        if (strcmp(rel_attr, "alternate") == 0 && !e->alt_href)
            e->alt_href = keep(p, href);
        else if (strcmp(rel_attr, "related") == 0 && !e->related)
            e->related = keep(p, href);
    } else if (xml_name_is(name, NS_THR, "in-reply-to")) {
        const char *ref = xml_attr(atts, "ref");
        if (ref && strlen(ref) <= FIELD_MAX && !e->reply_ref)
            e->reply_ref = keep(p, ref);
    } else if (xml_name_is(name, NS_GD, "extendedProperty")) {
        const char *n = xml_attr(atts, "name");
        const char *v = xml_attr(atts, "value");
        if (n && v && strcmp(n, "blogger.contentRemoved") == 0 &&
            strcmp(v, "true") == 0)
            e->removed = true;
    } else if (xml_name_is(name, NS_B2018, "type")) {
        collect(p, F_TYPE, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "status")) {
        collect(p, F_STATUS, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "parent")) {
        collect(p, F_PARENT, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "inReplyTo")) {
        collect(p, F_IN_REPLY_TO, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "trashed")) {
        collect(p, F_TRASHED, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "filename")) {
        collect(p, F_FILENAME, FIELD_MAX);
    } else if (xml_name_is(name, NS_B2018, "created")) {
        collect(p, F_CREATED, FIELD_MAX);
    }
}

static void XMLCALL on_start(void *ud, const char *name, const char **atts)
{
    struct parser *p = ud;
    xml_mark(&p->rd);
    p->depth++;
    if (p->depth == 1) {
        p->root_ok = xml_name_is(name, NS_ATOM, "feed");
        if (!p->root_ok)
            xml_fail(
                &p->rd, ERR_INVALID,
                "not a Blogger export: the root element is not an Atom feed");
        return;
    }
    if (p->field != F_NONE)
        return; /* markup inside a text field: its text is kept */
    if (!p->cur) {
        if (p->depth == 2 && xml_name_is(name, NS_ATOM, "entry"))
            start_entry(p);
        return;
    }
    entry_child(p, name, atts);
}

/* finish_field stores the collected text in the entry. */
static void finish_field(struct parser *p)
{
    struct entry *e = p->cur;
    enum field f = p->field;
    const char *v;

    p->field = F_NONE;
    if (buf_failed(&p->text) == ERR_TOOBIG) {
        e->toobig = true;
        return;
    }
    if (buf_failed(&p->text)) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory while reading the export");
        return;
    }
    v = arena_strndup(p->arena, p->text.data, p->text.len);
    if (!v) {
        xml_fail(&p->rd, ERR_NOMEM, "out of memory while reading the export");
        return;
    }
    switch (f) {
    case F_ID:
        e->id = v;
        break;
    case F_TITLE:
        e->title = v;
        break;
    case F_CONTENT:
        e->content = v;
        e->content_len = p->text.len;
        break;
    case F_PUBLISHED:
        e->published = v;
        break;
    case F_UPDATED:
        e->updated = v;
        break;
    case F_CREATED:
        e->created = v;
        break;
    case F_AUTHOR_NAME:
        e->author_name = v;
        break;
    case F_AUTHOR_URI:
        e->author_uri = v;
        break;
    case F_AUTHOR_TYPE:
        e->author_type = v;
        break;
    case F_TYPE:
        e->is2018 = true;
        break;
    case F_STATUS:
        e->status = v;
        break;
    case F_PARENT:
        e->parent = v;
        break;
    case F_IN_REPLY_TO:
        e->in_reply_to = v;
        break;
    case F_TRASHED:
        e->trashed = v;
        break;
    case F_FILENAME:
        e->filename = v;
        break;
    case F_DRAFT:
        e->draft = v;
        break;
    case F_NONE:
        break;
    }
    if (f == F_TYPE) {
        static const struct {
            const char *name;
            enum kind kind;
        } types[] = {
            {"POST", K_POST}, {"COMMENT", K_COMMENT}, {"PAGE", K_PAGE}};
        const char *s = v;
        size_t n = strlen(v);
        str_trim(&s, &n);
        e->kind = K_OTHER;
        for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
            if (str_eq(s, n, types[i].name))
                e->kind = types[i].kind;
    }
}

static void XMLCALL on_end(void *ud, const char *name)
{
    struct parser *p = ud;
    (void)name;
    xml_mark(&p->rd);
    if (p->cur && p->field != F_NONE && p->depth == p->field_depth)
        finish_field(p);
    if (p->cur && p->depth == p->author_depth)
        p->author_depth = 0;
    if (p->cur && p->depth == p->entry_depth && !p->rd.rc) {
        if (buf_failed(&p->labels) == 0 && p->labels.len)
            p->cur->labels = keep(p, p->labels.data);
        p->entries[p->nentries++] = p->cur;
        p->cur = NULL;
        p->entry_depth = 0;
    }
    p->depth--;
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
    struct parser *p = ud;
    xml_mark(&p->rd);
    if (p->field != F_NONE && !buf_failed(&p->text))
        buf_add(&p->text, s, (size_t)len);
}

static void XMLCALL on_comment(void *ud, const char *data)
{
    struct parser *p = ud;
    (void)data;
    xml_mark(&p->rd);
}

static void XMLCALL on_pi(void *ud, const char *target, const char *data)
{
    struct parser *p = ud;
    (void)target;
    (void)data;
    xml_mark(&p->rd);
}

static void XMLCALL on_ns(void *ud, const char *prefix, const char *uri)
{
    struct parser *p = ud;
    (void)prefix;
    if (uri && strcmp(uri, NS_B2018) == 0)
        p->format = "blogger-2018";
}

/* ---- pass 1: parse ---- */

/* setup installs our handlers on the driver's parser (xml_reader_run). */
static void setup(XML_Parser xp)
{
    XML_SetElementHandler(xp, on_start, on_end);
    XML_SetCharacterDataHandler(xp, on_text);
    XML_SetCommentHandler(xp, on_comment);
    XML_SetProcessingInstructionHandler(xp, on_pi);
    XML_SetStartNamespaceDeclHandler(xp, on_ns);
#ifdef XML_DTD
    /* Expat >= 2.4 has these on by default; tighten them. Debian's
     * expat.h does not define XML_DTD, so there the defaults apply, and
     * the driver refuses entity declarations anyway. */
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(xp, 20.0f);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(xp, 1 << 20);
#endif
}

/* parse_file reads the whole file into p->entries. */
static int parse_file(struct parser *p)
{
    int rc = xml_reader_run(&p->rd, p, setup);
    if (rc == 0 && !p->root_ok) {
        rc = ERR_INVALID;
        buf_addf(p->rd.err, "%s: not a Blogger export (no Atom feed)",
                 p->rd.path);
    }
    return rc;
}

/* ---- pass 2: convert ---- */

/* trailing_number: the digits at the end of s (before any ?query or
 * #fragment), copied to the arena; NULL if none. */
static const char *trailing_number(struct arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strcspn(s, "?#");
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t' ||
                     s[n - 1] == '\r' || s[n - 1] == '/'))
        n--;
    size_t end = n;
    while (n > 0 && end - n < 40 && s[n - 1] >= '0' && s[n - 1] <= '9')
        n--;
    if (n == end)
        return NULL;
    return arena_strndup(a, s + n, end - n);
}

/* entry_time: published, else updated, else blogger:created. */
static bool entry_time(const struct entry *e, int64_t *secs, int *off)
{
    return import_parse_rfc3339_loose(e->published, secs, off) ||
           import_parse_rfc3339_loose(e->updated, secs, off) ||
           import_parse_rfc3339_loose(e->created, secs, off);
}

static bool truthy(const char *s)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    str_trim(&s, &n);
    return n > 0 && !str_eq(s, n, "false") && !str_eq(s, n, "0") &&
           !str_eq(s, n, "no");
}

/* url_path: the path of an absolute URL, without query and fragment. */
static const char *url_path(struct arena *a, const char *url)
{
    const char *s = strstr(url, "://");
    if (!s)
        return "";
    s = strchr(s + 3, '/');
    if (!s)
        return "/";
    return arena_strndup(a, s, strcspn(s, "?#"));
}

struct convert {
    struct arena *arena;
    struct import_stats *st;
    struct buf *err;
    const char *path;
    struct buf md, image, caption;
};

/* Lives as long as the arena; sorted by id for lookups. */
struct post_rec {
    const char *id;
    long index; /* document order */
    bool dup;   /* a later entry with the id of an earlier one */
    struct import_article a;
};

struct comment_rec {
    const char *id;
    const char *article_id;
    const char *parent_id; /* digits, or NULL */
    long index;
    struct import_comment c;
    struct comment_rec *parent;
    struct comment_rec *wait_head, *wait_tail, *wait_next;
    bool emitted;
};

static int cmp_post_id(const void *x, const void *y)
{
    const struct post_rec *a = *(const struct post_rec *const *)x;
    const struct post_rec *b = *(const struct post_rec *const *)y;
    int r = strcmp(a->id, b->id);
    if (r)
        return r;
    return a->index < b->index ? -1 : a->index > b->index;
}

static int cmp_comment_id(const void *x, const void *y)
{
    const struct comment_rec *a = *(const struct comment_rec *const *)x;
    const struct comment_rec *b = *(const struct comment_rec *const *)y;
    int r = strcmp(a->id, b->id);
    if (r)
        return r;
    return a->index < b->index ? -1 : a->index > b->index;
}

static int cmp_comment_time(const void *x, const void *y)
{
    const struct comment_rec *a = *(const struct comment_rec *const *)x;
    const struct comment_rec *b = *(const struct comment_rec *const *)y;
    if (a->c.created != b->c.created)
        return a->c.created < b->c.created ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

static const char *s_or_empty(const char *s)
{
    return s ? s : "";
}

static int nomem(struct convert *cv)
{
    buf_addf(cv->err, "%s: out of memory while converting the export",
             cv->path);
    return ERR_NOMEM;
}

/*
 * convert_post fills r from a post entry. Returns 0 (r->id NULL when the
 * entry is skipped) or ERR_NOMEM.
 */
static int convert_post(struct convert *cv, const struct entry *e,
                        struct post_rec *r)
{
    struct import_article *a = &r->a;
    int rc;

    r->id = NULL;
    if (e->toobig) {
        cv->st->skipped_toobig++;
        return 0;
    }
    if (import_trimmed_eq(e->status, "DELETED") || truthy(e->trashed)) {
        cv->st->skipped_other++;
        return 0;
    }
    const char *id = trailing_number(cv->arena, e->id);
    if (!id || !entry_time(e, &a->published, &a->tz_offset_min)) {
        cv->st->skipped_other++;
        return 0;
    }
    a->tz_known = true;
    buf_reset(&cv->md);
    buf_reset(&cv->image);
    buf_reset(&cv->caption);
    rc = html2md_article(s_or_empty(e->content), e->content_len, &cv->md,
                         &cv->image, &cv->caption);
    if (rc == ERR_NOMEM)
        return nomem(cv);
    if (rc) {
        cv->st->skipped_toobig++;
        return 0;
    }
    a->source_id = arena_sprintf(cv->arena, "blogger:%s", id);
    a->body_md = arena_strndup(cv->arena, cv->md.data, cv->md.len);
    a->lead_image = arena_strndup(cv->arena, cv->image.data, cv->image.len);
    a->lead_caption =
        arena_strndup(cv->arena, cv->caption.data, cv->caption.len);
    a->title = s_or_empty(e->title);
    a->byline = s_or_empty(e->author_name);
    a->labels = s_or_empty(e->labels);
    a->url = "";
    a->path = "";
    if (e->alt_href && html2md_url_ok(e->alt_href, strlen(e->alt_href))) {
        a->url = e->alt_href;
        a->path = url_path(cv->arena, e->alt_href);
    }
    if (e->filename && e->filename[0]) {
        a->path = e->filename[0] == '/'
                      ? e->filename
                      : arena_sprintf(cv->arena, "/%s", e->filename);
    }
    if (e->is2018)
        a->draft = e->status && !import_trimmed_eq(e->status, "LIVE");
    else
        a->draft = import_trimmed_eq(e->draft, "yes");
    if (!a->source_id || !a->body_md || !a->lead_image || !a->lead_caption ||
        !a->path)
        return nomem(cv);
    r->id = id;
    r->index = e->index;
    return 0;
}

/* comment_status decides the status of a comment entry. */
static enum import_status comment_status(const struct entry *e)
{
    if (import_trimmed_eq(e->content, TEXT_REMOVED_ADMIN))
        return IMPORT_REMOVED;
    if (import_trimmed_eq(e->content, TEXT_REMOVED_AUTHOR))
        return IMPORT_DELETED;
    if (e->removed)
        return e->content && strstr(e->content, "by the author")
                   ? IMPORT_DELETED
                   : IMPORT_REMOVED;
    if (!e->is2018)
        return IMPORT_VISIBLE;
    if (import_trimmed_eq(e->status, "DELETED"))
        return IMPORT_DELETED;
    if (truthy(e->trashed))
        return IMPORT_REMOVED;
    if (import_trimmed_eq(e->status, "LIVE") || !e->status)
        return IMPORT_VISIBLE;
    if (e->status && strstr(e->status, "SPAM"))
        return IMPORT_SPAM;
    return IMPORT_PENDING; /* DRAFT, PENDING, anything unknown: held */
}

static bool is_anonymous(const struct entry *e)
{
    if (e->author_type && import_trimmed_eq(e->author_type, "ANONYMOUS"))
        return true;
    const char *name = s_or_empty(e->author_name);
    size_t n = strlen(name);
    str_trim(&name, &n);
    if (n == 0)
        return true;
    bool has_uri = e->author_uri && e->author_uri[0];
    return !has_uri &&
           (str_eq(name, n, "Anonymous") || str_eq(name, n, "Anónimo"));
}

/* convert_comment fills r from a comment entry; r->id NULL if skipped. */
static int convert_comment(struct convert *cv, const struct entry *e,
                           struct comment_rec *r)
{
    struct import_comment *c = &r->c;
    int off, rc;

    r->id = NULL;
    if (e->toobig || e->content_len > COMMENT_BODY_MAX) {
        cv->st->skipped_toobig++;
        return 0;
    }
    const char *id = trailing_number(cv->arena, e->id);
    const char *post = e->is2018 ? e->parent : e->reply_ref;
    const char *post_id = trailing_number(cv->arena, post);
    if (!id || !post_id || !entry_time(e, &c->created, &off)) {
        cv->st->skipped_other++;
        return 0;
    }
    /* Blogger writes each time in the blog's zone, as readers saw it */
    c->tz_offset_min = off;
    c->tz_known = true;
    const char *parent = e->is2018 ? e->in_reply_to : e->related;
    r->parent_id = trailing_number(cv->arena, parent);
    c->status = comment_status(e);
    c->anonymous = is_anonymous(e);
    c->author_name = c->anonymous ? "" : s_or_empty(e->author_name);
    c->body_md = "";
    if (c->status != IMPORT_REMOVED && c->status != IMPORT_DELETED) {
        buf_reset(&cv->md);
        rc = html2md(s_or_empty(e->content), e->content_len, &cv->md);
        if (rc == ERR_NOMEM)
            return nomem(cv);
        if (rc) {
            cv->st->skipped_toobig++;
            return 0;
        }
        c->body_md = arena_strndup(cv->arena, cv->md.data, cv->md.len);
    }
    c->source_id = arena_sprintf(cv->arena, "blogger:%s", id);
    c->article_source_id = arena_sprintf(cv->arena, "blogger:%s", post_id);
    if (!c->body_md || !c->source_id || !c->article_source_id)
        return nomem(cv);
    r->id = id;
    r->article_id = post_id;
    r->index = e->index;
    return 0;
}

/* The converted file: posts sorted by id, comments in emission order. */
struct converted {
    struct post_rec **posts; /* sorted by id, no duplicates */
    long nposts;
    struct post_rec **in_doc; /* all converted posts, document order */
    long ndoc;
    struct comment_rec **order;
    long ncomments;
};

static int cmp_post_key(const void *key, const void *elem)
{
    const struct post_rec *b = *(const struct post_rec *const *)elem;
    return strcmp(key, b->id);
}

static struct post_rec *find_post(struct converted *cf, const char *id)
{
    struct post_rec **hit = bsearch(id, cf->posts, (size_t)cf->nposts,
                                    sizeof(*cf->posts), cmp_post_key);
    return hit ? *hit : NULL;
}

/* emit_order appends r, then every reply that was waiting for it. */
static void emit_order(struct converted *cf, struct comment_rec *r,
                       struct comment_rec **stack)
{
    long top = 0;
    stack[top++] = r;
    while (top > 0) {
        struct comment_rec *x = stack[--top];
        x->emitted = true;
        cf->order[cf->ncomments++] = x;
        /* push waiting replies in reverse so the earliest comes out first */
        long first = top;
        for (struct comment_rec *w = x->wait_head; w; w = w->wait_next)
            stack[top++] = w;
        for (long i = first, j = top - 1; i < j; i++, j--) {
            struct comment_rec *t = stack[i];
            stack[i] = stack[j];
            stack[j] = t;
        }
    }
}

static void wait_for(struct comment_rec *parent, struct comment_rec *r)
{
    if (parent->wait_tail)
        parent->wait_tail->wait_next = r;
    else
        parent->wait_head = r;
    parent->wait_tail = r;
}

/*
 * order_comments resolves parents and puts the comments in emission order.
 * list holds n converted comments; the result goes to cf->order.
 */
static int order_comments(struct convert *cv, struct converted *cf,
                          struct comment_rec **list, long n)
{
    struct comment_rec **byid = NULL, **stack = NULL;
    int rc = 0;

    cf->order = arena_alloc(cv->arena, (size_t)(n ? n : 1) * sizeof(*list));
    byid = malloc((size_t)(n ? n : 1) * sizeof(*list));
    stack = malloc((size_t)(n ? n : 1) * sizeof(*list));
    if (!cf->order || !byid || !stack) {
        rc = nomem(cv);
        goto out;
    }
    memcpy(byid, list, (size_t)n * sizeof(*list));
    qsort(byid, (size_t)n, sizeof(*byid), cmp_comment_id);
    for (long i = 0; i < n; i++) {
        struct comment_rec *r = list[i];
        if (!r->parent_id)
            continue;
        struct comment_rec key = {0};
        struct comment_rec *kp = &key;
        key.id = r->parent_id;
        key.index = -1; /* the first comment with that id */
        long lo = 0, hi = n;
        while (lo < hi) { /* lower bound of the id */
            long mid = lo + (hi - lo) / 2;
            if (cmp_comment_id(&byid[mid], &kp) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        struct comment_rec *parent =
            lo < n && strcmp(byid[lo]->id, r->parent_id) == 0 ? byid[lo] : NULL;
        if (parent && parent != r &&
            strcmp(parent->article_id, r->article_id) == 0) {
            r->parent = parent;
            r->c.parent_source_id = parent->c.source_id;
        } else {
            cv->st->orphans++;
        }
    }
    qsort(list, (size_t)n, sizeof(*list), cmp_comment_time);
    for (long i = 0; i < n; i++) {
        struct comment_rec *r = list[i];
        if (r->emitted)
            continue;
        if (r->parent && !r->parent->emitted)
            wait_for(r->parent, r);
        else
            emit_order(cf, r, stack);
    }
    /* left over: replies in a parent cycle; break it at the earliest */
    for (long i = 0; i < n; i++) {
        struct comment_rec *r = list[i];
        if (r->emitted)
            continue;
        r->parent = NULL;
        r->c.parent_source_id = "";
        cv->st->orphans++;
        emit_order(cf, r, stack);
    }
out:
    free(byid);
    free(stack);
    return rc;
}

static int convert_all(struct convert *cv, struct parser *p,
                       struct converted *cf)
{
    struct comment_rec **comments = NULL;
    long ncomments = 0;
    int rc = 0;
    size_t n = (size_t)(p->nentries ? p->nentries : 1);

    cf->posts = arena_alloc(cv->arena, n * sizeof(*cf->posts));
    cf->in_doc = arena_alloc(cv->arena, n * sizeof(*cf->in_doc));
    comments = malloc(n * sizeof(*comments));
    if (!cf->posts || !cf->in_doc || !comments) {
        rc = nomem(cv);
        goto out;
    }
    for (long i = 0; i < p->nentries; i++) {
        struct entry *e = p->entries[i];
        switch (e->kind) {
        case K_POST: {
            struct post_rec *r = arena_alloc(cv->arena, sizeof(*r));
            if (!r) {
                rc = nomem(cv);
                goto out;
            }
            rc = convert_post(cv, e, r);
            if (rc)
                goto out;
            if (r->id) {
                cf->posts[cf->nposts++] = r;
                cf->in_doc[cf->ndoc++] = r;
            }
            break;
        }
        case K_PAGE:
            cv->st->skipped_pages++;
            break;
        case K_SETTINGS:
            cv->st->skipped_settings++;
            break;
        case K_TEMPLATE:
            cv->st->skipped_templates++;
            break;
        case K_COMMENT:
            break;
        default:
            cv->st->skipped_other++;
            break;
        }
    }
    /* posts: sorted by id, duplicates dropped (the first one wins: the
     * sort is by id, then document order) */
    qsort(cf->posts, (size_t)cf->nposts, sizeof(*cf->posts), cmp_post_id);
    long kept = 0;
    for (long i = 0; i < cf->nposts; i++) {
        if (kept && strcmp(cf->posts[kept - 1]->id, cf->posts[i]->id) == 0) {
            cv->st->skipped_other++;
            cf->posts[i]->dup = true;
            continue;
        }
        cf->posts[kept++] = cf->posts[i];
    }
    cf->nposts = kept;

    for (long i = 0; i < p->nentries; i++) {
        struct entry *e = p->entries[i];
        if (e->kind != K_COMMENT)
            continue;
        struct comment_rec *r = arena_alloc(cv->arena, sizeof(*r));
        if (!r) {
            rc = nomem(cv);
            goto out;
        }
        rc = convert_comment(cv, e, r);
        if (rc)
            goto out;
        if (!r->id)
            continue;
        if (!find_post(cf, r->article_id)) {
            cv->st->skipped_other++;
            continue;
        }
        r->c.parent_source_id = "";
        comments[ncomments++] = r;
    }
    /* duplicate comment ids: keep the first in document order */
    qsort(comments, (size_t)ncomments, sizeof(*comments), cmp_comment_id);
    kept = 0;
    for (long i = 0; i < ncomments; i++) {
        if (kept && strcmp(comments[kept - 1]->id, comments[i]->id) == 0) {
            cv->st->skipped_other++;
            continue;
        }
        comments[kept++] = comments[i];
    }
    ncomments = kept;
    rc = order_comments(cv, cf, comments, ncomments);
out:
    free(comments);
    return rc;
}

/* ---- pass 3: emit, and the entry point ---- */

static int emit(const struct import_sink *sink, struct converted *cf,
                const char *path, struct buf *err)
{
    for (long i = 0; i < cf->ndoc; i++) {
        if (cf->in_doc[i]->dup)
            continue;
        int rc = sink->article(sink->ctx, &cf->in_doc[i]->a);
        if (rc) {
            buf_addf(err, "%s: import stopped at article %s: %s", path,
                     cf->in_doc[i]->a.source_id, err_name(rc));
            return rc < 0 ? rc : ERR_INVALID;
        }
    }
    for (long i = 0; i < cf->ncomments; i++) {
        int rc = sink->comment(sink->ctx, &cf->order[i]->c);
        if (rc) {
            buf_addf(err, "%s: import stopped at comment %s: %s", path,
                     cf->order[i]->c.source_id, err_name(rc));
            return rc < 0 ? rc : ERR_INVALID;
        }
    }
    return 0;
}

int import_blogger(const char *path, const struct import_sink *sink,
                   struct import_stats *stats, struct buf *err)
{
    struct arena arena;
    struct parser p;
    struct convert cv;
    struct converted cf;
    struct import_stats local;
    int rc;

    if (!stats)
        stats = &local;
    memset(stats, 0, sizeof(*stats));
    stats->format = "";
    arena_init(&arena, ARENA_MAX);
    memset(&p, 0, sizeof(p));
    memset(&cv, 0, sizeof(cv));
    memset(&cf, 0, sizeof(cf));
    p.rd.path = path;
    p.rd.err = err;
    p.arena = &arena;
    p.format = "blogger-atom";
    buf_init(&p.text, FIELD_MAX);
    buf_init(&p.labels, LABELS_MAX);
    cv.arena = &arena;
    cv.st = stats;
    cv.err = err;
    cv.path = path;
    buf_init(&cv.md, 3 * POST_BODY_MAX + 4096);
    buf_init(&cv.image, 8192);
    buf_init(&cv.caption, 2048);

    rc = parse_file(&p);
    if (rc)
        goto out;
    stats->format = p.format;
    rc = convert_all(&cv, &p, &cf);
    if (rc)
        goto out;
    stats->articles = cf.nposts;
    stats->comments = cf.ncomments;
    for (long i = 0; i < cf.ncomments; i++) {
        enum import_status s = cf.order[i]->c.status;
        if (s == IMPORT_REMOVED || s == IMPORT_DELETED)
            stats->tombstones++;
    }
    rc = emit(sink, &cf, path, err);
out:
    buf_release(&p.text);
    buf_release(&p.labels);
    buf_release(&cv.md);
    buf_release(&cv.image);
    buf_release(&cv.caption);
    free(p.entries);
    arena_release(&arena);
    return rc;
}
