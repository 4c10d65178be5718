/*
 * page_admin_article.c - the editors' pages: the list of every article
 * (drafts too) and the create/edit form with its server-side preview.
 *
 * The preview needs no script: the form has two submit buttons, "op=
 * preview" and "op=save"; a preview answers with the same form, values
 * kept, and the article below it written by the article page's own code
 * (page_article_post: title, date or "not yet published", byline, lead
 * image, body), in the reader stylesheet's article styles, so what an
 * editor previews is what readers will read.
 *
 * Nothing typed is lost to a session that ends while an editor writes:
 * the form keeps a draft in the browser (admin_draft_offer, web/draft.js).
 */
#include <string.h>

#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "render/page_admin.h"

static enum msg_id discussion_msg(int d)
{
    return d == 1   ? MSG_ADM_DISC_PREMOD
           : d == 2 ? MSG_ADM_DISC_CLOSED
                    : MSG_ADM_DISC_OPEN;
}

/* path_warning: an article whose path the server answers itself, with a
 * link to its path field. */
static void path_warning(struct buf *b, int64_t id)
{
    html_lit(b, "<p class=\"path-warning\"><strong>");
    html_texts(b, msg_get(MSG_ADM_ART_UNREACHABLE));
    html_lit(b, "</strong> ");
    html_texts(b, msg_get(MSG_ADM_ART_UNREACHABLE_WHY));
    html_lit(b, " <a href=\"/admin/articles/");
    html_int(b, id);
    html_lit(b, "#f-path\">");
    html_texts(b, msg_get(MSG_ADM_ART_CHANGE_PATH));
    html_lit(b, "</a></p>");
}

/* article_cell opens a cell of the articles table that carries its
 * column's heading */
static void article_cell(struct buf *b, enum msg_id heading)
{
    html_lit(b, "<td data-label=\"");
    html_attrs(b, msg_get(heading));
    html_lit(b, "\">");
}

void page_admin_articles(struct buf *b, const struct admin_ctx *ctx,
                         const struct article *arts, const bool *unreachable,
                         size_t n)
{
    page_admin_begin(b, ctx, ADMIN_NAV_ARTICLES, msg_get(MSG_ARTICLES));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ARTICLES));
    html_lit(b, "</h1>\n<p><a class=\"button\" href=\"/admin/articles/new\">");
    html_texts(b, msg_get(MSG_ADM_ART_NEW));
    html_lit(b, "</a></p>\n");
    if (n == 0) {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_NO_ARTICLES));
        html_lit(b, "</p>\n");
        page_admin_end(b);
        return;
    }
    html_lit(b, "<div class=\"table-wrap\"><table class=\"articles\"><thead>"
                "<tr><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_ART_COL_TITLE));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_ART_COL_STATE));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_ART_COL_DISCUSSION));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_ART_COL_COMMENTS));
    html_lit(b, "</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const struct article *a = &arts[i];
        html_lit(b, "<tr><td><a href=\"/admin/articles/");
        html_int(b, a->id);
        html_lit(b, "\">");
        page_isolated_text(b, a->title[0] ? a->title : a->path);
        html_lit(b, "</a><br><span class=\"path\">");
        html_texts(b, a->path);
        html_lit(b, "</span>");
        if (unreachable && unreachable[i])
            path_warning(b, a->id);
        html_lit(b, "</td>");
        /* each value with its column's heading, which a phone shows
           beside it when the rows stack into cards (admin.css) */
        article_cell(b, MSG_ADM_ART_COL_STATE);
        html_texts(b, msg_get(a->is_published ? MSG_ADM_ART_PUBLISHED
                                              : MSG_ADM_ART_DRAFT));
        html_lit(b, "</td>");
        article_cell(b, MSG_ADM_ART_COL_DISCUSSION);
        html_texts(b, msg_get(discussion_msg(a->discussion)));
        html_lit(b, "</td>");
        article_cell(b, MSG_ADM_ART_COL_COMMENTS);
        html_int(b, a->comment_count);
        html_lit(b, "</td></tr>\n");
    }
    html_lit(b, "</tbody></table></div>\n");
    page_admin_end(b);
}

#define INPUT_REQUIRED 1u
#define INPUT_URL 2u
#define INPUT_PATH_HINT 4u /* described by the path hint below it */
#define INPUT_READONLY 8u  /* shown, sent, not to be changed */

