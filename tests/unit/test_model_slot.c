/*
 * test_model_slot.c - replacing the screening model while serving: a good
 * file is put in use, a bad one (truncated, wrong magic, wrong version,
 * missing) is refused with its reason while the model in use keeps
 * screening, a screening in flight keeps the model it started with, and
 * threads that screen while the model is reloaded never see a freed one.
 */
#include "testlib.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include "api/model_slot.h"
#include "util/err.h"

#define THREAT "Ese reportero vendido merece una bala."

/* The committed model's bytes (caller frees). */
static char *model_bytes(size_t *len)
{
    FILE *f = fopen(test_model_path(), "rb");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    ck_assert_int_gt(n, 0);
    rewind(f);
    char *b = malloc((size_t)n);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return b;
}

/* Puts data at path as an operator would: a new file moved over it. */
static void install(const char *path, const char *data, size_t len)
{
    char tmp[4200];
    snprintf(tmp, sizeof(tmp), "%s.new", path);
    FILE *f = fopen(tmp, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(rename(tmp, path), 0);
}

/* A slot loaded from a copy of the committed model in a fresh folder. */
struct fixture {
    char dir[64];
    char path[128];
    char *good;
    size_t len;
    struct model_slot *slot;
};

static void fixture_init(struct fixture *fx)
{
    snprintf(fx->dir, sizeof(fx->dir), "/tmp/charla-slot-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(fx->dir));
    snprintf(fx->path, sizeof(fx->path), "%s/site.model", fx->dir);
    fx->good = model_bytes(&fx->len);
    install(fx->path, fx->good, fx->len);
    struct buf err;
    buf_init(&err, 4096);
    struct screen_model *m = screen_model_load(fx->path, &err);
    ck_assert_msg(m != NULL, "%s", err.data);
    buf_release(&err);
    fx->slot = model_slot_new(m, fx->path, 1000);
    ck_assert_ptr_nonnull(fx->slot);
}

static void fixture_release(struct fixture *fx)
{
    model_slot_free(fx->slot);
    unlink(fx->path);
    rmdir(fx->dir);
    free(fx->good);
}

/* Whether the model ref holds screens the threat as held. */
static bool holds_threat(const struct model_ref *r)
{
    struct screen_verdict v;
    ck_assert_int_eq(
        screen_check(model_ref_model(r), NULL, THREAT, strlen(THREAT), &v), 0);
    return v.hold && v.category && strcmp(v.category, "threat") == 0;
}

START_TEST(reload_puts_a_good_file_in_use)
{
    struct fixture fx;
    fixture_init(&fx);
    struct model_ref *before = model_slot_acquire(fx.slot);
    const struct screen_model *old = model_ref_model(before);
    ck_assert_ptr_nonnull(old);

    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(model_slot_reload(fx.slot, 2000, &err), 0);
    ck_assert_str_eq(err.data, "");
    struct model_ref *after = model_slot_acquire(fx.slot);
    ck_assert_ptr_ne(model_ref_model(after), old);
    /* the screening that started before the reload still has its model */
    ck_assert(holds_threat(before));
    ck_assert(holds_threat(after));
    model_ref_release(before);
    model_ref_release(after);

    struct model_slot_status st;
    model_slot_status(fx.slot, &st);
    ck_assert(st.loaded);
    ck_assert_str_eq(st.path, fx.path);
    ck_assert_int_eq(st.loaded_at, 2000);
    ck_assert_uint_eq(st.reloads, 1);
    ck_assert_uint_eq(st.failures, 0);
    ck_assert_uint_eq(st.info.file_size, fx.len);
    buf_release(&err);
    fixture_release(&fx);
}
END_TEST

START_TEST(a_bad_file_is_refused_and_the_model_stays)
{
    struct fixture fx;
    fixture_init(&fx);
    char *bad = malloc(fx.len);
    ck_assert_ptr_nonnull(bad);
    static const struct {
        const char *what, *reason;
    } cases[] = {{"truncated", "truncated"},
                 {"magic", "wrong magic"},
                 {"version", "version 99"},
                 {"checksum", "checksum mismatch"},
                 {"missing", "No such file"}};
    struct model_ref *r = model_slot_acquire(fx.slot);
    const struct screen_model *in_use = model_ref_model(r);
    model_ref_release(r);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        memcpy(bad, fx.good, fx.len);
        size_t len = fx.len;
        if (strcmp(cases[i].what, "truncated") == 0) {
            len = 4096;
        } else if (strcmp(cases[i].what, "magic") == 0) {
            memcpy(bad, "NOTMODEL", 8);
        } else if (strcmp(cases[i].what, "version") == 0) {
            uint32_t v = 99;
            memcpy(bad + 8, &v, sizeof(v));
        } else if (strcmp(cases[i].what, "checksum") == 0) {
            bad[fx.len - 1] ^= 0x5a;
        }
        if (strcmp(cases[i].what, "missing") == 0)
            ck_assert_int_eq(unlink(fx.path), 0);
        else
            install(fx.path, bad, len);
        struct buf err;
        buf_init(&err, 4096);
        ck_assert_int_ne(model_slot_reload(fx.slot, 3000 + (int)i, &err), 0);
        ck_assert_msg(strstr(err.data, cases[i].reason) != NULL,
                      "%s: \"%s\" lacks \"%s\"", cases[i].what, err.data,
                      cases[i].reason);
        r = model_slot_acquire(fx.slot);
        ck_assert_ptr_eq(model_ref_model(r), in_use);
        ck_assert(holds_threat(r));
        model_ref_release(r);
        struct model_slot_status st;
        model_slot_status(fx.slot, &st);
        ck_assert_uint_eq(st.failures, i + 1);
        ck_assert_int_eq(st.failed_at, 3000 + (int)i);
        ck_assert_int_eq(st.loaded_at, 1000);
        ck_assert_contains(st.error, cases[i].reason);
        buf_release(&err);
    }
    /* the good file again: in use, and the refusal forgotten */
    install(fx.path, fx.good, fx.len);
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(model_slot_reload(fx.slot, 4000, &err), 0);
    struct model_slot_status st;
    model_slot_status(fx.slot, &st);
    ck_assert_int_eq(st.failed_at, 0);
    ck_assert_str_eq(st.error, "");
    ck_assert_int_eq(st.loaded_at, 4000);
    buf_release(&err);
    free(bad);
    fixture_release(&fx);
}
END_TEST

/* cp over the live file truncates it in place (the same inode): the
 * model in use was read into memory, so it keeps screening (a mapping of
 * the file would die of SIGBUS), and a reload refuses the short file */
START_TEST(a_file_overwritten_in_place_leaves_the_model_alone)
{
    struct fixture fx;
    fixture_init(&fx);
    FILE *f = fopen(fx.path, "wb"); /* truncates the file in place */
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(fx.good, 1, 4096, f), 4096);
    ck_assert_int_eq(fclose(f), 0);
    struct model_ref *r = model_slot_acquire(fx.slot);
    ck_assert(holds_threat(r));
    model_ref_release(r);
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_ne(model_slot_reload(fx.slot, 2000, &err), 0);
    ck_assert_contains(err.data, "truncated");
    r = model_slot_acquire(fx.slot);
    ck_assert(holds_threat(r));
    model_ref_release(r);
    buf_release(&err);
    fixture_release(&fx);
}
END_TEST

