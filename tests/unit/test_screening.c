/*
 * test_screening.c - a comment's body and display name screened together
 * (src/api/screening.c): the verdict on each, the JSON the queue stores
 * (the name's spans point into the name, the body's into the body), and
 * the queue's rendering of it (src/render/page_admin.c), escaped.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "testlib.h"

#include "api/screening.h"
#include "render/page_admin.h"

static const char *const protected_names = "María Fernanda López\n";

static struct screen_policy policy(void)
{
    struct screen_policy p;
    screen_policy_init(&p);
    p.protected_names = protected_names;
    p.banned_words = "pendejo\n";
    return p;
}

/* The screen JSON of body and name, parsed; the caller decrefs it. */
static json_t *pair_json(const char *body, const char *name,
                         struct screening_pair *v)
{
    struct screen_policy p = policy();
    size_t nlen = name ? strlen(name) : 0;
    ck_assert_int_eq(
        screening_check_pair(NULL, &p, body, strlen(body), name, nlen, v), 0);
    struct buf b;
    buf_init(&b, 1 << 16);
    screening_pair_json(&b, v, body, strlen(body), name, nlen);
    ck_assert(!buf_failed(&b));
    json_error_t err;
    json_t *root = json_loads(b.data, JSON_REJECT_DUPLICATES, &err);
    ck_assert_msg(root != NULL, "not JSON: %s", b.data);
    buf_release(&b);
    return root;
}

START_TEST(name_alone_held_marks_the_name)
{
    const char *name = "María Fernanda López";
    struct screening_pair v;
    json_t *root = pair_json("Gracias por el reportaje.", name, &v);
    ck_assert(!v.body.hold);
    ck_assert(v.name.hold);
    ck_assert(screening_pair_holds(&v));
    ck_assert(!screening_pair_refuses(&v));
    ck_assert_str_eq(json_string_value(json_object_get(root, "category")),
                     "doxxing");
    ck_assert_int_eq(json_array_size(json_object_get(root, "spans")), 0);
    json_t *by_name = json_object_get(root, "name");
    ck_assert(json_is_object(by_name));
    json_t *span = json_array_get(json_object_get(by_name, "spans"), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(span, "offset")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(span, "len")),
                     strlen(name));
    ck_assert_str_eq(json_string_value(json_object_get(span, "text")), name);
    json_decref(root);
}
END_TEST

START_TEST(body_held_keeps_its_own_spans)
{
    const char *body = "Su teléfono es 55 1234 5678, búsquenlo.";
    struct screening_pair v;
    json_t *root = pair_json(body, "Lupita", &v);
    ck_assert(v.body.hold);
    ck_assert(!v.name.hold);
    ck_assert_ptr_null(json_object_get(root, "name"));
    json_t *span = json_array_get(json_object_get(root, "spans"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(span, "text")),
                     "55 1234 5678");
    ck_assert_int_eq(json_integer_value(json_object_get(span, "offset")),
                     strstr(body, "55 1234") - body);
    json_decref(root);
    /* no name at all: the body's verdict alone */
    root = pair_json(body, NULL, &v);
    ck_assert(!v.name.hold);
    ck_assert_ptr_null(json_object_get(root, "name"));
    json_decref(root);
}
END_TEST

START_TEST(banned_word_in_the_name_refuses)
{
    struct screening_pair v;
    json_t *root = pair_json("Gracias por el reportaje.", "El Pendejo", &v);
    ck_assert(!v.body.banned);
    ck_assert(v.name.banned);
    ck_assert(screening_pair_refuses(&v));
    ck_assert_str_eq(v.name.banned_word, "pendejo");
    json_decref(root);
}
END_TEST

