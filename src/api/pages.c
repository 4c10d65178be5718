/*
 * pages.c - the HTML handlers: front page, article page (cached per
 * version), old Blogger comment links, old paths of an article whose path
 * an editor changed, and posting a comment by form.
 *
 * Posting by form follows post/redirect/get: success answers 303 to the
 * new comment's permalink; a refusal re-renders the article with the
 * message above the form and the text kept, with a 4xx status. A form
 * the flood limits or the proof of work refuse before routing comes back
 * the same way (pages_post_form_refused, called by limits.c). So does the
 * report form (pages_report, pages_report_refused): refused, it is shown
 * again with the message above it and the reader's reason kept.
 */
#include <string.h>

#include "api/admin_int.h"
#include "api/app.h"
#include "api/auth.h"
#include "api/bans_load.h"
#include "api/posting.h"
#include "api/reader_report.h"
#include "api/thread_load.h"
#include "core/moderation.h"
#include "core/post.h"
#include "core/pseudonym.h"
#include "api/mod_api.h"
#include "http/form.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "util/str.h"

#define HTML_TYPE "text/html; charset=utf-8"

void pages_index(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct article *arts;
    size_t n;
    if (store_article_list(app_read_store(app, req), true, &req->arena, &arts,
                           &n)) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* articles that live on another site (embed mode) are not ours to
       list on the front page */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!arts[i].external_url[0])
            arts[k++] = arts[i];
    resp->content_type = HTML_TYPE;
    page_index(&resp->body, &app->site, arts, k);
}

/* permalink builds "/path#c1.3" in arena memory. */
static const char *permalink(struct http_req *req, const struct article *art,
                             const char *number)
{
    struct buf b;
    buf_init(&b, 16384);
    url_path(&b, art->path, strlen(art->path));
    buf_adds(&b, "#c");
    buf_adds(&b, number);
    const char *p =
        buf_failed(&b) ? NULL : arena_strndup(&req->arena, b.data, b.len);
    buf_release(&b);
    return p;
}

/*
 * located_permalink is the permalink of a comment with the query that
 * shows it when the first page of the discussion does not:
 * "/path?page=6#c271" or "/path?thread=12#c12.41"; "/path#comments" when
 * no comment a reader can see has that number. posted (a comment id, or
 * 0) adds "posted=ID", the notice its author gets after posting. For a
 * moderator (mod), comments awaiting review count as seen, and done (a
 * word admin_done_message knows, or NULL) adds "done=DONE", the notice of
 * the action just taken. In arena memory; NULL when out of memory.
 */
static const char *located_permalink(struct app *app, struct http_req *req,
                                     const struct article *art,
                                     const char *number, int64_t posted,
                                     bool mod, const char *done)
{
    struct thread t;
    int page = 1;
    if (thread_load(app, req, art, &t) == 0)
        page = mod ? page_of_comment_staff(&t, number)
                   : page_of_comment(&t, number);
    if (done && !mod)
        done = NULL;
    /* a comment just posted that the thread read does not hold yet (a
       replica behind): its permalink, with the author's notice */
    if (page < 0 && !posted)
        return permalink(req, art, "omments");
    if (page < 0)
        page = 1;
    if (page == 1 && !posted && !done)
        return permalink(req, art, number);
    struct buf b;
    buf_init(&b, 16384);
    url_path(&b, art->path, strlen(art->path));
    char sep = '?';
    if (page > 1) {
        buf_addf(&b, "?page=%d", page);
        sep = '&';
    } else if (page == 0) {
        buf_addf(&b, "?thread=%.*s", (int)strcspn(number, "."), number);
        sep = '&';
    }
    if (posted) {
        buf_addf(&b, "%cposted=%lld", sep, (long long)posted);
        sep = '&';
    }
    if (done) {
        buf_addf(&b, "%cdone=", sep);
        url_query(&b, done, strlen(done));
    }
    buf_adds(&b, "#c");
    buf_adds(&b, number);
    const char *p =
        buf_failed(&b) ? NULL : arena_strndup(&req->arena, b.data, b.len);
    buf_release(&b);
    return p;
}

