/*
 * admin_screening.c - GET and POST /admin/screening: the screening
 * settings (hold_threshold, publish_profanity, banned_words,
 * suspect_words, protected_names)
 * for moderators, who have no shell for `charla setting`. A refused form
 * answers 422 with what was typed and stores nothing; a saved one goes
 * back to the page with "Saved.". The next post is screened with the new
 * values (the settings are read per post, see screening.c).
 */
#include <stdlib.h>
#include <string.h>

#include "api/admin_int.h"
#include "api/screening.h"
#include "core/post.h"
#include "render/msg.h"
#include "util/str.h"

/* A list setting's largest size, as `charla setting` allows. */
#define SCREENING_LIST_MAX (64u * 1024)

static const char *const screening_lists[] = {"banned_words", "suspect_words",
                                              "protected_names"};

/* A form field that is UTF-8 text without a NUL byte. */
static bool text_ok(const struct form_field *v)
{
    return strlen(v->value) == v->value_len &&
           str_utf8_valid(v->value, v->value_len);
}

/* The stored value of key ("" when unset), or NULL if the store failed. */
static const char *stored(struct app *app, struct http_req *req,
                          const char *key)
{
    const char *v = "";
    int ret = store_setting_get(app->store, key, &req->arena, &v);
    if (ret == ERR_NOTFOUND)
        return "";
    return ret ? NULL : v;
}

static void render(struct app *app, struct http_req *req,
                   struct http_resp *resp, const struct session *se, int status,
                   const struct admin_screening *s,
                   const struct admin_screening_try *tried, const char *flash,
                   const char *error)
{
    struct admin_ctx ctx;
    admin_page_begin(app, se, resp, status, flash, error, &ctx);
    page_admin_screening(&resp->body, &ctx, s, tried);
}

/* The model in use, for the page (in the request's arena; NULL when out
 * of memory, and the page leaves the section out). */
static const struct admin_screening_model *
model_of(struct app *app, struct http_req *req, const struct session *se)
{
    struct model_slot_status *st = arena_alloc(&req->arena, sizeof(*st));
    struct admin_screening_model *m = arena_alloc(&req->arena, sizeof(*m));
    if (!st || !m)
        return NULL;
    model_slot_status(app->model, st);
    *m = (struct admin_screening_model){
        .loaded = st->loaded,
        .path = arena_strdup(&req->arena, st->path),
        .version = st->info.version,
        .n_train = st->info.n_train,
        .permissive = st->info.permissive,
        .checksum = st->info.checksum,
        .loaded_at = st->loaded_at,
        .failed_at = st->failed_at,
        .error = arena_strdup(&req->arena, st->error),
        .can_reload = se->user.role >= ROLE_ADMIN};
    return m->path && m->error ? m : NULL;
}

/* The stored settings into *s; false (503 written) if the store failed. */
static bool load_settings(struct app *app, struct http_req *req,
                          struct http_resp *resp, const struct session *se,
                          struct admin_screening *s)
{
    const char *profanity = stored(app, req, "publish_profanity");
    *s = (struct admin_screening){
        .hold_threshold = stored(app, req, "hold_threshold"),
        .publish_profanity = profanity && strcmp(profanity, "1") == 0,
        .banned_words = stored(app, req, "banned_words"),
        .suspect_words = stored(app, req, "suspect_words"),
        .protected_names = stored(app, req, "protected_names"),
        .model = model_of(app, req, se)};
    if (!profanity || !s->hold_threshold || !s->banned_words ||
        !s->suspect_words || !s->protected_names) {
        respond_html_unavailable(app, resp);
        return false;
    }
    return true;
}

void admin_screening_get(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    struct admin_screening s;
    if (!load_settings(app, req, resp, &se, &s))
        return;
    const char *done = http_req_query(req, "done");
    const char *flash = NULL;
    if (done && strcmp(done, "saved") == 0)
        flash = msg_get(MSG_ADM_DONE_SAVED);
    else if (done && strcmp(done, "model") == 0)
        flash = msg_get(MSG_ADM_DONE_MODEL);
    render(app, req, resp, &se, 200, &s, NULL, flash, NULL);
}

/*
 * POST /admin/screening/model (administrators): loads the model file
 * again and puts it in use if it loads and checks, as SIGHUP does. A file
 * that does not load answers 422 with the reason, and the model in use
 * stays.
 */
