/*
 * auth.h - who is asking: the staff session behind a request, its role,
 * and its CSRF token. Every /admin and /api/v1/mod handler starts with
 * auth_staff; on refusal the response is already written (401 without a
 * live session, 403 for a role too low or a wrong CSRF token). Readers
 * are known only by the charla_reader cookie: auth_reader_hash.
 */
#ifndef CHARLA_API_AUTH_H
#define CHARLA_API_AUTH_H

#include <stdbool.h>

#include "api/app.h"
#include "core/staff.h"

#define AUTH_COOKIE "charla_session"

enum auth_style { AUTH_JSON, AUTH_HTML };

/*
 * auth_staff checks the session cookie and the role. If csrf_needed, the
 * token must be csrf_token (a form field) or the X-CSRF-Token header.
 * Returns true and fills se when allowed.
 */
bool auth_staff(struct app *app, struct http_req *req, struct http_resp *resp,
                enum role min_role, bool csrf_needed, const char *csrf_token,
                enum auth_style style, struct session *se);

/*
 * auth_login_needed answers 401 as auth_staff does without a session: JSON;
 * for a GET, a page whose link is the login form (with ?next= the page
 * asked for, when it is one a login can go back to); for a form, the login
 * form itself, saying nothing was saved (and, for a form that keeps a draft,
 * that the text is kept in the browser), with next the form's page. It
 * never shows anything the request sent.
 */
void auth_login_needed(struct app *app, struct http_req *req,
                       struct http_resp *resp, enum auth_style style);

/* auth_optional_staff: the session if one is live, without refusing. */
bool auth_optional_staff(struct app *app, struct http_req *req,
                         struct session *se);

/*
 * auth_reader_hash: the keyed hash of the reader's charla_reader token
 * (PSEUDONYM_HASH_HEX hex digits, in the request's arena), or NULL when
 * the request has no valid token or the arena is out of memory.
 */
const char *auth_reader_hash(struct app *app, struct http_req *req);

/* auth_set_cookie / auth_clear_cookie write the session cookie. */
void auth_set_cookie(struct http_req *req, struct http_resp *resp,
                     const char *value);
void auth_clear_cookie(struct http_resp *resp);

#endif
