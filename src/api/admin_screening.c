/*
 * admin_screening.c - GET and POST /admin/screening: the screening
 * settings (hold_threshold, publish_profanity, banned_words,
 * suspect_words, protected_names)
 * for moderators, who have no shell for `charla setting`. A refused form
 * answers 422 with what was typed and stores nothing; a saved one goes
 * back to the page with "Saved.". The next post is screened with the new
 * values (the settings are read per post, see screening.c).
 *
 * Two moderators may have the page open at once. The form carries the
 * fingerprint of each value it showed (hidden field "base", see
 * setting_change.h). A save is refused with 409 when a setting changed
 * since the form was loaded and the form holds another value for it (it
 * would undo that change unseen): the form comes back with what was typed,
 * the settings this moderator did not edit taking their stored values,
 * what is stored now shown below, and a new base, so that saving again
 * replaces only what they typed, knowingly. The check and the writes are
 * one transaction, and each write lands only if the value is still the
 * one read (store_setting_swap). Every save writes an audit row
 * "settings" naming what changed.
 */
#include <stdlib.h>
#include <string.h>

#include "api/admin_int.h"
#include "api/screening.h"
#include "core/setting_change.h"
#include "core/setting_keys.h"
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

/* The keys in the order of enum admin_screening_key. */
static const char *const screening_keys[SCREENING_KEYS] = {
    "hold_threshold", "publish_profanity", "banned_words", "suspect_words",
    "protected_names"};

/* values_of: s's settings as the form shows them, by key. */
static void values_of(const struct admin_screening *s,
                      const char *v[SCREENING_KEYS])
{
    v[SCREENING_HOLD_THRESHOLD] = s->hold_threshold;
    v[SCREENING_PUBLISH_PROFANITY] = s->publish_profanity ? "1" : "0";
    v[SCREENING_BANNED_WORDS] = s->banned_words;
    v[SCREENING_SUSPECT_WORDS] = s->suspect_words;
    v[SCREENING_PROTECTED_NAMES] = s->protected_names;
}

/* set_value sets s's setting i to v (as values_of gives it). */
static void set_value(struct admin_screening *s, size_t i, const char *v)
{
    switch (i) {
    case SCREENING_HOLD_THRESHOLD:
        s->hold_threshold = v;
        break;
    case SCREENING_PUBLISH_PROFANITY:
        s->publish_profanity = strcmp(v, "1") == 0;
        break;
    case SCREENING_BANNED_WORDS:
        s->banned_words = v;
        break;
    case SCREENING_SUSPECT_WORDS:
        s->suspect_words = v;
        break;
    case SCREENING_PROTECTED_NAMES:
        s->protected_names = v;
        break;
    }
}

/* base_of: the fingerprints of s's values, dot-separated ("" when out of
 * memory, which a save then treats as a form from nobody knows when). */
static const char *base_of(struct http_req *req,
                           const struct admin_screening *s)
{
    const char *v[SCREENING_KEYS];
    values_of(s, v);
    char *out =
        arena_alloc(&req->arena, SCREENING_KEYS * (SETTING_PRINT_HEX + 1));
    if (!out)
        return "";
    for (size_t i = 0; i < SCREENING_KEYS; i++) {
        setting_print(v[i], out + i * (SETTING_PRINT_HEX + 1));
        if (i + 1 < SCREENING_KEYS)
            out[(i + 1) * (SETTING_PRINT_HEX + 1) - 1] = '.';
    }
    return out;
}

