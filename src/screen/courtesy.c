/*
 * courtesy.c - a threat dressed in good manners.
 *
 * Those who want a story taken down often write like a lawyer's letter:
 * "Respectfully, Ms. Ruiz, some stories are better left unwritten. For
 * your family's sake.", "Les sugerimos amablemente que bajen la nota.
 * Sería más sano para todos los involucrados.", "Con todo respeto,
 * señorita, a veces es mejor guardar silencio. Cuídese mucho." No word is
 * violent and the manners make the model read them as civil. Three
 * things together make the menace, anywhere in the comment:
 *
 *   - the courtesy: "respectfully", "con todo respeto", "respetuosamente",
 *     "kindly", "amablemente", "we suggest", "le recomendamos", "a
 *     friendly reminder", "un consejo de amigos";
 *   - an order to be quiet, to take the story down or to go away: "keep
 *     quiet", "guardar silencio", "calladita", "better left unwritten",
 *     "mejor no escribir", "remove this article", "bajen la nota",
 *     "reconsider your statements", "cambiar de tema", "cámbiense de
 *     ciudad", "another state", "que ya no venga a Coyuca", "que no
 *     vuelva a pasar por la carretera";
 *   - harm hinted at: "for your family's sake", "por el bien de su
 *     familia", "it would be healthier", "sería más sano", "she needs her
 *     alive", "no lo repetiremos", "el clima no le va a sentar bien",
 *     "your family sends their regards", funerals and accidents; or,
 *     after an order to be quiet only, "be careful", "cuídese".
 *
 * With no courtesy, an order to be quiet, to take the story down or to go
 * away and harm said plainly are enough: "mejor guarden silencio, es más
 * sano", "cámbiense de ciudad, es por su bien",
 * "ojalá la familia ya no ande dando entrevistas, por su bien", "keep
 * quiet for your own good", "mejor bajen la nota, por la salud de
 * todos", "take this article down. For everyone's health."
 * (not the writer's own silence: "no voy a hablar de eso, es más sano
 * para mí", nor "un minuto de silencio").
 *
 * A polite request of a reader passes: "Respectfully, please remove the
 * photo of the child, for the family's sake" names no silence and no
 * harm but the family's; "con todo respeto, quiten el bloqueo y
 * cuídense" has no order to be quiet. So does a question and a sentence
 * that refutes or reports it (refute.c). Held as a threat. A grammar of
 * the one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    CT_POLITE = 1u << 0,  /* respectfully, kindly, amablemente, friendly */
    CT_QUIET = 1u << 1,   /* quiet, silence, calladita, unwritten */
    CT_REMOVE = 1u << 2,  /* remove, bajen, reconsider, stopped */
    CT_HARM = 1u << 3,    /* healthier, sano, alive, viva, funerals */
    CT_CARE = 1u << 4,    /* careful, cuídese: harm after silence only */
    CT_SAKE = 1u << 5,    /* sake, bien: "for your family's sake" */
    CT_FAMILY = 1u << 6,  /* family, familia */
    CT_GREET = 1u << 7,   /* regards, saludos: sent by someone */
    CT_SEND = 1u << 8,    /* sends, manda: "... sends their regards" */
    CT_SPEAK = 1u << 9,   /* write, escribir, publicar: "mejor no ..." */
    CT_NOT = 1u << 10,    /* no, not, never: "better not write" */
    CT_TOPIC = 1u << 11,  /* tema, subject: "cambiar de tema" */
    CT_CHANGE = 1u << 12, /* change, cambiar, cambien */
    CT_STRONG = 1u << 13, /* healthier, sano: harm hinted with no courtesy */
    CT_OWN = 1u << 14,    /* su, tu, own: "por su bien", "your own good" */
    CT_LEAVE = 1u << 15,  /* cámbiense, estado, vuelva, venga: gone away */
};

