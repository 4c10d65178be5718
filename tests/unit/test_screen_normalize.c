/*
 * test_screen_normalize.c - the screening normaliser, lexicon loading and
 * the doxxing guard. Uses a small lexicon built here, not the model.
 */
#include "testlib.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "screen/screen_int.h"

static struct screen_lex lex;

static void lex_setup(void)
{
    static const char *const words[] = {
        "fuck", "fucking", "shit",     "ass",   "pendejo",
        "puto", "culero",  "chingada", "idiot", NULL};
    screen_lex_init(&lex);
    for (size_t i = 0; words[i]; i++)
        ck_assert_int_eq(screen_lex_add(&lex, words[i], strlen(words[i]),
                                        SCREEN_PROFANITY, SCREEN_LANG_ANY,
                                        SCREEN_LEX_FEATURE),
                         0);
    ck_assert_int_eq(screen_lex_add(&lex, "cut his head off", 16, SCREEN_THREAT,
                                    SCREEN_LANG_EN, SCREEN_LEX_RULE),
                     0);
    ck_assert_int_eq(screen_lex_finish(&lex), 0);
}

static void lex_teardown(void)
{
    screen_lex_release(&lex);
}

/* Normalise s and return the normalised text (static buffer). */
static const char *norm(const char *s, struct screen_norm *n)
{
    ck_assert_int_eq(screen_normalize(n, &lex, s, strlen(s)), 0);
    return n->text;
}

START_TEST(normaliser_undoes_evasions)
{
    static const struct {
        const char *in, *out;
    } table[] = {
        {"fuck", "fuck"},
        {"FUCK", "fuck"},
        {"f0ck", "fuck"},
        {"f u c k", "fuck"},
        {"f.u.c.k", "fuck"},
        {"f-u-c-k", "fuck"},
        {"fuuuck", "fuck"},
        {"fuuuuuuck", "fuck"},
        {"f*ck", "fuck"},
        {"f**k", "fuck"},
        {"\xef\xbd\x86\xef\xbd\x95\xef\xbd\x83\xef\xbd\x8b", "fuck"},
        {"fu\xd1\x81k", "fuck"},     /* Cyrillic es */
        {"f\xcf\x85\x63k", "fuck"},  /* Greek upsilon */
        {"\xd1\x81ulero", "culero"}, /* Cyrillic es at the start */
        {"f\xd1\x86"
         "ck",
         "fuck"}, /* Cyrillic tse */
        /* Greek and Cyrillic capitals, read before case folding */
        {"\xce\x9cIERDA", "mierda"},           /* Greek Mu */
        {"S\xce\x97IT", "shit"},               /* Greek Eta */
        {"\xce\x9d\xce\x91\xce\xa7I", "naxi"}, /* Nu, Alpha, Chi */
        {"\xd0\xa0UT\xd0\x9e", "puto"},        /* Cyrillic Er, O */
        {"\xd0\x9d\xd0\x95LL", "hell"},        /* Cyrillic En, Ie */
        /* small capitals of "fancy text" */
        {"\u1d18\u1d1c\u1d1b\u1d0f", "puto"},
        {"\ua730\u1d1c\u1d04\u1d0b", "fuck"},
        {"\u0299\u026a\u1d1b\u1d04\u029c", "bitch"},
        {"p3nd3j0", "pendejo"},
        {"P3NDEJ0", "pendejo"},
        {"pend\xc3\xa9jo", "pendejo"}, /* accent folded */
        {"pu70", "puto"},
        {"a$$", "ass"},
        {"@ss", "ass"},
        {"$h1t", "shit"},
        {"sh!t", "shit"},
        {"5hit", "shit"},
        {"asssss", "ass"},
        {"1d10t", "idiot"},
        {"chingadaaaa", "chingada"},
        {"you f u c k i n g idiot", "you fucking idiot"},
        /* a word of a lexicon phrase, digits at its edge */
        {"cut h1s head 0ff", "cut his head off"},
        {"covid19 0k", "covid19 0k"}, /* no phrase word: as written */
        /* plain text is left alone */
        {"43 students in 2014", "43 students in 2014"},
        {"covid19", "covid19"},
        {"Geez$$ I$ wonder$$", "geez i wonder"},
        {"don't", "dont"},
        {"a\xc3\xb1o", "a\xc3\xb1o"},  /* n with tilde stays */
        {"an\xcc\x83o", "a\xc3\xb1o"}, /* also as n + combining tilde */
        {"AN\xcc\x83O", "a\xc3\xb1o"},
        {"Cancel all", "cancel all"},
        {"see https://example.com/x?y=1 now", "see _url_ now"},
        {"@USER hola", "_user_ hola"},
        {"U.S.A", "u s a"},
    };
    struct screen_norm n;
    screen_norm_init(&n);
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        ck_assert_msg(strcmp(norm(table[i].in, &n), table[i].out) == 0,
                      "\"%s\" -> \"%s\", expected \"%s\"", table[i].in, n.text,
                      table[i].out);
    screen_norm_release(&n);
}
END_TEST

