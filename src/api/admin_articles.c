/*
 * admin_articles.c - the editors' handlers: list every article, create
 * one, edit one, preview the body, publish or unpublish, and choose how
 * its discussion runs (open, pre-moderated, closed).
 *
 * The form posts back to its own address. "op=preview" re-renders the
 * form with the values kept and the body rendered below; "op=save"
 * validates, stores (store_article_insert / store_article_update, which
 * bump the article's version so the cached page is dropped) and answers
 * 303 to the edit form with ?done=saved. Invalid input answers 422 and a
 * path already in use 409, both with the form and its values kept.
 *
 * Two editors may have the same article open. The form carries the
 * fingerprint of the article it was loaded with (hidden field "base",
 * core/article_print.h: the fields the form edits, not the version, which
 * every comment moves); a save whose base no longer matches what is stored
 * is refused with 409 and the form again, with what was typed, the
 * article as stored now below it and a new base, so that saving again
 * replaces it knowingly. The check and the write are one transaction. A
 * save without a base (a script) is refused with 422 the same way. A
 * preview needs no base and passes the one it was sent on.
 *
 * A title must show something: one of only invisible characters (U+200B,
 * U+2060, ...; core/visible.h) would be an invisible link on the front
 * page. The discussion mode must be "0", "1" or "2": anything else (or
 * none) is refused rather than read as open, which would reopen a closed
 * discussion.
 *
 * A new path leaves the old one as a former path (the store keeps it in
 * the same write), where readers are redirected to the new one; the form
 * lists an article's former paths under its path field.
 *
 * A path left empty is made from the title and today's date:
 * "/2026/11/israel-refuses-to-extradite", at the save that stores it; a
 * form shown again (a preview, an error) keeps the field empty, so the
 * path follows the title as it is at that save. A path so made that
 * another article has, or had (a former path, which still leads to it),
 * gets "-2", "-3", ... up to PATH_SUFFIX_MAX; a title with no Latin letter
 * or digit gives "article" (then "article-2", ...). The hint under the
 * path field shows the path a save would take, suffix included
 * (admin_article_next_path, and POST /admin/articles/path-hint for the
 * script that follows the title). A path the editor typed
 * that is taken is refused with 409. Paths hold only [a-z A-Z 0-9
 * - _ . /] so they never need escaping in a URL, and may not be one the
 * router answers itself (app_path_is_own: /admin, /api, /feeds, /me,
 * /embed, /lang, /metrics, ...), where the article could never be read.
 * An article already at such a path (stored before that check, or
 * restored from a backup) is flagged in the list, and its form says why
 * on arrival: it cannot be saved until its path changes.
 *
 * An embedded discussion (an article the embed made for a page on another
 * site: external_url set) keeps its path: the form shows it read-only and
 * a save ignores the field, so its other fields and its discussion mode
 * (pre-moderation) can be saved though the path, made from the host
 * page's address, holds characters a typed path may not.
 *
 * While a raid pre-moderates an article (core/raid.h), the form shows the
 * discussion mode the raid will restore, with a note saying so: saved
 * untouched, the raid keeps its pre-moderation and still restores that
 * mode when it ends; another mode is the editor's choice, applied at
 * once, and ends the raid (raid_article_update). Showing the raid's
 * "pre-moderated" instead would make every save during a raid keep it
 * for good.
 *
 * A browser sends a textarea's line breaks as CR LF; the form decoder
 * makes them LF (str_lf_lines), and the HTML escaper drops a CR left in
 * a body stored earlier, so a save never adds to it.
 */
#include <string.h>
#include <time.h>

#include "api/admin_int.h"
#include "core/article_print.h"
#include "core/raid.h"
#include "core/visible.h"
#include "render/html.h"
#include "render/msg.h"
#include "util/str.h"

#define ARTICLE_TITLE_MAX_CHARS 300
#define ARTICLE_BODY_MAX_BYTES (200u * 1024u)
#define ARTICLE_PATH_MAX 300
#define ARTICLE_LINE_MAX_CHARS 500 /* byline, caption, labels */
#define ARTICLE_URL_MAX 2000
#define SLUG_MAX 80
#define PATH_SUFFIX_MAX 1000 /* a made path's last try: "...-1000" */
#define UPDATE_TRIES 5       /* writes that met another write, then stale */

static const char *path_error(struct http_req *req, const char *p);
static const char *make_path(struct app *app, struct http_req *req,
                             const char *title);