/* A comment number as readers write it: "12" or "12.3.1". */
static bool comment_number_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= COMMENT_NUMBER_MAX || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && s[i + 1] != '.')))
            return false;
    return true;
}

/*
 * find_comment answers "?c=<number>" with a redirect to the view that
 * shows that comment: its page of the discussion, or its conversation.
 * A link to "#c271" only works on the page that holds #271; the page's
 * script asks for "?c=271" when the fragment names a comment it does not
 * show (a reference, a feed's link), and so can anyone else.
 */
static bool find_comment(struct app *app, struct http_req *req,
                         struct http_resp *resp, const struct article *art,
                         bool mod)
{
    const char *number = http_req_query(req, "c");
    if (!number)
        return false;
    /* a moderator comes back here from an action taken on the page */
    const char *done = http_req_query(req, "done");
    if (done && !admin_done_message(done))
        done = NULL;
    const char *to =
        comment_number_ok(number)
            ? located_permalink(app, req, art, number, 0, mod, done)
            : permalink(req, art, "omments");
    respond_redirect(req, resp, 302, to ? to : "/");
    return true;
}

/* show_comment redirects Blogger's "?showComment=<ms>" to a permalink. */
static bool show_comment(struct app *app, struct http_req *req,
                         struct http_resp *resp, const struct article *art)
{
    const char *ms = http_req_query(req, "showComment");
    if (!ms)
        return false;
    int64_t v;
    struct comment c;
    if (str_to_int(ms, strlen(ms), 0, INT64_MAX, &v) ||
        store_comment_by_created(app_read_store(app, req), art->id, v / 1000,
                                 &req->arena, &c)) {
        /* no such comment (any more): the discussion as a whole */
        const char *to = permalink(req, art, "omments");
        respond_redirect(req, resp, 302, to ? to : "/");
        return true;
    }
    const char *to = located_permalink(app, req, art, c.number, 0, false, NULL);
    respond_redirect(req, resp, 301, to ? to : "/");
    return true;
}

/* render_thread renders the page of thread t uncached. */
static void render_thread(struct app *app, struct http_req *req,
                          struct http_resp *resp, const struct thread *t,
                          const struct page_article_opts *opts)
{
    resp->content_type = HTML_TYPE;
    if (page_article(&resp->body, t, opts, &req->arena))
        respond_html_error(app, resp, 500, msg_get(MSG_SERVER_ERROR));
}

/* render_article renders the page uncached (a reply form or an error). */
static void render_article(struct app *app, struct http_req *req,
                           struct http_resp *resp, const struct article *art,
                           const struct page_article_opts *opts)
{
    struct thread t;
    if (thread_load(app, req, art, &t)) {
        respond_html_unavailable(app, resp);
        return;
    }
    render_thread(app, req, resp, &t, opts);
}

/*
 * cached_page returns the shared page of the article's current version
 * (or, when it may_be_stale, the one cached while another reader renders
 * the next), rendering and caching it on a miss; NULL (with the error
 * answered) on failure. The caller owns one reference.
 */
static struct cache_entry *cached_page(struct app *app, struct http_req *req,
                                       struct http_resp *resp,
                                       const struct article *art,
                                       bool may_be_stale)
{
    int kind = cache_kind_lang(CACHE_PAGE, msg_lang());
    struct cache_entry *e = cache_get_or_claim(app->cache, art->id, kind,
                                               art->version, may_be_stale);
    if (e)
        return e;
    struct thread t;
    struct buf page;
    struct page_article_opts opts = {0};
    if (thread_load(app, req, art, &t)) {
        cache_release_claim(app->cache, art->id, kind, art->version);
        respond_html_unavailable(app, resp);
        return NULL;
    }
    buf_init(&page, 64u * 1024u * 1024u);
    if (page_article(&page, &t, &opts, &req->arena)) {
        cache_release_claim(app->cache, art->id, kind, art->version);
        buf_release(&page);
        respond_html_error(app, resp, 500, msg_get(MSG_SERVER_ERROR));
        return NULL;
    }
    e = cache_put(app->cache, art->id, kind, art->version, page.data, page.len);
    if (!e) {
        /* out of memory for the cache: serve this render once */
        resp->content_type = HTML_TYPE;
        buf_add(&resp->body, page.data, page.len);
    }
    buf_release(&page);
    return e;
}

