/*
 * store.h - the one storage interface of charla.
 *
 * Everything charla keeps goes through these functions. Behind them sits a
 * backend (sqlite.c, the embedded default; pg.c for PostgreSQL), chosen by
 * the URL given to store_open. The backends implement struct store_ops;
 * nothing outside src/store includes a database header.
 *
 * Threads: a store may be used from many threads at once. Each thread gets
 * its own database connection on first use, so a transaction begun with
 * store_begin belongs to the calling thread until it commits or rolls back.
 *
 * Memory: functions that return rows take an arena; every string in the
 * returned structs lives in that arena until it is reset. Inputs are
 * borrowed for the duration of the call.
 *
 * Errors: functions return 0 or a negative enum err. ERR_NOTFOUND means no
 * such row; ERR_CONFLICT a uniqueness rule (e.g. an article path in use);
 * ERR_DB anything the database itself reported (logged by the backend).
 */
#ifndef CHARLA_STORE_STORE_H
#define CHARLA_STORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "core/model.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/err.h"

struct store;

/* Why a comment waits in the queue, as a filter of it. QUEUE_HELD is
 * every held comment, QUEUE_SCREENING those held with a screening result. */
enum queue_reason {
    QUEUE_ANY = 0,
    QUEUE_PENDING = 1,
    QUEUE_HELD = 2,
    QUEUE_SCREENING = 3,
    QUEUE_REPORTED = 4
};

/* The most comments one read of the queue may ask for. */
#define QUEUE_READ_MAX 1000

/* Which part of the queue to read (store_queue_page, store_queue_count). */
struct queue_query {
    int64_t article_id;    /* 0 for every article */
    enum queue_reason why; /* QUEUE_ANY for every reason */
    bool newest_first;     /* else oldest first */
    int64_t after_created; /* a cursor: only comments after (created, id) */
    int64_t after_id;      /* in the order; after_id 0 for no cursor */
    int64_t offset;        /* comments skipped (after the cursor) */
    int64_t limit;         /* 1..QUEUE_READ_MAX comments at most */
};

/* A setting as store_setting_list gives it. */
struct store_setting {
    const char *key;
    const char *value;
};

/* A comment of the site-wide feed, as store_comments_newest_keys gives
 * it: enough to tell whether the feed changed, not to render it. */
struct store_newest_key {
    int64_t comment_id;
    int64_t article_id;
    int64_t article_version; /* articles.version when read */
};

/* A comment whose zone offset is not recorded, as
 * store_comment_offsets_fill reads it. */
struct store_comment_time {
    int64_t id;
    int64_t created; /* Unix seconds */
};

/* A path an article answered at before an editor changed it (schema 6). */
struct former_path {
    const char *path;
    int64_t created; /* when it stopped being the article's path */
};

/* The most former paths store_former_paths reads for one article. */
#define STORE_FORMER_PATHS_MAX 1000

/* A unit of work for store_batched (see there). */
typedef int (*store_batch_fn)(struct store *s, void *ctx);

struct store_ops {
    const char *name; /* "sqlite" or "postgres" */
    void (*close)(struct store *s);
    int (*begin)(struct store *s);
    int (*commit)(struct store *s);
    int (*rollback)(struct store *s);
    int (*ping)(struct store *s);
    int (*batched)(struct store *s, store_batch_fn fn, void *ctx);

    int (*setting_get)(struct store *s, const char *key, struct arena *a,
                       const char **value);
    int (*setting_set)(struct store *s, const char *key, const char *value);
    int (*setting_add)(struct store *s, const char *key, const char *value);
    int (*setting_swap)(struct store *s, const char *key, const char *expected,
                        const char *value);
    int (*bulk_mode)(struct store *s);

    int (*article_insert)(struct store *s, const struct article *in,
                          int64_t *id_out);
    int (*article_get)(struct store *s, int64_t id, struct arena *a,
                       struct article *out);
    int (*article_by_path)(struct store *s, const char *path, struct arena *a,
                           struct article *out);
    int (*article_by_source)(struct store *s, const char *source_id,
                             struct arena *a, struct article *out);
    int (*article_by_external_url)(struct store *s, const char *url,
                                   struct arena *a, struct article *out);
    int (*article_list)(struct store *s, bool published_only, struct arena *a,
                        struct article **out, size_t *n);
    int (*article_count)(struct store *s, int64_t *n);