void admin_screening_model(struct app *app, struct http_req *req,
                           struct http_resp *resp)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_ADMIN, &f, &se))
        return;
    struct buf err;
    buf_init(&err, 4096);
    const char *who =
        arena_sprintf(&req->arena, "staff user %lld", (long long)se.user_id);
    int ret = app_reload_model(app, who ? who : "staff", &err);
    if (ret == 0) {
        buf_release(&err);
        respond_redirect(req, resp, 303, "/admin/screening?done=model");
        return;
    }
    const char *why = arena_sprintf(&req->arena, "%s %s",
                                    msg_get(MSG_ADM_SCR_ERR_MODEL), err.data);
    buf_release(&err);
    struct admin_screening s;
    if (!load_settings(app, req, resp, &se, &s))
        return;
    render(app, req, resp, &se, 422, &s, NULL, NULL,
           why ? why : msg_get(MSG_ADM_SCR_ERR_MODEL));
}

/*
 * POST /admin/screening/try: screens a comment as a post would be, with
 * the stored settings, and shows the verdict. Nothing is posted, stored
 * or logged.
 */
void admin_screening_try(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &f, &se))
        return;
    struct admin_screening s;
    if (!load_settings(app, req, resp, &se, &s))
        return;
    const struct form_field *v = form_get(&f, "text");
    const char *text = v ? v->value : "";
    size_t len = v ? v->value_len : 0;
    if ((v && !text_ok(v)) || str_utf8_count(text, len) > POST_BODY_MAX_CHARS) {
        render(app, req, resp, &se, 422, &s, NULL, NULL,
               msg_get(MSG_ADM_SCR_ERR_TRY));
        return;
    }
    struct screening_result r;
    if (screening_run(app, req, text, len, NULL, 0, &r)) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct admin_screening_try t = {.text = text,
                                    .refused = r.refuse,
                                    .banned_word = r.banned_word,
                                    .held = r.hold,
                                    .score = r.score,
                                    .json = r.json};
    render(app, req, resp, &se, 200, &s, &t, NULL, NULL);
}

/* A threshold as typed: empty (the default) or a number in (0, 1]. */
static bool threshold_ok(const char *v)
{
    size_t len = strlen(v);
    if (len == 0)
        return true;
    if (len > 5 || strspn(v, "0123456789.") != len)
        return false;
    char *end = NULL;
    double d = strtod(v, &end);
    return end == v + len && d > 0 && d <= 1;
}

/* A list as typed, without the carriage returns a browser sends; NULL if
 * it is too long, not UTF-8 or holds a NUL. */
static const char *list_of(struct http_req *req, const struct form *f,
                           const char *name)
{
    const struct form_field *v = form_get(f, name);
    if (!v)
        return "";
    if (v->value_len > SCREENING_LIST_MAX || !text_ok(v))
        return NULL;
    char *out = arena_alloc(&req->arena, v->value_len + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < v->value_len; i++)
        if (v->value[i] != '\r')
            out[k++] = v->value[i];
    out[k] = '\0';
    return out;
}

void admin_screening_post(struct app *app, struct http_req *req,
                          struct http_resp *resp)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &f, &se))
        return;
    const char *th = admin_field(&f, "hold_threshold");
    size_t th_len = strlen(th);
    str_trim(&th, &th_len);
    const char *lists[3];
    for (size_t i = 0; i < 3; i++)
        lists[i] = list_of(req, &f, screening_lists[i]);
    /* a checkbox: sent as "1" when ticked, absent when not */
    bool profanity = strcmp(admin_field(&f, "publish_profanity"), "1") == 0;
    struct admin_screening s = {
        .hold_threshold = arena_strndup(&req->arena, th, th_len),
        .publish_profanity = profanity,
        .banned_words = lists[0] ? lists[0] : admin_field(&f, "banned_words"),
        .suspect_words = lists[1] ? lists[1] : admin_field(&f, "suspect_words"),
        .protected_names =
            lists[2] ? lists[2] : admin_field(&f, "protected_names")};
    const char *error = NULL;
    if (!s.hold_threshold || !threshold_ok(s.hold_threshold))
        error = msg_get(MSG_ADM_SCR_ERR_THRESHOLD);
    else if (!lists[0] || !lists[1] || !lists[2])
        error = msg_get(MSG_ADM_SCR_ERR_LIST);
    if (error) {
        if (!s.hold_threshold)
            s.hold_threshold = "";
        render(app, req, resp, &se, 422, &s, NULL, NULL, error);
        return;
    }
    const char *values[5] = {s.hold_threshold, profanity ? "1" : "0", lists[0],
                             lists[1], lists[2]};
    const char *keys[5] = {"hold_threshold", "publish_profanity",
                           screening_lists[0], screening_lists[1],
                           screening_lists[2]};
    for (size_t i = 0; i < 5; i++) {
        if (store_setting_set(app->store, keys[i], values[i])) {
            respond_html_unavailable(app, resp);
            return;
        }
    }
    respond_redirect(req, resp, 303, "/admin/screening?done=saved");
}
