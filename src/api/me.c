/*
 * me.c - what a reader can do about their own data: see it, export it
 * and erase it.
 *
 *   GET  /me          a page explaining export and erasure, with two forms
 *                     (no JS needed), how many of the reader's comments
 *                     are on the site and, apart, how many are tombstones
 *                     now, and the list of those comments, newest first
 *                     (me_list.c; ?before=ID for older ones, 400 for a
 *                     value that is not a comment id)
 *   GET  /me/export   JSON of every comment made with the reader's token
 *   POST /me/erase    confirm=erase and the page's erase token: every
 *                     published comment of the reader becomes a
 *                     "deleted by its author" tombstone, one awaiting
 *                     review is withdrawn (no trace in the thread) if
 *                     no reader ever saw it, else a tombstone too, and
 *                     the token cookie is cleared; refused by a flood
 *                     limit, the page again with the word typed kept
 *                     (me_erase_refused, called by limits.c)
 *   GET  /me/erase    the same page as GET /me
 *
 * Another method on one of these paths is 405, with Allow.
 *
 * A reader is known only by the charla_reader cookie; the store has the
 * keyed hash of its token (author_hash), so "the reader's comments" are
 * store_comments_by_author(hash). Nothing here needs an account.
 *
 * Erasure goes through the store's moderation transition, one comment at a
 * time, with erase_identity set: the body, the display name, the screening
 * data and the reasons of reports about it are erased for good (as a purge
 * does, the SQLite write-ahead log is checkpointed), one audit row each
 * (actor "reader"). A published comment becomes DELETED, one awaiting
 * review WITHDRAWN, or DELETED if it was public before it was held (as a
 * single deletion makes it: mod_author_deletion); a comment a moderator
 * removed stays REMOVED (the moderator's tombstone and reason stay) but
 * loses its text. The author's 15-minute limit on deleting (mod.c) is for
 * deleting a single comment in a live thread; leaving the site is not
 * limited in time. The comments keep their author_hash, so a repeated
 * erase finds nothing left to erase and an export shows the tombstones.
 *
 * CSRF: the reader cookie is SameSite=Lax, except in embed mode where it
 * is SameSite=None (see embed.c); so the erase form also carries a token
 * derived from the reader's own token with the site key, which another
 * site cannot know, and a request that says it comes from another site
 * (its Origin, or Sec-Fetch-Site) is refused, as is Origin "null".
 *
 * Every page of the site has Referrer-Policy: no-referrer, so that a link
 * in a comment does not tell another site which article a reader reads.
 * With it, a browser sends "Origin: null" with a form, which would refuse
 * the reader's own erase. The pages here (and their answers) say
 * "same-origin" instead: a request to this site carries the page's origin,
 * a request to another site still carries nothing; and these pages link
 * only to this site. The refusal of "null" stays, for a form from a
 * sandboxed frame or a no-referrer page elsewhere.
 *
 * The embed widget offers the same export and erasure through
 * /embed/me/ (embed.c, me.h): on another site its cookie is one /me,
 * opened as a page of its own, does not see.
 *
 * The page speaks the reader's language (render/msg.h), the confirmation
 * word too; the word of any language the site speaks is accepted, so a
 * switch of language between the page and the form loses nothing.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "api/auth.h"
#include "api/hooks.h"
#include "api/me.h"
#include "api/me_list.h"
#include "core/moderation.h"
#include "http/form.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"

#define HTML_TYPE "text/html; charset=utf-8"
/* The longest confirmation the page takes, and shows again (bytes): the
 * word in any language, with room for a phone keyboard's spaces. */
#define ME_CONFIRM_MAX 64
#define JSON_TYPE "application/json; charset=utf-8"

/* erase_token: a form token only the holder of the reader cookie can get. */
static void erase_token(struct app *app, const char *hash, char out[33])
{
    unsigned char mac[16];
    crypto_generichash_state st;
    crypto_generichash_init(&st, app->site.key, sizeof(app->site.key),
                            sizeof(mac));
    crypto_generichash_update(&st, (const unsigned char *)"charla-erase|", 13);
    crypto_generichash_update(&st, (const unsigned char *)hash, strlen(hash));
    crypto_generichash_final(&st, mac, sizeof(mac));
    sodium_bin2hex(out, 33, mac, sizeof(mac));
}

/* from_own_erase_page: the erase form comes from this site's own page
 * (respond_from_own_page), and not with "Origin: null": /me's pages send
 * their origin (see the top), so null is a sandboxed frame's form or a
 * no-referrer page's elsewhere. */
static bool from_own_erase_page(struct app *app, struct http_req *req)
{
    const char *origin = http_req_header(req, "Origin");
    if (origin && strcmp(origin, "null") == 0)
        return false;
    return respond_from_own_page(app, req);
}

