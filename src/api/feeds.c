/*
 * feeds.c - Atom feeds of articles and comments (GET /feeds/...).
 *
 *   /feeds/articles.atom                     published articles, newest first
 *   /feeds/articles/{id}/comments.atom       one article's visible comments
 *   /feeds/comments.atom                     the newest 50 visible comments
 *   /feeds/queue/<token>.atom                the moderation queue (staff)
 *   /feeds/queue                             staff session: where that is
 *
 * Only visible comments are in public feeds: pending and held ones are not
 * public yet, and tombstones (removed, deleted, purged) carry no text, so
 * they are left out entirely rather than shown as empty entries.
 *
 * The queue feed is for a moderator's feed reader, which cannot log in, so
 * it lives at a secret URL: the token is the site setting queue_feed_token,
 * 128 random bits from libsodium made on first use (store_setting_add, so
 * concurrent first requests agree), compared in constant time. A wrong or
 * missing token is a plain 404, like any unknown URL. A logged-in staff
 * member finds the URL at GET /feeds/queue (JSON). To revoke it, delete
 * the setting: the next use makes a new one. One set by hand is used as
 * set when `charla setting set` would take it (core/setting_keys.c: 22
 * or more URL-safe characters); a stored value it would refuse is
 * replaced by a new one.
 *
 * A feed reader is often a service run by someone else, and what it has
 * fetched no purge can reach. So an entry for a comment held as doxxing
 * (screening_is_doxxing) carries neither its text nor its display name:
 * only that it is held as doxxing, its handle, and a link to the queue.
 * Other entries carry the held text, which is what the feed is for.
 *
 * Language: every feed's own words (titles, the queue's reasons) are in
 * the request's language (i18n.c). A feed reader sends no cookie and
 * seldom Accept-Language, so that is mostly the site's `language`.
 *
 * Identity: entry ids are tag: URIs, "tag:HOST,2024:SITE/comment/ID".
 * HOST is the host of the site setting site_url when set (an http(s) URL;
 * links then become absolute), else "charla.invalid" with root-relative
 * links. SITE is 12 hex digits of a keyed hash of a fixed label under the
 * site secret: stable for the life of the site, and no use for learning
 * the secret. Authors are shown as on the page (handle, or name and
 * handle); never a hash or a token.
 *
 * /feeds/comments.atom costs the same on a site of ten articles and of ten
 * thousand: one query reads the newest visible comments through an index
 * of them by time (store_comments_newest), then only their threads load.
 * And it costs that once per change, not once per poll: the render is
 * cached under a fingerprint of what it shows (feed_recent_comments).
 */
#include <sodium.h>
#include <string.h>

#include "api/auth.h"
#include "api/feed_fingerprint.h"
#include "api/hooks.h"
#include "api/queue_load.h"
#include "api/screening.h"
#include "api/thread_load.h"
#include "core/setting_keys.h"
#include "render/atom.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/msg.h"
#include "util/str.h"

#define FEED_BODY_MAX (16u * 1024u * 1024u)
#define FEED_RECENT 50
#define QUEUE_FEED_ITEMS 200 /* the newest of the queue */
#define FEED_TOKEN_BYTES 16  /* 128 bits */
#define FEED_ID_MAX 512

/* What every feed of one request shares. */
struct feed_ctx {
    struct app *app;
    struct http_req *req;
    const char *base_url;  /* "" or "https://host" (no trailing '/') */
    const char *authority; /* host for tag: ids */
    char site[13];         /* 12 hex digits */
};

static void feed_ctx_init(struct feed_ctx *fc, struct app *app,
                          struct http_req *req)
{
    fc->app = app;
    fc->req = req;
    fc->base_url = "";
    fc->authority = "charla.invalid";
    const char *v = NULL;
    if (store_setting_get(app->store, "site_url", &req->arena, &v) == 0 && v &&
        url_is_http(v, strlen(v))) {
        size_t n = strlen(v);
        while (n > 0 && v[n - 1] == '/')
            n--;
        char *base = arena_strndup(&req->arena, v, n);
        const char *host = strstr(v, "://");
        if (base && host) {
            host += 3;
            size_t hl = strcspn(host, "/:?#@");
            char *h = arena_strndup(&req->arena, host, hl);
            fc->base_url = base;
            if (h && h[0])
                fc->authority = h;
        }
    }
    static const char label[] = "charla atom feed ids";
    unsigned char out[16];
    crypto_generichash(out, sizeof(out), (const unsigned char *)label,
                       sizeof(label) - 1, app->site.key, sizeof(app->site.key));
    str_hex(out, 6, fc->site);
}

