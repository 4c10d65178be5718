/*
 * quota.c - extortion in calm words: the fee, and the safety it buys.
 *
 * Under a story about the men who charge a market's stalls or a port's
 * boats, they write in the comments too, and never with a threat word:
 * "friday like always, 300 a stall, and everybody stays healthy", "Those
 * who pay are protected. Those who don't, well, you read the article.",
 * "solo cobramos lo justo", "el viernes como siempre, 300 por puesto, y
 * aquí no pasó nada". This grammar reads three shapes of it and holds
 * each as a threat:
 *
 *   - the safety a payment buys, said as a promise: "protected",
 *     "everybody stays healthy", "sleep well", "peace of mind", "nobody
 *     gets hurt", "aquí no pasó nada", "todos sanitos", "keeps everyone
 *     safe", "trabajar con toda tranquilidad", "everyone sleeps in
 *     peace", "y todos en paz", "the contribution for quiet nights",
 *     after an order opening its sentence ("Retract the story and nobody
 *     has to get hurt", "Dejen pasar las trocas y aquí no pasó nada") or
 *     with the fee or those who pay it named ("fee", "cuota", "those who
 *     pay", "el que paga"; "paying for a guard gives peace of mind"
 *     names neither);
 *   - the collector's own voice: "cobramos", "we charge", "we provide a
 *     service", "más vale que paguen", "you better pay", "hay que
 *     cobrarles piso" (not a tax or a bill);
 *   - the fee as usual: "like always", "como siempre", "as usual" with a
 *     price for each stall or boat ("300 a stall", "500 por lancha").
 *
 * A report passes ("they told him those who pay are protected", "dicen
 * que el que paga duerme tranquilo"), as do the promise denied ("even
 * those who pay are not protected", "ni pagando estás protegido"), those
 * charged named as "they" ("les cobran 300 por puesto como siempre",
 * "they pay the piso so nobody gets hurt"), a question and a quotation.
 * A grammar of the one pass (grammars.c); a rule only, not a model
 * feature.
 */
#include "screen/screen_int.h"

enum {
    Q_SAFE = 1u << 0,   /* protected, healthy, sanos, sleep, duermen, peace */
    Q_VOICE = 1u << 1,  /* cobramos, charge, service */
    Q_USUAL = 1u << 2,  /* always, siempre, usual */
    Q_PAY = 1u << 3,    /* pay, paid, fee, cuota, paguen, cobro */
    Q_REPORT = 1u << 4, /* said, told, dicen, dijeron, segun */
    Q_DENY = 1u << 5,   /* not, no, even, ni, aunque, still */
    Q_THEY = 1u << 6,   /* they, les, cobran, pagamos: the payers named */
    Q_UNIT = 1u << 7,   /* stall, boat, puesto, lancha, taxi, week */
    Q_EACH = 1u << 8,   /* a, per, por, each, cada */
};

