/*
 * eval.c - `charla eval`: score every test split in the data directory
 * with the same code path the server uses (screen_check, default policy)
 * and write the table to models/EVAL.md, so the committed numbers are the
 * ones a user can reproduce with one command.
 *
 * Which decision eval scores on a set is the head trained for what the set
 * labels, chosen on the tuning (dev) rows, never on test: profanity (the
 * "offensive language" head) for OLID and Davidson, identity_hate for the
 * hate-speech sets, hold for MEX-A3T, insult for DETOXIS, spam for the
 * spam set. The hold decision's macro-F1 is shown for every set as well.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "screen/screen_int.h"

/* The bootstrap interval of each set's macro-F1 (metrics.c). With 2,000
 * resamples another seed moves a bound by at most about 0.004 on the
 * sets of 200 rows or more (0.01 on the 101-row Jigsaw sample), as
 * 20,000 would; a fixed seed writes the same EVAL.md for the same model. */
#define EV_RESAMPLES 2000
#define EV_RESAMPLE_SEED 20190101

static const char *ev_head_name(int head)
{
    return head == SCREEN_HEAD_HOLD ? "hold" : screen_category_name(head - 1);
}

/* What the set's eval head decided for a comment: held, or the head's
 * category at 0.5 or more. */
static int ev_decision(const struct screen_verdict *v, int head)
{
    return head == SCREEN_HEAD_HOLD ? v->hold : v->cat_score[head - 1] >= 0.5f;
}

/* Verdicts for rows[0..n) into v; 0 or ERR_NOMEM. */
static int ev_verdicts(const struct screen_model *m,
                       const struct screen_row *rows, size_t n,
                       struct screen_scratch *sc, struct screen_verdict *v)
{
    for (size_t i = 0; i < n; i++)
        if (screen_check_scratch(m, NULL, rows[i].text, rows[i].len, &v[i], sc))
            return ERR_NOMEM;
    return 0;
}

/* "Against": per test split, macro-F1 of the model (verdicts v) minus the
 * other model's (vo) on the same rows, with the paired interval. */
static int ev_against(const char *path, const struct screen_row *rows,
                      const size_t *set_first, const size_t *set_count,
                      const struct screen_verdict *v,
                      const struct screen_verdict *vo, uint8_t *cells,
                      uint8_t *cells_o, struct buf *table)
{
    buf_addf(table,
             "\nAgainst `%s`: macro-F1 of this model minus that model's on "
             "the same rows, with the 95%% paired bootstrap interval (each "
             "resample scores both on the rows it drew); an interval that "
             "holds 0 is a difference the split cannot tell from luck.\n\n"
             "| test split | decision | this | that | difference | 95%% "
             "interval |\n|---|---|---:|---:|---:|---:|\n",
             path);
    for (size_t s = 0; s < screen_nsets; s++) {
        if (!set_count[s])
            continue;
        int head = screen_sets[s].eval_head;
        struct screen_counts c = {0}, co = {0};
        for (size_t k = 0; k < set_count[s]; k++) {
            size_t i = set_first[s] + k;
            int y = rows[i].label;
            int d = ev_decision(&v[i], head),
                dother = ev_decision(&vo[i], head);
            screen_counts_add(&c, y, d);
            screen_counts_add(&co, y, dother);
            cells[k] = screen_cell(y, d);
            cells_o[k] = screen_cell(y, dother);
        }
        double lo, hi;
        int rc = screen_macro_f1_gain_interval(cells, cells_o, set_count[s],
                                               EV_RESAMPLES, EV_RESAMPLE_SEED,
                                               &lo, &hi);
        if (rc)
            return rc;
        double a = screen_macro_f1(&c), b = screen_macro_f1(&co);
        buf_addf(table, "| %s | %s | %.3f | %.3f | %+.3f | %+.3f to %+.3f |\n",
                 screen_sets[s].name, ev_head_name(head), a, b, a - b, lo, hi);
    }
    return 0;
}

/* The usage, to out: stdout when asked for, stderr after a mistake. */
static void eval_usage(FILE *out)
{
    fputs("usage: charla eval [--model FILE] [--data DIR] [--out FILE]\n"
          "                   [--neutral DIR] [--against FILE]\n"
          "Scores every test split under DIR (default ../shared/data/abuse)\n"
          "and the held-out neutral sentences of models/neutral, and writes\n"
          "the table to FILE (default models/EVAL.md; '-' for none).\n"
          "--against FILE adds, per test split, the macro-F1 of the model\n"
          "minus that of the model in FILE, with its paired 95% interval.\n"
          "There is no --model none: eval measures a model file (classify\n"
          "--model none shows what screening without one holds).\n",
          out);
}

/* CPU time of this thread: comments per second per core, unaffected by
 * other processes waiting for the same cores. */
static double ev_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#define EV_PASSES 5

static int ev_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median CPU seconds of EV_PASSES passes of screen_check and of the
 * model heads alone over rows[0..n). Returns 0 or ERR_NOMEM. */
