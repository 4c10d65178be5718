/*
 * screening.c - see screening.h (and there, why a name and a body are
 * screened apart). Settings read per post, per redaction of a held
 * comment (and once per `charla rescreen`): hold_threshold (0..1),
 * publish_profanity ("1" = on), banned_words, suspect_words,
 * protected_names (newline-separated lists). They are small and indexed,
 * and a post is rare next to reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "api/screening.h"
#include "core/moderation.h"
#include "core/setting_keys.h"
#include "render/html.h"
#include "screen/screen.h"

static const char *setting(struct store *st, struct arena *a, const char *key)
{
    const char *v;
    return store_setting_get(st, key, a, &v) == 0 ? v : NULL;
}

void screening_policy(struct store *st, struct arena *a,
                      struct screen_policy *p)
{
    screen_policy_init(p);
    /* a value `charla setting set` refuses (stored by an older charla,
     * or by hand) is not used: the default is */
    const char *th = setting(st, a, "hold_threshold");
    if (th && !setting_key_check(setting_key_find("hold_threshold"), th)) {
        char *end;
        double d = strtod(th, &end);
        if (end != th && d > 0 && d <= 1)
            p->hold_threshold = (float)d;
    }
    const char *pp = setting(st, a, "publish_profanity");
    p->publish_profanity = pp && strcmp(pp, "1") == 0;
    p->banned_words = setting(st, a, "banned_words");
    p->suspect_words = setting(st, a, "suspect_words");
    p->protected_names = setting(st, a, "protected_names");
}

/* The members of one verdict's JSON object, without its braces; spans
 * outside text[0..len) are left out. */
static void verdict_members(struct buf *b, const struct screen_verdict *v,
                            const char *text, size_t len)
{
    buf_addf(b, "\"score\":%.3f,\"category\":", (double)v->score);
    if (v->category)
        json_quotes(b, v->category);
    else
        buf_adds(b, "null");
    buf_adds(b, ",\"categories\":{");
    for (int i = 0; i < SCREEN_NCAT; i++) {
        if (i)
            buf_addc(b, ',');
        json_quotes(b, screen_category_name(i));
        buf_addf(b, ":%.3f", (double)v->cat_score[i]);
    }
    buf_adds(b, "},\"spans\":[");
    size_t written = 0;
    for (size_t i = 0; text && i < v->nspans; i++) {
        const struct screen_span *s = &v->spans[i];
        if ((size_t)s->offset + s->len > len)
            continue;
        if (written++)
            buf_addc(b, ',');
        buf_addf(b, "{\"offset\":%u,\"len\":%u,\"category\":", s->offset,
                 s->len);
        if (s->category >= 0)
            json_quotes(b, screen_category_name(s->category));
        else
            buf_adds(b, "null");
        buf_adds(b, ",\"text\":");
        json_quote(b, text + s->offset, s->len);
        buf_addc(b, '}');
    }
    buf_addc(b, ']');
}

void screening_json(struct buf *b, const struct screen_verdict *v,
                    const char *body, size_t len)
{
    buf_addc(b, '{');
    verdict_members(b, v, body, len);
    buf_addc(b, '}');
}

int screening_check_pair(const struct screen_model *m,
                         const struct screen_policy *p, const char *body,
                         size_t len, const char *name, size_t name_len,
                         struct screening_pair *out)
{
    int ret = screen_check(m, p, body, len, &out->body);
    memset(&out->name, 0, sizeof(out->name));
    if (name && name_len) {
        struct screen_policy np = *p;
        np.display_name = true;
        int r = screen_check(m, &np, name, name_len, &out->name);
        if (r)
            ret = r;
    }
    return ret;
}

bool screening_pair_holds(const struct screening_pair *v)
{
    return v->body.hold || v->name.hold;
}

bool screening_pair_refuses(const struct screening_pair *v)
{
    return v->body.banned || v->name.banned;
}

void screening_pair_json(struct buf *b, const struct screening_pair *v,
                         const char *body, size_t len, const char *name,
                         size_t name_len)
{
    bool top_is_body = v->body.hold || !v->name.hold;
    buf_addc(b, '{');
    if (top_is_body)
        verdict_members(b, &v->body, body, len);
    else
        verdict_members(b, &v->name, NULL, 0);
    if (v->name.hold) {
        buf_adds(b, ",\"name\":{");
        verdict_members(b, &v->name, name, name_len);
        buf_addc(b, '}');
    }
    buf_addc(b, '}');
}