static const struct screen_wc_word q_words[] = {
    {"protected", Q_SAFE},
    {"protegido", Q_SAFE},
    {"protegida", Q_SAFE},
    {"protegidos", Q_SAFE},
    {"protegidas", Q_SAFE},
    {"healthy", Q_SAFE},
    {"sanos", Q_SAFE},
    {"sanitos", Q_SAFE},
    {"sleep", Q_SAFE},
    {"sleeps", Q_SAFE},
    {"duermen", Q_SAFE},
    {"duerme", Q_SAFE},
    {"peace", Q_SAFE},
    {"hurt", Q_SAFE},
    {"lastimado", Q_SAFE},
    {"paso", Q_SAFE},
    {"paz", Q_SAFE},
    {"quiet", Q_SAFE},
    {"safe", Q_SAFE},
    {"tranquilidad", Q_SAFE},
    {"cobramos", Q_VOICE},
    {"cobrarles", Q_VOICE},
    {"cobrarle", Q_VOICE},
    {"vale", Q_VOICE},
    {"better", Q_VOICE},
    {"charge", Q_VOICE},
    {"service", Q_VOICE},
    {"always", Q_USUAL},
    {"siempre", Q_USUAL},
    {"usual", Q_USUAL},
    {"pay", Q_PAY},
    {"pays", Q_PAY},
    {"paid", Q_PAY},
    {"paying", Q_PAY},
    {"payment", Q_PAY},
    {"fee", Q_PAY},
    {"fees", Q_PAY},
    {"cuota", Q_PAY},
    {"cuotas", Q_PAY},
    {"paga", Q_PAY},
    {"pagan", Q_PAY},
    {"paguen", Q_PAY},
    {"pague", Q_PAY},
    {"pagar", Q_PAY},
    {"pagando", Q_PAY},
    {"pago", Q_PAY},
    {"cobro", Q_PAY},
    {"piso", Q_PAY},
    {"corriente", Q_PAY},
    {"cooperacion", Q_PAY},
    {"contribution", Q_PAY},
    {"contribucion", Q_PAY},
    {"said", Q_REPORT},
    {"says", Q_REPORT},
    {"told", Q_REPORT},
    {"claim", Q_REPORT},
    {"claims", Q_REPORT},
    {"supposedly", Q_REPORT},
    {"dicen", Q_REPORT},
    {"dice", Q_REPORT},
    {"dijo", Q_REPORT},
    {"dijeron", Q_REPORT},
    {"decian", Q_REPORT},
    {"segun", Q_REPORT},
    {"supuestamente", Q_REPORT},
    {"not", Q_DENY},
    {"no", Q_DENY},
    {"never", Q_DENY},
    {"even", Q_DENY},
    {"still", Q_DENY},
    {"nobody", Q_DENY},
    {"ni", Q_DENY},
    {"aunque", Q_DENY},
    {"nunca", Q_DENY},
    {"nadie", Q_DENY},
    {"they", Q_THEY},
    {"pagamos", Q_THEY},
    {"les", Q_THEY},
    {"cobran", Q_THEY},
    {"charges", Q_THEY},
    {"charged", Q_THEY},
    {"piden", Q_THEY},
    {"exigen", Q_THEY},
    {"stall", Q_UNIT},
    {"stalls", Q_UNIT},
    {"boat", Q_UNIT},
    {"boats", Q_UNIT},
    {"puesto", Q_UNIT},
    {"local", Q_UNIT},
    {"lancha", Q_UNIT},
    {"panga", Q_UNIT},
    {"taxi", Q_UNIT},
    {"negocio", Q_UNIT},
    {"shop", Q_UNIT},
    {"store", Q_UNIT},
    {"a", Q_EACH},
    {"per", Q_EACH},
    {"por", Q_EACH},
    {"each", Q_EACH},
    {"cada", Q_EACH},
};

static struct screen_wc_list q_list =
    SCREEN_WC_LIST(q_words, Q_SAFE | Q_VOICE | Q_USUAL);

static const struct screen_wordclasses *q_words_table(void)
{
    return screen_wc_ready(&q_list);
}

static uint64_t qc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&q_list.table, n->tok[j].hash) : 0;
}

/* Whether the comment has a word of class cls anywhere. */
static bool q_any(const struct screen_norm *n, uint64_t cls)
{
    return screen_wc_anywhere(&q_list.table, n, cls, 0, 0);
}

/* Whether one of words[0..nw) stands in the reach words before token i. */
static bool q_before(const struct screen_norm *n, size_t i, size_t reach,
                     const char *const *words, size_t nw)
{
    for (size_t k = i; k > 0 && i - k < reach;) {
        k--;
        if (screen_tok_in(n, k, words, nw))
            return true;
    }
    return false;
}

/* Whether the ten words either side of token i name the fee ("fee",
 * "cuota", "piso", "cobro", "una cooperación de 50 mil"), those who pay
 * it ("those who pay", "el que paga", "quien paga", "los que están al
 * corriente") or paying on time as a sentence's subject ("Paying on time
 * keeps everyone safe."): not any payment ("Paying for a security guard
 * gives the shop owners peace of mind"). */
