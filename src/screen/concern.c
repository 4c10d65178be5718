/*
 * concern.c - a reader's fear for a reporter, told apart from a threat.
 *
 * Under a story about a threatened reporter, readers write "si sigues
 * publicando te van a matar, por favor cuídate" and "they will kill you
 * for this, please leave the state". Word for word that is a threat, and
 * the threat rules hold it; on this beat it is one of the commonest kind
 * comments there are. What tells the two apart is who acts and how the
 * writer feels: the reader fears what others ("they", "esa gente") will
 * do, and says please, that they are scared, that they admire the
 * reporter. Those who threaten say "we" ("te vamos a matar"), and though
 * they also say "cuídate" and "be careful", they seldom beg or say they
 * are afraid.
 *
 * So a comment's threat matches are released (screen_concern) when:
 *   - the comment pleads or says the writer fears: "please", "por
 *     favor" (not "please keep writing"), "me da miedo", "I'm worried",
 *     "te admiro", "ninguna nota vale tu vida" ("be afraid" and "ten
 *     miedo" are orders, not fear);
 *   - nobody in it says "we": no "we", "we're", "let's", "our", "nos"
 *     (but "nos haces falta"), verb in "-mos" (not "los ultimos")
 *     ("ya sabemos todo de ti. Por favor cuídate, te van a matar"), but
 *     for a family's feeling: "we want you around", "te queremos vivo",
 *     "no dormimos cuando sales";
 *   - every match foretells what others will do ("will", "going to",
 *     "te van a", "vas a"), with no "I", "my" or "mis" near it ("mis
 *     sicarios te van a levantar"), no wish or call ("needs to die
 *     please") and no "or" before it (an ultimatum).
 * The model still scores the comment. "Cuídate", "be careful" and "stay
 * safe" are not enough: threats use them as often. The veiled-threat
 * grammar's matches are never released (model.c).
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    C_PLEAD = 1u << 0,  /* please, porfa */
    C_WE = 1u << 1,     /* we, our, nos: a group that will act */
    C_I = 1u << 2,      /* i, my, mis, voy: the writer acting */
    C_FUTURE = 1u << 3, /* will, going, van, vas: what others will do */
    C_WISH = 1u << 4,   /* hope, should, needs, ojala, merece: a wish or a
                           call, never a fear */
    C_GO_ON = 1u << 5,  /* keep, sigue: "please keep writing" mocks */
    C_OR = 1u << 6,     /* or, o: an ultimatum before the threat */
    C_FEAR1 = 1u << 7,  /* por, me, tengo, im, i: a fear's first word */
};

static const struct screen_wc_word c_words[] = {
    {"please", C_PLEAD},
    {"pls", C_PLEAD},
    {"plz", C_PLEAD},
    {"porfa", C_PLEAD},
    {"porfavor", C_PLEAD},
    {"xfa", C_PLEAD},
    {"xfavor", C_PLEAD},
    {"porfis", C_PLEAD},
    {"we", C_WE},
    {"well", C_I},
    {"wed", C_WE},
    {"weve", C_WE},
    {"our", C_WE},
    {"us", C_WE},
    {"nos", C_WE},
    {"nosotros", C_WE},
    {"nuestra", C_WE},
    {"nuestro", C_WE},
    {"nuestros", C_WE},
    {"nuestras", C_WE},
    {"i", C_I | C_FEAR1},
    {"ill", C_I},
    {"im", C_I | C_FEAR1},
    {"imma", C_I},
    {"ima", C_I},
    {"ive", C_I},
    {"were", C_WE},
    {"lets", C_WE},
    {"my", C_I},
    {"mi", C_I},
    {"mis", C_I},
    {"yo", C_I},
    {"voy", C_I},
    {"will", C_FUTURE},
    {"going", C_FUTURE},
    {"gonna", C_FUTURE},
    {"theyll", C_FUTURE},
    {"youll", C_FUTURE},
    {"hell", C_FUTURE},
    {"shell", C_FUTURE},
    {"van", C_FUTURE},
    {"va", C_FUTURE},
    {"vas", C_FUTURE},
    {"hope", C_WISH},
    {"hoping", C_WISH},
    {"wish", C_WISH},
    {"should", C_WISH},
    {"must", C_WISH},
    {"need", C_WISH},
    {"needs", C_WISH},
    {"deserve", C_WISH},
    {"deserves", C_WISH},
    {"gotta", C_WISH},
    {"ojala", C_WISH},
    {"merece", C_WISH},
    {"merecen", C_WISH},
    {"mereces", C_WISH},
    {"deberian", C_WISH},
    {"deberia", C_WISH},
    {"hay", C_WISH},
    {"keep", C_GO_ON},
    {"continue", C_GO_ON},
    {"sigue", C_GO_ON},
    {"sigan", C_GO_ON},
    {"continua", C_GO_ON},
    {"or", C_OR},
    {"o", C_OR},
    {"por", C_FEAR1},
    {"me", C_FEAR1},
    {"tengo", C_FEAR1},
    {"estoy", C_FEAR1},
    {"te", C_FEAR1},
    {"dios", C_FEAR1},
    {"god", C_FEAR1},
    {"vale", C_FEAR1},
    {"worth", C_FEAR1},
    /* the same words as readers type them: "x favor", "t admiro", "t
     * ban a matar" */
    {"x", C_FEAR1},
    {"t", C_FEAR1},
    {"ban", C_FUTURE},
    {"ba", C_FUTURE},
    {"bas", C_FUTURE},
};

