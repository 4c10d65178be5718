/*
 * test_screen_renamed.c - a trans woman's name and pronoun taken back
 * (src/screen/renamed.c), through screen_check with no model: "stop
 * calling him Valeria", "deja de decirle 'ella'", esa "mujer" held as
 * identity_hate; her own name and pronoun kept, pronouns quoted as words
 * and a question pass.
 */
#include "screen_expect.h"

START_TEST(her_name_and_pronoun_taken_back_are_held)
{
    expect_hate("Deja de decirle \"ella\", era un hombre enfermo y ya",
                "Deja de decirle \"ella");
    expect_hate("stop calling him Valeria", "stop calling him Valeria");
    expect_hate("Esa \"mujer\" tenía más bigote que mi tío", "Esa \"mujer");
    expect_hate("Ugh, another story about \"her.\" Enough.", "about \"her");
    expect_hate("You call that a woman? My abuela had less beard.",
                "call that a woman");
    expect_hate("Disgusting he-she, the world is better today", "he-she");
    expect_hate("Si hubiera vivido como hombre seguiría vivo.",
                "Si hubiera vivido como hombre");
}
END_TEST

START_TEST(her_name_kept_and_quoted_words_pass)
{
    expect_clear("stop calling her Victor, her name was Vale");
    expect_clear("deja de decirle Mario, se llama Vale");
    expect_clear("dejen de llamarla víctima, tenía nombre");
    expect_clear("Use \"she\" and \"her\", it's not hard.");
    expect_clear("The word \"woman\" in the police report is the only "
                 "thing they got right.");
    expect_clear("Stop calling him a hero, he was a cop who did nothing.");
    expect_clear("¿Por qué le dicen \"ella\"?");
    expect_clear("¿Por qué le llaman mujer? Pues porque lo es.");
    expect_clear("he said she was brave");
    expect_clear("she's not a \"girl\", she's a 24 year old adult.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, her_name_and_pronoun_taken_back_are_held);
    tcase_add_test(tc, her_name_kept_and_quoted_words_pass);
}

TEST_MAIN("screen_renamed")
