/*
 * sandbox_user.h - which user `charla serve` runs as.
 *
 * The name comes from --user, CHARLA_USER or the configuration's user key
 * (cli/config.h decides which wins). It is looked up once, before the
 * model is loaded or the database opened, so that a misspelt name stops
 * the server before it creates a database as root; sandbox_enter
 * (sandbox.h) switches to it later. The decision itself is a pure
 * function, sandbox_user_plan, so it can be tested without being root.
 */
#ifndef CHARLA_HTTP_SANDBOX_USER_H
#define CHARLA_HTTP_SANDBOX_USER_H

#include <stdbool.h>
#include <sys/types.h>

#include "util/buf.h"
#include "util/err.h"

#define SANDBOX_USER_NAME_MAX 33 /* bytes of a user name, with NUL */

/* What serve does about its user, given who started it. */
enum sandbox_user_plan {
    SANDBOX_USER_KEEP,       /* not root and no user named: nothing to do */
    SANDBOX_USER_KEEP_ROOT,  /* root and no user named: serve as root, with
                                a warning unless CHARLA_ALLOW_ROOT=1 */
    SANDBOX_USER_SWITCH,     /* root: switch to the user named */
    SANDBOX_USER_ALREADY,    /* not root, and already the user named */
    SANDBOX_USER_IGNORED,    /* not root, another user named: a warning,
                                then serve as the user that started it */
    SANDBOX_USER_UNKNOWN,    /* error: the name names no user */
    SANDBOX_USER_ROOT_NAMED, /* error: the user named has uid 0 */
};

/*
 * sandbox_user_plan decides. named: a user name was given; found: it
 * names a user, whose uid is named_uid (ignored when not found); euid:
 * the effective uid charla runs as. An unknown name or root is an error
 * whether charla runs as root or not, so a configuration that works
 * under one account does not fail only under another.
 */
enum sandbox_user_plan sandbox_user_plan(bool named, bool found,
                                         uid_t named_uid, uid_t euid);

/* The user sandbox_enter switches to, when do_switch. */
struct sandbox_user {
    bool do_switch; /* false: serve as the user that started charla */
    uid_t uid;
    gid_t gid;
    char name[SANDBOX_USER_NAME_MAX]; /* for messages */
};

/*
 * sandbox_user_choose looks name up (NULL or "" for none) and fills out
 * for sandbox_enter. source says where the name came from ("--user",
 * "CHARLA_USER", ...) for messages; allow_root silences the warning for
 * root without a user (CHARLA_ALLOW_ROOT=1); euid is geteuid(), or a
 * stand-in for tests. Returns 0, with a warning appended to msg when
 * there is one to give (msg otherwise untouched), or ERR_NOTFOUND (no
 * such user), ERR_INVALID (root named, or a name longer than
 * SANDBOX_USER_NAME_MAX - 1 bytes) with the reason appended to msg; the
 * caller then stops. The name is quoted in messages only after its
 * length is checked; cli/config.c has already refused control bytes.
 */
MUST_CHECK int sandbox_user_choose(const char *name, const char *source,
                                   bool allow_root, uid_t euid,
                                   struct sandbox_user *out, struct buf *msg);

#endif