    int (*comment_insert)(struct store *s, struct comment *c);
    int (*comment_get)(struct store *s, int64_t id, struct arena *a,
                       struct comment *out);
    int (*comment_by_source)(struct store *s, const char *source_id,
                             struct arena *a, struct comment *out);
    int (*comment_by_created)(struct store *s, int64_t article_id,
                              int64_t created, struct arena *a,
                              struct comment *out);
    int (*comment_by_number)(struct store *s, int64_t article_id,
                             const char *number, struct arena *a,
                             struct comment *out);
    int (*comment_list)(struct store *s, int64_t article_id, struct arena *a,
                        struct comment **out, size_t *n);

    /* moderation (schema 2) */
    int (*user_insert)(struct store *s, const struct user *u, int64_t *id);
    int (*user_by_name)(struct store *s, const char *name_key, struct arena *a,
                        struct user *out);
    int (*user_list)(struct store *s, struct arena *a, struct user **out,
                     size_t *n);
    int (*user_delete)(struct store *s, const char *name_key);
    int (*user_set_password)(struct store *s, const char *name_key,
                             const char *pwhash);
    int (*user_set_role)(struct store *s, const char *name_key, enum role role);
    int (*user_lock_admins)(struct store *s);
    int (*session_insert)(struct store *s, const struct session *se);
    int (*session_get)(struct store *s, const char *id_hash, struct arena *a,
                       struct session *out);
    int (*session_touch)(struct store *s, const char *id_hash, int64_t now);
    int (*session_delete)(struct store *s, const char *id_hash);
    int (*login_failure_add)(struct store *s, const char *name_key,
                             const char *client, int64_t at,
                             int64_t forget_before);
    int (*login_failure_count)(struct store *s, const char *name_key,
                               const char *client, int64_t since,
                               int64_t *account, int64_t *by_client);
    int (*comment_transition)(struct store *s, const struct transition *t);
    int (*audit_add)(struct store *s, const struct audit_entry *e);
    int (*audit_list)(struct store *s, int64_t comment_id, int limit,
                      struct arena *a, struct audit_entry **out, size_t *n);
    /* q always has a cursor (after_id != 0): store_queue_page gives one
     * before the first comment when its caller gave none */
    int (*queue_page)(struct store *s, const struct queue_query *q,
                      struct arena *a, struct comment **out, size_t *n);
    int (*queue_count)(struct store *s, const struct queue_query *q,
                       int64_t *total);
    int (*report_add)(struct store *s, const struct report_new *r,
                      int64_t *count, int64_t *counted);
    int (*report_list)(struct store *s, int64_t comment_id, struct arena *a,
                       struct report **out, size_t *n);
    int (*reports_restore)(struct store *s, int64_t comment_id,
                           const struct report *rs, size_t n,
                           int64_t report_count);
    int (*ban_add)(struct store *s, const struct ban *b);
    int (*ban_active)(struct store *s, const char *author_hash, int64_t now,
                      struct arena *a, struct ban *out);
    int (*ban_list)(struct store *s, int64_t now, struct arena *a,
                    struct ban **out, size_t *n);
    int (*ban_lift)(struct store *s, int64_t id, int64_t now, struct arena *a,
                    struct ban *out);
    int (*author_record)(struct store *s, const char *author_hash,
                         int64_t *visible, int64_t *removed);
    int (*article_update)(struct store *s, const struct article *in);
    int (*checkpoint)(struct store *s);
    int (*recent_activity)(struct store *s, int64_t article_id, int64_t since,
                           int64_t *comments, int64_t *new_readers);
    int (*comments_by_author)(struct store *s, const char *author_hash,
                              struct arena *a, struct comment **out, size_t *n);
    int (*comments_by_author_page)(struct store *s, const char *author_hash,
                                   int64_t before_id, int64_t limit,
                                   struct arena *a, struct comment **out,
                                   size_t *n);
    int (*author_comment_counts)(struct store *s, const char *author_hash,
                                 int64_t *live, int64_t *gone,
                                 int64_t *withdrawn);
    /* batched reads: n is 1..STORE_BATCH_MAX (store.c answers n 0) */
    int (*articles_by_ids)(struct store *s, const int64_t *ids, size_t n,
                           struct arena *a, struct article **out, size_t *nout);
    int (*comments_by_ids)(struct store *s, const int64_t *ids, size_t n,
                           struct arena *a, struct comment **out, size_t *nout);
    int (*author_records)(struct store *s, const char *const *hashes, size_t n,
                          int64_t *visible, int64_t *removed);
    int (*reports_of)(struct store *s, const int64_t *comment_ids, size_t n,
                      struct arena *a, struct report **out, size_t *nout);
    int (*bans_of)(struct store *s, const char *const *hashes, size_t n,
                   int64_t now, struct arena *a, struct ban **out,
                   size_t *nout);
    int (*setting_list)(struct store *s, const char *prefix, struct arena *a,
                        struct store_setting **out, size_t *n);
    /* former paths (schema 6) */
    int (*article_by_former_path)(struct store *s, const char *path,
                                  struct arena *a, struct article *out);
    int (*former_paths)(struct store *s, int64_t article_id, struct arena *a,
                        struct former_path **out, size_t *n);
    int (*former_path_add)(struct store *s, int64_t article_id,
                           const char *path, int64_t created);
    /* the site's newest comments (schema 8): limit is 1..STORE_NEWEST_MAX
     * (store.c answers the rest) */
    int (*comments_newest)(struct store *s, int64_t limit, struct arena *a,
                           struct comment **out, size_t *n);
    /* the same comments' keys alone (see store_comments_newest_keys) */
    int (*comments_newest_keys)(struct store *s, int64_t limit, struct arena *a,
                                struct store_newest_key **out, size_t *n);
    /* comments without a zone offset (schema 18) whose id is above
       after_id, by id, at most limit */
    int (*comments_tz_unknown)(struct store *s, int64_t after_id, int64_t limit,
                               struct arena *a, struct store_comment_time **out,
                               size_t *n);
    /* records one comment's offset if it has none yet */
    int (*comment_tz_set)(struct store *s, int64_t id, int offset_min);
};

