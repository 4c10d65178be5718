/*
 * me.c - what a reader can do about their own data: export and erasure.
 *
 *   GET  /me          a page explaining both, with two forms (no JS needed)
 *   GET  /me/export   JSON of every comment made with the reader's token
 *   POST /me/erase    confirm=erase and the page's erase token: every
 *                     comment of the reader becomes a "deleted by its
 *                     author" tombstone and the token cookie is cleared
 *
 * A reader is known only by the charla_reader cookie; the store has the
 * keyed hash of its token (author_hash), so "the reader's comments" are
 * store_comments_by_author(hash). Nothing here needs an account.
 *
 * Erasure goes through the store's moderation transition, one comment at a
 * time, with erase_identity set: the body, the display name, the screening
 * data and the reasons of reports about it are erased for good (as a purge
 * does, the SQLite write-ahead log is checkpointed), one audit row each
 * (actor "reader"). A live comment becomes DELETED; a comment a moderator
 * removed stays REMOVED (the moderator's tombstone and reason stay) but
 * loses its text. The author's 15-minute limit on deleting (mod.c) is for
 * deleting a single comment in a live thread; leaving the site is not
 * limited in time. The comments keep their author_hash, so a repeated
 * erase finds nothing left to erase and an export shows the tombstones.
 *
 * CSRF: the reader cookie is SameSite=Lax, except in embed mode where it
 * is SameSite=None (see embed.c); so the erase form also carries a token
 * derived from the reader's own token with the site key, which another
 * site cannot know, and a request with a foreign Origin is refused.
 */
#include <sodium.h>
#include <string.h>

#include "api/auth.h"
#include "api/hooks.h"
#include "core/moderation.h"
#include "http/form.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"

#define HTML_TYPE "text/html; charset=utf-8"
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

/* same_origin: no Origin header, or one naming this host. */
static bool same_origin(struct http_req *req)
{
    const char *origin = http_req_header(req, "Origin");
    const char *host = http_req_header(req, "Host");
    if (!origin)
        return true;
    if (!host)
        return false;
    const char *p = strstr(origin, "://");
    return p && strcmp(p + 3, host) == 0;
}

static void me_page(struct app *app, struct http_req *req,
                    struct http_resp *resp, const char *hash,
                    const char *notice)
{
    struct buf *b = &resp->body;
    resp->content_type = HTML_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    page_begin(b, &app->site, "Your data");
    html_lit(b, "<section class=\"me\"><h1>Your data</h1>\n");
    if (notice) {
        html_lit(b, "<p class=\"notice\" role=\"status\">");
        html_texts(b, notice);
        html_lit(b, "</p>\n");
    }
    html_lit(b, "<p>This site has no accounts. When you first post, your "
                "browser gets a random token in a cookie (charla_reader). The "
                "site stores only a keyed hash of it next to your comments, "
                "and never your IP address.</p>\n");
    if (!hash) {
        html_lit(b, "<p>This browser has no reader token, so there is "
                    "nothing here to export or erase.</p>\n");
    } else {
        size_t n = 0;
        struct comment *cs = NULL;
        if (store_comments_by_author(app->store, hash, &req->arena, &cs, &n))
            n = 0;
        html_lit(b, "<p>Comments made with this browser's token: ");
        html_int(b, (int64_t)n);
        html_lit(b, ".</p>\n"
                    "<h2>Export</h2>\n<p>Download every comment you made "
                    "with this token (article, number, date, text, status) "
                    "as JSON.</p>\n<form method=\"get\" "
                    "action=\"/me/export\"><button type=\"submit\">"
                    "Download my comments</button></form>\n"
                    "<h2>Erase</h2>\n<p>Erasing turns every comment you made "
                    "with this token into a tombstone that says \"deleted by "
                    "its author\": the text and name are erased for good, "
                    "the numbers stay so replies still make sense. Then this "
                    "browser forgets the token. This cannot be undone.</p>\n"
                    "<form method=\"post\" action=\"/me/erase\">"
                    "<input type=\"hidden\" name=\"token\" value=\"");
        char tok[33];
        erase_token(app, hash, tok);
        html_attrs(b, tok);
        html_lit(b, "\"><label>Type <kbd>erase</kbd> to confirm: "
                    "<input name=\"confirm\" autocomplete=\"off\" "
                    "required></label> <button type=\"submit\">Erase all my "
                    "comments</button></form>\n");
    }
    html_lit(b, "<p><a href=\"/\">Back to the front page</a></p></section>\n");
    page_end(b);
}