static int ev_time_passes(const struct screen_model *m,
                          const struct screen_row *rows, size_t n,
                          struct screen_scratch *sc, double *secs,
                          double *secs_heads)
{
    double t[EV_PASSES], th[EV_PASSES];
    for (int r = 0; r < EV_PASSES; r++) {
        struct screen_verdict v;
        double t0 = ev_now();
        for (size_t i = 0; i < n; i++)
            if (screen_check_scratch(m, NULL, rows[i].text, rows[i].len, &v,
                                     sc))
                return ERR_NOMEM;
        t[r] = ev_now() - t0;
        float ph[SCREEN_NHEADS];
        t0 = ev_now();
        for (size_t i = 0; i < n; i++)
            if (screen_model_heads(m, sc, rows[i].text, rows[i].len, ph))
                return ERR_NOMEM;
        th[r] = ev_now() - t0;
    }
    qsort(t, EV_PASSES, sizeof(double), ev_cmp_double);
    qsort(th, EV_PASSES, sizeof(double), ev_cmp_double);
    *secs = t[EV_PASSES / 2];
    *secs_heads = th[EV_PASSES / 2];
    return 0;
}

static const char *const ev_langs[][2] = {{"en", "English"}, {"es", "Spanish"}};

/* How many of the harmless held-out sentences `read` gives the screen
 * holds, per language: appends intro and the counts to table as one
 * paragraph. Returns 0, or an error explained in err (missing files are
 * a note in the table, not an error). */
static int ev_held(const struct screen_model *m, const char *dir,
                   const char *kind, const char *intro,
                   struct screen_scratch *sc, struct buf *table,
                   struct buf *err)
{
    buf_addf(table, "\n%s, held at the default threshold:", intro);
    for (size_t l = 0; l < 2; l++) {
        struct screen_row *rows = NULL;
        size_t n = 0, cap = 0, held = 0;
        int rc = screen_written_read(dir, kind, "eval", ev_langs[l][0], 0,
                                     &rows, &n, &cap, NULL, err);
        for (size_t i = 0; i < n && !rc; i++) {
            struct screen_verdict v;
            rc = screen_check_scratch(m, NULL, rows[i].text, rows[i].len, &v,
                                      sc);
            if (!rc)
                held += v.hold;
        }
        screen_rows_free(rows, n);
        if (rc == ERR_NOTFOUND) {
            buf_adds(table, " not measured (no such files).\n");
            buf_reset(err);
            return 0;
        }
        if (rc)
            return rc;
        buf_addf(table, "%s %zu of %zu in %s (%.1f%%)", l ? "," : "", held, n,
                 ev_langs[l][1], n ? 100.0 * (double)held / (double)n : 0.0);
    }
    buf_adds(table, ".\n");
    return 0;
}

/* The held-out sets of written sentences `charla eval` reports, each
 * with its paragraph's opening (%s: the folder). */
