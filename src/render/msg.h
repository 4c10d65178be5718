/*
 * msg.h - the message catalogue: every user-facing string by key, in every
 * language the site speaks.
 *
 * Pages never contain literal prose; they ask msg_get(MSG_REPLY). The texts
 * live in messages_<lang>.def, one file per language. The keys (this enum)
 * come from messages_en.def; each other language is a table filled by
 * designated initialisers from its own file, so a key that exists only in
 * a translation does not compile, and a key a translation lacks is a NULL
 * entry (tests/unit/test_i18n.c fails on it; msg_get falls back to
 * English).
 *
 * The current language is per thread: i18n_select sets it at the start of
 * every request (a request runs on one thread from start to end), and
 * msg_get answers in it. A thread that never set one speaks English.
 */
#ifndef CHARLA_RENDER_MSG_H
#define CHARLA_RENDER_MSG_H

#include <stddef.h>

enum msg_id {
#define MSG(key, text) key,
#include "render/messages_en.def"
#undef MSG
    MSG_COUNT
};

/* The languages, by index; MSG_LANG_EN is the fallback for every text. */
enum msg_lang { MSG_LANG_EN = 0, MSG_LANG_ES = 1, MSG_LANG_COUNT };

/* msg_get returns the text of a message in the current language (static
 * storage; never NULL). */
const char *msg_get(enum msg_id id);
/* msg_get_in: the text in a given language, or NULL if that catalogue
 * lacks it (for tests; pages use msg_get). */
const char *msg_get_in(enum msg_lang lang, enum msg_id id);

/* msg_set_lang sets the current thread's language; msg_lang returns it. */
void msg_set_lang(enum msg_lang lang);
enum msg_lang msg_lang(void);

/* msg_lang_code: "en", "es" (static). */
const char *msg_lang_code(enum msg_lang lang);
/*
 * msg_lang_parse reads a language tag ("es", "es-MX", "EN_us"): its primary
 * subtag decides. Returns the language, or -1 if the site does not speak
 * it (or s is NULL).
 */
int msg_lang_parse(const char *s, size_t len);
/*
 * msg_lang_accept picks a language from an Accept-Language header value:
 * the language the site speaks with the highest q-value, ties going to
 * the one named first; q=0 means "not this one", a malformed q drops its
 * entry. Returns the language, or -1 if the header is NULL, too long, or
 * names no language the site speaks ("*" included: the caller then uses
 * the site default).
 */
int msg_lang_accept(const char *header);

/*
 * msg_reason returns the removal reason as a reader should read it: a
 * known default reason ("threat") translated into the current language,
 * anything else (a moderator's own words) unchanged. Borrowed.
 */
const char *msg_reason(const char *reason);

/*
 * msg_report_reason returns a reader's report reason as a moderator
 * should read it: one of the suggestions the report form offers
 * (msg_report_suggestions), as picked in either language ("amenaza",
 * "threat"), in the current language; anything else the reader typed,
 * unchanged. Borrowed.
 */
const char *msg_report_reason(const char *reason);

/*
 * msg_category returns a screening category as the screen stores it
 * ("identity_hate") in the moderator's words in the current language; a
 * name this build does not know is returned as given. Borrowed.
 */
const char *msg_category(const char *name);

/*
 * msg_report_suggestions lists the reasons a reader is offered under a
 * report's field (the report page's datalist, the embed widget's), the
 * moderators' own reasons in the order a reader looks for them; *n gets
 * how many. Each is a message id, so it reads in the current language.
 * Static storage.
 */
const enum msg_id *msg_report_suggestions(size_t *n);

/*
 * The path the page footer's language switch sends the reader back to
 * ("/2021/07/x.html"), set per request by i18n_select. msg_set_back_path
 * copies it; a path too long, or NULL, means "/". msg_back_path never
 * returns NULL.
 */
void msg_set_back_path(const char *path);
const char *msg_back_path(void);

#endif