static const struct screen_wc_word ct_words[] = {
    {"respectfully", CT_POLITE},
    {"respetuosamente", CT_POLITE},
    {"respeto", CT_POLITE},
    {"kindly", CT_POLITE},
    {"amablemente", CT_POLITE},
    {"cordialmente", CT_POLITE},
    {"friendly", CT_POLITE},
    {"consejo", CT_POLITE},
    {"recomendacion", CT_POLITE},
    {"suggest", CT_POLITE},
    {"recommend", CT_POLITE},
    {"sugerimos", CT_POLITE},
    {"sugiero", CT_POLITE},
    {"recomendamos", CT_POLITE},
    {"recomiendo", CT_POLITE},
    {"aconsejamos", CT_POLITE},
    {"quiet", CT_QUIET},
    {"quieter", CT_QUIET},
    {"silence", CT_QUIET},
    {"silent", CT_QUIET},
    {"unwritten", CT_QUIET},
    {"unsaid", CT_QUIET},
    {"silencio", CT_QUIET},
    {"callada", CT_QUIET},
    {"callado", CT_QUIET},
    {"calladita", CT_QUIET},
    {"calladito", CT_QUIET},
    {"callados", CT_QUIET},
    {"calladas", CT_QUIET},
    {"calladitos", CT_QUIET},
    {"callarse", CT_QUIET},
    {"callar", CT_QUIET},
    {"remove", CT_REMOVE},
    {"delete", CT_REMOVE},
    {"reconsider", CT_REMOVE},
    {"retract", CT_REMOVE},
    {"retractarse", CT_REMOVE},
    {"retractense", CT_REMOVE},
    {"retracten", CT_REMOVE},
    {"stopped", CT_REMOVE},
    {"bajen", CT_REMOVE},
    {"baje", CT_REMOVE},
    {"bajar", CT_REMOVE},
    {"borren", CT_REMOVE},
    {"borre", CT_REMOVE},
    {"borrar", CT_REMOVE},
    {"quiten", CT_REMOVE},
    {"quitar", CT_REMOVE},
    {"retiren", CT_REMOVE},
    {"retire", CT_REMOVE},
    {"retirar", CT_REMOVE},
    {"reconsiderar", CT_REMOVE},
    {"reconsidere", CT_REMOVE},
    {"reconsideren", CT_REMOVE},
    {"take", CT_REMOVE},
    {"renuncie", CT_REMOVE},
    {"renuncien", CT_REMOVE},
    {"desista", CT_REMOVE},
    {"desistan", CT_REMOVE},
    {"pausa", CT_REMOVE}, /* "póngale pausa al blog" */
    {"change", CT_CHANGE},
    {"cambiar", CT_CHANGE},
    {"cambien", CT_CHANGE},
    {"cambie", CT_CHANGE},
    {"subject", CT_TOPIC},
    {"topic", CT_TOPIC},
    {"tema", CT_TOPIC},
    {"healthier", CT_HARM | CT_STRONG},
    {"sano", CT_HARM | CT_STRONG},
    {"saludable", CT_HARM | CT_STRONG},
    {"safer", CT_HARM},
    {"alive", CT_HARM},
    {"viva", CT_HARM},
    {"vivo", CT_HARM},
    {"vivos", CT_HARM},
    {"funerals", CT_HARM},
    {"funerales", CT_HARM},
    {"accidents", CT_HARM},
    {"accidentes", CT_HARM},
    {"repeat", CT_HARM},
    {"repetiremos", CT_HARM},
    {"repetimos", CT_HARM},
    {"sentar", CT_HARM},
    {"conocida", CT_HARM},
    {"conocido", CT_HARM},
    {"pase", CT_HARM},
    {"pasara", CT_HARM},
    {"responde", CT_HARM},
    {"cambiense", CT_LEAVE},
    {"cambiate", CT_LEAVE},
    {"mudense", CT_LEAVE},
    {"mudarse", CT_LEAVE},
    {"moving", CT_LEAVE},
    {"relocate", CT_LEAVE},
    {"relocating", CT_LEAVE},
    {"mudate", CT_LEAVE},
    {"estado", CT_LEAVE},
    {"state", CT_LEAVE},
    {"vuelva", CT_LEAVE},
    {"vuelvan", CT_LEAVE},
    {"venga", CT_LEAVE},
    {"vengan", CT_LEAVE},
    {"vacaciones", CT_LEAVE},
    {"chamba", CT_LEAVE},
    {"cierre", CT_REMOVE},
    {"cierren", CT_REMOVE},
    {"careful", CT_CARE},
    {"cuidese", CT_CARE},
    {"cuidate", CT_CARE},
    {"cuidense", CT_CARE},
    {"cuidarse", CT_CARE},
    {"sake", CT_SAKE},
    {"bien", CT_SAKE},
    {"family", CT_FAMILY},
    {"familys", CT_FAMILY},
    {"familia", CT_FAMILY},
    {"familias", CT_FAMILY},
    {"regards", CT_GREET},
    {"saludos", CT_GREET},
    {"sends", CT_SEND},
    {"send", CT_SEND},
    {"manda", CT_SEND},
    {"mandan", CT_SEND},
    {"envia", CT_SEND},
    {"write", CT_SPEAK},
    {"publish", CT_SPEAK},
    {"escribir", CT_SPEAK},
    {"publicar", CT_SPEAK},
    {"hablar", CT_SPEAK},
    {"entrevistas", CT_SPEAK},
    {"hablen", CT_SPEAK},
    {"hable", CT_SPEAK},
    {"declare", CT_SPEAK},
    {"declarar", CT_SPEAK},
    {"publique", CT_SPEAK},
    {"marchen", CT_SPEAK},
    {"publiquen", CT_SPEAK},
    {"tocar", CT_SPEAK},
    {"interviews", CT_SPEAK},
    {"talking", CT_SPEAK},
    {"su", CT_OWN},
    {"tu", CT_OWN},
    {"own", CT_OWN},
    {"good", CT_SAKE},
    {"no", CT_NOT},
    {"not", CT_NOT},
    {"never", CT_NOT},
};

