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
    {"section",
     "A twenty-fifth comment section, its abusive comments: insults at "
     "readers and the reporter, slurs and hate against a people, threats, "
     "harassment of women reporters, exposure in words, victims mocked "
     "(`%s/section-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; measured once blind, "
     "then looked at; here more is better)"},
    {"section-harmless",
     "The same section's harmless comments: anger at officials, grief, "
     "questions, reports of violence in violent words, peoples named "
     "kindly, football, words with a second sense "
     "(`%s/section-harmless-eval.tsv`, written with section-eval.tsv, "
     "never trained on; swearing of surprise counts as held)"},
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
    {"search",
     "A twenty-sixth comment section, under the killing of a mother who "
     "searched for her son, its abusive comments: bets on who is next, "
     "menace by hint, victims blamed and mocked, wishes of harm, insults, "
     "harassment of women reporters, exposure in words "
     "(`%s/search-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; measured once blind, "
     "then looked at; here more is better)"},
    {"search-harmless",
     "The same section's harmless comments: fury at the prosecutor, the "
     "governor and the army, grief, questions, killings told in violent "
     "words, cartel messages reported, words with a second sense, the "
     "writer named by role (`%s/search-harmless-eval.tsv`, written with "
     "search-eval.tsv, never trained on)"},
    {"radio",
     "A twenty-seventh comment section, under the shooting of a radio host "
     "who survived, its abusive comments: the attack regretted or mocked, "
     "menace by hint, threats, insults, hate against a people, harassment "
     "of women journalists, exposure in words, spam "
     "(`%s/radio-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; measured once blind, "
     "then looked at; here more is better)"},
    {"radio-harmless",
     "The same section's harmless comments: fury at the mayor, the police "
     "and the cartels, get-well wishes, questions, the shooting told in "
     "violent words, threats reported, the host named kindly "
     "(`%s/radio-harmless-eval.tsv`, written with radio-eval.tsv, never "
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
    {"vigil",
     "A twenty-ninth comment section, under a trans activist found dead "
     "after she denounced police extortion, its abusive comments: insults, "
     "transphobic hate open or said as biology or religion, the dead "
     "misgendered, mocked or blamed, threats to the reporter, the "
     "collective and the vigil, exposure in words, sexual harassment, spam "
     "(`%s/vigil-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; measured once blind, "
     "then looked at; here more is better)"},
    {"vigil-harmless",
     "The same section's harmless comments: fury at the police and the "
     "cartels, grief, the killing told in graphic words, slurs quoted to "
     "condemn them, civil debate about sex work, gender and religion "
     "(`%s/vigil-harmless-eval.tsv`, written with vigil-eval.tsv, never "
     "trained on)"},
    {"rally",
     "A thirtieth comment section, under an indigenous woman running for "
     "mayor shot dead at a campaign rally, its abusive comments: insults, "
     "misogyny, racism against indigenous people open or said as facts or "
     "jokes, partisan hate, the dead mocked or blamed, threats to the "
     "reporter, the campaign and the funeral, exposure in words, sexual "
     "harassment, scams (`%s/rally-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "measured once blind, then looked at; here more is better)"},
    {"rally-harmless",
     "The same section's harmless comments: fury at the police, the parties "
     "and the cartels, grief, the killing told in graphic words, insults "
     "and threats quoted to condemn them, civil partisan debate "
     "(`%s/rally-harmless-eval.tsv`, written with rally-eval.tsv, never "
     "trained on)"},
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
    {"shelter",
     "A thirty-third comment section, under a migrant shelter run by nuns "
     "raided by armed men who took eleven migrants, its abusive comments: "
     "hate against migrants and other peoples, insults, threats, the "
     "kidnapping cheered, doxxing hints, sexual remarks on the kidnapped "
     "women, spam (`%s/shelter-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"shelter-harmless",
     "The same section's harmless comments: sympathy, fury at the "
     "government and the cartels, stricter immigration argued "
     "respectfully, slurs and calls to violence quoted to condemn them "
     "(`%s/shelter-harmless-eval.tsv`, written with shelter-eval.tsv, never "
     "trained on)"},
    {"march",
     "A thirty-fourth comment section, under a nursing student found dead "
     "in Ciudad Juárez and the feminist march that followed, its abusive "
     "comments: misogyny and the victim blamed, hate against feminists and "
     "other peoples, insults, threats to the marchers, the dead mocked, "
     "sexual remarks, doxxing hints, spam (`%s/march-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"march-harmless",
     "The same section's harmless comments: grief, fury at the police and "
     "the prosecutors, support for the march and respectful disagreement, "
     "victim blaming and slurs quoted to condemn them "
     "(`%s/march-harmless-eval.tsv`, written with march-eval.tsv, never "
     "trained on)"},
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
    {"recruit",
     "A thirty-sixth comment section, under teenagers lured by fake job ads "
     "to a cartel training and extermination camp in Jalisco, its abusive "
     "comments: the victims and the mothers blamed and mocked, threats "
     "open and veiled to the reporter, the escaped boy and the mothers, "
     "hate against migrants, indigenous and gay people, sexual harassment, "
     "doxxing hints, recruiting job ads (`%s/recruit-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"recruit-harmless",
     "The same section's harmless comments: grief, fury at the prosecutor, "
     "the cartels and the platforms that carry the ads, the camp told in "
     "graphic words, slurs quoted to condemn them, advice to parents about "
     "job ads (`%s/recruit-harmless-eval.tsv`, written with "
     "recruit-eval.tsv, never trained on)"},
    {"stadium",
     "A thirty-seventh comment section, under a brawl between organised "
     "fan groups in a stadium in Querétaro that left 26 hurt, its abusive "
     "comments: the beating cheered and mocked, threats open and veiled to "
     "the reporter, rival fans and the leaders named, calls to violence at "
     "the next match, hate against people of other states, gay people, "
     "women, Black and Indigenous players, doxxing hints, spam "
     "(`%s/stadium-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"stadium-harmless",
     "The same section's harmless comments: fury at the club owner, the "
     "governor and the police, football talk in violent-sounding words, "
     "the brawl told in graphic words, the chant and slurs quoted to "
     "condemn them (`%s/stadium-harmless-eval.tsv`, written with "
     "stadium-eval.tsv, never trained on)"},
    {"election",
     "A thirty-eighth comment section, under a mayor-elect in Sinaloa shown "
     "to have taken a cartel faction's money and a threatened electoral "
     "official, its abusive comments: insults across the political camps "
     "and at the reporter and the official, threats open and veiled, her "
     "family and home hinted at, sexist harassment, hate against "
     "Indigenous people and other groups, calls to violence against "
     "voters, votes for sale and other spam (`%s/election-eval.tsv`, "
     "written by someone who saw neither the code, the model nor any other "
     "set; never trained on; read after its blind measure; here more is "
     "better)"},
    {"election-harmless",
     "The same section's harmless comments: harsh but civil criticism of "
     "the mayor-elect, the party and the governor, civil partisan argument, "
     "the threats quoted to condemn them, how vote-buying works "
     "(`%s/election-harmless-eval.tsv`, written with election-eval.tsv, "
     "never trained on)"},
    {"checkpoint",
     "A thirty-ninth comment section, under soldiers who killed five young "
     "men at a checkpoint in Nuevo Laredo, its abusive comments: the "
     "killings cheered, the dead mocked and blamed, the mothers insulted, "
     "threats open and veiled to the reporter, the neighbour who filmed, "
     "the mothers and the survivor, doxxing hints, hate against people of "
     "other states and other groups, calls to violence against the "
     "protesters, spam (`%s/checkpoint-eval.tsv`, written by someone who "
     "saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"checkpoint-harmless",
     "The same section's harmless comments: grief, fury at the army and "
     "the government, a civil defence of the army, the shooting told in "
     "graphic words, threats quoted to condemn them, readers' own "
     "checkpoint stories (`%s/checkpoint-harmless-eval.tsv`, written with "
     "checkpoint-eval.tsv, never trained on)"},
    {"pipeline",
     "A fortieth comment section, under a tapped fuel pipeline in Hidalgo "
     "that exploded while villagers filled buckets, killing 71, its "
     "abusive comments: the dead mocked as food and in dark jokes, the "
     "victims blamed, the families insulted, hate against poor and "
     "Indigenous villagers, threats open and veiled to the reporter, the "
     "families and the commander, doxxing hints, spam "
     "(`%s/pipeline-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"pipeline-harmless",
     "The same section's harmless comments: grief, fury at Pemex, the army "
     "and the deputy, the explosion told in graphic words, mockery quoted "
     "to condemn it, civil disagreement about the theft "
     "(`%s/pipeline-harmless-eval.tsv`, written with pipeline-eval.tsv, "
     "never trained on)"},
    {"water",
     "A forty-first comment section, under a Yaqui water defender who "
     "disappeared in Sonora while his community blocks a highway, its "
     "abusive comments: hate against the Yaqui and other Indigenous "
     "people, the disappearance cheered and the victim blamed, calls to "
     "clear the blockade by force, threats open and veiled to the "
     "reporter, the leaders and the family, doxxing hints, spam "
     "(`%s/water-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"water-harmless",
     "The same section's harmless comments: solidarity, fury at the "
     "governor and the company, civil criticism of the blockade, slurs "
     "quoted to condemn them, drivers stuck on the highway "
     "(`%s/water-harmless-eval.tsv`, written with water-eval.tsv, never "
     "trained on)"},
    {"beach",
     "A forty-second comment section, under a shootout between dealers on "
     "a beach in Tulum that killed a hotel guard and wounded American "
     "tourists, its abusive comments: hate against Mexicans and against "
     "gringos, the guard's death shrugged off, the tourists mocked, "
     "threats open and veiled to the reporter and the staff who leaked "
     "the videos, people located by hotel, room and shift, spam "
     "(`%s/beach-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"beach-harmless",
     "The same section's harmless comments: grief for the guard, fury at "
     "the police and the hotel, civil travel advice, criticism of drug "
     "tourism without hate, slurs quoted to condemn them "
     "(`%s/beach-harmless-eval.tsv`, written with beach-eval.tsv, never "
     "trained on)"},
    {"drones",
     "A forty-third comment section, under a cartel's drone attacks on "
     "villages in Michoacán that killed a girl and her grandmother and "
     "drove 400 villagers to a gym, its abusive comments: the cartel "
     "praised, the dead and the displaced mocked, the victims blamed, "
     "threats open and veiled to the reporter, the self-defence group and "
     "the families, the shelter located by hints, calls to bomb or burn, "
     "hate against other peoples and groups, cartel recruiting "
     "(`%s/drones-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"drones-harmless",
     "The same section's harmless comments: grief, fury at the army, the "
     "mayor and the cartels, the attacks told in graphic words, help for "
     "the displaced, cartel messages quoted to condemn them "
     "(`%s/drones-harmless-eval.tsv`, written with drones-eval.tsv, never "
     "trained on)"},
    {"limes",
     "A forty-fourth comment section, under lime growers in Apatzingán who "
     "blocked a highway against a cartel's quota and whose leader was shot "
     "dead in his orchard, its abusive comments: threats open and veiled "
     "to his daughter, the reporter and the blog, extortion in the "
     "cartel's voice, the killing cheered, the victim blamed, sexist "
     "remarks, hate against Indigenous pickers and other groups, scams "
     "(`%s/limes-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"limes-harmless",
     "The same section's harmless comments: grief, fear for the daughter "
     "and the reporter, fury at the police and the cartel, the cartel's "
     "words reported, jokes about the price of limes "
     "(`%s/limes-harmless-eval.tsv`, written with limes-eval.tsv, never "
     "trained on)"},
    {"hospital",
     "A forty-fifth comment section, under gunmen who shot dead a wounded "
     "man in a Culiacán hospital and wounded a nurse, its abusive "
     "comments: threats open and veiled to the nurse, the doctors and the "
     "reporter, calls to finish off the wounded or burn the hospital, the "
     "killing cheered, sexual remarks about the nurses, a nurse located "
     "by her shift, hate against groups, scams "
     "(`%s/hospital-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"hospital-harmless",
     "The same section's harmless comments: grief, fear for the nurse, "
     "fury at the governor and the cartel, support for the strike, "
     "medical talk of wounds and shots, what happened told as a report "
     "(`%s/hospital-harmless-eval.tsv`, written with hospital-eval.tsv, "
     "never trained on)"},
    {"wreath",
     "A forty-sixth comment section, under a journalist in Xalapa who "
     "found a funeral wreath with her name at her door after she named 14 "
     "police officers linked to missing young people, its abusive "
     "comments: threats open and veiled to her, the editor and the "
     "families, the disappeared and their mothers mocked, sexist "
     "harassment, her building, car and route located, hate against "
     "groups, scams (`%s/wreath-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"wreath-harmless",
     "The same section's harmless comments: solidarity, fury at the "
     "prosecutor and the police, grief for the disappeared, the threat "
     "reported, security advice, florists and funeral homes "
     "(`%s/wreath-harmless-eval.tsv`, written with wreath-eval.tsv, never "
     "trained on)"},
    {"bus",
     "A forty-seventh comment section, under 31 Central American migrants "
     "taken from a bus in Tamaulipas, 22 found alive and nine missing, its "
     "abusive comments: hate against migrants, threats to the shelter, "
     "the nun and the survivors who talked, the survivors located, the "
     "kidnapping cheered, ransom messages, coyote services and other scams "
     "(`%s/bus-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"bus-harmless",
     "The same section's harmless comments: compassion, fury at the mayor "
     "and the cartels, civil debate about migration, the shelter's public "
     "address for donations, readers' own migration stories "
     "(`%s/bus-harmless-eval.tsv`, written with bus-eval.tsv, never "
     "trained on)"},
    {"taxi",
     "A forty-eighth comment section, under taxi drivers in Acapulco on "
     "strike after three of them were shot for not paying an extortion "
     "fee, its abusive comments: threats open and veiled to the union "
     "leader, the strikers and the reporter, extortion in the cartel's "
     "voice, the killings cheered, sexist harassment, the leader located "
     "by his taxi, route and family, hate against groups, ride scams "
     "(`%s/taxi-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"taxi-harmless",
     "The same section's harmless comments: support for the drivers, fury "
     "at the governor and the police, stranded tourists, the threats "
     "reported, fares and routes (`%s/taxi-harmless-eval.tsv`, written "
     "with taxi-eval.tsv, never trained on)"},
    {"activist",
     "A forty-ninth comment section, under a trans woman activist in "
     "Puebla murdered after she reported a police commander, its abusive "
     "comments: transphobic and homophobic hate, the killing cheered or "
     "called deserved, threats to the collective, the marchers and the "
     "clinic, calls to violence, the collective's meeting place located "
     "(`%s/activist-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"activist-harmless",
     "The same section's harmless comments: grief and tributes, fury at "
     "the prosecutor and the councillor, support for the march, the "
     "clinic's public services, LGBT readers naming themselves "
     "(`%s/activist-harmless-eval.tsv`, written with activist-eval.tsv, "
     "never trained on)"},
    {"school",
     "A fiftieth comment section, under a teacher taken from her "
     "classroom in a Nahua village of Guerrero and found dead, its abusive "
     "comments: threats open and veiled to the union, the teachers, the "
     "parents and the pupil who drew the men, calls to run over the "
     "blockade, the killing cheered and the victim blamed, hate against "
     "Nahua people, sexual remarks about the dead, the new teacher and "
     "the victim's family located (`%s/school-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"school-harmless",
     "The same section's harmless comments: grief and memories, fury at "
     "the killers and the secretary, the blockade debated, donations "
     "through the union, Nahua readers in their language "
     "(`%s/school-harmless-eval.tsv`, written with school-eval.tsv, "
     "never trained on)"},
    {"prison",
     "A fifty-first comment section, under a riot and an escape in the "
     "state prison of Ciudad Juárez that left 17 dead, its abusive "
     "comments: calls to let the inmates die, gas them or bury them "
     "alive, threats to the widow, the reporter and the rights group, "
     "the dead cheered, hate against the women who visit, guards and "
     "witnesses located, addresses sold, lawyer and loan scams "
     "(`%s/prison-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"prison-harmless",
     "The same section's harmless comments: grief for the guards, "
     "concern for the families, fury at the governor, debate about "
     "prisons and rights, \"lock them up forever\" opinions "
     "(`%s/prison-harmless-eval.tsv`, written with prison-eval.tsv, "
     "never trained on)"},
    {"mine",
     "A fifty-second comment section, under families driven from an "
     "ejido beside a gold mine in Zacatecas whose commissioner is "
     "missing, its abusive comments: threats open and veiled to his "
     "daughter, the families, the reporter and the ejido's lawyer, the "
     "disappearance cheered, hate against rural and Indigenous people, "
     "the families' camp and the lawyer located, scams "
     "(`%s/mine-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"mine-harmless",
     "The same section's harmless comments: worry for the commissioner, "
     "fury at the company and the mayor, debate about mining, where to "
     "bring food (`%s/mine-harmless-eval.tsv`, written with "
     "mine-eval.tsv, never trained on)"},
    {"soccer",
     "A fifty-third comment section, under a youth soccer coach shot "
     "dead in Tijuana after he chased recruiters away from his players, "
     "its abusive comments: threats open and veiled to a boy, the "
     "mothers and the league, recruiting pitches, the killing cheered "
     "and the victim blamed, hate against migrants and Indigenous "
     "workers, the boy located, fake fundraisers (`%s/soccer-eval.tsv`, "
     "written by someone who saw neither the code, the model nor any "
     "other set; never trained on; read after its blind measure; here "
     "more is better)"},
    {"soccer-harmless",
     "The same section's harmless comments: grief, support for the team, "
     "fury at the police chief, soccer talk and its violent words "
     "(`%s/soccer-harmless-eval.tsv`, written with soccer-eval.tsv, "
     "never trained on)"},
    {"market",
     "A fifty-fourth comment section, under stalls of the Celaya market "
     "set on fire after the vendors stopped paying a weekly quota, which "
     "killed a fruit vendor, its abusive comments: threats open and "
     "veiled to her son, the vendors and the reporter, extortion in the "
     "collectors' voice, the killing cheered, hate against vendors and "
     "Indigenous women, the son's schedule given away, fake relief funds "
     "(`%s/market-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"market-harmless",
     "The same section's harmless comments: grief, support for the "
     "vendors, fury at the collectors and the mayor, whether to pay, "
     "food talk (`%s/market-harmless-eval.tsv`, written with "
     "market-eval.tsv, never trained on)"},
    {"student",
     "A fifty-fifth comment section, under a student journalist beaten "
     "in Chilpancingo after she posted a video of a councilman taking an "
     "envelope, its abusive comments: threats open and veiled to her, "
     "her family and her professor, the beating cheered, sexist "
     "harassment, slurs, her hospital room and dorm given away, scams "
     "(`%s/student-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"student-harmless",
     "The same section's harmless comments: get-well wishes, fury at the "
     "councilman and the university, debate about posting such videos, "
     "how to back them up (`%s/student-harmless-eval.tsv`, written with "
     "student-eval.tsv, never trained on)"},
    {"port",
     "A fifty-sixth comment section, under a fishing cooperative whose "
     "boats pay armed men a weekly fee and a fisherman beaten on the pier "
     "for refusing, its abusive comments: threats open and veiled to the "
     "cooperative's president, a widow and the fishermen, extortion in "
     "calm words, surveillance told, boats and their hours given away, "
     "recruiting and scams (`%s/port-eval.tsv`, written by someone who "
     "saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"port-harmless",
     "The same section's harmless comments: support, anger at the harbour "
     "master, the threats reported, whether to pay, fish prices "
     "(`%s/port-harmless-eval.tsv`, written with port-eval.tsv, never "
     "trained on)"},
    {"lawyer",
     "A fifty-seventh comment section, under a human-rights lawyer whose "
     "office was broken into and her files taken, its abusive comments: "
     "threats open and veiled to her and the mothers she represents, the "
     "case to be dropped for their own good, her routine, car and "
     "children's school given away, the victims blamed, misogynist slurs, "
     "fundraisers to personal accounts (`%s/lawyer-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"lawyer-harmless",
     "The same section's harmless comments: support, anger at the "
     "prosecutor, legal discussion, the threats reported "
     "(`%s/lawyer-harmless-eval.tsv`, written with lawyer-eval.tsv, never "
     "trained on)"},
    {"forest",
     "A fifty-eighth comment section, under a community forest ranger "
     "shot dead after the rangers stopped trucks of illegally cut pine, "
     "its abusive comments: threats open and veiled to the rangers, the "
     "council and the ranger's brother, the rangers' roads and shifts "
     "given away, the killing gloated over, racist hate against "
     "Indigenous people, extortion in calm words, recruiting "
     "(`%s/forest-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"forest-harmless",
     "The same section's harmless comments: grief, anger at the state, "
     "forestry talk, the threats reported, polite defence of logging "
     "jobs (`%s/forest-harmless-eval.tsv`, written with forest-eval.tsv, "
     "never trained on)"},
    {"salon",
     "A fifty-ninth comment section, under a trans woman who ran a salon "
     "and a collective, found dead after she reported extortion, its "
     "abusive comments: transphobic hate, her name and pronoun denied, "
     "threats open and veiled to the march and her friends, the death "
     "gloated over and the victim blamed, the salon and a friend's "
     "schedule given away (`%s/salon-eval.tsv`, written by someone who "
     "saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"salon-harmless",
     "The same section's harmless comments: grief, anger at the police, "
     "the march's route, the threats reported, words the community "
     "reclaims (`%s/salon-harmless-eval.tsv`, written with "
     "salon-eval.tsv, never trained on)"},
    {"kidnap",
     "A sixtieth comment section, under a tortillería owner kidnapped and "
     "not returned after his family paid, whose daughter posted a video "
     "asking for help, its abusive comments: threats open and veiled to "
     "the daughter, the family and the shops' association, the video to "
     "be deleted, her campus and the family's plates given away, "
     "extortion in calm words to the other shops, fake negotiators and "
     "raffles (`%s/kidnap-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"kidnap-harmless",
     "The same section's harmless comments: prayers, anger at the "
     "police, safety advice, the kidnappers' messages reported, the price "
     "of tortillas (`%s/kidnap-harmless-eval.tsv`, written with "
     "kidnap-eval.tsv, never trained on)"},
    {"officer",
     "A sixty-first comment section, under a police officer who recorded "
     "her commander taking a gang's money and whose patrol car was shot "
     "at the next day, its abusive comments: threats open and veiled to "
     "her, her children and the observer, advice to retract, her home, "
     "shifts and children's school given away, snitches promised death, "
     "fake legal help (`%s/officer-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"officer-harmless",
     "The same section's harmless comments: support, anger at the mayor "
     "and the commander, the threats reported, debate about internal "
     "affairs (`%s/officer-harmless-eval.tsv`, written with "
     "officer-eval.tsv, never trained on)"},
    {"fuel",
     "A sixty-second comment section, under volunteer firefighters who "
     "found a depot of stolen fuel and reported it, after which their "
     "station was vandalized and a volunteer's motorcycle burned, its "
     "abusive comments: threats open and veiled to the chief and a young "
     "volunteer, advice to stay out of it, their shifts and families "
     "given away, extortion in calm words, stolen fuel for sale and "
     "other scams (`%s/fuel-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"fuel-harmless",
     "The same section's harmless comments: thanks to the firefighters, "
     "anger at the municipal president, fire safety and fuel prices, the "
     "threats reported (`%s/fuel-harmless-eval.tsv`, written with "
     "fuel-eval.tsv, never trained on)"},
    {"antenna",
     "A sixty-third comment section, under the Rarámuri host of a "
     "community radio whose antenna was cut down after he read the names "
     "of displaced families, its abusive comments: threats open and "
     "veiled to the host, the families and a grandmother, advice to stop "
     "broadcasting, his hours, road and the families' shelter rooms given "
     "away, racist hate, fake donation drives (`%s/antenna-eval.tsv`, "
     "written by someone who saw neither the code, the model nor any "
     "other set; never trained on; read after its blind measure; here "
     "more is better)"},
    {"antenna-harmless",
     "The same section's harmless comments: support, anger at the state, "
     "the Rarámuri language and community radio, the threat reported "
     "(`%s/antenna-harmless-eval.tsv`, written with antenna-eval.tsv, "
     "never trained on)"},
    {"corrido",
     "A sixty-fourth comment section, under a story on a state's ban of "
     "narcocorridos at public concerts after a singer's stadium show put a "
     "jailed boss's portrait on its screens, its abusive comments: threats "
     "open and veiled to the reporter, her family and the newsroom, "
     "routines given away, greetings from the crew, killings cheered, "
     "misogyny, hate, fake ticket sales (`%s/corrido-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"corrido-harmless",
     "The same section's harmless comments: the ban argued for and "
     "against, music criticism, grief, anger at the government, the "
     "threats reported, the tip line given "
     "(`%s/corrido-harmless-eval.tsv`, written with corrido-eval.tsv, "
     "never trained on)"},
    {"rehab",
     "A sixty-fifth comment section, under a story on an unlicensed rehab "
     "centre where gunmen killed nine residents who had been made to work "
     "for a local cell, its abusive comments: threats open and veiled to "
     "the reporter, a mother and the survivors who talked, the dead "
     "called vermin and the killings cheered, calls to burn the centres, "
     "miracle cures and 'jobs' for young men (`%s/rehab-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"rehab-harmless",
     "The same section's harmless comments: grief, recovery stories, "
     "anger at the police, the centres argued over, the threats reported, "
     "an addiction helpline given (`%s/rehab-harmless-eval.tsv`, written "
     "with rehab-eval.tsv, never trained on)"},
    {"pageant",
     "A sixty-sixth comment section, under a story on a former beauty "
     "queen found dead in a car, once a cell leader's girlfriend, whose "
     "case the prosecutor closed in nine days, its abusive comments: "
     "threats open and veiled to the reporter and the dead woman's sister, "
     "the dead blamed and mocked, sexual remarks, the sister's number asked "
     "for and her hours given away, the killing cheered "
     "(`%s/pageant-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"pageant-harmless",
     "The same section's harmless comments: grief, anger at femicide and "
     "at the prosecutor, the sexist comments quoted to condemn them, a "
     "women's helpline given (`%s/pageant-harmless-eval.tsv`, written with "
     "pageant-eval.tsv, never trained on)"},
    {"pride",
     "A sixty-seventh comment section, under a story on the first Pride "
     "march in a small mining town, held after a banner warned the "
     "marchers to stay home, whose trans organiser's salon had been "
     "burned, its abusive comments: threats open and veiled to her, the "
     "marchers and the reporter, homophobic and transphobic abuse, the "
     "fire gloated over, scripture as a weapon, marchers given away to be "
     "identified (`%s/pride-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"pride-harmless",
     "The same section's harmless comments: support, respectful religious "
     "disagreement, anger at the mayor, the banner quoted to condemn it, "
     "reclaimed words, an LGBT helpline given "
     "(`%s/pride-harmless-eval.tsv`, written with pride-eval.tsv, never "
     "trained on)"},
    {"loans",
     "A sixty-eighth comment section, under a story on loan apps that "
     "extort borrowers by sending doctored photos to their contacts, after "
     "a nursing student killed herself, its abusive comments: threats open "
     "and veiled to the reporter, the brother and the victims who spoke, "
     "the dead mocked, sexual remarks, routines given away, fake lawyers "
     "who ask for identity documents, protection sold "
     "(`%s/loans-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"loans-harmless",
     "The same section's harmless comments: victims' stories, anger at the "
     "police and the apps, the collectors' threats quoted, supportive talk "
     "about suicide, helplines given (`%s/loans-harmless-eval.tsv`, written "
     "with loans-eval.tsv, never trained on)"},
    {"camp",
     "A sixty-ninth comment section, under a story on a night fire in a "
     "migrant camp after neighbours protested against it, its abusive "
     "comments: threats open and veiled to the migrants, a nurse and the "
     "reporter, racist and xenophobic hate, the fire gloated over or "
     "called for again, where a family now sleeps given away, fees for "
     "protection, smugglers' trips (`%s/camp-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"camp-harmless",
     "The same section's harmless comments: neighbours' complaints said "
     "civilly, support for the migrants, their own stories, the messages "
     "quoted to condemn them, a shelter's number given "
     "(`%s/camp-harmless-eval.tsv`, written with camp-eval.tsv, never "
     "trained on)"},
    {"flood",
     "A seventieth comment section, under a story on a cartel cell that "
     "took over the aid after a hurricane flooded a town in Guerrero and "
     "burned a church brigade's truck, its abusive comments: threats open "
     "and veiled to the brigade's coordinator, the fisherman who took the "
     "photos and the reporter, the burning gloated over, where the "
     "fisherman docks given away, advice to leave the state, fake aid and "
     "donation links (`%s/flood-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"flood-harmless",
     "The same section's harmless comments: grief, anger at the cartels "
     "and the mayor, swearing at no one, corrections, the diocese, the "
     "Red Cross and the prosecutor's office given "
     "(`%s/flood-harmless-eval.tsv`, written with flood-eval.tsv, never "
     "trained on)"},
    {"fair",
     "A seventy-first comment section, under a shooting in the cockfight "
     "arena of a patron-saint fair in Jalisco that killed a teenage "
     "waiter, its abusive comments: threats open and veiled to his "
     "sister, the witnesses, the sponsors and the blog, the dead mocked "
     "or called for again, fees for the stalls, a police chief's ranch "
     "given away, fake aid links, sexual remarks (`%s/fair-eval.tsv`, "
     "written by someone who saw neither the code, the model nor any "
     "other set; never trained on; read after its blind measure; here "
     "more is better)"},
    {"fair-harmless",
     "The same section's harmless comments: grief, justice asked for, "
     "anger at the council, the warning poster quoted, blood donation and "
     "the prosecutor's office given (`%s/fair-harmless-eval.tsv`, written "
     "with fair-eval.tsv, never trained on)"},
    {"teachers",
     "A seventy-second comment section, under a rural school in the "
     "Sierra of Chihuahua closed after teachers were made to pay an armed "
     "group and one who refused went missing, its abusive comments: "
     "threats open and veiled to his wife, the Rarámuri parents who "
     "blocked the road and the blog, racist hate, the fee said to be the "
     "price of living, a son's school and the blog's office given away "
     "(`%s/teachers-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"teachers-harmless",
     "The same section's harmless comments: support for the teachers and "
     "the parents, the voice message quoted to condemn it, its phrases "
     "explained, care said as care (`%s/teachers-harmless-eval.tsv`, "
     "written with teachers-eval.tsv, never trained on)"},
    {"tijuana",
     "A seventy-third comment section, under a young trans woman found "
     "dead in Tijuana after she said police officers extorted her salon, "
     "its abusive comments: transphobic and homophobic hate, her name "
     "denied, the killing mocked or called for again, threats open and "
     "veiled to the collective's spokeswoman, the march and the blog, "
     "where the spokeswoman studies given away, fees for the other "
     "salons, fake aid links (`%s/tijuana-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"tijuana-harmless",
     "The same section's harmless comments: grief, justice asked for by "
     "her name, anger at the police, the rights commission and the "
     "anonymous line given, prayers (`%s/tijuana-harmless-eval.tsv`, "
     "written with tijuana-eval.tsv, never trained on)"},
    {"lab",
     "A seventy-fourth comment section, under a drug lab that exploded in a "
     "rented house in Culiacán and killed a grandmother and her grandson "
     "next door, its abusive comments: threats open and veiled to the "
     "boy's mother, the neighbour who took the photos, the landlord and "
     "the blog, the dead mocked, the neighbours told they are watched, "
     "hours and a child's bicycle given away, a phishing notice, sexual "
     "remarks (`%s/lab-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"lab-harmless",
     "The same section's harmless comments: grief, fury at the landlord "
     "and the army, questions about the fumes, prayers, readers afraid to "
     "comment (`%s/lab-harmless-eval.tsv`, written with lab-eval.tsv, "
     "never trained on)"},
    {"chinesca",
     "A seventy-fifth comment section, under a Chinese-Mexican restaurant "
     "owner in Mexicali beaten and his restaurant burned after he stopped "
     "paying a fee, its abusive comments: racist hate and calls to drive "
     "Chinese Mexicans out, the burning mocked or called for again, "
     "threats open and veiled to his daughter and the other owners, the "
     "debt said to pass to the family, his hospital room given away, fake "
     "aid links, sexual remarks (`%s/chinesca-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"chinesca-harmless",
     "The same section's harmless comments: support for the family, the "
     "voice notes quoted to condemn them, anger at the prosecutor, the "
     "history of the quarter (`%s/chinesca-harmless-eval.tsv`, written "
     "with chinesca-eval.tsv, never trained on)"},
    {"mixteca",
     "A seventy-sixth comment section, under a Mixtec village in Guerrero "
     "whose community police commander was killed after the prosecutor "
     "freed three cartel men they had detained, its abusive comments: "
     "threats open and veiled to the widow, her granddaughter, the "
     "community police and the blog, the killing cheered, a shift and a "
     "weekly trip given away, advice to leave for their health, fake aid "
     "links (`%s/mixteca-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"mixteca-harmless",
     "The same section's harmless comments: grief, anger at the "
     "prosecutor, threats quoted to condemn them, the anonymous line "
     "given (`%s/mixteca-harmless-eval.tsv`, written with "
     "mixteca-eval.tsv, never trained on)"},
    {"creator",
     "A seventy-seventh comment section, under a TikTok creator in "
     "Hermosillo who mocked narco culture, shot dead after the state "
     "ignored the threats she posted, its abusive comments: the killing "
     "cheered, threats open and veiled to her boyfriend, her mother, the "
     "commenters and the blog, routines, a car and an office given away, "
     "protection sold (`%s/creator-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"creator-harmless",
     "The same section's harmless comments: grief, anger at the state, the "
     "threats quoted to condemn them, corrections, prayers "
     "(`%s/creator-harmless-eval.tsv`, written with creator-eval.tsv, "
     "never trained on)"},
    {"strawberry",
     "A seventy-eighth comment section, under a strawberry-packing plant "
     "in Michoacán set on fire after its owner refused a cartel's fee per "
     "box, killing two night-shift workers, its abusive comments: threats "
     "open and veiled to the workers' cooperative, its leader and the "
     "blog, the dead mocked, the fire called for again, the fee said to be "
     "cheaper than a funeral, fake aid links, a trafficking job ad "
     "(`%s/strawberry-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"strawberry-harmless",
     "The same section's harmless comments: support for the cooperative, "
     "anger at the government, the victims' commission given "
     "(`%s/strawberry-harmless-eval.tsv`, written with "
     "strawberry-eval.tsv, never trained on)"},
    {"asylum",
     "A seventy-ninth comment section, under a Honduran family kidnapped "
     "from a bus station in Nuevo Laredo while waiting for an asylum "
     "appointment and freed after a pastor paid part of the ransom, its "
     "abusive comments: threats open and veiled to the pastor, the family "
     "and the blog, xenophobic hate, a truck, a job and a Facebook page "
     "given away, the shelter told it will pay a fee "
     "(`%s/asylum-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"asylum-harmless",
     "The same section's harmless comments: support for the family and the "
     "pastor, anger at both governments, the kidnappers' words quoted to "
     "condemn them (`%s/asylum-harmless-eval.tsv`, written with "
     "asylum-eval.tsv, never trained on)"},
    {"tortilla",
     "An eightieth comment section, under tortillerías of Acapulco closed "
     "after two delivery men were shot over a weekly fee per kilo of masa, "
     "its abusive comments: threats open and veiled to the owners, the "
     "union, a widow and the blog, the dead mocked, a shop's door and a "
     "daughter's school hours given away, protection sold in calm words "
     "(`%s/tortilla-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"tortilla-harmless",
     "The same section's harmless comments: grief for the delivery men, "
     "anger at the government, the price of tortilla, the threats quoted "
     "to condemn them (`%s/tortilla-harmless-eval.tsv`, written with "
     "tortilla-eval.tsv, never trained on)"},
    {"highway",
     "An eighty-first comment section, under truck drivers who blocked the "
     "Mexico-Puebla highway after a driver was shot in a cargo robbery by "
     "gangs in fake uniforms, its abusive comments: threats open and "
     "veiled to the drivers, the company owner and the reporter, the "
     "strike leaders called to be hanged, a home, a school, a route and a "
     "hospital bed given away (`%s/highway-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"highway-harmless",
     "The same section's harmless comments: support for the drivers, anger "
     "at the government and the gangs, the robbers' words quoted from the "
     "video to condemn them (`%s/highway-harmless-eval.tsv`, written with "
     "highway-eval.tsv, never trained on)"},
    {"sextortion",
     "An eighty-second comment section, under a boy in Puebla who took his "
     "own life after a sextortion ring run from a prison demanded money, "
     "its abusive comments: threats open and veiled to the parents, the "
     "school and the blog, the boy mocked, the family blamed, a father's "
     "car and shift given away, sexual remarks about the mother, fake aid "
     "(`%s/sextortion-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"sextortion-harmless",
     "The same section's harmless comments: grief, advice to parents, the "
     "ring's script quoted to warn others, slurs named to condemn them "
     "(`%s/sextortion-harmless-eval.tsv`, written with "
     "sextortion-eval.tsv, never trained on)"},
    {"wells",
     "An eighty-third comment section, under a Mennonite family shot dead "
     "near Cuauhtémoc in a fight over water wells with a cartel that "
     "charges for each, its abusive comments: threats open and veiled to "
     "an ejido leader, a pastor, a Rarámuri woman and the reporter, the "
     "killings cheered, hate against Mennonites and Rarámuri "
     "(`%s/wells-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"wells-harmless",
     "The same section's harmless comments: grief, anger at the cartel and "
     "the water permits, slurs named to condemn them "
     "(`%s/wells-harmless-eval.tsv`, written with wells-eval.tsv, never "
     "trained on)"},
    {"juarez",
     "An eighty-fourth comment section, under a student in Ciudad Juárez "
     "murdered after she reported a police commander's son, whose "
     "classmates painted the prosecutor's office, its abusive comments: "
     "threats open and veiled to her mother, the classmates and the blog, "
     "the victim blamed, misogynist hate, the marchers identified, a house "
     "and classes given away (`%s/juarez-eval.tsv`, written by someone who "
     "saw neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"juarez-harmless",
     "The same section's harmless comments: grief, anger at the "
     "prosecutor, the threats she received quoted to condemn them "
     "(`%s/juarez-harmless-eval.tsv`, written with juarez-eval.tsv, never "
     "trained on)"},
    {"totoaba",
     "An eighty-fifth comment section, under fishermen in San Felipe who "
     "clashed with a conservation boat pulling totoaba nets, a fisherman "
     "drowned and the coordinator's car burned, its abusive comments: "
     "threats open and veiled to the coordinator, the reporter and a "
     "witness, the burning cheered, racist hate against Chinese buyers "
     "(`%s/totoaba-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"totoaba-harmless",
     "The same section's harmless comments: grief, anger at the cartels "
     "and the buyers, civil arguments, the threats shouted quoted to "
     "condemn them (`%s/totoaba-harmless-eval.tsv`, written with "
     "totoaba-eval.tsv, never trained on)"},
    {"highlands",
     "An eighty-sixth comment section, under Tzotzil villagers in the "
     "highlands of Chiapas who fled an armed group that burned their "
     "houses, a teacher who filmed it and a shelter in San Cristóbal, its "
     "abusive comments: threats open and veiled to the teacher, his "
     "mother, the displaced and the reporter, the burning cheered, racist "
     "hate, the teacher named (`%s/highlands-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"highlands-harmless",
     "The same section's harmless comments: grief, anger at the armed "
     "group and the authorities, donations offered "
     "(`%s/highlands-harmless-eval.tsv`, written with highlands-eval.tsv, "
     "never trained on)"},
    {"nightclub",
     "An eighty-seventh comment section, under a nightclub owner in "
     "Monterrey shot after he refused a gang's drugs, a wounded DJ and a "
     "waitress who saw the shooters, its abusive comments: threats open "
     "and veiled to the owner's sister, the waitress, the DJ and the "
     "reporter, the killing cheered, the waitress's name and home given "
     "away (`%s/nightclub-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after "
     "its blind measure; here more is better)"},
    {"nightclub-harmless",
     "The same section's harmless comments: grief, support for the DJ and "
     "the waitress, anger at the police (`%s/nightclub-harmless-eval.tsv`, "
     "written with nightclub-eval.tsv, never trained on)"},
    {"rector",
     "An eighty-eighth comment section, under students in Culiacán who "
     "occupied the rector's office over a law that lets the governor name "
     "the rector, two of their leaders threatened, its abusive comments: "
     "threats open and veiled to the leaders, their families and the "
     "blog, the police asked to finish it, a school and a dorm given away "
     "(`%s/rector-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"rector-harmless",
     "The same section's harmless comments: harsh criticism of the "
     "governor, the congress and both rectors, pensioners' anger "
     "(`%s/rector-harmless-eval.tsv`, written with rector-eval.tsv, never "
     "trained on)"},
    {"footballer",
     "An eighty-ninth comment section, under a women's football player in "
     "Guadalajara who said her former coach abused teenage players, its "
     "abusive comments: threats open and veiled to the players, their "
     "families and the blog, the victims blamed, misogynist hate, sexual "
     "harassment, a bus and a shift given away "
     "(`%s/footballer-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"footballer-harmless",
     "The same section's harmless comments: support for the players, anger "
     "at the club and the coach, survivors' own stories "
     "(`%s/footballer-harmless-eval.tsv`, written with "
     "footballer-eval.tsv, never trained on)"},
    {"kitchen",
     "A ninetieth comment section, under a priest in Celaya beaten after "
     "he refused to let a gang recruit migrants at his soup kitchen, its "
     "abusive comments: threats open and veiled to the priest, the cook, "
     "the volunteers and the reporter, the beating cheered, xenophobic "
     "hate, a house and a van given away (`%s/kitchen-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"kitchen-harmless",
     "The same section's harmless comments: support for the priest, "
     "neighbours' civil complaints, anger at the gangs "
     "(`%s/kitchen-harmless-eval.tsv`, written with kitchen-eval.tsv, "
     "never trained on)"},
    {"councillor",
     "A ninety-first comment section, under a city councillor in Morelia "
     "shot at after she denounced a water contract with a cartel-linked "
     "company, its abusive comments: threats open and veiled to her, her "
     "driver, her mother and the reporter, the attack cheered, her hours "
     "given away (`%s/councillor-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; "
     "read after its blind measure; here more is better)"},
    {"councillor-harmless",
     "The same section's harmless comments: support for the councillor, "
     "anger at the utility, water shortages "
     "(`%s/councillor-harmless-eval.tsv`, written with councillor-eval.tsv, "
     "never trained on)"},
    {"crematorium",
     "A ninety-second comment section, under a crematorium in Zacatecas "
     "found with sixty uncremated bodies, its abusive comments: threats "
     "open and veiled to the searching mothers, the blogger and the "
     "families who spoke, more cremation called for, a blogger's job and a "
     "clerk's hours given away (`%s/crematorium-eval.tsv`, written by "
     "someone who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"crematorium-harmless",
     "The same section's harmless comments: grief, anger at the owner and "
     "the prosecutor, the mothers supported "
     "(`%s/crematorium-harmless-eval.tsv`, written with "
     "crematorium-eval.tsv, never trained on)"},
    {"towing",
     "A ninety-third comment section, under tow-truck companies in León "
     "after a tow operator who testified was shot dead, its abusive "
     "comments: threats open and veiled to the witnesses, the family, the "
     "lawyer and the reporter, the killing cheered, a lawyer's hours and a "
     "nephew's work given away, fake fixers (`%s/towing-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; "
     "never trained on; read after its blind measure; here more is "
     "better)"},
    {"towing-harmless",
     "The same section's harmless comments: anger at the tow companies and "
     "the transit office, readers' own impound stories "
     "(`%s/towing-harmless-eval.tsv`, written with towing-eval.tsv, never "
     "trained on)"},
    {"resort",
     "A ninety-fourth comment section, under a waiters' union leader in "
     "Cancún found dead after he denounced drug sales inside resorts, its "
     "abusive comments: threats open and veiled to the union, the marchers, "
     "the widow and the reporter, the death mocked, a daughter's bus given "
     "away (`%s/resort-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"resort-harmless",
     "The same section's harmless comments: grief, support for the "
     "workers, anger at the hotels, tourists' questions "
     "(`%s/resort-harmless-eval.tsv`, written with resort-eval.tsv, never "
     "trained on)"},
    {"jobad",
     "A ninety-fifth comment section, under a mother in Tlaquepaque whose "
     "son was lured to a cartel camp by a fake job ad, its abusive "
     "comments: threats open and veiled to her, her family and her page's "
     "readers, the boy mocked, her house and routine given away, fake jobs "
     "(`%s/jobad-eval.tsv`, written by someone who saw neither the code, "
     "the model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"jobad-harmless",
     "The same section's harmless comments: support for the mother, "
     "warnings about fake job ads, anger at the recruiters "
     "(`%s/jobad-harmless-eval.tsv`, written with jobad-eval.tsv, never "
     "trained on)"},
    {"vans",
     "A ninety-sixth comment section, under public-transport drivers in "
     "Chilpancingo who stopped work after a cartel that charges them a "
     "daily fee burned two vans and killed a driver, its abusive comments: "
     "threats open and veiled to the widow, the union leader and the "
     "drivers, the killing cheered, a van's number and hour given away "
     "(`%s/vans-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"vans-harmless",
     "The same section's harmless comments: grief, support for the widow "
     "and the strike, riders' stories (`%s/vans-harmless-eval.tsv`, written "
     "with vans-eval.tsv, never trained on)"},
    {"nurse",
     "A ninety-seventh comment section, under a nurse in Hermosillo shot at "
     "after she said the children's hospital lacks chemotherapy drugs, its "
     "abusive comments: threats open and veiled to her, her children and "
     "the protesting parents, the shooting cheered, her mass and her "
     "brother's work given away (`%s/nurse-eval.tsv`, written by someone "
     "who saw neither the code, the model nor any other set; never trained "
     "on; read after its blind measure; here more is better)"},
    {"nurse-harmless",
     "The same section's harmless comments: support for the nurse and the "
     "parents, anger at the secretary, families' stories "
     "(`%s/nurse-harmless-eval.tsv`, written with nurse-eval.tsv, never "
     "trained on)"},
    {"pharmacy",
     "A ninety-eighth comment section, under a pharmacist in Cabo San Lucas "
     "whose pharmacy was set on fire after he said tourist pharmacies sell "
     "pills pressed with fentanyl, its abusive comments: threats open and "
     "veiled to him, his family and the inspectors, the fire cheered, a hotel "
     "room and a child's practice hours given away (`%s/pharmacy-eval.tsv`, "
     "written by someone who saw neither the code, the model nor any other "
     "set; never trained on; read after its blind measure; here more is "
     "better)"},
    {"pharmacy-harmless",
     "The same section's harmless comments: grief for the tourist, anger at "
     "the cartels and the pharmacies, questions about counterfeit pills "
     "(`%s/pharmacy-harmless-eval.tsv`, written with pharmacy-eval.tsv, never "
     "trained on)"},
    {"shrimp",
     "A ninety-ninth comment section, under a shrimp fishermen's leader in "
     "Mazatlán who disappeared at sea after he said gunmen fix the price of "
     "the catch, its abusive comments: threats open and veiled to his widow, "
     "his sons and the fishermen who spoke, the widow's house and a café kept "
     "given away (`%s/shrimp-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"shrimp-harmless",
     "The same section's harmless comments: grief, anger at the buyer and the "
     "navy, the fishermen's work explained (`%s/shrimp-harmless-eval.tsv`, "
     "written with shrimp-eval.tsv, never trained on)"},
    {"ejido",
     "A hundredth comment section, under a Maya ejido president shot dead "
     "near Tulum after he refused to sell communal land to a developer, its "
     "abusive comments: threats open and veiled to his widow, her lawyer and "
     "the ejidatarios who voted no, the killing cheered, the widow's mass "
     "given away (`%s/ejido-eval.tsv`, written by someone who saw neither the "
     "code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"ejido-harmless",
     "The same section's harmless comments: grief, defence of communal land, "
     "anger at the developer and the governments "
     "(`%s/ejido-harmless-eval.tsv`, written with ejido-eval.tsv, never "
     "trained on)"},
    {"ranchers",
     "A hundred-and-first comment section, under a ranchers' leader in "
     "Balancán kidnapped after he asked for help against cattle theft and a "
     "per-head fee, its abusive comments: threats open and veiled to the "
     "ranchers, his family and the reporter, the kidnapping cheered, a fake "
     "state bonus (`%s/ranchers-eval.tsv`, written by someone who saw neither "
     "the code, the model nor any other set; never trained on; read after its "
     "blind measure; here more is better)"},
    {"ranchers-harmless",
     "The same section's harmless comments: relief at the release, anger at "
     "the kidnappers and the police chief, ranch life "
     "(`%s/ranchers-harmless-eval.tsv`, written with ranchers-eval.tsv, never "
     "trained on)"},
    {"construction",
     "A hundred-and-second comment section, under a site engineer in Apodaca "
     "kidnapped after his company refused to pay a weekly fee per worker, its "
     "abusive comments: threats open and veiled to him, the workers and the "
     "reporter, the kidnapping cheered, his hospital floor and a guard's bus "
     "given away (`%s/construction-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; read "
     "after its blind measure; here more is better)"},
    {"construction-harmless",
     "The same section's harmless comments: relief, anger at the extortion "
     "and the prosecutor, workers' stories "
     "(`%s/construction-harmless-eval.tsv`, written with "
     "construction-eval.tsv, never trained on)"},
    {"gym",
     "A hundred-and-third comment section, under a boxing coach in Ciudad "
     "Obregón shot dead in his free gym for teenagers, its abusive comments: "
     "threats open and veiled to his students, their parents and his family, "
     "the killing mocked, his son's practice hours given away "
     "(`%s/gym-eval.tsv`, written by someone who saw neither the code, the "
     "model nor any other set; never trained on; read after its blind "
     "measure; here more is better)"},
    {"gym-harmless",
     "The same section's harmless comments: grief, memories of the gym, "
     "support for the students (`%s/gym-harmless-eval.tsv`, written with "
     "gym-eval.tsv, never trained on)"},
    {"baker",
     "A hundred-and-fourth comment section, under a baker in Tepic threatened "
     "after she shared the photo of a missing girl on her neighbourhood page, "
     "its abusive comments: threats open and veiled to her, her daughter and "
     "the search volunteers, her bakery's hours and her daughter's walk from "
     "school given away (`%s/baker-eval.tsv`, written by someone who saw "
     "neither the code, the model nor any other set; never trained on; read "
     "after its blind measure; here more is better)"},
    {"baker-harmless",
     "The same section's harmless comments: worry for the girl and the baker, "
     "anger at the prosecutor, searches shared (`%s/baker-harmless-eval.tsv`, "
     "written with baker-eval.tsv, never trained on)"},
    {"vet",
     "A hundred-and-fifth comment section, under a veterinarian in Culiacán "
     "beaten after he said gunmen forced him to treat one of theirs, its "
     "abusive comments: threats open and veiled to him, the other vets and "
     "his defenders, a reader's home given away (`%s/vet-eval.tsv`, written "
     "by someone who saw neither the code, the model nor any other set; never "
     "trained on; read after its blind measure; here more is better)"},
    {"vet-harmless",
     "The same section's harmless comments: support for the vet, anger at the "
     "gunmen, pet owners' stories (`%s/vet-harmless-eval.tsv`, written with "
     "vet-eval.tsv, never trained on)"},
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
 * dir/harass-harmless-eval.tsv, dir/hate-harmless-eval.tsv), and a person
 * given away in words and its look-alikes (dir/dox-eval.tsv,
 * dir/dox-harmless-eval.tsv), menace by implication and its look-alikes
 * (dir/omen-eval.tsv, dir/omen-harmless-eval.tsv), and a realistic
 * comment section, abusive and harmless (dir/reader-eval.tsv,
 * dir/reader-harmless-eval.tsv), hate against a people and kind words
 * about one (dir/people-eval.tsv, dir/people-harmless-eval.tsv), and the
 * hard comments of two more sections (dir/hard-eval.tsv,
 * dir/hard-harmless-eval.tsv), two sets of disguised abuse and their
 * look-alikes (dir/evasion-eval.tsv, dir/disguise-eval.tsv and their
 * -harmless-eval.tsv), a twenty-fifth comment section
 * (dir/section-eval.tsv, dir/section-harmless-eval.tsv), and abuse and
 * harmless talk about the person who wrote the piece (dir/writer-eval.tsv,
 * dir/writer-harmless-eval.tsv), and a twenty-sixth to a sixty-ninth
 * section (dir/search-eval.tsv, dir/radio-eval.tsv, dir/grave-eval.tsv,
 * dir/vigil-eval.tsv, dir/rally-eval.tsv, dir/priest-eval.tsv,
 * dir/mothers-eval.tsv, dir/shelter-eval.tsv, dir/march-eval.tsv,
 * dir/host-eval.tsv, dir/recruit-eval.tsv, dir/stadium-eval.tsv,
 * dir/election-eval.tsv, dir/checkpoint-eval.tsv, dir/pipeline-eval.tsv,
 * dir/water-eval.tsv, dir/beach-eval.tsv, dir/drones-eval.tsv,
 * dir/limes-eval.tsv, dir/hospital-eval.tsv, dir/wreath-eval.tsv,
 * dir/bus-eval.tsv, dir/taxi-eval.tsv, dir/activist-eval.tsv,
 * dir/school-eval.tsv, dir/prison-eval.tsv, dir/mine-eval.tsv,
 * dir/soccer-eval.tsv, dir/market-eval.tsv, dir/student-eval.tsv,
 * dir/port-eval.tsv, dir/lawyer-eval.tsv, dir/forest-eval.tsv,
 * dir/salon-eval.tsv, dir/kidnap-eval.tsv, dir/officer-eval.tsv,
 * dir/fuel-eval.tsv, dir/antenna-eval.tsv, dir/corrido-eval.tsv,
 * dir/rehab-eval.tsv, dir/pageant-eval.tsv, dir/pride-eval.tsv,
 * dir/loans-eval.tsv, dir/camp-eval.tsv and their -harmless-eval.tsv):
 * how many the screen holds. */
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
