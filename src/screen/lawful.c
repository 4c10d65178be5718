/*
 * lawful.c - an ultimatum whose price is the law, the vote or the job,
 * told apart from one that threatens.
 *
 * The threat head (train.c) learned ultimatums from the written threats:
 * "delete it or you will regret it", "keep talking and you'll see". A
 * news site's readers write the same shape at officials, companies and
 * each other every day, with a price that is no violence: "do your job or
 * you will be fired", "resign or you will be voted out", "stop spamming
 * or you will be banned", "deja de mentir o te van a demandar". The head
 * cannot tell the price from the shape; this file can, by its words: a
 * price said as what is done to the reader (fired, sued, banned,
 * demandado, desaforado) or where the vote and the law decide (the polls,
 * las urnas, jail), not a noun that a veiled threat borrows ("your car
 * gets a new paint job", "ya no va a abrir su puesto", "o retiran la
 * demanda o retiramos a su abogado").
 *
 * screen_lawful_consequence says a comment names such a price within seven
 * words after its turn ("or", "o", "else", "and", "y") and has no word of
 * harm in it at all: no threat of the lists, no violent word, nothing of
 * the family, the body or the grave ("or your family pays", "or you'll
 * end up in a ditch"), and no price left unsaid ("or you will regret it",
 * "and you'll see"). model.c then lets only the threat head's vote go; the
 * rules and the hold head read such a comment as always.
 */

#include "screen/screen_int.h"

enum {
    L_TURN = 1u << 0, /* or, o, and, y, else: the price follows */
    L_LAW = 1u << 1,  /* fired, sued, banned, demandar, urnas: a price */
    L_HARM = 1u << 2, /* kill, family, ditch, matar, bolsa: no such price */
};

static const struct screen_wc_word l_words[] = {
    {"or", L_TURN},
    {"o", L_TURN},
    {"else", L_TURN},
    {"otherwise", L_TURN},
    {"and", L_TURN},
    {"y", L_TURN},
    /* the law, the vote, the job, the site */
    {"fired", L_LAW},
    {"sued", L_LAW},
    {"fined", L_LAW},
    {"banned", L_LAW},
    {"blocked", L_LAW},
    {"reported", L_LAW},
    {"arrested", L_LAW},
    {"jailed", L_LAW},
    {"impeached", L_LAW},
    {"indicted", L_LAW},
    {"prosecuted", L_LAW},
    {"investigated", L_LAW},
    {"audited", L_LAW},
    {"suspended", L_LAW},
    {"disbarred", L_LAW},
    {"voted", L_LAW},
    {"recalled", L_LAW},
    {"election", L_LAW},
    {"elections", L_LAW},
    {"reelection", L_LAW},
    {"boycott", L_LAW},
    {"jail", L_LAW},
    {"prison", L_LAW},
    {"polls", L_LAW},
    {"ballot", L_LAW},
    {"votes", L_LAW},
    {"despedido", L_LAW},
    {"despedida", L_LAW},
    {"despedidos", L_LAW},
    {"demandar", L_LAW},
    {"demandado", L_LAW},
    {"demandados", L_LAW},
    {"multa", L_LAW},
    {"multar", L_LAW},
    {"multado", L_LAW},
    {"multados", L_LAW},
    {"baneado", L_LAW},
    {"banear", L_LAW},
    {"bloqueado", L_LAW},
    {"bloquear", L_LAW},
    {"reportar", L_LAW},
    {"reportado", L_LAW},
    {"arrestado", L_LAW},
    {"arrestar", L_LAW},
    {"detenido", L_LAW},
    {"encarcelado", L_LAW},
    {"carcel", L_LAW},
    {"prision", L_LAW},
    {"desaforado", L_LAW},
    {"desafuero", L_LAW},
    {"investigado", L_LAW},
    {"vinculado", L_LAW},
    {"extraditado", L_LAW},
    {"urnas", L_LAW},
    {"eleccion", L_LAW},
    {"elecciones", L_LAW},
    {"votos", L_LAW},
    {"boicot", L_LAW},
    {"quiebra", L_LAW},
    {"destituido", L_LAW},
    /* harm: the body, the family, the grave, and what is done to them */
    {"kill", L_HARM},
    {"killed", L_HARM},
    {"die", L_HARM},
    {"dead", L_HARM},
    {"death", L_HARM},
    {"shoot", L_HARM},
    {"shot", L_HARM},
    {"bullet", L_HARM},
    {"blood", L_HARM},
    {"hurt", L_HARM},
    {"beat", L_HARM},
    {"burn", L_HARM},
    {"bury", L_HARM},
    {"body", L_HARM},
    {"bag", L_HARM},
    {"ditch", L_HARM},
    {"grave", L_HARM},
    {"hospital", L_HARM},
    {"disappear", L_HARM},
    {"missing", L_HARM},
    {"family", L_HARM},
    {"kids", L_HARM},
    {"children", L_HARM},
    {"wife", L_HARM},
    {"house", L_HARM},
    {"visit", L_HARM},
    {"find", L_HARM},
    {"matar", L_HARM},
    {"muerto", L_HARM},
    {"muerta", L_HARM},
    {"morir", L_HARM},
    {"bala", L_HARM},
    {"plomo", L_HARM},
    {"sangre", L_HARM},
    {"golpe", L_HARM},
    {"quemar", L_HARM},
    {"bolsa", L_HARM},
    {"fosa", L_HARM},
    {"tambo", L_HARM},
    {"cajuela", L_HARM},
    {"levantar", L_HARM},
    {"levantamos", L_HARM},
    {"desaparecer", L_HARM},
    {"piso", L_HARM},
    {"encontrar", L_HARM},
    {"visita", L_HARM},
    {"panteon", L_HARM},
    {"familia", L_HARM},
    {"hijos", L_HARM},
    {"esposa", L_HARM},
    {"casa", L_HARM},
    {"trunk", L_HARM},
    {"ride", L_HARM},
    {"paint", L_HARM},
    {"abogado", L_HARM},
    /* a price the words do not name: "or you will regret it", "and
     * you'll see" */
    {"regret", L_HARM},
    {"see", L_HARM},
    {"arrepentir", L_HARM},
    {"arrepentiras", L_HARM},
    {"ver", L_HARM},
    {"veras", L_HARM},
};

static struct screen_wc_list l_list = SCREEN_WC_LIST(l_words, 0);

/* How far after its turn the price stands: "or you will be fired" (4),
 * "o te vamos a sacar en las urnas" (6); an election said far after it
 * is no price */
#define L_REACH 7

bool screen_lawful_consequence(const struct screen_norm *n,
                               const struct screen_hit *hits, size_t nh)
{
    for (size_t i = 0; i < nh; i++)
        if (hits[i].e->cat == SCREEN_THREAT)
            return false;
    screen_wc_ready(&l_list);
    size_t turn = SIZE_MAX; /* the last turn so far */
    bool priced = false;
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = screen_wc_tok(&l_list.table, n, j);
        if (c & L_HARM)
            return false;
        if ((c & L_LAW) && turn != SIZE_MAX && j - turn <= L_REACH)
            priced = true;
        if (c & L_TURN)
            turn = j;
    }
    return priced;
}
