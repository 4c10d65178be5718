/*
 * nexttime.c - "if I see him again I'm running him over": the next
 * meeting promised in the present.
 *
 * English promises what it will do with "I'll" and "gonna", which the
 * threat grammar reads (threats.c); it also promises with the present
 * progressive once a meeting or a condition is named: "If I see any of
 * those mothers blocking the highway again I'm running them over", "If I
 * see that chief at the market I'm smashing his face into the pavement",
 * "Next time I catch him I'm shooting him". This grammar holds as a
 * threat "I'm", "I am" or "we're" and a violent verb in -ing on someone,
 * when a condition or a time is told in its sentence, before or after:
 *
 *   - the verb: killing, shooting, stabbing, strangling, beating,
 *     punching, ...; "running", "blowing", "hanging", "putting",
 *     "hunting" with their particle ("running them over", "hanging him
 *     from the bridge", "putting him in the ground"); smashing, breaking,
 *     slitting and the like only on the body ("smashing his face",
 *     "breaking every bone");
 *   - on whom: him, her, them, you, or a person ("that snitch", "the
 *     judge"); not "it", "myself", "my jersey";
 *   - the condition or time: "if", "when", "once", "whenever", "as soon
 *     as", "the moment", "the day", "next time" ("if he calls the
 *     police", "the day he comes back"); not a meeting with the writer's
 *     own kin or pet ("next time I see my brother I'm punching him", "if
 *     my dog chews my sandals again I'm killing him").
 *
 * "I'm shooting him a text", "beating him at chess", "hitting him up",
 * "dropping her off", "slapping him on the back", "killing him with
 * kindness" are no harm; "I'm not killing anyone" negates; a question
 * passes (a report is not read: the condition's verb, "if he calls the
 * police", is no one telling what was said). A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    NX_HARM = 1u << 0,   /* killing, shooting, stabbing: on anyone */
    NX_BODY = 1u << 1,   /* smashing, breaking: only on the body */
    NX_RUN = 1u << 2,    /* running, hanging: with "over", "from" */
    NX_WHOM = 1u << 3,   /* him, her, them, you */
    NX_DET = 1u << 4,    /* that, this, the, those: before a person */
    NX_PERSON = 1u << 5, /* guy, reporter, snitch, bitch */
    NX_OWN = 1u << 6,    /* his, her, their, your: before the body */
    NX_PART = 1u << 7,   /* face, head, legs, teeth, skull */
    NX_NOT = 1u << 8,    /* not, never, no */
};

static const struct screen_wc_word nx_words[] = {
    {"killing", NX_HARM},
    {"shooting", NX_HARM},
    {"stabbing", NX_HARM},
    {"murdering", NX_HARM},
    {"strangling", NX_HARM},
    {"choking", NX_HARM},
    {"lynching", NX_HARM},
    {"burning", NX_HARM},
    {"beating", NX_HARM},
    {"punching", NX_HARM},
    {"hitting", NX_HARM},
    {"slapping", NX_HARM},
    {"gutting", NX_HARM},
    {"popping", NX_HARM},
    {"capping", NX_HARM},
    {"blasting", NX_HARM},
    {"dropping", NX_HARM},
    {"ending", NX_HARM},
    {"wasting", NX_HARM},
    {"merking", NX_HARM},
    {"offing", NX_HARM},
    {"whacking", NX_HARM},
    {"shanking", NX_HARM},
    {"knifing", NX_HARM},
    {"drowning", NX_HARM},
    {"torching", NX_HARM},
    {"smashing", NX_BODY},
    {"breaking", NX_BODY},
    {"bashing", NX_BODY},
    {"cracking", NX_BODY},
    {"cutting", NX_BODY},
    {"knocking", NX_BODY},
    {"busting", NX_BODY},
    {"snapping", NX_BODY},
    {"caving", NX_BODY},
    {"running", NX_RUN},
    {"him", NX_WHOM},
    {"her", NX_WHOM | NX_OWN},
    {"them", NX_WHOM},
    {"you", NX_WHOM},
    {"u", NX_WHOM},
    {"yall", NX_WHOM},
    {"that", NX_DET},
    {"this", NX_DET},
    {"the", NX_DET},
    {"those", NX_DET},
    {"these", NX_DET},
    {"every", NX_DET},
    {"guy", NX_PERSON},
    {"dude", NX_PERSON},
    {"man", NX_PERSON},
    {"woman", NX_PERSON},
    {"lady", NX_PERSON},
    {"kid", NX_PERSON},
    {"reporter", NX_PERSON},
    {"journalist", NX_PERSON},
    {"snitch", NX_PERSON},
    {"rat", NX_PERSON},
    {"cop", NX_PERSON},
    {"cops", NX_PERSON},
    {"chief", NX_PERSON},
    {"mayor", NX_PERSON},
    {"pastor", NX_PERSON},
    {"priest", NX_PERSON},
    {"bitch", NX_PERSON},
    {"bastard", NX_PERSON},
    {"fucker", NX_PERSON},
    {"motherfucker", NX_PERSON},
    {"asshole", NX_PERSON},
    {"clown", NX_PERSON},
    {"idiot", NX_PERSON},
    {"pig", NX_PERSON},
    {"punk", NX_PERSON},
    {"fool", NX_PERSON},
    {"his", NX_OWN},
    {"their", NX_OWN},
    {"your", NX_OWN},
    {"ur", NX_OWN},
    {"face", NX_PART},
    {"head", NX_PART},
    {"skull", NX_PART},
    {"legs", NX_PART},
    {"leg", NX_PART},
    {"arms", NX_PART},
    {"arm", NX_PART},
    {"teeth", NX_PART},
    {"jaw", NX_PART},
    {"neck", NX_PART},
    {"knees", NX_PART},
    {"kneecaps", NX_PART},
    {"ribs", NX_PART},
    {"bones", NX_PART},
    {"fingers", NX_PART},
    {"hands", NX_PART},
    {"nose", NX_PART},
    {"throat", NX_PART},
    {"not", NX_NOT},
    {"never", NX_NOT},
    {"no", NX_NOT},

    /* the rarer verbs and their particles ("blowing him away", "hanging
     * him from the bridge") */
    {"shootin", NX_HARM},
    {"killin", NX_HARM},
    {"stabbin", NX_HARM},
    {"kidnapping", NX_HARM},
    {"skinning", NX_HARM},
    {"dousing", NX_HARM},
    {"chopping", NX_HARM},
    {"slitting", NX_BODY},
    {"blowing", NX_HARM | NX_RUN},
    {"hanging", NX_RUN},
    {"putting", NX_RUN},
    {"hunting", NX_RUN},
    {"lighting", NX_RUN},
    {"judge", NX_PERSON},
    {"witness", NX_PERSON},
    {"informant", NX_PERSON},
    {"narc", NX_PERSON},
    {"lawyer", NX_PERSON},
    {"governor", NX_PERSON},
    {"vato", NX_PERSON},
    {"gringo", NX_PERSON},
    {"author", NX_PERSON},
    {"writer", NX_PERSON},
    {"councilman", NX_PERSON},
    {"brains", NX_PART},
    {"bone", NX_PART},
};

