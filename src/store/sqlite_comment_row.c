/*
 * sqlite_comment_row.c - what every SQLite path that inserts a comment
 * shares: reading its parent's row, its number and sort key from the
 * parent's, and the binding of the insert statement
 * (SQLITE_COMMENT_INSERT_SQL). The ordinary insert (sqlite.c) and the bulk
 * import (sqlite_bulk.c) find the next sequence number each in their own
 * way (the import also remembers the last parent), then write the same row.
 */
#include <stdio.h>

#include "store/sqlite_int.h"

int sqlite_read_parent(struct sqlite_conn *c, sqlite3_stmt *st,
                       const struct comment *in, char *number,
                       size_t number_size, char *key, size_t key_size,
                       int *depth)
{
    sqlite3_bind_int64(st, 1, in->parent_id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? ERR_NOTFOUND : sqlite_step_error(c, rc);
    }
    int64_t parent_article = sqlite3_column_int64(st, 0);
    snprintf(number, number_size, "%s",
             (const char *)sqlite3_column_text(st, 1));
    snprintf(key, key_size, "%s", (const char *)sqlite3_column_text(st, 2));
    *depth = sqlite3_column_int(st, 3) + 1;
    sqlite3_reset(st);
    return parent_article == in->article_id ? 0 : ERR_INVALID;
}

int sqlite_comment_numbers(struct comment *in, const char *parent_number,
                           const char *parent_key, int depth, int64_t seq,
                           char *sort_key, size_t sort_key_size)
{
    int n1, n2;
    if (in->parent_id) {
        n1 = snprintf(in->number, sizeof(in->number), "%s.%lld", parent_number,
                      (long long)seq);
        n2 = snprintf(sort_key, sort_key_size, "%s.%06lld", parent_key,
                      (long long)seq);
    } else {
        n1 = snprintf(in->number, sizeof(in->number), "%lld", (long long)seq);
        n2 = snprintf(sort_key, sort_key_size, "%06lld", (long long)seq);
    }
    if (n1 >= (int)sizeof(in->number) || n2 >= (int)sort_key_size)
        return ERR_TOOBIG; /* nested deeper than numbers can say */
    in->depth = depth;
    return 0;
}

void sqlite_bind_comment_insert(sqlite3_stmt *st, const struct comment *in,
                                int64_t seq, const char *sort_key)
{
    sqlite3_bind_int64(st, 1, in->article_id);
    if (in->parent_id)
        sqlite3_bind_int64(st, 2, in->parent_id);
    else
        sqlite3_bind_null(st, 2);
    sqlite_bind_text(st, 3, in->number);
    sqlite3_bind_int64(st, 4, seq);
    sqlite3_bind_int(st, 5, in->depth);
    sqlite_bind_text(st, 6, sort_key);
    sqlite3_bind_int(st, 7, (int)in->status);
    sqlite3_bind_int(st, 8, (int)in->author_kind);
    sqlite_bind_text(st, 9, in->author_hash);
    sqlite_bind_text(st, 10, in->author_name);
    sqlite3_bind_int64(st, 11, in->created);
    sqlite_bind_text(st, 12, in->body);
    sqlite_bind_text(st, 13, in->reason);
    sqlite_bind_text_or_null(st, 14, in->source_id);
    sqlite3_bind_int(st, 15, in->mod_edited ? 1 : 0);
    sqlite_bind_text(st, 16, in->screen);
    /* a comment published as it is stored is public from then on */
    sqlite3_bind_int(st, 17,
                     in->was_public || in->status == COMMENT_VISIBLE ? 1 : 0);
    if (in->tz_known)
        sqlite3_bind_int(st, 18, in->tz_offset_min);
    else
        sqlite3_bind_null(st, 18);
}
