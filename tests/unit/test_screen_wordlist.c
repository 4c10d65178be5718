/*
 * test_screen_wordlist.c - the site's word lists compiled into a table
 * (src/screen/wordlist.c) find exactly what comparing every entry at every
 * word finds, and a list edited in place is compiled again.
 *
 * The reference below is the plain way: normalise each entry and compare
 * it at every word, in list order. wordlist.c is included so the
 * reference uses its word comparison, the definition of "occurs".
 */
#include "testlib.h"

#include "screen/wordlist.c"

#include "screen/screen.h"
#include "util/buf.h"

/* The first entry of list that occurs in n, the plain way. */
static int reference_find(const struct screen_lex *lx,
                          const struct screen_norm *n, const char *orig,
                          const char *list, struct screen_listed *found)
{
    struct screen_norm e;
    screen_norm_init(&e);
    int rc = 0;
    for (const char *p = list; *p && !rc;) {
        const char *nl = strchr(p, '\n');
        size_t ll = nl ? (size_t)(nl - p) : strlen(p);
        if (ll > 0 && p[0] != '#') {
            ck_assert_int_eq(screen_normalize(&e, lx, p, ll), 0);
            for (size_t i = 0; e.ntok && i + e.ntok <= n->ntok && !rc; i++) {
                size_t k = 0;
                while (k < e.ntok &&
                       wordlist_tok_eq(n, orig, i + k, e.text + e.tok[k].off,
                                       e.tok[k].len, k + 1 == e.ntok))
                    k++;
                if (k == e.ntok) {
                    *found = (struct screen_listed){i, e.ntok, p, ll};
                    rc = 1;
                }
            }
        }
        p = nl ? nl + 1 : p + ll;
    }
    screen_norm_release(&e);
    return rc;
}

static uint64_t rng = 0x2545f4914f6cdd1dULL;
static unsigned next(unsigned below)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % below);
}

static const char *const vocab[] = {
    "pendejo", "P3nd3j0", "Lopez",  "lopez's", "López’s", "maría", "MARIA",
    "hijo",    "de",      "puta",   "put4",    "el",      "la",    "reportero",
    "lives",   "live",    "l1ve",   "sicario", "s1car1o", "Zetas", "zetas",
    "calle",   "5",       "17",     "chale",   "ch4le",   "ñoño",  "güey",
    "wey",     "loco",    "l0c0",   "alcalde", "is",      "its",   "it's",
    "gente",   "mal",     "nacido", "m4l",     "#",       "Pérez", "perez",
    "Perezs",  "pérez's", "fuuuck", "f.u.c.k", "fuck",    "ass",
};
#define NVOCAB (sizeof(vocab) / sizeof(vocab[0]))

/* Fills b with n random words of the vocabulary separated by sep. */
static void random_words(struct buf *b, size_t n, const char *sep)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_adds(b, sep);
        buf_adds(b, vocab[next(NVOCAB)]);
    }
}

/* One list's look-up, in the banned words' slot. */
static int find_one(struct screen_wordlist *wl, const struct screen_lex *lx,
                    uint64_t lex_id, const struct screen_norm *n,
                    const char *orig, const char *list,
                    struct screen_listed *found)
{
    const char *lists[SCREEN_NLISTS] = {[SCREEN_LIST_BANNED] = list};
    struct screen_listed all[SCREEN_NLISTS];
    int rc = screen_wordlists_find(wl, lx, lex_id, n, orig, lists, all);
    if (rc < 0)
        return rc;
    *found = all[SCREEN_LIST_BANNED];
    return rc ? 1 : 0;
}

static void assert_same(struct screen_wordlist *wl, const struct screen_lex *lx,
                        uint64_t lex_id, const char *text, const char *list)
{
    struct screen_norm n;
    screen_norm_init(&n);
    ck_assert_int_eq(screen_normalize(&n, lx, text, strlen(text)), 0);
    struct screen_listed a = {0}, b = {0};
    int fa = find_one(wl, lx, lex_id, &n, text, list, &a);
    int fb = reference_find(lx, &n, text, list, &b);
    ck_assert_msg(fa == fb, "found %d, the plain way %d: \"%s\" in [%s]", fa,
                  fb, text, list);
    if (fa == 1) {
        ck_assert_msg(a.entry == b.entry && a.tok == b.tok && a.ntok == b.ntok,
                      "\"%s\": entry %.*s at %zu, the plain way %.*s at %zu",
                      text, (int)a.entry_len, a.entry, a.tok, (int)b.entry_len,
                      b.entry, b.tok);
        ck_assert_uint_eq(a.entry_len, b.entry_len);
    }
    screen_norm_release(&n);
}

/* Random lists of one to three words against random comments, with and
 * without the committed model's lexicon (which the normaliser consults
 * to join spaced letters). */
