/*
 * sandbox.h - after start-up, charla gives up what serving does not need:
 * root (for the user sandbox_user.h chose from --user, CHARLA_USER or the
 * configuration's user key) and, with Landlock, every path but the
 * database directory (read-write) and the few it reads.
 */
#ifndef CHARLA_HTTP_SANDBOX_H
#define CHARLA_HTTP_SANDBOX_H

#include "http/sandbox_user.h"
#include "util/err.h"

/*
 * sandbox_enter restricts the calling process; call it once, after the
 * store is open and the static files and model are loaded, and before
 * the HTTP server starts its threads (Landlock binds the calling thread
 * and the threads it creates afterwards). db is the store URL (a SQLite
 * path, "sqlite:PATH" or a postgres:// URL), web_dir and the directory of
 * model_path (NULL: no model) are read-only; the directory, so that a new
 * model file moved over the old one can be reloaded. user (from
 * sandbox_user_choose, borrowed) says whether to switch users first. A
 * kernel without Landlock is logged and tolerated. Returns 0, or
 * ERR_INVALID (after a message on stderr) when the switch fails or the
 * user cannot write the database's directory; the caller then stops.
 * Environment: CHARLA_SANDBOX=off leaves Landlock out.
 */
MUST_CHECK int sandbox_enter(const struct sandbox_user *user, const char *db,
                             const char *web_dir, const char *model_path);

#endif
