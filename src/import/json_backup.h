/*
 * json_backup.h - `charla export json` and `charla import json`: the
 * charla backup format (docs/export-format.md), JSON Lines, version 2
 * (version 1 files are read too).
 *
 * An export holds everything the site keeps except its secrets and
 * internal state: the settings a backup carries (core/setting_keys.h;
 * never tokens or webhooks, and site_key only when asked for, with each
 * article's id), articles with their former paths,
 * and every comment with its number, state, author fields (the keyed
 * author_hash, never a reader token), text, moderation reason, screening
 * result and reader reports (reason, time, whether it counted; never the
 * reporter or their network).
 * Importing it into an empty database and exporting again gives the same
 * bytes.
 */
#ifndef CHARLA_IMPORT_JSON_BACKUP_H
#define CHARLA_IMPORT_JSON_BACKUP_H

#include <stdbool.h>
#include <stdio.h>

#include "store/store.h"
#include "util/buf.h"
#include "util/err.h"

/* The format this charla writes and the newest it reads. */
#define IMPORT_JSON_VERSION 2

/* The "secret" member of the site key's record in a backup. */
#define IMPORT_JSON_SITE_KEY_NOTE                                              \
    "the site key: with this file anyone who has a reader's token can "        \
    "find their handles and comments; keep it as safe as the database"

/*
 * import_export_json writes the whole site, or only the article at
 * article_path (no settings then) when it is not NULL, to out: one JSON
 * object per line, articles in path order, each followed by its comments
 * in thread order, and a final "end" record with the counts. It reads
 * inside one transaction, so the export is a consistent snapshot (writers
 * wait meanwhile).
 * with_site_key (whole-site exports only) writes the site key first
 * among the settings, marked "secret", and each article's id, so that a
 * restore into a new database keeps every reader's handle and their
 * comments on /me. Such a file is as secret as the database.
 * Returns 0; ERR_NOTFOUND if article_path names no article, or the site
 * has no key yet; ERR_INVALID for with_site_key with an article_path;
 * ERR_IO if out cannot be written; ERR_DB; ERR_NOMEM. err gets one line
 * on failure.
 */
MUST_CHECK int import_export_json(struct store *st, const char *article_path,
                                  bool with_site_key, FILE *out,
                                  struct buf *err);

/* What an import did with the file's site key. */
enum import_site_key {
    IMPORT_SITE_KEY_NONE,    /* the file carries none */
    IMPORT_SITE_KEY_ADOPTED, /* the database had no article, or no key
                                (never served): it is the site's key now */
    IMPORT_SITE_KEY_SAME,    /* the database has that key already */
    IMPORT_SITE_KEY_REFUSED, /* the database has articles and another
                                key: refused (counted as a secret) */
};

struct import_json_summary {
    long settings_set, settings_present;
    long settings_refused;   /* the four below together, none stored */
    long settings_secret;    /* site_key and keys a backup never carries */
    long settings_internal;  /* state such as "raid:<article id>" */
    long settings_unknown;   /* keys charla does not know */
    long settings_invalid;   /* known keys with a value `charla setting
                                set` refuses */
    char invalid_first[320]; /* the first of those as line, key, value (at
                                most 64 bytes of it, control bytes as '?')
                                and why: "f:3: timezone \"X/Y\" is not
                                ..."; "" if none */
    long articles_added, articles_present;
    long articles_new_id; /* of those added, with the file's site key, ones
                             stored under a new id, as another article
                             here had theirs: their handles change */
    long comments_added, comments_present;
    long reader_comments_added;    /* of those added, readers' with a hash */
    enum import_site_key site_key; /* what became of the file's site key */
};

/*
 * import_json restores a backup written by import_export_json from path,
 * in one transaction: on any error nothing is stored. Only the settings a
 * backup carries (core/setting_keys.h), with a valid value, are taken,
 * and a setting already set keeps its value; any other setting record (a
 * secret, internal state, an unknown key, a bad value) is counted in sum
 * and skipped, not an error. The file's site key (a --with-site-key
 * backup) becomes the site's when the database has no article yet or no
 * key (it was never served); then, or when the database has that key
 * already, each article added keeps the id in the file unless another
 * article has it (sum->articles_new_id counts those). An article whose path is
 * taken counts as present, and its comments are matched by number. Every
 * comment must get exactly its number back (true for an empty database), else
 * the import fails. progress: print a progress line on stderr. sum may be NULL.
 * Returns 0; ERR_NOTFOUND or ERR_IO if the file cannot be read; ERR_INVALID for
 * a file that is not a charla export, is truncated (no end record), or breaks
 * the format, with err naming "path:line: why"; ERR_TOOBIG for a line over 64
 * MiB; ERR_CONFLICT; ERR_DB; ERR_NOMEM.
 */
MUST_CHECK int import_json(struct store *st, const char *path, bool progress,
                           struct import_json_summary *sum, struct buf *err);

#endif