/* A backend's state starts with this header; see sqlite.c and pg.c. */
struct store {
    const struct store_ops *ops;
};

/*
 * store_open opens (creating and migrating as needed) the database named by
 * url: a file path or "sqlite:PATH" for SQLite, "postgres://..." or
 * "postgresql://..." for PostgreSQL. Returns NULL and appends a message to
 * err on failure. Caller frees with store_free.
 */
struct store *store_open(const char *url, struct buf *err);
void store_free(struct store *s);

/* store_backend_name: "sqlite" or "postgres". */
const char *store_backend_name(const struct store *s);

/*
 * store_bulk_mode prepares the calling thread's connection for a large
 * import (SQLite: a 64 MiB page cache instead of 1 MiB). 0 or an error.
 */
MUST_CHECK int store_bulk_mode(struct store *s);

/* Transactions on the calling thread's connection. */
MUST_CHECK int store_begin(struct store *s);
MUST_CHECK int store_commit(struct store *s);
int store_rollback(struct store *s);
/* store_ping checks the database answers (for /healthz). */
MUST_CHECK int store_ping(struct store *s);

/* Site settings: small key/value strings. ERR_NOTFOUND if unset. */
MUST_CHECK int store_setting_get(struct store *s, const char *key,
                                 struct arena *a, const char **value);
MUST_CHECK int store_setting_set(struct store *s, const char *key,
                                 const char *value);
/*
 * store_setting_list: the settings whose key starts with prefix and whose
 * value is not empty (an empty value counts as unset, as for
 * store_setting_swap), by key in byte order, at most STORE_SETTINGS_MAX.
 * For settings kept one per thing ("raid:<article id>"), read together
 * instead of one look-up per thing. Strings live in a.
 */
#define STORE_SETTINGS_MAX 1000
MUST_CHECK int store_setting_list(struct store *s, const char *prefix,
                                  struct arena *a, struct store_setting **out,
                                  size_t *n);
/* Sets key only if it has no value yet (several processes starting at
 * once agree on the first one); 0 either way. */
MUST_CHECK int store_setting_add(struct store *s, const char *key,
                                 const char *value);
/*
 * store_setting_swap sets key to value only if it still holds expected
 * ("" also matches an unset key), so that two staff members saving at once
 * cannot overwrite each other unseen: ERR_CONFLICT if it holds anything
 * else.
 */
MUST_CHECK int store_setting_swap(struct store *s, const char *key,
                                  const char *expected, const char *value);

/*
 * store_article_insert stores a new article (in->version is ignored).
 * in->id 0 lets the store pick the id; an id above 0 is stored as given
 * (a restore that keeps readers' handles, which derive from it), and
 * ERR_CONFLICT if another article has it. ERR_CONFLICT too if its path or
 * source_id is taken.
 */
MUST_CHECK int store_article_insert(struct store *s, const struct article *in,
                                    int64_t *id_out);
MUST_CHECK int store_article_get(struct store *s, int64_t id, struct arena *a,
                                 struct article *out);