static void random_rounds(const struct screen_lex *lx, uint64_t lex_id)
{
    struct screen_wordlist wl[SCREEN_NLISTS];
    memset(wl, 0, sizeof(wl));
    for (int round = 0; round < 200; round++) {
        struct buf list, text;
        buf_init(&list, 1 << 16);
        buf_init(&text, 1 << 16);
        size_t nentry = 1 + next(12);
        for (size_t i = 0; i < nentry; i++) {
            if (next(10) == 0)
                buf_adds(&list, "# a note\n");
            if (next(10) == 0)
                buf_adds(&list, "\n");
            random_words(&list, 1 + next(3), " ");
            buf_adds(&list, "\n");
        }
        for (int c = 0; c < 20; c++) {
            buf_reset(&text);
            random_words(&text, 1 + next(14), next(2) ? " " : ", ");
            assert_same(wl, lx, lex_id, text.data, list.data);
        }
        buf_release(&list);
        buf_release(&text);
    }
    for (int i = 0; i < SCREEN_NLISTS; i++)
        screen_wordlist_release(&wl[i]);
}

START_TEST(table_finds_what_the_plain_way_finds)
{
    random_rounds(NULL, 0);
}
END_TEST

START_TEST(table_finds_what_the_plain_way_finds_with_the_lexicon)
{
    struct buf err;
    buf_init(&err, 1024);
    struct screen_model *m = screen_model_load(test_model_path(), &err);
    ck_assert_msg(m != NULL, "load failed: %s", err.data);
    buf_release(&err);
    random_rounds(&m->lex, m->hdr->checksum);
    screen_model_free(m);
}
END_TEST

/* A moderator's edit reaches the next comment, even when the new list has
 * the same address and length as the one compiled. */
START_TEST(an_edit_in_place_is_compiled_again)
{
    char list[] = "alfa\nbeta\n";
    const char *text = "gama y beta";
    struct screen_norm n;
    screen_norm_init(&n);
    ck_assert_int_eq(screen_normalize(&n, NULL, text, strlen(text)), 0);
    struct screen_wordlist wl[SCREEN_NLISTS];
    memset(wl, 0, sizeof(wl));
    struct screen_listed f;
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, list, &f), 1);
    ck_assert_int_eq(f.tok, 2);
    ck_assert_ptr_eq(f.entry, list + 5);
    memcpy(list + 5, "gama", 4);
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, list, &f), 1);
    ck_assert_int_eq(f.tok, 0);
    ck_assert_int_eq(f.entry_len, 4);
    ck_assert(memcmp(f.entry, "gama", 4) == 0);
    memcpy(list, "#lfa\n", 5);
    memcpy(list + 5, "zeta", 4);
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, list, &f), 0);
    for (int i = 0; i < SCREEN_NLISTS; i++)
        screen_wordlist_release(&wl[i]);
    screen_norm_release(&n);
}
END_TEST

/* The entry that comes first in the list wins, wherever it occurs; an
 * empty or missing list finds nothing. */
START_TEST(the_first_entry_of_the_list_wins)
{
    const char *text = "Dile a María López que el pendejo ya sabe";
    struct screen_norm n;
    screen_norm_init(&n);
    ck_assert_int_eq(screen_normalize(&n, NULL, text, strlen(text)), 0);
    struct screen_wordlist wl[SCREEN_NLISTS];
    memset(wl, 0, sizeof(wl));
    struct screen_listed f;
    ck_assert_int_eq(
        find_one(wl, NULL, 0, &n, text, "pendejo\nmaria lopez\n", &f), 1);
    ck_assert_int_eq(f.ntok, 1);
    ck_assert_int_eq(f.tok, 6);
    ck_assert(memcmp(f.entry, "pendejo", 7) == 0);
    ck_assert_int_eq(
        find_one(wl, NULL, 0, &n, text, "Maria Lopez\npendejo\n", &f), 1);
    ck_assert_int_eq(f.tok, 2);
    ck_assert_int_eq(f.ntok, 2);
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, "", &f), 0);
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, NULL, &f), 0);
    ck_assert_int_eq(find_one(wl, NULL, 0, &n, text, "# pendejo\n\n", &f), 0);
    for (int i = 0; i < SCREEN_NLISTS; i++)
        screen_wordlist_release(&wl[i]);
    screen_norm_release(&n);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, table_finds_what_the_plain_way_finds);
    tcase_add_test(tc, table_finds_what_the_plain_way_finds_with_the_lexicon);
    tcase_add_test(tc, an_edit_in_place_is_compiled_again);
    tcase_add_test(tc, the_first_entry_of_the_list_wins);
}

TEST_MAIN("screen_wordlist")
