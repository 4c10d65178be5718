/*
 * log_load.c - the audit log's rows for a comment named by its number or
 * its id (see log_load.h). A number is what a moderator reads in a thread
 * or in the log, and the same number exists in every article: with an
 * article it is one comment, found in the store; without, the latest rows
 * are narrowed to that number, and when they name a single comment its
 * whole history is read instead, so that "10" alone shows all of a
 * comment's changes when only one article has a 10 in the log.
 */
#include <string.h>

#include "api/log_load.h"
#include "util/str.h"

bool log_number(struct arena *a, const char *typed, const char **out)
{
    *out = "";
    if (!typed)
        return true;
    const char *s = typed;
    size_t len = strlen(s);
    str_trim(&s, &len);
    if (len > 0 && s[0] == '#') {
        s++;
        len--;
    }
    if (len == 0)
        return true;
    if (len > LOG_NUMBER_MAX || s[0] == '.' || s[len - 1] == '.')
        return false;
    for (size_t i = 0; i < len; i++)
        if (!(s[i] >= '0' && s[i] <= '9') && !(s[i] == '.' && s[i + 1] != '.'))
            return false;
    *out = arena_strndup(a, s, len);
    return *out != NULL;
}

int log_article_names(struct app *app, struct arena *a,
                      const struct audit_entry *e, size_t n, const char ***out)
{
    *out = NULL;
    if (n == 0)
        return 0;
    const char **names = arena_alloc(a, n * sizeof(*names));
    if (!names)
        return ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        names[i] = NULL;
        if (!e[i].comment_id || !e[i].article_id)
            continue;
        /* rows are few (a page of the log) and mostly of a few articles:
           an earlier row of the same article has its name already */
        size_t j = 0;
        while (j < i && e[j].article_id != e[i].article_id)
            j++;
        if (j < i && names[j]) {
            names[i] = names[j];
            continue;
        }
        struct article art;
        int ret = store_article_get(app->store, e[i].article_id, a, &art);
        if (ret == ERR_NOTFOUND)
            continue;
        if (ret)
            return ERR_DB;
        names[i] = art.title[0] ? art.title : art.path;
    }
    *out = names;
    return 0;
}

int log_load(struct app *app, struct arena *a, int64_t *comment_id,
             const char *number, int64_t article_id, int limit,
             struct audit_entry **e, size_t *n, int *articles)
{
    *articles = 0;
    if (*comment_id)
        number = "";
    if (number[0] && article_id) {
        struct comment c;
        int ret =
            store_comment_by_number(app->store, article_id, number, a, &c);
        if (ret == ERR_NOTFOUND) {
            *e = NULL;
            *n = 0;
            return 0;
        }
        if (ret)
            return ERR_DB;
        *comment_id = c.id;
    }
    if (store_audit_list(app->store, *comment_id, limit, a, e, n))
        return ERR_DB;
    if (!number[0] || article_id)
        return 0;
    int64_t *seen = arena_alloc(a, (*n + 1) * sizeof(*seen));
    if (!seen)
        return ERR_DB;
    size_t kept = 0;
    int64_t one = 0;
    bool many = false;
    for (size_t i = 0; i < *n; i++) {
        if (!(*e)[i].comment_id || strcmp((*e)[i].number, number) != 0)
            continue;
        int k = 0;
        while (k < *articles && seen[k] != (*e)[i].article_id)
            k++;
        if (k == *articles)
            seen[(*articles)++] = (*e)[i].article_id;
        many = many || (one && (*e)[i].comment_id != one);
        one = (*e)[i].comment_id;
        (*e)[kept++] = (*e)[i];
    }
    *n = kept;
    if (many || !one)
        return 0;
    /* one comment: its whole history, not only its latest rows */
    return store_audit_list(app->store, one, limit, a, e, n) ? ERR_DB : 0;
}