MUST_CHECK int store_article_by_path(struct store *s, const char *path,
                                     struct arena *a, struct article *out);
MUST_CHECK int store_article_by_source(struct store *s, const char *source_id,
                                       struct arena *a, struct article *out);
/*
 * store_article_by_external_url: the oldest published article (lowest
 * id) whose external_url is exactly url (the page on another site it
 * discusses: an embed thread, or a thread imported from Disqus or
 * WordPress), else the oldest unpublished one, as store_article_get
 * fills it. url must not be "". ERR_NOTFOUND if none.
 * Strings live in a.
 */
MUST_CHECK int store_article_by_external_url(struct store *s, const char *url,
                                             struct arena *a,
                                             struct article *out);
/* Newest first; comment_count filled. */
MUST_CHECK int store_article_list(struct store *s, bool published_only,
                                  struct arena *a, struct article **out,
                                  size_t *n);
MUST_CHECK int store_article_count(struct store *s, int64_t *n);

/*
 * store_comment_insert stores a new comment and gives it its permanent
 * number: the next free top-level number of the article, or the parent's
 * number plus the next free child index. Reads article_id, parent_id,
 * status, author_*, created, body, reason, source_id from c; fills c->id,
 * c->number and c->depth. Bumps the article's version. ERR_NOTFOUND if the
 * article or parent does not exist, ERR_INVALID if the parent belongs to
 * another article, ERR_CONFLICT if source_id is taken; ERR_INVALID too
 * for a tz_known offset beyond COMMENT_TZ_OFFSET_MAX_MIN.
 */
MUST_CHECK int store_comment_insert(struct store *s, struct comment *c);

/*
 * store_batched runs fn(s, ctx) as one unit of the store's next group
 * commit and returns once that commit is durable: fn's result, or ERR_DB
 * if the commit failed (then nothing fn wrote is kept). What fn reads and
 * writes through s is part of the batch's transaction; when fn fails, its
 * own writes are undone and the rest of the batch goes on. fn may run on
 * another thread (the SQLite writer, whose page cache stays warm because
 * no other connection of this process writes in between), so it must not
 * call store_begin, store_commit or store_rollback, and must not depend on
 * the caller's thread-local state. fn may run more than once (when a job
 * of its batch failed after writing, the batch runs again), so it must
 * have no effect outside the store but what it leaves in ctx. Backends
 * without group commit run fn in the caller's thread.
 */
MUST_CHECK int store_batched(struct store *s, store_batch_fn fn, void *ctx);
MUST_CHECK int store_comment_get(struct store *s, int64_t id, struct arena *a,
                                 struct comment *out);
MUST_CHECK int store_comment_by_source(struct store *s, const char *source_id,
                                       struct arena *a, struct comment *out);
/* The first comment of the article created at exactly that second. */
MUST_CHECK int store_comment_by_created(struct store *s, int64_t article_id,
                                        int64_t created, struct arena *a,
                                        struct comment *out);
/* The comment of the article with that number ("1.3"). */
MUST_CHECK int store_comment_by_number(struct store *s, int64_t article_id,
                                       const char *number, struct arena *a,
                                       struct comment *out);
/* All comments of an article in thread order (1, 1.1, 1.1.1, 1.2, 2...). */
MUST_CHECK int store_comment_list(struct store *s, int64_t article_id,
                                  struct arena *a, struct comment **out,
                                  size_t *n);

/* --- Staff accounts and sessions ------------------------------------- */

/* ERR_CONFLICT if a user with that name_key exists. */
MUST_CHECK int store_user_insert(struct store *s, const struct user *u,
                                 int64_t *id);
MUST_CHECK int store_user_by_name(struct store *s, const char *name_key,
                                  struct arena *a, struct user *out);
/* All users, by name. */
MUST_CHECK int store_user_list(struct store *s, struct arena *a,
                               struct user **out, size_t *n);
/* Deletes the user and their sessions. ERR_NOTFOUND if none. */
MUST_CHECK int store_user_delete(struct store *s, const char *name_key);
MUST_CHECK int store_user_set_password(struct store *s, const char *name_key,
                                       const char *pwhash);
/*
 * store_user_set_role gives the user another role and ends every session
 * of theirs, so no open page keeps acting with the old rights. ERR_NOTFOUND
 * if there is no such user. The caller checks that a site keeps an admin.
 */
MUST_CHECK int store_user_set_role(struct store *s, const char *name_key,
                                   enum role role);
