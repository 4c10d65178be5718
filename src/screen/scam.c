/*
 * scam.c - spam and scams that sell something and say where to buy it.
 *
 * Why a rule: only the hold head and the threat head decide a hold, and
 * the hold head learned spam from 1,556 YouTube rows among some 80,000,
 * so "Join my VIP signals group, 97% win rate t.me/somechannel" passes.
 * The spam head reads it as spam, but it learned from YouTube that a
 * link is spam and scores a reader's "Source: https://apnews.com/..." at
 * 0.95, so it cannot decide a hold alone (models/README.md, "Known
 * failure modes"). On this beat the spam that matters is a scam in
 * Spanish or English: trading signals, loans without a credit check,
 * jobs from home, bought followers, money "recovered" from a fake broker,
 * a giveaway that doubles your bitcoin, the "uncensored video" behind a
 * short link.
 *
 * What it reads: an OFFER and, within SCAM_REACH words of it, a way to
 * take it up.
 *
 *   - offers: money promised per hour, day, week or month ("$500 a
 *     week", "3000 pesos a la semana"), earnings with an amount ("I made
 *     $7,900", "gana 5k", "families can receive $5,000 USD"), trading
 *     signals, forex, a giveaway, an airdrop, a win rate, doubling or
 *     multiplying your
 *     money ("convertí 2mil pesos en 80mil"); loans said to be fast or without
 * a credit check
 *     ("préstamos rápidos sin buró"); followers,
 *     likes or views for sale ("cheap followers", "compra seguidores");
 *     money recovered ("recovered all my money"); work from home or
 *     online ("trabajo desde casa", "trabajo en línea"), hiring
 *     ("busco personas", "NOW HIRING", "sin experiencia", "no se requiere
 *     experiencia", "pago semanal", "paid weekly", "weekly pay", "gánate
 *     4000 x semana": the fake job ads through which cartels recruit
 *     teenagers read like any other); an
 *     uncensored, uncut or leaked video ("sin censura", "video filtrado");
 *     dating bait ("hot singles", "singles in your area", "solteras de
 *     tu zona"); votes bought or sold ("VOTES FOR SALE", "vendo los votos
 *     de mi familia", "celular gratis por cada voto"); a channel
 *     promoted ("sigan el canal", "Narco Press Exposed channel") and
 *     goods sold cheap ("CHEAP BAIL BONDS", "celulares baratos"), which
 *     need an invitation or a short link; work sold by its pay with
 *     someone to ask for in person ("the company pays well. Ask for Don
 *     Chuy at the Pemex", "chamba bien pagada, pregunte x el güero");
 *     a border crossing sold ("coyote service", "servicio de coyote",
 *     "GUARANTEED crossing", "cruce seguro"); loans lent fast ("we lend
 *     fast"); a booking paid by transfer in
 *     a comment with a price or a price cut ("80% descuento!!! pagas x
 *     transferencia", "aparta con depósito"), or a deposit with its
 *     amount ("libero tu auto por un depósito de 1,200, mándame mensaje");
 *   - ways to take it up: an invitation in the first person or the
 *     imperative ("message me", "DM", "join my", "contact me",
 *     "escríbeme", "mándame mensaje", "sígueme", "call now", "informes
 *     por", "visita mi perfil", "click aquí", "te paso el link", "link in
 *     bio", "number in my profile"; not after "don't" or "no" in the same
 *     sentence: "don't click"; not "visit the fundraiser"), a
 *     short or chat link (t.me/…, wa.me/…, bit.ly/… and the other
 *     shorteners, in a URL or not), a domain spelled so no filter reads
 *     it ("somesite . net", "seguidoresmx punto com", "recoveryx at
 *     gmail dot com"), a handle after a messenger ("Telegram
 *     @CreditoYa"), or a plain domain ("some-event.com", or
 *     "www.some-event.com" typed with no "https://").
 *
 * Some offers are also what a report says ("the governor earns $10,000 a
 * month", "el sueldo semanal de un policía"), and a plain domain may be
 * a name ("Amazon.com is hiring"): money per period, earnings, pay per
 * week and crypto, trading or investment named alone need an invitation,
 * a short link or a spelled-out domain; a "full video" / "video
 * completo" needs a short link or a spelled-out domain.
 *
 * A domain whose name holds an offer ("seguidoresmx punto com") is both.
 * A link alone (a source) and an offer alone ("the cartel offers $500 a
 * week", "I work from home too") pass, and so does a comment that speaks
 * of a scam ("a crypto scam on Telegram, be careful"), except money
 * recovered, whose spam always speaks of the scam it undoes. An http or
 * www link to anything but a shortener or a messenger is no way to take
 * up an offer here: readers link their sources.
 *
 * Cost: every word is looked at once, a bit of the word table's start
 * filter (and, when the comment has a currency sign, its first byte);
 * only a comment with a word that may start an offer is read further.
 * Matches are spans of the original text, from the offer to the last
 * invitation or link near it. It is a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    /* words that may start an offer (SC_START) */
    SC_TRADE = 1ull << 0,   /* signals, forex, giveaway, airdrop: on sight */
    SC_DOUBLE = 1ull << 1,  /* double, duplica: before your money */
    SC_WIN = 1ull << 2,     /* win: before rate */
    SC_CRYPTO = 1ull << 3,  /* bitcoin, crypto, trading, invest: weak */
    SC_EARN = 1ull << 4,    /* earn, made, gana, ingresos: before an amount */
    SC_UNIT = 1ull << 5,    /* pesos, dollars, usd: after a number */
    SC_LOAN = 1ull << 6,    /* loans, préstamos: with a qualifier */
    SC_FOLLOW = 1ull << 7,  /* followers, seguidores, likes: after cheap */
    SC_RECOVER = 1ull << 8, /* recovered, recuperar: before money */
    SC_HOME = 1ull << 9,    /* home, casa: work from home, desde casa */
    SC_ONLINE = 1ull << 10, /* online, linea: work online, en línea */
    SC_HIRE = 1ull << 11,   /* hiring, busco, solicito: before people */
    SC_NOEXP = 1ull << 12,  /* experience, experiencia: after no, sin */
    SC_PAY = 1ull << 13,    /* pay, pago, sueldo: before a period */
    SC_CENSOR = 1ull << 14, /* uncensored; censura after sin */
    SC_LEAK = 1ull << 15,   /* leaked, filtrado: by a video */
    SC_VIDEO = 1ull << 16,  /* video: full video, video completo */
    SC_TLD = 1ull << 17,    /* com, net, org: a domain's end */
    SC_DATE = 1ull << 18,   /* singles, solteras: "hot singles", "solteras
                               de tu zona" */
    SC_IN = 1ull << 19,     /* in: "link in bio" */
    /* words read around an offer */
    SC_PERIOD = 1ull << 20,   /* day, week, semana, mensual, hora */
    SC_FUNDS = 1ull << 21,    /* money, funds, dinero, fondos, savings */
    SC_EXTRA = 1ull << 22,    /* extra, passive, pasivos: earnings */
    SC_LOANQ = 1ull << 23,    /* fast, rápidos, buró, aval, approved */
    SC_BOOST = 1ull << 24,    /* cheap, buy, compra, real, more, gain */
    SC_PEOPLE = 1ull << 25,   /* personas, gente, people, socios */
    SC_WORK = 1ull << 26,     /* work, job, trabajo, empleo, earn, gana */
    SC_FROM = 1ull << 27,     /* from, desde; en: before home or línea */
    SC_NO = 1ull << 28,       /* no, sin, without, zero */
    SC_FULL = 1ull << 29,     /* full, completo, completos, entero */
    SC_ME = 1ull << 30,       /* me, us: after a verb of contact */
    SC_CONTACT = 1ull << 31,  /* message, dm, text, contact, email, hit */
    SC_INVITE = 1ull << 32,   /* escríbeme, mándame, dm, inbox, únete */
    SC_JOIN = 1ull << 33,     /* join */
    SC_JOINED = 1ull << 34,   /* my, our, now, us, vip, group: after join */
    SC_VISIT = 1ull << 35,    /* visit, visita, click, entra, tap */
    SC_INFO = 1ull << 37,     /* informes, info, detalles */
    SC_VIA = 1ull << 38,      /* por, al, via, inbox, dm, privado: after info */
    SC_SEND = 1ull << 39,     /* manda, envía, escribe, send, reply */
    SC_SENT = 1ull << 40,     /* mensaje, inbox, dm, whatsapp, privado */
    SC_APP = 1ull << 41,      /* telegram, whatsapp, instagram, ig */
    SC_NOT = 1ull << 42,      /* dont, never, no, nunca, ni: "don't click" */
    SC_SCAM = 1ull << 43,     /* scam, estafa, fraude, beware, cuidado */
    SC_DOT = 1ull << 44,      /* punto, dot: a domain spelled out */
    SC_SHORTEND = 1ull << 45, /* me, ly, gl, gd, gy, ee, co, cc: a short
                                 link's end */
    SC_LINKW = 1ull << 46,    /* link, enlace, links */
    SC_PASS = 1ull << 47,     /* paso, pasamos, mando: "te paso el link" */
    SC_BIO = 1ull << 48,      /* bio, perfil, profile, descripción */
    SC_USER = 1ull << 49,     /* _user_: a handle */
    SC_URL = 1ull << 50,      /* _url_: a link */
    SC_MINE = 1ull << 51,     /* my, our, mi, aquí, here: "visita mi perfil" */
    SC_WE = 1ull << 52,       /* we, were, im, i: "we're hiring" */
    SC_VOTE = 1ull << 53,     /* vote, votos: bought or sold */
    SC_TRADES = 1ull << 54,   /* sale, vendo, compro, pagamos, gratis: a
                                 vote's price */
    SC_CHANNEL = 1ull << 55,  /* channel, canal: a channel promoted */
    SC_CHEAP = 1ull << 56,    /* cheap, baratos: goods sold cheap */
    SC_CALL = 1ull << 57,     /* call: before now or today */
    SC_TRANSFER = 1ull << 58, /* transfer, transferencia, deposito: how a
                                 booking is paid */
    SC_DEAL = 1ull << 59,     /* off, descuento, oferta, promo: a price cut */
    SC_PAYS = 1ull << 60,     /* pay, pagas, aparta: before a transfer */
    SC_ASKFOR = 1ull << 61,   /* ask, pregunte: "ask for Don Chuy" */
    SC_CROSS = 1ull << 62,    /* coyote, crossing, cruce: a border crossing
                                 sold */
    SC_RESULTS = 1ull << 63,  /* results, resultados, returns, ganancia:
                                 "... guaranteed", a way out of jail or a
                                 case sold, or an investment */
};