static const struct {
    const char *kind; /* screen_written_read's */
    const char *intro;
} ev_written[] = {
    {NULL,
     "Neutral sentences that name a group of people (`%s/eval.tsv`: "
     "templates never trained on, filled with every term of `terms.tsv`)"},
    {"news",
     "Harmless sentences about crime, violence and politics of the kind "
     "readers write under a news story (`%s/news-eval.tsv`, never trained "
     "on)"},
    {"criticism",
     "Harsh but civil criticism of officials, governments and the police "
     "(`%s/criticism-eval.tsv`, written apart from the training sentences "
     "and never trained on)"},
    {"abuse",
     "Abusive comments of the kinds this beat draws and no labelled set "
     "has: threats and extortion, wishes of death, harassment of women "
     "reporters, dehumanising talk, insults (`%s/abuse-eval.tsv`, written "
     "apart from the training sentences and never trained on; here more "
     "is better)"},
    {"threat",
     "Threats, calls to violence and wishes of death (`%s/threat-eval.tsv`, "
     "written after the threat grammar by someone who never saw it, never "
     "trained on; looked at to weigh the written threats; here more is "
     "better)"},
    {"violence",
     "Harmless comments that use violent words: reports, quotes, fear for "
     "someone, mourning, idioms (`%s/violence-eval.tsv`, written with "
     "threat-eval.tsv, never trained on)"},
    {"veiled",
     "Veiled threats, intimidation and extortion, most without a violent "
     "verb (`%s/veiled-eval.tsv`, written after the veiled-threat grammar "
     "by someone who never saw it, never trained on; looked at to weigh the "
     "written threats; here more is better)"},
    {"veiled-harmless",
     "Harmless comments that look like veiled threats: worry, reported "
     "threats, condolences, deadlines, heads-ups, idioms "
     "(`%s/veiled-harmless-eval.tsv`, written with veiled-eval.tsv, never "
     "trained on; looked at once to narrow that grammar)"},
    {"threat-blind",
     "Threats in a reader's own words written by a third writer who saw "
     "neither the model, the grammar nor any other set "
     "(`%s/threat-blind-eval.tsv`, never trained on; here more is "
     "better)"},
    {"threat-blind-harmless",
     "Harmless comments with the words of threats, written with them "
     "(`%s/threat-blind-harmless-eval.tsv`, never trained on)"},
    {"short",
     "Harmless replies of one to six words: greetings, thanks, agreement, "
     "grief, slang (`%s/short-eval.tsv`, written apart from "
     "short-train.tsv and never trained on)"},
    {"short-abuse",
     "Abusive replies of one to six words: insults, slurs, threats "
     "(`%s/short-abuse-eval.tsv`, written with short-eval.tsv, never "
     "trained on; here more is better)"},
    {"reaction",
     "Harmless reactions of a few words made mostly of emoji, laughter, "
     "marks, numbers or amounts (`%s/reaction-eval.tsv`, written apart "
     "from reaction-train.tsv by someone who saw neither it nor the model, "
     "never trained on)"},
    {"reaction-abuse",
     "Abusive comments of a few words that emoji, laughter or marks carry "
     "or frame: insults, threats, a victim mocked, a snitch named "
     "(`%s/reaction-abuse-eval.tsv`, written with reaction-eval.tsv, never "
     "trained on; here more is better)"},
    {"everyday",
     "Everyday comments with the words of threats: asking the reporter for "
     "a source, encouragement, plans, farewells, complaints about the site "
     "(`%s/everyday-eval.tsv`, written apart from everyday-train.tsv by "
     "someone who saw neither it nor the model, never trained on; looked "
     "at to weigh everyday-train.tsv)"},
    {"insult",
     "Insults said to someone: to another reader, to the reporter, of the "
     "writer of the piece (`%s/insult-eval.tsv`, written after the insult "
     "grammar by someone who saw neither it nor the model, never trained "
     "on; here more is better)"},
    {"insult-harmless",
     "Harmless comments with the words of insults: officials called names, "
     "a reader calling himself one, denials, reports, slang praise, "
     "literal senses (`%s/insult-harmless-eval.tsv`, written with "
     "insult-eval.tsv, never trained on; looked at once to add two "
     "negations to that grammar)"},
    {"harass",
     "Sexist harassment of women reporters and commenters: looks, sexual "
     "remarks, the story got through sex, back to the kitchen "
     "(`%s/harass-eval.tsv`, written after the harassment grammar's second "
     "round by someone who saw neither it nor the model, never trained on; "
     "here more is better)"},
    {"harass-harmless",
     "Harmless comments on the same topics: safety advice for women, "
     "reports condemning harassment, women in politics and journalism "
     "(`%s/harass-harmless-eval.tsv`, written with harass-eval.tsv, never "
     "trained on; looked at once to narrow the insult grammar)"},
    {"regulars",
     "Abusive comments in the shapes regulars use with each other: a "
     "reader greeted by name and then where she lives, a family asked "
     "after as a threat, a dead relative mocked (`%s/regulars-eval.tsv`, "
     "written apart from regulars-train.tsv by someone who saw neither it "
     "nor the model, never trained on; here more is better)"},
    {"regulars-harmless",
     "Kind words between regulars and to the reporter: a reader greeted "
     "by name, her family asked after, get-well wishes, congratulations, "
     "condolences (`%s/regulars-harmless-eval.tsv`, written with "
     "regulars-eval.tsv, never trained on)"},
    {"prayers",
     "Abusive comments under stories of the missing and the dead, many in "
     "the words of prayers and hopes: the missing mocked, victims blamed, "
     "searching mothers insulted, prayers turned into threats "
     "(`%s/prayers-eval.tsv`, by two writers who saw neither the code nor "
     "the model, never trained on; here more is better)"},
    {"prayers-harmless",
     "Prayers, blessings and hopes that the missing come back, under the "
     "same stories (`%s/prayers-harmless-eval.tsv`, written with "
     "prayers-eval.tsv, never trained on)"},
    {"mixed",
     "Abusive comments in code-switched English and Spanish as border "
     "readers write them, \"English\" for mostly English sentences with "
     "Spanish in them and \"Spanish\" for the reverse "
     "(`%s/mixed-eval.tsv`, by four writers who saw neither the code nor "
     "the model, never trained on and not read; here more is better)"},
    {"mixed-harmless",
     "Harmless comments in code-switched English and Spanish "
     "(`%s/mixed-harmless-eval.tsv`, written with mixed-eval.tsv, never "
     "trained on and not read)"},
    {"long",
     "Long comments (80 to 250 words) with the abuse in one or two of their "
     "sentences: a threat after a calm analysis, a slur in a rant, an "
     "address in a story, a scam link (`%s/long-eval.tsv`, by two writers "
     "who saw neither the code nor the model, never trained on and not "
     "read; here more is better)"},
    {"long-harmless",
     "Harmless long comments: stories of a town, rants at officials, "
     "analysis, memories of victims, banners quoted "
     "(`%s/long-harmless-eval.tsv`, written with long-eval.tsv, never "
     "trained on and not read)"},
    {"hate",
     "Hate against a people or group: dehumanising talk, conspiracy "
     "slanders, calls to expel, stereotypes (`%s/hate-eval.tsv`, written "
     "after the conspiracy grammar by someone who saw neither it nor the "
     "model, never trained on; here more is better)"},
    {"hate-harmless",
     "Harmless comments naming the same peoples: news, hate crimes "
     "condemned, myths refuted, pests in their literal sense "
     "(`%s/hate-harmless-eval.tsv`, written with hate-eval.tsv, never "
     "trained on; looked at once to narrow the conspiracy grammar)"},
    {"dox",
     "A private person given away in words: a witness, a source, the one "
     "who filmed, the reporter or their family, with their name, home, "
     "work, school, car or hours (`%s/dox-eval.tsv`, written after the "
     "doxxing guard's reader of words by someone who saw neither it nor "
     "the model, never trained on; here more is better)"},
    {"dox-harmless",
     "Harmless comments with the same words: where a crime happened, "
     "readers' own homes and families, stolen cars, community notices, "
     "funerals, public offices (`%s/dox-harmless-eval.tsv`, written with "
     "dox-eval.tsv, never trained on)"},
    {"omen",
     "Menace by implication, with no violent word: a compliment on the "
     "reader's family, house or car said flatly, the last rites advised, "
     "a dare to keep writing, being watched or known, a shame if "
     "something happened (`%s/omen-eval.tsv`, written after the omen "
     "grammar by someone who saw neither it nor the model, never trained "
     "on; here more is better)"},
    {"omen-harmless",
     "Harmless comments with the same words: compliments on photos of "
     "families, festivals and car shows, prayers, encouragement, "
     "watching a trial, a shame if the market closed "
     "(`%s/omen-harmless-eval.tsv`, written with omen-eval.tsv, never "
     "trained on)"},
    {"reader",
     "A realistic comment section under this beat's stories, its abusive "
     "comments: insults to readers and the reporter, slurs, hate, threats "
     "and wishes of harm, harassment, condescension "
     "(`%s/reader-eval.tsv`, written by someone who saw neither the code "
     "nor the model and labelled as for a news-comment data set, never "
     "trained on; measured once blind, then looked at; here more is "
     "better)"},
    {"reader-harmless",
     "The same section's harmless comments: questions, grief, anger "
     "without name-calling, reports of violence, group names in harmless "
     "talk, swearing of surprise, which the default setting holds as "
     "profanity (`%s/reader-harmless-eval.tsv`, written with "
     "reader-eval.tsv, never trained on)"},
    {"people",
     "Contempt or hate against a people or group in a reader's words: "
     "slurs, dehumanising talk, calls to expel, stereotypes, slanders "
     "(`%s/people-eval.tsv`, written before people-train.tsv by someone "
     "who saw neither the code, the model nor any other set, never "
     "trained on; here more is better)"},
    {"people-harmless",
     "Harmless comments naming the same peoples kindly, neutrally or in "
     "their defence: welcomes, neighbours, food and faith, facts, "
     "stereotypes refuted, civil debate about immigration "
     "(`%s/people-harmless-eval.tsv`, written with people-eval.tsv, never "
     "trained on)"},
    {"hard",
     "Abuse that a word list or a simple model gets wrong, from two "
     "realistic comment sections: victims mocked or blamed, a people "
     "scorned by hint or stereotype, menace and relatives given away in "
     "ordinary words, condescension, scams (`%s/hard-eval.tsv`, written by "
     "two writers who saw neither the code, the model nor any other set, "
     "never trained on; here more is better)"},
    {"hard-harmless",
     "The same sections' harmless comments, many in strong or loaded "
     "words: rage at officials and cartels, slurs quoted to condemn them, "
     "dark humour at the powerful, blunt disagreement "
     "(`%s/hard-harmless-eval.tsv`, written with hard-eval.tsv, never "
     "trained on)"},
    {"exclude",
     "Calls to expel, deport or keep out a whole people "
     "(`%s/exclude-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set, while the grammar that reads them was "
     "written; "
     "never trained on; here more is better)"},
    {"exclude-harmless",
     "Harmless comments that look like them: officials and cartels told "
     "to go, rescues, news of deportations, others' demands reported, "
     "migrants defended (`%s/exclude-harmless-eval.tsv`, written with "
     "exclude-eval.tsv, never trained on)"},
    {"evasion",
     "Abuse disguised to get past a word filter: digits and symbols for "
     "letters, spaced, stretched or look-alike letters, texting spellings, "
     "emoji between words, glued words, euphemisms "
     "(`%s/evasion-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set, after the readings of spellings made "
     "on load were written; never trained on; here more is better)"},
    {"evasion-harmless",
     "Harmless comments a careless filter would take for them: texting "
     "abbreviations, words that contain or resemble bad words, stretched "
     "words of joy, other languages, quoted threats condemned "
     "(`%s/evasion-harmless-eval.tsv`, written with evasion-eval.tsv, "
     "never trained on)"},
    {"disguise",
     "Abuse in disguised or casual spelling, a second set: sounded-out "
     "swearing, texting short forms, hashtags and chants, glued or split "
     "words, Mexican slang, casual threats at reporters and sources "
     "(`%s/disguise-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set, after the chants, the "
     "sounded-out spellings and the short forms were written; never "
     "trained on; measured once blind, then looked at; here more is "
     "better)"},
    {"disguise-harmless",
     "Harmless comments a careless filter would take for them: places, "
     "names and animals that contain or are swear words, slang of joy, "
     "campaigns against violence, chants quoted to condemn them, the "
     "death penalty debated, obituaries, football "
     "(`%s/disguise-harmless-eval.tsv`, written with disguise-eval.tsv, "
     "never trained on)"},
    {"writer",
     "Abuse aimed at the person who wrote the piece, named by role: "
     "threats, menace by hint, wishes of harm, insults, harassment "
     "(`%s/writer-eval.tsv`, written by someone who saw neither the code, "
     "the model nor writer-train.tsv; never trained on; here more is "
     "better)"},
    {"writer-harmless",
     "Harmless comments that name the person who wrote the piece: praise, "
     "questions, disagreement, corrections, wishes for their safety "
     "(`%s/writer-harmless-eval.tsv`, written with writer-eval.tsv, never "
     "trained on)"},
    {"grave", "A twenty-eighth comment section, under a clandestine grave "
              "found near a migrant shelter, its abusive comments: insults, "
              "hate against migrants open or said as facts, threats, the dead "
              "mocked or blamed, harassment of the woman reporter, exposure in "
              "words, spam (`%s/grave-eval.tsv`, written by someone who saw "
              "neither the code, the model nor any other set; never trained on "
              "and never used to write a rule; here more is better)"},
    {"grave-harmless",
     "The same section's harmless comments: fury at the police and the "
     "cartels, grief, the finding told in graphic words, civil debate about "
     "migration (`%s/grave-harmless-eval.tsv`, written with grave-eval.tsv, "
     "never trained on and never used to write a rule)"},
    {"priest",
     "A thirty-first comment section, under a priest who mediated truces "
     "between cartels shot dead after he accused the army, its abusive "
     "comments: insults, hate against Catholics, priests and other peoples, "
     "the dead mocked or blamed, threats to the reporter, the bishop and the "
     "mourners, the killers praised, exposure in words, sexual harassment, "
     "spam (`%s/priest-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on and never used to write a "
     "rule; here more is better)"},
    {"priest-harmless",
     "The same section's harmless comments: fury at the army, the Church "
     "hierarchy and the cartels, grief and prayer, the killing told in graphic "
     "words, civil debate about religion (`%s/priest-harmless-eval.tsv`, "
     "written with priest-eval.tsv, never trained on and never used to write a "
     "rule)"},
    {"mothers",
     "A thirty-second comment section, under searching mothers who found a "
     "clandestine grave the governor called unverified, its abusive "
     "comments: insults, hate against women, migrants and other peoples, "
     "the dead and the mothers mocked, threats open and veiled, doxxing "
     "hints, sexual harassment, spam (`%s/mothers-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on and never read; here more is better)"},
    {"mothers-harmless",
     "The same section's harmless comments: grief, fury at the government "
     "and the cartels, the violence told, slurs and threats quoted to "
     "condemn them, dark humour that hurts no one "
     "(`%s/mothers-harmless-eval.tsv`, written with mothers-eval.tsv, never "
     "trained on and never read)"},
    {"host",
     "A thirty-fifth comment section, under a radio host beaten outside his "
     "station in Michoacán after he reported on extortion, its abusive "
     "comments: threats open and veiled to the host, his son and the "
     "reporter, the beating mocked, insults, hate against indigenous "
     "people, migrants, women and other peoples, sexual harassment, "
     "doxxing hints, extortion, spam (`%s/host-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on and never read; here more is better)"},
    {"host-harmless",
     "The same section's harmless comments: grief, anger at the police "
     "chief and the government, support for the host, the attackers' "
     "words quoted to condemn them, fear for the family, idioms with "
     "violent words (`%s/host-harmless-eval.tsv`, written with "
     "host-eval.tsv, never trained on and never read)"},
    {"mariachi",
     "A hundred-and-sixth comment section, under gunmen dressed as mariachis "
     "who killed three people in Plaza Garibaldi after a singer said the bands "
     "pay a weekly fee, its abusive comments: threats open and veiled to the "
     "band, the singer's children and the blog, a witness's work and car given "
     "away, the dead mocked "
     "(`%s/mariachi-eval.tsv`, written by someone who saw neither the code, "
     "the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"mariachi-harmless",
     "The same section's harmless comments: grief for the trumpet player, "
     "anger at the city government, memories of the plaza "
     "(`%s/mariachi-harmless-eval.tsv`, "
     "written with mariachi-eval.tsv, never trained on)"},
    {"avocado",
     "A hundred-and-seventh comment section, under the owner of an avocado "
     "packing plant in Uruapan found dead after he refused a fee per kilo, its "
     "abusive comments: threats to the strikers, the widow and the growers' "
     "association, an inspector's hotel and a daughter's school given away "
     "(`%s/avocado-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"avocado-harmless",
     "The same section's harmless comments: support for the workers, anger at "
     "the cartels and the export pause, guacamole jokes "
     "(`%s/avocado-harmless-eval.tsv`, "
     "written with avocado-eval.tsv, never trained on)"},
    {"dentist",
     "A hundred-and-eighth comment section, under a dentist in Zacatecas "
     "kidnapped outside her clinic and released for a ransom, its abusive "
     "comments: threats to her and her brother the councillor, his car and his "
     "routine given away, the kidnapping cheered "
     "(`%s/dentist-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"dentist-harmless",
     "The same section's harmless comments: relief at her release, anger at "
     "the police, patients' stories (`%s/dentist-harmless-eval.tsv`, "
     "written with dentist-eval.tsv, never trained on)"},
    {"palenque",
     "A hundred-and-ninth comment section, under a shooting at a cockfight "
     "during a town fair in the Altos de Jalisco that left five dead and a boy "
     "wounded, its abusive comments: threats to the priest, the witnesses and "
     "the blog, more deaths announced, fake aid links "
     "(`%s/palenque-eval.tsv`, written by someone who saw neither the code, "
     "the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"palenque-harmless",
     "The same section's harmless comments: grief, anger at the mayor, support "
     "for the priest (`%s/palenque-harmless-eval.tsv`, "
     "written with palenque-eval.tsv, never trained on)"},
    {"combis",
     "A hundred-and-tenth comment section, under the owner of a fleet of "
     "colectivo vans shot at a terminal in Chilpancingo after the drivers "
     "stopped paying a daily fee, its abusive comments: threats to the drivers "
     "and their families, a driver's son and route given away, the fee "
     "demanded "
     "(`%s/combis-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"combis-harmless",
     "The same section's harmless comments: support for the strike, complaints "
     "about the blockade, timetables asked (`%s/combis-harmless-eval.tsv`, "
     "written with combis-eval.tsv, never trained on)"},
    {"streamer",
     "A hundred-and-eleventh comment section, under a young woman who streams "
     "video games missing in Hermosillo after she left a gaming café, its "
     "abusive comments: threats to the search volunteers and her family, her "
     "sister and the searchers given away, sexual remarks "
     "(`%s/streamer-eval.tsv`, written by someone who saw neither the code, "
     "the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"streamer-harmless",
     "The same section's harmless comments: the search organised, anger at the "
     "harasser and the prosecutor, gamers' support "
     "(`%s/streamer-harmless-eval.tsv`, "
     "written with streamer-eval.tsv, never trained on)"},
    {"customs",
     "A hundred-and-twelfth comment section, under a customs broker in "
     "Veracruz found dead after he testified about containers of chemicals, "
     "called a suicide by the prosecutor, its abusive comments: threats to the "
     "widow, the witnesses and the blog, the death cheered, a relative's "
     "patrol given away "
     "(`%s/customs-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"customs-harmless",
     "The same section's harmless comments: doubt about the suicide ruling, "
     "anger at the officials, grief (`%s/customs-harmless-eval.tsv`, "
     "written with customs-eval.tsv, never trained on)"},
    {"shoes",
     "A hundred-and-thirteenth comment section, under a family shoe workshop "
     "in León set on fire after its owners refused to pay extortion, its "
     "abusive comments: threats to the owners, the neighbours who collected "
     "money and the hotline's callers, a child's kindergarten given away "
     "(`%s/shoes-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"shoes-harmless",
     "The same section's harmless comments: the collection, anger at the "
     "extortion, doubts about the hotline (`%s/shoes-harmless-eval.tsv`, "
     "written with shoes-eval.tsv, never trained on)"},
    {"pipas",
     "A hundred-and-fourteenth comment section, under a water-truck driver "
     "shot dead in Ecatepec while he delivered water to a neighbourhood "
     "without tap water, its abusive comments (`%s/pipas-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; "
     "never trained on; measured once blind and not read; here more is "
     "better)"},
    {"pipas-harmless",
     "The same section's harmless comments (`%s/pipas-harmless-eval.tsv`, "
     "written with pipas-eval.tsv, never trained on)"},
    {"expat",
     "A hundred-and-fifteenth comment section, under a retired American man "
     "robbed and beaten outside a bar in San Miguel de Allende, its abusive "
     "comments (`%s/expat-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; measured once "
     "blind and not read; here more is better)"},
    {"expat-harmless",
     "The same section's harmless comments (`%s/expat-harmless-eval.tsv`, "
     "written with expat-eval.tsv, never trained on)"},
    {"wedding",
     "A hundred-and-sixteenth comment section, under the groom's brother "
     "taken from a wedding reception in Tlaquepaque and found alive two days "
     "later, its abusive comments (`%s/wedding-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never trained "
     "on; measured once blind and not read; here more is better)"},
    {"wedding-harmless",
     "The same section's harmless comments (`%s/wedding-harmless-eval.tsv`, "
     "written with wedding-eval.tsv, never trained on)"},
    {"deputy",
     "A hundred-and-seventeenth comment section, under a leaked video of a "
     "state deputy in Reynosa taking cash from fuel thieves, and his lawsuit "
     "against the blog, its abusive comments (`%s/deputy-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; "
     "never trained on; measured once blind and not read; here more is "
     "better)"},
    {"deputy-harmless",
     "The same section's harmless comments (`%s/deputy-harmless-eval.tsv`, "
     "written with deputy-eval.tsv, never trained on)"},
};

