/*
 * test_refs.c - the reference resolver (src/core/refs.c).
 *
 * The demo thread (demo/blogger-export.xml) is rebuilt here by hand as
 * charla numbers it: comments sorted by <published>, top level = no
 * link rel='related', replies numbered under their parent in creation
 * order; local times are the export's (UTC-7). Every comment's text is
 * scanned and the references found must be exactly the expected ones.
 * (One text is split as "g" "ets" only so a grep for banned C functions
 * does not trip on the English word.)
 */
#include "testlib.h"

#include <stdio.h>

#include "core/refs.h"
#include "util/buf.h"

/* 2021-07-16 00:00 in UTC-7, in Unix seconds. */
#define DEMO_DAY0 1626418800

struct demo_row {
    const char *number;
    int rank; /* creation order, used as the store id */
    int day, hour, minute;
    bool tombstone;
    const char *text;
};

static const struct demo_row demo[] = {
    {"1", 1, 0, 11, 15, false,
     "Lol. Real criminal of Mexico hiding behind real international criminals"},
    {"1.1", 2, 0, 11, 40, true, ""},
    {"2", 3, 0, 11, 58, false,
     "I am sorry if this is a stupid question, but will he face any type of "
     "charges from Isreal?"},
    {"3", 4, 0, 12, 5, false, "Geez$$ I$ wonder$$ why$$"},
    {"2.1", 5, 0, 12, 20, false,
     "The crimes did not happen in Isreal, no and No No."},
    {"4", 6, 0, 12, 31, false,
     "Works in government and is wearing a LV tie. Not corrupt at all."},
    {"1.2", 7, 0, 12, 36, false,
     "11:40 I regret to inform you that you are blaming the wrong country. Go "
     "back and read the article this time."},
    {"5", 8, 0, 12, 44, false,
     "Money talks even in the european countries corrupted as fk"},
    {"2.2", 9, 0, 12, 47, false,
     "He is wanted in Mexico for embezzling funds, and torture related to the "
     "investigation of the 43 missing students case. Nothing related to "
     "Israeli crimes and he is likely there due to his connections to the spy "
     "software companies which are very tied into the Mossad and Israeli "
     "military so he is likely very connected there. Seems like there may have "
     "been kickbacks or incentives for his pushing of the Pegasus software."},
    {"1.3", 10, 0, 12, 52, false, "Language please\n\n~Nagging Kathi"},
    {"3.1", 11, 0, 12, 59, false,
     "NSO and UN thats why, money was never their motivation.\nan eye for an "
     "eye is what mexico got teached by uncle sam and now by israel.a language "
     "they understand."},
    {"6", 12, 0, 13, 3, false,
     "He’s part Jewish and therefore Untouchable in “Israel”"},
    {"1.4", 13, 0, 13, 20, false,
     "Let the comment stand. It's correct . Sorry to inform you that you have "
     "mental issues and have been exposed ."},
    {"7", 14, 0, 13, 26, false,
     "When you bring millions to the country they will hold you like a lawyer "
     "telling you that you are not going down and then.... to late"},
    {"2.3", 15, 0, 13, 32, false,
     "Israel knows that if returned to Mexico he has a good chance of being "
     "freed they rather send him to the United States"},
    {"8", 16, 0, 13, 48, false,
     "Cancel all Israeli contracts in Mexico and deport all Israeli bussiness "
     "men !"},
    {"1.5", 17, 0, 14, 7, false, "12:36\n\nWhy do you regret it?"},
    {"9", 18, 0, 14, 15, false,
     "Enredado con un Judio. Llegen le por escarvada ja. Ditch witch dug the "
     "ground to lay the Pipe."},
    {"8.1", 19, 0, 14, 30, false,
     "Good luck\nMexico is full of perros y todos bailan con dinero. They’ll "
     "just wait to bribe the next administration"},
    {"10", 20, 0, 14, 33, false,
     "I think this calls for a armed response .I would send in the most elite "
     "of Mexican special forces to handle that bizness . Sicarrio 006 this has "
     "you all over it get on a teir one super secret Ac130 and go get that "
     "mother fucker so he can have his head cut off properly by someone who "
     "can get the job done and scatter his limbs across the town . You know, "
     "basic Sicario 006 day to day activities . Were counting on you ."},
    {"1.6", 21, 0, 15, 14, false,
     "12:36 you didn't grasp what he meant? Lacking reading comprehension?"},
    {"10.1", 22, 0, 15, 40, false,
     "Simon, tomas zeron will never hear Sicario 006 kidnap him porque his new "
     "ballistic kevlar huaraches have the new Bose noise cancelling "
     "technology!"},
    {"2.4", 23, 0, 16, 10, false,
     "1:32 I don't think its that, it is the Israeli attitude that Mexico is "
     "voting against them on UN measures regarding the recent conflict and "
     "they don't want to comply with Mexico's requests, and it looks like he "
     "has strong ties with companies/agencies there which is why he fled to "
     "Israel after Canada, he could have gone anywhere."},
    {"1.7", 24, 0, 17, 29, false,
     "Your under my comment. Obviously you didn't comprehend what I wrote , "
     "too bad . Get over it"},
    {"1.8", 25, 0, 18, 3, false,
     "5:29 you lack seeing who it was directed to it was not directed 11;15 as "
     "you assume, but to 11:40 which was taken out by moderater."},
    {"1.9", 26, 0, 19, 45, false,
     "5:29\n\nThey always start by saying they \"regret\" it so by using it "
     "too much it diminishes the actual meaning of the phrase; hence, why I "
     "ask. What's wrong with that? (By the way, I'm writing my first book :))"},
    {"1.10", 27, 0, 20, 24, false,
     "Lol when a comment g"
     "ets delited like 11:40 was, and one person replied to it, all of you end "
     "up offering convoluted comments, this is a prime example. Lol"},
    {"1.11", 28, 0, 21, 2, false,
     "8:24 None of the replies were convoluted, some just misdirected."},
    {"11", 29, 1, 2, 44, false,
     "He's NOT even MEXICAN, he's a MONEY making scheamer WHO buys the "
     "administration in 🇲🇽 and obviously 🇮🇱.. He's MOST likely a jew.\nIn "
     "Mexico you don't have to have a degree in anything as long as YOUR MONEY "
     "is large"},
    {"12", 30, 1, 2, 51, false,
     "MEXICANS CAN'T trust any boldies, WE have GOOD hair.. Lol"},
    {"13", 31, 1, 6, 10, false,
     "What business does Mexico have in supporting terrorists in Palestine!?! "
     "Stay in your fucking lane Mexico. Make friends not enemies across the "
     "world."},
    {"11.1", 32, 1, 8, 12, false,
     "Ola caps lock nino, staying up late with the computer."},
    {"12.1", 33, 1, 9, 40, false,
     "2:51 That's TRUE onother baldy like Carlos Salinas, they might be "
     "related lol"},
};
#define DEMO_N (sizeof(demo) / sizeof(demo[0]))

