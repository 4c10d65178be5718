/*
 * staff.c - see staff.h.
 *
 * Data flow of a login: name -> folded key -> user row -> argon2id verify
 * -> random cookie and CSRF token -> the store keeps hash(cookie).
 *
 * The lock-out. Every failed attempt is stored with the account's key and
 * the client that made it. The client is not an address: the HTTP layer
 * hands over a keyed hash of the client's network whose key lives only in
 * the process and changes every day, and this file hashes it once more
 * with the site key and the account, so the rows of two accounts cannot
 * be told to come from one client. A client with STAFF_LOCKOUT_FAILURES
 * failures on an account in the window is refused on it (right password
 * or not) until they age out; other clients are not. Staff login names
 * are public (the badge shows them), so a lock on the whole account would
 * let anyone keep the moderators out during a raid.
 *
 * Guessing from many networks at once is slowed, not stopped: from
 * STAFF_ACCOUNT_CEILING failures on the account in the window, a client
 * that has failed there at all in the window is refused, so each network
 * gets one guess per window instead of five, and a moderator who has not
 * failed still gets in. A hard account-wide lock at the ceiling would
 * hand the lock-out back to anyone with a few dozen networks (a botnet,
 * Tor), which is the attack this rule is for. The password (argon2id, at
 * least STAFF_PASSWORD_MIN characters) is what stops guessing.
 *
 * Unknown names count too, so the answer does not say which names exist;
 * nor does its time: a name with no account costs the argon2id work a
 * password's check costs (unknown_name_work), not a quick "no".
 */
#include <sodium.h>
#include <string.h>

#include "core/names.h"
#include "core/staff.h"
#include "util/str.h"

static int fold(const char *name, struct buf *key)
{
    buf_init(key, 512);
    if (names_fold(name, strlen(name), key) || key->len == 0)
        return ERR_INVALID;
    return 0;
}

bool staff_name_ok(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || !str_utf8_valid(name, len) ||
        str_utf8_count(name, len) > STAFF_NAME_MAX_CHARS)
        return false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)name[i] < 0x20)
            return false;
    return true;
}

/* The actors charla writes in the audit log for what no staff member did
 * (render/audit_words.c translates them): an account named so would read
 * as the machine, a reader or an author there. */
static const char *const reserved_actors[] = {"system", "reader", "author",
                                              "command line"};

/* Whether key (a folded name) is the fold of a reserved actor's name. */
static bool reserved_name(const struct buf *key)
{
    bool taken = false;
    for (size_t i = 0;
         i < sizeof(reserved_actors) / sizeof(*reserved_actors) && !taken;
         i++) {
        struct buf r;
        if (fold(reserved_actors[i], &r) == 0)
            taken = strcmp(r.data, key->data) == 0;
        buf_release(&r);
    }
    return taken;
}