/* same_origin_referrer: the answer's Referrer-Policy (set for every page
 * by the router) becomes same-origin, as the top explains. */
static void same_origin_referrer(struct http_resp *resp)
{
    for (int i = 0; i < resp->nheaders; i++) {
        if (strcasecmp(resp->headers[i].name, "Referrer-Policy") == 0) {
            resp->headers[i].value = "same-origin";
            return;
        }
    }
    http_resp_header(resp, "Referrer-Policy", "same-origin");
}

bool me_confirmed(const char *v, size_t n)
{
    while (n && (*v == ' ' || *v == '\t')) {
        v++;
        n--;
    }
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        n--;
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        const char *word = msg_get_in((enum msg_lang)l, MSG_ME_CONFIRM_WORD);
        if (word && strlen(word) == n && strncasecmp(v, word, n) == 0)
            return true;
    }
    return false;
}

static bool confirmed(const struct form_field *confirm)
{
    return confirm && me_confirmed(confirm->value, confirm->value_len);
}

/* me_section: the heading and the explanation above each of the page's
 * two forms, export and erase. */
static void me_section(struct buf *b, enum msg_id heading, enum msg_id text)
{
    html_lit(b, "<h2>");
    html_texts(b, msg_get(heading));
    html_lit(b, "</h2>\n<p>");
    html_texts(b, msg_get(text));
    html_lit(b, "</p>\n");
}

/* me_count_item: one line of the breakdown under the count, if n. */
static void me_count_item(struct buf *b, enum msg_id label, int64_t n)
{
    if (!n)
        return;
    html_lit(b, "<li>");
    html_texts(b, msg_get(label));
    html_lit(b, " ");
    html_int(b, n);
    html_lit(b, "</li>");
}

/* What the erase form shows again when it was refused: why, above it,
 * and the confirmation the reader typed, in it. */
struct erase_again {
    const char *error;   /* the refusal, for the alert */
    const char *confirm; /* the typed word, or NULL */
};

static void me_page(struct app *app, struct http_req *req,
                    struct http_resp *resp, const char *hash,
                    const char *notice, int64_t before,
                    const struct erase_again *again)
{
    struct buf *b = &resp->body;
    resp->content_type = HTML_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    same_origin_referrer(resp);
    page_begin(b, &app->site, msg_get(MSG_ME_LINK));
    html_lit(b, "<section class=\"me\"><h1>");
    html_texts(b, msg_get(MSG_ME_LINK));
    html_lit(b, "</h1>\n");
    if (notice) {
        html_lit(b, "<p class=\"notice\" role=\"status\">");
        html_texts(b, notice);
        html_lit(b, "</p>\n");
    }
    html_lit(b, "<p>");
    html_texts(b, msg_get(MSG_ME_INTRO));
    html_lit(b, "</p>\n");
    if (!hash) {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_ME_NO_TOKEN));
        html_lit(b, "</p>\n");
    } else {
        /* every comment the list below shows, then, when some are gone,
           how many are still there, how many left a tombstone (deleted
           or removed) and how many left no trace (withdrawn): the three
           add up to the first */
        int64_t live = 0, gone = 0, withdrawn = 0;
        if (store_author_comment_counts(app->store, hash, &live, &gone,
                                        &withdrawn))
            live = gone = withdrawn = 0;
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_ME_COUNT));
        html_lit(b, " ");
        html_int(b, live + gone + withdrawn);
        html_lit(b, "</p>\n");
        if (gone || withdrawn) {
            html_lit(b, "<ul class=\"me-counts\">");
            me_count_item(b, MSG_ME_COUNT_LIVE, live);
            me_count_item(b, MSG_ME_COUNT_GONE, gone);
            me_count_item(b, MSG_ME_COUNT_WITHDRAWN, withdrawn);
            html_lit(b, "</ul>\n");
        }
        me_list_section(app, req, b, hash, before);
        me_section(b, MSG_ME_EXPORT_HEADING, MSG_ME_EXPORT_TEXT);
        /* the forms look like the article page's comment form: the same
           class, so the same font, fields and buttons (style.css) */
        html_lit(b, "<form class=\"comment-form\" method=\"get\" "
                    "action=\"/me/export\"><p class=\"actions\">"
                    "<button type=\"submit\">");
        html_texts(b, msg_get(MSG_ME_EXPORT_BUTTON));
        html_lit(b, "</button></p></form>\n");
        me_section(b, MSG_ME_ERASE_HEADING, MSG_ME_ERASE_TEXT);
        if (again && again->error) {
            /* as a refused comment's form: the alert just above it */
            html_lit(b, "<p class=\"form-error\" role=\"alert\">");
            html_texts(b, again->error);
            html_lit(b, "</p>\n");
        }
        html_lit(b, "<form class=\"comment-form\" method=\"post\" "
                    "action=\"/me/erase\">"
                    "<input type=\"hidden\" name=\"token\" value=\"");
        char tok[33];
        erase_token(app, hash, tok);
        html_attrs(b, tok);
        html_lit(b, "\"><label>");
        html_texts(b, msg_get(MSG_ME_CONFIRM_BEFORE));
        html_lit(b, " <kbd>");
        html_texts(b, msg_get(MSG_ME_CONFIRM_WORD));
        html_lit(b, "</kbd> ");
        html_texts(b, msg_get(MSG_ME_CONFIRM_AFTER));
        html_lit(b, " <input name=\"confirm\" autocomplete=\"off\" "
                    "autocapitalize=\"off\" maxlength=\"");
        html_int(b, ME_CONFIRM_MAX);
        html_lit(b, "\" required");
        if (again && again->confirm) {
            html_lit(b, " value=\"");
            html_attrs(b, again->confirm);
            html_lit(b, "\"");
        }
        html_lit(b, "></label>\n"
                    "<p class=\"actions\"><button type=\"submit\" "
                    "class=\"destructive\">");
        html_texts(b, msg_get(MSG_ME_ERASE_BUTTON));
        html_lit(b, "</button></p></form>\n");
    }
    html_lit(b, "<p><a href=\"/\">");
    html_texts(b, msg_get(MSG_BACK_HOME));
    html_lit(b, "</a></p></section>\n");
    page_end(b);
}