/*
 * store_user_lock_admins, inside the caller's transaction (store_begin),
 * keeps the admin accounts as they are until it ends: another
 * transaction that changes or removes one of them, or locks them too,
 * waits until then. A list read after it (store_user_list) sees the
 * admins as the transaction will leave them, so a check that a site
 * keeps one holds at the commit (core/staff.c). PostgreSQL locks the
 * admin rows (SELECT ... FOR UPDATE, in id order, so two callers never
 * deadlock); SQLite's write transaction already shuts out every other
 * writer. ERR_INVALID outside a transaction.
 */
MUST_CHECK int store_user_lock_admins(struct store *s);
MUST_CHECK int store_session_insert(struct store *s, const struct session *se);
/* The session and its user (out->user). ERR_NOTFOUND if none. */
MUST_CHECK int store_session_get(struct store *s, const char *id_hash,
                                 struct arena *a, struct session *out);
MUST_CHECK int store_session_touch(struct store *s, const char *id_hash,
                                   int64_t now);
MUST_CHECK int store_session_delete(struct store *s, const char *id_hash);
/*
 * Failed logins, for the lock-out rule (core/staff.c). A row names the
 * account (its folded name key) and the client that failed: an opaque
 * keyed hash the caller makes, never an address.
 *
 * store_login_failure_add records one failure at `at` and forgets every
 * failure (of any account) older than forget_before, so the table holds
 * only what the rule still reads.
 *
 * store_login_failure_count counts the account's failures since `since`:
 * all of them in *account, those of that client in *by_client.
 */
MUST_CHECK int store_login_failure_add(struct store *s, const char *name_key,
                                       const char *client, int64_t at,
                                       int64_t forget_before);
MUST_CHECK int store_login_failure_count(struct store *s, const char *name_key,
                                         const char *client, int64_t since,
                                         int64_t *account, int64_t *by_client);

/* --- Moderation ------------------------------------------------------ */

/*
 * store_comment_transition applies t atomically (see struct transition):
 * ERR_NOTFOUND for no such comment, ERR_CONFLICT if it is no longer in
 * t->from, or if t withdraws (COMMENT_WITHDRAWN) a comment that was
 * public (was_public: approved meanwhile, say, then held again), which
 * must keep a tombstone (core/moderation.h, mod_author_deletion).
 *
 * SQLite overwrites freed bytes, and a transition that erases or rewrites
 * text (t->new_body or t->erase_identity: a purge, a redaction, an
 * author's deletion) checkpoints the WAL, so the old text is nowhere in
 * the database files.
 */
MUST_CHECK int store_comment_transition(struct store *s,
                                        const struct transition *t);
/* An audit row that is not a status change (a ban, a note, a setting). */
MUST_CHECK int store_audit_add(struct store *s, const struct audit_entry *e);
/* Newest first; comment_id 0 for all; at most limit rows. */
MUST_CHECK int store_audit_list(struct store *s, int64_t comment_id, int limit,
                                struct arena *a, struct audit_entry **out,
                                size_t *n);
/*
 * The queue: comments pending or held, and visible comments with reports.
 * store_queue_page answers one page of it in q's order (rows in the
 * arena); store_queue_count counts every comment q's article and reason
 * select, ignoring its cursor, offset and limit.
 */
MUST_CHECK int store_queue_page(struct store *s, const struct queue_query *q,
                                struct arena *a, struct comment **out,
                                size_t *n);
MUST_CHECK int store_queue_count(struct store *s, const struct queue_query *q,
                                 int64_t *total);
/*
 * store_report_add records report r: one per reader per comment,
 * ERR_CONFLICT for a second one. The report counts toward holding the
 * comment when r->may_count and no counted report of the comment has
 * r->client_hash (an empty one matches none); store_comment_transition
 * with clear_reports makes every earlier report of the comment stop
 * counting. *count gets the comment's report count afterwards, and
 * *counted (may be NULL) how many of its reports count.
 */
MUST_CHECK int store_report_add(struct store *s, const struct report_new *r,
                                int64_t *count, int64_t *counted);
MUST_CHECK int store_report_list(struct store *s, int64_t comment_id,
                                 struct arena *a, struct report **out,
                                 size_t *n);
/*
 * store_reports_restore gives comment comment_id, just restored from a
 * backup, the n reports rs (their reason, at and counted; comment_id is
 * ignored) and sets its report_count (the reports since a moderator last
 * dismissed them) to report_count. A backup names no reporter, so each
 * row gets a reporter key no reader's hash can equal ("backup:1",
 * "backup:2", ... in the order given): a reader who reported it before
 * may report it once more. Call it once per comment (ERR_CONFLICT the
 * second time). ERR_NOTFOUND if there is no such comment.
 */