static int hash_password(const char *password, char out[crypto_pwhash_STRBYTES],
                         struct buf *msg)
{
    size_t len = strlen(password);
    if (len < STAFF_PASSWORD_MIN || len > STAFF_PASSWORD_MAX) {
        buf_addf(msg, "the password must be %d to %d characters",
                 STAFF_PASSWORD_MIN, STAFF_PASSWORD_MAX);
        return ERR_INVALID;
    }
    if (crypto_pwhash_str(out, password, len,
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        buf_adds(msg, "out of memory while hashing the password");
        return ERR_NOMEM;
    }
    return 0;
}

int staff_user_add(struct store *st, const char *name, enum role role,
                   const char *password, int64_t now, struct buf *msg)
{
    struct buf key;
    char hash[crypto_pwhash_STRBYTES];
    int ret;

    if (!staff_name_ok(name) || fold(name, &key)) {
        buf_addf(msg,
                 "a staff name is 1 to %d characters with a letter or "
                 "digit",
                 STAFF_NAME_MAX_CHARS);
        return ERR_INVALID;
    }
    if (reserved_name(&key)) {
        buf_addf(msg,
                 "\"%s\" reads as one of the names the audit log gives what "
                 "no staff member did (system, reader, author, command "
                 "line); choose another name",
                 name);
        buf_release(&key);
        return ERR_INVALID;
    }
    ret = hash_password(password, hash, msg);
    if (ret == 0) {
        struct user u = {.name = name,
                         .name_key = key.data,
                         .role = role,
                         .pwhash = hash,
                         .created = now};
        ret = store_user_insert(st, &u, NULL);
        if (ret == ERR_CONFLICT)
            buf_addf(msg, "a staff account named like \"%s\" exists", name);
        else if (ret)
            buf_adds(msg, "the account could not be stored");
    }
    sodium_memzero(hash, sizeof(hash));
    buf_release(&key);
    return ret;
}

int staff_user_passwd(struct store *st, const char *name, const char *password,
                      struct buf *msg)
{
    struct buf key;
    char hash[crypto_pwhash_STRBYTES];
    if (fold(name, &key)) {
        buf_release(&key);
        buf_addf(msg, "no staff account named \"%s\"", name);
        return ERR_NOTFOUND;
    }
    int ret = hash_password(password, hash, msg);
    if (ret == 0) {
        ret = store_user_set_password(st, key.data, hash);
        if (ret == ERR_NOTFOUND)
            buf_addf(msg, "no staff account named \"%s\"", name);
    }
    sodium_memzero(hash, sizeof(hash));
    buf_release(&key);
    return ret;
}

/*
 * last_admin_guard refuses (ERR_CONFLICT, with a message) a change that
 * takes the account with name_key out of the admins (removal, or a role
 * below admin) when it is the only admin: a site always keeps one, since
 * only an admin can manage accounts and settings from the pages.
 * ERR_NOTFOUND (with a message) if there is no such account.
 */
static int last_admin_guard(struct store *st, const char *name,
                            const char *name_key, struct buf *msg)
{
    struct arena a;
    struct user *users;
    size_t n;
    arena_init(&a, 0);
    int ret = store_user_list(st, &a, &users, &n);
    if (ret) {
        buf_adds(msg, "the accounts could not be read");
        goto out;
    }
    size_t admins = 0;
    bool found = false, is_admin = false;
    for (size_t i = 0; i < n; i++) {
        if (users[i].role == ROLE_ADMIN)
            admins++;
        if (strcmp(users[i].name_key, name_key) == 0) {
            found = true;
            is_admin = users[i].role == ROLE_ADMIN;
        }
    }
    if (!found) {
        buf_addf(msg, "no staff account named \"%s\"", name);
        ret = ERR_NOTFOUND;
    } else if (is_admin && admins == 1) {
        buf_addf(msg,
                 "%s is the only admin; make another account admin "
                 "first",
                 name);
        ret = ERR_CONFLICT;
    }
out:
    arena_release(&a);
    return ret;
}

/* change_account's role for a removal: no role is 0 */
#define ACCOUNT_REMOVED 0

/* change_account runs a change to the account named name (role
 * ACCOUNT_REMOVED: removal, else that role) in one transaction with the guard
 * that keeps the site an admin (not asked when the account becomes an admin).
 * The guard reads the admins after locking them (store_user_lock_admins), so
 * of two changes at the very same moment that would each leave one admin
 * (two admins demoting each other), the second waits for the first and then
 * sees it: on PostgreSQL as on SQLite, one admin stays. what names the change
 * in a failure ("changed", "removed"). */
static int change_account(struct store *st, const char *name, int role,
                          const char *what, struct buf *msg)
{
    struct buf key;
    if (fold(name, &key)) {
        buf_release(&key);
        buf_addf(msg, "no staff account named \"%s\"", name);
        return ERR_NOTFOUND;
    }
    int ret = store_begin(st);
    if (ret == 0 && role != ROLE_ADMIN) {
        ret = store_user_lock_admins(st);
        if (ret)
            buf_addf(msg, "the account could not be %s", what);
        else
            ret = last_admin_guard(st, name, key.data, msg);
    } else if (ret) {
        buf_addf(msg, "the account could not be %s", what);
    }
    if (ret == 0) {
        ret = role == ACCOUNT_REMOVED
                  ? store_user_delete(st, key.data)
                  : store_user_set_role(st, key.data, (enum role)role);
        if (ret == ERR_NOTFOUND)
            buf_addf(msg, "no staff account named \"%s\"", name);
        else if (ret)
            buf_addf(msg, "the account could not be %s", what);
    }
    if (ret == 0) {
        ret = store_commit(st);
        if (ret)
            buf_addf(msg, "the account could not be %s", what);
    } else {
        store_rollback(st);
    }
    buf_release(&key);
    return ret;
}

int staff_user_role(struct store *st, const char *name, enum role role,
                    struct buf *msg)
{
    return change_account(st, name, (int)role, "changed", msg);
}

int staff_user_remove(struct store *st, const char *name, struct buf *msg)
{
    return change_account(st, name, ACCOUNT_REMOVED, "removed", msg);
}

/* site_keyed_hex: a hash keyed with the site key of domain (with its NUL),
 * then of first with its NUL when given (so no two pairs run together),
 * then of last, in hex. */
static void site_keyed_hex(const struct site *site, const char *domain,
                           size_t domain_size, const char *first,
                           const char *last, char out[PSEUDONYM_HASH_HEX + 1])
{
    unsigned char digest[PSEUDONYM_HASH_HEX / 2];
    crypto_generichash_state h;
    crypto_generichash_init(&h, site->key, sizeof(site->key), sizeof(digest));
    crypto_generichash_update(&h, (const unsigned char *)domain, domain_size);
    if (first)
        crypto_generichash_update(&h, (const unsigned char *)first,
                                  strlen(first) + 1);
    crypto_generichash_update(&h, (const unsigned char *)last, strlen(last));
    crypto_generichash_final(&h, digest, sizeof(digest));
    str_hex(digest, sizeof(digest), out);
}

static void keyed_hash(const struct site *site, const char *cookie,
                       char out[PSEUDONYM_HASH_HEX + 1])
{
    static const char domain[] = "charla staff session v1";
    site_keyed_hex(site, domain, sizeof(domain), NULL, cookie, out);
}

static void random_hex(char out[STAFF_TOKEN_HEX + 1])
{
    unsigned char raw[STAFF_TOKEN_HEX / 2];
    randombytes_buf(raw, sizeof(raw));
    str_hex(raw, sizeof(raw), out);
    sodium_memzero(raw, sizeof(raw));
}

/* login_client_hash: who failed, as the lock-out stores it (see the top
 * of the file): the client's key, hashed with the site key and the
 * account's name key. */
static void login_client_hash(const struct site *site, const char *name_key,
                              const char *client,
                              char out[PSEUDONYM_HASH_HEX + 1])
{
    static const char domain[] = "charla login client v1";
    site_keyed_hex(site, domain, sizeof(domain), name_key, client, out);
}

/* unknown_name_work spends, for a login to a name with no account, the
 * time checking a password against an account's hash takes: a hash of it
 * at the cost accounts are hashed with (hash_password). Without it a
 * wrong password answers in a tenth of a second for a real account and at
 * once for any other name, and the time tells which names have one (an
 * admin who never posts has no badge to show it). */
static void unknown_name_work(const char *password)
{
    char unused[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(unused, password, strlen(password),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0)
        sodium_memzero(unused, sizeof(unused));
}

/* login_locked: the lock-out rule, given the account's failures in the
 * window and those of this client among them. */
static bool login_locked(int64_t account, int64_t by_client)
{
    if (by_client >= STAFF_LOCKOUT_FAILURES)
        return true;
    return account >= STAFF_ACCOUNT_CEILING && by_client > 0;
}

enum staff_login staff_login(struct store *st, const struct site *site,
                             const char *name, const char *password,
                             const char *client, int64_t now, struct arena *a,
                             char cookie[STAFF_TOKEN_HEX + 1],
                             struct session *out)
{
    struct buf key;
    struct user u;
    int64_t failures = 0, mine = 0;
    char who[PSEUDONYM_HASH_HEX + 1];
    enum staff_login result = STAFF_LOGIN_BAD;

    if (fold(name, &key))
        goto out;
    login_client_hash(site, key.data, client ? client : "", who);
    if (store_login_failure_count(st, key.data, who,
                                  now - STAFF_LOCKOUT_WINDOW_S, &failures,
                                  &mine)) {
        result = STAFF_LOGIN_ERROR;
        goto out;
    }
    if (login_locked(failures, mine)) {
        result = STAFF_LOGIN_LOCKED;
        goto out;
    }
    int ret = store_user_by_name(st, key.data, a, &u);
    bool ok = ret == 0 && crypto_pwhash_str_verify(u.pwhash, password,
                                                   strlen(password)) == 0;
    if (ret && ret != ERR_NOTFOUND) {
        result = STAFF_LOGIN_ERROR;
        goto out;
    }
    if (ret == ERR_NOTFOUND)
        unknown_name_work(password);
    if (!ok) {
        if (store_login_failure_add(st, key.data, who, now,
                                    now - STAFF_LOCKOUT_WINDOW_S))
            result = STAFF_LOGIN_ERROR;
        goto out;
    }
    char hash[PSEUDONYM_HASH_HEX + 1];
    char *csrf = arena_alloc(a, STAFF_TOKEN_HEX + 1);
    char *id_hash = arena_alloc(a, sizeof(hash));
    if (!csrf || !id_hash) {
        result = STAFF_LOGIN_ERROR;
        goto out;
    }
    random_hex(cookie);
    random_hex(csrf);
    keyed_hash(site, cookie, id_hash);
    memset(out, 0, sizeof(*out));
    out->id_hash = id_hash;
    out->user_id = u.id;
    out->csrf = csrf;
    out->created = now;
    out->last_seen = now;
    out->user = u;
    result = store_session_insert(st, out) ? STAFF_LOGIN_ERROR : STAFF_LOGIN_OK;
out:
    buf_release(&key);
    return result;
}

int staff_session_live(struct store *st, const struct site *site,
                       const char *cookie, int64_t now, struct arena *a)
{
    char hash[PSEUDONYM_HASH_HEX + 1];
    struct session se;
    if (!cookie || strlen(cookie) != STAFF_TOKEN_HEX)
        return ERR_NOTFOUND;
    keyed_hash(site, cookie, hash);
    int ret = store_session_get(st, hash, a, &se);
    if (ret)
        return ret;
    return now - se.last_seen > STAFF_SESSION_IDLE_S ? ERR_NOTFOUND : 0;
}

int staff_session(struct store *st, const struct site *site, const char *cookie,
                  int64_t now, struct arena *a, struct session *out)
{
    char hash[PSEUDONYM_HASH_HEX + 1];
    if (!cookie || strlen(cookie) != STAFF_TOKEN_HEX)
        return ERR_NOTFOUND;
    keyed_hash(site, cookie, hash);
    int ret = store_session_get(st, hash, a, out);
    if (ret)
        return ret;
    if (now - out->last_seen > STAFF_SESSION_IDLE_S) {
        int ignored = store_session_delete(st, hash);
        (void)ignored;
        return ERR_NOTFOUND;
    }
    if (now - out->last_seen >= 60)
        return store_session_touch(st, hash, now);
    return 0;
}

int staff_logout(struct store *st, const struct site *site, const char *cookie)
{
    char hash[PSEUDONYM_HASH_HEX + 1];
    if (!cookie || strlen(cookie) != STAFF_TOKEN_HEX)
        return 0;
    keyed_hash(site, cookie, hash);
    return store_session_delete(st, hash);
}

bool staff_csrf_ok(const struct session *se, const char *token)
{
    if (!token || strlen(token) != STAFF_TOKEN_HEX ||
        strlen(se->csrf) != STAFF_TOKEN_HEX)
        return false;
    return sodium_memcmp(se->csrf, token, STAFF_TOKEN_HEX) == 0;
}