static struct screen_wc_list ct_list = SCREEN_WC_LIST(
    ct_words, CT_POLITE | CT_QUIET | CT_SPEAK | CT_REMOVE | CT_LEAVE);

static const struct screen_wordclasses *ct_words_table(void)
{
    return screen_wc_ready(&ct_list);
}

static uint64_t ctc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&ct_list.table, n->tok[j].hash) : 0;
}

/* Whether the courtesy at token i is one: "con todo respeto" (not "falta
 * de respeto"), "friendly reminder", "consejo de amigos" (not "un
 * consejo" of a doctor's), "we suggest" (not "polls suggest"). */
static bool ct_courtesy(const struct screen_norm *n, size_t i)
{
    if (screen_tok_is(n, i, "respeto"))
        return i >= 2 && screen_tok_is(n, i - 1, "todo") &&
               screen_tok_is(n, i - 2, "con");
    if (screen_tok_is(n, i, "friendly")) {
        static const char *const what[] = {"reminder", "advice", "tip",
                                           "warning", "suggestion"};
        return screen_tok_in(n, i + 1, what, SCREEN_NWORDS(what));
    }
    if (screen_tok_is(n, i, "consejo") || screen_tok_is(n, i, "recomendacion"))
        return screen_tok_is(n, i + 1, "de") &&
               (screen_tok_is(n, i + 2, "amigo") ||
                screen_tok_is(n, i + 2, "amigos") ||
                screen_tok_is(n, i + 2, "amigas"));
    if (screen_tok_is(n, i, "suggest") || screen_tok_is(n, i, "recommend"))
        return i >= 1 && (screen_tok_is(n, i - 1, "we") ||
                          screen_tok_is(n, i - 1, "kindly") ||
                          screen_tok_is(n, i - 1, "strongly"));
    return true;
}

/* Whether an order to be quiet stands anywhere: "keep quiet",
 * "calladita", "mejor no escribir". */
static bool ct_quiet(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = ctc(n, j);
        /* not "un minuto de silencio", "a minute of silence": a tribute */
        if ((c & CT_QUIET) && !(j >= 2 && (screen_tok_is(n, j - 2, "minuto") ||
                                           screen_tok_is(n, j - 2, "minute"))))
            return true;
        /* "mejor no escribir", "ya no ande dando entrevistas" */
        for (size_t k = j; (c & CT_SPEAK) && k > 0 && j - k < 3;) {
            k--;
            if (ctc(n, k) & CT_NOT)
                return true;
        }
    }
    return false;
}

/* Whether an order to take the story down stands anywhere: "remove this
 * article", "bajen la nota", "cambiar de tema". */