/* Neutral sentences that name a group (dir/eval.tsv, templates never
 * trained on, with every term), harmless news-discussion sentences
 * (dir/news-eval.tsv), criticism of officials (dir/criticism-eval.tsv),
 * written abuse (dir/abuse-eval.tsv), threats (dir/threat-eval.tsv),
 * harmless violent words (dir/violence-eval.tsv), veiled threats
 * (dir/veiled-eval.tsv), their harmless look-alikes
 * (dir/veiled-harmless-eval.tsv), a blind probe of threats and their
 * look-alikes (dir/threat-blind-eval.tsv,
 * dir/threat-blind-harmless-eval.tsv), short replies, harmless
 * (dir/short-eval.tsv) and abusive (dir/short-abuse-eval.tsv), and
 * everyday comments with the words of threats (dir/everyday-eval.tsv),
 * insults said to someone (dir/insult-eval.tsv), harassment of women
 * (dir/harass-eval.tsv), hate against a group (dir/hate-eval.tsv) and the
 * look-alikes of each (dir/insult-harmless-eval.tsv,
 * dir/harass-harmless-eval.tsv, dir/hate-harmless-eval.tsv), menace
 * and kindness between regulars (dir/regulars-eval.tsv,
 * dir/regulars-harmless-eval.tsv), code-switched comments
 * (dir/mixed-eval.tsv, dir/mixed-harmless-eval.tsv), long comments
 * (dir/long-eval.tsv, dir/long-harmless-eval.tsv), and a person
 * given away in words and its look-alikes (dir/dox-eval.tsv,
 * dir/dox-harmless-eval.tsv), menace by implication and its look-alikes
 * (dir/omen-eval.tsv, dir/omen-harmless-eval.tsv), and a realistic
 * comment section, abusive and harmless (dir/reader-eval.tsv,
 * dir/reader-harmless-eval.tsv), hate against a people and kind words
 * about one (dir/people-eval.tsv, dir/people-harmless-eval.tsv), the
 * hard comments of two more sections (dir/hard-eval.tsv,
 * dir/hard-harmless-eval.tsv), two sets of disguised abuse and their
 * look-alikes (dir/evasion-eval.tsv, dir/disguise-eval.tsv and their
 * -harmless-eval.tsv), abuse and harmless talk about the person who
 * wrote the piece (dir/writer-eval.tsv, dir/writer-harmless-eval.tsv),
 * and the comment sections written blind that are not training rows
 * (dir/grave-eval.tsv, dir/priest-eval.tsv, dir/mothers-eval.tsv,
 * dir/host-eval.tsv, never used to write a rule; the eight read to write
 * rules, dir/mariachi-eval.tsv to dir/shoes-eval.tsv; the four newest,
 * dir/pipas-eval.tsv to dir/deputy-eval.tsv, not read; and their
 * -harmless-eval.tsv): how many the screen holds. */