#define SC_START                                                               \
    (SC_TRADE | SC_DOUBLE | SC_WIN | SC_CRYPTO | SC_EARN | SC_UNIT | SC_LOAN | \
     SC_FOLLOW | SC_RECOVER | SC_HOME | SC_ONLINE | SC_HIRE | SC_NOEXP |       \
     SC_PAY | SC_CENSOR | SC_LEAK | SC_VIDEO | SC_TLD | SC_DATE | SC_VOTE |    \
     SC_CHANNEL | SC_CHEAP | SC_TRANSFER | SC_CROSS | SC_RESULTS | SC_PERIOD)

static const struct screen_wc_word sc_words[] = {
    /* dating bait */
    {"singles", SC_DATE},
    {"solteras", SC_DATE},
    {"solteros", SC_DATE},
    /* trading and giveaways */
    {"signals", SC_TRADE},
    {"senales", SC_TRADE},
    {"señales", SC_TRADE},
    {"forex", SC_TRADE},
    {"giveaway", SC_TRADE},
    {"iphone", SC_TRADE}, /* "GANA UN IPHONE ... link en mi perfil" */
    {"casino", SC_TRADE},
    {"apuestas", SC_TRADE},
    {"giveaways", SC_TRADE},
    {"airdrop", SC_TRADE},
    {"usdt", SC_TRADE},
    {"winrate", SC_TRADE},
    {"double", SC_DOUBLE},
    {"doubled", SC_DOUBLE},
    {"duplica", SC_DOUBLE},
    {"duplicar", SC_DOUBLE},
    {"duplicamos", SC_DOUBLE},
    {"multiplica", SC_DOUBLE},
    {"multiplicar", SC_DOUBLE},
    {"multiply", SC_DOUBLE},
    {"triplica", SC_DOUBLE},
    {"win", SC_WIN},
    {"btc", SC_CRYPTO},
    {"bitcoin", SC_CRYPTO},
    {"crypto", SC_CRYPTO},
    {"cripto", SC_CRYPTO},
    {"criptomonedas", SC_CRYPTO},
    {"cryptocurrency", SC_CRYPTO},
    {"binance", SC_CRYPTO},
    {"trading", SC_CRYPTO},
    {"invest", SC_CRYPTO},
    {"investment", SC_CRYPTO},
    {"inversion", SC_CRYPTO},
    {"invertir", SC_CRYPTO},
    {"profit", SC_CRYPTO},
    {"profits", SC_CRYPTO},
    {"ganancias", SC_CRYPTO},
    /* earnings with an amount */
    {"earn", SC_EARN | SC_WORK},
    {"earned", SC_EARN | SC_WORK},
    {"earning", SC_EARN | SC_WORK},
    {"earns", SC_EARN | SC_WORK},
    {"made", SC_EARN},
    {"receive", SC_EARN},
    {"recibe", SC_EARN},
    {"receives", SC_EARN},
    {"recibio", SC_EARN},
    {"reciben", SC_EARN},
    {"recibir", SC_EARN},
    {"make", SC_EARN},
    {"making", SC_EARN},
    {"gana", SC_EARN | SC_WORK | SC_BOOST},
    {"ganar", SC_EARN | SC_WORK | SC_BOOST},
    {"gane", SC_EARN | SC_WORK},
    {"gano", SC_EARN | SC_WORK},
    {"ganas", SC_EARN | SC_WORK},
    {"ganan", SC_EARN | SC_WORK},
    {"ganando", SC_EARN | SC_WORK},
    {"ganamos", SC_EARN | SC_WORK},
    {"ganate", SC_EARN | SC_WORK},
    {"genera", SC_EARN | SC_WORK},
    {"generar", SC_EARN | SC_WORK},
    {"income", SC_EARN | SC_WORK},
    {"converti", SC_EARN},
    {"turned", SC_EARN},
    {"ingresos", SC_EARN | SC_WORK},
    {"pesos", SC_UNIT},
    {"dolares", SC_UNIT},
    {"dollars", SC_UNIT},
    {"usd", SC_UNIT},
    {"dlls", SC_UNIT},
    {"dls", SC_UNIT},
    {"mxn", SC_UNIT},
    {"bucks", SC_UNIT},
    {"euros", SC_UNIT},
    /* loans */
    {"loan", SC_LOAN},
    {"lend", SC_LOAN},
    {"coyote", SC_CROSS},
    {"crossing", SC_CROSS},
    {"crossings", SC_CROSS},
    {"cruce", SC_CROSS},
    {"cruces", SC_CROSS},
    {"loans", SC_LOAN},
    {"prestamo", SC_LOAN},
    {"prestamos", SC_LOAN},
    {"credito", SC_LOAN},
    {"creditos", SC_LOAN},
    {"fast", SC_LOANQ},
    {"quick", SC_LOANQ},
    {"instant", SC_LOANQ},
    {"easy", SC_LOANQ},
    {"rapido", SC_LOANQ},
    {"rapidos", SC_LOANQ},
    {"rapida", SC_LOANQ},
    {"rapidas", SC_LOANQ},
    {"facil", SC_LOANQ},
    {"faciles", SC_LOANQ},
    {"buro", SC_LOANQ},
    {"aval", SC_LOANQ},
    {"aprobacion", SC_LOANQ},
    {"aprobado", SC_LOANQ},
    {"approved", SC_LOANQ},
    {"approval", SC_LOANQ},
    {"guaranteed", SC_LOANQ},
    {"garantizado", SC_LOANQ},
    {"garantizados", SC_LOANQ},
    {"garantizada", SC_LOANQ},
    {"garantizadas", SC_LOANQ},
    {"hora", SC_LOANQ}, /* "te prestamos 50 mil en 1 hora" */
    {"horas", SC_LOANQ},
    {"minutos", SC_LOANQ},
    {"hour", SC_LOANQ},
    {"hours", SC_LOANQ},
    {"minutes", SC_LOANQ},
    {"results", SC_RESULTS},
    {"resultados", SC_RESULTS},
    {"returns", SC_RESULTS},
    {"profit", SC_RESULTS},
    {"profits", SC_RESULTS},
    {"ganancia", SC_RESULTS},
    {"ganancias", SC_RESULTS},
    {"rendimientos", SC_RESULTS},
    /* followers for sale */
    {"followers", SC_FOLLOW},
    {"seguidores", SC_FOLLOW},
    {"likes", SC_FOLLOW},
    {"views", SC_FOLLOW},
    {"subscribers", SC_FOLLOW},
    {"suscriptores", SC_FOLLOW},
    {"vistas", SC_FOLLOW},
    {"reproducciones", SC_FOLLOW},
    {"cheap", SC_BOOST | SC_CHEAP},
    {"barato", SC_CHEAP},
    {"barata", SC_CHEAP},
    {"baratas", SC_CHEAP},
    {"buy", SC_BOOST},
    {"sell", SC_BOOST},
    {"selling", SC_BOOST},
    {"compra", SC_BOOST},
    {"comprar", SC_BOOST},
    {"baratos", SC_BOOST | SC_CHEAP},
    {"real", SC_BOOST},
    {"reales", SC_BOOST},
    {"more", SC_BOOST},
    {"mas", SC_BOOST},
    {"get", SC_BOOST},
    {"gain", SC_BOOST},
    {"consigue", SC_BOOST},
    {"aumenta", SC_BOOST},
    {"increase", SC_BOOST},
    {"boost", SC_BOOST},
    {"grow", SC_BOOST},
    /* money recovered */
    {"recover", SC_RECOVER},
    {"recovered", SC_RECOVER},
    {"recupere", SC_RECOVER},
    {"recupera", SC_RECOVER},
    {"recovering", SC_RECOVER},
    {"recovery", SC_RECOVER},
    {"recupero", SC_RECOVER},
    {"recupere", SC_RECOVER},
    {"recuperar", SC_RECOVER},
    {"recuperaron", SC_RECOVER},
    {"recuperamos", SC_RECOVER},
    {"money", SC_FUNDS},
    {"funds", SC_FUNDS},
    {"dinero", SC_FUNDS},
    {"fondos", SC_FUNDS},
    {"savings", SC_FUNDS},
    {"ahorros", SC_FUNDS},
    {"pension", SC_FUNDS},
    {"lana", SC_FUNDS},
    {"extra", SC_EXTRA},
    {"passive", SC_EXTRA},
    {"pasivo", SC_EXTRA},
    {"pasivos", SC_EXTRA},
    /* work from home, hiring */
    {"home", SC_HOME},
    {"casa", SC_HOME},
    {"online", SC_ONLINE},
    {"linea", SC_ONLINE},
    {"from", SC_FROM},
    {"in", SC_IN}, /* "link in bio" */
    {"desde", SC_FROM},
    {"en", SC_FROM},
    {"work", SC_WORK},
    {"working", SC_WORK},
    {"job", SC_WORK},
    {"jobs", SC_WORK},
    {"trabajo", SC_WORK},
    {"trabajar", SC_WORK},
    {"trabajando", SC_WORK},
    {"trabaja", SC_WORK},
    {"empleo", SC_WORK},
    {"chamba", SC_WORK},
    {"hiring", SC_HIRE},
    {"busco", SC_HIRE},
    {"buscamos", SC_HIRE},
    {"buscan", SC_HIRE}, /* "se buscan muchachos" */
    {"busca", SC_HIRE},
    {"solicito", SC_HIRE},
    {"solicitamos", SC_HIRE},
    {"personas", SC_PEOPLE},
    {"gente", SC_PEOPLE},
    {"chicas", SC_PEOPLE},
    {"chicos", SC_PEOPLE},
    {"socios", SC_PEOPLE},
    {"interesados", SC_PEOPLE | SC_INVITE},
    {"vendedores", SC_PEOPLE},
    {"promotores", SC_PEOPLE},
    {"people", SC_PEOPLE},
    {"muchachos", SC_PEOPLE},
    {"muchacho", SC_PEOPLE},
    {"jovenes", SC_PEOPLE},
    {"experience", SC_NOEXP},
    {"experiencia", SC_NOEXP},
    {"no", SC_NO | SC_NOT},
    {"sin", SC_NO},
    {"without", SC_NO},
    {"zero", SC_NO},
    {"pay", SC_PAY},
    {"paid", SC_PAY},
    {"pays", SC_PAY},
    {"pagada", SC_PAY},
    {"pagado", SC_PAY},
    {"paga", SC_PAY},
    {"sueldo", SC_PAY},
    {"salary", SC_PAY},
    {"day", SC_PERIOD},
    {"daily", SC_PERIOD},
    {"dia", SC_PERIOD},
    {"diario", SC_PERIOD},
    {"diarios", SC_PERIOD},
    {"week", SC_PERIOD},
    {"weekly", SC_PERIOD},
    {"semana", SC_PERIOD},
    {"semanal", SC_PERIOD},
    {"semanales", SC_PERIOD},
    {"month", SC_PERIOD},
    {"monthly", SC_PERIOD},
    {"mes", SC_PERIOD},
    {"mensual", SC_PERIOD},
    {"mensuales", SC_PERIOD},
    {"hour", SC_PERIOD},
    {"hourly", SC_PERIOD},
    {"hora", SC_PERIOD},
    {"hr", SC_PERIOD},
    {"hrs", SC_PERIOD},
    /* a booking paid by transfer, with a price cut */
    {"transfer", SC_TRANSFER},
    {"transferencia", SC_TRANSFER},
    {"deposito", SC_TRANSFER},
    {"deposit", SC_TRANSFER},
    {"off", SC_DEAL},
    {"descuento", SC_DEAL},
    {"discount", SC_DEAL},
    {"oferta", SC_DEAL},
    {"ofertas", SC_DEAL},
    {"promo", SC_DEAL},
    {"deal", SC_DEAL},
    {"deals", SC_DEAL},
    {"pagas", SC_PAYS},
    {"aparta", SC_PAYS},
    {"apartas", SC_PAYS},
    /* votes bought and sold, a channel promoted */
    {"vote", SC_VOTE},
    {"votes", SC_VOTE},
    {"voto", SC_VOTE},
    {"votos", SC_VOTE},
    {"sale", SC_TRADES},
    {"venta", SC_TRADES},
    {"vendo", SC_TRADES | SC_BOOST},
    {"vendemos", SC_TRADES},
    {"compro", SC_TRADES},
    {"compramos", SC_TRADES},
    {"pagamos", SC_TRADES},
    {"pago", SC_PAY | SC_TRADES},
    {"gratis", SC_TRADES | SC_BOOST},
    {"free", SC_TRADES | SC_BOOST | SC_JOINED},
    {"cash", SC_TRADES | SC_FUNDS},
    {"channel", SC_CHANNEL | SC_JOINED},
    {"canal", SC_CHANNEL},
    {"register", SC_JOIN},
    /* videos */
    {"uncensored", SC_CENSOR},
    {"uncut", SC_CENSOR},
    {"censura", SC_CENSOR},
    {"leaked", SC_LEAK},
    {"filtrado", SC_LEAK},
    {"filtrados", SC_LEAK},
    {"video", SC_VIDEO},
    {"videos", SC_VIDEO},
    {"full", SC_FULL},
    {"completo", SC_FULL},
    {"completos", SC_FULL},
    /* domains: the ends that start a look (com, net, ...) and those of
     * short links only (t.me, bit.ly), which are words too */
    {"com", SC_TLD},
    {"cc", SC_TLD},
    {"top", SC_TLD},
    {"live", SC_TLD},
    {"pro", SC_TLD},
    {"net", SC_TLD},
    {"org", SC_TLD},
    {"io", SC_TLD},
    {"xyz", SC_TLD},
    {"info", SC_TLD | SC_INFO},
    {"club", SC_TLD},
    {"biz", SC_TLD},
    {"site", SC_TLD},
    {"online", SC_TLD},
    {"shop", SC_TLD},
    {"vip", SC_TLD | SC_JOINED},
    {"mx", SC_TLD},
    {"me", SC_SHORTEND | SC_ME},
    {"ly", SC_SHORTEND},
    {"gl", SC_SHORTEND},
    {"gd", SC_SHORTEND},
    {"gy", SC_SHORTEND},
    {"ee", SC_SHORTEND},
    {"cc", SC_SHORTEND},
    {"gg", SC_SHORTEND},
    {"punto", SC_DOT},
    {"dot", SC_DOT},
    /* invitations */
    {"us", SC_ME | SC_JOINED},
    {"message", SC_CONTACT | SC_SENT},
    {"msg", SC_CONTACT},
    {"dm", SC_CONTACT | SC_INVITE | SC_VIA | SC_SENT},
    {"dms", SC_INVITE | SC_SENT},
    {"inbox", SC_CONTACT | SC_INVITE | SC_VIA | SC_SENT},
    {"text", SC_CONTACT},
    {"contact", SC_CONTACT},
    {"email", SC_CONTACT},
    {"mail", SC_CONTACT},
    {"hit", SC_CONTACT},
    {"reach", SC_CONTACT},
    {"write", SC_CONTACT},
    {"add", SC_CONTACT},
    {"ask", SC_CONTACT | SC_ASKFOR},
    {"pregunte", SC_ASKFOR},
    {"pregunta", SC_ASKFOR},
    {"follow", SC_CONTACT},
    {"whatsapp", SC_CONTACT | SC_APP | SC_VIA | SC_SENT},
    {"telegram", SC_CONTACT | SC_APP | SC_VIA | SC_SENT},
    {"wechat", SC_CONTACT | SC_APP | SC_VIA | SC_SENT},
    {"escribeme", SC_INVITE},
    {"escribenos", SC_INVITE},
    {"mandame", SC_INVITE},
    {"mandenme", SC_INVITE},
    {"escribanme", SC_INVITE},
    {"contactenme", SC_INVITE},
    {"mandanos", SC_INVITE},
    {"enviame", SC_INVITE},
    {"contactame", SC_INVITE},
    {"contactanos", SC_INVITE},
    {"contactenos", SC_INVITE},
    {"agregame", SC_INVITE},
    {"preguntame", SC_INVITE},
    {"pregunten", SC_INVITE | SC_ASKFOR},
    {"preguntenme", SC_INVITE},
    {"llamame", SC_INVITE},
    {"unete", SC_INVITE},
    {"sigueme", SC_INVITE},
    {"siguenos", SC_INVITE},
    {"call", SC_CALL},
    {"llamanos", SC_INVITE},
    {"unanse", SC_INVITE},
    {"registrate", SC_INVITE},
    {"inscribete", SC_INVITE},
    {"join", SC_JOIN},
    {"my", SC_JOINED | SC_MINE},
    {"our", SC_JOINED | SC_MINE},
    {"mi", SC_MINE},
    {"now", SC_JOINED},
    {"today", SC_JOINED},
    {"group", SC_JOINED},
    {"visit", SC_VISIT},
    {"visita", SC_VISIT},
    {"visiten", SC_VISIT},
    {"click", SC_VISIT},
    {"clic", SC_VISIT},
    {"clik", SC_VISIT},
    {"entra", SC_VISIT},
    {"check", SC_VISIT},
    {"mis", SC_MINE},
    {"nuestro", SC_MINE},
    {"nuestra", SC_MINE},
    {"aqui", SC_MINE},
    {"here", SC_MINE},
    {"we", SC_WE},
    {"were", SC_WE},
    {"im", SC_WE},
    {"i", SC_WE},
    {"tap", SC_VISIT},
    {"informes", SC_INFO},
    {"informacion", SC_INFO},
    {"detalles", SC_INFO},
    {"details", SC_INFO},
    {"por", SC_VIA},
    {"al", SC_VIA},
    {"via", SC_VIA},
    {"privado", SC_VIA | SC_SENT},
    {"mp", SC_VIA | SC_SENT},
    {"md", SC_VIA | SC_SENT},
    {"manda", SC_SEND},
    {"mande", SC_SEND},
    {"manden", SC_SEND},
    {"mandar", SC_SEND},
    {"envia", SC_SEND},
    {"envien", SC_SEND},
    {"enviar", SC_SEND},
    {"escribe", SC_SEND},
    {"escriban", SC_SEND},
    {"send", SC_SEND},
    {"reply", SC_SEND},
    {"responde", SC_SEND},
    {"comenta", SC_SEND},
    {"mensaje", SC_SENT},
    {"mensajes", SC_SENT},
    {"instagram", SC_APP},
    {"insta", SC_APP},
    {"ig", SC_APP},
    {"tg", SC_APP},
    {"wa", SC_APP},
    {"tiktok", SC_APP},
    {"snapchat", SC_APP},
    {"snap", SC_APP},
    {"signal", SC_APP},
    {"discord", SC_APP},
    {"dont", SC_NOT},
    {"never", SC_NOT},
    {"nunca", SC_NOT},
    {"not", SC_NOT},
    {"ni", SC_NOT},
    {"link", SC_LINKW},
    {"links", SC_LINKW},
    {"enlace", SC_LINKW},
    {"paso", SC_PASS},
    {"pasamos", SC_PASS},
    {"bio", SC_BIO},
    {"perfil", SC_BIO},
    {"profile", SC_BIO},
    {"descripcion", SC_BIO},
    {"_user_", SC_USER},
    {"_url_", SC_URL},
    /* a comment that speaks of a scam */
    {"scam", SC_SCAM},
    {"scams", SC_SCAM},
    {"scammer", SC_SCAM},
    {"scammers", SC_SCAM},
    {"scammed", SC_SCAM},
    {"estafa", SC_SCAM},
    {"estafas", SC_SCAM},
    {"estafador", SC_SCAM},
    {"estafadores", SC_SCAM},
    {"estafaron", SC_SCAM},
    {"fraude", SC_SCAM},
    {"fraudes", SC_SCAM},
    {"fraud", SC_SCAM},
    {"beware", SC_SCAM},
    {"cuidado", SC_SCAM},
    {"careful", SC_SCAM},
    {"warning", SC_SCAM},
    {"fake", SC_SCAM},
    {"hoax", SC_SCAM},
    {"spam", SC_SCAM}, /* a reader reporting it: "someone keeps posting" */
    {"spammer", SC_SCAM},
    {"spammers", SC_SCAM},
    {"reporting", SC_SCAM},
    {"reportando", SC_SCAM},
    {"reporten", SC_SCAM},
};