static const char *tag_id(struct feed_ctx *fc, const char *kind, int64_t id)
{
    char tmp[FEED_ID_MAX];
    atom_tag_id(tmp, sizeof(tmp), fc->authority, fc->site, kind, id);
    return arena_strdup(&fc->req->arena, tmp);
}

/* author_text: the author as the page shows it, as plain text. */
static const char *author_text(struct arena *a, const struct comment *c)
{
    switch (c->author_kind) {
    case AUTHOR_READER:
        if (c->author_name[0])
            return arena_sprintf(a, "%s · %s", c->author_name, c->handle);
        return arena_sprintf(a, "%s %s", msg_get(MSG_ANON), c->handle);
    case AUTHOR_IMPORTED:
        if (c->author_name[0])
            return arena_sprintf(a, "%s (%s)", c->author_name,
                                 msg_get(MSG_UNVERIFIED));
        return msg_get(MSG_ANON_IMPORTED);
    case AUTHOR_STAFF:
        return arena_sprintf(a, "%s (%s)", c->author_name, msg_get(MSG_STAFF));
    }
    return "";
}

/*
 * The link of an article: the page on another site it discusses (embed
 * mode, or a thread imported from Disqus or WordPress), an absolute URL
 * the Atom writer keeps as it is; else its path, which gets site_url.
 */
static const char *article_link(const struct article *art)
{
    if (art->external_url[0] &&
        url_is_http(art->external_url, strlen(art->external_url)))
        return art->external_url;
    return art->path;
}

/*
 * refs_prefix sets where reference links in a comment of art point:
 * the external page without its fragment (its widget finds "#c1.2"), or
 * the article's page on this site, absolute when site_url is set, which
 * "?c=1.2#c1.2" finds the comment's page of. NULL when out of memory.
 */
static const char *refs_prefix(struct feed_ctx *fc, const struct article *art,
                               bool *shows_all)
{
    struct arena *a = &fc->req->arena;
    const char *link = article_link(art);
    *shows_all = link != art->path;
    if (*shows_all)
        return arena_strndup(a, link, strcspn(link, "#"));
    struct buf u;
    buf_init(&u, 16384);
    buf_adds(&u, fc->base_url);
    url_path(&u, art->path, strlen(art->path));
    const char *out = buf_failed(&u) ? NULL : arena_strndup(a, u.data, u.len);
    buf_release(&u);
    return out;
}

static void send_feed(struct http_resp *resp, struct buf *b)
{
    if (buf_failed(b)) {
        respond_json_error(resp, 500, "feed", msg_get(MSG_API_FEED_TOO_LARGE));
        return;
    }
    resp->content_type = ATOM_CONTENT_TYPE;
    http_resp_header(resp, "Cache-Control", "no-cache");
    buf_add(&resp->body, b->data, b->len);
}

/*
 * comment_entry renders comment i of thread t as an entry. Reference links
 * point at the article page (link_prefix) since a feed reader shows the
 * comment out of its page.
 */
static int comment_entry(struct feed_ctx *fc, struct buf *out,
                         const struct atom_feed *f, const struct thread *t,
                         size_t i, bool with_article_title)
{
    struct arena *a = &fc->req->arena;
    const struct comment *c = &t->comments[i];
    const struct article *art = t->article;
    struct refs_ctx rc;
    thread_refs_ctx(t, i, &rc);
    bool shows_all;
    const char *prefix = refs_prefix(fc, art, &shows_all);
    if (!prefix)
        return ERR_NOMEM;
    struct markdown_opts mo = {.kind = MARKDOWN_COMMENT,
                               .refs = &rc,
                               .link_prefix = prefix,
                               .prefix_shows_all = shows_all};
    struct buf html;
    buf_init(&html, 1 << 20);
    int ret =
        markdown_render(&html, c->body, strlen(c->body), &mo, a, NULL, NULL);
    if (ret) {
        buf_release(&html);
        return ret;
    }
    const char *who = author_text(a, c);
    const char *title =
        with_article_title
            ? arena_sprintf(a, "#%s %s: %s", c->number, who, art->title)
            : arena_sprintf(a, "#%s %s", c->number, who);
    struct atom_entry e = {.id = tag_id(fc, "comment", c->id),
                           .title = title,
                           .path = article_link(art),
                           .comment = c->number,
                           .author = who,
                           .published = c->created,
                           .updated = c->created,
                           .html = html.data,
                           .html_len = html.len};
    if (!who || !title || !e.id)
        ret = ERR_NOMEM;
    else
        atom_entry(out, f, &e);
    buf_release(&html);
    return ret;
}

