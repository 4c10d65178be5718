/*
 * staff.h - staff accounts and their sessions: password hashing with
 * argon2id, login with a lock-out after repeated failures (per account
 * and client, see staff.c), sessions that expire after 12 hours idle, and
 * CSRF tokens.
 *
 * The session cookie holds 256 random bits; the store keeps only a keyed
 * hash of it, so a stolen database does not yield working sessions.
 */
#ifndef CHARLA_CORE_STAFF_H
#define CHARLA_CORE_STAFF_H

#include <stdbool.h>

#include "core/model.h"
#include "core/site.h"
#include "store/store.h"

#define STAFF_SESSION_IDLE_S (12 * 3600)
/* Failures of one client on one account that lock that client out of it */
#define STAFF_LOCKOUT_FAILURES 5
/* Failures on one account, from all clients, from which on each client
 * gets a single try in the window instead of STAFF_LOCKOUT_FAILURES */
#define STAFF_ACCOUNT_CEILING 100
#define STAFF_LOCKOUT_WINDOW_S (15 * 60)
#define STAFF_NAME_MAX_CHARS 40
#define STAFF_PASSWORD_MIN 8
#define STAFF_PASSWORD_MAX 1024
#define STAFF_TOKEN_HEX 64

/* staff_name_ok: a name an account could have: 1 to STAFF_NAME_MAX_CHARS
 * characters of valid UTF-8, no control characters. */
bool staff_name_ok(const char *name);

/*
 * staff_user_add creates an account. Refuses (ERR_INVALID, with a message)
 * a bad name or a password shorter than STAFF_PASSWORD_MIN, and
 * (ERR_CONFLICT) a name whose folded key is taken.
 */
MUST_CHECK int staff_user_add(struct store *st, const char *name,
                              enum role role, const char *password, int64_t now,
                              struct buf *msg);
MUST_CHECK int staff_user_passwd(struct store *st, const char *name,
                                 const char *password, struct buf *msg);
/*
 * staff_user_remove deletes an account and ends its sessions. Refuses
 * (ERR_CONFLICT, with a message) to remove the only admin; ERR_NOTFOUND
 * with "no staff account named ..." for an unknown name.
 */
MUST_CHECK int staff_user_remove(struct store *st, const char *name,
                                 struct buf *msg);
/*
 * staff_user_role gives an account another role and ends its sessions (the
 * account logs in again with the new rights). Refuses (ERR_CONFLICT, with a
 * message) to demote the only admin, changing nothing; ERR_NOTFOUND with
 * "no staff account named ..." for an unknown name.
 */
MUST_CHECK int staff_user_role(struct store *st, const char *name,
                               enum role role, struct buf *msg);

/* The outcome of a login attempt. */
enum staff_login {
    STAFF_LOGIN_OK,
    STAFF_LOGIN_BAD,    /* unknown name or wrong password: 401 */
    STAFF_LOGIN_LOCKED, /* too many failures from this client: 429 */
    STAFF_LOGIN_ERROR   /* the store failed: 503 */
};

/*
 * staff_login checks the password and on success creates a session:
 * cookie (64 hex chars + NUL) goes to the client, out is the session.
 * client is the pseudonymous key of the client that asks (the rotating
 * keyed hash of its network the flood limits use; "" if unknown), never
 * an address: failures are counted per account and client. Strings in out
 * live in arena a.
 */
enum staff_login staff_login(struct store *st, const struct site *site,
                             const char *name, const char *password,
                             const char *client, int64_t now, struct arena *a,
                             char cookie[STAFF_TOKEN_HEX + 1],
                             struct session *out);

/*
 * staff_session_live tells whether a cookie value names a live session,
 * reading only (no refresh, no clean-up): for a check made where the
 * store's writer must not be waited on. 0, ERR_NOTFOUND, or ERR_DB.
 */
MUST_CHECK int staff_session_live(struct store *st, const struct site *site,
                                  const char *cookie, int64_t now,
                                  struct arena *a);

/*
 * staff_session finds the live session for a cookie value and refreshes
 * its idle timer. ERR_NOTFOUND if there is none or it expired.
 */
MUST_CHECK int staff_session(struct store *st, const struct site *site,
                             const char *cookie, int64_t now, struct arena *a,
                             struct session *out);

/* staff_logout ends the session of that cookie. */
MUST_CHECK int staff_logout(struct store *st, const struct site *site,
                            const char *cookie);

/* staff_csrf_ok compares a presented token with the session's in constant
 * time. */
bool staff_csrf_ok(const struct session *se, const char *token);

#endif