static struct screen_wc_list sc_list = SCREEN_WC_LIST(sc_words, SC_START);

/* How far from an offer its invitation or link may stand, in words. */
#define SCAM_REACH 30

/* What takes an offer up. */
enum {
    TAKE_INVITE = 1, /* message me, escríbeme, visita mi perfil */
    TAKE_SHORT = 2,  /* t.me, bit.ly, x punto com, a handle after a
                        messenger: a link that hides where it goes or opens
                        a chat */
    TAKE_DOMAIN = 4, /* some-site.com, which may be a name ("Amazon.com") */
};

/* What an offer needs to be taken up by. */
enum {
    NEED_ANY = TAKE_INVITE | TAKE_SHORT | TAKE_DOMAIN,
    /* money per week, pay, crypto named alone: also a report ("the
     * governor earns $10,000 a month"), which may name a site */
    NEED_WEAK = TAKE_INVITE | TAKE_SHORT,
    NEED_SHORT = TAKE_SHORT, /* a full video */
};

struct sc_offer {
    size_t a, b;  /* tokens [a, b) */
    int need;     /* NEED_* */
    bool recover; /* money recovered: a scam's talk does not release it */
    bool in_link; /* the offer is a domain's name: it takes itself up */
};

static uint64_t scc(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&sc_list.table, n, j);
}