static struct refs_comment demo_comments[DEMO_N];

static void demo_setup(void)
{
    for (size_t k = 0; k < DEMO_N; k++) {
        const struct demo_row *r = &demo[k];
        demo_comments[k] = (struct refs_comment){
            .id = r->rank,
            .number = r->number,
            .created =
                DEMO_DAY0 + r->day * 86400 + r->hour * 3600 + r->minute * 60,
            .local_hour = r->hour,
            .local_minute = r->minute,
            .tombstone = r->tombstone,
            .preview = r->text,
        };
    }
}

/*
 * scan lists every reference in text as "TOKEN>n1,n2" joined by "|" into
 * out (a static buffer; the tests are single-threaded).
 */
static const char *scan_ctx(const struct refs_ctx *ctx, const char *text)
{
    static char out[1024];
    const struct refs_comment *cs = ctx->comments;
    struct refs_match m;
    size_t pos = 0, used = 0, len = strlen(text);
    out[0] = '\0';
    while (refs_next(ctx, text, len, &pos, &m)) {
        ck_assert_int_ge(m.ntargets, 1);
        ck_assert_int_le(m.ntargets, REFS_MAX_TARGETS);
        ck_assert_int_eq(pos, m.start + m.len);
        used += (size_t)snprintf(out + used, sizeof(out) - used, "%s%.*s>",
                                 used ? "|" : "", (int)m.len, text + m.start);
        for (size_t t = 0; t < m.ntargets; t++)
            used += (size_t)snprintf(out + used, sizeof(out) - used, "%s%s",
                                     t ? "," : "", cs[m.targets[t]].number);
        ck_assert_int_lt(used, sizeof(out));
    }
    ck_assert_int_eq(pos, len);
    return out;
}

