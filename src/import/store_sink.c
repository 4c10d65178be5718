/*
 * store_sink.c - the sink every importer feeds; see store_sink.h.
 *
 * Data flow: importer (on its own thread, pipe.c) -> sink callbacks ->
 * store, through a bulk session (store.h) inside a transaction begun
 * here. Each callback works in a scratch arena that is reset per item, so
 * memory stays flat however long the file is.
 *
 * Batches and checkpoints: when a comment arrives with a resume position
 * (the importer has checked the whole file) and a batch is full, the sink
 * commits before storing it, saving in the same transaction a checkpoint:
 * the file's size and modification time and the position to read on
 * from. That position is the comment's own, or the position of the
 * earliest reply still waiting for its parent if that is earlier: such a
 * reply is only in memory, so a resumed run must read it again. Reading a
 * stored comment again changes nothing (it is found by source id), so a
 * resumed run makes exactly the decisions, in the same order, that the
 * interrupted one would have made from there, and the store ends the
 * same.
 *
 * Two small tables live for the whole import:
 *   - articles: source id of every article or thread seen -> store id.
 *     Comments find their article here instead of asking the store (whose
 *     article rows carry a comment count that costs a scan). A thread that
 *     went to an article already in the store (same URL or path) maps to
 *     that article. Size: one entry per article, not per comment.
 *   - waiters: a reply whose parent is not in the store yet (streaming
 *     importers emit posts in file order) is copied into defer_arena and
 *     hangs off its parent's source id here. Storing a comment releases
 *     everything waiting for it, breadth first. What is still waiting when
 *     the importer is done has a missing parent (or sits in a cycle) and
 *     is stored top-level, in arrival order, counted as an orphan.
 * Invariant: a comment is stored only after its parent, so the store's
 * numbering (the parent's number plus the next child index) applies.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sys/stat.h>

#include "core/site.h"
#include "import/html2md.h"
#include "import/json_backup_check.h"
#include "import/pipe.h"
#include "import/store_sink.h"
#include "import/xmlread.h"
#include "util/str.h"

#define DEFER_ARENA_MAX ((size_t)512 << 20)
#define PROGRESS_EVERY_MS 250

/* ---- a string -> int64 hash table (keys copied into its arena) ---- */

struct strmap_slot {
    const char *key; /* NULL: empty slot */
    uint64_t hash;
    int64_t val;
};

struct strmap {
    struct strmap_slot *slots;
    size_t cap; /* a power of two, or 0 */
    size_t n;
    struct arena keys;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static void strmap_init(struct strmap *m)
{
    memset(m, 0, sizeof(*m));
    arena_init(&m->keys, 0);
}

static void strmap_release(struct strmap *m)
{
    free(m->slots);
    arena_release(&m->keys);
    memset(m, 0, sizeof(*m));
}

static struct strmap_slot *strmap_find(const struct strmap *m, const char *key,
                                       uint64_t h)
{
    if (!m->cap)
        return NULL;
    for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        struct strmap_slot *sl = &m->slots[i];
        if (!sl->key)
            return sl;
        if (sl->hash == h && strcmp(sl->key, key) == 0)
            return sl;
    }
}

static bool strmap_get(const struct strmap *m, const char *key, int64_t *val)
{
    struct strmap_slot *sl = strmap_find(m, key, hash_str(key));
    if (!sl || !sl->key)
        return false;
    *val = sl->val;
    return true;
}

static int strmap_grow(struct strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    struct strmap_slot *old = m->slots;
    size_t old_cap = m->cap;
    m->slots = calloc(cap, sizeof(*m->slots));
    if (!m->slots) {
        m->slots = old;
        return ERR_NOMEM;
    }
    m->cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (!old[i].key)
            continue;
        *strmap_find(m, old[i].key, old[i].hash) = old[i];
    }
    free(old);
    return 0;
}

/* strmap_put sets key to val, adding the key if it is new. */
static int strmap_put(struct strmap *m, const char *key, int64_t val)
{
    if ((m->n + 1) * 4 > m->cap * 3 && strmap_grow(m))
        return ERR_NOMEM;
    uint64_t h = hash_str(key);
    struct strmap_slot *sl = strmap_find(m, key, h);
    if (!sl->key) {
        sl->key = arena_strdup(&m->keys, key);
        if (!sl->key)
            return ERR_NOMEM;
        sl->hash = h;
        m->n++;
    }
    sl->val = val;
    return 0;
}