/* Whether token j is cls, false outside the comment. */
static bool sc_is(const struct screen_norm *n, size_t j, uint64_t cls)
{
    return j < n->ntok && (scc(n, j) & cls);
}

/* Whether token j of n starts with a digit in the normalised text. */
static bool sc_digits(const struct screen_norm *n, size_t j)
{
    if (j >= n->ntok)
        return false;
    char c = n->text[n->tok[j].off];
    return c >= '0' && c <= '9';
}

/* Whether a currency sign is written on token j or just before it ("$500",
 * "US$500", "$ 500", "€50"). */
static bool sc_signed(const struct screen_norm *n, const char *text, size_t j)
{
    const struct screen_tok *t = &n->tok[j];
    for (uint32_t q = 0; q < t->orig_len && q < 4; q++)
        if (text[t->orig_off + q] == '$')
            return true;
    uint32_t lo = j > 0 ? n->tok[j - 1].orig_off + n->tok[j - 1].orig_len : 0;
    const unsigned char *s = (const unsigned char *)text;
    uint32_t q = t->orig_off;
    if (q > lo && s[q - 1] == ' ')
        q--;
    if (q > lo && s[q - 1] == '$')
        return true;
    if (q >= lo + 3 && s[q - 3] == 0xe2 && s[q - 2] == 0x82 && s[q - 1] == 0xac)
        return true;                                            /* € */
    return q >= lo + 2 && s[q - 2] == 0xc2 && s[q - 1] == 0xa3; /* £ */
}

