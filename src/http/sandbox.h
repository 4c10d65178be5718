/*
 * sandbox.h - after start-up, charla gives up what serving does not need:
 * root (to the user named by CHARLA_USER) and, with Landlock, every path
 * but the database directory (read-write) and the few it reads.
 */
#ifndef CHARLA_HTTP_SANDBOX_H
#define CHARLA_HTTP_SANDBOX_H

#include "util/err.h"

/*
 * sandbox_enter restricts the calling process; call it once, after the
 * store is open and the static files and model are loaded, and before
 * the HTTP server starts its threads (Landlock binds the calling thread
 * and the threads it creates afterwards). db is the store URL (a SQLite
 * path, "sqlite:PATH" or a postgres:// URL), web_dir and the directory of
 * model_path (NULL: no model) are read-only; the directory, so that a new
 * model file moved over the old one can be reloaded. A kernel without Landlock
 * is logged and tolerated. Returns 0, or ERR_INVALID (after a message on
 * stderr) when CHARLA_USER names a user that cannot be switched to or who
 * cannot write the database; the caller then stops. Environment:
 * CHARLA_USER=NAME, CHARLA_ALLOW_ROOT=1, CHARLA_SANDBOX=off.
 */
MUST_CHECK int sandbox_enter(const char *db, const char *web_dir,
                             const char *model_path);

#endif