static struct screen_wc_list nx_list =
    SCREEN_WC_LIST(nx_words, NX_HARM | NX_BODY | NX_RUN);

static const struct screen_wordclasses *nx_words_table(void)
{
    return screen_wc_ready(&nx_list);
}

static uint64_t nxc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&nx_list.table, n->tok[j].hash) : 0;
}

/* Whether token j was written with an apostrophe: "we're", not "were",
 * the past ("they were beating him"). */
static bool nx_apostrophe(const struct screen_norm *n, const char *text,
                          size_t j)
{
    const struct screen_tok *t = &n->tok[j];
    for (size_t k = 0; k < t->orig_len; k++) {
        char ch = text[t->orig_off + k];
        if (ch == '\'' || (unsigned char)ch == 0xe2) /* ' or ’ */
            return true;
    }
    return false;
}

/* Whether "I'm", "we're", "I am" or "we are" stands before the verb at
 * i, an adverb between or not ("I'm literally running them over"): its
 * first token in *a. */
static bool nx_promised(const struct screen_norm *n, const char *text, size_t i,
                        size_t *a)
{
    static const char *const adverb[] = {"just",     "literally", "personally",
                                         "straight", "def",       "definitely"};
    size_t j = i;
    if (j > 0 && screen_tok_in(n, j - 1, adverb, SCREEN_NWORDS(adverb)))
        j--;
    if (j == 0)
        return false;
    *a = j - 1;
    if (screen_tok_is(n, j - 1, "im") ||
        (screen_tok_is(n, j - 1, "were") && nx_apostrophe(n, text, j - 1)))
        return true;
    if (j < 2)
        return false;
    *a = j - 2;
    return (screen_tok_is(n, j - 1, "am") && screen_tok_is(n, j - 2, "i")) ||
           (screen_tok_is(n, j - 1, "are") && screen_tok_is(n, j - 2, "we"));
}

/* The token past whom the verb at i (of class c) acts on, or 0: "them"
 * and "over" for running, "his face" for the body's verbs, "him", "that
 * snitch" for the rest; not "shooting him a text", "beating him at
 * chess", "hitting him up", "dropping her off". */