void me_export(struct app *app, struct http_req *req, struct http_resp *resp,
               const char *hash)
{
    struct comment *cs = NULL;
    size_t n = 0;
    if (hash &&
        store_comments_by_author(app->store, hash, &req->arena, &cs, &n)) {
        respond_json_unavailable(resp);
        return;
    }
    struct buf *b = &resp->body;
    struct article art;
    int64_t art_id = 0;
    int art_ret = ERR_NOTFOUND;
    resp->content_type = JSON_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    http_resp_header(resp, "Content-Disposition",
                     "attachment; filename=\"my-comments.json\"");
    buf_adds(b, "{\"comments\":[");
    for (size_t i = 0; i < n; i++) {
        const struct comment *c = &cs[i];
        if (c->article_id != art_id) {
            art_id = c->article_id;
            art_ret = store_article_get(app->store, art_id, &req->arena, &art);
        }
        buf_adds(b, i ? ",{" : "{");
        buf_addf(b, "\"article\":{\"id\":%lld,\"path\":", (long long)art_id);
        json_quotes(b, art_ret == 0 ? art.path : "");
        buf_adds(b, ",\"title\":");
        json_quotes(b, art_ret == 0 ? art.title : "");
        buf_adds(b, "},\"number\":");
        json_quotes(b, c->number);
        buf_adds(b, ",\"created\":\"");
        page_iso_time(b, c->created);
        buf_adds(b, "\",\"status\":");
        json_quotes(b, comment_status_name(c->status));
        buf_adds(b, ",\"name\":");
        json_quotes(b, c->author_name ? c->author_name : "");
        buf_adds(b, ",\"body\":");
        json_quotes(b, c->body ? c->body : "");
        buf_adds(b, "}");
    }
    buf_addf(b, "],\"count\":%zu}", n);
}

/*
 * erase_one erases one comment as described at the top. Returns 0 for a
 * comment erased or already gone; *erased says whether there was anything
 * left to erase (a comment its author deleted before has no text left),
 * so that the count the reader is told is of comments erased now.
 */
static int erase_one(struct app *app, const struct comment *c, bool *erased)
{
    *erased = false;
    struct transition t = {
        .comment_id = c->id,
        .from = c->status,
        .to = c->status,
        .action = "delete",
        .reason = "",
        .note = "erased by its author (/me/erase)",
        .actor = "reader",
        .at = app->now(),
        .new_body = "",
        .erase_identity = true,
    };
    switch (c->status) {
    case COMMENT_VISIBLE:
    case COMMENT_PENDING:
    case COMMENT_HELD:
        /* deleted, or withdrawn when no reader saw it (no trace of it) */
        if (mod_author_deletion(c, &t.to))
            return ERR_FORBIDDEN;
        break;
    case COMMENT_REMOVED:
        t.reason = c->reason ? c->reason : "";
        break;
    default:
        if ((!c->body || !c->body[0]) &&
            (!c->author_name || !c->author_name[0]))
            return 0; /* nothing left to erase */
        break;
    }
    int ret = store_comment_transition(app->store, &t);
    *erased = ret == 0;
    return ret == ERR_NOTFOUND ? 0 : ret;
}

