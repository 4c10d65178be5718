/*
 * screening.c - see screening.h. Settings read per post (and once per
 * `charla rescreen`): hold_threshold (0..1), publish_profanity ("1" = on),
 * banned_words, suspect_words, protected_names (newline-separated lists).
 * They are small and indexed, and a post is rare next to reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/screening.h"
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
    const char *th = setting(st, a, "hold_threshold");
    if (th) {
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

void screening_json(struct buf *b, const struct screen_verdict *v,
                    const char *body, size_t len)
{
    buf_addf(b, "{\"score\":%.3f,\"category\":", (double)v->score);
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
    for (size_t i = 0; i < v->nspans; i++) {
        const struct screen_span *s = &v->spans[i];
        if ((size_t)s->offset + s->len > len)
            continue;
        if (i)
            buf_addc(b, ',');
        buf_addf(b, "{\"offset\":%u,\"len\":%u,\"category\":", s->offset,
                 s->len);
        if (s->category >= 0)
            json_quotes(b, screen_category_name(s->category));
        else
            buf_adds(b, "null");
        buf_adds(b, ",\"text\":");
        json_quote(b, body + s->offset, s->len);
        buf_addc(b, '}');
    }
    buf_adds(b, "]}");
}

int screening_run(struct app *app, struct http_req *req, const char *body,
                  size_t len, struct screening_result *out)
{
    struct screen_policy p;
    struct screen_verdict v;
    memset(out, 0, sizeof(*out));
    out->json = "";
    screening_policy(app->store, &req->arena, &p);
    struct model_ref *model = model_slot_acquire(app->model);
    int ret = screen_check(model_ref_model(model), &p, body, len, &v);
    model_ref_release(model);
    out->hold = v.hold;
    out->score = v.score;
    out->refuse = v.banned;
    if (v.banned)
        out->banned_word = arena_strdup(&req->arena, v.banned_word);
    if (v.hold) {
        struct buf j;
        buf_init(&j, 64 * 1024);
        screening_json(&j, &v, body, len);
        out->json =
            buf_failed(&j) ? "" : arena_strndup(&req->arena, j.data, j.len);
        buf_release(&j);
        if (!out->json)
            out->json = "";
    }
    return ret;
}
