/*
 * names.h - folding names for comparison, so that staff names can be
 * reserved: "Kathi", "KATHI", "Káthi" and "Кathi" (Cyrillic К) all fold to
 * the same key, and a reader may use none of them as a display name.
 */
#ifndef CHARLA_CORE_NAMES_H
#define CHARLA_CORE_NAMES_H

#include <stddef.h>

#include "util/buf.h"

/*
 * names_fold appends the comparison key of name to out: NFKC, case
 * folded, accents stripped, look-alike Cyrillic and Greek letters and
 * common digit substitutions mapped to Latin, and everything that is not a
 * letter or digit dropped. Returns 0, or ERR_INVALID for invalid UTF-8.
 */
MUST_CHECK int names_fold(const char *name, size_t len, struct buf *out);

/*
 * names_fold_words is names_fold that keeps the word breaks: each run of
 * what names_fold drops becomes one space, none at either end ("Mod ·
 * Kathi!" gives "mod kathi"). Characters that are not shown (zero-width
 * spaces and joiners) and accents break no word. The words joined
 * without their spaces are names_fold's key. Returns 0, or ERR_INVALID
 * for invalid UTF-8.
 */
MUST_CHECK int names_fold_words(const char *name, size_t len, struct buf *out);

#endif
