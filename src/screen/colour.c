/*
 * colour.c - "negro", black, as a colour and not as a people.
 *
 * Spanish says "negro" for black: "tenía el pelo negro y una gorra roja",
 * "llegaron en una camioneta negra", "el mercado negro", "mole negro". The
 * labelled sets (HatEval-ES) use the word mostly for people and mostly
 * with contempt, so the heads learned it as hate and held a witness's
 * description of a gunman. Training rows could not teach the two senses
 * apart (models/README.md, "Negro, the colour"); the words around it can:
 * right after a thing that has a colour (hair, a car, clothes, smoke, a
 * dog) or in a set phrase (mercado, humor, lista, oveja, frijoles, mole,
 * río), it is a colour. "Los negros", "de negros", "pinches negros" and
 * the word alone are left as they are.
 *
 * screen_colour_tokens lists the tokens that are such a colour; model.c
 * then takes what those words added out of the learned heads' scores.
 */

#include "screen/screen_int.h"

enum {
    K_BLACK = 1u << 0, /* negro, negra, negros, negras */
    K_THING = 1u << 1, /* pelo, camioneta, gorra, mercado, mole */
};

static const struct screen_wc_word k_words[] = {
    {"negro", K_BLACK},
    {"negra", K_BLACK},
    {"negros", K_BLACK},
    {"negras", K_BLACK},
    /* hair, eyes, animals */
    {"pelo", K_THING},
    {"cabello", K_THING},
    {"ojos", K_THING},
    {"perro", K_THING},
    {"perrito", K_THING},
    {"gato", K_THING},
    {"gatito", K_THING},
    {"caballo", K_THING},
    /* vehicles */
    {"carro", K_THING},
    {"coche", K_THING},
    {"auto", K_THING},
    {"camioneta", K_THING},
    {"troca", K_THING},
    {"moto", K_THING},
    {"motocicleta", K_THING},
    {"camion", K_THING},
    {"taxi", K_THING},
    {"sedan", K_THING},
    {"vehiculo", K_THING},
    {"jetta", K_THING},
    {"tsuru", K_THING},
    {"suburban", K_THING},
    {"vidrios", K_THING},
    /* clothes and things */
    {"gorra", K_THING},
    {"sudadera", K_THING},
    {"playera", K_THING},
    {"camisa", K_THING},
    {"chamarra", K_THING},
    {"pantalon", K_THING},
    {"pantalones", K_THING},
    {"vestido", K_THING},
    {"ropa", K_THING},
    {"traje", K_THING},
    {"bolsa", K_THING},
    {"bolsas", K_THING},
    {"mochila", K_THING},
    {"zapatos", K_THING},
    {"tenis", K_THING},
    {"botas", K_THING},
    {"cubrebocas", K_THING},
    {"lentes", K_THING},
    {"cinta", K_THING},
    {"color", K_THING},
    {"humo", K_THING},
    {"nubes", K_THING},
    {"tinta", K_THING},
    {"pintura", K_THING},
    /* set phrases */
    {"mercado", K_THING},
    {"humor", K_THING},
    {"lista", K_THING},
    {"oveja", K_THING},
    {"agujero", K_THING},
    {"punto", K_THING},
    {"caja", K_THING},
    {"viernes", K_THING},
    {"numeros", K_THING},
    {"aguas", K_THING},
    {"oro", K_THING},
    {"frijoles", K_THING},
    {"frijol", K_THING},
    {"mole", K_THING},
    {"cafe", K_THING},
    {"chocolate", K_THING},
    {"relleno", K_THING},
    {"zapote", K_THING},
    {"rio", K_THING},
    {"mar", K_THING},
    {"cerro", K_THING},
    {"monte", K_THING},
    {"piedras", K_THING},
    {"trabajo", K_THING},
    {"dia", K_THING},
    {"dias", K_THING},
};

static struct screen_wc_list k_list = SCREEN_WC_LIST(k_words, K_BLACK);

size_t screen_colour_tokens(const struct screen_norm *n, uint32_t *out,
                            size_t max)
{
    const struct screen_wordclasses *t = screen_wc_ready(&k_list);
    size_t k = 0;
    /* most comments have none of the four words */
    if (!screen_wc_may_hold(t, n))
        return 0;
    /* most words are none of the four: a bit of the table's filter */
    for (size_t j = 1; j < n->ntok && k < max; j++)
        if (screen_wc_may_start(t, n->tok[j].hash) &&
            (screen_wc_tok(t, n, j) & K_BLACK) &&
            (screen_wc_tok(t, n, j - 1) & K_THING))
            out[k++] = (uint32_t)j;
    return k;
}