/* Where in a cached page a reader's part goes: the notice marker above
 * the comments, the staff marker in the form (both replaced, whatever
 * goes there), or the end of the posted comment's footer. */
enum splice_part { PART_NOTICE, PART_STAFF, PART_POSTED };
struct splice_at {
    size_t off;
    enum splice_part part;
};

/* The end of the footer of the comment with this id in page[0, len): its
 * report link names the id. 0 when the page has none (a closed
 * discussion, or a page rendered before the comment). */
static size_t posted_footer_end(const char *page, size_t len, int64_t id)
{
    char link[64];
    int ll = snprintf(link, sizeof(link), "href=\"/comments/%lld/report\"",
                      (long long)id);
    const char *at = memmem(page, len, link, (size_t)ll);
    if (!at)
        return 0;
    static const char close[] = "</footer>";
    const char *f =
        memmem(at, len - (size_t)(at - page), close, sizeof(close) - 1);
    return f ? (size_t)(f - page) + sizeof(close) - 1 : 0;
}

/* add_shared copies a piece of the shared page into the response; for a
 * staff member, without the Report links of their own comments. */
static void add_shared(struct http_resp *resp, const struct session *staff,
                       const char *piece, size_t len)
{
    if (staff)
        page_add_for_staff(&resp->body, piece, len, staff->user.name);
    else
        buf_add(&resp->body, piece, len);
}

/* splice copies the cached page into the response with the per-reader
 * parts written where they go: the review notice above the comments, the
 * posted notice under the author's comment (above the comments when the
 * comment is not in the page) and the staff fields in the form. */
static void splice(struct http_resp *resp, const struct cache_entry *e,
                   const struct article *art, const struct session *staff,
                   bool review, int64_t posted)
{
    const char *page = e->data;
    size_t len = e->len;
    struct splice_at at[3];
    size_t n = 0;
    const char *m =
        memmem(page, len, PAGE_MARK_NOTICE, strlen(PAGE_MARK_NOTICE));
    if (m)
        at[n++] = (struct splice_at){(size_t)(m - page), PART_NOTICE};
    m = memmem(page, len, PAGE_MARK_STAFF, strlen(PAGE_MARK_STAFF));
    if (m)
        at[n++] = (struct splice_at){(size_t)(m - page), PART_STAFF};
    size_t footer =
        posted && !review ? posted_footer_end(page, len, posted) : 0;
    if (footer)
        at[n++] = (struct splice_at){footer, PART_POSTED};
    /* in page order (the posted comment lies between the two markers) */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && at[j].off < at[j - 1].off; j--) {
            struct splice_at t = at[j];
            at[j] = at[j - 1];
            at[j - 1] = t;
        }
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        add_shared(resp, staff, page + from, at[i].off - from);
        from = at[i].off;
        switch (at[i].part) {
        case PART_NOTICE:
            if (review)
                page_review_notice(&resp->body, art->discussion == 1);
            else if (posted && !footer)
                page_posted_notice(&resp->body, posted, staff != NULL);
            from += strlen(PAGE_MARK_NOTICE);
            break;
        case PART_STAFF:
            if (staff)
                page_staff_fields(&resp->body, staff->user.name, staff->csrf);
            from += strlen(PAGE_MARK_STAFF);
            break;
        case PART_POSTED:
            page_posted_notice(&resp->body, posted, staff != NULL);
            break;
        }
    }
    add_shared(resp, staff, page + from, len - from);
    resp->content_type = HTML_TYPE;
}

/* The longest Location pages_moved and past_last_page write; a longer
 * query is dropped. */
#define MOVED_LOCATION_MAX 8192

struct moved_query {
    struct buf *b;
    int params;
    const char *skip; /* a parameter left out, or NULL */
};