/* Whether token j is an amount of money: a number with a currency sign,
 * before a unit ("3000 pesos") or with a k ("5k"). *end gets the token
 * after it. */
static bool sc_amount(const struct screen_norm *n, const char *text, size_t j,
                      size_t *end)
{
    if (j >= n->ntok)
        return false;
    const char *w = n->text + n->tok[j].off;
    if (!sc_digits(n, j) && !(n->tok[j].len > 2 && w[0] == 'u' && w[1] == 's' &&
                              w[2] >= '0' && w[2] <= '9')) /* "US$500" */
        return false;
    *end = j + 1;
    /* "$7,900": the thousands are a token of their own */
    while (*end < n->ntok && sc_digits(n, *end) &&
           n->tok[*end].orig_off ==
               n->tok[*end - 1].orig_off + n->tok[*end - 1].orig_len + 1 &&
           (text[n->tok[*end].orig_off - 1] == ',' ||
            text[n->tok[*end].orig_off - 1] == '.'))
        (*end)++;
    if (sc_is(n, *end, SC_UNIT)) {
        (*end)++;
        return true;
    }
    const struct screen_tok *t = &n->tok[j];
    if (t->len >= 2 && n->text[t->off + t->len - 1] == 'k')
        return true;
    return sc_signed(n, text, j);
}

/* Whether a period follows within a few words of token j: "a week",
 * "/day", "a la semana", "por hora". */
static size_t sc_period_after(const struct screen_norm *n, size_t j)
{
    for (size_t k = j; k < j + 4 && k < n->ntok; k++)
        if (scc(n, k) & SC_PERIOD)
            return k + 1;
    return 0;
}

static bool sc_asked_for(const struct screen_norm *n, const char *text,
                         size_t j);

/* Whether the comment names someone to ask for in person. */
static bool sc_someone_to_ask(const struct screen_norm *n, const char *text)
{
    for (size_t j = 0; j < n->ntok; j++)
        if ((scc(n, j) & SC_ASKFOR) && sc_asked_for(n, text, j))
            return true;
    return false;
}

/* "well", "bien": around a word of pay, work sold by it. */
static const char *const sc_well[] = {"well", "bien"};

/* The offer whose word is token i (which passed the start filter), or
 * false. */