static bool ct_take_down(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = ctc(n, j);
        if ((c & CT_REMOVE) && !screen_tok_is(n, j, "take"))
            return true;
        /* "take this article down" */
        if (screen_tok_is(n, j, "take"))
            for (size_t k = j + 1; k < n->ntok && k <= j + 4; k++)
                if (screen_tok_is(n, k, "down"))
                    return true;
        if ((c & CT_CHANGE) &&
            ((ctc(n, j + 1) & CT_TOPIC) || (ctc(n, j + 2) & CT_TOPIC)))
            return true;
    }
    return false;
}

/* Whether token j orders someone away: "cámbiense de ciudad", "another
 * state", "otro estado", "que no vuelva a pasar por la carretera", "que
 * ya no venga a Coyuca". */
static bool ct_leaving(const struct screen_norm *n, size_t j)
{
    if (!(ctc(n, j) & CT_LEAVE))
        return false;
    if (screen_tok_is(n, j, "state"))
        return j >= 1 && screen_tok_is(n, j - 1, "another");
    if (screen_tok_is(n, j, "estado"))
        return j >= 1 && screen_tok_is(n, j - 1, "otro");
    if (screen_tok_is(n, j, "vuelva") || screen_tok_is(n, j, "vuelvan")) {
        static const char *const come[] = {"pasar", "venir", "aparecer",
                                           "poner", "pararse"};
        return j >= 1 && screen_tok_is(n, j - 1, "no") &&
               screen_tok_is(n, j + 1, "a") &&
               screen_tok_in(n, j + 2, come, SCREEN_NWORDS(come));
    }
    if (screen_tok_is(n, j, "venga") || screen_tok_is(n, j, "vengan"))
        return j >= 1 && screen_tok_is(n, j - 1, "no");
    /* "que se tome unas vacaciones largas" */
    if (screen_tok_is(n, j, "vacaciones"))
        return screen_tok_is(n, j + 1, "largas") ||
               (j >= 1 && screen_tok_is(n, j - 1, "largas"));
    /* "ir pensando en cambiar de chamba" */
    if (screen_tok_is(n, j, "chamba"))
        return j >= 2 && screen_tok_is(n, j - 1, "de") &&
               (screen_tok_is(n, j - 2, "cambiar") ||
                screen_tok_is(n, j - 2, "cambien") ||
                screen_tok_is(n, j - 2, "cambie"));
    return true;
}

/* Whether someone is ordered away anywhere (ct_leaving). */
static bool ct_sent_away(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++)
        if (ct_leaving(n, j))
            return true;
    return false;
}

/* Whether harm is hinted at anywhere: "healthier", "viva", "for your
 * family's sake", "por el bien de su familia", "your family sends their
 * regards"; care words count too where care_counts. */
