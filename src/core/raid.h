/*
 * raid.h - raid mode: when an article suddenly draws more comments, or more
 * new readers, per minute than the site allows, it switches itself to
 * pre-moderation until a moderator ends the raid. A flood of new throwaway
 * readers is what a coordinated attack on a story looks like.
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

/*
 * raid_check counts the article's last minute and, if the limits are
 * passed and the article is open, switches it to pre-moderation, records
 * the raid (setting "raid:<id>" = the previous mode) and an audit row.
 * *started says whether this call started a raid. The caller sends the
 * webhook.
 */
MUST_CHECK int raid_check(struct store *st, const struct article *art,
                          const struct raid_limits *lim, int64_t now,
                          bool *started);

/* raid_end restores the article's previous mode. ERR_NOTFOUND if there
 * is no raid on it. */
MUST_CHECK int raid_end(struct store *st, int64_t article_id, const char *actor,
                        int64_t now);

/* raid_active: the article is in raid mode. */
bool raid_active(struct store *st, int64_t article_id);

/* raid_list: the ids of every article in raid mode, ascending, in one
 * query (not one per article). Memory from a. */
MUST_CHECK int raid_list(struct store *st, struct arena *a, int64_t **ids,
                         size_t *n);

#endif
