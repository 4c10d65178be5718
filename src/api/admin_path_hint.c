/*
 * admin_path_hint.c - POST /admin/articles/path-hint: the path a save
 * would give an article with this title, for the hint under the article
 * editor's path field.
 *
 * Why a request: a path made from the title gets "-2", "-3", ... when
 * another article has or had it, and only the store knows which are
 * taken. The page is drawn with the right hint (admin_articles.c); as the
 * title is typed, web/path-hint.js shows the slug at once and then asks
 * here for the path itself, suffix included.
 *
 * Form fields: title (trimmed as a save trims it; at most what a save
 * takes: 300 characters, no control characters), id (the article edited,
 * absent or 0 for a new one: its own path is free to it) and csrf. The
 * answer is {"path":"/2026/11/title-2"}. Editors only, as the editor is;
 * a POST, so that an unpublished story's title stays out of the address
 * and of any proxy's log. Nothing is stored.
 */
#include <string.h>

#include "api/admin_int.h"
#include "render/html.h"
#include "render/msg.h"
#include "util/str.h"

#define JSON_TYPE "application/json; charset=utf-8"

void admin_article_path_hint(struct app *app, struct http_req *req,
                             struct http_resp *resp)
{
    struct form f;
    struct session se;
    if (req->body_too_big) {
        respond_json_error(resp, 413, "too_large",
                           msg_get(req->body_max > HTTP_BODY_MAX
                                       ? MSG_TOO_LARGE_STAFF
                                       : MSG_TOO_LARGE));
        return;
    }
    if (form_parse(req->body.data, req->body.len, &req->arena, &f)) {
        respond_json_error(resp, 400, "bad_request", msg_get(MSG_BAD_REQUEST));
        return;
    }
    if (!auth_staff(app, req, resp, ROLE_EDITOR, true, admin_field(&f, "csrf"),
                    AUTH_JSON, &se))
        return;
    const struct form_field *t = form_get(&f, "title");
    const char *title = t ? t->value : "";
    size_t len = t ? t->value_len : 0;
    if (strlen(title) != len) { /* a NUL inside */
        respond_json_error(resp, 422, "bad_title", msg_get(MSG_ADM_ERR_TITLE));
        return;
    }
    str_trim(&title, &len);
    title = arena_strndup(&req->arena, title, len);
    const char *id_text = admin_field(&f, "id");
    int64_t id = 0;
    if (id_text[0] && str_to_int(id_text, strlen(id_text), 0, INT64_MAX, &id)) {
        respond_json_error(resp, 422, "bad_id", msg_get(MSG_BAD_REQUEST));
        return;
    }
    const char *path = NULL;
    int ret =
        title ? admin_article_next_path(app, req, title, id, &path) : ERR_NOMEM;
    if (ret == ERR_INVALID) {
        respond_json_error(resp, 422, "bad_title", msg_get(MSG_ADM_ERR_TITLE));
        return;
    }
    if (ret) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"path\":");
    json_quotes(&resp->body, path);
    buf_addc(&resp->body, '}');
}