static void feed_articles(struct feed_ctx *fc, struct http_resp *resp)
{
    struct app *app = fc->app;
    struct arena *a = &fc->req->arena;
    struct article *arts = NULL;
    size_t n = 0;
    if (store_article_list(app->store, true, a, &arts, &n)) {
        respond_json_unavailable(resp);
        return;
    }
    struct atom_feed f = {.base_url = fc->base_url,
                          .id = tag_id(fc, "feed-articles", 0),
                          .title = app->site.title,
                          .self_path = "/feeds/articles.atom",
                          .alt_path = "/",
                          .updated = app->now()};
    for (size_t i = 0; i < n; i++) {
        if (!arts[i].external_url[0] && arts[i].published > 0) {
            f.updated = arts[i].published; /* newest first */
            break;
        }
    }
    struct buf b;
    buf_init(&b, FEED_BODY_MAX);
    atom_begin(&b, &f);
    for (size_t i = 0; i < n; i++) {
        const struct article *art = &arts[i];
        if (art->external_url[0])
            continue; /* discussions of other sites' pages */
        struct markdown_opts mo = {.kind = MARKDOWN_ARTICLE};
        struct buf html;
        buf_init(&html, 8u << 20);
        if (markdown_render(&html, art->body, strlen(art->body), &mo, a, NULL,
                            NULL))
            buf_reset(&html); /* an entry without content beats no feed */
        struct atom_entry e = {.id = tag_id(fc, "article", art->id),
                               .title = art->title,
                               .path = art->path,
                               .comment = "",
                               .author = art->byline,
                               .published = art->published,
                               .updated = art->published,
                               .html = html.data,
                               .html_len = html.len};
        atom_entry(&b, &f, &e);
        buf_release(&html);
    }
    atom_end(&b);
    send_feed(resp, &b);
    buf_release(&b);
}

static void feed_article_comments(struct feed_ctx *fc, struct http_resp *resp,
                                  int64_t id)
{
    struct app *app = fc->app;
    struct arena *a = &fc->req->arena;
    struct article art;
    int ret = store_article_get(app->store, id, a, &art);
    if (ret == ERR_NOTFOUND || (ret == 0 && !art.is_published)) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    struct thread t;
    if (ret || thread_load(app, fc->req, &art, &t)) {
        respond_json_unavailable(resp);
        return;
    }
    const char *self = arena_sprintf(a, "/feeds/articles/%lld/comments.atom",
                                     (long long)art.id);
    const char *title =
        arena_sprintf(a, "%s: %s", art.title, msg_get(MSG_COMMENTS_HEADING));
    struct atom_feed f = {.base_url = fc->base_url,
                          .id = tag_id(fc, "feed-article-comments", art.id),
                          .title = title ? title : art.title,
                          .self_path = self ? self : "/",
                          .alt_path = article_link(&art),
                          .updated = art.published};
    for (size_t i = 0; i < t.count; i++)
        if (t.comments[i].status == COMMENT_VISIBLE &&
            t.comments[i].created > f.updated)
            f.updated = t.comments[i].created;
    struct buf b;
    buf_init(&b, FEED_BODY_MAX);
    atom_begin(&b, &f);
    ret = 0;
    for (size_t i = 0; i < t.count && !ret; i++)
        if (t.comments[i].status == COMMENT_VISIBLE)
            ret = comment_entry(fc, &b, &f, &t, i, false);
    atom_end(&b);
    if (ret)
        respond_json_error(resp, 500, "feed", msg_get(MSG_API_FEED_FAILED));
    else
        send_feed(resp, &b);
    buf_release(&b);
}

