/*
 * test_screen_nexttime.c - the next meeting promised in the present
 * (src/screen/nexttime.c), through screen_check with no model: held as a
 * threat when "I'm" or "we're" and a violent verb in -ing on someone
 * follow or precede a meeting told; passed for a text, a game, a thing,
 * the writer's own things, a negation or a question.
 */
#include "screen_expect.h"

START_TEST(the_next_meeting_promised_is_held)
{
    expect_threat("If I see any of those mothers blocking the highway again "
                  "I'm running them over, not even kidding",
                  "I'm running them over");
    expect_threat("If I see that chief at the market I'm smashing his face "
                  "into the pavement",
                  "I'm smashing his face");
    expect_threat("Next time I see him I'm shooting him", "I'm shooting him");
    expect_threat("If I catch that reporter again I'm breaking her legs",
                  "I'm breaking her legs");
    expect_threat("I'm stabbing him if he shows up here again",
                  "I'm stabbing him");
    expect_threat("if we ever find that snitch we're killing that snitch",
                  "we're killing that snitch");
    expect_threat("The moment I spot her I am literally choking her",
                  "I am literally choking her");
    /* a reviewer's, written blind */
    expect_threat("The second he steps out of that courthouse I'm blowing "
                  "his brains out",
                  "I'm blowing his brains");
    expect_threat("if he testifies tomorrow im killing him, simple as that",
                  "im killing him");
    expect_threat("if u show ur face in culiacan again im hanging u from the "
                  "bridge",
                  "im hanging u from");
    expect_threat("As soon as that cop comes back to the ranch I'm putting "
                  "him in the ground",
                  "I'm putting him in");
    expect_threat("Keep talking. The day I catch you alone I'm breaking "
                  "every bone in your body",
                  "I'm breaking every bone");
    expect_threat("whenever that lawyer shows up in court again im shooting "
                  "him on the steps",
                  "im shooting him");
    expect_threat("If he calls the fiscalía I am breaking his neck",
                  "I am breaking his neck");
}
END_TEST

START_TEST(a_text_a_game_or_a_thing_passes)
{
    expect_clear("If I see him at the game I'm shooting him a text.");
    expect_clear("If I see a spider in the kitchen I'm killing it.");
    expect_clear("If they win the cup I'm burning my jersey.");
    expect_clear("If I see you at the concert I'm hugging you.");
    expect_clear("If I see him at the club I'm beating him at chess.");
    expect_clear("If I see him I'm hitting him up for the money he owes.");
    expect_clear("If I see my ex again I'm running the other way.");
    expect_clear("I'm not killing anyone if I see him, relax.");
    /* "were", the past, not "we're" */
    expect_clear("When I got there the cops were beating him in the street.");
    expect_clear("Next time I see my brother I'm punching him in the arm for "
                 "spoiling the show, haha");
    expect_clear("If my dog chews my sandals again I'm killing him lol he's "
                 "so spoiled");
    expect_clear("When I see the coach I'm slapping him on the back, what a "
                 "season.");
    expect_clear("If I see him again, I'm running him over?");
    expect_clear("If I see him I'm killing him with kindness, that's my "
                 "plan.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_next_meeting_promised_is_held);
    tcase_add_test(tc, a_text_a_game_or_a_thing_passes);
}

TEST_MAIN("screen_nexttime")
