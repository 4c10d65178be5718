/*
 * test_audit_words.c - the audit log's stored words as the staff pages show
 * them: charla's own words translated, a moderator's words untouched, and
 * any row of an unexpected shape shown as stored.
 */
#include "testlib.h"

#include <stdio.h>
#include <string.h>

#include "core/setting_keys.h"
#include "render/audit_words.h"
#include "render/msg.h"

/* reason_of and note_of render e's reason or note in lang into out
 * (reason_in: for site's time zone). */
static const char *reason_in(struct buf *out, enum msg_lang lang,
                             const struct audit_entry *e,
                             const struct site *site)
{
    msg_set_lang(lang);
    buf_reset(out);
    audit_words_reason(out, e, site);
    msg_set_lang(MSG_LANG_EN);
    ck_assert(!buf_failed(out));
    return out->data;
}

static const char *reason_of(struct buf *out, enum msg_lang lang,
                             const struct audit_entry *e)
{
    return reason_in(out, lang, e, NULL);
}

static const char *note_of(struct buf *out, enum msg_lang lang,
                           const struct audit_entry *e)
{
    msg_set_lang(lang);
    buf_reset(out);
    audit_words_note(out, e);
    msg_set_lang(MSG_LANG_EN);
    ck_assert(!buf_failed(out));
    return out->data;
}

START_TEST(actions_actors_statuses)
{
    msg_set_lang(MSG_LANG_ES);
    ck_assert_str_eq(audit_words_action("remove"), "eliminación");
    ck_assert_str_eq(audit_words_action("ban"), "bloqueo");
    ck_assert_str_eq(audit_words_action("new-thing"), "new-thing");
    ck_assert_str_eq(audit_words_actor("system"), "sistema");
    ck_assert_str_eq(audit_words_actor("author"), "su autor");
    ck_assert_str_eq(audit_words_actor("Kathi"), "Kathi");
    ck_assert_str_eq(audit_words_status(COMMENT_HELD), "retenido");
    ck_assert_str_eq(audit_words_status(-1), "");
    ck_assert_str_eq(audit_words_status(COMMENT_STATUS_COUNT), "");
    for (size_t i = 0; i < audit_words_action_count; i++)
        ck_assert_str_ne(audit_words_action(audit_words_actions[i]),
                         audit_words_actions[i]);
    msg_set_lang(MSG_LANG_EN);
    ck_assert_str_eq(audit_words_action("remove"), "remove");
    ck_assert_str_eq(audit_words_actor("system"), "system");
    ck_assert_str_eq(audit_words_status(COMMENT_HELD), "held");
}
END_TEST

START_TEST(reasons)
{
    struct buf out;
    buf_init(&out, 4096);
    struct audit_entry e = {
        .actor = "Kathi", .action = "remove", .reason = "insult", .note = ""};
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "insulto");
    ck_assert_str_eq(reason_of(&out, MSG_LANG_EN, &e), "insult");
    e.reason = "my own words";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "my own words");
    e.action = "ban";
    e.reason = "permanent";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "para siempre");
    e.reason = "7d, replacing a ban until 2026-12-03 23:00 UTC by Ed";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e),
                     "7 días, en lugar de un bloqueo hasta 2026-12-03 23:00 "
                     "UTC puesto por Ed");
    ck_assert_str_eq(reason_of(&out, MSG_LANG_EN, &e),
                     "7 days, replacing a ban until 2026-12-03 23:00 UTC by "
                     "Ed");
    e.reason = "7d, replacing a ban whenever by Ed";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), e.reason);
    e.reason = "7d, replacing a ban permanent";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), e.reason);
    e.action = "unban";
    e.reason = "until 2026-12-03 23:00 UTC";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e),
                     "hasta 2026-12-03 23:00 UTC");
    e.reason = "until ";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "until ");
    /* where a setting was changed, in the page's words */
    e.action = "settings";
    e.reason = "command line";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "línea de comandos");
    e.reason = "screening";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e),
                     "página de ajustes del filtro");
    ck_assert_str_eq(reason_of(&out, MSG_LANG_EN, &e),
                     "screening settings page");
    e.action = "remove"; /* only a settings row's */
    ck_assert_str_eq(reason_of(&out, MSG_LANG_ES, &e), "screening");
    buf_release(&out);
}
END_TEST