int screening_run_pair(struct app *app, struct http_req *req, const char *body,
                       size_t len, const char *name, size_t name_len,
                       struct screening_pair *out)
{
    struct screen_policy p;
    screening_policy(app->store, &req->arena, &p);
    struct model_ref *model = model_slot_acquire(app->model);
    int ret = screening_check_pair(model_ref_model(model), &p, body, len, name,
                                   name_len, out);
    model_ref_release(model);
    return ret;
}

/* pair_json screens body and name as a post does and answers the queue's
 * JSON of the verdicts, in req->arena ("" if that fails). */
static const char *pair_json(struct app *app, struct http_req *req,
                             const char *body, size_t len, const char *name)
{
    struct screening_pair v;
    int ret = screening_run_pair(app, req, body, len, name, strlen(name), &v);
    if (ret)
        return "";
    struct buf j;
    buf_init(&j, 64 * 1024);
    screening_pair_json(&j, &v, body, len, name, strlen(name));
    const char *json =
        buf_failed(&j) ? NULL : arena_strndup(&req->arena, j.data, j.len);
    buf_release(&j);
    return json ? json : "";
}

/* spans_cleared: screen (charla's own JSON) with no spans, marked so. */
static const char *spans_cleared(struct http_req *req, const char *screen)
{
    json_error_t jerr;
    json_t *root = json_loads(screen, JSON_REJECT_DUPLICATES, &jerr);
    const char *out = NULL;
    if (root && json_is_object(root) &&
        json_object_set_new(root, "spans", json_array()) == 0 &&
        json_object_set_new(root, "spans_cleared", json_true()) == 0) {
        char *s = json_dumps(root, JSON_COMPACT);
        if (s)
            out = arena_strdup(&req->arena, s);
        free(s);
    }
    json_decref(root);
    return out;
}

const char *screening_after_redact(struct app *app, struct http_req *req,
                                   const struct comment *c, const char *span)
{
    if (!c->screen[0])
        return NULL;
    struct buf body;
    buf_init(&body, 1 << 20);
    const char *json = "";
    if (span && span[0] && mod_redact(c->body, span, &body) > 0 &&
        !buf_failed(&body))
        json = pair_json(app, req, body.data, body.len, c->author_name);
    buf_release(&body);
    return json[0] ? json : spans_cleared(req, c->screen);
}

int screening_run(struct app *app, struct http_req *req, const char *body,
                  size_t len, const char *name, size_t name_len,
                  struct screening_result *out)
{
    struct screening_pair v;
    memset(out, 0, sizeof(*out));
    out->json = "";
    int ret = screening_run_pair(app, req, body, len, name, name_len, &v);
    out->hold = screening_pair_holds(&v);
    out->score = v.body.score > v.name.score ? v.body.score : v.name.score;
    out->refuse = screening_pair_refuses(&v);
    /* the body's word first: the name's is named only when it alone
       refuses the comment */
    out->refuse_name = !v.body.banned && v.name.banned;
    if (out->refuse)
        out->banned_word =
            arena_strdup(&req->arena, out->refuse_name ? v.name.banned_word
                                                       : v.body.banned_word);
    if (out->hold) {
        struct buf j;
        buf_init(&j, 64 * 1024);
        screening_pair_json(&j, &v, body, len, name, name_len);
        out->json =
            buf_failed(&j) ? "" : arena_strndup(&req->arena, j.data, j.len);
        buf_release(&j);
        if (!out->json)
            out->json = "";
    }
    return ret;
}

/* names_doxxing: verdict v (an object of screening data) or one of its
 * spans has the category "doxxing". */
static bool names_doxxing(json_t *v)
{
    json_t *category = json_object_get(v, "category");
    if (json_is_string(category) &&
        strcmp(json_string_value(category), "doxxing") == 0)
        return true;
    json_t *spans = json_object_get(v, "spans");
    size_t i;
    json_t *span;
    json_array_foreach(spans, i, span)
    {
        category = json_object_get(span, "category");
        if (json_is_string(category) &&
            strcmp(json_string_value(category), "doxxing") == 0)
            return true;
    }
    return false;
}

bool screening_is_doxxing(const char *screen)
{
    if (!screen || !screen[0])
        return false;
    json_error_t jerr;
    json_t *root = json_loads(screen, 0, &jerr);
    bool doxxing =
        json_is_object(root) &&
        (names_doxxing(root) || names_doxxing(json_object_get(root, "name")));
    json_decref(root);
    return doxxing;
}