static int ev_neutral(const struct screen_model *m, const char *dir,
                      struct screen_scratch *sc, struct buf *table,
                      struct buf *err)
{
    struct buf intro;
    buf_init(&intro, 4096);
    int rc = 0;
    for (size_t i = 0; i < sizeof(ev_written) / sizeof(ev_written[0]) && !rc;
         i++) {
        buf_reset(&intro);
        buf_addf(&intro, ev_written[i].intro, dir);
        rc = ev_held(m, dir, ev_written[i].kind, intro.data, sc, table, err);
    }
    buf_release(&intro);
    return rc;
}

int screen_cmd_eval(int argc, char **argv)
{
    const char *model = SCREEN_DEFAULT_MODEL;
    const char *data = "../shared/data/abuse";
    const char *outp = "models/EVAL.md";
    const char *neutral = "models/neutral";
    const char *against = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(a, "--data") == 0 && i + 1 < argc) {
            data = argv[++i];
        } else if (strcmp(a, "--out") == 0 && i + 1 < argc) {
            outp = argv[++i];
        } else if (strcmp(a, "--neutral") == 0 && i + 1 < argc) {
            neutral = argv[++i];
        } else if (strcmp(a, "--against") == 0 && i + 1 < argc) {
            against = argv[++i];
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            eval_usage(stdout);
            return 0;
        } else {
            fprintf(stderr,
                    "charla eval: unknown or incomplete option "
                    "'%s'\n",
                    a);
            eval_usage(stderr);
            return 2;
        }
    }
    /* serve, classify and rescreen take "none" for no model; eval has
     * nothing to measure then, and must not write a table (models/EVAL.md
     * is the committed model's) that reads as if it had */
    const char *none = NULL;
    if (strcmp(model, SCREEN_NO_MODEL) == 0)
        none = "--model";
    else if (against && strcmp(against, SCREEN_NO_MODEL) == 0)
        none = "--against";
    if (none) {
        fprintf(stderr,
                "charla eval: %s %s: eval measures model files, so it needs "
                "one here; nothing written (`charla classify --model %s` "
                "shows what screening without a model holds)\n",
                none, SCREEN_NO_MODEL, SCREEN_NO_MODEL);
        return 2;
    }
    struct buf err, table, path;
    buf_init(&err, 4096);
    buf_init(&table, 1u << 20);
    buf_init(&path, 4096);
    struct screen_row *rows = NULL;
    size_t n = 0, cap = 0;
    struct screen_scratch sc;
    screen_scratch_init(&sc);
    int ret = 1;
    size_t set_first[64], set_count[64];
    struct screen_verdict *v = NULL, *vo = NULL;
    uint8_t *cells = NULL, *cells_o = NULL;
    struct screen_model *other = NULL;
    struct screen_model *m = screen_model_load(model, &err);
    if (!m) {
        fprintf(stderr, "charla eval: %s\n", err.data);
        goto out;
    }
    for (size_t s = 0; s < screen_nsets && s < 64; s++) {
        set_first[s] = n;
        buf_reset(&path);
        buf_addf(&path, "%s/%s/test.tsv", data, screen_sets[s].name);
        int rc = screen_read_tsv(path.data, (uint16_t)s, &rows, &n, &cap, &err);
        if (rc && rc != ERR_NOTFOUND) {
            fprintf(stderr, "charla eval: %s\n", err.data);
            goto out;
        }
        set_count[s] = n - set_first[s];
    }
    if (n == 0) {
        fprintf(stderr, "charla eval: no test splits under %s\n", data);
        goto out;
    }
    v = malloc(n * sizeof(*v));
    cells = malloc(n);
    if (!v || !cells || ev_verdicts(m, rows, n, &sc, v)) {
        fprintf(stderr, "charla eval: out of memory\n");
        goto out;
    }
    /* speed: that pass warmed the caches, as a running server's are;
     * the median of EV_PASSES timed passes over the pooled test texts
     * (CPU time, so other jobs on the machine count less) */
    double secs = 0, secs_heads = 0;
    if (ev_time_passes(m, rows, n, &sc, &secs, &secs_heads)) {
        fprintf(stderr, "charla eval: out of memory\n");
        goto out;
    }

    buf_adds(&table,
             "# Screening model evaluation\n\n"
             "Produced by `charla eval` on the official (or documented "
             "deterministic) test splits of `data/abuse`; the model never "
             "saw them. Positive class = the set's label (offensive, hate, "
             "aggressive, toxic or spam). `decision` is what is scored: "
             "`hold` = the comment is held at the default threshold, a "
             "category name = that category's score >= 0.5. "
             "`hold mF1` scores the hold decision on every set. "
             "`95% interval` is the percentile bootstrap of macro-F1 "
             "(2,000 resamples of the split's rows, fixed seed): how far "
             "the score could move with another draw of the same kind of "
             "rows.\n\n"
             "| test split | rows | pos. rate | decision | precision | "
             "recall | F1 (pos.) | macro-F1 | 95% interval | hold mF1 |\n"
             "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (size_t s = 0; s < screen_nsets; s++) {
        if (!set_count[s])
            continue;
        int head = screen_sets[s].eval_head;
        struct screen_counts c = {0}, ch = {0};
        size_t pos = 0;
        for (size_t i = set_first[s]; i < set_first[s] + set_count[s]; i++) {
            int y = rows[i].label;
            pos += (size_t)y;
            int yhat = ev_decision(&v[i], head);
            screen_counts_add(&c, y, yhat);
            screen_counts_add(&ch, y, v[i].hold);
            cells[i - set_first[s]] = screen_cell(y, yhat);
        }
        double lo, hi;
        if (screen_macro_f1_interval(cells, set_count[s], EV_RESAMPLES,
                                     EV_RESAMPLE_SEED, &lo, &hi)) {
            fprintf(stderr, "charla eval: out of memory\n");
            goto out;
        }
        buf_addf(&table,
                 "| %s | %zu | %.2f | %s | %.3f | %.3f | %.3f | %.3f | "
                 "%.3f–%.3f | %.3f |\n",
                 screen_sets[s].name, set_count[s],
                 (double)pos / (double)set_count[s], ev_head_name(head),
                 screen_precision(&c), screen_recall(&c),
                 screen_f1(c.tp, c.fp, c.fn), screen_macro_f1(&c), lo, hi,
                 screen_macro_f1(&ch));
    }
    buf_addf(&table,
             "\nSpeed: %zu pooled test comments; full `screen_check` "
             "(normalise, lexicons, model, rules, doxxing guard, spans): "
             "%.0f comments per second of CPU time on one core (%.2f µs "
             "each); model heads alone: %.0f comments/s. Median of %d "
             "passes after a warm-up pass (one thread, one scratch, as a "
             "server thread).\n",
             n, (double)n / secs, secs * 1e6 / (double)n,
             (double)n / secs_heads, EV_PASSES);
    if (against) {
        other = screen_model_load(against, &err);
        if (!other) {
            fprintf(stderr, "charla eval: %s\n", err.data);
            goto out;
        }
        vo = malloc(n * sizeof(*vo));
        cells_o = malloc(n);
        if (!vo || !cells_o || ev_verdicts(other, rows, n, &sc, vo) ||
            ev_against(against, rows, set_first, set_count, v, vo, cells,
                       cells_o, &table)) {
            fprintf(stderr, "charla eval: out of memory\n");
            goto out;
        }
    }
    if (ev_neutral(m, neutral, &sc, &table, &err)) {
        fprintf(stderr, "charla eval: %s\n", err.data);
        goto out;
    }
    buf_addf(&table,
             "\nModel: format version %u, %u hash bits, %u training "
             "rows%s.\n",
             m->hdr->version, m->hdr->hash_bits, m->hdr->n_train,
             (m->hdr->flags & 1) ? ", permissive-licence sets only" : "");
    fputs(table.data, stdout);
    if (strcmp(outp, "-") != 0) {
        FILE *f = fopen(outp, "wb");
        if (!f || fwrite(table.data, 1, table.len, f) != table.len) {
            fprintf(stderr, "charla eval: %s: %s\n", outp, strerror(errno));
            if (f)
                fclose(f);
            goto out;
        }
        if (fclose(f) != 0) {
            fprintf(stderr, "charla eval: %s: %s\n", outp, strerror(errno));
            goto out;
        }
    }
    ret = 0;
out:
    free(v);
    free(vo);
    free(cells);
    free(cells_o);
    screen_model_free(other);
    screen_rows_free(rows, n);
    screen_scratch_release(&sc);
    screen_model_free(m);
    buf_release(&err);
    buf_release(&table);
    buf_release(&path);
    return ret;
}