static bool add_moved_param(void *ctx, const char *name, const char *value)
{
    struct moved_query *q = ctx;
    if (q->skip && strcmp(name, q->skip) == 0)
        return true;
    buf_addc(q->b, q->params++ ? '&' : '?');
    url_query(q->b, name, strlen(name));
    buf_addc(q->b, '=');
    url_query(q->b, value, strlen(value));
    return !buf_failed(q->b);
}

/*
 * location_to: the address of path, with "?page=N" first when page > 1,
 * then the request's query but the parameter skip (NULL for none), each
 * name and value decoded by the server and encoded again here, so nothing
 * raw from the request reaches the header. A query too long to carry is
 * left out. In req's arena; NULL if out of memory.
 */
static const char *location_to(struct http_req *req, const char *path, int page,
                               const char *skip)
{
    const char *to = NULL;
    for (int with_query = 1; with_query >= 0 && !to; with_query--) {
        struct buf b;
        buf_init(&b, MOVED_LOCATION_MAX);
        url_path(&b, path, strlen(path));
        struct moved_query q = {.b = &b, .params = 0, .skip = skip};
        if (page > 1) {
            buf_addf(&b, "?page=%d", page);
            q.params++;
        }
        if (with_query && !buf_failed(&b))
            http_req_query_each(req, add_moved_param, &q);
        if (!buf_failed(&b))
            to = arena_strndup(&req->arena, b.data, b.len);
        buf_release(&b);
    }
    return to;
}

/*
 * past_last_page answers "?page=N" past the last page there is (last):
 * a 302 to the last page, the rest of the query kept. A link to a page
 * outlives the comments that filled it (removed, or held for review after
 * the link was made), and whoever follows it wants the end of the
 * discussion, not an empty page nor an error (a ?page= that is no number
 * gets the first page). Redirected rather than rendered in place, so the
 * address names the page shown and its links agree. The fragment
 * ("#c271") is not sent; the browser keeps it, and the page's script
 * asks "?c=" for a comment the page does not show.
 */
static void past_last_page(struct http_req *req, struct http_resp *resp,
                           const struct article *art, int last)
{
    const char *to = location_to(req, art->path, last, "page");
    respond_redirect(req, resp, 302, to ? to : "/");
}

/*
 * moderates_thread: whether this staff member's article page carries the
 * moderation controls and the comments awaiting review. Moderators and
 * admins; an editor reads the thread as readers do, with the staff form.
 */
static bool moderates_thread(const struct session *se)
{
    return se->user.role == ROLE_MODERATOR || se->user.role == ROLE_ADMIN;
}

/*
 * own_comment_arg reads a query parameter that names a comment the reader
 * just posted ("posted=ID", "review=ID") and gives its id when this
 * request's reader wrote that comment, in this article, and it is in the
 * state the notice speaks of (published, or awaiting review); else 0. A
 * reader shares the address bar after posting: whoever opens the link
 * gets the page without the author's notice.
 */
static int64_t own_comment_arg(struct app *app, struct http_req *req,
                               const struct article *art, const char *name,
                               bool awaiting)
{
    const char *arg = http_req_query(req, name);
    int64_t id;
    struct comment c;
    if (!arg || str_to_int(arg, strlen(arg), 1, INT64_MAX, &id))
        return 0;
    const char *reader = auth_reader_hash(app, req);
    if (!reader || store_comment_get(app->store, id, &req->arena, &c) ||
        c.article_id != art->id || !c.author_hash[0] ||
        strcmp(c.author_hash, reader) != 0)
        return 0;
    if (awaiting ? !comment_status_awaits_review(c.status)
                 : c.status != COMMENT_VISIBLE)
        return 0;
    return id;
}