/* text_input writes a labelled <input>; its id is "f-" + name. */
static void text_input(struct buf *b, const char *name, enum msg_id label,
                       const char *value, int maxlength, unsigned flags)
{
    html_lit(b, "<label for=\"f-");
    html_attrs(b, name);
    html_lit(b, "\">");
    html_texts(b, msg_get(label));
    html_lit(b, "</label>\n<input id=\"f-");
    html_attrs(b, name);
    html_lit(b, "\" name=\"");
    html_attrs(b, name);
    html_lit(b, "\" maxlength=\"");
    html_int(b, maxlength);
    html_lit(b, "\" value=\"");
    html_attrs(b, value ? value : "");
    html_lit(b, "\"");
    if (flags & INPUT_REQUIRED)
        html_lit(b, " required");
    if (flags & INPUT_URL)
        html_lit(b, " type=\"url\"");
    if (flags & INPUT_PATH_HINT)
        html_lit(b, " aria-describedby=\"path-hint\"");
    if (flags & INPUT_READONLY)
        html_lit(b, " readonly");
    html_lit(b, ">\n");
}

/* former_paths_hint: the paths the article answered at before, under its
 * path field, so an editor knows old links still reach it. */
static void former_paths_hint(struct buf *b, const char *const *former,
                              size_t n)
{
    if (n == 0)
        return;
    html_lit(b, "<p class=\"hint former-paths\" id=\"former-paths\">");
    html_texts(b, msg_get(MSG_ADM_F_FORMER_PATHS));
    for (size_t i = 0; i < n; i++) {
        if (i)
            html_lit(b, ",");
        html_lit(b, " <code>");
        html_texts(b, former[i]);
        html_lit(b, "</code>");
    }
    html_lit(b, "</p>\n");
}

/*
 * raid_note: while a raid pre-moderates the article, the radio buttons show
 * the article's own mode, the one it goes back to, so that saving the form
 * untouched keeps the raid's pre-moderation temporary; the note says so
 * and what another choice does.
 */
static void raid_note(struct buf *b, int back)
{
    html_lit(b, "<p class=\"hint raid-note\" id=\"raid-note\"><strong>");
    html_texts(b, msg_get(MSG_ADM_F_RAID_ON));
    html_lit(b, "</strong> ");
    html_texts(b, msg_get(MSG_ADM_F_RAID_BACK));
    html_lit(b, " <strong>");
    html_texts(b, msg_get(discussion_msg(back)));
    html_lit(b, "</strong>. ");
    html_texts(b, msg_get(MSG_ADM_F_RAID_CHOICE));
    html_lit(b, "</p>");
}

