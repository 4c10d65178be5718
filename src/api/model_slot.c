/*
 * model_slot.c - the screening model in use, replaced while serving; see
 * model_slot.h.
 *
 * The model in use is a reference-counted box: the slot owns one
 * reference, every screening in flight one more. A reload loads the new
 * file outside the lock (mapping and checking 8 MB takes milliseconds),
 * then swaps the box under the lock and drops the slot's reference to the
 * old one; whoever lets go of it last unmaps it. The word cache of each
 * screening thread is keyed by the model's address and checksum
 * (score.c), so a new model never meets the sums of an old one.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/model_slot.h"

struct model_ref {
    struct screen_model *model; /* NULL: no model */
    unsigned refs;              /* under the slot's lock */
    struct model_slot *slot;
};

struct model_slot {
    pthread_mutex_t lock;        /* cur, refs, the status fields */
    pthread_mutex_t reload_lock; /* one reload at a time */
    struct model_ref *cur;
    struct model_slot_status st;
};

static struct model_ref *ref_new(struct model_slot *s, struct screen_model *m)
{
    struct model_ref *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->model = m;
    r->refs = 1; /* the slot's */
    r->slot = s;
    return r;
}

/* Drops one reference; call with s->lock held. Returns the box to free
 * (after unlocking: unmapping takes a while), or NULL. */
static struct model_ref *ref_drop_locked(struct model_ref *r)
{
    return --r->refs == 0 ? r : NULL;
}

static void ref_destroy(struct model_ref *r)
{
    if (!r)
        return;
    screen_model_free(r->model);
    free(r);
}

static void status_set_info(struct model_slot_status *st,
                            const struct screen_model *m, int64_t at)
{
    st->loaded = m != NULL;
    if (m)
        screen_model_info(m, &st->info);
    else
        memset(&st->info, 0, sizeof(st->info));
    st->loaded_at = at;
}

struct model_slot *model_slot_new(struct screen_model *m, const char *path,
                                  int64_t loaded_at)
{
    struct model_slot *s = calloc(1, sizeof(*s));
    if (!s) {
        screen_model_free(m);
        return NULL;
    }
    s->cur = ref_new(s, m);
    if (!s->cur) {
        screen_model_free(m);
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->reload_lock, NULL);
    if (m && path)
        snprintf(s->st.path, sizeof(s->st.path), "%s", path);
    status_set_info(&s->st, m, loaded_at);
    return s;
}

void model_slot_free(struct model_slot *s)
{
    if (!s)
        return;
    ref_destroy(s->cur);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->reload_lock);
    free(s);
}

struct model_ref *model_slot_acquire(struct model_slot *s)
{
    pthread_mutex_lock(&s->lock);
    struct model_ref *r = s->cur;
    r->refs++;
    pthread_mutex_unlock(&s->lock);
    return r;
}

const struct screen_model *model_ref_model(const struct model_ref *r)
{
    return r->model;
}

void model_ref_release(struct model_ref *r)
{
    if (!r)
        return;
    struct model_slot *s = r->slot;
    pthread_mutex_lock(&s->lock);
    struct model_ref *dead = ref_drop_locked(r);
    pthread_mutex_unlock(&s->lock);
    ref_destroy(dead);
}

/* Records a refused reload and says why in err. */
static int reload_refused(struct model_slot *s, int64_t now, const char *why,
                          int ret, struct buf *err)
{
    pthread_mutex_lock(&s->lock);
    s->st.failures++;
    s->st.failed_at = now;
    snprintf(s->st.error, sizeof(s->st.error), "%s", why);
    pthread_mutex_unlock(&s->lock);
    buf_adds(err, why);
    return ret;
}

int model_slot_reload(struct model_slot *s, int64_t now, struct buf *err)
{
    pthread_mutex_lock(&s->reload_lock);
    int ret = 0;
    if (!s->st.path[0]) {
        ret = reload_refused(
            s, now,
            "charla runs without a screening model (--model none); restart "
            "it with --model FILE to screen with one",
            ERR_INVALID, err);
        goto out;
    }
    struct buf why;
    buf_init(&why, 4096);
    struct screen_model *m = screen_model_load(s->st.path, &why);
    if (!m) {
        ret = reload_refused(s, now, why.data, ERR_INVALID, err);
        buf_release(&why);
        goto out;
    }
    buf_release(&why);
    struct model_ref *fresh = ref_new(s, m);
    if (!fresh) {
        screen_model_free(m);
        ret = reload_refused(s, now, "out of memory", ERR_NOMEM, err);
        goto out;
    }
    pthread_mutex_lock(&s->lock);
    struct model_ref *old = s->cur;
    s->cur = fresh;
    struct model_ref *dead = ref_drop_locked(old);
    status_set_info(&s->st, m, now);
    s->st.reloads++;
    s->st.failed_at = 0;
    s->st.error[0] = '\0';
    pthread_mutex_unlock(&s->lock);
    ref_destroy(dead);
out:
    pthread_mutex_unlock(&s->reload_lock);
    return ret;
}

void model_slot_status(struct model_slot *s, struct model_slot_status *out)
{
    pthread_mutex_lock(&s->lock);
    *out = s->st;
    pthread_mutex_unlock(&s->lock);
}
