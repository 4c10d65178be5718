/*
 * screening.h - runs the abuse screening on a comment about to be posted
 * (its text and its display name), with the site's settings, and turns the
 * verdict into what posting needs: refuse (a banned word), hold (with the
 * scores and spans kept as JSON for the queue), or publish.
 */
#ifndef CHARLA_API_SCREENING_H
#define CHARLA_API_SCREENING_H

#include <stdbool.h>

#include "api/app.h"
#include "screen/screen.h"

struct screening_result {
    bool refuse;             /* a banned word: answer 422 */
    const char *banned_word; /* which, for the message */
    bool refuse_name;        /* the banned word is in the display name */
    bool hold;               /* hold for review */
    const char *json;        /* scores and spans for the queue, or "" */
    float score;             /* the hold score, 0..1 */
};

/*
 * The verdicts on a comment's two texts, its body and its display name.
 * A name is as good a place as the body to give away an address or a
 * witness, or to swear at someone, so it goes through the same screen.
 * The two are screened apart, each as a text of its own, not joined into
 * one: each verdict's spans then point into its own text, as the queue
 * stores and shows it, with no offsets to shift and no words read across
 * the seam between a name and the body's first line.
 */
struct screening_pair {
    struct screen_verdict body;
    struct screen_verdict name; /* not held, no spans, when there is no
                                   name */
};

/*
 * screening_check_pair screens body[0..len) and name[0..name_len) (name
 * may be NULL or empty) with model m (may be NULL) and policy p (not
 * NULL); the name with p's display_name set, so that it is held for its
 * words and never for the model's score alone. Returns 0, or ERR_NOMEM
 * (the failed verdict then says hold, as screen_check's).
 */
MUST_CHECK int screening_check_pair(const struct screen_model *m,
                                    const struct screen_policy *p,
                                    const char *body, size_t len,
                                    const char *name, size_t name_len,
                                    struct screening_pair *out);

/* screening_pair_holds / screening_pair_refuses: either text is held /
 * uses a banned word. */
bool screening_pair_holds(const struct screening_pair *v);
bool screening_pair_refuses(const struct screening_pair *v);

/*
 * screening_run scores body and the display name (name may be NULL; a
 * name is screened as given, so the caller trims it as it will be
 * stored) with app->model (which may be NULL: then only the site's word
 * lists, the rule grammars and the doxxing guard apply). Memory from
 * req->arena. Returns 0, or a negative err (the caller then holds the
 * comment: a failure never lets a comment through unscreened).
 */
MUST_CHECK int screening_run(struct app *app, struct http_req *req,
                             const char *body, size_t len, const char *name,
                             size_t name_len, struct screening_result *out);

/*
 * screening_run_pair screens body and name (NULL or empty: no name) as
 * screening_run does, with the stored settings and app->model, and gives
 * both verdicts apart: for a page that shows what each of the two texts
 * would get (the screening settings' try box). Returns 0, or a negative
 * err (the verdicts then say hold, as screen_check's do).
 */
MUST_CHECK int screening_run_pair(struct app *app, struct http_req *req,
                                  const char *body, size_t len,
                                  const char *name, size_t name_len,
                                  struct screening_pair *out);

/*
 * screening_after_redact: the screening data of held comment c once a
 * moderator's redaction of span is applied (for mod_request.screen): its
 * new text and its name screened again, spans and all, whether or not it
 * would be held now.
 * If that fails, c's data without its spans and with "spans_cleared":true
 * (the queue says the highlights were cleared); NULL if c has no screening
 * data or it cannot be read. Memory from req->arena.
 */
const char *screening_after_redact(struct app *app, struct http_req *req,
                                   const struct comment *c, const char *span);

/* The site's screening settings (threshold, word lists, ...) from st,
 * their strings in a; a setting unset or out of range keeps its default. */
void screening_policy(struct store *st, struct arena *a,
                      struct screen_policy *p);

/* A held comment's verdict as the queue shows it: scores, and the spans
 * that fall inside body[0..len) with their text. */
void screening_json(struct buf *b, const struct screen_verdict *v,
                    const char *body, size_t len);

/*
 * screening_pair_json writes a held comment's verdicts as the queue shows
 * them: the body's as screening_json does, and, when the name was held,
 * the name's under "name" (the same members, its spans offsets into the
 * name). When only the name was held, the top-level score, category and
 * categories are the name's and the top-level spans are empty: nothing in
 * the body is marked for what the name did.
 */
void screening_pair_json(struct buf *b, const struct screening_pair *v,
                         const char *body, size_t len, const char *name,
                         size_t name_len);

/*
 * screening_is_doxxing: screen, a comment's screening data as stored (see
 * screening_pair_json), says it was held as doxxing: the category of its
 * verdict or of its name's is "doxxing", or a marked span's is. False for
 * "" and for data that cannot be read. Borrowed; nothing is kept.
 */
bool screening_is_doxxing(const char *screen);

#endif