static bool sc_offer_at(const struct screen_norm *n, const char *text, size_t i,
                        struct sc_offer *o)
{
    uint64_t c = scc(n, i);
    *o = (struct sc_offer){i, i + 1, NEED_ANY, false, false};
    size_t e;
    if (!(c & (SC_START & ~SC_TLD)))
        return false; /* the filter let through a word of no offer */
    if (c & SC_TRADE)
        return true;
    if (c & SC_DATE) {
        /* "hot singles", "lonely singles", "singles in your area",
         * "solteras de tu zona", "solteras que quieren conocerte"; not
         * "the singles tournament", "madres solteras" */
        static const char *const bait[] = {"hot", "lonely", "sexy", "calientes",
                                           "ardientes"};
        static const char *const near[] = {"area", "zona",      "ciudad",
                                           "city", "conocerte", "meet"};
        if (i > 0 && screen_tok_in(n, i - 1, bait, SCREEN_NWORDS(bait))) {
            o->a = i - 1;
            return true;
        }
        for (size_t k = i + 1; k < i + 5 && k < n->ntok; k++)
            if (screen_tok_in(n, k, near, SCREEN_NWORDS(near))) {
                o->b = k + 1;
                return true;
            }
        return false;
    }
    if ((c & SC_DOUBLE) && (sc_is(n, i + 1, SC_FUNDS | SC_CRYPTO | SC_JOINED) ||
                            sc_is(n, i + 2, SC_FUNDS | SC_CRYPTO))) {
        o->b = i + 2;
        return true;
    }
    if ((c & SC_WIN) && i + 1 < n->ntok) {
        static const char *const rate[] = {"rate"};
        if (screen_tok_in(n, i + 1, rate, 1)) {
            o->b = i + 2;
            return true;
        }
    }
    if (c & SC_EARN) {
        /* "made $7,900", "gana 5k al mes", "ingresos extra": also what
         * someone is paid ("the governor earns $10,000 a month") */
        for (size_t k = i + 1; k < i + 4 && k < n->ntok; k++) {
            if (sc_amount(n, text, k, &e)) {
                o->b = e;
                o->need = NEED_WEAK;
                return true;
            }
            /* "gánate 4000 x semana": a number with a period after */
            if (sc_digits(n, k) && (e = sc_period_after(n, k + 1)) != 0) {
                o->b = e;
                o->need = NEED_WEAK;
                return true;
            }
            /* "earn money", "gana dinero extra" */
            if ((scc(n, k) & (SC_EXTRA | SC_FUNDS)) && (c & SC_WORK)) {
                o->b = k + 1;
                o->need = NEED_WEAK;
                return true;
            }
        }
    }
    /* a bare number paid by the period: "500 a day to hold a radio",
     * "3000 a la semana" (taken up only by an invitation) */
    if ((c & SC_PERIOD) && i >= 2) {
        static const char *const per[] = {"a", "al", "x", "por", "per", "la"};
        size_t k = i - 1;
        while (k > 0 && i - k <= 2 && screen_tok_in(n, k, per, 6))
            k--;
        /* ... in a comment of work or of the lookouts' radios (not "the
         * gym costs 300 a month") */
        static const char *const hired[] = {
            "radio",  "radios", "halcon", "halcones", "lookout", "lookouts",
            "jale",   "chamba", "job",    "jobs",     "work",    "trabajo",
            "morros", "chavos", "plebes", "boys"};
        bool hiring = false;
        for (size_t h = 0; h < n->ntok && !hiring; h++)
            hiring = screen_tok_in(n, h, hired, SCREEN_NWORDS(hired));
        if (hiring && k + 1 < i && sc_digits(n, k)) {
            o->a = k;
            o->b = i + 1;
            o->need = NEED_WEAK;
            return true;
        }
    }
    if ((c & SC_UNIT) && i > 0 && sc_digits(n, i - 1)) {
        e = sc_period_after(n, i + 1);
        if (e) {
            o->a = i - 1;
            o->b = e;
            o->need = NEED_WEAK;
            return true;
        }
    }
    if (c & SC_LOAN) {
        /* "préstamos rápidos", "te prestamos hasta 50 mil en 1 hora" */
        for (size_t k = i > 3 ? i - 3 : 0; k < i + 7 && k < n->ntok; k++)
            if (scc(n, k) & SC_LOANQ) {
                o->a = k < i ? k : i;
                o->b = k < i ? i + 1 : k + 1;
                return true;
            }
    }
    /* "results guaranteed", "resultados garantizados", "guaranteed
     * returns", "ganancia garantizada" (not "the results of the autopsy") */
    if ((c & SC_RESULTS) &&
        ((scc(n, i + 1) & SC_LOANQ) || (i > 0 && (scc(n, i - 1) & SC_LOANQ)))) {
        o->a = (scc(n, i + 1) & SC_LOANQ) ? i : i - 1;
        o->b = (scc(n, i + 1) & SC_LOANQ) ? i + 2 : i + 1;
        return true;
    }
    if ((c & SC_FOLLOW) && i > 0 &&
        ((scc(n, i - 1) & SC_BOOST) || sc_digits(n, i - 1) ||
         (i > 1 && (scc(n, i - 2) & SC_BOOST)))) {
        o->a =
            (scc(n, i - 1) & SC_BOOST) || sc_digits(n, i - 1) ? i - 1 : i - 2;
        return true;
    }
    if (c & SC_CROSS) {
        /* "coyote service", "servicio de coyote", "GUARANTEED crossing",
         * "cruce seguro" (not "the coyote who abandoned them", "the
         * crossing where they were taken") */
        static const char *const sold[] = {
            "service", "servicio", "guaranteed", "garantizado", "garantizados",
            "seguro",  "safe",     "seguros",    "100",         "99"};
        /* the word next to it, or "servicio de coyote" */
        static const char *const de[] = {"de"};
        size_t ns = SCREEN_NWORDS(sold), k = SIZE_MAX;
        if (screen_tok_in(n, i + 1, sold, ns))
            k = i + 1;
        else if (i > 0 && screen_tok_in(n, i - 1, sold, ns))
            k = i - 1;
        else if (i > 1 && screen_tok_in(n, i - 1, de, 1) &&
                 screen_tok_in(n, i - 2, sold, ns))
            k = i - 2;
        if (k != SIZE_MAX) {
            o->a = k < i ? k : i;
            o->b = k < i ? i + 1 : k + 1;
            return true;
        }
    }
    if (c & SC_RECOVER) {
        for (size_t k = i + 1; k < i + 5 && k < n->ntok; k++)
            if (scc(n, k) & (SC_FUNDS | SC_CRYPTO)) {
                o->b = k + 1;
                o->recover = true;
                return true;
            }
    }
    if ((c & (SC_HOME | SC_ONLINE)) && i > 0) {
        /* "work from home", "trabajo desde casa", "trabajo en línea",
         * "online job" */
        if (scc(n, i - 1) & SC_FROM) {
            for (size_t k = i - 1; k-- > 0 && k + 4 >= i;)
                if (scc(n, k) & SC_WORK) {
                    o->a = k;
                    return true;
                }
        }
        if ((c & SC_ONLINE) &&
            (sc_is(n, i + 1, SC_WORK) || (scc(n, i - 1) & SC_WORK))) {
            o->a = (scc(n, i - 1) & SC_WORK) ? i - 1 : i;
            o->b = (scc(n, i - 1) & SC_WORK) ? i + 1 : i + 2;
            return true;
        }
    }
    if (c & SC_HIRE) {
        /* "we're hiring", "hiring now", "NOW HIRING"; not "Amazon is
         * hiring" */
        static const char *const hiring[] = {"hiring"}, *const now[] = {"now"};
        if (screen_tok_in(n, i, hiring, 1) && i > 0 &&
            screen_tok_in(n, i - 1, now, 1)) {
            o->a = i - 1;
            return true;
        }
        if (screen_tok_in(n, i, hiring, 1))
            return i == 0 || (scc(n, i - 1) & SC_WE) ||
                   screen_tok_in(n, i + 1, now, 1);
        /* "busco personas para trabajo en línea"; not "busco personas
         * que hayan visto a mi hermano" */
        for (size_t k = i + 1; k < i + 3 && k < n->ntok; k++) {
            if (!(scc(n, k) & SC_PEOPLE))
                continue;
            for (size_t q = k + 1; q < k + 6 && q < n->ntok; q++)
                if (scc(n, q) & (SC_WORK | SC_EARN | SC_PAY | SC_HOME |
                                 SC_ONLINE | SC_NOEXP)) {
                    o->b = q + 1;
                    return true;
                }
            break;
        }
    }
    if (c & SC_NOEXP) {
        /* "no experience", "sin experiencia", "no se requiere
         * experiencia", "no need experience" */
        static const char *const asked[] = {
            "se",      "requiere", "requerimos", "necesita", "necesitas",
            "pedimos", "need",     "needed",     "required", "prior"};
        for (size_t k = i; k-- > 0 && k + 3 >= i;) {
            if (scc(n, k) & SC_NO) {
                o->a = k;
                return true;
            }
            if (!screen_tok_in(n, k, asked, SCREEN_NWORDS(asked)))
                break;
        }
    }
    /* "pays well", "paga bien", "chamba bien pagada", "well paid": work
     * sold by its pay, with someone to ask for in person ("Ask for Don
     * Chuy at the Pemex"): how the cartels recruit */
    if ((c & SC_PAY) &&
        (screen_tok_in(n, i + 1, sc_well, SCREEN_NWORDS(sc_well)) ||
         (i > 0 && screen_tok_in(n, i - 1, sc_well, SCREEN_NWORDS(sc_well)))) &&
        sc_someone_to_ask(n, text)) {
        o->a = i > 0 && screen_tok_in(n, i - 1, sc_well, 2) ? i - 1 : i;
        o->b = o->a + 2;
        o->need = NEED_WEAK;
        return true;
    }
    if ((c & SC_PAY) && (sc_is(n, i + 1, SC_PERIOD) ||
                         (i > 0 && (scc(n, i - 1) & SC_PERIOD)))) {
        /* "pago semanal", "paid weekly", "weekly pay"; also "el sueldo
         * semanal de un policía" */
        o->a = sc_is(n, i + 1, SC_PERIOD) ? i : i - 1;
        o->b = o->a + 2;
        o->need = NEED_WEAK;
        return true;
    }
    if (c & SC_CENSOR) {
        static const char *const uncensored[] = {"uncensored", "uncut"};
        if (screen_tok_in(n, i, uncensored, 2))
            return true;
        if (i > 0 && (scc(n, i - 1) & SC_NO)) {
            o->a = i - 1;
            return true;
        }
    }
    if ((c & SC_LEAK) &&
        (sc_is(n, i + 1, SC_VIDEO) || (i > 0 && (scc(n, i - 1) & SC_VIDEO)))) {
        o->a = i > 0 && (scc(n, i - 1) & SC_VIDEO) ? i - 1 : i;
        o->b = o->a + 2;
        return true;
    }
    if ((c & SC_VIDEO) &&
        ((i > 0 && (scc(n, i - 1) & SC_FULL)) || sc_is(n, i + 1, SC_FULL))) {
        o->a = i > 0 && (scc(n, i - 1) & SC_FULL) ? i - 1 : i;
        o->b = o->a + 2;
        o->need = NEED_SHORT;
        return true;
    }
    if (c & SC_CRYPTO) {
        o->need = NEED_WEAK;
        return true;
    }
    /* "VOTES FOR SALE", "vendo los votos de mi familia", "celular gratis
     * por cada voto" (not "vender su voto" said of the poor: no one is
     * invited to answer it) */
    if (c & SC_VOTE) {
        for (size_t k = i > 4 ? i - 4 : 0; k < i + 4 && k < n->ntok; k++)
            if (k != i && (scc(n, k) & SC_TRADES)) {
                o->a = k < i ? k : i;
                o->b = (k < i ? i : k) + 1;
                return true;
            }
        return false;
    }
    /* "pay by transfer to lock your price", "pagas x transferencia",
     * "aparta con depósito", in a comment with a price or a price cut
     * ("89% OFF", "$199", "descuento"): a booking scam, taken up by a
     * plain domain too */
    if (c & SC_TRANSFER) {
        bool paid = false;
        for (size_t k = i > 3 ? i - 3 : 0; k < i && !paid; k++)
            paid = (scc(n, k) & (SC_PAY | SC_PAYS)) != 0;
        bool deal = n->n_currency > 0;
        for (size_t k = 0; k < n->ntok && !deal; k++)
            deal = (scc(n, k) & SC_DEAL) != 0;
        /* a fee asked up front with its amount, "for a 1,500 peso
         * deposit", "un depósito de 2,000": taken up by an invitation or a
         * short link ("they asked me for a 5,000 peso deposit" invites no
         * one) */
        bool amount = false;
        for (size_t k = i > 3 ? i - 3 : 0; k < i + 4 && k < n->ntok; k++)
            amount |= k != i && sc_digits(n, k);
        if ((!paid || !deal) && amount) {
            o->need = NEED_WEAK;
            return true;
        }
        if (!paid || !deal)
            return false;
        o->a = i > 3 ? i - 3 : 0;
        while (o->a < i && !(scc(n, o->a) & (SC_PAY | SC_PAYS)))
            o->a++;
        return true;
    }
    /* "follow the channel", "canal de noticias REALES", "CHEAP BAIL
     * BONDS", "celulares baratos": taken up only by an invitation or a
     * short link ("cheap talk" invites no one) */
    if (c & (SC_CHANNEL | SC_CHEAP)) {
        /* "mandar por el canal oficial": help sent the proper way */
        static const char *const proper[] = {"oficial", "official",
                                             "oficiales"};
        if ((c & SC_CHANNEL) &&
            screen_tok_in(n, i + 1, proper, SCREEN_NWORDS(proper)))
            return false;
        o->need = NEED_WEAK;
        return true;
    }
    return false;
}

