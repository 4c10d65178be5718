/*
 * screen_expect.h - the checks the rule tests of src/screen share: a text
 * screened with no model (so only the rules, the rule grammars and the
 * doxxing guard decide) is held in a category (a threat, say) with a span
 * over given words, or is not held at all.
 */
#ifndef CHARLA_TESTS_SCREEN_EXPECT_H
#define CHARLA_TESTS_SCREEN_EXPECT_H

#include "testlib.h"

#include "screen/screen.h"

/* Assert that text is held as category (cat, named name) with a span of
 * that category over exactly the bytes of span (its first occurrence in
 * text). */
static inline void expect_held_as(const char *text, int cat, const char *name,
                                  const char *span)
{
    struct screen_verdict v;
    ck_assert_int_eq(screen_check(NULL, NULL, text, strlen(text), &v), 0);
    ck_assert_msg(v.hold, "not held: \"%s\"", text);
    ck_assert_ptr_nonnull(v.category);
    ck_assert_str_eq(v.category, name);
    const char *at = strstr(text, span);
    ck_assert_ptr_nonnull(at);
    size_t off = (size_t)(at - text);
    int found = 0;
    for (size_t i = 0; i < v.nspans && !found; i++)
        found = v.spans[i].category == cat && v.spans[i].offset == off &&
                v.spans[i].len == strlen(span);
    ck_assert_msg(found, "no span \"%s\" in \"%s\"", span, text);
}

/* Assert that text is held as a threat with a span over span. */
static inline void expect_threat(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_THREAT, "threat", span);
}

/* Assert that text is held as an insult with a span over span. */
static inline void expect_insult(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_INSULT, "insult", span);
}

/* Assert that text is held as identity_hate with a span over span. */
static inline void expect_hate(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_IDENTITY_HATE, "identity_hate", span);
}

/* Assert that text is held as spam with a span over span. */
static inline void expect_spam(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_SPAM, "spam", span);
}

/* Assert that text is held as sexual with a span over span. */
static inline void expect_sexual(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_SEXUAL, "sexual", span);
}

/* Assert that text is not held. */
static inline void expect_clear(const char *text)
{
    struct screen_verdict v;
    ck_assert_int_eq(screen_check(NULL, NULL, text, strlen(text), &v), 0);
    ck_assert_msg(!v.hold, "held: \"%s\"", text);
}

#endif