static bool q_payers(const struct screen_norm *n, const char *text, size_t i)
{
    static const char *const fee[] = {"fee",    "fees", "cuota",
                                      "cuotas", "piso", "cobro"};
    static const char *const gift[] = {"cooperacion", "contribution",
                                       "contribucion"};
    static const char *const paying[] = {"paying", "pagar", "pagando"};
    static const char *const who[] = {"who", "que", "quien", "quienes"};
    for (size_t k = i > 10 ? i - 10 : 0; k < n->ntok && k <= i + 10; k++) {
        if (!(qc(n, k) & Q_PAY))
            continue;
        if (screen_tok_in(n, k, fee, SCREEN_NWORDS(fee)) ||
            (k > 0 && screen_tok_in(n, k - 1, who, SCREEN_NWORDS(who))))
            return true;
        /* a contribution with its amount: "una cooperación de 50 mil",
         * "a contribution of 20 thousand" (not "con la cooperación de
         * todos los vecinos") */
        if (screen_tok_in(n, k, gift, SCREEN_NWORDS(gift)))
            for (size_t q = k + 1; q < n->ntok && q <= k + 3; q++)
                if (text[n->tok[q].orig_off] >= '0' &&
                    text[n->tok[q].orig_off] <= '9')
                    return true;
        /* "los que están al corriente": those paid up */
        if (screen_tok_is(n, k, "corriente") && k > 2 &&
            screen_tok_is(n, k - 1, "al") &&
            screen_tok_in(n, k - 3, who, SCREEN_NWORDS(who)))
            return true;
        /* paying on time as a sentence's subject: "Paying on time keeps
         * everyone safe." */
        bool on_time = (screen_tok_is(n, k + 1, "on") &&
                        screen_tok_is(n, k + 2, "time")) ||
                       (screen_tok_is(n, k + 1, "a") &&
                        screen_tok_is(n, k + 2, "tiempo")) ||
                       screen_tok_is(n, k + 1, "puntual");
        if (on_time && screen_tok_in(n, k, paying, SCREEN_NWORDS(paying)) &&
            (k == 0 || screen_sentence_break(text, &n->tok[k - 1], &n->tok[k])))
            return true;
    }
    return false;
}

/* Whether an order to take the story back or let the trucks pass opens
 * the sentence of the safety at token i: "Retract the story and nobody
 * has to get hurt", "Dejen pasar las trocas y aquí no pasó nada". */
static bool q_ordered(const struct screen_norm *n, const char *text, size_t i)
{
    static const char *const order[] = {
        "retract",  "retractese", "retractate", "delete", "borra",
        "borren",   "bajen",      "quiten",     "dejen",  "deja",
        "cooperen", "coopera",    "cooperate",  "retire"};
    size_t s = i;
    while (s > 0 && !screen_sentence_break(text, &n->tok[s - 1], &n->tok[s]))
        s--;
    return s + 1 < i && screen_tok_in(n, s, order, SCREEN_NWORDS(order));
}

/* The safety promised at token i, said as the promise is: "stays
 * healthy", "sleep well", "peace of mind", "nobody gets hurt", "aquí no
 * pasó nada". Its first token in *a and its end in *b. */