/* ---- the sink ---- */

/* A reply that came before its parent; strings in defer_arena. */
struct deferred {
    struct import_comment c;
    int64_t article_id;
    long next; /* the next reply waiting for the same parent, or -1 */
    long tail; /* in the first waiter of a chain: the last one */
    bool done; /* stored (or found present) */
};

struct sink_state {
    struct store *st;
    struct import_summary *sum;
    const struct import_options *opt;
    struct arena scratch;
    bool tz_checked;
    struct buf *err;

    struct strmap articles; /* article source id -> store id */
    struct strmap ext_urls; /* external_url -> store id */
    bool ext_loaded;

    struct strmap waiters; /* parent source id -> first waiter, or -1 */
    struct arena defer_arena;
    struct deferred *defs;
    long ndefs, defs_cap;
    long live_defs; /* deferred and not yet done */
    long *queue;    /* released waiters to store */
    long queue_cap;

    long first_live; /* defs before it are all done */

    struct store_bulk *bulk;
    long batch_max;    /* comments per transaction */
    long since_commit; /* comments stored since the last commit */
    long stop_after;   /* test hook, see import_options */
    int64_t file_size, file_mtime_ns; /* the file, for the checkpoint */

    int64_t now; /* when the import started: the latest time a comment may
                    have is a day after it */
    struct timespec start; /* for the progress line */
    long long last_ms;
    bool progress_shown;
};

/* A site with no time zone takes the offset of the first article whose
 * source tells it (times are shown in the site's zone); the summary says
 * so. A site that has one keeps it. */
static int learn_timezone(struct sink_state *s, const struct import_article *in)
{
    const char *tz;
    if (s->tz_checked || !in->tz_known)
        return 0;
    s->tz_checked = true;
    int ret = store_setting_get(s->st, "timezone", &s->scratch, &tz);
    if (ret != ERR_NOTFOUND)
        return ret;
    int offset_min = in->tz_offset_min;
    int off = offset_min < 0 ? -offset_min : offset_min;
    char value[sizeof(s->sum->timezone_set)];
    int offset_s;
    snprintf(value, sizeof(value), "%c%02d:%02d", offset_min < 0 ? '-' : '+',
             off / 60, off % 60);
    /* an offset no zone has (a stamp of +15:00) is no setting: the site
       stays in UTC, as it would have without the stamp */
    if (site_parse_offset(value, &offset_s))
        return 0;
    memcpy(s->sum->timezone_set, value, sizeof(value));
    return store_setting_set(s->st, "timezone", value);
}

/*
 * stored_path: where an article found at path is stored: path itself,
 * or, when the server answers it itself (opt->path_is_own: an article
 * there could never be read), the same path under IMPORT_RENAMED_PREFIX.
 * A rename rather than a refusal: one odd path (a WordPress site's
 * "/feeds/..." page) should not stop a whole site's import, and the
 * editor can move it later. NULL when out of memory.
 */
static const char *stored_path(struct sink_state *s, const char *path)
{
    if (!s->opt || !s->opt->path_is_own || path[0] != '/' ||
        !s->opt->path_is_own(path))
        return path;
    return arena_sprintf(&s->scratch, "%s%s", IMPORT_RENAMED_PREFIX, path);
}

/* renamed: an article found at from was stored at to; counted for the
 * summary and noted in opt->renamed. */
static void renamed(struct sink_state *s, const char *from, const char *to)
{
    if (from == to)
        return;
    s->sum->articles_renamed++;
    if (s->opt->renamed)
        buf_addf(s->opt->renamed, "%s -> %s\n", from, to);
}