#define STORE_BACKUP_REPORTER_PREFIX "backup:"
MUST_CHECK int store_reports_restore(struct store *s, int64_t comment_id,
                                     const struct report *rs, size_t n,
                                     int64_t report_count);
/*
 * store_ban_add bans b->author_hash until b->until (0: for good). A reader
 * has at most one ban in force: if one is in force at b->created, it is
 * replaced (its end, time, actor and comment become b's) instead of a
 * second row being added.
 */
MUST_CHECK int store_ban_add(struct store *s, const struct ban *b);
/* The ban in force for that reader at now, or ERR_NOTFOUND. */
MUST_CHECK int store_ban_active(struct store *s, const char *author_hash,
                                int64_t now, struct arena *a, struct ban *out);
/* The bans in force at now, one per reader, newest first, at most
 * STORE_BANS_MAX (the bans page). A caller asking about certain readers
 * uses store_bans_of, which has no such cap. Strings live in a. */
#define STORE_BANS_MAX 500
MUST_CHECK int store_ban_list(struct store *s, int64_t now, struct arena *a,
                              struct ban **out, size_t *n);
/*
 * store_ban_lift ends ban id at now, with every other ban of the same
 * reader still in force (the row stays, ending at now). *out gets the ban
 * as it was. ERR_NOTFOUND if ban id is not in force.
 */
MUST_CHECK int store_ban_lift(struct store *s, int64_t id, int64_t now,
                              struct arena *a, struct ban *out);
/* How many of a reader's comments are visible and removed, site-wide. */
MUST_CHECK int store_author_record(struct store *s, const char *author_hash,
                                   int64_t *visible, int64_t *removed);

/* --- Batched reads -----------------------------------------------------
 *
 * A page of the queue shows each comment with its article, its parent, its
 * author's record and its reports. Read one by one, that is four queries
 * an item, each a network round trip on PostgreSQL; these read each kind
 * for the whole page in one query. Each takes at most STORE_BATCH_MAX keys
 * (ERR_INVALID for more), in any order, repeats allowed, and sends no
 * query at all for none. A key without a row is left out of the answer.
 * Strings live in a.
 */
#define STORE_BATCH_MAX QUEUE_READ_MAX
/* The articles of ids, each once, by ascending id, as store_article_get
 * reads them. */
MUST_CHECK int store_articles_by_ids(struct store *s, const int64_t *ids,
                                     size_t n, struct arena *a,
                                     struct article **out, size_t *nout);
/* The comments of ids, each once, by ascending id, as store_comment_get
 * reads them. */
MUST_CHECK int store_comments_by_ids(struct store *s, const int64_t *ids,
                                     size_t n, struct arena *a,
                                     struct comment **out, size_t *nout);
/* visible[i] and removed[i]: what store_author_record says of hashes[i]
 * (0 and 0 for a reader without comments). */
MUST_CHECK int store_author_records(struct store *s, const char *const *hashes,
                                    size_t n, int64_t *visible,
                                    int64_t *removed);
/* Every report of the comments comment_ids, by comment id and, within a
 * comment, in store_report_list's order. */
MUST_CHECK int store_reports_of(struct store *s, const int64_t *comment_ids,
                                size_t n, struct arena *a, struct report **out,
                                size_t *nout);
/* The bans in force at now of the readers hashes, one per reader (the
 * one store_ban_active gives), by author_hash in byte order (strcmp), so
 * that a caller finds a reader's with bsearch. However many bans a site
 * has in force, each of these readers' is in the answer. */
MUST_CHECK int store_bans_of(struct store *s, const char *const *hashes,
                             size_t n, int64_t now, struct arena *a,
                             struct ban **out, size_t *nout);

/*
 * Updates an article's editable fields (by in->id) and bumps its version.
 * A new path keeps the old one as a former path of the article, in the
 * same transaction (see store_article_by_former_path).
 */
MUST_CHECK int store_article_update(struct store *s, const struct article *in);

/*
 * Former paths: the paths an article had before its path changed, so old
 * links to it can be redirected. The database keeps them itself (triggers,
 * schema 6), whichever call writes the article: a change of path records
 * the old one; a path an article takes (inserted, renamed, renamed back)
 * is no longer anyone's former path, so a live article always wins; an
 * article deleted takes its former paths with it.
 *
 * store_article_by_former_path: the article (as it is now) that once had
 * this path; ERR_NOTFOUND if none. store_former_paths: an article's former
 * paths, most recent first, at most STORE_FORMER_PATHS_MAX; strings in a.
 * store_former_path_add records one (a restore from a backup):
 * ERR_CONFLICT if an article has that path, it is already a former path,
 * or article_id names no article.
 */