/* A ban's end, stored in UTC, reads in the site's zone as every other
 * time on the log page does; without a site, as stored. */
START_TEST(ban_end_in_the_site_zone)
{
    struct buf out;
    buf_init(&out, 4096);
    struct site mx = {
        .timezone = "-06:00", .tz_fixed = 1, .tz_offset_s = -6 * 3600};
    struct audit_entry e = {.actor = "Kathi",
                            .action = "ban",
                            .reason = "until 2026-12-03 23:00 UTC",
                            .note = ""};
    ck_assert_str_eq(reason_in(&out, MSG_LANG_EN, &e, &mx),
                     "until December 3, 2026 5:00 PM");
    ck_assert_str_eq(reason_in(&out, MSG_LANG_ES, &e, &mx),
                     "hasta 3 de diciembre de 2026 17:00");
    e.reason = "7d, replacing a ban until 2026-12-04 02:30 UTC by Ed";
    ck_assert_str_eq(reason_in(&out, MSG_LANG_EN, &e, &mx),
                     "7 days, replacing a ban until December 3, 2026 8:30 PM "
                     "by Ed");
    e.action = "unban";
    e.reason = "until 2026-12-03 23:00 UTC";
    ck_assert_str_eq(reason_of(&out, MSG_LANG_EN, &e),
                     "until 2026-12-03 23:00 UTC");
    /* not the shape charla writes: as stored */
    e.reason = "until 2026-13-03 23:00 UTC";
    ck_assert_str_eq(reason_in(&out, MSG_LANG_EN, &e, &mx),
                     "until 2026-13-03 23:00 UTC");
    e.reason = "until 2026-12-03 23:00 CET";
    ck_assert_str_eq(reason_in(&out, MSG_LANG_EN, &e, &mx),
                     "until 2026-12-03 23:00 CET");
    buf_release(&out);
}
END_TEST

START_TEST(notes)
{
    struct buf out;
    buf_init(&out, 4096);
    struct audit_entry e = {.actor = "system",
                            .action = "hold",
                            .reason = "",
                            .note = "reader reports"};
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), "reportes de lectores");
    e.note = "rescreened: identity_hate 0.950";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "revisado de nuevo por el filtro: odio contra un grupo "
                     "0.950");
    e.note = "rescreened: nonsense";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "rescreened: suspect word \"sicario\", threat 0.970";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "revisado de nuevo por el filtro: palabra sospechosa "
                     "\"sicario\", amenaza 0.970");
    e.note = "rescreened: banned word \"x, y\", protected name \"Kathi\", "
             "doxxing";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "revisado de nuevo por el filtro: palabra prohibida "
                     "\"x, y\", nombre protegido \"Kathi\", exposición "
                     "de datos personales");
    e.note = "rescreened: protected name \"Kathi\" (name)";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "revisado de nuevo por el filtro: nombre protegido "
                     "\"Kathi\" (nombre)");
    e.note = "rescreened: suspect word \"open";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "rescreened: threat 0.9, ";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "12 comments, 9 new readers in a minute";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "12 comentarios, 9 lectores nuevos en un minuto");
    e.note = "x comments, 9 new readers in a minute";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "12 comments, 9 new readers in a minute!";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "0000000000000000000000000000001 comments, 9 new readers in a "
             "minute";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.actor = "reader";
    e.note = "erased by its author (/me/erase)";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "borrado por su autor (/me/erase)");
    /* a moderator's note is theirs, even if it reads like ours */
    e.actor = "Kathi";
    e.note = "reader reports";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), "reader reports");
    e.note = "<b>mine</b>";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), "<b>mine</b>");
    buf_release(&out);
}
END_TEST

