/*
 * fuzz_json_comment.c - a comment posted through the JSON API, without the
 * network: the body is parsed by jansson with the flags of api/v1.c, the
 * fields are taken as api_comments_post takes them, the text is screened
 * (with models/charla.model when it exists, else without a model) and
 * post_comment validates and stores it in a scratch SQLite database,
 * inside a transaction that is rolled back, so every input sees the same
 * thread: one article with one comment ("1").
 *
 * A stored comment must obey the rules post.h states (valid UTF-8 body of
 * 1 to 5,000 characters, name of at most 40) and be rendered without
 * error by the Markdown renderer.
 */
#include <jansson.h>

#include "core/post.h"
#include "core/pseudonym.h"
#include "core/site.h"
#include "fuzz_util.h"
#include "render/markdown.h"
#include "screen/screen.h"
#include "store/store.h"
#include "util/str.h"

static struct store *st;
static struct site site;
static struct article art;
static struct arena setup_arena;
static struct screen_model *model;
static char db_path[300];

static void cleanup(void)
{
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    char p[320];
    screen_model_free(model);
    store_free(st);
    site_release(&site);
    arena_release(&setup_arena);
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof(p), "%s%s", db_path, suffix[i]);
        unlink(p);
    }
}

static void setup(void)
{
    struct buf err;
    const char *dir = getenv("TMPDIR");
    buf_init(&err, 1024);
    snprintf(db_path, sizeof(db_path), "%s/charla-fuzz-post-%d.db",
             dir && *dir ? dir : "/tmp", (int)getpid());
    unlink(db_path);
    if (pseudonym_init())
        fuzz_die("pseudonym_init");
    st = store_open(db_path, &err);
    if (!st || site_load(st, &site, &err))
        fuzz_die(err.data);
    atexit(cleanup);
    struct article in = {.path = "/fuzz.html",
                         .title = "F",
                         .byline = "",
                         .published = 1000,
                         .is_published = true,
                         .body = "",
                         .lead_image = "",
                         .lead_caption = "",
                         .labels = "",
                         .source_id = "",
                         .external_url = ""};
    int64_t id;
    arena_init(&setup_arena, 0);
    if (store_article_insert(st, &in, &id) ||
        store_article_get(st, id, &setup_arena, &art))
        fuzz_die("article setup");
    struct post_input first = {.body = "first", .body_len = 5, .now = 2000};
    struct post_result res;
    if (post_comment(st, &site, &art, &first, &setup_arena, &res, &err))
        fuzz_die("comment setup");
    if (access(SCREEN_DEFAULT_MODEL, R_OK) == 0)
        model = screen_model_load(SCREEN_DEFAULT_MODEL, &err);
    buf_release(&err);
}

/* text_member mirrors json_text in api/v1.c. */
static int text_member(json_t *obj, const char *key, const char **s,
                       size_t *len)
{
    json_t *v = json_object_get(obj, key);
    *s = NULL;
    *len = 0;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return ERR_INVALID;
    *s = json_string_value(v);
    *len = json_string_length(v);
    return 0;
}

static void post(json_t *root)
{
    const char *body, *name, *parent = NULL;
    size_t body_len, name_len, parent_len;
    char parent_num[32];
    json_t *pv = json_object_get(root, "parent");
    if (json_is_integer(pv)) {
        snprintf(parent_num, sizeof(parent_num), "%lld",
                 (long long)json_integer_value(pv));
        parent = parent_num;
    } else if (text_member(root, "parent", &parent, &parent_len)) {
        return;
    }
    if (text_member(root, "body", &body, &body_len) ||
        text_member(root, "name", &name, &name_len) || !body)
        return;

    struct post_input in = {.body = body,
                            .body_len = body_len,
                            .name = name,
                            .name_len = name_len,
                            .parent = parent,
                            .now = 3000};
    struct screen_policy p;
    struct screen_verdict v;
    screen_policy_init(&p);
    p.banned_words = "pendejo\n";
    if (body_len <= POST_BODY_MAX_CHARS * 4) {
        if (screen_check(model, &p, body, body_len, &v))
            v.hold = true;
        if (v.banned)
            return;
        in.hold = v.hold;
    }

    struct arena a;
    struct buf msg;
    struct post_result res;
    arena_init(&a, 0);
    buf_init(&msg, 1024);
    if (store_begin(st))
        fuzz_die("store_begin");
    int ret = post_comment(st, &site, &art, &in, &a, &res, &msg);
    store_rollback(st);
    if (ret == 0) {
        if (!str_utf8_valid(body, body_len) ||
            str_utf8_count(body, body_len) > POST_BODY_MAX_CHARS)
            fuzz_die("an invalid body was stored");
        if (strlen(res.comment.author_name) > POST_NAME_MAX_BYTES)
            fuzz_die("an over-long name was stored");
        struct buf html;
        struct markdown_opts o = {MARKDOWN_COMMENT, NULL, "", NULL};
        buf_init(&html, 1u << 24);
        if (markdown_render(&html, body, body_len, &o, NULL, NULL, NULL))
            fuzz_die("a stored body does not render");
        fuzz_check_html(html.data, html.len);
        buf_release(&html);
    } else if (msg.len == 0) {
        fuzz_die("a refusal without a message");
    } else if (res.refusal == POST_STORE_ERROR) {
        fuzz_die("a store error on fuzzed input");
    }
    buf_release(&msg);
    arena_release(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!st)
        setup();
    json_error_t jerr;
    json_t *root = json_loadb((const char *)data, size,
                              JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (root && json_is_object(root))
        post(root);
    json_decref(root);
    return 0;
}