MUST_CHECK int store_article_by_former_path(struct store *s, const char *path,
                                            struct arena *a,
                                            struct article *out);
MUST_CHECK int store_former_paths(struct store *s, int64_t article_id,
                                  struct arena *a, struct former_path **out,
                                  size_t *n);
MUST_CHECK int store_former_path_add(struct store *s, int64_t article_id,
                                     const char *path, int64_t created);
/*
 * store_comments_newest: the newest comments a reader may see anywhere on
 * the site, newest first (by created, then by id, both descending, so
 * comments of the same second keep one order), at most limit. A reader
 * sees a comment that is visible (not pending or held, not a tombstone)
 * on an article that exists and is published. For the site-wide comments
 * feed: an index of the visible comments by time (comments_newest,
 * schema 8) lets it read those rows alone, however many the site holds.
 * limit is 1..STORE_NEWEST_MAX (ERR_INVALID otherwise). Strings live in a.
 */
#define STORE_NEWEST_MAX 1000
MUST_CHECK int store_comments_newest(struct store *s, int64_t limit,
                                     struct arena *a, struct comment **out,
                                     size_t *n);
/*
 * store_comments_newest_keys: what store_comments_newest would give, in
 * the same order and with the same limits, but only each comment's id, its
 * article and that article's version, in one query. The version moves
 * with every change to the article or to any comment of its thread, so
 * these keys tell whether the site-wide comments feed would render the
 * same as before without loading a thread (src/api/feed_fingerprint.c).
 */
MUST_CHECK int store_comments_newest_keys(struct store *s, int64_t limit,
                                          struct arena *a,
                                          struct store_newest_key **out,
                                          size_t *n);
/*
 * store_comment_offsets_fill records a zone offset for every comment that
 * has none (tz_known false: stored before schema 18, or by a caller that
 * left it to the site's zone): offset_min(arg, created) gives it, in
 * minutes east of UTC. Runs in transactions of its own (do not call it
 * inside store_begin) of at most a thousand comments; a comment another
 * process filled in meanwhile keeps its offset. *filled (may be NULL)
 * gets how many were filled in. Returns 0 or ERR_DB / ERR_NOMEM.
 */
MUST_CHECK int store_comment_offsets_fill(struct store *s,
                                          int (*offset_min)(void *arg,
                                                            int64_t created),
                                          void *arg, int64_t *filled);
/*
 * Since `since`: comments posted to the article, and readers whose first
 * comment in the article is that recent (for raid mode).
 */
MUST_CHECK int store_recent_activity(struct store *s, int64_t article_id,
                                     int64_t since, int64_t *comments,
                                     int64_t *new_readers);
/* Flushes the write-ahead log into the main file (SQLite) or nothing. */
MUST_CHECK int store_checkpoint(struct store *s);
/*
 * Every comment written with that reader's token hash, in every article,
 * oldest first (at most STORE_AUTHOR_MAX), whatever its status: for the
 * reader's export and erasure (src/api/me.c). Strings live in a.
 */
#define STORE_AUTHOR_MAX 10000
MUST_CHECK int store_comments_by_author(struct store *s,
                                        const char *author_hash,
                                        struct arena *a, struct comment **out,
                                        size_t *n);
/*
 * One page of a reader's comments for their own list on /me: the comments
 * written with that token hash whose id is below before_id (0: from the
 * newest), newest (highest id) first, at most limit (1..
 * STORE_AUTHOR_PAGE_MAX) of them, whatever their status. The next page
 * starts below the last id of this one. Reads only the page, however many
 * comments the reader has. An empty hash has no comments. ERR_INVALID for
 * a limit or before_id out of range. Strings live in a.
 */
#define STORE_AUTHOR_PAGE_MAX 200
MUST_CHECK int store_comments_by_author_page(struct store *s,
                                             const char *author_hash,
                                             int64_t before_id, int64_t limit,
                                             struct arena *a,
                                             struct comment **out, size_t *n);
/*
 * How many comments that token hash wrote: *live those still on the site
 * or awaiting review, *gone those that are tombstones now (removed,
 * deleted or purged), *withdrawn those its author deleted before review
 * (no trace left in the thread). The three add up to every comment the
 * hash wrote, as its author's list shows them. Counted by the database,
 * no rows read. All 0 for an empty hash.
 */
