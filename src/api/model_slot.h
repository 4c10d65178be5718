/*
 * model_slot.h - the screening model a running server screens with, and
 * its replacement without a restart.
 *
 * A newsroom retrains the model or edits its word lists and wants the new
 * file in use at once, without dropping the readers connected. Reloading
 * (SIGHUP, or the button on /admin/screening) loads and checks the whole
 * new file first; only a good one replaces the old, so a truncated,
 * corrupt or wrong-version file is reported and the server keeps
 * screening with the model it had. A post being screened keeps the model
 * it started with: each user holds a reference, and the old model is
 * unmapped when its last user lets go.
 */
#ifndef CHARLA_API_MODEL_SLOT_H
#define CHARLA_API_MODEL_SLOT_H

#include <stdbool.h>
#include <stdint.h>

#include "screen/screen.h"
#include "util/buf.h"

struct model_slot;
/* One user's hold on the model in use (opaque). */
struct model_ref;

#define MODEL_SLOT_PATH_MAX 4096
#define MODEL_SLOT_ERROR_MAX 512

/* What the slot holds and how its last reload went. */
struct model_slot_status {
    bool loaded; /* a model is in use (false: --model none) */
    char path[MODEL_SLOT_PATH_MAX];   /* the file reloads read ("" if none) */
    struct screen_model_info info;    /* valid when loaded */
    int64_t loaded_at;                /* unix seconds the model in use was
                                         loaded */
    uint64_t reloads;                 /* successful reloads */
    uint64_t failures;                /* refused reloads */
    int64_t failed_at;                /* the last refusal, 0 if none since the
                                         last success */
    char error[MODEL_SLOT_ERROR_MAX]; /* its reason, "" if none */
};

/*
 * model_slot_new takes ownership of m (NULL: the server runs without a
 * model, on purpose) loaded from path (NULL or "" with no model), at
 * loaded_at (unix seconds). Returns NULL when out of memory (m is then
 * freed). Free with model_slot_free once no thread uses it.
 */
struct model_slot *model_slot_new(struct screen_model *m, const char *path,
                                  int64_t loaded_at);
void model_slot_free(struct model_slot *s);

/*
 * model_slot_acquire returns a hold on the model in use; pass it to
 * model_ref_model for the model (NULL when running without one) and give
 * it back with model_ref_release when done. Never fails; cheap (one mutex
 * held for an increment).
 */
struct model_ref *model_slot_acquire(struct model_slot *s);
const struct screen_model *model_ref_model(const struct model_ref *r);
void model_ref_release(struct model_ref *r);

/*
 * model_slot_reload loads the slot's file again and, if it loads and
 * checks, puts it in use (at now, unix seconds). Returns 0, or a negative
 * err with the reason appended to err: the file is missing, truncated,
 * corrupt or of another version (the model in use stays), or the server
 * runs without a model (nothing to reload). Reloads are serialised.
 */
MUST_CHECK int model_slot_reload(struct model_slot *s, int64_t now,
                                 struct buf *err);

/* model_slot_status fills *out. */
void model_slot_status(struct model_slot *s, struct model_slot_status *out);

#endif
