/*
 * limits.c - flood limits per reader and per network prefix.
 * NEEDSWORK: not enforced yet.
 */
#include "api/hooks.h"

bool limits_check(struct app *app, struct http_req *req,
                  struct http_resp *resp)
{
    return false;
}
