/*
 * sqlite_settings.c - the site settings on SQLite, and their memo inside
 * the writer's batches.
 *
 * A post reads half a dozen settings (screening thresholds and word
 * lists, raid limits) inside the writer's batch. While a batch runs, the
 * writer holds the write lock, so no other connection can change a
 * setting; between batches, any commit by another connection moves
 * PRAGMA data_version. So a memo of the settings read, kept across
 * batches and dropped when data_version moved at the start of a batch,
 * or when this connection writes a setting (or its batch fails), always
 * answers what the database holds. Outside batches nothing is memoised.
 * The same memo knows whether the site has any ban at all (most have
 * none, and then a post's ban check needs no query); sqlite_m_ban_add
 * drops it.
 */
#include <stdlib.h>
#include <string.h>

#include "store/sqlite_int.h"

static const char *const sql_get = "SELECT value FROM settings WHERE key = ?1";
static const char *const sql_set =
    "INSERT INTO settings(key, value) VALUES (?1, ?2) "
    "ON CONFLICT(key) DO UPDATE SET value = excluded.value";
static const char *const sql_add = "INSERT INTO settings(key, value) VALUES "
                                   "(?1, ?2) ON CONFLICT(key) DO NOTHING";
static const char *const sql_data_version = "PRAGMA data_version";
static const char *const sql_swap =
    "UPDATE settings SET value = ?3 WHERE key = ?1 AND value = ?2";
/* settings are few (a few dozen, plus one per raided article): a scan */
static const char *const sql_list =
    "SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1 "
    "AND value <> '' ORDER BY key LIMIT 1000";

_Static_assert(STORE_SETTINGS_MAX == 1000, "the LIMIT of sql_list");

void sqlite_settings_memo_clear(struct sqlite_conn *c)
{
    struct settings_memo *m = &c->settings;
    for (int i = 0; i < m->n; i++) {
        free(m->key[i]);
        free(m->value[i]);
    }
    m->n = 0;
    m->no_bans = -1;
}

void sqlite_settings_memo_begin(struct sqlite_conn *c)
{
    struct settings_memo *m = &c->settings;
    sqlite3_stmt *st =
        sqlite_stmt(c, SQLITE_SETTINGS_FIRST_SLOT + 3, sql_data_version);
    int64_t dv = -1;
    if (st && sqlite3_step(st) == SQLITE_ROW)
        dv = sqlite3_column_int64(st, 0);
    if (st)
        sqlite3_reset(st);
    if (dv < 0 || dv != m->data_version)
        sqlite_settings_memo_clear(c);
    m->data_version = dv;
    m->active = dv >= 0;
}

void sqlite_settings_memo_end(struct sqlite_conn *c)
{
    c->settings.active = false;
}

/* memo_find: the slot of key, or -1. */
static int memo_find(const struct settings_memo *m, const char *key)
{
    for (int i = 0; i < m->n; i++)
        if (strcmp(m->key[i], key) == 0)
            return i;
    return -1;
}

/* memo_put remembers key -> value (NULL: no such setting), if it fits. */
static void memo_put(struct settings_memo *m, const char *key,
                     const char *value)
{
    if (m->n >= SETTINGS_MEMO_SLOTS)
        return;
    char *k = strdup(key);
    char *v = value ? strdup(value) : NULL;
    if (!k || (value && !v)) {
        free(k);
        free(v);
        return;
    }
    m->key[m->n] = k;
    m->value[m->n] = v;
    m->n++;
}

int sqlite_setting_get(struct store *s, const char *key, struct arena *a,
                       const char **value)
{
    CONN_OR_FAIL(s, c);
    struct settings_memo *m = &c->settings;
    if (m->active) {
        int i = memo_find(m, key);
        if (i >= 0) {
            if (!m->value[i])
                return ERR_NOTFOUND;
            *value = arena_strdup(a, m->value[i]);
            return *value ? 0 : ERR_NOMEM;
        }
    }
    sqlite3_stmt *st = sqlite_stmt(c, SQLITE_SETTINGS_FIRST_SLOT, sql_get);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, key);
    int rc = sqlite3_step(st);
    int ret = 0;
    if (rc == SQLITE_ROW) {
        *value = sqlite_col_text(st, 0, a);
        if (!*value)
            ret = ERR_NOMEM;
    } else {
        ret = rc == SQLITE_DONE ? ERR_NOTFOUND : sqlite_step_error(c, rc);
    }
    sqlite3_reset(st);
    if (m->active && (ret == 0 || ret == ERR_NOTFOUND))
        memo_put(m, key, ret == 0 ? *value : NULL);
    return ret;
}

static int write_setting(struct store *s, int slot, const char *sql,
                         const char *key, const char *value)
{
    CONN_OR_FAIL(s, c);
    sqlite_settings_memo_clear(c);
    sqlite3_stmt *st = sqlite_stmt(c, slot, sql);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, key);
    sqlite_bind_text(st, 2, value);
    return sqlite_step_done(c, st);
}

int sqlite_setting_set(struct store *s, const char *key, const char *value)
{
    return write_setting(s, SQLITE_SETTINGS_FIRST_SLOT + 1, sql_set, key,
                         value);
}

int sqlite_setting_add(struct store *s, const char *key, const char *value)
{
    return write_setting(s, SQLITE_SETTINGS_FIRST_SLOT + 2, sql_add, key,
                         value);
}

int sqlite_setting_swap(struct store *s, const char *key, const char *expected,
                        const char *value)
{
    CONN_OR_FAIL(s, c);
    sqlite_settings_memo_clear(c);
    sqlite3_stmt *st = sqlite_stmt(c, SQLITE_SETTINGS_FIRST_SLOT + 4, sql_swap);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, key);
    sqlite_bind_text(st, 2, expected);
    sqlite_bind_text(st, 3, value);
    int ret = sqlite_step_done(c, st);
    if (ret || sqlite3_changes(c->db) > 0)
        return ret;
    /* unset counts as "": claim the key if nobody has */
    if (expected[0])
        return ERR_CONFLICT;
    ret = write_setting(s, SQLITE_SETTINGS_FIRST_SLOT + 2, sql_add, key, value);
    if (ret == 0 && sqlite3_changes(c->db) == 0)
        ret = ERR_CONFLICT;
    return ret;
}

static int read_setting(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct store_setting *o = row;
    o->key = sqlite_col_text(st, 0, a);
    o->value = sqlite_col_text(st, 1, a);
    return o->key && o->value ? 0 : ERR_NOMEM;
}

int sqlite_setting_list(struct store *s, const char *prefix, struct arena *a,
                        struct store_setting **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = sqlite_stmt(c, SQLITE_SETTINGS_FIRST_SLOT + 5, sql_list);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, prefix);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_setting, (void **)out,
                            n);
}