START_TEST(normaliser_maps_back_to_original)
{
    struct screen_norm n;
    screen_norm_init(&n);
    const char *s = "you f u c k, \xef\xbd\x86\xef\xbd\x95\xef\xbd\x83\xef\xbd"
                    "\x8b and p3nd3j0!";
    norm(s, &n);
    ck_assert_str_eq(n.text, "you fuck fuck and pendejo");
    ck_assert_int_eq(n.ntok, 5);
    /* a combining tilde belongs to its letter's word */
    struct screen_norm tilde;
    screen_norm_init(&tilde);
    norm("el an\xcc\x83o", &tilde);
    ck_assert_str_eq(tilde.text, "el a\xc3\xb1o");
    ck_assert_int_eq(tilde.tok[1].orig_off, 3);
    ck_assert_int_eq(tilde.tok[1].orig_len, 5);
    /* and a stripped accent to its letter's word, also at the end */
    norm("un pendejo\xcc\x81 ya", &tilde);
    ck_assert_str_eq(tilde.text, "un pendejo ya");
    ck_assert_int_eq(tilde.tok[1].orig_off, 3);
    ck_assert_int_eq(tilde.tok[1].orig_len, 9);
    screen_norm_release(&tilde);
    /* "f u c k" */
    ck_assert_int_eq(n.tok[1].orig_off, 4);
    ck_assert_int_eq(n.tok[1].orig_len, 7);
    ck_assert(n.tok[1].flags & SCREEN_TOK_EVADE);
    /* fullwidth: 12 bytes */
    ck_assert_int_eq(n.tok[2].orig_off, 13);
    ck_assert_int_eq(n.tok[2].orig_len, 12);
    /* p3nd3j0 */
    ck_assert_int_eq(memcmp(s + n.tok[4].orig_off, "p3nd3j0", 7), 0);
    ck_assert_int_eq(n.tok[4].orig_len, 7);
    /* capitals and bad UTF-8 */
    norm("HELLO \xff world", &n);
    ck_assert_str_eq(n.text, "hello world");
    ck_assert(n.tok[0].flags & SCREEN_TOK_CAPS);
    ck_assert_int_eq(n.tok[1].orig_off, 8);
    norm("", &n);
    ck_assert_int_eq(n.ntok, 0);
    screen_norm_release(&n);
}
END_TEST

START_TEST(lexicon_scan_finds_phrases)
{
    struct screen_norm n;
    screen_norm_init(&n);
    norm("we should CUT H1S H3AD OFF today", &n);
    struct screen_hit hits[8];
    size_t k = screen_lex_scan(&lex, &n, hits, 8);
    ck_assert_int_eq(k, 1);
    ck_assert_int_eq(hits[0].tok, 2);
    ck_assert_int_eq(hits[0].ntok, 4);
    ck_assert_int_eq(hits[0].e->cat, SCREEN_THREAT);
    screen_norm_release(&n);
}
END_TEST

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

