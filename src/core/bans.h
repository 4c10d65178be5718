/*
 * bans.h - undoing a ban: a moderator lifts the ban in force on a reader,
 * and the audit log says who did and what the ban was. Banning itself is
 * mod_ban_author (moderation.h); a reader has at most one ban in force,
 * so a second ban replaces the first (store_ban_add).
 */
#ifndef CHARLA_CORE_BANS_H
#define CHARLA_CORE_BANS_H

#include <stddef.h>
#include <stdint.h>

#include "core/model.h"
#include "store/store.h"
#include "util/arena.h"

/*
 * mod_ban_lift lifts ban ban_id (with any other ban of the same reader in
 * force) at now, and writes an "unban" audit row by actor on the ban's
 * comment, with note (may be NULL), in one transaction. *lifted gets the
 * ban as it was (strings in a). ERR_NOTFOUND if that ban is not in force,
 * ERR_INVALID if note is too long or not UTF-8, ERR_DB if the store failed.
 */
MUST_CHECK int mod_ban_lift(struct store *st, int64_t ban_id, const char *actor,
                            const char *note, int64_t now, struct arena *a,
                            struct ban *lifted);

/*
 * mod_ban_describe writes what a ban is, for an audit row: "permanent" or
 * "until 2026-12-04 19:00 UTC". Returns out.
 */
const char *mod_ban_describe(const struct ban *b, char *out, size_t size);

#endif
