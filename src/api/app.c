/*
 * app.c - builds the handlers' shared state (see app.h): site settings,
 * page cache, and the static files read once from the web directory. The
 * cache is made last: its ETags carry a fingerprint of the settings and
 * files loaded before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api/app.h"
#include "util/str.h"
#include "api/auth.h"
#include "api/build_id.h"
#include "api/site_fingerprint.h"
#include "core/setting_keys.h"
#include "core/tz_zone.h"
#include "util/version.h"

static int64_t wall_clock(void)
{
    return (int64_t)time(NULL);
}

static int read_file(const char *path, char **data, size_t *len)
{
    struct buf b;
    buf_init(&b, 4u * 1024u * 1024u);
    int rc = buf_add_file(&b, path);
    if (rc) {
        buf_release(&b);
        return rc;
    }
    *data = buf_detach(&b, len);
    return *data ? 0 : ERR_NOMEM;
}

static void etag_of(const char *data, size_t len, char *out, size_t cap)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a: a change detector */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)data[i];
        h *= 1099511628211ull;
    }
    snprintf(out, cap, "\"s%016llx\"", (unsigned long long)h);
}

/* The static files every server needs from its web folder. */
static const struct {
    const char *name, *type;
} files[APP_STATIC_FILES] = {
    {"style.css", "text/css; charset=utf-8"},
    {"app.js", "text/javascript; charset=utf-8"},
    {"admin.css", "text/css; charset=utf-8"},
    {"admin.js", "text/javascript; charset=utf-8"},
    {"draft.js", "text/javascript; charset=utf-8"},
    {"path-hint.js", "text/javascript; charset=utf-8"},
    {"embed.js", "text/javascript; charset=utf-8"},
    {"embed.css", "text/css; charset=utf-8"},
    {"favicon.svg", "image/svg+xml"},
};

/*
 * pages_fingerprint: the site fingerprint of this run (site_fingerprint.h),
 * from the settings site_load read, two settings read here, the build
 * and the static files. Called once, after both are loaded.
 */
static int64_t pages_fingerprint(const struct app *app, struct store *st)
{
    struct arena a;
    const char *language = NULL, *site_url = NULL;
    const char *web[APP_STATIC_FILES];
    arena_init(&a, 0);
    if (store_setting_get(st, "language", &a, &language))
        language = NULL;
    if (store_setting_get(st, "site_url", &a, &site_url))
        site_url = NULL;
    for (int i = 0; i < APP_STATIC_FILES; i++)
        web[i] = app->files[i].etag;
    struct site_shown in = {.version = CHARLA_VERSION,
                            .build = build_id(),
                            .title = app->site.title,
                            .timezone = app->site.timezone,
                            .language = language,
                            .site_url = site_url,
                            .web_etags = web,
                            .nweb = APP_STATIC_FILES};
    int64_t fp = site_fingerprint(&in);
    arena_release(&a);
    return fp;
}

int app_init(struct app *app, struct store *st, const char *web_dir,
             struct buf *err)
{
    memset(app, 0, sizeof(*app));
    app->store = st;
    app->now = wall_clock;
    int ret = site_load(st, &app->site, err);
    if (ret)
        return ret;
    if (app->site.tz_not_found[0])
        fprintf(stderr,
                "charla: warning: time zone \"%s\" (setting timezone) is "
                "not in this machine's time zone database (%s); showing "
                "times in UTC. Install tzdata or run: charla setting set "
                "timezone ZONE\n",
                app->site.tz_not_found, tz_zone_dir());
    {
        /* HSTS is sent behind an https proxy when the site asks for it */
        struct arena a;
        const char *v;
        int64_t age;
        arena_init(&a, 0);
        if (store_setting_get(st, "hsts_max_age", &a, &v))
            v = NULL;
        age = setting_key_number("hsts_max_age", v); /* 0: off */
        if (age > 0)
            snprintf(app->hsts, sizeof(app->hsts), "max-age=%lld",
                     (long long)age);
        arena_release(&a);
    }
    for (int i = 0; i < APP_STATIC_FILES; i++) {
        struct static_file *f = &app->files[i];
        char path[4096];
        f->name = files[i].name;
        f->content_type = files[i].type;
        snprintf(path, sizeof(path), "%s/%s", web_dir, f->name);
        if (read_file(path, &f->data, &f->len)) {
            buf_addf(err, "cannot read %s (set --web to charla's web folder)",
                     path);
            return ERR_NOTFOUND;
        }
        etag_of(f->data, f->len, f->etag, sizeof(f->etag));
    }
    app->cache = cache_new(4096, pages_fingerprint(app, st));
    if (!app->cache) {
        buf_adds(err, "out of memory");
        return ERR_NOMEM;
    }
    return 0;
}

int app_open_model(const char *path, struct screen_model **out, struct buf *err)
{
    return screen_model_open(path, "charla", "the site's word lists", out, err);
}

int app_web_check(const char *web_dir, struct buf *err)
{
    for (int i = 0; i < APP_STATIC_FILES; i++) {
        char path[4096];
        char *data = NULL;
        size_t len;
        if (snprintf(path, sizeof(path), "%s/%s", web_dir, files[i].name) >=
                (int)sizeof(path) ||
            read_file(path, &data, &len)) {
            buf_addf(err,
                     "cannot read %s (--web, or web = in the configuration, "
                     "names charla's web folder)",
                     path);
            return ERR_NOTFOUND;
        }
        free(data);
    }
    return 0;
}

/* "2026-11-30T20:14:38Z" into out. */
static void utc_time(int64_t t, char out[32])
{
    struct tm tm;
    time_t tt = (time_t)t;
    gmtime_r(&tt, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int app_reload_model(struct app *app, const char *who, struct buf *err)
{
    int ret = model_slot_reload(app->model, app->now(), err);
    struct model_slot_status st;
    model_slot_status(app->model, &st);
    char at[32];
    utc_time(st.loaded_at, at);
    if (ret) {
        fprintf(stderr,
                "charla: screening model not reloaded (asked by %s): %s; "
                "%s%s\n",
                who, err->data,
                st.loaded ? "still screening with the model loaded at "
                          : "still screening without a model",
                st.loaded ? at : "");
        return ret;
    }
    fprintf(stderr,
            "charla: screening model reloaded from %s (asked by %s): format "
            "%u, %u training rows, checksum %016llx\n",
            st.path, who, st.info.version, st.info.n_train,
            (unsigned long long)st.info.checksum);
    return 0;
}

struct store *app_read_store(struct app *app, struct http_req *req)
{
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    /* a write request reads what it wrote: the primary */
    if (!app->read_store || !get || http_req_cookie(req, "charla_fresh") ||
        http_req_cookie(req, AUTH_COOKIE))
        return app->store;
    return app->read_store;
}

void app_fresh_cookie(struct app *app, struct http_resp *resp)
{
    if (app->read_store)
        http_resp_header(resp, "Set-Cookie",
                         "charla_fresh=1; Path=/; Max-Age=30; HttpOnly; "
                         "SameSite=Lax");
}

void app_release(struct app *app)
{
    model_slot_free(app->model);
    for (int i = 0; i < APP_STATIC_FILES; i++)
        free(app->files[i].data);
    cache_free(app->cache);
    site_release(&app->site);
}
