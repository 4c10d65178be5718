/*
 * setting_change.h - what a settings form needs so that two staff members
 * editing at once cannot lose each other's changes unseen, and so that
 * every save leaves an audit row saying what changed.
 *
 * A form carries the fingerprint of each value it was loaded with; on
 * save, a setting whose stored value no longer matches its fingerprint
 * was changed by someone else meanwhile. The audit note names each
 * changed setting: a short value as "before → after", a word list as
 * "+added −removed" lines (the lists may be long, and the protected names
 * are not for every eye that reads a log).
 */
#ifndef CHARLA_CORE_SETTING_CHANGE_H
#define CHARLA_CORE_SETTING_CHANGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* The hex digits of a fingerprint. */
#define SETTING_PRINT_HEX 16

/* setting_print writes value's fingerprint (FNV-1a, 64 bits) as
 * SETTING_PRINT_HEX lowercase hex digits and a NUL into out. */
void setting_print(const char *value, char out[SETTING_PRINT_HEX + 1]);

/*
 * setting_list_diff counts the lines of after that before lacks (*added)
 * and those of before that after lacks (*removed); lines are compared
 * without surrounding blanks, and empty lines do not count.
 */
void setting_list_diff(const char *before, const char *after, size_t *added,
                       size_t *removed);

/*
 * setting_note_add appends "key: before → after" (list false) or
 * "key: +N −M" (list true) to note, after "; " if note is not empty.
 * Nothing if before and after are equal.
 */
void setting_note_add(struct buf *note, const char *key, const char *before,
                      const char *after, bool list);

#endif