void pages_article(struct app *app, struct http_req *req,
                   struct http_resp *resp, const struct article *art)
{
    struct session se;
    bool staff = auth_optional_staff(app, req, &se);
    bool mod = staff && moderates_thread(&se);
    if (show_comment(app, req, resp, art) ||
        find_comment(app, req, resp, art, mod))
        return;
    const char *reply = http_req_query(req, "reply");
    /* "review=ID" and "posted=ID": the author's notices after posting, the
       second with the link where the author can delete the comment; only
       for its author (anyone may write the query) */
    bool review = own_comment_arg(app, req, art, "review", true) != 0;
    int64_t posted = own_comment_arg(app, req, art, "posted", false);
    const char *page_arg = http_req_query(req, "page");
    const char *subtree = http_req_query(req, "thread");
    int64_t page_no = 1;
    if (page_arg &&
        str_to_int(page_arg, strlen(page_arg), 1, 1000000, &page_no))
        page_no = 1;
    if ((reply && *reply) || page_no > 1 || (subtree && *subtree) || mod) {
        /* a reply form, or the pages after the first, which few readers
           open, or a moderator's page, which holds what readers may not
           see: rendered for this request, never from or into the cache */
        struct page_article_opts opts = {
            .reply_to = reply && *reply ? reply : NULL,
            .awaiting_review = review,
            .posted = posted,
            .staff_name = staff ? se.user.name : NULL,
            .csrf = staff ? se.csrf : NULL,
            .page = (int)page_no,
            .subtree = subtree && *subtree ? subtree : NULL,
            .moderate = mod,
            .mod_notice =
                mod ? admin_done_message(http_req_query(req, "done")) : NULL};
        struct thread t;
        if (thread_load(app, req, art, &t)) {
            respond_html_unavailable(app, resp);
            return;
        }
        /* the bans in force of the thread's readers, shown with their
           comments, so that nobody bans a reader again unaware (a new ban
           replaces the one in force); without them (the store failed) the
           page still serves */
        struct ban *bans = NULL;
        size_t nbans = 0;
        if (mod && bans_of_comments(app, req, t.comments, t.count, &bans,
                                    &nbans) == 0) {
            opts.bans = bans;
            opts.nbans = nbans;
        }
        int last = page_count(&t, mod);
        if (page_no > last && !opts.subtree)
            past_last_page(req, resp, art, last);
        else
            render_thread(app, req, resp, &t, &opts);
        http_resp_header(resp, "Cache-Control", "private, no-store");
        return;
    }
    /* a reader may get the page a render old while a busy thread's next
       render is made; the author just posted and staff just acted may not */
    struct cache_entry *e =
        cached_page(app, req, resp, art, !staff && !review && !posted);
    if (!e)
        return;
    if (staff || review || posted) {
        /* the shared page plus this reader's part */
        splice(resp, e, art, staff ? &se : NULL, review, posted);
        cache_unref(e);
        http_resp_header(resp, "Cache-Control", "private, no-store");
        return;
    }
    respond_cached(req, resp, e, HTML_TYPE);
}

/*
 * pages_moved: links to an article outlive its path. Shared links, search
 * engines and old Blogger links (/2019/05/slug.html?showComment=...) keep
 * the address an article had; a 301 sends them, and search engines'
 * indexes, to where it is now. The query goes along (each name and value
 * decoded by the server and encoded again here, so nothing raw from the
 * request reaches the header): ?showComment=, ?c=N and ?page=N are then
 * answered by the article's own handler. A draft stays a 404: its former
 * path must not tell readers it exists.
 */
bool pages_moved(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct article art;
    int ret = store_article_by_former_path(app_read_store(app, req), req->path,
                                           &req->arena, &art);
    if (ret == ERR_NOTFOUND)
        return false;
    if (ret) {
        respond_html_unavailable(app, resp);
        return true;
    }
    /* an article at a path the server answers itself cannot be read there
       (see admin_articles.c): sending readers there would not help */
    if (!art.is_published || app_path_is_own(art.path))
        return false;
    /* the form refuses such a path, but a backup restored may hold one:
       never a Location that leaves the site */
    if (!str_is_site_path(art.path))
        return false;
    if (strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0) {
        /* the path is known (a GET is redirected): 405, as at the
           article's own path */
        respond_html_method(app, resp, "GET, HEAD");
        return true;
    }
    const char *to = location_to(req, art.path, 0, NULL);
    respond_redirect(req, resp, 301, to ? to : "/");
    /* a browser (and a shared cache) keeps a 301 for as long as it is
       told, and without being told for ever: it asks again each time, so
       an article renamed back, unpublished, or an old path given to
       another article is heard at once rather than looping for a while */
    http_resp_header(resp, "Cache-Control", "no-cache");
    return true;
}

