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
 * So a comment's threat matches are released (screen_concern) when the
 * comment pleads or fears ("please", "por favor", "me da miedo", "I'm
 * worried", "te admiro", "Dios te cuide") and every match foretells
 * ("will", "going to", "te van a", "vas a") with no first-person subject
 * near it ("we", "I", "vamos", "-mos" verbs, "our people") and no wish
 * or call ("needs to die please", "kill yourself please"). The model
 * still scores the comment. "Cuídate", "be careful" and "stay safe" are
 * not enough: threats use them as often.
 */
#include <pthread.h>
#include <string.h>

#include "screen/screen_int.h"

enum {
    C_PLEAD = 1u << 0,  /* please, porfa, scared, worried, admiro */
    C_FIRST = 1u << 1,  /* we, i, our, vamos, voy: who will act */
    C_PAIR1 = 1u << 2,  /* por, te, i, dios, ojala, god: first of a pair
                           that pleads ("por favor", "te quiero") */
    C_FUTURE = 1u << 3, /* will, going, van, vas: what others will do */
    C_WISH = 1u << 4,   /* hope, should, needs, ojala, merece: a wish or a
                           call, never a fear */
};

static const struct screen_wc_word c_words[] = {
    {"please", C_PLEAD},
    {"pls", C_PLEAD},
    {"plz", C_PLEAD},
    {"porfa", C_PLEAD},
    {"porfavor", C_PLEAD},
    {"scared", C_PLEAD},
    {"afraid", C_PLEAD},
    {"worried", C_PLEAD},
    {"admire", C_PLEAD},
    {"admiro", C_PLEAD},
    {"preocupa", C_PLEAD},
    {"preocupado", C_PLEAD},
    {"preocupada", C_PLEAD},
    {"miedo", C_PLEAD},
    {"por", C_PAIR1},
    {"te", C_PAIR1},
    {"i", C_PAIR1 | C_FIRST},
    {"dios", C_PAIR1},
    {"ojala", C_PAIR1},
    {"god", C_PAIR1},
    {"we", C_FIRST},
    {"ill", C_FIRST},
    {"im", C_FIRST},
    {"imma", C_FIRST},
    {"ima", C_FIRST},
    {"ive", C_FIRST},
    {"were", C_FIRST},
    {"well", C_FIRST},
    {"wed", C_FIRST},
    {"weve", C_FIRST},
    {"our", C_FIRST},
    {"us", C_FIRST},
    {"my", C_FIRST},
    {"yo", C_FIRST},
    {"voy", C_FIRST},
    {"nosotros", C_FIRST},
    {"nuestra", C_FIRST},
    {"nuestro", C_FIRST},
    {"nuestros", C_FIRST},
    {"nuestras", C_FIRST},
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
    {"ojala", C_WISH | C_PAIR1},
    {"merece", C_WISH},
    {"merecen", C_WISH},
    {"mereces", C_WISH},
    {"deberian", C_WISH},
    {"deberia", C_WISH},
    {"hay", C_WISH},
};

/* The pairs that plead, by their first word's class C_PAIR1. */
static const char *const c_pairs[][2] = {
    {"por", "favor"}, {"te", "quiero"}, {"te", "admiro"}, {"i", "fear"},
    {"dios", "te"},   {"ojala", "no"},  {"god", "bless"}, {"i", "beg"},
    {"i", "pray"},    {"te", "ruego"},
};

static struct screen_wordclasses c_table;
static pthread_once_t c_once = PTHREAD_ONCE_INIT;

static void c_build(void)
{
    screen_wc_put_list(&c_table, 0, c_words,
                       sizeof(c_words) / sizeof(*c_words));
}

static bool c_tok_is(const struct screen_norm *n, size_t j, const char *w)
{
    size_t l = strlen(w);
    return j < n->ntok && n->tok[j].len == l &&
           memcmp(n->text + n->tok[j].off, w, l) == 0;
}

/* Whether the comment pleads or fears anywhere. */
static bool c_pleads(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = screen_wc_class(&c_table, n->tok[j].hash);
        if (c & C_PLEAD)
            return true;
        if (!(c & C_PAIR1))
            continue;
        for (size_t k = 0; k < sizeof(c_pairs) / sizeof(*c_pairs); k++)
            if (c_tok_is(n, j, c_pairs[k][0]) &&
                c_tok_is(n, j + 1, c_pairs[k][1]))
                return true;
    }
    return false;
}

/* Whether tokens [a, b) foretell what others will do: a future ("will",
 * "te van a") with no first-person word ("we", "vamos", or a verb in
 * "-mos": "te matamos", "te encontremos") and no wish or call. */
static bool c_foretells(const struct screen_norm *n, size_t a, size_t b)
{
    bool future = false;
    for (size_t j = a; j < b && j < n->ntok; j++) {
        const struct screen_tok *t = &n->tok[j];
        uint64_t c = screen_wc_class(&c_table, t->hash);
        if (c & (C_FIRST | C_WISH))
            return false;
        if (t->len >= 5 && memcmp(n->text + t->off + t->len - 3, "mos", 3) == 0)
            return false;
        future |= (c & C_FUTURE) != 0;
    }
    return future;
}

/* How far before a match its subject may stand: the threat grammar's
 * match of "we are going to find you" starts at "going". */
#define CONCERN_SUBJECT_BACK 2

bool screen_concern(const struct screen_norm *n, const struct screen_match *m,
                    size_t nm)
{
    pthread_once(&c_once, c_build);
    if (nm == 0 || !c_pleads(n))
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