START_TEST(lexicon_loads_manifest_and_bakes)
{
    char dir[] = "/tmp/charla-lex-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char p[256];
    snprintf(p, sizeof(p), "%s/MANIFEST.tsv", dir);
    write_file(p, "# file\tcategory\tlanguage\tkind\n"
                  "a.txt\tinsult\tes\trule\n"
                  "b.json\tprofanity\ten\tfeature\n");
    snprintf(p, sizeof(p), "%s/a.txt", dir);
    write_file(p, "# comment\nPendejo\n\nhijo de puta\n");
    snprintf(p, sizeof(p), "%s/b.json", dir);
    write_file(p, "[\"Shit\", \"blow job\", 3]");
    struct screen_lex lx;
    screen_lex_init(&lx);
    struct buf err;
    buf_init(&err, 1024);
    ck_assert_int_eq(screen_lex_load_dir(&lx, dir, &err), 0);
    ck_assert_int_eq(lx.n, 4);
    const struct screen_lex_entry *e = screen_lex_word(&lx, "pendejo", 7);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->cat, SCREEN_INSULT);
    ck_assert_int_eq(e->kind, SCREEN_LEX_RULE);
    ck_assert_int_eq(e->lang, SCREEN_LANG_ES);
    ck_assert_ptr_nonnull(screen_lex_word(&lx, "shit", 4));
    /* bake and parse again: same entries */
    struct buf baked;
    buf_init(&baked, 1 << 20);
    screen_lex_bake(&lx, &baked);
    ck_assert_contains(baked.data, "insult\tes\trule\thijo de puta\n");
    struct screen_lex l2;
    screen_lex_init(&l2);
    ck_assert_int_eq(screen_lex_parse_baked(&l2, baked.data, baked.len, &err),
                     0);
    /* and, made on load, the rule phrase glued into one word, typed
     * short ("hijo d puta"), the phrase's "puta" spelt "pvta" and
     * "pendejo" in its short forms "pndj" and "pndjo" */
    ck_assert_int_eq(l2.n, 9);
    e = screen_lex_word(&l2, "pndj", 4);
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_ne(e->spells, 0);
    struct screen_norm tn;
    screen_norm_init(&tn);
    ck_assert_int_eq(screen_normalize(&tn, &l2, "hijo d puta", 11), 0);
    struct screen_hit hit;
    ck_assert_uint_eq(screen_lex_scan(&l2, &tn, &hit, 1), 1);
    ck_assert(hit.e->texted && hit.e->cat == SCREEN_INSULT && hit.ntok == 3);
    screen_norm_release(&tn);
    e = screen_lex_word(&l2, "pvta", 4);
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_ne(e->spells, 0);
    ck_assert_mem_eq(l2.terms.data + e->spells - 1, "puta", 4);
    ck_assert_ptr_null(screen_lex_word(&lx, "pvta", 4));
    ck_assert_ptr_nonnull(screen_lex_word(&l2, "pendejo", 7));
    ck_assert_ptr_null(screen_lex_word(&lx, "hijodeputa", 10));
    e = screen_lex_word(&l2, "hijodeputa", 10);
    ck_assert_ptr_nonnull(e);
    ck_assert(e->glued && e->cat == SCREEN_INSULT &&
              e->kind == SCREEN_LEX_RULE);
    screen_lex_release(&l2);
    /* a long English swear word is sounded out in a bounded number of
     * spellings (each "ck" would triple them), and the lexicon loads */
    struct buf b2;
    buf_init(&b2, 4096);
    buf_adds(&b2, "insult\ten\trule\tfuckerfuckerfuckerfuckerfucker\n");
    screen_lex_init(&l2);
    ck_assert_int_eq(screen_lex_parse_baked(&l2, b2.data, b2.len, &err), 0);
    ck_assert_uint_ge(l2.n, 60);
    ck_assert_uint_le(l2.n, 1 + 1 + 64); /* the word, 'v' for 'u', sounds */
    screen_lex_release(&l2);
    buf_release(&b2);
    /* a bad manifest line is a clear error */
    snprintf(p, sizeof(p), "%s/MANIFEST.tsv", dir);
    write_file(p, "a.txt\tnot_a_category\tes\trule\n");
    struct screen_lex l3;
    screen_lex_init(&l3);
    ck_assert_int_ne(screen_lex_load_dir(&l3, dir, &err), 0);
    ck_assert_contains(err.data, "unknown category");
    screen_lex_release(&l3);
    /* a missing list too */
    buf_reset(&err);
    write_file(p, "missing.txt\tinsult\tes\trule\n");
    screen_lex_init(&l3);
    ck_assert_int_ne(screen_lex_load_dir(&l3, dir, &err), 0);
    ck_assert_contains(err.data, "missing.txt");
    screen_lex_release(&l3);
    buf_release(&baked);
    buf_release(&err);
    screen_lex_release(&lx);
    snprintf(p, sizeof(p), "%s/MANIFEST.tsv", dir);
    unlink(p);
    snprintf(p, sizeof(p), "%s/a.txt", dir);
    unlink(p);
    snprintf(p, sizeof(p), "%s/b.json", dir);
    unlink(p);
    rmdir(dir);
}
END_TEST

/* Loads one plain-text list (category threat, any language) from a
 * directory of its own; returns what screen_lex_load_dir said. */