/* The index of comment id in t, or t->count. */
static size_t index_in(const struct thread *t, int64_t id)
{
    size_t i = 0;
    while (i < t->count && t->comments[i].id != id)
        i++;
    return i;
}

/*
 * render_article_recent renders, each into entry[j], the comments cs[j]
 * of art that still show in its thread by now (removed in between: not),
 * and marks them in shown. The thread lives in an arena of its own, as
 * large as a request's, released on return: the feed holds one thread at
 * a time, so a thread its page can load is never too much here, however
 * many articles the newest comments are spread over. 0 or the store's
 * or the renderer's error.
 */
static int render_article_recent(struct feed_ctx *fc, const struct atom_feed *f,
                                 struct store *rs, const struct article *art,
                                 const struct comment *cs, size_t m,
                                 struct buf *entry, bool *shown)
{
    struct arena scratch;
    arena_init(&scratch, HTTP_ARENA_MAX);
    struct comment *all = NULL;
    size_t n = 0;
    struct thread t;
    int ret = store_comment_list(rs, art->id, &scratch, &all, &n);
    if (!ret)
        ret = thread_build(&t, &fc->app->site, art, all, n, &scratch);
    for (size_t j = 0; j < m && !ret; j++) {
        if (cs[j].article_id != art->id)
            continue;
        size_t i = index_in(&t, cs[j].id);
        if (i == t.count || t.comments[i].status != COMMENT_VISIBLE)
            continue;
        ret = comment_entry(fc, &entry[j], f, &t, i, true);
        if (!ret && buf_failed(&entry[j]))
            ret = ERR_TOOBIG;
        shown[j] = ret == 0;
    }
    arena_release(&scratch);
    return ret;
}

/*
 * render_recent_comments writes the feed of the newest visible comments
 * of the site into b, read from rs: one query reads only them
 * (store_comments_newest), whatever the site holds. Each is still
 * rendered within its thread, as on its page: references resolve against
 * the article's comments and a reader's handle is per article. So the
 * thread of each of their articles is loaded, one after the other (see
 * render_article_recent), and the entries are put in order at the end.
 * 0 (then b may have failed: too large), ERR_DB when the store failed,
 * or another err.
 */
static int render_recent_comments(struct feed_ctx *fc, struct store *rs,
                                  struct buf *b)
{
    struct app *app = fc->app;
    struct arena *a = &fc->req->arena;
    struct comment *cs = NULL;
    size_t m = 0;
    if (store_comments_newest(rs, FEED_RECENT, a, &cs, &m))
        return ERR_DB;
    int64_t ids[FEED_RECENT];
    size_t nids = 0;
    for (size_t j = 0; j < m; j++) {
        size_t k = 0;
        while (k < nids && ids[k] != cs[j].article_id)
            k++;
        if (k == nids)
            ids[nids++] = cs[j].article_id;
    }
    struct article *arts = NULL;
    size_t n = 0;
    if (store_articles_by_ids(rs, ids, nids, a, &arts, &n))
        return ERR_DB;
    const char *title = arena_sprintf(a, "%s: %s", app->site.title,
                                      msg_get(MSG_COMMENTS_HEADING));
    struct atom_feed f = {.base_url = fc->base_url,
                          .id = tag_id(fc, "feed-comments", 0),
                          .title = title ? title : app->site.title,
                          .self_path = "/feeds/comments.atom",
                          .alt_path = "/",
                          .updated = app->now()};
    struct buf entry[FEED_RECENT];
    bool shown[FEED_RECENT] = {false};
    for (size_t j = 0; j < m; j++)
        buf_init(&entry[j], FEED_BODY_MAX);
    int ret = 0;
    for (size_t k = 0; k < n && !ret; k++)
        if (arts[k].is_published) /* unpublished in between: none */
            ret = render_article_recent(fc, &f, rs, &arts[k], cs, m, entry,
                                        shown);
    if (!ret) {
        for (size_t j = 0; j < m; j++) {
            if (shown[j]) {
                f.updated = cs[j].created; /* the newest entry */
                break;
            }
        }
        atom_begin(b, &f);
        for (size_t j = 0; j < m; j++)
            if (shown[j])
                buf_add(b, entry[j].data, entry[j].len);
        atom_end(b);
    }
    for (size_t j = 0; j < m; j++)
        buf_release(&entry[j]);
    return ret;
}