void pages_post_form(struct app *app, struct http_req *req,
                     struct http_resp *resp, int64_t article_id)
{
    struct article art;
    struct form form;
    if (!respond_unless_own_page(app, req, resp))
        return;
    int ret = store_article_get(app->store, article_id, &req->arena, &art);
    if (ret == ERR_NOTFOUND) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    if (ret) {
        respond_html_unavailable(app, resp);
        return;
    }
    if (form_parse(req->body.data, req->body.len, &req->arena, &form)) {
        respond_html_error(app, resp, 400, msg_get(MSG_BAD_REQUEST));
        return;
    }
    const struct form_field *body = form_get(&form, "body");
    const struct form_field *name = form_get(&form, "name");
    const struct form_field *parent = form_get(&form, "parent");
    struct post_input in = {
        .body = body ? body->value : "",
        .body_len = body ? body->value_len : 0,
        .name = name ? name->value : NULL,
        .name_len = name ? name->value_len : 0,
        .parent = parent ? parent->value : NULL,
        .token = http_req_cookie(req, "charla_reader"),
        .now = app->now(),
    };
    struct post_result res;
    struct buf msg;
    buf_init(&msg, 1024);
    const struct form_field *csrf = form_get(&form, "csrf");
    ret = posting_submit(app, req, &art, &in, csrf ? csrf->value : NULL, &res,
                         &msg);
    if (ret) {
        struct page_article_opts opts = {
            .reply_to =
                parent && parent->value[0] && res.refusal != POST_NO_PARENT
                    ? parent->value
                    : NULL,
            .form_error = arena_strdup(&req->arena, msg.data),
            .form_body = body ? body->value : NULL,
            .form_name = name ? name->value : NULL,
        };
        buf_release(&msg);
        /* re-read: the article may have changed meanwhile */
        render_article(app, req, resp, &art, &opts);
        resp->status = post_refusal_status(res.refusal);
        return;
    }
    buf_release(&msg);
    if (res.new_token)
        respond_reader_cookie(req, resp, res.token);
    const char *to = res.awaiting_review
                         ? permalink(req, &art, "omments")
                         : located_permalink(app, req, &art, res.comment.number,
                                             res.comment.id, false, NULL);
    if (res.awaiting_review && to) {
        /* "/path#comments" -> "/path?review=ID#comments" */
        const char *hash = strchr(to, '#');
        to = arena_sprintf(&req->arena, "%.*s?review=%lld%s", (int)(hash - to),
                           to, (long long)res.comment.id, hash);
    }
    respond_redirect(req, resp, 303, to ? to : "/");
}

bool pages_post_form_refused(struct app *app, struct http_req *req,
                             struct http_resp *resp, int64_t article_id,
                             int status, const char *message)
{
    if (!respond_from_own_page(app, req))
        return false;
    struct article art;
    struct form form;
    if (store_article_get(app->store, article_id, &req->arena, &art) ||
        !art.is_published ||
        form_parse(req->body.data, req->body.len, &req->arena, &form))
        return false;
    const struct form_field *body = form_get(&form, "body");
    const struct form_field *name = form_get(&form, "name");
    const struct form_field *parent = form_get(&form, "parent");
    struct page_article_opts opts = {
        .reply_to = parent && parent->value[0] ? parent->value : NULL,
        .form_error = message,
        .form_body = body ? body->value : NULL,
        .form_name = name ? name->value : NULL,
    };
    render_article(app, req, resp, &art, &opts);
    if (resp->status < 500)
        resp->status = status;
    return true;
}

bool pages_visible_comment(struct app *app, struct http_req *req,
                           struct http_resp *resp, int64_t comment_id,
                           struct comment *c, struct article *art)
{
    int ret = store_comment_get(app->store, comment_id, &req->arena, c);
    if (ret == 0)
        ret = store_article_get(app->store, c->article_id, &req->arena, art);
    if (ret == ERR_NOTFOUND ||
        (ret == 0 && (!art->is_published || c->status != COMMENT_VISIBLE))) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return false;
    }
    if (ret) {
        respond_html_unavailable(app, resp);
        return false;
    }
    return true;
}