MUST_CHECK int store_author_comment_counts(struct store *s,
                                           const char *author_hash,
                                           int64_t *live, int64_t *gone,
                                           int64_t *withdrawn);

/*
 * store_migrate copies a whole site from a SQLite database (from: a path or
 * "sqlite:PATH") into an empty PostgreSQL database (to: a postgres:// URL),
 * keeping every id, comment number and sort key, then compares the row
 * count and a SHA-256 of every table on both sides before it commits (see
 * migrate.c). Staff sessions are not copied. Progress lines go to progress
 * (may be NULL). Returns 0; ERR_CONFLICT if the target already holds data;
 * ERR_INVALID if the copy differs from the source (nothing is committed);
 * ERR_DB, ERR_NOTFOUND for databases that cannot be opened; the reason is
 * appended to err.
 */
MUST_CHECK int store_migrate(const char *from, const char *to, FILE *progress,
                             struct buf *err);
/* store_migrate_verify only compares (counts and checksums), copying
 * nothing: ERR_INVALID and every table that differs named in err. */
MUST_CHECK int store_migrate_verify(const char *from, const char *to,
                                    FILE *progress, struct buf *err);

/*
 * store_sqlite_backup writes a consistent copy of the SQLite database at
 * db_path (a path or "sqlite:PATH") to dest through the online backup API,
 * while the server may keep writing (see sqlite_backup.c). dest is
 * replaced atomically. Returns 0; ERR_INVALID for a PostgreSQL URL (use
 * pg_dump) or a file that is not a database; ERR_NOTFOUND, ERR_DB; the
 * reason is appended to err.
 */
MUST_CHECK int store_sqlite_backup(const char *db_path, const char *dest,
                                   struct buf *err);

/*
 * store_open_replica opens a PostgreSQL streaming replica (a read-only hot
 * standby) for reads: like store_open, but it migrates nothing and fails
 * unless the replica already has this charla's schema version. Every write
 * through it fails with ERR_DB. When the replica cannot be reached later,
 * its reads are answered by primary (a PostgreSQL store; may be NULL) for
 * a few seconds at a time. Caller frees with store_free, before primary.
 */
struct store *store_open_replica(const char *url, struct store *primary,
                                 struct buf *err);

/* Backend constructors, used by store_open. */
struct store *store_sqlite_open(const char *path, struct buf *err);
struct store *store_pg_open(const char *url, struct buf *err);

/* --- Bulk import sessions (store_bulk.c, sqlite_bulk.c) ---------------
 *
 * An importer storing a million comments inside its own transaction
 * (store_begin) uses a bulk session instead of store_comment_by_source and
 * store_comment_insert: the same results, fewer statements. The SQLite
 * backend keeps the next child number of every parent it has seen and
 * the article version bumps in memory until store_bulk_flush; other
 * backends go through the ordinary calls. Not for concurrent use: one
 * session per importing thread, used on that thread only.
 */
struct store_bulk;

/*
 * store_bulk_new starts a session on the calling thread's connection.
 * per_tx is how many comments one transaction of the session may add (0:
 * few): a backend may reorganise its indexes for a transaction that will
 * add more comments than the store holds (SQLite rebuilds some instead of
 * updating them). Call it outside a transaction. Returns NULL (and
 * appends to err) on failure. Caller frees with store_bulk_free, after
 * its last commit or rollback; what was not flushed is dropped.
 */
struct store_bulk *store_bulk_new(struct store *s, int64_t per_tx,
                                  struct buf *err);
void store_bulk_free(struct store_bulk *b);

/*
 * store_bulk_find looks a comment up by source id: *id and *article_id
 * (either pointer may be NULL). ERR_NOTFOUND if there is none.
 */
MUST_CHECK int store_bulk_find(struct store_bulk *b, const char *source_id,
                               int64_t *id, int64_t *article_id);

/*
 * store_bulk_insert is store_comment_insert inside the caller's
 * transaction (same numbering, same errors, including ERR_TOOBIG for a
 * reply nested deeper than numbers can say), except that the article's
 * version is bumped at the next store_bulk_flush.
 */
MUST_CHECK int store_bulk_insert(struct store_bulk *b, struct comment *c);

/*
 * store_bulk_flush writes what the session holds back (article version
 * bumps) and forgets its caches; call it before every store_commit, as
 * other writers may change the store between transactions.
 */
MUST_CHECK int store_bulk_flush(struct store_bulk *b);

#endif