/*
 * feed_recent_comments answers /feeds/comments.atom from the page cache
 * (kind CACHE_FEED in the request's language), keyed by a fingerprint of
 * what the feed shows (feed_fingerprint.c): one query of the newest
 * comments' keys, and a render (which loads their threads) only when the
 * fingerprint is not cached. The ETag is the entry's and names the
 * fingerprint, so a feed reader that sends it back gets 304 for as long
 * as nothing it would see changed.
 *
 * The keys and the render read the same store (app_read_store): the
 * render then holds what the keys said or something newer, never older,
 * as a replica only moves forward; a newer render cached under older keys
 * is replaced as soon as a request reads the newer keys. Staff (the
 * primary) and readers (a replica behind it) may read two fingerprints
 * at once; each is exact for its bytes, so neither gets the other's.
 */
static void feed_recent_comments(struct feed_ctx *fc, struct http_resp *resp)
{
    struct app *app = fc->app;
    struct arena *a = &fc->req->arena;
    struct store *rs = app_read_store(app, fc->req);
    struct store_newest_key *keys = NULL;
    size_t nkeys = 0;
    if (store_comments_newest_keys(rs, FEED_RECENT, a, &keys, &nkeys)) {
        respond_json_unavailable(resp);
        return;
    }
    struct feed_shown shown = {.keys = keys,
                               .nkeys = nkeys,
                               .base_url = fc->base_url,
                               .authority = fc->authority,
                               .site_title = app->site.title,
                               .site_id = fc->site,
                               .lang = msg_lang()};
    int64_t fingerprint = feed_fingerprint(&shown);
    int kind = cache_kind_lang(CACHE_FEED, msg_lang());
    struct cache_entry *e =
        cache_get_or_claim(app->cache, 0, kind, fingerprint, false);
    if (!e) {
        struct buf b;
        buf_init(&b, FEED_BODY_MAX);
        int ret = render_recent_comments(fc, rs, &b);
        if (ret) {
            cache_release_claim(app->cache, 0, kind, fingerprint);
            buf_release(&b);
            if (ret == ERR_DB)
                respond_json_unavailable(resp);
            else
                respond_json_error(resp, 500, "feed",
                                   msg_get(MSG_API_FEED_FAILED));
            return;
        }
        if (!buf_failed(&b))
            e = cache_put(app->cache, 0, kind, fingerprint, b.data, b.len);
        else
            cache_release_claim(app->cache, 0, kind, fingerprint);
        if (!e) {
            /* too large (send_feed says so), or out of memory for the
               cache: serve this render once */
            send_feed(resp, &b);
            buf_release(&b);
            return;
        }
        buf_release(&b);
    }
    respond_cached(fc->req, resp, e, ATOM_CONTENT_TYPE);
}

/*
 * queue_token returns the queue feed's token (hex when made here),
 * creating it on first use. NULL if the store fails.
 */
static const char *queue_token(struct app *app, struct http_req *req)
{
    const char *v = NULL;
    int ret =
        store_setting_get(app->store, "queue_feed_token", &req->arena, &v);
    /* one set with `charla setting set` is kept: it passed the same check */
    if (ret == 0 && v &&
        !setting_key_check(setting_key_find("queue_feed_token"), v))
        return v;
    if (ret && ret != ERR_NOTFOUND)
        return NULL;
    unsigned char raw[FEED_TOKEN_BYTES];
    char hex[FEED_TOKEN_BYTES * 2 + 1];
    randombytes_buf(raw, sizeof(raw));
    str_hex(raw, sizeof(raw), hex);
    sodium_memzero(raw, sizeof(raw));
    /* a set but malformed value (edited by hand) is replaced */
    ret = ret == 0 ? store_setting_set(app->store, "queue_feed_token", hex)
                   : store_setting_add(app->store, "queue_feed_token", hex);
    sodium_memzero(hex, sizeof(hex));
    if (ret ||
        store_setting_get(app->store, "queue_feed_token", &req->arena, &v))
        return NULL;
    return v;
}