/*
 * report_under_review answers the report page of a held comment (reports
 * reached the threshold while the reader had the form open, or a reader
 * comes back to report it too): it is already under review, thanks; true
 * if it answered. Nothing of the held text is shown. One held since it
 * was posted is not answered here: no reader saw it, so its report page
 * is "not found", as for an id that names no comment.
 */
static bool report_under_review(struct app *app, struct http_req *req,
                                struct http_resp *resp, int64_t comment_id)
{
    struct comment c;
    struct article art;
    if (store_comment_get(app->store, comment_id, &req->arena, &c) ||
        c.status != COMMENT_HELD || !c.was_public ||
        store_article_get(app->store, c.article_id, &req->arena, &art) ||
        !art.is_published)
        return false;
    resp->content_type = HTML_TYPE;
    page_report_under_review(&resp->body, &app->site, &c, &art);
    return true;
}

/* pages_report: GET shows the report form, POST records the report. */
void pages_report(struct app *app, struct http_req *req, struct http_resp *resp,
                  int64_t comment_id)
{
    struct comment c;
    struct article art;
    if (report_under_review(app, req, resp, comment_id))
        return;
    if (!pages_visible_comment(app, req, resp, comment_id, &c, &art))
        return;
    resp->content_type = HTML_TYPE;
    if (strcmp(req->method, "POST") != 0) {
        page_report(&resp->body, &app->site, &c, &art, NULL, NULL, false);
        return;
    }
    if (!respond_unless_own_page(app, req, resp))
        return;
    struct form form;
    if (form_parse(req->body.data, req->body.len, &req->arena, &form)) {
        respond_html_error(app, resp, 400, msg_get(MSG_BAD_REQUEST));
        return;
    }
    const struct form_field *reason = form_get(&form, "reason");
    const char *tok = http_req_cookie(req, "charla_reader");
    char token[PSEUDONYM_TOKEN_HEX + 1];
    char hash[PSEUDONYM_HASH_HEX + 1];
    bool own_token = tok && pseudonym_token_valid(tok, strlen(tok));
    if (own_token) {
        memcpy(token, tok, sizeof(token));
    } else {
        pseudonym_new_token(token);
        respond_reader_cookie(req, resp, token);
    }
    pseudonym_token_hash(app->site.key, token, strlen(token), hash);
    bool held, banned;
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = reader_report(app, req, &c, hash, own_token,
                            reason ? reason->value : "", &held, &banned, &msg);
    if (ret && ret != ERR_CONFLICT) {
        resp->status = banned               ? post_refusal_status(POST_BANNED)
                       : ret == ERR_INVALID ? 422
                                            : 503;
        page_report(&resp->body, &app->site, &c, &art, msg.data,
                    reason ? reason->value : NULL, false);
    } else {
        page_report(&resp->body, &app->site, &c, &art, NULL, NULL, true);
    }
    buf_release(&msg);
}

/* REPORT_REASON_KEPT: the longest reason shown again (bytes); the field
 * takes 200 characters, of up to four bytes each. */
#define REPORT_REASON_KEPT 800

bool pages_report_refused(struct app *app, struct http_req *req,
                          struct http_resp *resp, int64_t comment_id,
                          int status, const char *message)
{
    if (!respond_from_own_page(app, req))
        return false;
    struct comment c;
    struct article art;
    struct form form;
    if (store_comment_get(app->store, comment_id, &req->arena, &c) ||
        c.status != COMMENT_VISIBLE ||
        store_article_get(app->store, c.article_id, &req->arena, &art) ||
        !art.is_published ||
        form_parse(req->body.data, req->body.len, &req->arena, &form))
        return false;
    const struct form_field *reason = form_get(&form, "reason");
    resp->status = status;
    resp->content_type = HTML_TYPE;
    buf_reset(&resp->body);
    page_report(&resp->body, &app->site, &c, &art, message,
                reason && reason->value_len <= REPORT_REASON_KEPT
                    ? reason->value
                    : NULL,
                false);
    return true;
}