void admin_articles_page(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_EDITOR, &se))
        return;
    struct article *arts;
    size_t n;
    if (store_article_list(app->store, false, &req->arena, &arts, &n)) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* an article stored before paths were checked, or restored from a
       backup, may sit where the router answers: flag it */
    bool *unreachable = arena_alloc(&req->arena, (n + 1) * sizeof(bool));
    if (!unreachable) {
        respond_html_unavailable(app, resp);
        return;
    }
    for (size_t i = 0; i < n; i++)
        unreachable[i] = app_path_is_own(arts[i].path);
    struct admin_ctx ctx;
    admin_page_begin(app, &se, resp, 200, NULL, NULL, &ctx);
    page_admin_articles(&resp->body, &ctx, arts, unreachable, n);
}

static void render_form(struct app *app, struct http_req *req,
                        struct http_resp *resp, const struct session *se,
                        const struct article *art, int raid_back, int status,
                        enum admin_form_shows shows, bool preview,
                        const char *flash, const char *error, const char *base,
                        const struct article *stored_now)
{
    /* the paths that still lead here (a failed read only leaves the list
       out: the form itself does not need it) */
    struct former_path *fp = NULL;
    size_t nfp = 0;
    const char **former = NULL;
    if (art->id &&
        store_former_paths(app->store, art->id, &req->arena, &fp, &nfp) == 0 &&
        nfp > 0) {
        former = arena_alloc(&req->arena, nfp * sizeof(*former));
        for (size_t i = 0; former && i < nfp; i++)
            former[i] = fp[i].path;
    }
    /* the hint under the path field is the path an empty field gets now:
       made as a save makes it, from the title (or an example title), in
       the site's time zone and with the suffix a path taken needs, so it
       cannot drift from what a save does */
    const char *hint = NULL;
    /* a title a save refuses (the form says why): the example's */
    if (admin_article_next_path(app, req, art->title, art->id, &hint) &&
        admin_article_next_path(app, req, "", art->id, &hint))
        hint = NULL;
    struct admin_ctx ctx;
    admin_page_begin(app, se, resp, status, flash, error, &ctx);
    if (page_admin_article_form(
            &resp->body, &ctx, art, former, former ? nfp : 0, raid_back, hint,
            art->id ? base : NULL, shows, preview, stored_now, &req->arena))
        respond_html_error(app, resp, 500, msg_get(MSG_SERVER_ERROR));
}

/* load answers 404/503 itself when the article cannot be read. */
static bool load(struct app *app, struct http_req *req, struct http_resp *resp,
                 int64_t id, struct article *art)
{
    int ret = store_article_get(app->store, id, &req->arena, art);
    if (ret == 0)
        return true;
    respond_html_error(
        app, resp, ret == ERR_NOTFOUND ? 404 : 503,
        msg_get(ret == ERR_NOTFOUND ? MSG_NOT_FOUND : MSG_SERVER_ERROR));
    return false;
}

/*
 * raid_back: -1, or the mode a raid that pre-moderates art restores when
 * it ends. False (after a 503) when the store cannot say: a form that
 * showed the raid's mode as the article's own would keep it for good.
 */
static bool raid_back(struct app *app, struct http_resp *resp,
                      const struct article *art, int *back)
{
    *back = -1;
    if (!art->id)
        return true;
    int mode, ret = raid_held_mode(app->store, art, &mode);
    if (ret == 0)
        *back = mode;
    else if (ret != ERR_NOTFOUND) {
        respond_html_error(app, resp, 503, msg_get(MSG_SERVER_ERROR));
        return false;
    }
    return true;
}

static void blank(struct article *art)
{
    memset(art, 0, sizeof(*art));
    art->path = art->title = art->byline = art->body = "";
    art->lead_image = art->lead_caption = art->labels = "";
    art->source_id = art->external_url = "";
}

void admin_article_get(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_EDITOR, &se))
        return;
    struct article art;
    blank(&art);
    int back;
    if ((id && !load(app, req, resp, id, &art)) ||
        !raid_back(app, resp, &art, &back))
        return;
    if (back >= 0)
        art.discussion = back;
    const char *done = http_req_query(req, "done");
    bool saved = done && strcmp(done, "saved") == 0;
    char base[ARTICLE_PRINT_HEX + 1];
    article_print(&art, base);
    /* an article already at a path the server answers (see the list) is
       told why before its editor tries to save it */
    render_form(app, req, resp, &se, &art, back, 200,
                saved ? ADMIN_FORM_SAVED : ADMIN_FORM_STORED, false,
                saved ? msg_get(MSG_ADM_DONE_SAVED) : NULL,
                id && app_path_is_own(art.path) ? path_error(req, art.path)
                                                : NULL,
                base, NULL);
}

