/*
 * fuzz_screen.c - screen_check with the committed model on any bytes: the
 * normaliser, the lexicon scan, the scorer and its word cache, every rule
 * grammar, the doxxing guard and the highlight, as a post runs them.
 *
 * fuzz_normalize covers the normaliser and the model-free checks; the
 * grammars only run with a model, and they are most of the code a reader
 * can reach with a comment. Byte 0 picks the site's settings (bit 0 the
 * word lists and protected names, bit 1 publishing swearing, bit 2 a low
 * threshold); the rest is the comment. Every verdict must be well formed,
 * and scoring the same comment again with a fresh scratch (an empty word
 * cache) must give the same verdict: the cache is there for speed only.
 */
#include <math.h>

#include "fuzz_util.h"
#include "screen/screen.h"
#include "screen/screen_int.h"

static struct screen_model *model;

static void setup(void)
{
    struct buf err;
    buf_init(&err, 4096);
    model = screen_model_load("models/charla.model", &err);
    if (!model) {
        fprintf(stderr, "fuzz_screen: %s (run from the repository root)\n",
                err.data);
        fuzz_die("model setup");
    }
    buf_release(&err);
}

static void check_verdict(const struct screen_verdict *v, size_t len,
                          const struct screen_policy *p, float thr)
{
    if (!(v->score >= 0.0f && v->score <= 1.0f))
        fuzz_die("score outside [0, 1]");
    for (int c = 0; c < SCREEN_NCAT; c++)
        if (!(v->cat_score[c] >= 0.0f && v->cat_score[c] <= 1.0f))
            fuzz_die("category score outside [0, 1]");
    /* a site that publishes swearing lets through comments held for it
     * alone, whatever their score */
    if (!v->hold && v->score >= thr && !p->publish_profanity)
        fuzz_die("a score at the threshold was not held");
    if (v->banned && !v->hold)
        fuzz_die("a banned word was not held");
    if (v->category && screen_category_from_name(v->category) < 0)
        fuzz_die("an unknown category name");
    if (v->category && !v->hold)
        fuzz_die("a category for a comment not held");
    if (v->banned && !memchr(v->banned_word, '\0', sizeof(v->banned_word)))
        fuzz_die("banned word not NUL-terminated");
    if (v->nspans > SCREEN_MAX_SPANS)
        fuzz_die("too many spans");
    for (size_t i = 0; i < v->nspans; i++) {
        const struct screen_span *s = &v->spans[i];
        if ((size_t)s->offset + s->len > len || s->len == 0)
            fuzz_die("span outside the text or empty");
        if (s->category >= SCREEN_NCAT)
            fuzz_die("span with an unknown category");
    }
}

static bool same_verdict(const struct screen_verdict *a,
                         const struct screen_verdict *b)
{
    if (a->hold != b->hold || a->banned != b->banned || a->score != b->score ||
        a->category != b->category || a->nspans != b->nspans ||
        memcmp(a->cat_score, b->cat_score, sizeof(a->cat_score)) != 0)
        return false;
    for (size_t i = 0; i < a->nspans; i++)
        if (a->spans[i].offset != b->spans[i].offset ||
            a->spans[i].len != b->spans[i].len ||
            a->spans[i].category != b->spans[i].category ||
            a->spans[i].weight != b->spans[i].weight)
            return false;
    return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!model)
        setup();
    const char *s = (const char *)data + 1;
    size_t len = size - 1;
    struct screen_policy p;
    screen_policy_init(&p);
    if (data[0] & 1) {
        p.banned_words = "pendejo\n# a comment line\n\nhijo de puta\n";
        p.suspect_words = "idiota\nsoplón\n";
        p.protected_names = "Juan P\xc3\xa9rez\nLa Tuta\n";
    }
    p.publish_profanity = (data[0] & 2) != 0;
    if (data[0] & 4)
        p.hold_threshold = 0.2f;
    float thr =
        p.hold_threshold > 0 ? p.hold_threshold : SCREEN_DEFAULT_THRESHOLD;

    /* the server's way: the thread's scratch, its word cache warm from
     * the inputs before */
    struct screen_verdict warm;
    if (screen_check(model, &p, s, len, &warm) != 0)
        return 0; /* out of memory: the verdict holds, nothing to check */
    check_verdict(&warm, len, &p, thr);

    struct screen_scratch sc;
    screen_scratch_init(&sc);
    struct screen_verdict cold;
    int rc = screen_check_scratch(model, &p, s, len, &cold, &sc);
    screen_scratch_release(&sc);
    if (rc == 0 && !same_verdict(&warm, &cold))
        fuzz_die("a warm word cache changed the verdict");
    return 0;
}