/* The original text between tokens j - 1 and j of n: [*s, *e). */
static void sc_gap(const struct screen_norm *n, size_t j, uint32_t *s,
                   uint32_t *e)
{
    *s = n->tok[j - 1].orig_off + n->tok[j - 1].orig_len;
    *e = n->tok[j].orig_off;
}

/* Whether only a dot stands between tokens j - 1 and j ("bit.ly"); with
 * spaced, also a dot with a space before it ("somesite . net"). */
static bool sc_dotted(const struct screen_norm *n, const char *text, size_t j,
                      bool spaced)
{
    uint32_t s, e;
    sc_gap(n, j, &s, &e);
    if (e == s + 1)
        return text[s] == '.';
    if (!spaced || e > s + 3 || text[s] != ' ')
        return false;
    return text[s + 1] == '.' && (e == s + 2 || text[s + 2] == ' ');
}

/* Whether tokens j - 1 and j are joined in the original text by one of
 * the bytes of the joiners and nothing else. */
static bool sc_joined(const struct screen_norm *n, const char *text, size_t j,
                      const char *joiners)
{
    uint32_t s, e;
    sc_gap(n, j, &s, &e);
    return e == s + 1 && strchr(joiners, text[s]) != NULL;
}

/* The short links (name, end): a reader links a source by its site, a
 * spammer hides where the link goes or opens a chat. */
static const char *const sc_short[][2] = {
    {"t", "me"},    {"wa", "me"},      {"bit", "ly"},       {"cutt", "ly"},
    {"ow", "ly"},   {"rebrand", "ly"}, {"goo", "gl"},       {"is", "gd"},
    {"rb", "gy"},   {"linktr", "ee"},  {"tinyurl", "com"},  {"shorturl", "at"},
    {"tiny", "cc"}, {"discord", "gg"}, {"whatsapp", "com"}, {"paypal", "me"},
};
#define SC_NSHORT (sizeof(sc_short) / sizeof(*sc_short))

static bool sc_word_is(const char *w, size_t len, const char *s)
{
    return strlen(s) == len && memcmp(w, s, len) == 0;
}

/* Whether the host at h (length len) of a URL is a short link's. */
static bool sc_short_host(const char *h, size_t len)
{
    for (size_t k = 0; k < SC_NSHORT; k++) {
        size_t a = strlen(sc_short[k][0]), b = strlen(sc_short[k][1]);
        if (len != a + 1 + b)
            continue;
        int d = 0;
        for (size_t q = 0; q < a && !d; q++)
            d = (h[q] | 0x20) != sc_short[k][0][q];
        for (size_t q = 0; q < b && !d; q++)
            d = (h[a + 1 + q] | 0x20) != sc_short[k][1][q];
        if (!d && h[a] == '.')
            return true;
    }
    return false;
}

/* Whether the URL of token j ("_url_") is written as a bare domain,
 * "www." and no scheme ("www.seguidores-baratos.com"): typed to be
 * visited, like "some-event.com" (a shared article's link has its
 * "https://"). */
static bool sc_bare_www(const struct screen_norm *n, const char *text, size_t j)
{
    const char *u = text + n->tok[j].orig_off;
    return n->tok[j].orig_len > 4 && (u[0] | 0x20) == 'w' &&
           (u[1] | 0x20) == 'w' && (u[2] | 0x20) == 'w' && u[3] == '.';
}

/* Whether the URL of token j ("_url_") goes to a short link. */
static bool sc_short_url(const struct screen_norm *n, const char *text,
                         size_t j)
{
    const char *u = text + n->tok[j].orig_off;
    size_t len = n->tok[j].orig_len;
    const char *p = memchr(u, ':', len);
    if (p && (size_t)(p - u) + 3 <= len && p[1] == '/' && p[2] == '/') {
        len -= (size_t)(p + 3 - u);
        u = p + 3;
    }
    if (len > 4 && (u[0] | 0x20) == 'w' && (u[1] | 0x20) == 'w' &&
        (u[2] | 0x20) == 'w' && u[3] == '.') {
        u += 4;
        len -= 4;
    }
    size_t h = 0;
    while (h < len && u[h] != '/' && u[h] != '?' && u[h] != '#' && u[h] != ':')
        h++;
    return sc_short_host(u, h);
}

/* The words of a domain's name that say what it sells. */
static bool sc_name_sells(const char *w, size_t len)
{
    /* not "invest", "trading" or "crypto": investing.com and
     * tradingeconomics.com are sources; not "earn" (learn) */
    static const char *const sells[] = {"seguidores", "followers", "signals",
                                        "senales",    "forex",     "prestamo",
                                        "giveaway"};
    for (size_t k = 0; k < sizeof(sells) / sizeof(*sells); k++) {
        size_t l = strlen(sells[k]);
        for (size_t q = 0; q + l <= len; q++)
            if (memcmp(w + q, sells[k], l) == 0)
                return true;
    }
    return false;
}

/* The link whose end (a TLD, "me", "ly") is token j, if it is one:
 * TAKE_SHORT, TAKE_DOMAIN or 0; its tokens in [*a, *b), from the first
 * word of its name to the last of its path; *sells when its name holds
 * an offer. */
static int sc_link_end(const struct screen_norm *n, const char *text, size_t j,
                       size_t *a, size_t *b, bool *sells)
{
    uint64_t c = scc(n, j);
    if (j == 0 || !(c & (SC_TLD | SC_SHORTEND)))
        return 0;
    size_t name;
    int kind = 0;
    if (sc_dotted(n, text, j, false)) {
        name = j - 1;
        const struct screen_tok *nt = &n->tok[name], *et = &n->tok[j];
        for (size_t k = 0; k < SC_NSHORT && !kind; k++)
            if (sc_word_is(n->text + nt->off, nt->len, sc_short[k][0]) &&
                sc_word_is(n->text + et->off, et->len, sc_short[k][1]))
                kind = TAKE_SHORT;
        if (!kind && (c & SC_TLD))
            kind = TAKE_DOMAIN;
    } else if ((c & SC_TLD) && sc_dotted(n, text, j, true)) {
        name = j - 1; /* "somesite . net": spelled so no filter reads it */
        kind = TAKE_SHORT;
    } else if ((c & SC_TLD) && j >= 2 && (scc(n, j - 1) & SC_DOT)) {
        name = j - 2; /* "seguidoresmx punto com", "gmail dot com" */
        kind = TAKE_SHORT;
    } else {
        return 0;
    }
    /* the name goes back over "-" and "." ("some-event.com"), the path on
     * over "/", ".", "?" ("t.me/somechannel", "seguidoresmx.com.mx") */
    *a = name;
    while (*a > 0 && sc_joined(n, text, *a, "-._@"))
        (*a)--;
    *b = j + 1;
    while (*b < n->ntok && sc_joined(n, text, *b, "/.?=-_&#"))
        (*b)++;
    *sells = false;
    for (size_t k = *a; k <= name && !*sells; k++)
        *sells = sc_name_sells(n->text + n->tok[k].off, n->tok[k].len);
    return kind;
}

/* After "call", what makes it an invitation. */
static const char *const sc_now[] = {"now", "today"};

/* Whether someone to ask for in person follows "ask" or "pregunte" at
 * token j: "ask for Don Chuy", "pregunte x el güero" (not "pregunta por
 * ahí", "pregunten por el horario"). */
static bool sc_asked_for(const struct screen_norm *n, const char *text,
                         size_t j)
{
    static const char *const for_[] = {"for", "por", "x"};
    static const char *const title[] = {"don", "dona", "doña"};
    static const char *const the[] = {"el", "la"};
    static const char *const nick[] = {"guero", "güero", "gordo",  "flaco",
                                       "compa", "jefe",  "patron", "senor"};
    if (!screen_tok_in(n, j + 1, for_, 3) || j + 2 >= n->ntok)
        return false;
    if (screen_tok_in(n, j + 2, title, 3) ||
        (screen_tok_in(n, j + 3, nick, SCREEN_NWORDS(nick)) &&
         screen_tok_in(n, j + 2, the, 2)))
        return true;
    char first = text[n->tok[j + 2].orig_off];
    return first >= 'A' && first <= 'Z';
}