/* why_words: the first reason a comment is in the queue (queue_why), in
 * the words of the queue page, in the request's language. */
static const char *why_words(const char *const why[3], size_t n)
{
    if (n == 0)
        return msg_get(MSG_ADM_NAV_QUEUE);
    if (strcmp(why[0], "pending") == 0)
        return msg_get(MSG_ADM_WHY_PENDING);
    if (strcmp(why[0], "screening") == 0)
        return msg_get(MSG_ADM_WHY_SCREENING);
    if (strcmp(why[0], "reported") == 0)
        return msg_get(MSG_ADM_WHY_REPORTED);
    return msg_get(MSG_ADM_WHY_HELD);
}

/* doxxing_notice: the content of a doxxing entry, in place of its text:
 * that it is held as doxxing, and a link to the queue, where it is. */
static void doxxing_notice(struct feed_ctx *fc, struct buf *html)
{
    html_lit(html, "<p>");
    html_texts(html, msg_get(MSG_FEED_QUEUE_DOXXING_TEXT));
    html_lit(html, " <a href=\"");
    html_attrs(html, fc->base_url);
    html_lit(html, "/admin/queue\">");
    html_texts(html, msg_get(MSG_FEED_QUEUE_OPEN));
    html_lit(html, "</a></p>");
}

static void feed_queue(struct feed_ctx *fc, struct http_resp *resp,
                       const char *given, size_t given_len)
{
    struct app *app = fc->app;
    struct http_req *req = fc->req;
    struct arena *a = &req->arena;
    const char *want = queue_token(app, req);
    if (!want) {
        respond_json_unavailable(resp);
        return;
    }
    if (given_len != strlen(want) ||
        sodium_memcmp(given, want, given_len) != 0) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    struct comment *cs = NULL;
    size_t n = 0;
    struct queue_query q = {.newest_first = true, .limit = QUEUE_FEED_ITEMS};
    if (store_queue_page(app->store, &q, a, &cs, &n)) {
        respond_json_unavailable(resp);
        return;
    }
    const char *title =
        arena_sprintf(a, msg_get(MSG_FEED_QUEUE_TITLE), app->site.title);
    struct atom_feed f = {.base_url = fc->base_url,
                          .id = tag_id(fc, "feed-queue", 0),
                          .title = title ? title : app->site.title,
                          .self_path = req->path,
                          .alt_path = "/admin/queue",
                          .updated = n ? cs[0].created : app->now()};
    struct buf b;
    buf_init(&b, FEED_BODY_MAX);
    atom_begin(&b, &f);
    for (size_t i = 0; i < n; i++) {
        struct comment *c = &cs[i];
        queue_fill_handle(app, req, c);
        struct article art;
        const char *art_title = "";
        if (store_article_get(app->store, c->article_id, a, &art) == 0)
            art_title = art.title;
        const char *why[3];
        size_t nwhy = queue_why(c, why);
        bool doxxing = screening_is_doxxing(c->screen);
        if (doxxing)
            c->author_name = ""; /* the name may give them away */
        const char *who = author_text(a, c);
        const char *etitle = arena_sprintf(
            a, "[%s] #%s %s: %s",
            doxxing ? msg_get(MSG_FEED_QUEUE_DOXXING) : why_words(why, nwhy),
            c->number, who ? who : "", art_title);
        struct markdown_opts mo = {.kind = MARKDOWN_COMMENT};
        struct buf html;
        buf_init(&html, 1 << 20);
        if (doxxing)
            doxxing_notice(fc, &html);
        else if (markdown_render(&html, c->body, strlen(c->body), &mo, a, NULL,
                                 NULL))
            buf_reset(&html);
        struct atom_entry e = {.id = tag_id(fc, "queued-comment", c->id),
                               .title = etitle,
                               .path = "/admin/queue",
                               .comment = "",
                               .author = who,
                               .published = c->created,
                               .updated = c->created,
                               .html = html.data,
                               .html_len = html.len};
        atom_entry(&b, &f, &e);
        buf_release(&html);
    }
    atom_end(&b);
    http_resp_header(resp, "Referrer-Policy", "no-referrer");
    send_feed(resp, &b);
    buf_release(&b);
}