static int post_article(struct sink_state *s, const struct import_article *in)
{
    struct article existing, a;
    int64_t id;
    int ret;

    if ((ret = learn_timezone(s, in)))
        return ret;
    ret = store_article_by_source(s->st, in->source_id, &s->scratch, &existing);
    if (ret == 0) {
        s->sum->articles_present++;
        return strmap_put(&s->articles, in->source_id, existing.id);
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    memset(&a, 0, sizeof(a));
    a.path = stored_path(s, in->path);
    if (!a.path)
        return ERR_NOMEM;
    a.title = in->title;
    a.byline = in->byline;
    a.published = in->published;
    a.is_published = !in->draft;
    a.body = in->body_md;
    a.lead_image = in->lead_image;
    a.lead_caption = in->lead_caption;
    a.labels = in->labels;
    a.source_id = in->source_id;
    a.external_url = "";
    a.discussion = in->closed ? 2 : 0;
    ret = store_article_insert(s->st, &a, &id);
    if (ret == ERR_CONFLICT)
        buf_addf(s->err, "an article already uses the path %s", a.path);
    if (ret)
        return ret;
    s->sum->articles_added++;
    renamed(s, in->path, a.path);
    return strmap_put(&s->articles, in->source_id, id);
}

/* map_url applies the first matching --map rewrite (result in scratch). */
static const char *map_url(struct sink_state *s, const char *url)
{
    if (!s->opt)
        return url;
    for (size_t i = 0; i < s->opt->nmaps; i++) {
        const struct import_map *m = &s->opt->maps[i];
        if (str_starts(url, m->old_prefix))
            return arena_sprintf(&s->scratch, "%s%s", m->new_prefix,
                                 url + strlen(m->old_prefix));
    }
    return url;
}

/* load_ext_urls fills ext_urls from the articles already stored. */
static int load_ext_urls(struct sink_state *s)
{
    struct arena a;
    struct article *arts;
    size_t n;
    int ret;

    s->ext_loaded = true;
    arena_init(&a, 0);
    ret = store_article_list(s->st, false, &a, &arts, &n);
    for (size_t i = 0; ret == 0 && i < n; i++)
        if (arts[i].external_url[0])
            ret = strmap_put(&s->ext_urls, arts[i].external_url, arts[i].id);
    arena_release(&a);
    return ret;
}

static int thread_article(struct sink_state *s, const struct import_article *in)
{
    struct article existing, a;
    const char *url, *path;
    int64_t id;
    int ret;

    if ((ret = learn_timezone(s, in)))
        return ret;
    ret = store_article_by_source(s->st, in->source_id, &s->scratch, &existing);
    if (ret == 0) {
        s->sum->articles_present++;
        return strmap_put(&s->articles, in->source_id, existing.id);
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    if (!s->ext_loaded && (ret = load_ext_urls(s)))
        return ret;
    url = map_url(s, in->url ? in->url : "");
    /* as the widget will ask for it */
    url = url ? import_url_canonical(&s->scratch, url) : NULL;
    if (!url)
        return ERR_NOMEM;
    path = "";
    if (url[0] && html2md_url_ok(url, strlen(url))) {
        path = import_url_path(&s->scratch, url);
        if (!path)
            return ERR_NOMEM;
    } else {
        url = "";
        path = in->path ? in->path : "";
    }
    if (path[0] != '/') {
        s->sum->articles_skipped++;
        return 0;
    }
    if (url[0] && strmap_get(&s->ext_urls, url, &id)) {
        s->sum->articles_attached++;
        return strmap_put(&s->articles, in->source_id, id);
    }
    ret = store_article_by_path(s->st, path, &s->scratch, &existing);
    const char *found_at = path;
    if (ret == ERR_NOTFOUND) {
        /* at a path of the server's own, the article is stored renamed:
           one imported before (from the blog itself, say) is there */
        path = stored_path(s, found_at);
        if (!path)
            return ERR_NOMEM;
        if (path != found_at)
            ret = store_article_by_path(s->st, path, &s->scratch, &existing);
    }
    if (ret == 0) {
        s->sum->articles_attached++;
        return strmap_put(&s->articles, in->source_id, existing.id);
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    memset(&a, 0, sizeof(a));
    a.path = path;
    a.title = in->title ? in->title : "";
    a.byline = in->byline ? in->byline : "";
    a.published = in->published;
    a.is_published = !in->draft;
    a.body = "";
    a.lead_image = "";
    a.lead_caption = "";
    a.labels = in->labels ? in->labels : "";
    a.source_id = in->source_id;
    a.external_url = url;
    a.discussion = in->closed ? 2 : 0;
    ret = store_article_insert(s->st, &a, &id);
    if (ret == ERR_CONFLICT)
        buf_addf(s->err, "thread %s: its path %s or id is taken", in->source_id,
                 path);
    if (ret)
        return ret;
    s->sum->articles_added++;
    renamed(s, found_at, path);
    if (url[0] && (ret = strmap_put(&s->ext_urls, url, id)))
        return ret;
    return strmap_put(&s->articles, in->source_id, id);
}

static int on_article(void *ctx, const struct import_article *in)
{
    struct sink_state *s = ctx;
    arena_reset(&s->scratch);
    return in->thread_only ? thread_article(s, in) : post_article(s, in);
}

static enum comment_status status_of(enum import_status st)
{
    switch (st) {
    case IMPORT_VISIBLE:
        return COMMENT_VISIBLE;
    case IMPORT_REMOVED:
    case IMPORT_SPAM:
        return COMMENT_REMOVED;
    case IMPORT_DELETED:
        return COMMENT_DELETED;
    case IMPORT_PENDING:
        return COMMENT_PENDING;
    }
    return COMMENT_REMOVED;
}

/* insert stores one comment whose parent (if any) is resolved. */
static int insert(struct sink_state *s, const struct import_comment *in,
                  int64_t article_id, int64_t parent_id)
{
    struct comment c;
    memset(&c, 0, sizeof(c));
    c.article_id = article_id;
    c.parent_id = parent_id;
    c.status = status_of(in->status);
    c.author_kind = AUTHOR_IMPORTED;
    c.author_hash = "";
    c.author_name = in->anonymous ? "" : in->author_name;
    c.created = in->created;
    /* the zone its writer read the thread in, when the source tells it;
       else it is left to the site's zone, recorded when the import ends
       (import/cli.c) so that a zone this import sets counts */
    c.tz_offset_min = in->tz_offset_min;
    c.tz_known = in->tz_known;
    /* spam keeps its text (a moderator may restore it); tombstones of
     * deleted or removed comments arrive without one */
    c.body = in->status == IMPORT_REMOVED || in->status == IMPORT_DELETED
                 ? ""
                 : in->body_md;
    c.reason = in->status == IMPORT_SPAM ? "spam" : "";
    /* one awaiting moderation where it comes from was never shown: a
       moderator who removes it here leaves no tombstone (core/thread.h).
       Nor was spam its source caught: it is stored removed, for the
       moderators, and leaves no "removed: spam" place in the thread
       unless a reply hangs under it */
    c.was_public = in->status != IMPORT_PENDING && in->status != IMPORT_SPAM;
    c.source_id = in->source_id;
    if (s->stop_after && s->sum->comments_added >= s->stop_after) {
        buf_addf(s->err, "stopped after storing %ld comments (a test hook)",
                 s->stop_after);
        return ERR_IO;
    }
    int ret = store_bulk_insert(s->bulk, &c);
    if (ret == ERR_TOOBIG && c.parent_id)
        s->sum->flattened++;
    while (ret == ERR_TOOBIG && c.parent_id) {
        /* nested deeper than a comment number can say (the store checks
         * before writing): hang it under the parent's parent, and so on */
        struct comment parent;
        ret = store_comment_get(s->st, c.parent_id, &s->scratch, &parent);
        if (ret)
            return ret;
        c.parent_id = parent.parent_id;
        ret = store_bulk_insert(s->bulk, &c);
    }
    if (ret)
        return ret;
    s->sum->comments_added++;
    s->since_commit++;
    if (in->status == IMPORT_SPAM)
        s->sum->spam_added++;
    else if (comment_status_is_tombstone(c.status))
        s->sum->tombstones_added++;
    return 0;
}

/*
 * parent_of looks the parent up in the store: *parent_id is its id, or 0
 * with *missing set when it is not there, or 0 (an orphan) when it belongs
 * to another article.
 */
static int parent_of(struct sink_state *s, const struct import_comment *in,
                     int64_t article_id, int64_t *parent_id, bool *missing)
{
    int64_t pid, part;
    *parent_id = 0;
    *missing = false;
    if (!in->parent_source_id || !in->parent_source_id[0])
        return 0;
    int ret = store_bulk_find(s->bulk, in->parent_source_id, &pid, &part);
    if (ret == ERR_NOTFOUND) {
        *missing = true;
        return 0;
    }
    if (ret)
        return ret;
    if (part == article_id)
        *parent_id = pid;
    else
        s->sum->orphans++;
    return 0;
}

static char *defer_dup(struct sink_state *s, const char *str)
{
    return arena_strdup(&s->defer_arena, str ? str : "");
}

/* defer copies a reply aside until its parent is stored. */
static int defer(struct sink_state *s, const struct import_comment *in,
                 int64_t article_id)
{
    if (s->ndefs == s->defs_cap) {
        long cap = s->defs_cap ? s->defs_cap * 2 : 256;
        struct deferred *d = realloc(s->defs, (size_t)cap * sizeof(*d));
        if (!d)
            return ERR_NOMEM;
        s->defs = d;
        s->defs_cap = cap;
    }
    struct deferred *d = &s->defs[s->ndefs];
    memset(d, 0, sizeof(*d));
    d->c = *in;
    d->c.source_id = defer_dup(s, in->source_id);
    d->c.article_source_id = "";
    d->c.parent_source_id = defer_dup(s, in->parent_source_id);
    d->c.author_name = defer_dup(s, in->author_name);
    d->c.body_md = defer_dup(s, in->body_md);
    if (!d->c.source_id || !d->c.parent_source_id || !d->c.author_name ||
        !d->c.body_md) {
        buf_adds(s->err, "too many replies come before their parent "
                         "(over 512 MiB kept aside)");
        return ERR_TOOBIG;
    }
    d->article_id = article_id;
    d->next = -1;
    d->tail = s->ndefs;
    int64_t head;
    if (strmap_get(&s->waiters, in->parent_source_id, &head) && head >= 0) {
        struct deferred *h = &s->defs[head];
        s->defs[h->tail].next = s->ndefs;
        h->tail = s->ndefs;
    } else if (strmap_put(&s->waiters, in->parent_source_id, s->ndefs)) {
        return ERR_NOMEM;
    }
    s->ndefs++;
    s->live_defs++;
    s->sum->deferred++;
    return 0;
}

/* enqueue_waiters appends the replies waiting for source_id to the queue
 * (from index *n on) and forgets them in the waiters table. */
static int enqueue_waiters(struct sink_state *s, const char *source_id, long *n)
{
    int64_t head;
    if (!s->live_defs || !strmap_get(&s->waiters, source_id, &head) || head < 0)
        return 0;
    if (strmap_put(&s->waiters, source_id, -1))
        return ERR_NOMEM;
    for (long i = (long)head; i >= 0; i = s->defs[i].next) {
        if (*n == s->queue_cap) {
            long cap = s->queue_cap ? s->queue_cap * 2 : 64;
            long *q = realloc(s->queue, (size_t)cap * sizeof(*q));
            if (!q)
                return ERR_NOMEM;
            s->queue = q;
            s->queue_cap = cap;
        }
        s->queue[(*n)++] = i;
    }
    return 0;
}

/* release stores every reply that was waiting, directly or through a
 * chain, for the comment source_id that was just stored. */
static int release(struct sink_state *s, const char *source_id)
{
    long n = 0;
    int ret = enqueue_waiters(s, source_id, &n);
    for (long k = 0; ret == 0 && k < n; k++) {
        struct deferred *d = &s->defs[s->queue[k]];
        int64_t pid;
        bool missing;
        arena_reset(&s->scratch);
        d->done = true;
        s->live_defs--;
        ret = store_bulk_find(s->bulk, d->c.source_id, NULL, NULL);
        if (ret == 0) { /* the file had it twice */
            s->sum->comments_present++;
            continue;
        }
        if (ret != ERR_NOTFOUND)
            break;
        ret = parent_of(s, &d->c, d->article_id, &pid, &missing);
        if (ret == 0 && missing) {
            s->sum->orphans++;
            pid = 0;
        }
        if (ret == 0)
            ret = insert(s, &d->c, d->article_id, pid);
        if (ret == 0)
            ret = enqueue_waiters(s, d->c.source_id, &n);
    }
    return ret;
}

/*
 * checkpoint commits what is stored so far with a checkpoint at pos (or
 * at the earliest reply still waiting, if that comes first), and begins
 * the next transaction. Without a position to resume from, it does
 * nothing: the batch grows until there is one.
 */
static int checkpoint(struct sink_state *s, int64_t pos)
{
    char value[96];
    int ret;

    while (s->first_live < s->ndefs && s->defs[s->first_live].done)
        s->first_live++;
    if (s->first_live < s->ndefs && s->defs[s->first_live].c.resume_pos < pos)
        pos = s->defs[s->first_live].c.resume_pos;
    if (pos <= 0)
        return 0;
    snprintf(value, sizeof(value), "1 %lld %lld %lld", (long long)s->file_size,
             (long long)s->file_mtime_ns, (long long)pos);
    if ((ret = store_bulk_flush(s->bulk)) ||
        (ret = store_setting_set(s->st, IMPORT_CHECKPOINT_KEY, value)) ||
        (ret = store_commit(s->st))) {
        buf_adds(s->err, "cannot commit a batch of the import");
        return ret;
    }
    s->sum->comments_committed = s->sum->comments_added;
    s->since_commit = 0;
    if ((ret = store_begin(s->st)))
        buf_adds(s->err, "cannot start a transaction");
    return ret;
}

static int on_comment(void *ctx, const struct import_comment *in)
{
    struct sink_state *s = ctx;
    int64_t article_id, parent_id;
    bool missing;
    int ret;

    arena_reset(&s->scratch);
    if (s->since_commit >= s->batch_max && in->resume_pos > 0 &&
        (ret = checkpoint(s, in->resume_pos)))
        return ret;
    ret = store_bulk_find(s->bulk, in->source_id, NULL, NULL);
    if (ret == 0) {
        s->sum->comments_present++;
        return 0;
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    if (!strmap_get(&s->articles, in->article_source_id, &article_id)) {
        s->sum->comments_no_article++;
        return 0;
    }
    /* a time no comment can have (1970 from a zeroed field, a year far
       ahead) is left out: the site's backup could not carry it back
       (json_backup_check.h); its replies stay, at the top level */
    if (!backup_time_ok(in->created, s->now)) {
        s->sum->comments_bad_time++;
        return 0;
    }
    ret = parent_of(s, in, article_id, &parent_id, &missing);
    if (ret)
        return ret;
    if (missing)
        return defer(s, in, article_id);
    ret = insert(s, in, article_id, parent_id);
    if (ret)
        return ret;
    return release(s, in->source_id);
}

/* finish stores the replies whose parent never came, as top-level. */
static int finish(struct sink_state *s)
{
    for (long i = 0; i < s->ndefs && s->live_defs > 0; i++) {
        struct deferred *d = &s->defs[i];
        if (d->done)
            continue;
        arena_reset(&s->scratch);
        d->done = true;
        s->live_defs--;
        int ret = store_bulk_find(s->bulk, d->c.source_id, NULL, NULL);
        if (ret == 0) {
            s->sum->comments_present++;
            continue;
        }
        if (ret != ERR_NOTFOUND)
            return ret;
        s->sum->orphans++;
        ret = insert(s, &d->c, d->article_id, 0);
        if (ret == 0)
            ret = release(s, d->c.source_id);
        if (ret)
            return ret;
    }
    return 0;
}

/* ---- progress ---- */

static long long ms_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)(now.tv_sec - t0->tv_sec) * 1000 +
           (now.tv_nsec - t0->tv_nsec) / 1000000;
}

static void on_progress(void *ctx, int64_t done, int64_t total)
{
    struct sink_state *s = ctx;
    if (!s->opt || !s->opt->progress)
        return;
    long long ms = ms_since(&s->start);
    if (ms - s->last_ms < PROGRESS_EVERY_MS && done < total)
        return;
    s->last_ms = ms;
    double secs = ms > 0 ? (double)ms / 1000.0 : 0.001;
    long comments = s->sum->comments_added + s->sum->comments_present;
    long rate = (long)((double)comments / secs);
    long left = done > 0 && total > done
                    ? (long)(secs * (double)(total - done) / (double)done)
                    : 0;
    fprintf(stderr,
            "\rimport: %.1f of %.1f MB read, %ld comments/s, %ld:%02ld "
            "left\033[K",
            (double)done / 1e6, (double)total / 1e6, rate, left / 60,
            left % 60);
    s->progress_shown = true;
}

void import_report_progress(const struct import_sink *sink, int64_t done,
                            int64_t total)
{
    if (sink->progress)
        sink->progress(sink->ctx, done, total);
}

/* file_identity reads the size and modification time of path. */
static int file_identity(const char *path, int64_t *size, int64_t *mtime_ns)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return ERR_NOTFOUND;
    *size = (int64_t)sb.st_size;
    *mtime_ns = (int64_t)sb.st_mtim.tv_sec * 1000000000 + sb.st_mtim.tv_nsec;
    return 0;
}

/*
 * read_checkpoint finds where an interrupted import of this file stopped:
 * *pos, or 0 with ERR_NOTFOUND (no checkpoint) or ERR_INVALID (made for
 * another file, or unreadable), with a message in err.
 */
static int read_checkpoint(struct sink_state *s, const char *path, int64_t *pos)
{
    const char *v;
    long long size, mtime, at;
    char extra;
    *pos = 0;
    int ret = store_setting_get(s->st, IMPORT_CHECKPOINT_KEY, &s->scratch, &v);
    if (ret == ERR_NOTFOUND || (ret == 0 && !v[0])) {
        buf_adds(s->err, "nothing to resume: no import was interrupted after "
                         "a checkpoint (import without --resume)");
        return ERR_NOTFOUND;
    }
    if (ret)
        return ret;
    if (sscanf(v, "1 %lld %lld %lld %c", &size, &mtime, &at, &extra) != 3 ||
        at <= 0) {
        buf_addf(s->err, "cannot read the checkpoint \"%s\"", v);
        return ERR_INVALID;
    }
    if (size != s->file_size || mtime != s->file_mtime_ns) {
        buf_addf(s->err,
                 "%s is not the file the interrupted import read (its size "
                 "or time differ); import it without --resume (what is "
                 "stored already is skipped)",
                 path);
        return ERR_INVALID;
    }
    *pos = at;
    return 0;
}

int import_run_opts(struct store *st, import_parse_fn parse, const char *path,
                    const struct import_options *opt,
                    struct import_stats *stats, struct import_summary *sum,
                    struct buf *err)
{
    struct sink_state s;
    struct import_sink sink;
    const char *old;
    bool had_checkpoint = false;
    bool in_tx = false;
    int ret;

    memset(&s, 0, sizeof(s));
    s.now = time(NULL);
    s.st = st;
    s.sum = sum;
    s.opt = opt;
    s.err = err;
    s.batch_max =
        opt && opt->batch_comments > 0 ? opt->batch_comments : IMPORT_BATCH;
    s.stop_after = opt ? opt->stop_after : 0;
    memset(&sink, 0, sizeof(sink));
    sink.ctx = &s;
    sink.article = on_article;
    sink.comment = on_comment;
    sink.progress = on_progress;
    memset(stats, 0, sizeof(*stats));
    stats->format = "";
    memset(sum, 0, sizeof(*sum));
    arena_init(&s.scratch, 0);
    arena_init(&s.defer_arena, DEFER_ARENA_MAX);
    strmap_init(&s.articles);
    strmap_init(&s.ext_urls);
    strmap_init(&s.waiters);
    clock_gettime(CLOCK_MONOTONIC, &s.start);
    if (file_identity(path, &s.file_size, &s.file_mtime_ns) != 0)
        s.file_size = -1; /* the parser reports the real error */
    ret = store_setting_get(st, IMPORT_CHECKPOINT_KEY, &s.scratch, &old);
    if (ret == 0)
        had_checkpoint = old[0] != '\0';
    else if (ret != ERR_NOTFOUND)
        goto failed;
    if (opt && opt->resume &&
        (ret = read_checkpoint(&s, path, &sink.resume_pos)))
        goto out;
    ret = store_bulk_mode(st);
    if (ret) {
        buf_adds(err, "cannot prepare the database for an import");
        goto out;
    }
    s.bulk = store_bulk_new(st, s.batch_max, err);
    if (!s.bulk) {
        ret = ERR_DB;
        goto out;
    }
    ret = store_begin(st);
    if (ret) {
        buf_adds(err, "cannot start a transaction");
        goto out;
    }
    in_tx = true;
    ret = import_pipe_run(parse, path, &sink, stats, err);
    if (ret == 0) {
        ret = finish(&s);
        if (ret && !err->len)
            buf_addf(err, "%s: storing the waiting replies failed: %s", path,
                     err_name(ret));
    }
    if (ret == 0)
        ret = store_bulk_flush(s.bulk);
    if (ret == 0 && (had_checkpoint || sum->comments_committed))
        ret = store_setting_set(st, IMPORT_CHECKPOINT_KEY, "");
    if (ret)
        goto failed;
    in_tx = false;
    ret = store_commit(st);
    if (ret)
        buf_adds(err, "cannot commit the import");
    goto out;
failed:
    if (!err->len)
        buf_addf(err, "import failed: %s", err_name(ret));
    if (in_tx)
        store_rollback(st);
    long committed = sum->comments_committed;
    memset(sum, 0, sizeof(*sum));
    sum->comments_committed = committed;
out:
    if (s.progress_shown)
        fprintf(stderr, "\r\033[K");
    store_bulk_free(s.bulk);
    free(s.defs);
    free(s.queue);
    strmap_release(&s.articles);
    strmap_release(&s.ext_urls);
    strmap_release(&s.waiters);
    arena_release(&s.defer_arena);
    arena_release(&s.scratch);
    return ret;
}

int import_run(struct store *st, import_parse_fn parse, const char *path,
               struct import_stats *stats, struct import_summary *sum,
               struct buf *err)
{
    return import_run_opts(st, parse, path, NULL, stats, sum, err);
}

/* add_reason prints ", name N" (or " (name N" first) for a non-zero n. */
static void add_reason(FILE *f, bool *first, const char *name, long n)
{
    if (!n)
        return;
    fprintf(f, "%s%s %ld", *first ? " (" : ", ", name, n);
    *first = false;
}

void import_print_summary(FILE *f, const struct import_stats *stats,
                          const struct import_summary *sum)
{
    fprintf(f, "articles: %ld added, %ld already present", sum->articles_added,
            sum->articles_present);
    if (sum->articles_attached)
        fprintf(f, ", %ld threads attached to existing articles",
                sum->articles_attached);
    fprintf(f,
            "\n"
            "comments: %ld added (%ld tombstones), %ld already present\n",
            sum->comments_added, sum->tombstones_added, sum->comments_present);
    if (sum->spam_added)
        fprintf(f, "spam: %ld comments kept as removed (reason: spam)\n",
                sum->spam_added);
    long skipped = stats->skipped_pages + stats->skipped_settings +
                   stats->skipped_templates + stats->skipped_other +
                   stats->skipped_toobig + stats->skipped_pingbacks +
                   stats->skipped_trash + stats->skipped_invalid +
                   sum->articles_skipped + sum->comments_no_article +
                   sum->comments_bad_time;
    fprintf(f, "skipped: %ld", skipped);
    bool first = true;
    add_reason(f, &first, "pages", stats->skipped_pages);
    add_reason(f, &first, "settings", stats->skipped_settings);
    add_reason(f, &first, "templates", stats->skipped_templates);
    add_reason(f, &first, "pingbacks/trackbacks", stats->skipped_pingbacks);
    add_reason(f, &first, "trash", stats->skipped_trash);
    add_reason(f, &first, "too big", stats->skipped_toobig);
    add_reason(f, &first, "no id, thread or time", stats->skipped_invalid);
    add_reason(f, &first, "threads without a URL", sum->articles_skipped);
    add_reason(f, &first, "comments of skipped threads",
               sum->comments_no_article);
    add_reason(f, &first, "times before 1990 or ahead of today",
               sum->comments_bad_time);
    add_reason(f, &first, "other", stats->skipped_other);
    fprintf(f, "%s\n", first ? "" : ")");
    if (sum->timezone_set[0])
        fprintf(f,
                "time zone: set to %s, the offset of the file's times "
                "(a zone name such as America/Mexico_City also follows "
                "daylight saving: charla setting set timezone NAME)\n",
                sum->timezone_set);
    if (sum->flattened)
        fprintf(f, "replies nested too deep, attached to an ancestor: %ld\n",
                sum->flattened);
    if (sum->articles_renamed)
        fprintf(f,
                "renamed: %ld articles at a path the server answers itself, "
                "stored under %s (edit the path at /admin/articles)\n",
                sum->articles_renamed, IMPORT_RENAMED_PREFIX);
    if (sum->orphans + stats->orphans)
        fprintf(f, "replies whose parent is missing, kept as top-level: %ld\n",
                sum->orphans + stats->orphans);
    if (stats->local_as_utc)
        fprintf(f,
                "times read as UTC: %ld (WordPress gave only the site's "
                "local time, and no post before them told the site's "
                "offset; they may be off by it)\n",
                stats->local_as_utc);
}
