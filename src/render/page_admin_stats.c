/*
 * page_admin_stats.c - the statistics page: per day, comments held,
 * removed and approved, and the median time from posting to a decision.
 *
 * The charts are inline SVG written here, with no chart library and no
 * script. The CSP (style-src 'self') forbids style attributes, so the
 * bars take their colours from classes in web/admin.css; geometry is in
 * SVG presentation attributes (x, y, width, height). Each bar has a
 * <title> for a tooltip; each SVG is role="img" with a label, and the same
 * numbers follow as a table for screen readers and exact values.
 *
 * Days are the site's local days, named by month and day in the page's
 * language ("Dec 4", "4 dic"): a numeric "12-04" reads as April 12 in
 * Spanish. The axis shows large values compactly ("43k") so that the
 * label fits left of the chart; the bars' titles and the table are exact.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/site.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "render/page_admin.h"

/* Chart geometry, in SVG user units. */
#define CHART_LEFT 48 /* room for four characters of axis label */
#define CHART_TOP 12
#define CHART_HEIGHT 160
#define CHART_BOTTOM 28 /* room for the day labels */
#define CHART_SLOT 20   /* horizontal room for one day */
#define CHART_BAR 5

/* day_label writes the site's local date of day_start without the year. */
static void day_label(struct buf *b, const struct site *site, int64_t day_start)
{
    struct tm tm;
    site_local_time(site, day_start, &tm);
    const char *month =
        msg_get((enum msg_id)(MSG_MONTH_SHORT_1 + tm.tm_mon % 12));
    if (msg_lang() == MSG_LANG_ES) {
        html_int(b, tm.tm_mday);
        html_lit(b, " ");
        html_texts(b, month);
        return;
    }
    html_texts(b, month);
    html_lit(b, " ");
    html_int(b, tm.tm_mday);
}

/* compact writes v in at most four characters: 950, 1.2k, 43k, 2.8M. */
static void compact(struct buf *b, int64_t v)
{
    static const char suffix[] = "kMGT";
    char tmp[16];
    if (v < 1000) {
        html_int(b, v);
        return;
    }
    double x = (double)v;
    int k = -1;
    while (x >= 999.5 && k < 3) {
        x /= 1000;
        k++;
    }
    snprintf(tmp, sizeof(tmp), x < 9.95 ? "%.1f%c" : "%.0f%c", x, suffix[k]);
    html_texts(b, tmp);
}

