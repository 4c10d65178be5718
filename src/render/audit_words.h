/*
 * audit_words.h - the audit log's stored words as a moderator reads them.
 *
 * The log stores machine words ("remove", "system", "reader reports",
 * "permanent") so that filters, the JSON API and exports stay the same in
 * every language; the staff pages translate them here, at render. A word
 * this build does not know, and anything a moderator typed, is shown as
 * stored.
 */
#ifndef CHARLA_RENDER_AUDIT_WORDS_H
#define CHARLA_RENDER_AUDIT_WORDS_H

#include <stddef.h>

#include "core/model.h"
#include "core/site.h"
#include "util/buf.h"

/* The actions the log's filter offers, in the order it offers them
 * (stored words, static). */
extern const char *const audit_words_actions[];
extern const size_t audit_words_action_count;

/* audit_words_action: an action ("remove") in the current language, or
 * the stored word if unknown. Borrowed; never NULL. */
const char *audit_words_action(const char *action);

/* audit_words_actor: "system", "author", "reader" and "command line" in
 * the current language; a staff name as stored. Borrowed; never NULL. */
const char *audit_words_actor(const char *actor);

/* audit_words_status: a comment status ("held") in the current language
 * (static); "" for a value out of range. */
const char *audit_words_status(int status);

/*
 * audit_words_reason and audit_words_note append e's reason and note as
 * plain text (the caller escapes it) to out: a default removal reason and
 * a ban's duration translated, a note written by charla itself (reader
 * reports, a rescreen's category and score, a raid's counts) translated,
 * a saved setting named by its form's label (a key no staff page edits,
 * changed from the command line, by words of its own; a key unknown to
 * this build as stored), a moderator's own words unchanged. A ban's end, stored
 * in UTC ("until 2026-12-03 23:00 UTC"), is shown in site's time zone as the
 * page shows every other time (site NULL: as stored).
 */
void audit_words_reason(struct buf *out, const struct audit_entry *e,
                        const struct site *site);
void audit_words_note(struct buf *out, const struct audit_entry *e);

#endif