/* Latin letters with the accents Spanish and its neighbours use, as
 * two-byte UTF-8, and the plain letter a slug uses for them. */
static const struct {
    unsigned char b0, b1;
    char plain;
} slug_fold[] = {
    {0xC3, 0xA0, 'a'}, {0xC3, 0xA1, 'a'}, {0xC3, 0xA2, 'a'}, {0xC3, 0xA3, 'a'},
    {0xC3, 0xA4, 'a'}, {0xC3, 0xA7, 'c'}, {0xC3, 0xA8, 'e'}, {0xC3, 0xA9, 'e'},
    {0xC3, 0xAA, 'e'}, {0xC3, 0xAB, 'e'}, {0xC3, 0xAC, 'i'}, {0xC3, 0xAD, 'i'},
    {0xC3, 0xAE, 'i'}, {0xC3, 0xAF, 'i'}, {0xC3, 0xB1, 'n'}, {0xC3, 0xB2, 'o'},
    {0xC3, 0xB3, 'o'}, {0xC3, 0xB4, 'o'}, {0xC3, 0xB5, 'o'}, {0xC3, 0xB6, 'o'},
    {0xC3, 0xB9, 'u'}, {0xC3, 0xBA, 'u'}, {0xC3, 0xBB, 'u'}, {0xC3, 0xBC, 'u'},
    {0xC3, 0x81, 'a'}, {0xC3, 0x89, 'e'}, {0xC3, 0x8D, 'i'}, {0xC3, 0x91, 'n'},
    {0xC3, 0x93, 'o'}, {0xC3, 0x9A, 'u'}, {0xC3, 0x9C, 'u'}, {0xC3, 0x87, 'c'},
};

/*
 * make_path builds "/YYYY/MM/slug" from the title: letters and digits
 * kept (lower case, common accents folded), every other run of bytes one
 * hyphen, at most SLUG_MAX bytes, cut at a hyphen when it can be.
 */
static const char *make_path(struct app *app, struct http_req *req,
                             const char *title)
{
    char slug[SLUG_MAX + 1];
    size_t n = 0;
    bool hyphen = false;
    for (size_t i = 0; title[i] && n < SLUG_MAX; i++) {
        unsigned char ch = (unsigned char)title[i];
        char out = 0;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            out = (char)ch;
        else if (ch >= 'A' && ch <= 'Z')
            out = (char)(ch - 'A' + 'a');
        else if (ch == 0xC3 && title[i + 1]) {
            for (size_t k = 0; k < sizeof(slug_fold) / sizeof(slug_fold[0]);
                 k++)
                if ((unsigned char)title[i + 1] == slug_fold[k].b1)
                    out = slug_fold[k].plain;
            if (out)
                i++;
        } else if (ch == '\'' || ch == 0xE2) {
            /* apostrophes (also U+2019) vanish: "Mexico's" -> "mexicos" */
            if (ch == 0xE2 && (unsigned char)title[i + 1] == 0x80 &&
                (unsigned char)title[i + 2] == 0x99) {
                i += 2;
                continue;
            }
            if (ch == '\'')
                continue;
        }
        if (out) {
            if (hyphen && n > 0 && n < SLUG_MAX)
                slug[n++] = '-';
            hyphen = false;
            if (n < SLUG_MAX)
                slug[n++] = out;
        } else {
            hyphen = true;
        }
    }
    slug[n] = '\0';
    if (n == SLUG_MAX) {
        char *cut = strrchr(slug, '-');
        if (cut && cut - slug > SLUG_MAX / 2)
            *cut = '\0';
    }
    struct tm tm;
    site_local_time(&app->site, app->now(), &tm);
    return arena_sprintf(&req->arena, "/%04d/%02d/%s", tm.tm_year + 1900,
                         tm.tm_mon + 1, n ? slug : "article");
}

/* path_chars_ok: starts with "/", holds only [a-z A-Z 0-9 - _ . /], no
 * "//" nor "/." (no empty or dot segment), at most ARTICLE_PATH_MAX. */
static bool path_chars_ok(const char *p)
{
    size_t n = strlen(p);
    if (n < 2 || n > ARTICLE_PATH_MAX || p[0] != '/' || strstr(p, "//") ||
        strstr(p, "/."))
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
              c == '/'))
            return false;
    }
    return true;
}

