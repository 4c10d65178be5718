/*
 * reader_names.h - what a reader's display name may not claim: to be a
 * member of staff. Staff speak with a badge next to their name ("mod
 * [STAFF]"); a reader named "mod · Moderador", "Moderator" or "Equipo de
 * moderación" would sit next to them and pass for one of them.
 *
 * A name claims to be staff when, as words folded like staff names
 * (core/names.h: case, accents and look-alike letters), it holds a staff
 * member's login name as a word or a run of words ("Ka thi" holds
 * "Kathi"), or one of the words that name a staff role, in English or
 * Spanish: staff, moderator, moderador(a), admin, administrator,
 * administrador(a), editor(a), moderation, moderación, redacción, equipo
 * (and their plurals).
 */
#ifndef CHARLA_CORE_READER_NAMES_H
#define CHARLA_CORE_READER_NAMES_H

#include <stddef.h>

#include "store/store.h"

enum reader_name_claim {
    READER_NAME_FREE,     /* claims nothing */
    READER_NAME_STAFF,    /* holds a staff member's name */
    READER_NAME_ROLE_WORD /* holds a word that names a staff role */
};

/*
 * reader_name_claims tells what name (len bytes) claims, given the folded
 * name keys of the staff accounts (struct user's name_key; borrowed).
 * Returns 0 with *out set, ERR_INVALID for invalid UTF-8, ERR_NOMEM.
 */
MUST_CHECK int reader_name_claims(const char *name, size_t len,
                                  const char *const *staff_keys, size_t n_keys,
                                  enum reader_name_claim *out);

/*
 * reader_name_check is reader_name_claims with the staff accounts read
 * from the store. Returns 0 with *out set, or a negative err (ERR_DB).
 */
MUST_CHECK int reader_name_check(struct store *st, const char *name, size_t len,
                                 enum reader_name_claim *out);

#endif