/* What a writer who fears says, word for word. */
static const char *const c_fears[][3] = {
    {"por", "favor", NULL},
    {"x", "favor", NULL},
    {"me", "da", "miedo"},
    {"tengo", "miedo", NULL},
    {"me", "preocupa", NULL},
    {"me", "preocupas", NULL},
    {"estoy", "preocupado", NULL},
    {"estoy", "preocupada", NULL},
    {"te", "admiro", NULL},
    {"te", "ruego", NULL},
    {"t", "admiro", NULL},
    {"t", "ruego", NULL},
    {"im", "scared", NULL},
    {"im", "afraid", NULL},
    {"im", "worried", NULL},
    {"im", "so", "worried"},
    {"im", "really", "worried"},
    {"im", "so", "scared"},
    {"i", "worry", NULL},
    {"i", "fear", NULL},
    {"i", "admire", NULL},
    {"i", "beg", NULL},
    {"god", "bless", NULL},
    /* "ninguna nota vale tu vida", "no story is worth your life" */
    {"vale", "tu", "vida"},
    {"worth", "your", "life"},
};

static struct screen_wc_list c_list = SCREEN_WC_LIST(c_words, 0);

static uint64_t c_class(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&c_list.table, n, j);
}

static bool c_tok_is(const struct screen_norm *n, size_t j, const char *w)
{
    return screen_tok_in(n, j, &w, 1);
}

/* A verb in "-mos" ("sabemos", "te matamos", "te encontremos"). */
static bool c_we_verb(const struct screen_norm *n, size_t j)
{
    /* words in "-mos" that are no verb: "los ultimos", "ellos mismos",
     * "mis primos", nouns in "-ismos" */
    static const char *const not_verbs[] = {"ultimos", "mismos", "proximos",
                                            "primos",  "animos", "tomos"};
    const struct screen_tok *t = &n->tok[j];
    const char *w = n->text + t->off;
    if (t->len < 5 || memcmp(w + t->len - 3, "mos", 3) != 0 ||
        memcmp(w + t->len - 5, "ismos", 5) == 0)
        return false;
    for (size_t k = 0; k < sizeof(not_verbs) / sizeof(*not_verbs); k++)
        if (c_tok_is(n, j, not_verbs[k]))
            return false;
    return true;
}

/* "nos" as the object of a feeling ("nos haces mucha falta", "nos
 * preocupa"), not a "we" who will act. */
static bool c_nos_felt(const struct screen_norm *n, size_t j)
{
    static const char *const felt[] = {"haces", "hace",    "preocupa",
                                       "duele", "importa", "importas",
                                       "da",    "dan"};
    if (!c_tok_is(n, j, "nos"))
        return false;
    for (size_t k = 0; k < sizeof(felt) / sizeof(*felt); k++)
        if (c_tok_is(n, j + 1, felt[k]))
            return true;
    return false;
}

/* "we" or a verb in "-mos" that is a family's or friends' feeling for
 * the reporter ("we want you around", "te queremos vivo", "no dormimos
 * cuando sales"), not a "we" who will act. */
