/*
 * json_backup_check.c - see json_backup_check.h.
 *
 * The rules follow what the site does to a comment:
 *   - a purge and an author's withdrawal erase the text and the name
 *     (store: erase_identity; the importer drops their screening data
 *     and report reasons, which go too); an author's deletion
 *     of a published comment erases the text (the name stays, as on an
 *     imported "deleted" tombstone);
 *   - a published comment always has text (posting refuses an empty
 *     one), but for an imported one: its source may have held only what
 *     charla does not keep (an image, say);
 *   - a staff comment carries the name of its staff account, which the
 *     page shows with the badge; a backup has no accounts, so the name
 *     must at least be one an account could have (json_backup.c checks
 *     it against the importing site's accounts, when it has any);
 *   - screening data is what api/screening.c writes: scores from 0 to 1,
 *     known categories, at most SCREEN_MAX_SPANS spans each with an
 *     offset, a length and its text. The queue page checks each span
 *     against the text again before marking it (render/page_admin.c).
 */
#include <string.h>

#include "core/staff.h"
#include "import/json_backup_check.h"
#include "screen/screen.h"
#include "util/str.h"

/* The longest span text or offset a record may give: a body's limit is
 * far below it. */
#define SPAN_MAX_BYTES ((json_int_t)1 << 26)

bool backup_time_ok(int64_t t, int64_t now)
{
    return t >= BACKUP_TIME_MIN && t <= now + BACKUP_TIME_AHEAD_S;
}

const char *backup_comment_check(const struct comment *c)
{
    bool erased = c->status == COMMENT_PURGED || c->status == COMMENT_WITHDRAWN;
    if ((erased || c->status == COMMENT_DELETED) && c->body[0])
        return "a purged, deleted or withdrawn comment has no text "
               "(\"body\" must be \"\")";
    if (erased && c->author_name[0])
        return "a purged or withdrawn comment has no name "
               "(\"author_name\" must be \"\")";
    if (c->status == COMMENT_VISIBLE && !c->body[0] &&
        c->author_kind != AUTHOR_IMPORTED)
        return "a visible comment has text (\"body\" is empty)";
    /* a purge, a withdrawal or an erasure from the staff member's own
       browser leaves a staff tombstone with no name */
    bool nameless_tombstone =
        (erased || c->status == COMMENT_DELETED) && !c->author_name[0];
    if (c->author_kind == AUTHOR_STAFF && !nameless_tombstone &&
        !staff_name_ok(c->author_name))
        return "a staff comment names its staff account (\"author_name\" "
               "must be a staff name: 1 to 40 characters, no control "
               "characters)";
    return NULL;
}

static bool score_ok(json_t *v)
{
    return json_is_number(v) && json_number_value(v) >= 0 &&
           json_number_value(v) <= 1;
}

/* category_ok: a known category's name, or (null_ok) null. */
static bool category_ok(json_t *v, bool null_ok)
{
    if (json_is_null(v))
        return null_ok;
    return json_is_string(v) &&
           screen_category_from_name(json_string_value(v)) >= 0;
}

static const char *span_check(json_t *span)
{
    const char *key;
    json_t *v;
    if (!json_is_object(span))
        return "each span is an object";
    json_object_foreach(span, key, v)
    {
        if (strcmp(key, "offset") == 0) {
            if (!json_is_integer(v) || json_integer_value(v) < 0 ||
                json_integer_value(v) > SPAN_MAX_BYTES)
                return "a span's offset is a byte offset into its text";
        } else if (strcmp(key, "len") == 0) {
            if (!json_is_integer(v) || json_integer_value(v) < 1 ||
                json_integer_value(v) > SPAN_MAX_BYTES)
                return "a span's len is a length in bytes";
        } else if (strcmp(key, "category") == 0) {
            if (!category_ok(v, true))
                return "a span's category is a screening category or null";
        } else if (strcmp(key, "text") == 0) {
            if (!json_is_string(v) ||
                strlen(json_string_value(v)) != json_string_length(v) ||
                (json_int_t)json_string_length(v) > SPAN_MAX_BYTES)
                return "a span's text is a string";
        } else {
            return "a span has a key charla does not write";
        }
    }
    if (!json_object_get(span, "offset") || !json_object_get(span, "len") ||
        !json_object_get(span, "text") || !json_object_get(span, "category"))
        return "a span has offset, len, category and text";
    return NULL;
}

/* verdict_check: one verdict's members; top: the outer object, which may
 * also have "name" and "spans_cleared". */
static const char *verdict_check(json_t *o, bool top)
{
    const char *key, *why;
    json_t *v;
    if (!json_is_object(o))
        return "it must be an object";
    json_object_foreach(o, key, v)
    {
        if (strcmp(key, "score") == 0) {
            if (!score_ok(v))
                return "its score is a number from 0 to 1";
        } else if (strcmp(key, "category") == 0) {
            if (!category_ok(v, true))
                return "its category is a screening category or null";
        } else if (strcmp(key, "categories") == 0) {
            const char *cat;
            json_t *score;
            if (!json_is_object(v))
                return "its categories are an object";
            json_object_foreach(v, cat, score)
            {
                if (screen_category_from_name(cat) < 0 || !score_ok(score))
                    return "its categories are screening categories, each "
                           "with a score from 0 to 1";
            }
        } else if (strcmp(key, "spans") == 0) {
            size_t i;
            json_t *span;
            if (!json_is_array(v) || json_array_size(v) > SCREEN_MAX_SPANS)
                return "its spans are a list of at most 16";
            json_array_foreach(v, i, span)
            {
                if ((why = span_check(span)))
                    return why;
            }
        } else if (top && strcmp(key, "name") == 0) {
            if ((why = verdict_check(v, false)))
                return why;
        } else if (top && strcmp(key, "spans_cleared") == 0) {
            if (!json_is_true(v))
                return "spans_cleared is true when present";
        } else {
            return "it has a key charla does not write";
        }
    }
    if (!json_object_get(o, "score") || !json_object_get(o, "category") ||
        !json_object_get(o, "categories") || !json_object_get(o, "spans"))
        return "it has score, category, categories and spans";
    return NULL;
}

const char *backup_screening_check(json_t *v)
{
    return verdict_check(v, true);
}