static void me_export(struct app *app, struct http_req *req,
                      struct http_resp *resp, const char *hash)
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
 * comment erased or already gone.
 */
static int erase_one(struct app *app, const struct comment *c)
{
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
        t.to = COMMENT_DELETED;
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
    return ret == ERR_NOTFOUND ? 0 : ret;
}

static void me_erase(struct app *app, struct http_req *req,
                     struct http_resp *resp, const char *hash)
{
    struct form f;
    if (!same_origin(req)) {
        respond_html_error(app, resp, 403,
                           "This form can only be sent from this site.");
        return;
    }
    if (form_parse(req->body.data, req->body.len, &req->arena, &f)) {
        respond_html_error(app, resp, 400, "The form could not be read.");
        return;
    }
    if (!hash) {
        me_page(app, req, resp, NULL,
                "This browser has no reader token: nothing to erase.");
        return;
    }
    const struct form_field *confirm = form_get(&f, "confirm");
    const struct form_field *token = form_get(&f, "token");
    char want[33];
    erase_token(app, hash, want);
    if (!token || token->value_len != 32 ||
        sodium_memcmp(token->value, want, 32) != 0) {
        respond_html_error(app, resp, 403,
                           "This form is out of date. Open /me again and "
                           "resend it.");
        return;
    }
    if (!confirm || strcmp(confirm->value, "erase") != 0) {
        resp->status = 422;
        me_page(app, req, resp, hash,
                "Nothing was erased: type the word erase to confirm.");
        return;
    }
    struct comment *cs = NULL;
    size_t n = 0, erased = 0;
    int ret = store_comments_by_author(app->store, hash, &req->arena, &cs, &n);
    for (size_t i = 0; ret == 0 && i < n; i++) {
        ret = erase_one(app, &cs[i]);
        /* someone changed it meanwhile: read it again, once */
        if (ret == ERR_CONFLICT &&
            store_comment_get(app->store, cs[i].id, &req->arena, &cs[i]) == 0)
            ret = erase_one(app, &cs[i]);
        if (ret == 0)
            erased++;
    }
    if (ret) {
        respond_html_error(app, resp, 503,
                           "Not everything could be erased. Please try "
                           "again: what is erased stays erased.");
        return;
    }
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    http_resp_header(resp, "Set-Cookie",
                     https ? "charla_reader=; Path=/; Max-Age=0; HttpOnly; "
                             "SameSite=Lax; Secure"
                           : "charla_reader=; Path=/; Max-Age=0; HttpOnly; "
                             "SameSite=Lax");
    const char *msg = arena_sprintf(
        &req->arena,
        "Done: %zu comment%s erased, and this browser no longer has a "
        "reader token.",
        erased, erased == 1 ? "" : "s");
    me_page(app, req, resp, NULL, msg ? msg : "Done.");
}

void me_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    const char *hash = auth_reader_hash(app, req);

    if (strcmp(req->path, "/me") == 0 && get) {
        me_page(app, req, resp, hash, NULL);
    } else if (strcmp(req->path, "/me/export") == 0 && get) {
        me_export(app, req, resp, hash);
    } else if (strcmp(req->path, "/me/erase") == 0 && post) {
        me_erase(app, req, resp, hash);
    } else if (strcmp(req->path, "/me/erase") == 0 && get) {
        me_page(app, req, resp, hash, NULL);
    } else if (strcmp(req->path, "/me") == 0 ||
               strcmp(req->path, "/me/export") == 0) {
        respond_html_error(app, resp, 405, "Method not allowed.");
    } else {
        respond_html_error(app, resp, 404, "Not found.");
    }
}
