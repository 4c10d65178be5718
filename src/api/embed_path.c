/*
 * embed_path.c - dot segments in an embedded page's URL.
 *
 * The embed makes a page's thread at "/x/<host><path and query>" and
 * sends readers without JavaScript there with a redirect. A URL such as
 * "http://blog.example/../../admin/queue" would make an article whose
 * path has "." or ".." segments: a browser resolves them in the
 * redirect's Location and lands on another page of this server
 * (/admin/queue), and the article lists under a path that means
 * something else. A browser never sends such a URL (location.href and
 * <link rel="canonical"> come out of its URL parser with dot segments
 * resolved, "%2e" counting as "."), so the embed refuses them (422)
 * rather than guess what was meant.
 *
 * A segment runs from a '/' or '?' to the next one: the query is part of
 * the thread's path too, and "?.." could end a segment there.
 */
#include "api/embed_path.h"

/* dot_len: how long the dot at s[i] is ("." 1, "%2e" or "%2E" 3), or 0
   when s[i] is no dot. */
static size_t dot_len(const char *s, size_t len, size_t i)
{
    if (s[i] == '.')
        return 1;
    if (s[i] == '%' && i + 2 < len && s[i + 1] == '2' &&
        (s[i + 2] == 'e' || s[i + 2] == 'E'))
        return 3;
    return 0;
}

bool embed_path_has_dot_segment(const char *rest, size_t rest_len)
{
    size_t i = 0;
    while (i <= rest_len) {
        /* a segment starts at i and ends at the next '/', '?' or the end */
        size_t dots = 0, j = i;
        bool only_dots = true;
        while (j < rest_len && rest[j] != '/' && rest[j] != '?') {
            size_t n = dot_len(rest, rest_len, j);
            if (n == 0) {
                only_dots = false;
                n = 1;
            } else {
                dots++;
            }
            j += n;
        }
        if (only_dots && (dots == 1 || dots == 2))
            return true;
        i = j + 1;
    }
    return false;
}
