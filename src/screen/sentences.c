/*
 * sentences.c - the second look: a comment the model would publish is read
 * again one sentence at a time.
 *
 * The model adds up evidence over the whole comment, so harmless words
 * around an abusive sentence pull its score down: "<an insult>. Thanks
 * for the article." is published where the insult alone is held (on the
 * tuning rows, a harmless closing sentence let go about one held comment
 * in seven, models/README.md). So when nothing holds a comment, each of
 * its sentences of three words or more is scored on its own, with the
 * same weights and the comment's shape features, and the comment is held
 * if one of them reaches the hold threshold plus SCREEN_SENTENCE_MARGIN.
 * The margin keeps the second look from holding what only a short
 * sentence out of context makes look bad: with it, the hold decision's
 * macro-F1 on the dev rows is unchanged. A comment whose own score lies
 * far under the threshold is read again only if it is long
 * (SCREEN_SENTENCE_LONG words): there the ordinary sentences around an
 * abusive one pull the whole score furthest down. A sentence that is
 * mostly a quotation reports what someone said and holds nothing here.
 *
 * A sentence ends where the text between two words holds '.', '!', '?',
 * ';', '…' or a line break. Each sentence is scored once, from what the
 * comment's own score left (score.c: its words' sums, its n-grams across
 * words), bit for bit as if it were a text alone; only a held sentence
 * is scored again from its text, for the highlight.
 */
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"

bool screen_sentence_gap_ends(const char *text, uint32_t q, uint32_t end)
{
    for (; q < end; q++) {
        unsigned char c = (unsigned char)text[q];
        if (c < 64 && ((SCREEN_SENTENCE_END_BYTES >> c) & 1))
            return true;
        /* U+2026 HORIZONTAL ELLIPSIS */
        if (c == 0xe2 && q + 2 < end && (unsigned char)text[q + 1] == 0x80 &&
            (unsigned char)text[q + 2] == 0xa6)
            return true;
    }
    return false;
}

size_t screen_sentence_view(const struct screen_norm *n,
                            const struct screen_hit *hits, size_t nh, size_t a,
                            size_t b, struct screen_tok *tok,
                            struct screen_norm *v, struct screen_hit *in)
{
    uint32_t base = n->tok[a].off;
    for (size_t i = a; i < b; i++) {
        tok[i - a] = n->tok[i];
        tok[i - a].off -= base;
    }
    *v = *n;
    v->tok = tok;
    v->ntok = b - a;
    v->text = n->text + base;
    v->len = n->tok[b - 1].off + n->tok[b - 1].len - base;
    size_t k = 0;
    for (size_t i = 0; i < nh; i++) {
        if (hits[i].tok < a || hits[i].tok + hits[i].ntok > b)
            continue;
        in[k] = hits[i];
        in[k].tok -= (uint32_t)a;
        k++;
    }
    return k;
}

/* Scores tokens [a, b) of sc->n alone with screen_score, which leaves
 * sc's scoring state (tok_hold, extra) to them: their words, pairs and
 * n-grams, the lexicon hits that lie inside them, the comment's shape. */
static int sentence_score(const struct screen_model *m,
                          struct screen_scratch *sc,
                          const struct screen_hit *hits, size_t nh, size_t a,
                          size_t b, float z[SCREEN_NHEADS])
{
    struct screen_norm v;
    struct screen_hit in[SCREEN_MAX_HITS];
    size_t k =
        screen_sentence_view(&sc->n, hits, nh, a, b, sc->sent_tok, &v, in);
    return screen_score(m, &v, in, k, sc, z);
}

/* Whether SCREEN_SENTENCE_QUOTED or more of tokens [a, b) of n stand
 * inside a quotation. */
static bool sentence_quotes(const struct screen_norm *n, const char *text,
                            size_t len, struct screen_quotes *qs, size_t a,
                            size_t b)
{
    size_t quoted = 0;
    for (size_t t = a; t < b && quoted < SCREEN_SENTENCE_QUOTED; t++)
        quoted += screen_quoted(qs, n, text, len, t);
    return quoted >= SCREEN_SENTENCE_QUOTED;
}

int screen_sentence_look(const struct screen_model *m,
                         struct screen_scratch *sc, const char *text,
                         size_t len, struct screen_quotes *qs,
                         const struct screen_hit *hits, size_t nh, float need,
                         struct screen_sentence *best)
{
    const struct screen_norm *n = &sc->n;
    size_t nt = n->ntok;
    if (nt <= SCREEN_SENTENCE_MIN_TOKENS)
        return 0;
    if (nt > sc->sent_cap) {
        struct screen_tok *t = realloc(sc->sent_tok, nt * sizeof(*t));
        if (!t)
            return ERR_NOMEM;
        sc->sent_tok = t;
        sc->sent_cap = nt;
    }
    /* each sentence from what the comment's score left in sc
     * (screen_score_sentence), which it keeps */
    float top = -1.0f, z[SCREEN_NHEADS];
    size_t top_a = 0, top_b = 0;
    struct screen_cross_walk walk = {0, 0};
    for (size_t a = 0, b = 1; b <= nt; b++) {
        if (b < nt && !screen_sentence_break(text, &n->tok[b - 1], &n->tok[b]))
            continue;
        if (b - a >= SCREEN_SENTENCE_MIN_TOKENS && b - a < nt) {
            screen_score_sentence(m, sc, hits, nh, a, b, &walk, z);
            float p = m->hdr->scale[SCREEN_HEAD_HOLD] > 0
                          ? screen_sigmoid(z[SCREEN_HEAD_HOLD])
                          : 0.0f;
            if (p > top &&
                (p < need || !sentence_quotes(n, text, len, qs, a, b))) {
                top = p;
                top_a = a;
                top_b = b;
                memcpy(best->z, z, sizeof(z));
            }
        }
        a = b;
    }
    if (top < need)
        return 0;
    /* leave sc's scoring state (tok_hold, extra) to the best sentence,
     * for the highlight */
    int rc = sentence_score(m, sc, hits, nh, top_a, top_b, z);
    if (rc)
        return rc;
    best->first = (uint32_t)top_a;
    best->ntok = (uint32_t)(top_b - top_a);
    return 1;
}
