/*
 * repeats.h - which words and pairs of words of a comment came before.
 *
 * Repeats count once (screen_int.h, SCREEN_REP_WORD): the scorer, the
 * training's feature list and the highlight all need each token's mark.
 * Comparing every token with every one before it costs the square of a
 * comment's length, and a comment of 2,500 one-letter words is 3 million
 * comparisons; two open-addressing tables find the same marks in one
 * pass. Inline, as the scorer calls it once per token of every comment.
 */
#ifndef CHARLA_SCREEN_REPEATS_H
#define CHARLA_SCREEN_REPEATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "screen/screen_int.h"

/* The finder's two tables of token numbers + 1, cap slots each. */
struct screen_seen {
    uint32_t *words, *pairs;
    size_t cap;
};

/* Slots per table for a text of ntok tokens: a power of two, at least two
 * per token. The caller gives the finder 2 * this many uint32_t. */
static inline size_t screen_seen_slots(size_t ntok)
{
    size_t cap = 32;
    while (cap < 2 * ntok)
        cap *= 2;
    return cap;
}

/* The finder over mem (2 * screen_seen_slots(ntok) entries), emptied. */
static inline struct screen_seen screen_seen_reset(uint32_t *mem, size_t ntok)
{
    size_t cap = screen_seen_slots(ntok);
    memset(mem, 0, 2 * cap * sizeof(*mem));
    return (struct screen_seen){mem, mem + cap, cap};
}

/* A words-table entry's mark: the pair that starts at the word's first
 * place is in the pairs table. */
#define SCREEN_SEEN_PAIRED 0x80000000u

/* Whether the pair of tokens i, i + 1 is in the pairs table (of cap
 * slots); puts it there when not. */
static inline bool screen_pair_seen(const struct screen_tok *t, uint32_t *pairs,
                                    size_t cap, size_t i)
{
    uint64_t h = (t[i].hash ^ (t[i + 1].hash >> 7)) * SCREEN_FNV_PRIME;
    size_t s = (size_t)(h >> 40) & (cap - 1);
    for (; pairs[s]; s = (s + 1) & (cap - 1)) {
        size_t j = pairs[s] - 1;
        if (t[j].hash == t[i].hash && t[j + 1].hash == t[i + 1].hash)
            return true;
    }
    pairs[s] = (uint32_t)i + 1;
    return false;
}

/*
 * The repeat marks of token i of t[0 .. ntok), when the tokens before it
 * went through the tables in order: words by their hash, pairs by their
 * two hashes combined, whose entries are compared by the tokens' own
 * hashes, so a collision of the combined hash never marks a pair that is
 * not there. A pair can only repeat one that starts at an earlier place
 * of its first word, so only the pairs of words that come again go into
 * the pairs table: the one at a word's first place when the word comes
 * the second time, and the one at each place after that. Most words come
 * once and cost one look-up.
 */
static inline uint8_t screen_repeat_at(const struct screen_tok *t, size_t ntok,
                                       const struct screen_seen *seen, size_t i)
{
    uint32_t *words = seen->words;
    size_t cap = seen->cap;
    /* token hashes are mixed already: their low bits will do */
    size_t s = (size_t)t[i].hash & (cap - 1);
    for (; words[s]; s = (s + 1) & (cap - 1))
        if (t[(words[s] & ~SCREEN_SEEN_PAIRED) - 1].hash == t[i].hash)
            break;
    if (!words[s]) {
        words[s] = (uint32_t)i + 1;
        return 0;
    }
    uint8_t r = SCREEN_REP_WORD;
    if (!(words[s] & SCREEN_SEEN_PAIRED)) {
        /* the second place: the pair at the first (which cannot be a
         * repeat) goes in now */
        (void)screen_pair_seen(t, seen->pairs, cap, words[s] - 1);
        words[s] |= SCREEN_SEEN_PAIRED;
    }
    if (i + 1 < ntok && screen_pair_seen(t, seen->pairs, cap, i))
        r |= SCREEN_REP_PAIR;
    return r;
}

#endif