/*
 * path_error returns NULL for a path an article may take, else the message
 * to show. A path the router answers itself (/feeds/..., /metrics, ...)
 * is refused: the article would be saved and never be seen. The list in
 * the message is the router's own, so the two cannot drift apart.
 */
static const char *path_error(struct http_req *req, const char *p)
{
    if (!path_chars_ok(p))
        return msg_get(MSG_ADM_ERR_PATH);
    if (!app_path_is_own(p))
        return NULL;
    struct buf b;
    buf_init(&b, 1024);
    buf_adds(&b, msg_get(MSG_ADM_ERR_PATH_OWN));
    buf_addc(&b, ' ');
    app_own_paths(&b);
    buf_addc(&b, '.');
    const char *out =
        buf_failed(&b) ? NULL : arena_strndup(&req->arena, b.data, b.len);
    buf_release(&b);
    return out ? out : msg_get(MSG_ADM_ERR_PATH_OWN);
}

/* line_ok: valid UTF-8, no control characters, at most max characters. */
static bool line_ok(const char *s, size_t max_chars)
{
    size_t n = strlen(s);
    if (!str_utf8_valid(s, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            return false;
    return str_utf8_count(s, n) <= max_chars;
}

/* trimmed copies a field without surrounding white space. */
static const char *trimmed(struct http_req *req, const struct form *f,
                           const char *name)
{
    const char *s = admin_field(f, name);
    size_t len = strlen(s);
    str_trim(&s, &len);
    const char *out = arena_strndup(&req->arena, s, len);
    return out ? out : "";
}

/* validate returns NULL or the message for the first broken rule. */
static const char *validate(struct http_req *req, const struct article *a,
                            size_t body_len, bool path_fixed)
{
    if (!a->title[0] || !line_ok(a->title, ARTICLE_TITLE_MAX_CHARS))
        return msg_get(MSG_ADM_ERR_TITLE);
    if (!visible_has_text(a->title, strlen(a->title)))
        return msg_get(MSG_ADM_ERR_TITLE_BLANK);
    if (body_len > ARTICLE_BODY_MAX_BYTES)
        return msg_get(MSG_ADM_ERR_BODY);
    if (strlen(a->body) != body_len || !str_utf8_valid(a->body, body_len))
        return msg_get(MSG_ADM_ERR_FIELD);
    if (a->lead_image[0] &&
        (strlen(a->lead_image) > ARTICLE_URL_MAX ||
         !url_is_http(a->lead_image, strlen(a->lead_image))))
        return msg_get(MSG_ADM_ERR_URL);
    if (!line_ok(a->byline, ARTICLE_LINE_MAX_CHARS) ||
        !line_ok(a->lead_caption, ARTICLE_LINE_MAX_CHARS) ||
        !line_ok(a->labels, ARTICLE_LINE_MAX_CHARS))
        return msg_get(MSG_ADM_ERR_FIELD);
    return path_fixed ? NULL : path_error(req, a->path);
}

/*
 * path_free: whether no other article than own_id has path p, now or as
 * a former path (which still leads readers to it). 1 free, 0 taken, or a
 * store error.
 */
static int path_free(struct app *app, struct http_req *req, const char *p,
                     int64_t own_id)
{
    struct article other;
    int ret = store_article_by_path(app->store, p, &req->arena, &other);
    if (ret == ERR_NOTFOUND)
        ret = store_article_by_former_path(app->store, p, &req->arena, &other);
    if (ret == ERR_NOTFOUND)
        return 1;
    if (ret)
        return ret;
    return other.id == own_id;
}

/*
 * free_path: the first of made, made-2, made-3, ... from *n (1 for made
 * itself) that path_free finds free, in *out, with *n its number. ERR_CONFLICT
 * past PATH_SUFFIX_MAX, or a store error.
 */
static int free_path(struct app *app, struct http_req *req, const char *made,
                     int64_t own_id, int *n, const char **out)
{
    for (; *n <= PATH_SUFFIX_MAX; (*n)++) {
        const char *p =
            *n == 1 ? made : arena_sprintf(&req->arena, "%s-%d", made, *n);
        if (!p)
            return ERR_NOMEM;
        int ret = path_free(app, req, p, own_id);
        if (ret < 0)
            return ret;
        if (ret == 1) {
            *out = p;
            return 0;
        }
    }
    return ERR_CONFLICT;
}

/*
 * update_once: one try of update (below). *raced when another write to
 * the article landed between the check and this one (PostgreSQL reads
 * what is committed, so two saves may both pass the check): the store
 * bumps the version by one per write, so this write must have made it
 * exactly one more than the version checked. Rolled back then.
 */
static int update_once(struct app *app, struct http_req *req,
                       struct article *art, const char *base, const char *actor,
                       bool *stale, bool *raced, struct article *stored_now)
{
    int64_t now = app->now();
    int mode;
    char print[ARTICLE_PRINT_HEX + 1];
    struct article after;
    *stale = *raced = false;
    int ret = store_begin(app->store);
    if (ret)
        return ret;
    ret = store_article_get(app->store, art->id, &req->arena, stored_now);
    if (ret == 0) {
        ret = raid_held_mode(app->store, stored_now, &mode);
        if (ret == ERR_NOTFOUND)
            ret = 0;
    }
    if (ret == 0) {
        stored_now->discussion = mode;
        article_print(stored_now, print);
        *stale = strcmp(print, base) != 0;
    }
    if (ret == 0 && *stale) {
        /* stored just as this form has it: the same form sent twice (a
           second click, a reload, another tab), or two editors making the
           same change. Nothing would be lost: a save, with nothing to do */
        char mine[ARTICLE_PRINT_HEX + 1];
        article_print(art, mine);
        if (strcmp(mine, print) == 0) {
            store_rollback(app->store);
            *stale = false;
            return 0;
        }
    }
    if (ret == 0 && !*stale) {
        art->published = art->is_published && !stored_now->published
                             ? now
                             : stored_now->published;
        ret = raid_article_update_in_tx(app->store, art, actor, now);
    }
    if (ret == 0 && !*stale)
        ret = store_article_get(app->store, art->id, &req->arena, &after);
    if (ret == 0 && !*stale)
        *raced = after.version != stored_now->version + 1;
    if (ret || *stale || *raced) {
        store_rollback(app->store);
        return ret;
    }
    return store_commit(app->store);
}

/*
 * update writes the edit art of an existing article, in one transaction
 * with the check that the article is still as the form that sent base
 * showed it. *stale, with the article as the form would show it now in
 * *stored_now, when it is not, unless what is stored is already art (the
 * form sent twice): that is a save with nothing to write; ERR_CONFLICT for a
 * path in use. A write that raced another (a comment, most likely) is tried
 * again, a few times; then it is stale.
 */
static int update(struct app *app, struct http_req *req, struct article *art,
                  const char *base, const char *actor, bool *stale,
                  struct article *stored_now)
{
    bool raced = false;
    for (int tries = 0; tries < UPDATE_TRIES; tries++) {
        int ret =
            update_once(app, req, art, base, actor, stale, &raced, stored_now);
        if (ret || !raced)
            return ret;
    }
    *stale = true;
    return 0;
}

/* base_ok: a fingerprint as article_print writes it. */
static bool base_ok(const char *base)
{
    if (strlen(base) != ARTICLE_PRINT_HEX)
        return false;
    for (size_t i = 0; i < ARTICLE_PRINT_HEX; i++)
        if (!((base[i] >= '0' && base[i] <= '9') ||
              (base[i] >= 'a' && base[i] <= 'f')))
            return false;
    return true;
}

/* discussion_of: the discussion mode a form sent, 0..2, or -1 when the
 * field is missing or holds anything else. */
static int discussion_of(const struct form *f)
{
    const char *d = admin_field(f, "discussion");
    if (strlen(d) == 1 && d[0] >= '0' && d[0] <= '2')
        return d[0] - '0';
    return -1;
}

void admin_article_post(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_EDITOR, &f, &se))
        return;
    struct article art;
    blank(&art);
    int back;
    if ((id && !load(app, req, resp, id, &art)) ||
        !raid_back(app, resp, &art, &back))
        return;
    if (back >= 0)
        art.discussion = back; /* as the form showed it */
    struct article stored = art;
    /* an embedded discussion (external_url) keeps the path the embed made
       from its host page's address ("/x/blog.example/post.html", with
       characters an editor's path may not hold): the embed finds the
       article by it, so another would start a new, empty thread there */
    bool path_fixed = art.external_url[0] != '\0';
    const char *stored_path = art.path;

    const struct form_field *body = form_get(&f, "body");
    art.title = trimmed(req, &f, "title");
    art.path = path_fixed ? stored_path : trimmed(req, &f, "path");
    art.byline = trimmed(req, &f, "byline");
    art.lead_image = trimmed(req, &f, "lead_image");
    art.lead_caption = trimmed(req, &f, "lead_caption");
    art.labels = trimmed(req, &f, "labels");
    size_t body_len = body ? body->value_len : 0;
    art.body = body ? body->value : "";
    int disc = discussion_of(&f);
    if (disc >= 0)
        art.discussion = disc;
    art.is_published = strcmp(admin_field(&f, "published"), "1") == 0;
    /* the base the form was loaded with goes on to the form shown again
       (a preview, an error), so that a save from it is still checked
       against that load */
    const char *base = admin_field(&f, "base");
    if (!base_ok(base))
        base = ""; /* refused as missing at a save */
    /* a form shown again keeps the path field as the editor typed it:
       left empty, the path is made from the title at the save, so a
       title corrected after a preview still gives it (the hint under the
       field shows it) */
    const char *typed_path = art.path;
    if (!art.path[0] && art.title[0]) {
        art.path = make_path(app, req, art.title);
        if (!art.path)
            art.path = "";
    }
    bool preview = strcmp(admin_field(&f, "op"), "preview") == 0;
    const char *error = validate(req, &art, body_len, path_fixed);
    if (!error && disc < 0)
        error = msg_get(MSG_ADM_ERR_DISCUSSION);
    if (error || preview) {
        art.path = typed_path;
        render_form(app, req, resp, &se, &art, back, error ? 422 : 200,
                    ADMIN_FORM_POSTED, preview, NULL, error, base, NULL);
        return;
    }
    char fresh[ARTICLE_PRINT_HEX + 1];
    if (id && !base[0]) {
        /* a script's save: what it would replace is unknown */
        article_print(&stored, fresh);
        art.path = typed_path;
        render_form(app, req, resp, &se, &art, back, 422, ADMIN_FORM_POSTED,
                    false, NULL, msg_get(MSG_ADM_ERR_NO_BASE), fresh, &stored);
        return;
    }

    /* a path made from the title takes the first free of it, -2, -3, ...;
       a write that still meets one taken (saved meanwhile) tries on */
    const char *made = art.path;
    bool path_made = !typed_path[0];
    bool stale = false;
    int ret = 0;
    for (int n = 1; n <= PATH_SUFFIX_MAX; n++) {
        if (path_made) {
            ret = free_path(app, req, made, id, &n, &art.path);
            if (ret)
                break;
        }
        if (id) {
            ret = update(app, req, &art, base, se.user.name, &stale, &stored);
        } else {
            art.published = art.is_published ? app->now() : 0;
            ret = store_article_insert(app->store, &art, &id);
        }
        if (ret != ERR_CONFLICT || !path_made)
            break;
    }
    if (stale) {
        article_print(&stored, fresh);
        art.path = typed_path;
        render_form(app, req, resp, &se, &art, back, 409, ADMIN_FORM_POSTED,
                    false, NULL, msg_get(MSG_ADM_ERR_ART_STALE), fresh,
                    &stored);
        return;
    }
    if (ret == ERR_CONFLICT) {
        art.path = typed_path;
        render_form(app, req, resp, &se, &art, back, 409, ADMIN_FORM_POSTED,
                    false, NULL, msg_get(MSG_ADM_ERR_PATH_TAKEN), base, NULL);
        return;
    }
    if (ret) {
        respond_html_error(
            app, resp, ret == ERR_NOTFOUND ? 404 : 503,
            msg_get(ret == ERR_NOTFOUND ? MSG_NOT_FOUND : MSG_SERVER_ERROR));
        return;
    }
    const char *to = arena_sprintf(
        &req->arena, "/admin/articles/%lld?done=saved", (long long)id);
    respond_redirect(req, resp, 303, to ? to : "/admin/articles");
}

int admin_article_next_path(struct app *app, struct http_req *req,
                            const char *title, int64_t own_id, const char **out)
{
    if (!title[0])
        title = msg_get(MSG_ADM_F_PATH_EXAMPLE);
    else if (!line_ok(title, ARTICLE_TITLE_MAX_CHARS))
        return ERR_INVALID;
    const char *made = make_path(app, req, title);
    if (!made)
        return ERR_NOMEM;
    /* a store that cannot say which are free leaves the path as made:
       the save will find out */
    int n = 1;
    if (free_path(app, req, made, own_id, &n, out))
        *out = made;
    return 0;
}