static void svg_open(struct buf *b, size_t n, enum msg_id label)
{
    html_lit(b, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ");
    html_int(b, CHART_LEFT + (int64_t)n * CHART_SLOT + 10);
    html_lit(b, " ");
    html_int(b, CHART_TOP + CHART_HEIGHT + CHART_BOTTOM);
    html_lit(b, "\" aria-label=\"");
    html_attrs(b, msg_get(label));
    html_lit(b, "\" xmlns=\"http://www.w3.org/2000/svg\">");
}

/* axis writes the base line, the top value and day labels every week. */
static void axis(struct buf *b, const struct site *site,
                 const struct admin_stats_day *days, size_t n, int64_t max)
{
    html_lit(b, "<line class=\"axis\" x1=\"");
    html_int(b, CHART_LEFT);
    html_lit(b, "\" y1=\"");
    html_int(b, CHART_TOP + CHART_HEIGHT);
    html_lit(b, "\" x2=\"");
    html_int(b, CHART_LEFT + (int64_t)n * CHART_SLOT);
    html_lit(b, "\" y2=\"");
    html_int(b, CHART_TOP + CHART_HEIGHT);
    html_lit(b, "\"/><text class=\"tick\" x=\"");
    html_int(b, CHART_LEFT - 4);
    html_lit(b, "\" y=\"");
    html_int(b, CHART_TOP + 8);
    html_lit(b, "\" text-anchor=\"end\">");
    compact(b, max);
    html_lit(b, "</text><text class=\"tick\" x=\"");
    html_int(b, CHART_LEFT - 4);
    html_lit(b, "\" y=\"");
    html_int(b, CHART_TOP + CHART_HEIGHT);
    html_lit(b, "\" text-anchor=\"end\">0</text>");
    for (size_t i = 0; i < n; i += 7) {
        html_lit(b, "<text class=\"tick\" x=\"");
        html_int(b, CHART_LEFT + (int64_t)i * CHART_SLOT + CHART_SLOT / 2);
        html_lit(b, "\" y=\"");
        html_int(b, CHART_TOP + CHART_HEIGHT + CHART_BOTTOM - 6);
        html_lit(b, "\" text-anchor=\"middle\">");
        day_label(b, site, days[i].day_start);
        html_lit(b, "</text>");
    }
}

static void bar(struct buf *b, const struct site *site, const char *cls,
                int64_t x, int64_t v, int64_t max, int64_t day_start,
                enum msg_id what, const char *value_text)
{
    int64_t h = max > 0 ? v * CHART_HEIGHT / max : 0;
    if (v > 0 && h < 1)
        h = 1;
    html_lit(b, "<rect class=\"");
    html_attrs(b, cls);
    html_lit(b, "\" x=\"");
    html_int(b, x);
    html_lit(b, "\" y=\"");
    html_int(b, CHART_TOP + CHART_HEIGHT - h);
    html_lit(b, "\" width=\"");
    html_int(b, CHART_BAR);
    html_lit(b, "\" height=\"");
    html_int(b, h);
    html_lit(b, "\"><title>");
    day_label(b, site, day_start);
    html_lit(b, " ");
    html_texts(b, msg_get(what));
    html_lit(b, ": ");
    html_texts(b, value_text);
    html_lit(b, "</title></rect>");
}

static void legend(struct buf *b)
{
    html_lit(b, "<p class=\"legend\"><span class=\"key key-held\"></span> ");
    html_texts(b, msg_get(MSG_ADM_STATS_HELD));
    html_lit(b, " <span class=\"key key-removed\"></span> ");
    html_texts(b, msg_get(MSG_ADM_STATS_REMOVED));
    html_lit(b, " <span class=\"key key-approved\"></span> ");
    html_texts(b, msg_get(MSG_ADM_STATS_APPROVED));
    html_lit(b, "</p>\n");
}

static void counts_chart(struct buf *b, const struct site *site,
                         const struct admin_stats_day *days, size_t n)
{
    int64_t max = 1;
    for (size_t i = 0; i < n; i++) {
        if (days[i].held > max)
            max = days[i].held;
        if (days[i].removed > max)
            max = days[i].removed;
        if (days[i].approved > max)
            max = days[i].approved;
    }
    svg_open(b, n, MSG_ADM_STATS_COUNTS);
    axis(b, site, days, n, max);
    for (size_t i = 0; i < n; i++) {
        int64_t x = CHART_LEFT + (int64_t)i * CHART_SLOT + 2;
        char tmp[32];
        snprintf(tmp, sizeof(tmp), "%lld", (long long)days[i].held);
        bar(b, site, "bar-held", x, days[i].held, max, days[i].day_start,
            MSG_ADM_STATS_HELD, tmp);
        snprintf(tmp, sizeof(tmp), "%lld", (long long)days[i].removed);
        bar(b, site, "bar-removed", x + CHART_BAR + 1, days[i].removed, max,
            days[i].day_start, MSG_ADM_STATS_REMOVED, tmp);
        snprintf(tmp, sizeof(tmp), "%lld", (long long)days[i].approved);
        bar(b, site, "bar-approved", x + 2 * (CHART_BAR + 1), days[i].approved,
            max, days[i].day_start, MSG_ADM_STATS_APPROVED, tmp);
    }
    html_lit(b, "</svg>\n");
}

static int64_t minutes_up(int64_t s)
{
    return (s + 59) / 60;
}

static void median_chart(struct buf *b, const struct site *site,
                         const struct admin_stats_day *days, size_t n)
{
    int64_t max = 1;
    for (size_t i = 0; i < n; i++)
        if (days[i].has_median && minutes_up(days[i].median_s) > max)
            max = minutes_up(days[i].median_s);
    svg_open(b, n, MSG_ADM_STATS_MEDIAN);
    axis(b, site, days, n, max);
    for (size_t i = 0; i < n; i++) {
        if (!days[i].has_median)
            continue;
        int64_t m = minutes_up(days[i].median_s);
        char tmp[32];
        snprintf(tmp, sizeof(tmp), "%lld", (long long)m);
        bar(b, site, "bar-median", CHART_LEFT + (int64_t)i * CHART_SLOT + 4, m,
            max, days[i].day_start, MSG_ADM_STATS_MEDIAN_COL, tmp);
    }
    html_lit(b, "</svg>\n");
}

void page_admin_stats(struct buf *b, const struct admin_ctx *ctx,
                      const struct admin_stats_day *days, size_t n)
{
    page_admin_begin(b, ctx, ADMIN_NAV_STATS, msg_get(MSG_ADM_STATS_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_STATS_TITLE));
    html_lit(b, "</h1>\n<p class=\"meta\">");
    html_texts(b, msg_get(MSG_ADM_STATS_LEAD));
    html_lit(b, "</p>\n<h2>");
    html_texts(b, msg_get(MSG_ADM_STATS_COUNTS));
    html_lit(b, "</h2>\n");
    legend(b);
    counts_chart(b, ctx->site, days, n);
    html_lit(b, "<h2>");
    html_texts(b, msg_get(MSG_ADM_STATS_MEDIAN));
    html_lit(b, "</h2>\n<p class=\"meta\">");
    html_texts(b, msg_get(MSG_ADM_STATS_MEDIAN_HINT));
    html_lit(b, "</p>\n");
    median_chart(b, ctx->site, days, n);
    html_lit(b, "<div class=\"table-wrap\"><table class=\"stats\"><thead>"
                "<tr><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_STATS_DAY));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_STATS_HELD));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_STATS_REMOVED));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_STATS_APPROVED));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_STATS_MEDIAN_COL));
    html_lit(b, "</th></tr></thead>\n<tbody>\n");
    for (size_t i = n; i-- > 0;) {
        html_lit(b, "<tr><th scope=\"row\">");
        day_label(b, ctx->site, days[i].day_start);
        html_lit(b, "</th><td>");
        html_int(b, days[i].held);
        html_lit(b, "</td><td>");
        html_int(b, days[i].removed);
        html_lit(b, "</td><td>");
        html_int(b, days[i].approved);
        html_lit(b, "</td><td>");
        if (days[i].has_median)
            html_int(b, minutes_up(days[i].median_s));
        html_lit(b, "</td></tr>\n");
    }
    html_lit(b, "</tbody></table></div>\n");
    page_admin_end(b);
}
