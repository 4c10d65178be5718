/*
 * json_backup_check.h - what `charla import json` accepts in a comment
 * record beyond its types: only what the exporter could have written.
 * A backup may come from anyone, and a record the site could never hold
 * (a purged comment with text, a date in the year 5138, a staff badge
 * on no name, screening data the queue would misread) is refused with
 * its line, and the import stores nothing.
 */
#ifndef CHARLA_IMPORT_JSON_BACKUP_CHECK_H
#define CHARLA_IMPORT_JSON_BACKUP_CHECK_H

#include <jansson.h>
#include <stdint.h>

#include "core/model.h"

/* The oldest time a backup's comment or report may have: 1990-01-01. */
#define BACKUP_TIME_MIN ((int64_t)631152000)
/* ... and how far past the importing machine's clock: one day. */
#define BACKUP_TIME_AHEAD_S ((int64_t)86400)
/* The most reports one comment may bring. */
#define BACKUP_REPORTS_MAX 10000

/*
 * backup_time_ok: t (Unix seconds) is from BACKUP_TIME_MIN to now plus
 * BACKUP_TIME_AHEAD_S.
 */
bool backup_time_ok(int64_t t, int64_t now);

/*
 * backup_comment_check: why comment c (status, author fields, body as
 * read from the file) is not one the exporter writes, or NULL when it
 * is. The answer is a static string.
 */
const char *backup_comment_check(const struct comment *c);

/*
 * backup_screening_check: why v, a record's "screening" member, is not a
 * screening result as charla stores it (api/screening.h: score,
 * category, categories, spans, and optionally name and spans_cleared),
 * or NULL when it is. The answer is a static string.
 */
const char *backup_screening_check(json_t *v);

#endif