static bool ct_harm(const struct screen_norm *n, bool care_counts,
                    bool strong_only)
{
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = ctc(n, j);
        /* "por su bien", "por tu propio bien", "for your own good" */
        if ((c & CT_SAKE) &&
            (screen_tok_is(n, j, "bien") || screen_tok_is(n, j, "good")) &&
            j >= 2 && (ctc(n, j - 1) & CT_OWN) &&
            (screen_tok_is(n, j - 2, "por") ||
             screen_tok_is(n, j - 2, "your") ||
             screen_tok_is(n, j - 2, "their") ||
             screen_tok_is(n, j - 2, "propio") ||
             (j >= 3 && screen_tok_is(n, j - 3, "por"))))
            return true;
        if (c & CT_STRONG)
            return true;
        /* "for everyone's health", "por la salud de todos", "por la
         * tranquilidad de todos", "por la paz de su familia" */
        if (screen_tok_is(n, j, "health") && j >= 1 &&
            (screen_tok_is(n, j - 1, "for") ||
             (j >= 2 && screen_tok_is(n, j - 2, "for"))))
            return true;
        /* "Por salud." */
        if (screen_tok_is(n, j, "salud") && j >= 1 &&
            screen_tok_is(n, j - 1, "por"))
            return true;
        if ((screen_tok_is(n, j, "salud") ||
             screen_tok_is(n, j, "tranquilidad") ||
             screen_tok_is(n, j, "paz")) &&
            j >= 2 && screen_tok_is(n, j - 2, "por") &&
            (screen_tok_is(n, j - 1, "la") || screen_tok_is(n, j - 1, "su")) &&
            !(screen_tok_is(n, j, "paz") && !screen_tok_is(n, j + 1, "de")))
            return true;
        if (strong_only)
            continue;
        /* "sería una pena que la familia tuviera otro funeral" */
        if ((screen_tok_is(n, j, "funeral") ||
             screen_tok_is(n, j, "velorio")) &&
            j >= 1 &&
            (screen_tok_is(n, j - 1, "otro") ||
             screen_tok_is(n, j - 1, "another")))
            return true;
        /* "usted todavía tiene otros hijos en quien pensar" */
        if ((screen_tok_is(n, j, "hijos") || screen_tok_is(n, j, "kids") ||
             screen_tok_is(n, j, "children")) &&
            j >= 1 &&
            (screen_tok_is(n, j - 1, "otros") ||
             screen_tok_is(n, j - 1, "other")))
            return true;
        if ((c & CT_HARM) || ((c & CT_CARE) && care_counts))
            return true;
        /* "for your family's sake", "for the sake of your family" */
        if ((c & CT_SAKE) && screen_tok_is(n, j, "sake") &&
            ((j >= 1 && (ctc(n, j - 1) & CT_FAMILY)) ||
             (screen_tok_is(n, j + 1, "of") &&
              ((ctc(n, j + 3) & CT_FAMILY) || (ctc(n, j + 4) & CT_FAMILY)))))
            return true;
        /* "por el bien de su familia" (not "está bien") */
        if ((c & CT_SAKE) && screen_tok_is(n, j, "bien") && j >= 2 &&
            screen_tok_is(n, j - 1, "el") && screen_tok_is(n, j - 2, "por") &&
            screen_tok_is(n, j + 1, "de") &&
            ((ctc(n, j + 2) & CT_FAMILY) || (ctc(n, j + 3) & CT_FAMILY)))
            return true;
        /* "your family sends their regards", "le manda saludos" */
        if ((c & CT_GREET) && j >= 1 &&
            ((ctc(n, j - 1) & CT_SEND) ||
             (j >= 2 && (ctc(n, j - 2) & CT_SEND)) ||
             (j >= 3 && (ctc(n, j - 3) & CT_SEND))))
            return true;
    }
    return false;
}

/* Whether the writer speaks of their own silence: "No voy a hablar de
 * eso, es más sano para mí", "I'd rather stay quiet, it's healthier". */
static bool ct_own_choice(const struct screen_norm *n)
{
    static const char *const me[] = {"i",  "im",       "ill",   "id",
                                     "me", "my",       "yo",    "voy",
                                     "mi", "prefiero", "quiero"};
    for (size_t j = 0; j < n->ntok; j++)
        if (screen_tok_in(n, j, me, SCREEN_NWORDS(me)))
            return true;
    return false;
}

/* The threat whose courtesy is token i: SCREEN_THREAT and the courtesy's
 * token in *out, or -1. */
static int ct_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = ctc(n, i);
    bool quiet = ct_quiet(n);
    if ((c & CT_POLITE) && ct_courtesy(n, i)) {
        if (!quiet && !ct_take_down(n) && !ct_sent_away(n))
            return -1;
        if (!ct_harm(n, quiet, false))
            return -1;
    } else if (c & CT_LEAVE) {
        /* with no courtesy, sent away and harm said plainly: "cámbiense de
         * ciudad, es por su bien" */
        if (!ct_leaving(n, i) || !ct_harm(n, false, true) || ct_own_choice(n))
            return -1;
    } else if (c & CT_REMOVE) {
        /* with no courtesy, a take-down and harm said plainly: "mejor
         * bajen la nota, por la salud de todos" */
        if (!ct_take_down(n) || !ct_harm(n, false, true) || ct_own_choice(n))
            return -1;
    } else if (!(c & (CT_QUIET | CT_SPEAK)) || !quiet ||
               !ct_harm(n, false, true) || ct_own_choice(n)) {
        /* with no courtesy, an order to be quiet and harm said plainly:
         * "mejor guarden silencio, es más sano" (by "silencio" at i) */
        return -1;
    }
    return screen_grammar_match(n, text, len, i, i, i + 1, SCREEN_THREAT, out);
}

const struct screen_grammar screen_courtesy_grammar = {ct_words_table, ct_at};
