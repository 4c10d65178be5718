/*
 * log_load.h - the audit log's rows for one comment, named as a moderator
 * sees it: by the number its thread shows ("10", "#1.3"), in one article
 * or in any, or by its id. The staff log page (/admin/log) and the JSON
 * API (/api/v1/mod/log) read the log through here, so that ?comment=
 * means the same on both.
 */
#ifndef CHARLA_API_LOG_LOAD_H
#define CHARLA_API_LOG_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api/app.h"

/* The longest comment number the log's filter takes ("12.3.4"). */
#define LOG_NUMBER_MAX 40

/*
 * log_number reads a comment number as a moderator types it: digits and
 * single dots, with or without "#" and blanks around ("#10", " 1.3").
 * Sets *out to the number without "#" (in a), "" when typed is NULL or
 * empty. Returns false if it is not a comment number.
 */
MUST_CHECK bool log_number(struct arena *a, const char *typed,
                           const char **out);

/*
 * log_load reads at most limit rows, newest first: *comment_id's when it
 * is not 0; else those of the comment numbered number in article_id, whose
 * id it stores in *comment_id (no rows if there is none); else, number
 * given without an article, the rows of every comment of that number (a
 * single such comment's whole history); else the latest rows.
 * *articles is how many articles have a comment of that number among the
 * rows (0 unless number is given without an article). Memory from a.
 * Returns 0 or ERR_DB.
 */
MUST_CHECK int log_load(struct app *app, struct arena *a, int64_t *comment_id,
                        const char *number, int64_t article_id, int limit,
                        struct audit_entry **e, size_t *n, int *articles);

/*
 * log_article_names gives, for each of the n rows of e that concerns a
 * comment, the title of that comment's article (its path when it has no
 * title), so that #1 of one article can be told from #1 of another; NULL
 * for a row about no comment, or an article no longer stored. *out gets
 * n entries (NULL when n is 0), each article read once; memory from a.
 * Returns 0, ERR_NOMEM or ERR_DB.
 */
MUST_CHECK int log_article_names(struct app *app, struct arena *a,
                                 const struct audit_entry *e, size_t n,
                                 const char ***out);

#endif