static bool q_safety(const struct screen_norm *n, size_t i, size_t *a,
                     size_t *b)
{
    static const char *const stay[] = {"stays",  "stay",   "keeps",    "todos",
                                       "siguen", "quedan", "everybody"};
    static const char *const well[] = {"well", "tranquilo", "tranquilos",
                                       "bien", "tranquila", "peacefully"};
    static const char *const none[] = {"nobody", "nadie", "no"};
    *a = i;
    *b = i + 1;
    if (screen_tok_is(n, i, "healthy") || screen_tok_is(n, i, "sanos") ||
        screen_tok_is(n, i, "sanitos"))
        return q_before(n, i, 3, stay, SCREEN_NWORDS(stay));
    if (screen_tok_is(n, i, "sleep") || screen_tok_is(n, i, "sleeps") ||
        screen_tok_is(n, i, "duermen") || screen_tok_is(n, i, "duerme")) {
        *b = i + 2;
        /* "sleeps in peace", "duermen en paz" */
        if ((screen_tok_is(n, i + 1, "in") || screen_tok_is(n, i + 1, "en")) &&
            (screen_tok_is(n, i + 2, "peace") ||
             screen_tok_is(n, i + 2, "paz"))) {
            *b = i + 3;
            return true;
        }
        return screen_tok_in(n, i + 1, well, SCREEN_NWORDS(well));
    }
    /* "se pone la cuota y todos en paz" */
    if (screen_tok_is(n, i, "paz")) {
        *a = i > 1 ? i - 2 : i;
        return i > 1 && screen_tok_is(n, i - 1, "en") &&
               screen_tok_is(n, i - 2, "todos");
    }
    /* "the contribution for quiet nights", "noches tranquilas" */
    if (screen_tok_is(n, i, "quiet")) {
        *b = i + 2;
        return screen_tok_is(n, i + 1, "nights");
    }
    /* "paying on time keeps everyone safe"; "trabajar con toda
     * tranquilidad" */
    if (screen_tok_is(n, i, "safe")) {
        static const char *const keep[] = {"keeps", "keep", "stays", "stay"};
        return q_before(n, i, 3, keep, SCREEN_NWORDS(keep));
    }
    if (screen_tok_is(n, i, "tranquilidad")) {
        static const char *const con[] = {"con"};
        *a = i > 1 ? i - 2 : i;
        return q_before(n, i, 2, con, 1);
    }
    if (screen_tok_is(n, i, "peace")) {
        *b = i + 3;
        return screen_tok_is(n, i + 1, "of") && screen_tok_is(n, i + 2, "mind");
    }
    if (screen_tok_is(n, i, "hurt") || screen_tok_is(n, i, "lastimado"))
        return q_before(n, i, 4, none, 2);
    if (screen_tok_is(n, i, "paso")) {
        /* aquí no pasó nada */
        if (i < 2 || !screen_tok_is(n, i - 2, "aqui") ||
            !screen_tok_is(n, i - 1, "no") || !screen_tok_is(n, i + 1, "nada"))
            return false;
        *a = i - 2;
        *b = i + 2;
        return true;
    }
    /* protected, protegidos: denied just before ("not protected", "no
     * están protegidos") */
    static const char *const deny[] = {"not", "no", "nunca", "never", "ni"};
    return !q_before(n, i, 3, deny, SCREEN_NWORDS(deny));
}

/* "más vale que paguen", "más vale que la comunidad pague la cuota",
 * "you better pay", "better pay up" by "vale" or "better" at token i (not
 * a tax or a bill, nor the state or a company paying for damages: "better
 * pay your taxes", "más vale que pague el gobierno los daños"). */
static bool q_better_pay(const struct screen_norm *n, size_t i, size_t *a,
                         size_t *b)
{
    static const char *const bill[] = {
        "taxes",      "tax",          "bill",    "bills",      "impuestos",
        "luz",        "renta",        "rent",    "predial",    "gobierno",
        "estado",     "municipio",    "empresa", "government", "state",
        "city",       "company",      "danos",   "damages",    "compensation",
        "reparacion", "indemnizacion"};
    if (screen_tok_is(n, i, "vale") &&
        (i == 0 || !screen_tok_is(n, i - 1, "mas") ||
         !screen_tok_is(n, i + 1, "que")))
        return false;
    for (size_t k = i + 1; k < n->ntok && k <= i + 5; k++) {
        if (!(qc(n, k) & Q_PAY))
            continue;
        for (size_t q = i + 1; q < n->ntok && q <= k + 4; q++)
            if (screen_tok_in(n, q, bill, SCREEN_NWORDS(bill)))
                return false;
        *a = screen_tok_is(n, i, "vale") ? i - 1 : i;
        *b = k + 1;
        return true;
    }
    return false;
}