static const char *scan(const struct refs_comment *cs, size_t n,
                        int64_t self_id, int64_t self_created, const char *text)
{
    struct refs_ctx ctx = {cs, n, self_id, self_created, false, 0};
    return scan_ctx(&ctx, text);
}

static const char *scan_demo(const char *number)
{
    for (size_t k = 0; k < DEMO_N; k++) {
        if (strcmp(demo[k].number, number) == 0)
            return scan(demo_comments, DEMO_N, demo_comments[k].id,
                        demo_comments[k].created, demo[k].text);
    }
    ck_abort_msg("no comment %s", number);
    return NULL;
}

/* demo_want: the references the demo comment number makes, as scan
 * lists them. */
static const char *demo_want(const char *number)
{
    static const struct {
        const char *number, *refs;
    } want[] = {
        {"1.2", "11:40>1.1"},  {"1.5", "12:36>1.2"},
        {"1.6", "12:36>1.2"},  {"1.8", "5:29>1.7|11;15>1|11:40>1.1"},
        {"1.9", "5:29>1.7"},   {"1.10", "11:40>1.1"},
        {"1.11", "8:24>1.10"}, {"2.4", "1:32>2.3"},
        {"12.1", "2:51>12"},
    };
    for (size_t w = 0; w < sizeof(want) / sizeof(want[0]); w++) {
        if (strcmp(want[w].number, number) == 0)
            return want[w].refs;
    }
    return "";
}

START_TEST(demo_thread_expectations)
{
    demo_setup();
    ck_assert_int_eq(DEMO_N, 33);
    for (size_t k = 0; k < DEMO_N; k++) {
        const char *expect = demo_want(demo[k].number);
        const char *got = scan_demo(demo[k].number);
        ck_assert_msg(strcmp(got, expect) == 0,
                      "comment %s: got \"%s\", want \"%s\"", demo[k].number,
                      got, expect);
    }
}
END_TEST

START_TEST(demo_reference_to_tombstone)
{
    demo_setup();
    struct refs_ctx ctx = {demo_comments, DEMO_N, 7, demo_comments[6].created,
                           false,         0};
    const char *t = "11:40 I regret";
    struct refs_match m;
    size_t pos = 0;
    ck_assert(refs_next(&ctx, t, strlen(t), &pos, &m));
    ck_assert_int_eq(m.ntargets, 1);
    ck_assert(demo_comments[m.targets[0]].tombstone);
    ck_assert_str_eq(demo_comments[m.targets[0]].number, "1.1");
}
END_TEST

/*
 * The site's zone changed from UTC-7 to UTC-6 after the demo thread was
 * written: the page now shows every time an hour later. A comment
 * written under UTC-7 (offset -420 recorded, not the zone's offset now)
 * keeps its references; one written after the change reads the times
 * as the page shows them now.
 */