START_TEST(without_a_model_there_is_nothing_to_reload)
{
    struct model_slot *s = model_slot_new(NULL, NULL, 1000);
    ck_assert_ptr_nonnull(s);
    struct model_ref *r = model_slot_acquire(s);
    ck_assert_ptr_null(model_ref_model(r));
    model_ref_release(r);
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(model_slot_reload(s, 2000, &err), ERR_INVALID);
    ck_assert_contains(err.data, "--model none");
    struct model_slot_status st;
    model_slot_status(s, &st);
    ck_assert(!st.loaded);
    ck_assert_uint_eq(st.failures, 1);
    buf_release(&err);
    model_slot_free(s);
}
END_TEST

struct screener {
    struct model_slot *slot;
    int rounds;
    int held; /* rounds in which the threat was held */
};

static void *screen_loop(void *arg)
{
    struct screener *s = arg;
    for (int i = 0; i < s->rounds; i++) {
        struct model_ref *r = model_slot_acquire(s->slot);
        s->held += holds_threat(r);
        model_ref_release(r);
    }
    return NULL;
}

START_TEST(screening_goes_on_while_the_model_is_reloaded)
{
    struct fixture fx;
    fixture_init(&fx);
    struct screener sc[3];
    pthread_t th[3];
    for (int i = 0; i < 3; i++) {
        sc[i] = (struct screener){.slot = fx.slot, .rounds = 300};
        ck_assert_int_eq(pthread_create(&th[i], NULL, screen_loop, &sc[i]), 0);
    }
    for (int k = 0; k < 12; k++) {
        struct buf err;
        buf_init(&err, 4096);
        if (k % 3 == 2)
            install(fx.path, fx.good, 4096); /* refused */
        else
            install(fx.path, fx.good, fx.len);
        int ret = model_slot_reload(fx.slot, 5000 + k, &err);
        ck_assert_int_eq(ret != 0, k % 3 == 2);
        buf_release(&err);
    }
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(pthread_join(th[i], NULL), 0);
        ck_assert_int_eq(sc[i].held, sc[i].rounds);
    }
    struct model_slot_status st;
    model_slot_status(fx.slot, &st);
    ck_assert_uint_eq(st.reloads, 8);
    ck_assert_uint_eq(st.failures, 4);
    fixture_release(&fx);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, reload_puts_a_good_file_in_use);
    tcase_add_test(tc, a_bad_file_is_refused_and_the_model_stays);
    tcase_add_test(tc, a_file_overwritten_in_place_leaves_the_model_alone);
    tcase_add_test(tc, without_a_model_there_is_nothing_to_reload);
    tcase_add_test(tc, screening_goes_on_while_the_model_is_reloaded);
}

TEST_MAIN("model_slot")