static int load_list(const char *text, struct screen_lex *lx, struct buf *err)
{
    char dir[] = "/tmp/charla-lex-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char m[256], l[256];
    snprintf(m, sizeof(m), "%s/MANIFEST.tsv", dir);
    snprintf(l, sizeof(l), "%s/t.txt", dir);
    write_file(m, "t.txt\tthreat\tany\trule\n");
    write_file(l, text);
    screen_lex_init(lx);
    buf_reset(err);
    int rc = screen_lex_load_dir(lx, dir, err);
    unlink(m);
    unlink(l);
    rmdir(dir);
    return rc;
}

START_TEST(lexicon_lines_expand_their_groups)
{
    struct screen_lex lx;
    struct buf err;
    buf_init(&err, 1024);
    ck_assert_int_eq(load_list("# (a|b) c stands for a c and b c\n"
                               "(you|he) (will|'ll) die\n"
                               "hay que (matar|colgar)(lo|los)\n"
                               "(|very )bad\n",
                               &lx, &err),
                     0);
    ck_assert_int_eq(lx.n, 2 * 2 + 2 * 2 + 2);
    static const char *const want[] = {
        "you will die",     "he will die",       "you ll die",
        "he ll die",        "hay que matarlo",   "hay que matarlos",
        "hay que colgarlo", "hay que colgarlos", "bad",
        "very bad"};
    struct buf baked;
    buf_init(&baked, 1 << 16);
    screen_lex_bake(&lx, &baked);
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        char line[64];
        snprintf(line, sizeof(line), "\trule\t%s\n", want[i]);
        ck_assert_msg(strstr(baked.data, line), "no \"%s\" in:\n%s", want[i],
                      baked.data);
    }
    buf_release(&baked);
    screen_lex_release(&lx);
    /* malformed lines are refused with the list's name and line */
    static const struct {
        const char *text, *says;
    } bad[] = {
        {"ok\n(a|b c\n", "t.txt line 2: a ( without its )"},
        {"a) b\n", "t.txt line 1: a ( without its )"},
        {"a | b\n", "t.txt line 1: a ( without its ), or a | outside one"},
        {"((a|b)|c)\n", "t.txt line 1"},
        {"one two three four five six seven\n",
         "t.txt line 1: a phrase with no word or more than 6"},
        {"(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b|c|d)(a|b) x\n",
         "t.txt line 1: stands for more than 1024 phrases"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ck_assert_msg(load_list(bad[i].text, &lx, &err) != 0, "accepted: %s",
                      bad[i].text);
        ck_assert_msg(strstr(err.data, bad[i].says), "\"%s\": %s", bad[i].text,
                      err.data);
        screen_lex_release(&lx);
    }
    buf_release(&err);
}
END_TEST

static size_t guard(const char *s, struct screen_span *sp)
{
    struct screen_norm n;
    screen_norm_init(&n);
    ck_assert_int_eq(screen_normalize(&n, NULL, s, strlen(s)), 0);
    size_t k = screen_guard(s, strlen(s), &n, sp, SCREEN_MAX_SPANS);
    screen_norm_release(&n);
    return k;
}