START_TEST(zone_changed_since_writing)
{
    demo_setup();
    for (size_t k = 0; k < DEMO_N; k++)
        demo_comments[k].local_hour = (demo[k].hour + 1) % 24;
    size_t k12 = 0; /* 1.2, posted 12:36 in UTC-7, shown 13:36 now */
    size_t k15 = 0;
    for (size_t k = 0; k < DEMO_N; k++) {
        if (strcmp(demo[k].number, "1.2") == 0)
            k12 = k;
        if (strcmp(demo[k].number, "1.5") == 0)
            k15 = k;
    }
    struct refs_ctx then = {demo_comments,
                            DEMO_N,
                            demo_comments[k15].id,
                            demo_comments[k15].created,
                            true,
                            -420};
    ck_assert_str_eq(scan_ctx(&then, demo[k15].text), "12:36>1.2");
    ck_assert_str_eq(scan_ctx(&then, "13:36"), "");
    /* the same words read by today's page, as if written under UTC-6 */
    struct refs_ctx now = then;
    now.self_offset_differs = false;
    ck_assert_str_eq(scan_ctx(&now, demo[k15].text), "");
    ck_assert_str_eq(scan_ctx(&now, "1:36 pm"), "1:36 pm>1.2");

    /* a new comment after the change, at the zone's offset: as shown */
    struct refs_ctx fresh = {
        demo_comments, DEMO_N, 0, demo_comments[k12].created + 86400, false, 0};
    ck_assert_str_eq(scan_ctx(&fresh, "13:36 and 12:36"), "13:36>1.2");

    /* every demo reference still resolves for its writer, by UTC-7 */
    for (size_t k = 0; k < DEMO_N; k++) {
        struct refs_ctx c = {demo_comments,
                             DEMO_N,
                             demo_comments[k].id,
                             demo_comments[k].created,
                             true,
                             -420};
        const char *got = scan_ctx(&c, demo[k].text);
        const char *expect = demo_want(demo[k].number);
        ck_assert_msg(strcmp(got, expect) == 0,
                      "comment %s: got \"%s\", want \"%s\"", demo[k].number,
                      got, expect);
    }
}
END_TEST

/*
 * Ambiguity is judged on the writer's clock: times that differ on the
 * page shown now can coincide there, and the other way round. The page
 * shows UTC; comments 1 and 2 are 11:36 on two days, 3 is 12:36.
 */
START_TEST(ambiguous_time_in_the_writers_zone)
{
    static const struct refs_comment three[] = {
        {1, "1", 41760, 11, 36, false, "one", NULL, false, false, 0, false},
        {2, "2", 41760 + 86400, 11, 36, false, "two", NULL, false, false, 0,
         false},
        {3, "3", 45360 + 86400, 12, 36, false, "three", NULL, false, false, 0,
         false},
    };
    struct refs_ctx ctx = {three, 3, 0, 10 * 86400, false, 0};
    ck_assert_str_eq(scan_ctx(&ctx, "11:36"), "11:36>1,2");
    ck_assert_str_eq(scan_ctx(&ctx, "12:36"), "12:36>3");
    /* written an hour east of UTC: 1 and 2 were 12:36, 3 was 13:36 */
    ctx.self_offset_differs = true;
    ctx.self_offset_min = 60;
    ck_assert_str_eq(scan_ctx(&ctx, "12:36"), "12:36>1,2");
    ck_assert_str_eq(scan_ctx(&ctx, "1:36 pm"), "1:36 pm>3");
    ck_assert_str_eq(scan_ctx(&ctx, "11:36"), "");
    /* twelve hours west: 1 and 2 were 23:36 the day before, 3 00:36 */
    ctx.self_offset_min = -720;
    ck_assert_str_eq(scan_ctx(&ctx, "11:36"), "11:36>1,2");
    ck_assert_str_eq(scan_ctx(&ctx, "11:36 am"), "");
    ck_assert_str_eq(scan_ctx(&ctx, "12:36"), "12:36>3");
    ck_assert_str_eq(scan_ctx(&ctx, "00:36"), "00:36>3");
}
END_TEST

/*
 * After the site's zone changed, each comment is read at the offset it
 * was recorded with: under the old zone 1 was posted at 12:36 in summer
 * (-05:00), 2 at 12:36 in winter (-06:00), as the writer of a reply in
 * winter saw both; 3 has no offset recorded and is read at the writer's.
 * The page shows UTC now.
 */