START_TEST(setting_notes)
{
    struct buf out;
    buf_init(&out, 4096);
    /* a moderator's save: the actor is a person, the note still charla's */
    struct audit_entry e = {
        .actor = "Kathi",
        .action = "settings",
        .reason = "screening",
        .note = "hold_threshold: 0.5 → 0.8; protected_names: +2 −1"};
    ck_assert_str_eq(note_of(&out, MSG_LANG_EN, &e),
                     "Hold threshold: 0.5 → 0.8; Protected names: +2 −1");
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Umbral de retención: 0.5 → 0.8; Nombres protegidos: "
                     "+2 −1");
    e.note = "publish_profanity: off → on; banned_words: +1 −0; "
             "suspect_words: +0 −3";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Publicar los comentarios retenidos solo por groserías: "
                     "no → sí; Palabras prohibidas: +1 −0; Palabras "
                     "sospechosas: +0 −3");
    /* a key no form edits reads by its own words; parts of another
     * shape stay as stored */
    e.actor = "command line";
    e.note = "pow_bits: 0 → 20; banned_words: +1 −0; <b>odd</b>";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Prueba de trabajo para publicar: 0 → 20; Palabras "
                     "prohibidas: +1 −0; <b>odd</b>");
    /* charla's words for a value, in the page's language; "on" and "off"
     * only for the switch, typed values as typed */
    e.note = "no change";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), "sin cambios");
    ck_assert_str_eq(note_of(&out, MSG_LANG_EN, &e), "no change");
    e.note = "hold_threshold: (unset) → 0.7; site_title: changed; "
             "rate_limit: on → off; publish_profanity: on → off";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Umbral de retención: (vacío) → 0.7; Nombre del sitio: "
                     "cambiado; rate_limit: on → off; Publicar los comentarios "
                     "retenidos solo por groserías: sí → no");
    e.note = "pow_bits: 20 → (unset)";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Prueba de trabajo para publicar: 20 → (vacío)");
    e.note = "no change here";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    e.note = "hold_threshold; banned_wordsx: +1 −0; ";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    /* the same note on another action is not a setting's */
    e.action = "hold";
    e.actor = "Kathi";
    e.note = "hold_threshold: 0.5 → 0.8";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e), e.note);
    buf_release(&out);
}
END_TEST

/* A change made with `charla setting set` reads as one made on the
 * screening page does: every key by its words, in the page's language,
 * and the values charla writes in words too (a switch's 1 and 0, the
 * language's code). */
START_TEST(setting_notes_from_the_command_line)
{
    struct buf out;
    buf_init(&out, 4096);
    struct audit_entry e = {.actor = "command line",
                            .action = "settings",
                            .reason = "command line",
                            .note = "report_threshold: 3 → 5"};
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Reportes que retienen un comentario: 3 → 5");
    ck_assert_str_eq(note_of(&out, MSG_LANG_EN, &e),
                     "Reports that hold a comment: 3 → 5");
    e.note = "publish_profanity: 0 → 1; language: en → es; "
             "webhook_secret: changed";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Publicar los comentarios retenidos solo por groserías: "
                     "no → sí; Idioma: inglés → español; Clave de los "
                     "webhooks: cambiado");
    ck_assert_str_eq(note_of(&out, MSG_LANG_EN, &e),
                     "Publish comments held for profanity alone: off → on; "
                     "Language: English → Spanish; Webhook secret: changed");
    /* "1", "0" and "es" are words of a switch and a language only */
    e.note = "report_threshold: (unset) → 1; site_title: es → 0";
    ck_assert_str_eq(note_of(&out, MSG_LANG_ES, &e),
                     "Reportes que retienen un comentario: (vacío) → 1; "
                     "Nombre del sitio: es → 0");
    /* every key charla has, in both languages, never as its raw name */
    for (size_t i = 0; i < setting_key_count(); i++) {
        const char *key = setting_key_at(i)->key;
        char note[128];
        snprintf(note, sizeof(note), "%s: changed", key);
        e.note = note;
        for (int lang = 0; lang < 2; lang++) {
            const char *got =
                note_of(&out, lang ? MSG_LANG_ES : MSG_LANG_EN, &e);
            ck_assert_msg(strstr(got, key) == NULL && strchr(got, '_') == NULL,
                          "%s reads %s", key, got);
            ck_assert_msg(strstr(got, lang ? ": cambiado" : ": changed"),
                          "%s reads %s", key, got);
        }
    }
    buf_release(&out);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, actions_actors_statuses);
    tcase_add_test(tc, reasons);
    tcase_add_test(tc, ban_end_in_the_site_zone);
    tcase_add_test(tc, notes);
    tcase_add_test(tc, setting_notes);
    tcase_add_test(tc, setting_notes_from_the_command_line);
}

TEST_MAIN("audit_words")