/* base_matches: does the form's base hold value's fingerprint for key i? */
static bool base_matches(const char *base, size_t i, const char *value)
{
    char print[SETTING_PRINT_HEX + 1];
    if (strlen(base) != SCREENING_KEYS * (SETTING_PRINT_HEX + 1) - 1)
        return false;
    setting_print(value, print);
    return memcmp(base + i * (SETTING_PRINT_HEX + 1), print,
                  SETTING_PRINT_HEX) == 0;
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
    s->base = base_of(req, s);
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
    if (done && strcmp(done, "saved") == 0) {
        flash = msg_get(MSG_ADM_DONE_SAVED);
        s.shows = ADMIN_FORM_SAVED;
    } else if (done && strcmp(done, "model") == 0)
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

/* part_of: one text's verdict (the comment's or the name's) as the try
 * box shows it; its JSON (scores, and spans into text) in req->arena. */
static struct admin_screening_part part_of(struct http_req *req,
                                           const struct screen_verdict *v,
                                           const char *text, size_t len)
{
    struct admin_screening_part part = {
        .refused = v->banned, .held = v->hold, .score = v->score, .json = ""};
    if (v->banned)
        part.banned_word = arena_strdup(&req->arena, v->banned_word);
    if (v->hold && !v->banned) {
        struct buf j;
        buf_init(&j, 64 * 1024);
        screening_json(&j, v, text, len);
        const char *json =
            buf_failed(&j) ? NULL : arena_strndup(&req->arena, j.data, j.len);
        buf_release(&j);
        part.json = json ? json : "";
    }
    return part;
}

/*
 * POST /admin/screening/try: screens a comment, and the display name a
 * reader would give with it (optional), as a post would be screened, with
 * the stored settings, and shows the verdict: the post's, and each text's
 * apart when a name is given. The limits are a post's (5,000 characters,
 * a name of 40 without control characters, trimmed as it would be
 * stored). Nothing is posted, stored or logged.
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
    const struct form_field *nv = form_get(&f, "name");
    const char *text = v ? v->value : "";
    size_t len = v ? v->value_len : 0;
    const char *name = nv ? nv->value : "";
    size_t name_len = nv ? nv->value_len : 0;
    bool text_bad =
        (v && !text_ok(v)) || str_utf8_count(text, len) > POST_BODY_MAX_CHARS;
    bool name_bad = nv && !text_ok(nv);
    if (!name_bad) {
        str_trim(&name, &name_len);
        name_bad = name_len && !post_check_name(name, name_len);
    }
    if (text_bad || name_bad) {
        /* the box keeps what was typed, unless it is not text at all */
        struct admin_screening_try kept = {.text = v && text_ok(v) ? text : "",
                                           .name = nv && text_ok(nv) ? nv->value
                                                                     : ""};
        render(app, req, resp, &se, 422, &s, &kept, NULL,
               msg_get(text_bad ? MSG_ADM_SCR_ERR_TRY : MSG_POST_BAD_NAME));
        return;
    }
    name = arena_strndup(&req->arena, name, name_len);
    struct screening_pair pair;
    if (!name ||
        screening_run_pair(app, req, text, len, name, name_len, &pair)) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* the post's verdict as posting gives it: refused if either text uses
       a banned word (the comment's word named first), held if either is */
    struct admin_screening_try t = {
        .text = text,
        .name = name,
        .checked = true,
        .body = part_of(req, &pair.body, text, len),
        .name_verdict = part_of(req, &pair.name, name, name_len),
        .refused = screening_pair_refuses(&pair),
        .refused_name = !pair.body.banned && pair.name.banned,
        .held = screening_pair_holds(&pair),
        .score = pair.body.score > pair.name.score ? pair.body.score
                                                   : pair.name.score};
    t.banned_word =
        t.refused_name ? t.name_verdict.banned_word : t.body.banned_word;
    render(app, req, resp, &se, 200, &s, &t, NULL, NULL);
}

/* A threshold as typed: empty (the default) or what `charla setting set
 * hold_threshold` takes (core/setting_keys.c), one rule for both. */
