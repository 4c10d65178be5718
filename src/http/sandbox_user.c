/*
 * sandbox_user.c - the user `charla serve` runs as (see sandbox_user.h).
 *
 * The lookup (getpwnam_r, which reads /etc/passwd or asks NSS) happens
 * here, early, and never again: Landlock later hides most of /etc, and a
 * name that cannot be switched to is better refused before anything is
 * created on disk. The switch itself is sandbox.c's (drop_root).
 */
#include <pwd.h>
#include <stdio.h>
#include <string.h>

#include "http/sandbox_user.h"

enum sandbox_user_plan sandbox_user_plan(bool named, bool found,
                                         uid_t named_uid, uid_t euid)
{
    if (!named)
        return euid == 0 ? SANDBOX_USER_KEEP_ROOT : SANDBOX_USER_KEEP;
    if (!found)
        return SANDBOX_USER_UNKNOWN;
    if (named_uid == 0)
        return SANDBOX_USER_ROOT_NAMED;
    if (euid == 0)
        return SANDBOX_USER_SWITCH;
    return named_uid == euid ? SANDBOX_USER_ALREADY : SANDBOX_USER_IGNORED;
}

int sandbox_user_choose(const char *name, const char *source, bool allow_root,
                        uid_t euid, struct sandbox_user *out, struct buf *msg)
{
    struct passwd pwcopy, *pw = NULL;
    char pwbuf[4096];
    bool named = name && name[0];

    memset(out, 0, sizeof(*out));
    if (named && strlen(name) >= sizeof(out->name)) {
        buf_addf(msg, "a user name has at most %d bytes (%s)",
                 SANDBOX_USER_NAME_MAX - 1, source);
        return ERR_INVALID;
    }
    /* an error (not just "no entry") is reported as unknown too: either
     * way charla cannot switch to it */
    if (named && (getpwnam_r(name, &pwcopy, pwbuf, sizeof(pwbuf), &pw) || !pw))
        pw = NULL;
    switch (sandbox_user_plan(named, pw != NULL, pw ? pw->pw_uid : 0, euid)) {
    case SANDBOX_USER_KEEP:
    case SANDBOX_USER_ALREADY:
        return 0;
    case SANDBOX_USER_KEEP_ROOT:
        if (!allow_root)
            buf_adds(msg, "running as root; set --user NAME (or CHARLA_USER, "
                          "or user = in the configuration file) to serve "
                          "as an unprivileged user");
        return 0;
    case SANDBOX_USER_IGNORED:
        buf_addf(msg, "user \"%s\" (%s) ignored: not running as root", name,
                 source);
        return 0;
    case SANDBOX_USER_UNKNOWN:
        buf_addf(msg, "no such user \"%s\" (%s)", name, source);
        return ERR_NOTFOUND;
    case SANDBOX_USER_ROOT_NAMED:
        buf_addf(msg,
                 "user \"%s\" (%s) has uid 0: charla must not serve as "
                 "root",
                 name, source);
        return ERR_INVALID;
    case SANDBOX_USER_SWITCH:
        break;
    }
    out->do_switch = true;
    out->uid = pw->pw_uid;
    out->gid = pw->pw_gid;
    snprintf(out->name, sizeof(out->name), "%s", name);
    return 0;
}
