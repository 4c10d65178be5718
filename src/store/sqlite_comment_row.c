/*
 * sqlite_comment_row.c - what every SQLite path that inserts a comment
 * shares: its number and sort key from the parent's, and the binding of
 * the insert statement (SQLITE_COMMENT_INSERT_SQL). The ordinary insert
 * (sqlite.c) and the bulk import (sqlite_bulk.c) find the parent and the
 * next sequence number each in their own way, then write the same row.
 */
#include <stdio.h>

#include "store/sqlite_int.h"

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
}