int me_erase_all(struct app *app, struct http_req *req, const char *hash,
                 size_t *erased)
{
    struct comment *cs = NULL;
    size_t n = 0;
    *erased = 0;
    int ret = store_comments_by_author(app->store, hash, &req->arena, &cs, &n);
    for (size_t i = 0; ret == 0 && i < n; i++) {
        bool did = false;
        ret = erase_one(app, &cs[i], &did);
        /* someone changed it meanwhile: read it again, once */
        if (ret == ERR_CONFLICT &&
            store_comment_get(app->store, cs[i].id, &req->arena, &cs[i]) == 0)
            ret = erase_one(app, &cs[i], &did);
        if (ret == 0 && did)
            (*erased)++;
    }
    return ret;
}

const char *me_erased_message(struct http_req *req, size_t erased)
{
    const char *m =
        erased == 1 ? arena_strdup(&req->arena, msg_get(MSG_ME_ERASED_ONE))
                    : arena_sprintf(&req->arena, msg_get(MSG_ME_ERASED_MANY),
                                    (int)erased);
    return m ? m : msg_get(MSG_ME_ERASED_ONE);
}

static void me_erase(struct app *app, struct http_req *req,
                     struct http_resp *resp, const char *hash)
{
    struct form f;
    same_origin_referrer(resp);
    if (!from_own_erase_page(app, req)) {
        respond_html_error(app, resp, 403, msg_get(MSG_FORM_OTHER_SITE));
        return;
    }
    if (form_parse(req->body.data, req->body.len, &req->arena, &f)) {
        respond_html_error(app, resp, 400, msg_get(MSG_BAD_REQUEST));
        return;
    }
    if (!hash) {
        me_page(app, req, resp, NULL, msg_get(MSG_ME_NOTHING_TO_ERASE), 0,
                NULL);
        return;
    }
    const struct form_field *confirm = form_get(&f, "confirm");
    const struct form_field *token = form_get(&f, "token");
    char want[33];
    erase_token(app, hash, want);
    if (!token || token->value_len != 32 ||
        sodium_memcmp(token->value, want, 32) != 0) {
        respond_html_error(app, resp, 403, msg_get(MSG_ME_STALE_FORM));
        return;
    }
    if (!confirmed(confirm)) {
        resp->status = 422;
        me_page(app, req, resp, hash, msg_get(MSG_ME_NOT_CONFIRMED), 0, NULL);
        return;
    }
    size_t erased = 0;
    if (me_erase_all(app, req, hash, &erased)) {
        respond_html_error(app, resp, 503, msg_get(MSG_ME_ERASE_FAILED));
        return;
    }
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    http_resp_header(resp, "Set-Cookie",
                     https ? "charla_reader=; Path=/; Max-Age=0; HttpOnly; "
                             "SameSite=Lax; Secure"
                           : "charla_reader=; Path=/; Max-Age=0; HttpOnly; "
                             "SameSite=Lax");
    me_page(app, req, resp, NULL, me_erased_message(req, erased), 0, NULL);
}

bool me_erase_refused(struct app *app, struct http_req *req,
                      struct http_resp *resp, int status, const char *message)
{
    struct form f;
    if (!from_own_erase_page(app, req))
        return false;
    if (form_parse(req->body.data, req->body.len, &req->arena, &f))
        return false;
    const char *hash = auth_reader_hash(app, req);
    const struct form_field *confirm = form_get(&f, "confirm");
    struct erase_again again = {
        .error = message,
        .confirm = confirm && confirm->value_len <= ME_CONFIRM_MAX
                       ? confirm->value
                       : NULL,
    };
    /* without a token there is no form: the message is the notice */
    me_page(app, req, resp, hash, hash ? NULL : message, 0, &again);
    resp->status = status;
    return true;
}

void me_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    const char *hash = auth_reader_hash(app, req);

    if (strcmp(req->path, "/me") == 0 && get) {
        int64_t before = 0;
        if (me_list_before(http_req_query(req, "before"), &before)) {
            respond_html_error(app, resp, 400, msg_get(MSG_ME_BAD_BEFORE));
            return;
        }
        me_page(app, req, resp, hash, NULL, before, NULL);
    } else if (strcmp(req->path, "/me/export") == 0 && get) {
        me_export(app, req, resp, hash);
    } else if (strcmp(req->path, "/me/erase") == 0 && post) {
        me_erase(app, req, resp, hash);
    } else if (strcmp(req->path, "/me/erase") == 0 && get) {
        me_page(app, req, resp, hash, NULL, 0, NULL);
    } else if (strcmp(req->path, "/me") == 0 ||
               strcmp(req->path, "/me/export") == 0) {
        respond_html_method(app, resp, "GET, HEAD");
    } else if (strcmp(req->path, "/me/erase") == 0) {
        respond_html_method(app, resp, "GET, HEAD, POST");
    } else {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    }
}