/* A price for each stall or boat near token i: "300 a stall", "500 por
 * lancha", "300 per boat". */
static bool q_price_each(const struct screen_norm *n, const char *text,
                         size_t i)
{
    size_t s = i > 8 ? i - 8 : 0;
    for (size_t k = s; k < n->ntok && k <= i + 8; k++) {
        char c = text[n->tok[k].orig_off];
        if (c < '0' || c > '9')
            continue;
        if ((qc(n, k + 1) & Q_EACH) && (qc(n, k + 2) & Q_UNIT))
            return true;
        if (screen_tok_is(n, k + 1, "pesos") && (qc(n, k + 2) & Q_EACH) &&
            (qc(n, k + 3) & Q_UNIT))
            return true;
    }
    return false;
}

/* The calm extortion at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int q_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = qc(n, i);
    size_t a = i, b = i + 1;
    bool found = false;
    if (c & Q_SAFE)
        found = q_safety(n, i, &a, &b) &&
                (q_payers(n, text, i) || q_ordered(n, text, i)) &&
                !q_any(n, Q_THEY);
    else if (c & Q_VOICE) {
        /* cobramos; we charge; we provide a service */
        if (screen_tok_is(n, i, "cobramos"))
            found = true;
        /* "hay que cobrarles piso a los que ayudaron" */
        else if (screen_tok_is(n, i, "cobrarles") ||
                 screen_tok_is(n, i, "cobrarle")) {
            found = screen_tok_is(n, i + 1, "piso") ||
                    screen_tok_is(n, i + 1, "cuota");
            b = i + 2;
        } else if (screen_tok_is(n, i, "vale") || screen_tok_is(n, i, "better"))
            found = q_better_pay(n, i, &a, &b);
        else if (i > 0 && screen_tok_is(n, i - 1, "we") &&
                 screen_tok_is(n, i, "charge")) {
            a = i - 1;
            found = true;
        } else if (i > 2 && screen_tok_is(n, i - 3, "we") &&
                   screen_tok_is(n, i - 2, "provide") &&
                   screen_tok_is(n, i - 1, "a") &&
                   screen_tok_is(n, i, "service")) {
            a = i - 3;
            found = true;
        }
    } else if (c & Q_USUAL) {
        /* like always, como siempre, as usual */
        static const char *const like[] = {"like", "como", "as", "de"};
        found = i > 0 && screen_tok_in(n, i - 1, like, SCREEN_NWORDS(like)) &&
                q_price_each(n, text, i) && !q_any(n, Q_THEY);
        a = i - (i > 0);
    }
    if (!found || q_any(n, Q_REPORT))
        return -1;
    /* a lender's rate: "We charge 5% a month" */
    if (screen_tok_is(n, i, "charge") && i + 2 < n->ntok &&
        (screen_tok_is(n, i + 2, "a") || screen_tok_is(n, i + 2, "per") ||
         screen_tok_is(n, i + 2, "interest")))
        return -1;
    /* "no cobramos nada", "we charge nothing" */
    if ((c & Q_VOICE) &&
        ((a > 0 && (qc(n, a - 1) & Q_DENY)) ||
         screen_tok_is(n, i + 1, "nada") || screen_tok_is(n, i + 1, "nothing")))
        return -1;
    /* the promise denied or complained of: "even those who pay", "ni
     * pagando", "aunque paguen" */
    static const char *const even[] = {"even", "ni", "aunque", "still"};
    for (size_t k = 0; k < n->ntok; k++)
        if (screen_tok_in(n, k, even, SCREEN_NWORDS(even)) &&
            (qc(n, k + 1) & Q_PAY || qc(n, k + 2) & Q_PAY ||
             qc(n, k + 3) & Q_PAY))
            return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_quota_grammar = {q_words_table, q_at};
