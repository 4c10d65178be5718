/*
 * posting.h - the steps every way of posting shares (form and JSON):
 * recognise a staff author (a live session with its CSRF token), screen
 * the text, then hand over to core's post_comment.
 */
#ifndef CHARLA_API_POSTING_H
#define CHARLA_API_POSTING_H

#include "api/app.h"
#include "core/post.h"

/*
 * posting_submit fills the staff and screening parts of in and posts to
 * art. An article with only its id set (path NULL) is read inside the
 * post's batch, on the writer's connection, and filled in; if it does not
 * exist or is not published the post is refused with POST_NO_ARTICLE.
 * csrf_field is the form's csrf value (NULL for the API, which uses the
 * X-CSRF-Token header). Same results as post_comment; a banned word or a
 * staff session with a wrong token is POST_BAD_INPUT / POST_CLOSED with a
 * message.
 */
MUST_CHECK int posting_submit(struct app *app, struct http_req *req,
                              struct article *art, struct post_input *in,
                              const char *csrf_field, struct post_result *res,
                              struct buf *msg);

#endif