START_TEST(queue_marks_the_name_escaped)
{
    const char *screen =
        "{\"score\":1,\"category\":\"doxxing\",\"spans\":[],"
        "\"name\":{\"score\":1,\"category\":\"doxxing\",\"spans\":"
        "[{\"offset\":3,\"len\":4,\"category\":\"doxxing\","
        "\"text\":\"Rosa\"}]}}";
    struct buf b;
    buf_init(&b, 1 << 16);
    page_admin_screen_marks(&b, "Gracias.", "<b>Rosa</b>", screen,
                            SCREEN_MARKS_WHOLE_TEXT);
    ck_assert_msg(strstr(b.data, "<p class=\"screen-name\">") != NULL, "%s",
                  b.data);
    ck_assert_msg(strstr(b.data, "&lt;b&gt;<mark>Rosa</mark>&lt;/b&gt;"), "%s",
                  b.data);
    ck_assert_msg(strstr(b.data, "<mark>Gracias") == NULL, "%s", b.data);
    /* a name span outside the name, or a "name" that is not an object:
       nothing marked out of bounds, no broken page */
    buf_reset(&b);
    page_admin_screen_marks(
        &b, "Gracias.", "Rosa",
        "{\"score\":1,\"name\":{\"spans\":[{\"offset\":2,\"len\":99}]}}",
        SCREEN_MARKS_WHOLE_TEXT);
    ck_assert_msg(strstr(b.data, "<mark>") == NULL, "%s", b.data);
    buf_reset(&b);
    page_admin_screen_marks(&b, "Gracias.", "Rosa",
                            "{\"score\":1,\"name\":\"Rosa\"}",
                            SCREEN_MARKS_WHOLE_TEXT);
    ck_assert_str_eq(b.data, "");
    buf_release(&b);
}
END_TEST

/* A span marks only the text it names: after the text changed (a
 * redaction), a span still pointing at the old bytes is not drawn. */
START_TEST(queue_marks_only_spans_that_name_their_text)
{
    struct buf b;
    buf_init(&b, 1 << 16);
    page_admin_screen_marks(
        &b, "[redacted] will find you", NULL,
        "{\"score\":1,\"spans\":[{\"offset\":0,\"len\":6,"
        "\"text\":\"I will\"},{\"offset\":11,\"len\":9,"
        "\"text\":\"will find\"},{\"offset\":1,\"len\":3}]}",
        SCREEN_MARKS_WHOLE_TEXT);
    ck_assert_msg(strstr(b.data, "[redacted] <mark>will find</mark> you"), "%s",
                  b.data);
    ck_assert_msg(strstr(b.data, "<mark>[redac") == NULL, "%s", b.data);
    ck_assert_msg(strstr(b.data, "Highlights cleared") == NULL, "%s", b.data);
    buf_reset(&b);
    page_admin_screen_marks(&b, "[redacted] will find you", NULL,
                            "{\"score\":1,\"spans\":[],\"spans_cleared\":true}",
                            SCREEN_MARKS_WHOLE_TEXT);
    ck_assert_msg(strstr(b.data, "Highlights cleared after redaction."), "%s",
                  b.data);
    ck_assert_msg(strstr(b.data, "<mark>") == NULL, "%s", b.data);
    buf_release(&b);
}
END_TEST

/* What the queue feed keeps out: held as doxxing by the body, the name,
 * or one marked span; not another category, nor data it cannot read. */
START_TEST(doxxing_is_told_from_other_holds)
{
    struct screening_pair v;
    json_t *root =
        pair_json("Gracias por el reportaje.", "María Fernanda López", &v);
    char *by_name = json_dumps(root, JSON_COMPACT);
    ck_assert(screening_is_doxxing(by_name));
    free(by_name);
    json_decref(root);
    ck_assert(screening_is_doxxing(
        "{\"score\":1,\"category\":\"doxxing\",\"spans\":[]}"));
    ck_assert(screening_is_doxxing(
        "{\"score\":1,\"category\":\"threat\",\"spans\":[{\"offset\":0,"
        "\"len\":2,\"category\":\"doxxing\"}]}"));
    ck_assert(!screening_is_doxxing(
        "{\"score\":1,\"category\":\"threat\",\"spans\":[{\"offset\":0,"
        "\"len\":2,\"category\":\"threat\"}]}"));
    ck_assert(!screening_is_doxxing(""));
    ck_assert(!screening_is_doxxing("doxxing"));
    ck_assert(!screening_is_doxxing("[\"doxxing\"]"));
    ck_assert(!screening_is_doxxing("{\"name\":\"doxxing\"}"));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, name_alone_held_marks_the_name);
    tcase_add_test(tc, body_held_keeps_its_own_spans);
    tcase_add_test(tc, banned_word_in_the_name_refuses);
    tcase_add_test(tc, queue_marks_the_name_escaped);
    tcase_add_test(tc, queue_marks_only_spans_that_name_their_text);
    tcase_add_test(tc, doxxing_is_told_from_other_holds);
}

TEST_MAIN("screening")
