/*
 * page_admin_screening.c - the screening settings a moderator tunes from
 * the browser: the hold threshold, banned and suspect words, and the
 * protected names (victims, minors, sources, reporters) whose mention
 * holds a comment as doxxing. Moderators have no shell; the same
 * settings are also `charla setting` keys. Long lists are typed here, so
 * the form keeps a draft in the browser (admin_draft_offer).
 */
#include <stdio.h>

#include "render/html.h"
#include "render/msg.h"
#include "render/page_admin.h"

/* The label of field f-<name> and its hint h-<name>, which the field
 * names in aria-describedby. */
static void field_head(struct buf *b, const char *name, enum msg_id label,
                       enum msg_id hint)
{
    html_lit(b, "<label for=\"f-");
    html_attrs(b, name);
    html_lit(b, "\">");
    html_texts(b, msg_get(label));
    html_lit(b, "</label>\n<p class=\"hint\" id=\"h-");
    html_attrs(b, name);
    html_lit(b, "\">");
    html_texts(b, msg_get(hint));
    html_lit(b, "</p>\n");
}

/* A label, a hint tied to the field, and a textarea holding value. */
static void list_field(struct buf *b, const char *name, enum msg_id label,
                       enum msg_id hint, const char *value)
{
    field_head(b, name, label, hint);
    /* the newline after the start tag is dropped by HTML parsers */
    html_lit(b, "<textarea id=\"f-");
    html_attrs(b, name);
    html_lit(b, "\" name=\"");
    html_attrs(b, name);
    html_lit(b, "\" rows=\"6\" spellcheck=\"false\" aria-describedby=\"h-");
    html_attrs(b, name);
    html_lit(b, "\">\n");
    html_texts(b, value ? value : "");
    html_lit(b, "</textarea>\n");
}

/* One setting someone else changed: its label and the stored value, in
 * a field without a name (shown, never submitted). */
static void stored_value(struct buf *b, const char *id, enum msg_id label,
                         const char *value)
{
    html_lit(b, "<label for=\"now-");
    html_attrs(b, id);
    html_lit(b, "\">");
    html_texts(b, msg_get(label));
    html_lit(b, "</label>\n<textarea id=\"now-");
    html_attrs(b, id);
    html_lit(b, "\" rows=\"4\" readonly spellcheck=\"false\">\n");
    html_texts(b, value ? value : "");
    html_lit(b, "</textarea>\n");
}

/* After a refused stale save: what is stored now of the settings someone
 * else changed (bits 1 << SCREENING_*), to compare with the form. */
static void stored_now_section(struct buf *b, const struct admin_screening *now,
                               unsigned changed)
{
    html_lit(b, "<section class=\"stored-now\" aria-labelledby=\"now-h\">"
                "<h2 id=\"now-h\">");
    html_texts(b, msg_get(MSG_ADM_SCR_STORED_NOW));
    html_lit(b, "</h2>\n");
    if (changed & (1u << SCREENING_HOLD_THRESHOLD))
        stored_value(b, "hold_threshold", MSG_ADM_SCR_THRESHOLD,
                     now->hold_threshold);
    if (changed & (1u << SCREENING_PUBLISH_PROFANITY)) {
        html_lit(b, "<p><label class=\"check\"><input type=\"checkbox\" "
                    "disabled");
        if (now->publish_profanity)
            html_lit(b, " checked");
        html_lit(b, "> ");
        html_texts(b, msg_get(MSG_ADM_SCR_PROFANITY));
        html_lit(b, "</label></p>\n");
    }
    if (changed & (1u << SCREENING_BANNED_WORDS))
        stored_value(b, "banned_words", MSG_ADM_SCR_BANNED, now->banned_words);
    if (changed & (1u << SCREENING_SUSPECT_WORDS))
        stored_value(b, "suspect_words", MSG_ADM_SCR_SUSPECT,
                     now->suspect_words);
    if (changed & (1u << SCREENING_PROTECTED_NAMES))
        stored_value(b, "protected_names", MSG_ADM_SCR_PROTECTED,
                     now->protected_names);
    html_lit(b, "</section>\n");
}

/* try_part writes one text's verdict in the try's list: its label, held,
 * refused (and for which word) or passes, and, held, the category, score
 * and the words marked in text. */
static void try_part(struct buf *b, enum msg_id label, const char *text,
                     const struct admin_screening_part *p)
{
    char score[32];
    snprintf(score, sizeof(score), " (%.2f)", (double)p->score);
    html_lit(b, "<dt>");
    html_texts(b, msg_get(label));
    html_lit(b, "</dt><dd><strong>");
    if (p->refused) {
        html_texts(b, msg_get(MSG_ADM_SCR_PART_REFUSED));
        html_lit(b, "</strong> ");
        html_texts(b, p->banned_word ? p->banned_word : "");
    } else {
        html_texts(b, msg_get(p->held ? MSG_ADM_SCR_PART_HELD
                                      : MSG_ADM_SCR_PART_PASSES));
        html_lit(b, "</strong>");
        html_texts(b, score);
    }
    if (p->held && !p->refused)
        page_admin_screen_marks(b, text, NULL, p->json,
                                SCREEN_MARKS_WHOLE_TEXT);
    html_lit(b, "</dd>");
}