int page_admin_article_form(struct buf *b, const struct admin_ctx *ctx,
                            const struct article *art,
                            const char *const *former, size_t nformer,
                            int raid_back, const char *path_hint,
                            const char *base, enum admin_form_shows shows,
                            bool preview, const struct article *stored_now,
                            struct arena *a)
{
    bool is_new = art->id == 0;
    const char *heading = msg_get(is_new ? MSG_ADM_ART_NEW : MSG_ADM_ART_EDIT);
    page_admin_begin(b, ctx, ADMIN_NAV_ARTICLES, heading);
    html_lit(b, "<h1>");
    html_texts(b, heading);
    html_lit(b, "</h1>\n");
    if (!is_new && art->is_published && art->path[0]) {
        html_lit(b, "<p><a href=\"");
        html_path_attr(b, art->path);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_ADM_F_VIEW));
        html_lit(b, "</a></p>\n");
    }
    admin_draft_offer(b, MSG_ADM_DRAFT_STALE);
    html_lit(b, "<form method=\"post\" class=\"admin-form article-form\" "
                "action=\"/admin/articles/");
    if (is_new)
        html_lit(b, "new");
    else
        html_int(b, art->id);
    html_lit(b, "\"");
    /* a draft keeps the base it was typed over: restored after someone
       else saved, its save is refused as stale instead of undoing theirs */
    admin_draft_attrs(b, shows, base ? "base" : NULL);
    html_lit(b, ">\n");
    admin_csrf_field(b, ctx);
    html_lit(b, "\n");
    if (base) {
        html_lit(b, "<input type=\"hidden\" name=\"base\" value=\"");
        html_attrs(b, base);
        html_lit(b, "\">\n");
    }
    text_input(b, "title", MSG_ADM_F_TITLE, art->title, 300, INPUT_REQUIRED);
    /* an embedded discussion's path is the embed's key for its host page
       (api/embed.c), made from that page's address: not the editor's */
    bool external = art->external_url && art->external_url[0];
    text_input(b, "path", MSG_ADM_F_PATH, art->path, 300,
               INPUT_PATH_HINT | (external ? INPUT_READONLY : 0));
    html_lit(b, "<p class=\"hint\" id=\"path-hint\">");
    if (external) {
        html_texts(b, msg_get(MSG_ADM_F_PATH_EXTERNAL));
        html_lit(b, " <code>");
        html_texts(b, art->external_url);
        html_lit(b, "</code>");
    } else {
        html_texts(b, msg_get(MSG_ADM_F_PATH_HINT));
    }
    if (path_hint && !external) {
        /* web/path-hint.js keeps the slug in step with the title as it is
           typed, then asks the server for the path with the suffix a
           taken one needs (data-article: the article whose own path is
           free to it); the date part stays the server's (the site's time
           zone) */
        const char *slash = strrchr(path_hint, '/');
        html_lit(b, " <code id=\"path-hint-path\" data-prefix=\"");
        if (slash)
            html_attr(b, path_hint, (size_t)(slash - path_hint) + 1);
        html_lit(b, "\" data-article=\"");
        html_int(b, art->id);
        html_lit(b, "\">");
        html_texts(b, path_hint);
        html_lit(b, "</code>");
    }
    html_lit(b, "</p>\n");
    former_paths_hint(b, former, nformer);
    text_input(b, "byline", MSG_ADM_F_BYLINE, art->byline, 200, 0);
    text_input(b, "lead_image", MSG_ADM_F_IMAGE, art->lead_image, 2000,
               INPUT_URL);
    text_input(b, "lead_caption", MSG_ADM_F_CAPTION, art->lead_caption, 500, 0);
    text_input(b, "labels", MSG_ADM_F_LABELS, art->labels, 500, 0);
    html_lit(b, "<label for=\"f-body\">");
    html_texts(b, msg_get(MSG_ADM_F_BODY));
    /* the newline after the start tag is dropped by HTML parsers, so a
     * body that begins with a newline keeps it */
    html_lit(b, "</label>\n<textarea id=\"f-body\" name=\"body\" "
                "rows=\"18\">\n");
    html_texts(b, art->body);
    html_lit(b, "</textarea>\n<fieldset class=\"discussion\"");
    if (raid_back >= 0)
        html_lit(b, " aria-describedby=\"raid-note\"");
    html_lit(b, "><legend>");
    html_texts(b, msg_get(MSG_ADM_F_DISCUSSION));
    html_lit(b, "</legend>");
    if (raid_back >= 0)
        raid_note(b, raid_back);
    for (int d = 0; d <= 2; d++) {
        html_lit(b, "<label><input type=\"radio\" name=\"discussion\" "
                    "value=\"");
        html_int(b, d);
        html_lit(b, "\"");
        if (art->discussion == d)
            html_lit(b, " checked");
        html_lit(b, "> ");
        html_texts(b, msg_get(discussion_msg(d)));
        html_lit(b, "</label> ");
    }
    html_lit(b, "</fieldset>\n<label class=\"check\"><input type=\"checkbox\" "
                "name=\"published\" value=\"1\"");
    if (art->is_published)
        html_lit(b, " checked");
    html_lit(b, "> ");
    html_texts(b, msg_get(MSG_ADM_F_PUBLISH));
    /* the preview lands at itself: below the form, a phone's screen
       would show the form's top again, as if nothing had happened */
    html_lit(b, "</label>\n<p class=\"buttons\"><button type=\"submit\" "
                "name=\"op\" value=\"preview\" class=\"secondary\" "
                "formaction=\"/admin/articles/");
    if (is_new)
        html_lit(b, "new");
    else
        html_int(b, art->id);
    html_lit(b, "#preview\">");
    html_texts(b, msg_get(MSG_ADM_F_PREVIEW));
    html_lit(b, "</button> <button type=\"submit\" name=\"op\" "
                "value=\"save\">");
    html_texts(b, msg_get(MSG_ADM_F_SAVE));
    html_lit(b, "</button></p>\n</form>\n");
    if (preview) {
        html_lit(b, "<section class=\"preview\" id=\"preview\" "
                    "aria-labelledby=\"preview-h\"><h2 id=\"preview-h\">");
        html_texts(b, msg_get(MSG_ADM_F_PREVIEW));
        html_lit(b, "</h2>\n");
        int ret = page_article_post(b, ctx->site, art, a);
        if (ret)
            return ret;
        html_lit(b, "</section>\n");
    }
    if (stored_now) {
        html_lit(b,
                 "<section class=\"preview stored-now\" "
                 "aria-labelledby=\"stored-now-h\"><h2 id=\"stored-now-h\">");
        html_texts(b, msg_get(MSG_ADM_ART_STORED_NOW));
        html_lit(b, "</h2>\n");
        int ret = page_article_post(b, ctx->site, stored_now, a);
        if (ret)
            return ret;
        html_lit(b, "</section>\n");
    }
    page_admin_end(b);
    return buf_failed(b);
}
