/*
 * raid.h - raid mode: when an article suddenly draws more comments, or more
 * new readers, per minute than the site allows, it switches itself to
 * pre-moderation until a moderator ends the raid. A flood of new throwaway
 * readers is what a coordinated attack on a story looks like.
 *
 * The raid remembers the mode it replaced and restores it at the end, but
 * only if the discussion is still the raid's pre-moderation: a mode an
 * editor chose meanwhile is a decision about the article, which a raid
 * ending must not undo.
 */
#ifndef CHARLA_CORE_RAID_H
#define CHARLA_CORE_RAID_H

#include <stdbool.h>
#include <stdint.h>

#include "store/store.h"

#define RAID_DEFAULT_COMMENTS_PER_MIN 30
#define RAID_DEFAULT_READERS_PER_MIN 15

struct raid_limits {
    int64_t comments_per_min; /* 0 disables this trigger */
    int64_t readers_per_min;  /* new readers in this article; 0 disables */
};

/* raid_triggered: pure rule, true when either count is over its limit. */
bool raid_triggered(const struct raid_limits *lim, int64_t comments,
                    int64_t new_readers);

/* The settings that remember a raid: "raid:<article id>" = the mode the
 * article goes back to when the raid ends. */
#define RAID_KEY_PREFIX "raid:"

/* "raid_ended:<article id>" = when (Unix seconds) the article's last raid
 * ended. The trigger counts only what arrives after that second: the
 * comments and new readers of the flood a moderator just dealt with must
 * not start a new raid with the very next comment. */
#define RAID_ENDED_KEY_PREFIX "raid_ended:"

/*
 * raid_check counts the article's last minute (or less: only what came
 * after the second its last raid ended) and, if the limits are
 * passed and the article is open, switches it to pre-moderation, records
 * the raid (setting "raid:<id>" = the previous mode) and an audit row.
 * *started says whether this call started a raid. The caller sends the
 * webhook.
 */
MUST_CHECK int raid_check(struct store *st, const struct article *art,
                          const struct raid_limits *lim, int64_t now,
                          bool *started);

/*
 * raid_end ends the raid on an article: its discussion goes back to the
 * mode from before if it is still the raid's pre-moderation; a mode chosen
 * while the raid ran (closed by an editor, say) stays. The raid is
 * forgotten either way, the end logged under actor and its time kept
 * (RAID_ENDED_KEY_PREFIX) for raid_check. ERR_NOTFOUND if
 * there is no raid on it.
 */
MUST_CHECK int raid_end(struct store *st, int64_t article_id, const char *actor,
                        int64_t now);

/*
 * raid_held_mode: 0 when the article's discussion is pre-moderated by a
 * raid, with *mode the mode it goes back to when the raid ends; else
 * ERR_NOTFOUND (or a store error) and *mode is art->discussion. The
 * editor's form shows *mode, the article's own setting, not the raid's.
 */
MUST_CHECK int raid_held_mode(struct store *st, const struct article *art,
                              int *mode);

/*
 * raid_article_update stores an editor's edit of an existing article
 * (store_article_update; ERR_CONFLICT for a path in use). While a raid
 * pre-moderates it, art->discussion is read as the form shows it, the
 * mode for after the raid. The mode the raid will restore means the
 * editor left it alone: the article stays pre-moderated (stored as 1)
 * and the raid goes on. Any other mode is the editor's choice, stored at
 * once; it ends the raid on the article (logged under actor), which has
 * nothing left to restore. raid_article_update is its own transaction;
 * raid_article_update_in_tx does the same inside the caller's (which
 * rolls back on an error), so that the caller can check what is stored in
 * the same write (the editor's stale-form check).
 */
MUST_CHECK int raid_article_update(struct store *st, const struct article *art,
                                   const char *actor, int64_t now);
MUST_CHECK int raid_article_update_in_tx(struct store *st,
                                         const struct article *art,
                                         const char *actor, int64_t now);

/* raid_active: the article is in raid mode. */
bool raid_active(struct store *st, int64_t article_id);

/* raid_list: the ids of every article in raid mode, ascending, in one
 * query (not one per article). Memory from a. */
MUST_CHECK int raid_list(struct store *st, struct arena *a, int64_t **ids,
                         size_t *n);

#endif