/* try_result writes a try's verdict: the post's, and below it the
 * comment's and the name's apart when a name was given (without one, the
 * comment's words marked under the post's verdict). */
static void try_result(struct buf *b, const struct admin_screening_try *t)
{
    char score[32];
    snprintf(score, sizeof(score), " (%.2f)", (double)t->score);
    html_lit(b, "<div class=\"try-result\" id=\"try-result\" role=\"status\">"
                "<p><strong>");
    if (t->refused) {
        html_texts(b, msg_get(t->refused_name ? MSG_ADM_SCR_WOULD_REFUSE_NAME
                                              : MSG_ADM_SCR_WOULD_REFUSE));
        html_lit(b, "</strong> ");
        html_texts(b, t->banned_word ? t->banned_word : "");
    } else {
        html_texts(b, msg_get(t->held ? MSG_ADM_SCR_WOULD_HOLD
                                      : MSG_ADM_SCR_WOULD_PUBLISH));
        html_lit(b, "</strong>");
        html_texts(b, score);
    }
    html_lit(b, "</p>");
    if (t->name[0]) {
        html_lit(b, "<dl class=\"try-parts\">");
        try_part(b, MSG_ADM_SCR_TRY_LABEL, t->text, &t->body);
        try_part(b, MSG_ADM_SCREEN_NAME, t->name, &t->name_verdict);
        html_lit(b, "</dl>");
    } else if (t->held && !t->refused) {
        page_admin_screen_marks(b, t->text, NULL, t->body.json,
                                SCREEN_MARKS_WHOLE_TEXT);
    }
    html_lit(b, "</div>\n");
}

/* The try form (the comment and, optionally, a display name) and, after
 * a try, its verdict. The form posts to the verdict's anchor, so the
 * answer opens at it, not at the page's top (on a phone the verdict is
 * screens below). */
static void try_section(struct buf *b, const struct admin_ctx *ctx,
                        const struct admin_screening_try *t)
{
    html_lit(b, "<section class=\"try\" aria-labelledby=\"try-h\">"
                "<h2 id=\"try-h\">");
    html_texts(b, msg_get(MSG_ADM_SCR_TRY));
    html_lit(b, "</h2>\n<form method=\"post\" class=\"admin-form try-form\" "
                "action=\"/admin/screening/try#try-result\">\n");
    admin_csrf_field(b, ctx);
    html_lit(b, "\n");
    field_head(b, "try", MSG_ADM_SCR_TRY_LABEL, MSG_ADM_SCR_TRY_HINT);
    html_lit(b, "<textarea id=\"f-try\" name=\"text\" rows=\"4\" "
                "maxlength=\"5000\" aria-describedby=\"h-try\">\n");
    html_texts(b, t ? t->text : "");
    html_lit(b, "</textarea>\n");
    field_head(b, "try-name", MSG_ADM_SCR_TRY_NAME, MSG_ADM_SCR_TRY_NAME_HINT);
    html_lit(b, "<input id=\"f-try-name\" name=\"name\" maxlength=\"160\" "
                "aria-describedby=\"h-try-name\" value=\"");
    html_attrs(b, t ? t->name : "");
    html_lit(b, "\">\n<p class=\"buttons\"><button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_SCR_CHECK));
    html_lit(b, "</button></p>\n</form>\n");
    if (t && t->checked)
        try_result(b, t);
    html_lit(b, "</section>\n");
}

/* One line of the model's description list. */
static void model_term(struct buf *b, enum msg_id term)
{
    html_lit(b, "<dt>");
    html_texts(b, msg_get(term));
    html_lit(b, "</dt><dd>");
}

/* The model in use, its last refused reload, and (administrators) the
 * form that reloads it. */
static void model_section(struct buf *b, const struct admin_ctx *ctx,
                          const struct admin_screening_model *m)
{
    html_lit(b, "<section class=\"model\" aria-labelledby=\"model-h\">"
                "<h2 id=\"model-h\">");
    html_texts(b, msg_get(MSG_ADM_SCR_MODEL));
    html_lit(b, "</h2>\n");
    if (m->loaded) {
        char hex[24];
        snprintf(hex, sizeof(hex), "%016llx", (unsigned long long)m->checksum);
        html_lit(b, "<dl class=\"model-info\">");
        model_term(b, MSG_ADM_SCR_MODEL_FILE);
        html_lit(b, "<code>");
        html_texts(b, m->path);
        html_lit(b, "</code></dd>");
        model_term(b, MSG_ADM_SCR_MODEL_LOADED);
        admin_local_time(b, ctx->site, m->loaded_at);
        html_lit(b, "</dd>");
        model_term(b, MSG_ADM_SCR_MODEL_TRAINED);
        html_int(b, m->n_train);
        html_lit(b, " ");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_ROWS));
        if (m->permissive) {
            html_lit(b, " ");
            html_texts(b, msg_get(MSG_ADM_SCR_MODEL_PERMISSIVE));
        }
        html_lit(b, "</dd>");
        model_term(b, MSG_ADM_SCR_MODEL_CHECKSUM);
        html_lit(b, "<code>");
        html_texts(b, hex);
        html_lit(b, "</code></dd></dl>\n");
    } else {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_NONE));
        html_lit(b, "</p>\n");
    }
    if (m->failed_at) {
        html_lit(b, "<p class=\"model-refused\"><strong>");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_REFUSED));
        html_lit(b, "</strong> (");
        admin_local_time(b, ctx->site, m->failed_at);
        html_lit(b, "): ");
        html_texts(b, m->error ? m->error : "");
        html_lit(b, "<br>");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_KEPT));
        html_lit(b, "</p>\n");
    }
    if (!m->loaded) {
        html_lit(b, "</section>\n");
        return;
    }
    if (m->can_reload) {
        html_lit(b, "<form method=\"post\" class=\"admin-form model-form\" "
                    "action=\"/admin/screening/model\">\n");
        admin_csrf_field(b, ctx);
        html_lit(b, "\n<p class=\"hint\" id=\"h-reload\">");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_RELOAD_HINT));
        html_lit(b, "</p>\n<p class=\"buttons\"><button type=\"submit\" "
                    "aria-describedby=\"h-reload\">");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_RELOAD));
        html_lit(b, "</button></p>\n</form>\n");
    } else {
        html_lit(b, "<p class=\"hint\">");
        html_texts(b, msg_get(MSG_ADM_SCR_MODEL_ADMIN_ONLY));
        html_lit(b, "</p>\n");
    }
    html_lit(b, "</section>\n");
}