static bool threshold_ok(const char *v)
{
    return v[0] == '\0' ||
           !setting_key_check(setting_key_find("hold_threshold"), v);
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

/*
 * write_changes writes the settings of s that differ from now's (whose raw
 * stored values are raw), each only if still raw, and the audit row; in
 * the caller's transaction. ERR_CONFLICT, writing nothing, if a setting
 * changed since the form's base and s holds another value for it.
 */
static int write_changes(struct app *app, const struct session *se,
                         const struct admin_screening *s,
                         const struct admin_screening *now,
                         const char *raw[SCREENING_KEYS], const char *base)
{
    const char *mine[SCREENING_KEYS], *cur[SCREENING_KEYS];
    values_of(s, mine);
    values_of(now, cur);
    for (size_t i = 0; i < SCREENING_KEYS; i++)
        if (!base_matches(base, i, cur[i]) && strcmp(mine[i], cur[i]) != 0)
            return ERR_CONFLICT;
    struct buf note;
    buf_init(&note, 4096);
    int ret = 0;
    for (size_t i = 0; i < SCREENING_KEYS && ret == 0; i++) {
        if (strcmp(mine[i], cur[i]) == 0)
            continue;
        bool list = i >= SCREENING_BANNED_WORDS;
        setting_note_add(&note, screening_keys[i],
                         i == SCREENING_PUBLISH_PROFANITY
                             ? (now->publish_profanity ? "on" : "off")
                             : cur[i],
                         i == SCREENING_PUBLISH_PROFANITY
                             ? (s->publish_profanity ? "on" : "off")
                             : mine[i],
                         list);
        ret =
            store_setting_swap(app->store, screening_keys[i], raw[i], mine[i]);
    }
    if (ret == 0 && buf_failed(&note))
        ret = ERR_NOMEM;
    struct audit_entry e = {.at = app->now(),
                            .actor = se->user.name,
                            .action = "settings",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = "screening",
                            .note = note.len ? note.data : "no change"};
    if (ret == 0)
        ret = store_audit_add(app->store, &e);
    buf_release(&note);
    return ret;
}

/*
 * save stores the form's settings s (already checked) unless someone else
 * changed one of them since the form's base: then 409 and the form again,
 * with what is stored now below it. Redirects to "Saved." on success.
 */
static void save(struct app *app, struct http_req *req, struct http_resp *resp,
                 const struct session *se, struct admin_screening *s,
                 const char *base)
{
    struct admin_screening *now = arena_alloc(&req->arena, sizeof(*now));
    const char *raw[SCREENING_KEYS];
    if (!now || store_begin(app->store)) {
        respond_html_unavailable(app, resp);
        return;
    }
    int ret = 0;
    for (size_t i = 0; i < SCREENING_KEYS && ret == 0; i++) {
        raw[i] = stored(app, req, screening_keys[i]);
        if (!raw[i])
            ret = ERR_DB;
    }
    if (ret == 0) {
        *now = (struct admin_screening){
            .hold_threshold = raw[SCREENING_HOLD_THRESHOLD],
            .publish_profanity =
                strcmp(raw[SCREENING_PUBLISH_PROFANITY], "1") == 0,
            .banned_words = raw[SCREENING_BANNED_WORDS],
            .suspect_words = raw[SCREENING_SUSPECT_WORDS],
            .protected_names = raw[SCREENING_PROTECTED_NAMES]};
        ret = write_changes(app, se, s, now, raw, base);
    }
    if (ret == 0)
        ret = store_commit(app->store);
    else
        store_rollback(app->store);
    if (ret == 0) {
        respond_redirect(req, resp, 303, "/admin/screening?done=saved");
        return;
    }
    if (ret != ERR_CONFLICT) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* read again: a swap that lost a race left now stale itself */
    struct admin_screening fresh;
    if (!load_settings(app, req, resp, se, &fresh))
        return;
    const char *mine[SCREENING_KEYS], *cur[SCREENING_KEYS];
    values_of(s, mine);
    values_of(&fresh, cur);
    /* show what someone else changed since the form was loaded; what this
     * moderator did not edit takes the stored value, so that saving again
     * replaces only what they typed */
    unsigned stale = 0;
    for (size_t i = 0; i < SCREENING_KEYS; i++) {
        if (!base_matches(base, i, cur[i]))
            stale |= 1u << i;
        if (base_matches(base, i, mine[i]))
            set_value(s, i, cur[i]);
    }
    *now = fresh;
    now->model = NULL;
    s->model = fresh.model;
    s->base = fresh.base;
    s->stored_now = now;
    s->changed = stale;
    render(app, req, resp, se, 409, s, NULL, NULL,
           msg_get(MSG_ADM_SCR_ERR_STALE));
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
    s.base = admin_field(&f, "base");
    s.shows = ADMIN_FORM_POSTED;
    if (error) {
        if (!s.hold_threshold)
            s.hold_threshold = "";
        render(app, req, resp, &se, 422, &s, NULL, NULL, error);
        return;
    }
    save(app, req, resp, &se, &s, admin_field(&f, "base"));
}
