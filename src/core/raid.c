/*
 * raid.c - see raid.h. The counts come from the store (the comments of
 * the last 60 seconds), so several charla processes agree on them. So
 * does the time a raid ended, a setting beside the raid's own: the
 * window starts after it, whichever thread or process (or a restarted
 * one) sees the next comment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/raid.h"
#include "util/str.h"

bool raid_triggered(const struct raid_limits *lim, int64_t comments,
                    int64_t new_readers)
{
    return (lim->comments_per_min > 0 && comments > lim->comments_per_min) ||
           (lim->readers_per_min > 0 && new_readers > lim->readers_per_min);
}

static void raid_key(int64_t article_id, char out[32])
{
    snprintf(out, 32, RAID_KEY_PREFIX "%lld", (long long)article_id);
}

static void ended_key(int64_t article_id, char out[40])
{
    snprintf(out, 40, RAID_ENDED_KEY_PREFIX "%lld", (long long)article_id);
}

/*
 * window_start gives the first second raid_check counts: a minute ago, or
 * the second after the article's last raid ended if that is later.
 * Comments carry whole seconds, so those of the end's own second cannot
 * be told from the flood before it, and are left out with it.
 */
static int window_start(struct store *st, int64_t article_id, int64_t now,
                        int64_t *since)
{
    char key[40];
    struct arena a;
    const char *v;
    int64_t ended;
    *since = now - 60;
    ended_key(article_id, key);
    arena_init(&a, 0);
    int ret = store_setting_get(st, key, &a, &v);
    if (ret == 0 && str_to_int(v, strlen(v), 0, INT64_MAX - 1, &ended) == 0 &&
        ended + 1 > *since)
        *since = ended + 1;
    arena_release(&a);
    return ret == ERR_NOTFOUND ? 0 : ret;
}

bool raid_active(struct store *st, int64_t article_id)
{
    char key[32];
    struct arena a;
    const char *v;
    raid_key(article_id, key);
    arena_init(&a, 0);
    bool on = store_setting_get(st, key, &a, &v) == 0 && v[0] != '\0';
    arena_release(&a);
    return on;
}