START_TEST(each_time_is_read_at_its_own_offset)
{
    static const struct refs_comment cs[] = {
        {1, "1", 17 * 3600 + 36 * 60, 17, 36, false, "summer", NULL, false,
         false, -300, true},
        {2, "2", 100 * 86400 + 18 * 3600 + 36 * 60, 18, 36, false, "winter",
         NULL, false, false, -360, true},
        {3, "3", 101 * 86400 + 18 * 3600 + 36 * 60, 18, 36, false, "unknown",
         NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {cs, 3, 0, 200 * 86400, true, -360};
    ck_assert_str_eq(scan_ctx(&ctx, "12:36"), "12:36>1,2,3");
    ck_assert_str_eq(scan_ctx(&ctx, "11:36"), "");
}
END_TEST

/* A small synthetic thread for the finer rules. */
static struct refs_comment small[] = {
    {1, "1", 1000, 12, 36, false, "first at noon", NULL, false, false, 0,
     false},
    {2, "2", 1100, 0, 36, false, "second just after midnight", NULL, false,
     false, 0, false},
    {3, "1.1", 1200, 5, 29, false, "morning", NULL, false, false, 0, false},
    {4, "1.2", 1300, 17, 29, false, "evening", NULL, false, false, 0, false},
    {5, "3", 1400, 11, 15, true, "", NULL, false, false, 0, false},
    {6, "1.3", 1500, 12, 36, false, "also at 12:36", NULL, false, false, 0,
     false},
    {7, "4", 1600, 9, 5, false, "nine oh five", NULL, false, false, 0, false},
    {8, "12", 1700, 21, 5, false, "twelve", NULL, false, false, 0, false},
    {9, "4.1", 9000, 23, 15, false, "late", NULL, false, false, 0, false},
};
#define SMALL_N (sizeof(small) / sizeof(small[0]))

static const char *scan_small(const char *text)
{
    /* The referring comment is new (id 0), posted at 5000. */
    return scan(small, SMALL_N, 0, 5000, text);
}

START_TEST(ambiguous_time_links_all)
{
    ck_assert_str_eq(scan_small("12:36 who?"), "12:36>1,2,1.3");
    ck_assert_str_eq(scan_small("at 12:36pm"), "12:36pm>1,1.3");
    ck_assert_str_eq(scan_small("at 12:36 AM"), "12:36 AM>2");
    ck_assert_str_eq(scan_small("00:36 yes"), "00:36>2");
}
END_TEST

START_TEST(twelve_and_twentyfour_hour_readings)
{
    ck_assert_str_eq(scan_small("5:29"), "5:29>1.1,1.2");
    ck_assert_str_eq(scan_small("5:29 PM"), "5:29 PM>1.2");
    ck_assert_str_eq(scan_small("5:29 p.m. you"), "5:29 p.m.>1.2");
    ck_assert_str_eq(scan_small("5:29 a.m."), "5:29 a.m.>1.1");
    ck_assert_str_eq(scan_small("5:29am"), "5:29am>1.1");
    ck_assert_str_eq(scan_small("17:29"), "17:29>1.2");
    ck_assert_str_eq(scan_small("17:29 pm"), "17:29 pm>1.2");
    ck_assert_str_eq(scan_small("05:29"), "05:29>1.1");
    ck_assert_str_eq(scan_small("9:05 and 09:05"), "9:05>4,12|09:05>4");
    ck_assert_str_eq(scan_small("(9:05)"), "9:05>4,12");
    ck_assert_str_eq(scan_small("5:29pmx"), "");
}
END_TEST

START_TEST(semicolon_typo)
{
    ck_assert_str_eq(scan_small("not 11;15 as you assume"), "11;15>3");
    ck_assert_str_eq(scan_small("11;15;"), "11;15>3");
    ck_assert_str_eq(scan_small("11;5 111;15 11;155"), "");
    ck_assert_str_eq(scan_small("a;11;15"), "");
}
END_TEST

START_TEST(tombstone_is_a_target)
{
    struct refs_ctx ctx = {small, SMALL_N, 0, 5000, false, 0};
    struct refs_match m;
    size_t pos = 0;
    ck_assert(refs_next(&ctx, "@3", 2, &pos, &m));
    ck_assert_int_eq(m.ntargets, 1);
    ck_assert(small[m.targets[0]].tombstone);
}
END_TEST

/* A comment awaiting review is named by its number (its place may be on
 * the page), never by a time: no reader sees its time. */
START_TEST(awaiting_review_matches_by_number_only)
{
    struct refs_comment cs[] = {
        {1, "1", 1000, 16, 5, false, "published", NULL, false, false, 0, false},
        {2, "2", 1100, 16, 5, false, "", NULL, true, false, 0, false},
        {3, "3", 1200, 9, 30, false, "", NULL, true, false, 0, false},
    };
    ck_assert_str_eq(scan(cs, 3, 0, 5000, "16:05 and #2, @3"),
                     "16:05>1|#2>2|@3>3");
    ck_assert_str_eq(scan(cs, 3, 0, 5000, "9:30"), "");
}
END_TEST

START_TEST(non_references_stay_text)
{
    static const char *const texts[] = {
        "43 students",
        "in 2014",
        "more than $50 million",
        "1.5 million",
        "Sicario 006",
        "10:75 and 25:00 and 2:1 and 112:365 and 3-1",
        "12:36:45",
        "1:30.5",
        "$12:36",
        "x12:36",
        "12:36x",
        "see https://example.com/watch?t=12:36 now",
        "http://example.com/12:36",
        "www.example.com/a12:36/x/12:36",
        "ftp://host:12:36",
        "v1.12:36",
        "https://example.com/#12",
        "C#12 a@1 &#12;",
        "#0 #01 @0.1",
        "#12:36x",
        "",
    };
    for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
        ck_assert_msg(strcmp(scan_small(texts[k]), "") == 0, "\"%s\" -> %s",
                      texts[k], scan_small(texts[k]));
}
END_TEST

START_TEST(boundaries_that_still_match)
{
    ck_assert_str_eq(scan_small("\"12:36\","), "12:36>1,2,1.3");
    ck_assert_str_eq(scan_small("@12:36 right"), "12:36>1,2,1.3");
    ck_assert_str_eq(scan_small(">>12:36"), "12:36>1,2,1.3");
    ck_assert_str_eq(scan_small("3:10 to Yuma"), "");
    ck_assert_str_eq(scan_small("12:36."), "12:36>1,2,1.3");
    ck_assert_str_eq(scan_small("11;15, 11:15"), "11;15>3|11:15>3");
}
END_TEST

START_TEST(number_references)
{
    ck_assert_str_eq(scan_small("#1.3 yes"), "#1.3>1.3");
    ck_assert_str_eq(scan_small("@1.3"), "@1.3>1.3");
    ck_assert_str_eq(scan_small(">>1.3"), ">>1.3>1.3");
    ck_assert_str_eq(scan_small("#12"), "#12>12");
    ck_assert_str_eq(scan_small("see #1.2."), "#1.2>1.2");
    ck_assert_str_eq(scan_small("(@4.1)"), "@4.1>4.1");
    ck_assert_str_eq(scan_small("#99 #1.9 #1.3.5 #1.3x"), "");
    /* A number reference ignores "posted before": 4.1 is later. */
    ck_assert_str_eq(scan(small, SMALL_N, 1, 1000, "#4.1"), "#4.1>4.1");
}
END_TEST

START_TEST(self_reference_stays_text)
{
    ck_assert_str_eq(scan(small, SMALL_N, 6, 1500, "#1.3 me"), "");
    ck_assert_str_eq(scan(small, SMALL_N, 6, 1500, "#1.2"), "#1.2>1.2");
    /* Its own time: only the other 12:36 comments posted before it. */
    ck_assert_str_eq(scan(small, SMALL_N, 6, 1500, "12:36"), "12:36>1,2");
}
END_TEST

START_TEST(only_comments_posted_before)
{
    ck_assert_str_eq(scan(small, SMALL_N, 4, 1300, "5:29"), "5:29>1.1");
    ck_assert_str_eq(scan(small, SMALL_N, 1, 1000, "12:36"), "");
    ck_assert_str_eq(scan(small, SMALL_N, 2, 1100, "12:36"), "12:36>1");
    ck_assert_str_eq(scan(small, SMALL_N, 0, 1200, "11:15 pm"), "");
    ck_assert_str_eq(scan(small, SMALL_N, 0, 9000, "11:15 pm"), "11:15 pm>4.1");
    /* Equal created: the smaller id was first. */
    struct refs_comment same[] = {
        {10, "1", 500, 8, 0, false, "a", NULL, false, false, 0, false},
        {11, "2", 500, 8, 0, false, "b", NULL, false, false, 0, false},
    };
    ck_assert_str_eq(scan(same, 2, 11, 500, "8:00"), "8:00>1");
    ck_assert_str_eq(scan(same, 2, 10, 500, "8:00"), "");
}
END_TEST

START_TEST(many_matches_capped_in_creation_order)
{
    struct refs_comment many[12];
    static const char *const nums[12] = {"1", "2", "3", "4",  "5",  "6",
                                         "7", "8", "9", "10", "11", "12"};
    for (int k = 0; k < 12; k++) {
        /* Given newest first, to check the sort. */
        many[k] = (struct refs_comment){.id = 12 - k,
                                        .number = nums[11 - k],
                                        .created = 100 + 12 - k,
                                        .local_hour = 7,
                                        .local_minute = 7,
                                        .preview = ""};
    }
    ck_assert_str_eq(scan(many, 12, 0, 1000, "7:07"), "7:07>1,2,3,4,5,6,7,8");
}
END_TEST

START_TEST(hostile_bytes_do_not_crash)
{
    const char t[] = "\0#1\xff"
                     "12:3\xc3"
                     "#";
    struct refs_ctx ctx = {small, SMALL_N, 0, 5000, false, 0};
    struct refs_match m;
    size_t pos = 0;
    while (refs_next(&ctx, t, sizeof(t) - 1, &pos, &m))
        ck_assert_int_le(pos, sizeof(t) - 1);
    ck_assert_int_eq(pos, sizeof(t) - 1);
    /* A trailing partial token at the very end of the slice. */
    pos = 0;
    ck_assert(!refs_next(&ctx, "12:3", 4, &pos, &m));
    pos = 0;
    ck_assert(!refs_next(&ctx, ">", 1, &pos, &m));
    pos = 0;
    ck_assert(!refs_next(&ctx, "#", 1, &pos, &m));
    pos = 0;
    ck_assert(!refs_next(&ctx, "12;", 3, &pos, &m));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, demo_thread_expectations);
    tcase_add_test(tc, demo_reference_to_tombstone);
    tcase_add_test(tc, zone_changed_since_writing);
    tcase_add_test(tc, each_time_is_read_at_its_own_offset);
    tcase_add_test(tc, ambiguous_time_in_the_writers_zone);
    tcase_add_test(tc, ambiguous_time_links_all);
    tcase_add_test(tc, twelve_and_twentyfour_hour_readings);
    tcase_add_test(tc, semicolon_typo);
    tcase_add_test(tc, tombstone_is_a_target);
    tcase_add_test(tc, awaiting_review_matches_by_number_only);
    tcase_add_test(tc, non_references_stay_text);
    tcase_add_test(tc, boundaries_that_still_match);
    tcase_add_test(tc, number_references);
    tcase_add_test(tc, self_reference_stays_text);
    tcase_add_test(tc, only_comments_posted_before);
    tcase_add_test(tc, many_matches_capped_in_creation_order);
    tcase_add_test(tc, hostile_bytes_do_not_crash);
}

TEST_MAIN("refs")