static bool c_we_felt(const struct screen_norm *n, size_t j)
{
    static const char *const felt_en[] = {"want", "love",   "need",
                                          "miss", "pray",   "worry",
                                          "care", "admire", "support"};
    static const char *const felt_es[] = {
        "queremos", "necesitamos", "extranamos", "amamos",    "dormimos",
        "rezamos",  "oramos",      "apoyamos",   "admiramos", "preocupamos"};
    /* "want", "need" and their Spanish only for the reporter alive and
     * near: not "we want you dead", "te queremos muerto", "necesitamos
     * que te calles" */
    static const char *const well[] = {
        "around", "alive", "safe",  "back", "home", "here",  "vivo",
        "viva",   "vivos", "vivas", "bien", "aqui", "mucho", "con"};
    size_t v = j;
    if (c_tok_is(n, j, "we")) {
        v = j + 1;
        if (!screen_tok_in(n, v, felt_en, sizeof(felt_en) / sizeof(*felt_en)))
            return false;
    } else if (!screen_tok_in(n, j, felt_es,
                              sizeof(felt_es) / sizeof(*felt_es))) {
        return false;
    }
    if (!c_tok_is(n, v, "want") && !c_tok_is(n, v, "queremos") &&
        !c_tok_is(n, v, "need") && !c_tok_is(n, v, "necesitamos"))
        return true;
    return screen_tok_in(n, v + 1, well, sizeof(well) / sizeof(*well)) ||
           screen_tok_in(n, v + 2, well, sizeof(well) / sizeof(*well));
}

/* Whether the comment pleads or its writer fears, and nobody in it says
 * "we" but of a feeling. */
static bool c_pleads_alone(const struct screen_norm *n)
{
    bool pleads = false;
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = c_class(n, j);
        if ((((c & C_WE) && !c_nos_felt(n, j)) || c_we_verb(n, j)) &&
            !c_we_felt(n, j))
            return false;
        if ((c & C_PLEAD) && !(c_class(n, j + 1) & C_GO_ON))
            pleads = true;
        if (!(c & C_FEAR1))
            continue;
        for (size_t k = 0; k < sizeof(c_fears) / sizeof(*c_fears); k++) {
            size_t m = 0;
            while (m < 3 && c_fears[k][m] && c_tok_is(n, j + m, c_fears[k][m]))
                m++;
            if (m == 3 || (m > 0 && !c_fears[k][m])) {
                pleads |= !(k == 0 && (c_class(n, j + 2) & C_GO_ON));
                break;
            }
        }
    }
    return pleads;
}

/* Whether tokens [a, b) foretell what others will do: a future ("will",
 * "te van a") with no "I" or "my", no wish or call and no "or". */
static bool c_foretells(const struct screen_norm *n, size_t a, size_t b)
{
    bool future = false;
    for (size_t j = a; j < b && j < n->ntok; j++) {
        uint64_t c = c_class(n, j);
        if (c & (C_I | C_WISH | C_OR))
            return false;
        future |= (c & C_FUTURE) != 0;
    }
    return future;
}

/* How far before a match its subject or an ultimatum's "or" may stand:
 * the threat grammar's match of "we are going to find you" starts at
 * "going". */
#define CONCERN_SUBJECT_BACK 2

bool screen_concern(const struct screen_norm *n, const struct screen_match *m,
                    size_t nm)
{
    if (nm == 0) /* most comments: no table needed */
        return false;
    screen_wc_ready(&c_list);
    if (!c_pleads_alone(n))
        return false;
    for (size_t i = 0; i < nm; i++) {
        size_t a = m[i].tok >= CONCERN_SUBJECT_BACK
                       ? m[i].tok - CONCERN_SUBJECT_BACK
                       : 0;
        if (!c_foretells(n, a, (size_t)m[i].tok + m[i].ntok))
            return false;
    }
    return true;
}

bool screen_feared(const struct screen_norm *n, size_t tok)
{
    static const char *const fear[] = {"miedo", "temor", "terror", "panico"};
    static const char *const of[] = {"a", "de"};
    /* the fear told to the reader is a threat: "deberías tener miedo a
     * que te maten", "ten miedo de que te encuentren" */
    static const char *const have[] = {"ten",   "tengan",  "tenga",
                                       "tener", "tendras", "tendran"};
    return tok >= 2 && screen_tok_in(n, tok - 1, of, 2) &&
           screen_tok_in(n, tok - 2, fear, 4) &&
           !(tok >= 3 && screen_tok_in(n, tok - 3, have, 6));
}