/* Whether the invitation word at token j is said not to be taken up:
 * "don't click", "no den click", "never DM". */
static bool sc_refused(const struct screen_norm *n, const char *text, size_t j)
{
    /* in the same sentence: not "routes the gangs don't. DM me" */
    if (j > 0 && screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
        return false;
    return (j > 0 && (scc(n, j - 1) & SC_NOT)) ||
           (j > 1 && (scc(n, j - 2) & SC_NOT) &&
            !screen_sentence_break(text, &n->tok[j - 2], &n->tok[j - 1]));
}

/* What token j is as a way to take an offer up: TAKE_* or 0, its tokens
 * in [*a, *b). */
static int sc_take_at(const struct screen_norm *n, const char *text, size_t j,
                      size_t *a, size_t *b)
{
    uint64_t c = scc(n, j);
    *a = j;
    *b = j + 1;
    if (c & SC_URL)
        return sc_short_url(n, text, j)  ? TAKE_SHORT
               : sc_bare_www(n, text, j) ? TAKE_DOMAIN
                                         : 0;
    if (c & SC_USER) {
        /* a handle after a messenger: "Telegram @CreditoYa", "IG: @x" */
        for (size_t k = j; k-- > 0 && k + 3 > j;)
            if (scc(n, k) & SC_APP) {
                *a = k;
                return TAKE_SHORT;
            }
        return 0;
    }
    if (c & (SC_TLD | SC_SHORTEND)) {
        bool sells;
        int kind = sc_link_end(n, text, j, a, b, &sells);
        if (kind)
            return kind;
        *a = j;
        *b = j + 1;
    }
    int take = 0;
    if (c & SC_INVITE)
        take = TAKE_INVITE;
    else if ((c & SC_CONTACT) && sc_is(n, j + 1, SC_ME))
        take = TAKE_INVITE; /* "message me", "DM me", "contact us" */
    else if ((c & SC_JOIN) && sc_is(n, j + 1, SC_JOINED))
        take = TAKE_INVITE; /* "join my", "join now", "register now" */
    else if ((c & SC_ASKFOR) && sc_asked_for(n, text, j)) {
        take = TAKE_INVITE; /* "ask for Don Chuy", "pregunte x el güero" */
        *b = j + 4 < n->ntok ? j + 4 : n->ntok;
    } else if ((c & SC_CALL) && screen_tok_in(n, j + 1, sc_now, 2))
        take = TAKE_INVITE; /* "call now", "call today" (not "call us when
                               you have proof", "llama a la fiscalía") */
    else if ((c & SC_VISIT) &&
             (sc_is(n, j + 1, SC_MINE) || sc_is(n, j + 2, SC_MINE)))
        take = TAKE_INVITE; /* "visit my page", "visita mi perfil", "click
                               aquí"; not "visit the fundraiser" */
    else if ((c & SC_INFO) && sc_is(n, j + 1, SC_VIA))
        take = TAKE_INVITE; /* "informes por Telegram", "info al" */
    else if ((c & SC_INFO) && j > 0 && (scc(n, j - 1) & SC_SEND))
        take = TAKE_INVITE; /* "reply INFO" */
    else if ((c & SC_SEND) && sc_is(n, j + 1, SC_SENT | SC_VIA))
        take = TAKE_INVITE; /* "manda mensaje", "escribe al" */
    else if ((c & SC_PASS) && (sc_is(n, j + 1, SC_LINKW | SC_INFO) ||
                               sc_is(n, j + 2, SC_LINKW | SC_INFO)))
        take = TAKE_INVITE; /* "te paso el link" */
    else if ((c & SC_LINKW) && sc_is(n, j + 1, SC_FROM | SC_JOINED | SC_IN) &&
             (sc_is(n, j + 2, SC_BIO) || sc_is(n, j + 3, SC_BIO)))
        take = TAKE_INVITE; /* "link in bio", "link en mi perfil" */
    else if ((c & (SC_IN | SC_FROM)) && sc_is(n, j + 1, SC_MINE) &&
             sc_is(n, j + 2, SC_BIO))
        take = TAKE_INVITE; /* "WhatsApp number in my profile", "info en
                               mi perfil" */
    if (!take || sc_refused(n, text, j))
        return 0;
    /* the span goes on over what the invitation names: "escríbeme por
     * WhatsApp", "message me", "check my profile" */
    while (*b < n->ntok && *b < j + 4 &&
           (scc(n, *b) & (SC_ME | SC_JOINED | SC_MINE | SC_VIA | SC_SENT |
                          SC_APP | SC_USER | SC_BIO)))
        (*b)++;
    return take;
}

/* Whether the comment speaks of a scam ("a crypto scam", "cuidado"), not
 * to deny it ("not a scam", "no es estafa"). */
static bool sc_warns(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++)
        if ((scc(n, j) & SC_SCAM) &&
            !((j > 0 && (scc(n, j - 1) & (SC_NOT | SC_NO))) ||
              (j > 1 && (scc(n, j - 2) & (SC_NOT | SC_NO)))))
            return true;
    return false;
}

/* The ways to take up offer o near it (TAKE_*), and the tokens from the
 * offer to the last of them in [*a, *b). */
static int sc_takers(const struct screen_norm *n, const char *text,
                     const struct sc_offer *o, size_t *a, size_t *b)
{
    size_t from = o->a > SCAM_REACH ? o->a - SCAM_REACH : 0;
    size_t to = o->b + SCAM_REACH < n->ntok ? o->b + SCAM_REACH : n->ntok;
    int got = 0;
    *a = o->a;
    *b = o->b;
    for (size_t j = from; j < to; j++) {
        if (j >= o->a && j < o->b)
            continue;
        size_t ta, tb;
        int take = sc_take_at(n, text, j, &ta, &tb) & o->need;
        if (!take)
            continue;
        got |= take;
        if (ta < *a)
            *a = ta;
        if (tb > *b)
            *b = tb;
        if (tb > j + 1)
            j = tb - 1;
    }
    return got;
}

/* The first token from i on that may start an offer: a word the start
 * filter lets through or, when money (the comment has a currency sign), a
 * number; n->ntok when none. The one look most comments get at each
 * word. */
static size_t sc_next(const struct screen_wordclasses *t,
                      const struct screen_norm *n, size_t i, bool money)
{
    const struct screen_tok *tk = n->tok;
    size_t nt = n->ntok;
    if (!money) {
        while (i < nt && !screen_wc_may_start(t, tk[i].hash))
            i++;
        return i;
    }
    const char *w = n->text;
    while (i < nt && !screen_wc_may_start(t, tk[i].hash) &&
           !(w[tk[i].off] >= '0' && w[tk[i].off] <= '9') && w[tk[i].off] != 'u')
        i++;
    return i;
}

bool screen_scam(const struct screen_norm *n, const char *text, size_t len,
                 struct screen_match *m)
{
    (void)len;
    if (n->ntok < 2)
        return false;
    const struct screen_wordclasses *t = screen_wc_ready(&sc_list);
    bool money = n->n_currency > 0;
    int warned = -1; /* sc_warns, once asked */
    for (size_t i = sc_next(t, n, 0, money); i < n->ntok;
         i = sc_next(t, n, i + 1, money)) {
        struct sc_offer o;
        size_t e;
        if (screen_wc_may_start(t, n->tok[i].hash)) {
            if (!sc_offer_at(n, text, i, &o)) {
                /* a domain whose name sells: "seguidoresmx punto com" */
                bool sells = false;
                size_t a, b;
                if (!(scc(n, i) & SC_TLD) ||
                    !sc_link_end(n, text, i, &a, &b, &sells) || !sells)
                    continue;
                o = (struct sc_offer){a, b, NEED_ANY, false, true};
            }
        } else if (money && sc_amount(n, text, i, &e) &&
                   sc_period_after(n, e)) {
            /* "$500 a week", "$50/hr" */
            o = (struct sc_offer){i, sc_period_after(n, e), NEED_WEAK, false,
                                  false};
        } else {
            continue;
        }
        size_t a = o.a, b = o.b;
        if (!o.in_link && !sc_takers(n, text, &o, &a, &b))
            continue;
        if (!o.recover) {
            if (warned < 0)
                warned = sc_warns(n);
            if (warned)
                continue;
        }
        m->tok = (uint32_t)a;
        m->ntok = (uint32_t)(b - a);
        return true;
    }
    return false;
}
