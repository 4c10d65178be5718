/*
 * laughter.c - a laugh is not abuse by itself.
 *
 * In the labelled tweets a laugh ("jajaja", "lol", "😂") comes mostly with
 * mockery, so the heads learned each laugh as a sign of abuse, and two of
 * them add up: "😂😂 jajaja", "🔥🔥 jajaja" and "jajaja que bueno" were
 * held. Under a news story readers laugh at a joke, at a politician's
 * excuse, at themselves. What makes a mocking laugh abusive is said by the
 * words around it ("jajaja pinche vieja"), which keep their weight, and
 * the rules that read a laugh at a death (gloat.c) still hold it.
 *
 * screen_is_laugh says whether a token is laughter; model.c then takes
 * out of the learned heads what the laughter at the start or the end of a
 * comment added towards abuse.
 */

#include "screen/screen_int.h"

#include <string.h>

/* "jaja", "jejeje", "hahaha", "jajaj", "ajaja": one consonant (j or h)
 * and one vowel repeated at least twice, maybe a leading vowel and a last
 * consonant. "hija", "hoja" and "jajo" are not laughter: every syllable
 * is the first one. */
static bool vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static bool repeated_syllable(const char *w, size_t len)
{
    size_t i = 0;
    if (len > 1 && vowel(w[0]) && (w[1] == 'j' || w[1] == 'h'))
        i = 1; /* "ajaja", "ahaha" */
    if (len - i < 4)
        return false;
    char c = w[i], v = w[i + 1];
    if ((c != 'j' && c != 'h') || !vowel(v))
        return false;
    size_t syllables = 0;
    for (; i + 1 < len; i += 2) {
        if (w[i] != c || w[i + 1] != v)
            return false;
        syllables++;
    }
    return syllables >= 2 && (i == len || w[i] == c);
}

/* "jsjs", "jsjsjs", "jsjsj": the laugh of a phone keyboard. */
static bool js_laugh(const char *w, size_t len)
{
    if (len < 4)
        return false;
    for (size_t i = 0; i < len; i++)
        if (w[i] != (i % 2 ? 's' : 'j'))
            return false;
    return true;
}

/* Written with their lengths: most comments pass through here. Each
 * starts with 'l', 'r' or 'x' or is an emoji: is_laugh looks a word up
 * here only then (a word added with another first letter needs a case
 * there). */
#define LAUGH_WORD(s)                                                          \
    {                                                                          \
        s, sizeof(s) - 1                                                       \
    }
static const struct {
    const char *w;
    size_t len;
} laugh_words[] = {
    LAUGH_WORD("lol"),
    LAUGH_WORD("lolol"),
    LAUGH_WORD("lool"),
    LAUGH_WORD("lmao"),
    LAUGH_WORD("lmfao"),
    LAUGH_WORD("rofl"),
    LAUGH_WORD("roflmao"),
    LAUGH_WORD("xd"),
    /* U+1F602 face with tears of joy, U+1F923 rolling on the floor
     * laughing, U+1F606 grinning squinting face, U+1F639 cat with tears
     * of joy, U+1F605 grinning face with sweat, U+1F480 skull ("I'm
     * dead"; emojis.c reads it as laughter too) */
    LAUGH_WORD("\xf0\x9f\x98\x82"),
    LAUGH_WORD("\xf0\x9f\xa4\xa3"),
    LAUGH_WORD("\xf0\x9f\x98\x86"),
    LAUGH_WORD("\xf0\x9f\x98\xb9"),
    LAUGH_WORD("\xf0\x9f\x98\x85"),
    LAUGH_WORD("\xf0\x9f\x92\x80"),
};

static bool is_laugh(const char *w, size_t len)
{
    /* what a laugh can start with: most words stop here; a word of
     * laughter's syllables has no listed word to look for */
    switch (w[0]) {
    case 'j':
    case 'h':
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
        return repeated_syllable(w, len) || js_laugh(w, len);
    case 'l':
    case 'r':
    case 'x':
    case '\xf0':
        break;
    default:
        return false;
    }
    if (len < 2 || len > 7)
        return len > 7 && (repeated_syllable(w, len) || js_laugh(w, len));
    for (size_t k = 0; k < sizeof(laugh_words) / sizeof(laugh_words[0]); k++)
        if (laugh_words[k].len == len && laugh_words[k].w[0] == w[0] &&
            memcmp(w, laugh_words[k].w, len) == 0)
            return true;
    return repeated_syllable(w, len) || js_laugh(w, len);
}

bool screen_is_laugh(const struct screen_norm *n, size_t j)
{
    return is_laugh(n->text + n->tok[j].off, n->tok[j].len);
}