START_TEST(guard_finds_doxxing)
{
    static const struct {
        const char *text, *found;
    } hits[] = {
        {"llamale al 55 1234 5678 ya", "55 1234 5678"},
        {"call +1 (212) 555-0147 now", "+1 (212) 555-0147"},
        {"su cel 6641234567", "6641234567"},
        {"tel 5512-3456", "5512-3456"},
        {"write to juan.perez@example.mx today", "juan.perez@example.mx"},
        {"vive en Calle Morelos 123, centro", "Calle Morelos 123"},
        {"he lives at 742 Evergreen Terrace", "742 Evergreen Terrace"},
        {"la camioneta placas PZR-123-A", "PZR-123-A"},
        {"plate 7ABC123 on the truck", "7ABC123"},
        {"texas plate ABC-1234", "ABC-1234"},
        /* inside links, which the normaliser's digit counts leave out */
        {"su whatsapp https://wa.me/5215512345678", "5215512345678"},
        {"https://api.whatsapp.com/send?phone=5215512345678 ya",
         "5215512345678"},
        {"escribele https://t.me/+5215512345678", "+5215512345678"},
        {"marca tel:+52 55 1234 5678", "+52 55 1234 5678"},
        {"wa.me https://api.whatsapp.com/send?phone=%2B5215512345678",
         "5215512345678"},
        /* a tab ends a link as a space does */
        {"mira https://x.com/1\t5512345678", "5512345678"},
        {"ver https://x.mx/ABC-123-D", "ABC-123-D"},
    };
    static const char *const misses[] = {
        "43 students from Ayotzinapa in 2014",
        "over a billion pesos (more than $50 million)",
        "get on a teir one super secret Ac130",
        "the years 2014 2015 2016 2017 2018",
        "Stay in your fucking lane Mexico",
        "COVID-19 and MS-13 and F-150",
        "11:40 and 12:36 and 5:29",
        "mail me at home",
        "see https://www.borderlandbeat.com/2021/07/israel-refuses.html",
        "https://twitter.com/user/status/1415698215545937921",
        "https://elpais.com/mexico/2023-05-12/un-articulo.html",
        /* ids in links that do not dial anything */
        "https://www.youtube.com/watch?v=abc&t=5512345678",
        "see https://shop.example/item?id=5215512345678 for it",
        "(www.example.mx/nota/20230512123) dice",
    };
    struct screen_span sp[SCREEN_MAX_SPANS];
    for (size_t i = 0; i < sizeof(hits) / sizeof(hits[0]); i++) {
        size_t k = guard(hits[i].text, sp);
        ck_assert_msg(k >= 1, "no doxxing found in \"%s\"", hits[i].text);
        ck_assert_msg(strlen(hits[i].found) == sp[0].len &&
                          memcmp(hits[i].text + sp[0].offset, hits[i].found,
                                 sp[0].len) == 0,
                      "\"%s\": span \"%.*s\"", hits[i].text, (int)sp[0].len,
                      hits[i].text + sp[0].offset);
        ck_assert_int_eq(sp[0].category, SCREEN_DOXXING);
    }
    for (size_t i = 0; i < sizeof(misses) / sizeof(misses[0]); i++)
        ck_assert_msg(guard(misses[i], sp) == 0, "false doxxing in \"%s\"",
                      misses[i]);
}
END_TEST

/* A text of plain ASCII is decoded a block of bytes at a time where the
 * machine allows; with one character beyond ASCII after it, its ASCII is
 * read byte by byte from the classes' table. Every ASCII byte, in every
 * place of a block, must read the same both ways. */
START_TEST(normaliser_reads_ascii_blocks_as_bytes)
{
    struct screen_norm a, b;
    screen_norm_init(&a);
    screen_norm_init(&b);
    char text[160], more[164];
    for (size_t shift = 0; shift < 16; shift++) {
        size_t len = 0;
        for (size_t k = 0; k < 127; k++)
            text[len++] = (char)(1 + (k + shift * 7) % 127);
        memcpy(more, text, len);
        memcpy(more + len, " \xc3\xa9", 3);
        ck_assert_int_eq(screen_normalize(&a, &lex, text, len), 0);
        ck_assert_int_eq(screen_normalize(&b, &lex, more, len + 3), 0);
        /* b has one more word, the 'é' */
        ck_assert_uint_eq(b.ntok, a.ntok + 1);
        ck_assert_int_eq(memcmp(a.text, b.text, a.len), 0);
        ck_assert_uint_eq(a.n_upper, b.n_upper);
        ck_assert_uint_eq(a.n_digits, b.n_digits);
        ck_assert_uint_eq(a.n_currency, b.n_currency);
        ck_assert_uint_eq(a.n_punct_runs, b.n_punct_runs);
        for (size_t i = 0; i < a.ntok; i++) {
            ck_assert_uint_eq(a.tok[i].off, b.tok[i].off);
            ck_assert_uint_eq(a.tok[i].len, b.tok[i].len);
            ck_assert_uint_eq(a.tok[i].orig_off, b.tok[i].orig_off);
            ck_assert_uint_eq(a.tok[i].orig_len, b.tok[i].orig_len);
            ck_assert_uint_eq(a.tok[i].flags, b.tok[i].flags);
            ck_assert(a.tok[i].hash == b.tok[i].hash);
        }
    }
    screen_norm_release(&a);
    screen_norm_release(&b);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, lex_setup, lex_teardown);
    tcase_add_test(tc, normaliser_undoes_evasions);
    tcase_add_test(tc, normaliser_maps_back_to_original);
    tcase_add_test(tc, normaliser_reads_ascii_blocks_as_bytes);
    tcase_add_test(tc, lexicon_scan_finds_phrases);
    tcase_add_test(tc, lexicon_lines_expand_their_groups);
    tcase_add_test(tc, lexicon_loads_manifest_and_bakes);
    tcase_add_test(tc, guard_finds_doxxing);
}

TEST_MAIN("screen_normalize")