static size_t nx_whom(const struct screen_norm *n, size_t i, uint64_t c)
{
    static const char *const no_harm[] = {"a",   "an",   "at",  "up",
                                          "off", "some", "back"};
    size_t j = i + 1;
    if (c & NX_BODY) {
        /* "smashing his face", "breaking her legs", "knocking his teeth
         * out", "breaking every bone in your body" */
        if ((nxc(n, j) & (NX_OWN | NX_DET)) && (nxc(n, j + 1) & NX_PART))
            return j + 2;
        return 0;
    }
    /* "blowing his brains out" */
    if ((c & NX_RUN) && (nxc(n, j) & NX_OWN) && (nxc(n, j + 1) & NX_PART))
        return j + 2;
    size_t end;
    if (nxc(n, j) & NX_WHOM)
        end = j + 1;
    else if ((nxc(n, j) & NX_DET) && (nxc(n, j + 1) & NX_PERSON))
        end = j + 2;
    else if ((nxc(n, j) & NX_OWN) && (nxc(n, j + 1) & NX_PART))
        end = j + 2; /* "shooting his kneecaps" */
    else
        return 0;
    if (c & NX_RUN) {
        /* "running them over", "blowing him away", "hanging him from the
         * bridge", "putting him in the ground", "hunting her down",
         * "lighting him on fire" */
        static const char *const particle[] = {"over", "away", "from", "in",
                                               "down", "on",   "up",   "under"};
        if (!screen_tok_in(n, end, particle, SCREEN_NWORDS(particle)))
            return (c & NX_HARM) ? end : 0;
        return end + 1;
    }
    if (screen_tok_in(n, end, no_harm, SCREEN_NWORDS(no_harm)))
        return 0;
    /* "slapping him on the back", "hitting her on the shoulder" */
    if (screen_tok_is(n, end, "on") && screen_tok_is(n, end + 1, "the") &&
        (screen_tok_is(n, end + 2, "back") ||
         screen_tok_is(n, end + 2, "shoulder")))
        return 0;
    /* "killing him with kindness" */
    static const char *const kind[] = {"kindness", "love", "compliments",
                                       "questions", "facts"};
    if (screen_tok_is(n, end, "with") &&
        screen_tok_in(n, end + 1, kind, SCREEN_NWORDS(kind)))
        return 0;
    return end;
}

/* Whether token k opens a condition or a time: "if", "when",
 * "whenever", "once", "as soon as", "the moment", "the day", "next
 * time". */
static bool nx_opens(const struct screen_norm *n, size_t k)
{
    static const char *const plain[] = {"if", "when", "whenever", "once"};
    static const char *const moment[] = {"moment",  "minute", "second",
                                         "instant", "day",    "time"};
    if (screen_tok_in(n, k, plain, SCREEN_NWORDS(plain)))
        return true;
    if (screen_tok_is(n, k, "soon"))
        return k > 0 && screen_tok_is(n, k - 1, "as");
    return screen_tok_in(n, k, moment, SCREEN_NWORDS(moment)) && k > 0 &&
           (screen_tok_is(n, k - 1, "next") || screen_tok_is(n, k - 1, "the"));
}

/* Whether a condition or a time is told from token a back to the
 * sentence's start (at most 16 words), or from b on to its end (at most
 * 10): "if I see", "next time we catch", "the moment he steps out", "as
 * soon as she testifies", "I'm shooting him if he comes back"; not a
 * meeting with the writer's own kin ("next time I see my brother I'm
 * punching him"). */
static bool nx_meeting(const struct screen_norm *n, const char *text, size_t a,
                       size_t b)
{
    static const char *const kin[] = {
        "brother", "sister",  "son",   "daughter", "mom",       "mum",
        "dad",     "husband", "wife",  "cousin",   "kid",       "kids",
        "friend",  "buddy",   "bro",   "roommate", "boyfriend", "girlfriend",
        "dog",     "cat",     "puppy", "kitten",   "parrot"};
    for (size_t k = a; k > 0 && a - k < 16;) {
        k--;
        if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
            break;
        if (!nx_opens(n, k))
            continue;
        for (size_t j = k + 1; j + 1 < a; j++)
            if (screen_tok_is(n, j, "my") &&
                screen_tok_in(n, j + 1, kin, SCREEN_NWORDS(kin)))
                return false;
        return true;
    }
    for (size_t k = b; k < n->ntok && k < b + 10; k++) {
        if (k > 0 && screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            break;
        if (nx_opens(n, k))
            return true;
    }
    return false;
}

/* The promise whose verb is token i: SCREEN_THREAT and its tokens in
 * *out, or -1. */
static int nx_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = nxc(n, i);
    size_t a;
    if (!nx_promised(n, text, i, &a))
        return -1;
    /* "I'm not killing anyone" */
    if (nxc(n, i - 1) & NX_NOT)
        return -1;
    size_t b = nx_whom(n, i, c);
    if (!b || !nx_meeting(n, text, a, b))
        return -1;
    /* not read as a report: the condition's own verb ("if he calls the
     * police") is not the writer telling what was said */
    return screen_grammar_match_asked(n, text, len, i, a, b, SCREEN_THREAT,
                                      out);
}

const struct screen_grammar screen_nexttime_grammar = {nx_words_table, nx_at};