static int id_order(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

int raid_list(struct store *st, struct arena *a, int64_t **ids, size_t *n)
{
    struct store_setting *set;
    size_t count, k = 0;
    *ids = NULL;
    *n = 0;
    int ret = store_setting_list(st, RAID_KEY_PREFIX, a, &set, &count);
    if (ret || count == 0)
        return ret;
    int64_t *out = arena_alloc(a, count * sizeof(*out));
    if (!out)
        return ERR_NOMEM;
    size_t skip = strlen(RAID_KEY_PREFIX);
    for (size_t i = 0; i < count; i++) {
        const char *num = set[i].key + skip;
        if (str_to_int(num, strlen(num), 1, INT64_MAX, &out[k]) == 0)
            k++;
    }
    /* the keys come in text order ("raid:10" before "raid:9") */
    qsort(out, k, sizeof(*out), id_order);
    *ids = out;
    *n = k;
    return 0;
}

/*
 * remembered reads the mode the raid on an article put aside: 0 and *mode,
 * or ERR_NOTFOUND when the article is in no raid. A value that is not a
 * mode (written by hand) counts as open, the only mode a raid starts from.
 */
static int remembered(struct store *st, int64_t article_id, int *mode)
{
    char key[32];
    struct arena a;
    const char *prev;
    int64_t m = 0;
    raid_key(article_id, key);
    arena_init(&a, 0);
    int ret = store_setting_get(st, key, &a, &prev);
    if (ret == 0 && !prev[0])
        ret = ERR_NOTFOUND;
    if (ret == 0 && str_to_int(prev, strlen(prev), 0, 2, &m))
        m = 0;
    arena_release(&a);
    *mode = (int)m;
    return ret;
}

/* end_in_tx forgets the raid, keeps when it ended (the next window starts
 * after it) and logs who ended it; the caller holds the transaction. */
static int end_in_tx(struct store *st, int64_t article_id, const char *actor,
                     int64_t now)
{
    char key[32], ekey[40], when[24];
    raid_key(article_id, key);
    ended_key(article_id, ekey);
    snprintf(when, sizeof(when), "%lld", (long long)now);
    int ret = store_setting_set(st, key, "");
    if (ret == 0)
        ret = store_setting_set(st, ekey, when);
    struct audit_entry e = {.at = now,
                            .actor = actor,
                            .article_id = article_id,
                            .action = "raid-end",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = "",
                            .note = ""};
    if (ret == 0)
        ret = store_audit_add(st, &e);
    return ret;
}

static int set_mode(struct store *st, int64_t article_id, int mode)
{
    struct arena a;
    struct article art;
    arena_init(&a, 0);
    int ret = store_article_get(st, article_id, &a, &art);
    if (ret == 0) {
        art.discussion = mode;
        ret = store_article_update(st, &art);
    }
    arena_release(&a);
    return ret;
}

int raid_check(struct store *st, const struct article *art,
               const struct raid_limits *lim, int64_t now, bool *started)
{
    int64_t comments, readers, since;
    *started = false;
    if (art->discussion != 0)
        return 0; /* already pre-moderated or closed */
    if (lim->comments_per_min <= 0 && lim->readers_per_min <= 0)
        return 0; /* raid mode is off for this site */
    int ret = store_recent_activity(st, art->id, now - 60, &comments, &readers);
    if (ret || !raid_triggered(lim, comments, readers))
        return ret;
    /* over the limits: unless a raid ended within the minute, and then
       only what came after it counts (read only now, as most posts stop
       above) */
    ret = window_start(st, art->id, now, &since);
    if (ret == 0 && since > now - 60)
        ret = store_recent_activity(st, art->id, since, &comments, &readers);
    if (ret || !raid_triggered(lim, comments, readers))
        return ret;
    char key[32], prev[8];
    raid_key(art->id, key);
    snprintf(prev, sizeof(prev), "%d", art->discussion);
    ret = store_begin(st);
    if (ret)
        return ret;
    ret = set_mode(st, art->id, 1);
    if (ret == 0)
        ret = store_setting_set(st, key, prev);
    char note[96];
    snprintf(note, sizeof(note), "%lld comments, %lld new readers in a minute",
             (long long)comments, (long long)readers);
    struct audit_entry e = {.at = now,
                            .actor = "system",
                            .article_id = art->id,
                            .action = "raid-start",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = "",
                            .note = note};
    if (ret == 0)
        ret = store_audit_add(st, &e);
    if (ret) {
        store_rollback(st);
        return ret;
    }
    ret = store_commit(st);
    *started = ret == 0;
    return ret;
}

int raid_end(struct store *st, int64_t article_id, const char *actor,
             int64_t now)
{
    int mode;
    struct arena a;
    struct article art;
    int ret = store_begin(st);
    if (ret)
        return ret;
    arena_init(&a, 0);
    ret = remembered(st, article_id, &mode);
    if (ret == 0)
        ret = store_article_get(st, article_id, &a, &art);
    /* only the raid's own pre-moderation is undone: a mode someone chose
       while the raid ran stays */
    if (ret == 0 && art.discussion == 1 && mode != 1) {
        art.discussion = mode;
        ret = store_article_update(st, &art);
    }
    if (ret == 0)
        ret = end_in_tx(st, article_id, actor, now);
    arena_release(&a);
    if (ret) {
        store_rollback(st);
        return ret;
    }
    return store_commit(st);
}

int raid_held_mode(struct store *st, const struct article *art, int *mode)
{
    int ret = remembered(st, art->id, mode);
    if (ret == 0 && art->discussion != 1)
        ret = ERR_NOTFOUND;
    if (ret)
        *mode = art->discussion;
    return ret;
}

int raid_article_update_in_tx(struct store *st, const struct article *art,
                              const char *actor, int64_t now)
{
    int mode;
    struct arena a;
    struct article cur;
    int ret = remembered(st, art->id, &mode);
    if (ret == ERR_NOTFOUND)
        return store_article_update(st, art); /* no raid: the usual write */
    if (ret)
        return ret;
    arena_init(&a, 0);
    ret = store_article_get(st, art->id, &a, &cur);
    if (ret == 0 && cur.discussion == 1 && art->discussion == mode) {
        /* the form came back with the mode the raid will restore: the
           editor left it alone, and the raid keeps holding comments */
        struct article held = *art;
        held.discussion = 1;
        ret = store_article_update(st, &held);
    } else if (ret == 0) {
        /* the editor chose: that mode holds from now on, after the raid
           too, so the raid has nothing left to restore */
        ret = store_article_update(st, art);
        if (ret == 0)
            ret = end_in_tx(st, art->id, actor, now);
    }
    arena_release(&a);
    return ret;
}

int raid_article_update(struct store *st, const struct article *art,
                        const char *actor, int64_t now)
{
    /* the raid is read inside the write: a moderator may end it meanwhile */
    int ret = store_begin(st);
    if (ret)
        return ret;
    ret = raid_article_update_in_tx(st, art, actor, now);
    if (ret) {
        store_rollback(st);
        return ret;
    }
    return store_commit(st);
}