void page_admin_screening(struct buf *b, const struct admin_ctx *ctx,
                          const struct admin_screening *s,
                          const struct admin_screening_try *tried)
{
    page_admin_begin(b, ctx, ADMIN_NAV_SCREENING, msg_get(MSG_ADM_SCR_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_SCR_TITLE));
    html_lit(b, "</h1>\n<p>");
    html_texts(b, msg_get(MSG_ADM_SCR_LEAD));
    html_lit(b, "</p>\n");
    admin_draft_offer(b, MSG_ADM_DRAFT_STALE_SETTINGS);
    html_lit(b, "<form method=\"post\" class=\"admin-form "
                "screening-form\" action=\"/admin/screening\"");
    /* the draft keeps the base it began from: restored over settings
     * saved since, its save is refused as stale and shows them */
    admin_draft_attrs(b, s->shows, "base");
    html_lit(b, ">\n");
    admin_csrf_field(b, ctx);
    html_lit(b, "<input type=\"hidden\" name=\"base\" value=\"");
    html_attrs(b, s->base ? s->base : "");
    html_lit(b, "\">\n");
    field_head(b, "hold_threshold", MSG_ADM_SCR_THRESHOLD,
               MSG_ADM_SCR_THRESHOLD_HINT);
    html_lit(b, "<input id=\"f-hold_threshold\" name=\"hold_threshold\" "
                "inputmode=\"decimal\" maxlength=\"5\" "
                "aria-describedby=\"h-hold_threshold\" value=\"");
    html_attrs(b, s->hold_threshold ? s->hold_threshold : "");
    html_lit(b, "\">\n<p><label class=\"check\"><input type=\"checkbox\" "
                "id=\"f-publish_profanity\" name=\"publish_profanity\" "
                "value=\"1\" aria-describedby=\"h-publish_profanity\"");
    if (s->publish_profanity)
        html_lit(b, " checked");
    html_lit(b, "> ");
    html_texts(b, msg_get(MSG_ADM_SCR_PROFANITY));
    html_lit(b, "</label></p>\n<p class=\"hint\" id=\"h-publish_profanity\">");
    html_texts(b, msg_get(MSG_ADM_SCR_PROFANITY_HINT));
    html_lit(b, "</p>\n");
    list_field(b, "banned_words", MSG_ADM_SCR_BANNED, MSG_ADM_SCR_BANNED_HINT,
               s->banned_words);
    list_field(b, "suspect_words", MSG_ADM_SCR_SUSPECT,
               MSG_ADM_SCR_SUSPECT_HINT, s->suspect_words);
    list_field(b, "protected_names", MSG_ADM_SCR_PROTECTED,
               MSG_ADM_SCR_PROTECTED_HINT, s->protected_names);
    html_lit(b, "<p class=\"buttons\"><button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_F_SAVE));
    html_lit(b, "</button></p>\n</form>\n");
    if (s->stored_now && s->changed)
        stored_now_section(b, s->stored_now, s->changed);
    try_section(b, ctx, tried);
    if (s->model)
        model_section(b, ctx, s->model);
    page_admin_end(b);
}
