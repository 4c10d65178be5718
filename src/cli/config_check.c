/*
 * config_check.c - `charla config check FILE`: the file's syntax and
 * values (config_load_file), then what `charla serve` refuses before it
 * listens, each with the line that set it, so an operator finds out
 * before a restart rather than from a server that will not start:
 *
 *   user   the user exists and is not root (sandbox_user_choose, asked as
 *          if charla were started as root, the one case the key is for);
 *   model  the screening model file loads and checks (app_open_model;
 *          "none" only warns, as serve does);
 *   web    the web folder has every static file (app_web_check).
 *
 * The checks are serve's own functions, so the two cannot disagree. Only
 * the keys the file sets are checked: a default or a CHARLA_* variable
 * depends on where and how serve is run, and serve checks them there. A
 * relative path is read from the directory check runs in, as serve reads
 * it from its own.
 */
#include <stdio.h>

#include "api/app.h"
#include "cli/config.h"
#include "cli/config_check.h"
#include "http/sandbox_user.h"
#include "screen/screen.h"

/* problem prints one problem of the file, with its line. */
static void problem(const char *path, int line, const char *what,
                    const char *why)
{
    fprintf(stderr, "charla: %s: line %d: %s%s\n", path, line, what, why);
}

int cli_config_check(const char *path)
{
    struct config o;
    struct buf err;
    int problems = 0;
    config_defaults(&o);
    buf_init(&err, 4096);
    if (config_load_file(path, &o, &err)) {
        fprintf(stderr, "charla: %s: %s\n", path, err.data);
        buf_release(&err);
        return 1;
    }
    if (o.line[CONFIG_USER]) {
        struct sandbox_user user;
        buf_reset(&err);
        if (sandbox_user_choose(o.user, "user = in this file", false, 0, &user,
                                &err)) {
            problem(path, o.line[CONFIG_USER], "", err.data);
            problems++;
        }
    }
    if (o.line[CONFIG_MODEL]) {
        struct screen_model *m = NULL;
        buf_reset(&err);
        if (app_open_model(o.model, &m, &err)) {
            problem(path, o.line[CONFIG_MODEL], "screening model: ", err.data);
            problems++;
        }
        screen_model_free(m);
    }
    if (o.line[CONFIG_WEB]) {
        buf_reset(&err);
        if (app_web_check(o.web, &err)) {
            problem(path, o.line[CONFIG_WEB], "", err.data);
            problems++;
        }
    }
    buf_release(&err);
    if (problems)
        return 1;
    printf("%s: ok\n", path);
    return 0;
}
