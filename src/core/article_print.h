/*
 * article_print.h - a fingerprint of what the article editor shows, so
 * that two editors saving the same article cannot lose each other's work
 * unseen.
 *
 * The edit form carries the fingerprint of the article it was loaded with
 * (hidden field "base"); a save whose base no longer matches the stored
 * article was made from a page older than someone else's save, and is
 * refused. The article's version cannot serve: every comment posted or
 * moderated moves it, and a form would go stale on a busy thread within
 * seconds. So the fingerprint covers only the fields the form edits.
 */
#ifndef CHARLA_CORE_ARTICLE_PRINT_H
#define CHARLA_CORE_ARTICLE_PRINT_H

#include "core/model.h"

/* The hex digits of a fingerprint. */
#define ARTICLE_PRINT_HEX 16

/*
 * article_print writes the fingerprint (FNV-1a, 64 bits) of a's editable
 * fields: path, title, byline, body, lead image and caption, labels,
 * discussion and is_published. Not id, version, published time, comment
 * count, source id nor external URL. out gets ARTICLE_PRINT_HEX lowercase
 * hex digits and a NUL.
 */
void article_print(const struct article *a, char out[ARTICLE_PRINT_HEX + 1]);

#endif