const char *feeds_queue_path(struct app *app, struct http_req *req)
{
    const char *tok = queue_token(app, req);
    if (!tok)
        return NULL;
    return arena_sprintf(&req->arena, "/feeds/queue/%s.atom", tok);
}

/*
 * GET /feeds/queue with a staff session: where the queue feed is.
 * "url" is the address as before: absolute when site_url is set, else
 * the path alone (kept so for scripts that read it). "absolute_url" is
 * the address to give a feed reader, or null when site_url is not set:
 * charla does not build addresses from the request's Host, which it
 * never trusts for that, so a feed reader needs site_url.
 */
static void feed_queue_where(struct feed_ctx *fc, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(fc->app, fc->req, resp, ROLE_MODERATOR, false, NULL,
                    AUTH_JSON, &se))
        return;
    const char *path = feeds_queue_path(fc->app, fc->req);
    const char *url =
        path ? arena_sprintf(&fc->req->arena, "%s%s", fc->base_url, path)
             : NULL;
    if (!url) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = "application/json; charset=utf-8";
    http_resp_header(resp, "Cache-Control", "no-store");
    buf_adds(&resp->body, "{\"url\":");
    json_quotes(&resp->body, url);
    buf_adds(&resp->body, ",\"absolute_url\":");
    if (fc->base_url[0])
        json_quotes(&resp->body, url);
    else
        buf_adds(&resp->body, "null");
    buf_adds(&resp->body, "}");
}

/* The feeds there are, by path. */
enum feed_path {
    PATH_NONE,
    PATH_ARTICLES,    /* /feeds/articles.atom */
    PATH_RECENT,      /* /feeds/comments.atom */
    PATH_ARTICLE,     /* /feeds/articles/{id}/comments.atom */
    PATH_QUEUE_WHERE, /* /feeds/queue: where the private feed is */
    PATH_QUEUE        /* /feeds/queue/{token}.atom */
};

/* feed_path_of: which feed p is, with the article's id or the queue
 * feed's token (a pointer into p, and its length) where it has one. */
static enum feed_path feed_path_of(const char *p, int64_t *id,
                                   const char **token, size_t *token_len)
{
    if (strcmp(p, "/feeds/articles.atom") == 0)
        return PATH_ARTICLES;
    if (strcmp(p, "/feeds/comments.atom") == 0)
        return PATH_RECENT;
    const char *pre = "/feeds/articles/", *suf = "/comments.atom";
    size_t pl = strlen(pre), sl = strlen(suf), n = strlen(p);
    if (n > pl + sl && strncmp(p, pre, pl) == 0 &&
        strcmp(p + n - sl, suf) == 0 &&
        parse_article_id(p + pl, n - pl - sl, id) == 0)
        return PATH_ARTICLE;
    if (strcmp(p, "/feeds/queue") == 0)
        return PATH_QUEUE_WHERE;
    pre = "/feeds/queue/";
    suf = ".atom";
    pl = strlen(pre);
    sl = strlen(suf);
    if (n > pl + sl && strncmp(p, pre, pl) == 0 &&
        strcmp(p + n - sl, suf) == 0) {
        *token = p + pl;
        *token_len = n - pl - sl;
        return PATH_QUEUE;
    }
    return PATH_NONE;
}

bool feeds_path_known(const char *path)
{
    int64_t id;
    const char *token;
    size_t token_len;
    return feed_path_of(path, &id, &token, &token_len) != PATH_NONE;
}

void feeds_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct feed_ctx fc;
    int64_t id = 0;
    const char *token = NULL;
    size_t token_len = 0;
    feed_ctx_init(&fc, app, req);

    switch (feed_path_of(req->path, &id, &token, &token_len)) {
    case PATH_ARTICLES:
        feed_articles(&fc, resp);
        break;
    case PATH_RECENT:
        feed_recent_comments(&fc, resp);
        break;
    case PATH_ARTICLE:
        feed_article_comments(&fc, resp, id);
        break;
    case PATH_QUEUE_WHERE:
        feed_queue_where(&fc, resp);
        break;
    case PATH_QUEUE:
        feed_queue(&fc, resp, token, token_len);
        break;
    case PATH_NONE:
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        break;
    }
}
