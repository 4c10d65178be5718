/*
 * wordlist.c - the site's word lists (banned words, suspect words,
 * protected names), compiled once and looked up per word.
 *
 * A list is a setting moderators edit: one entry a line, normalised like
 * a comment, so "Pendéjo" also finds "p3nd3j0", and an entry of several
 * words finds them in sequence. Normalising every entry and comparing it
 * at every word of every comment cost about 90 µs a comment for a list of
 * a thousand words, most of a post's budget. Here a thread compiles a
 * list the first time it sees it: each entry normalised once, its first
 * word in a hash table. A comment then costs one probe a word, and the
 * list is only compared with the copy it was compiled from (memcmp), so a
 * moderator's edit is seen by the next comment.
 *
 * The table's key is the first word with the digits a comment may keep at
 * a word's edges read as letters (0 o, 1 i, 3 e, 4 a, 5 s, 7 t) and "l"
 * read as "i" (a "1" may stand for either): every pair of words that
 * wordlist_word_eq calls equal has the same key, and candidates that
 * share a key are checked word by word, so the table finds exactly what
 * comparing every entry at every word did.
 */
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"
#include "util/err.h"

/* Does comment word s[0..wl) equal list word w, reading digits the comment
 * kept at word edges as the letters they imitate ("pendej0")? */
static bool wordlist_word_eq(const char *s, const char *w, size_t wl)
{
    for (size_t i = 0; i < wl; i++) {
        char c = s[i];
        if (c == w[i])
            continue;
        switch (c) {
        case '0':
            c = 'o';
            break;
        case '1':
            c = (w[i] == 'l') ? 'l' : 'i';
            break;
        case '3':
            c = 'e';
            break;
        case '4':
            c = 'a';
            break;
        case '5':
            c = 's';
            break;
        case '7':
            c = 't';
            break;
        default:
            break;
        }
        if (c != w[i])
            return false;
    }
    return true;
}

/* Does comment token t equal list word w? As the last word of an entry
 * (last), the possessive counts too: "Maria Lopez's son" names Maria
 * Lopez (the normaliser drops the apostrophe: "lopezs"), so the original
 * text is checked for the apostrophe. */
static bool wordlist_tok_eq(const struct screen_norm *n, const char *orig,
                            size_t t, const char *w, size_t wl, bool last)
{
    const struct screen_tok *tk = &n->tok[t];
    const char *s = n->text + tk->off;
    if (tk->len == wl)
        return wordlist_word_eq(s, w, wl);
    if (!last || tk->len != wl + 1 || s[wl] != 's' ||
        !wordlist_word_eq(s, w, wl))
        return false;
    const char *o = orig + tk->orig_off;
    size_t ol = tk->orig_len;
    return (ol >= 2 && o[ol - 2] == '\'' && (o[ol - 1] | 0x20) == 's') ||
           (ol >= 4 && memcmp(o + ol - 4, "\xe2\x80\x99", 3) == 0 &&
            (o[ol - 1] | 0x20) == 's');
}

/* The table key of word w[0..wl): see the top of the file. */
static uint64_t wordlist_key(const char *w, size_t wl)
{
    static const char as[256] = {
        ['0'] = 'o', ['1'] = 'i', ['l'] = 'i', ['3'] = 'e',
        ['4'] = 'a', ['5'] = 's', ['7'] = 't'};
    uint64_t h = SCREEN_FNV_BASIS;
    for (size_t i = 0; i < wl; i++) {
        unsigned char c = (unsigned char)w[i];
        h ^= as[c] ? (unsigned char)as[c] : c;
        h *= SCREEN_FNV_PRIME;
    }
    return screen_mix(h);
}

void screen_wordlist_release(struct screen_wordlist *wl)
{
    free(wl->src);
    free(wl->entry);
    free(wl->word);
    free(wl->text);
    free(wl->slot);
    free(wl->filter);
    memset(wl, 0, sizeof(*wl));
}

/* Appends the normalised words of e (ntok of them) to wl. */
static int wordlist_add_words(struct screen_wordlist *wl,
                              const struct screen_norm *e, size_t *wcap,
                              size_t *tcap)
{
    if (wl->nword + e->ntok > *wcap) {
        size_t c = (*wcap ? *wcap * 2 : 64) + e->ntok;
        void *p = realloc(wl->word, c * sizeof(*wl->word));
        if (!p)
            return ERR_NOMEM;
        wl->word = p;
        *wcap = c;
    }
    for (size_t k = 0; k < e->ntok; k++) {
        size_t l = e->tok[k].len;
        if (wl->ntext + l > *tcap) {
            size_t c = (*tcap ? *tcap * 2 : 1024) + l;
            char *p = realloc(wl->text, c);
            if (!p)
                return ERR_NOMEM;
            wl->text = p;
            *tcap = c;
        }
        memcpy(wl->text + wl->ntext, e->text + e->tok[k].off, l);
        wl->word[wl->nword].off = (uint32_t)wl->ntext;
        wl->word[wl->nword].len = (uint32_t)l;
        wl->ntext += l;
        wl->nword++;
    }
    return 0;
}

/* Fills the table of first words (open addressing, at most a quarter
 * full) and the bit filter in front of it (16 bits an entry or more, so
 * most words of a comment are turned away by one bit). */
static int wordlist_index(struct screen_wordlist *wl)
{
    size_t cap = 16;
    while (cap < wl->nentry * 4)
        cap *= 2;
    size_t words = 4;
    while (words * 64 < wl->nentry * 16)
        words *= 2;
    wl->slot = calloc(cap, sizeof(*wl->slot));
    wl->filter = calloc(words, sizeof(*wl->filter));
    if (!wl->slot || !wl->filter)
        return ERR_NOMEM;
    wl->mask = cap - 1;
    wl->fmask = words - 1;
    for (size_t i = 0; i < wl->nentry; i++) {
        uint64_t h = wl->entry[i].key;
        wl->filter[(h >> 6) & wl->fmask] |= 1ULL << (h & 63);
        size_t s = (size_t)(h >> 20) & wl->mask;
        while (wl->slot[s].idx)
            s = (s + 1) & wl->mask;
        wl->slot[s].key = h;
        wl->slot[s].idx = (uint32_t)i + 1;
    }
    return 0;
}

/* Compiles list[0..len) (lexicon lx, identified by lex_id) into wl. */
static int wordlist_compile(struct screen_wordlist *wl,
                            const struct screen_lex *lx, uint64_t lex_id,
                            const char *list, size_t len)
{
    screen_wordlist_release(wl);
    struct screen_norm e;
    screen_norm_init(&e);
    size_t ecap = 0, wcap = 0, tcap = 0;
    int rc = ERR_NOMEM;
    wl->src = malloc(len ? len : 1);
    if (!wl->src)
        goto out;
    memcpy(wl->src, list, len);
    const char *p = list, *end = list + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (ll > 0 && p[0] != '#') {
            rc = screen_normalize(&e, lx, p, ll);
            if (rc)
                goto out;
            rc = ERR_NOMEM;
            if (e.ntok) {
                if (wl->nentry == ecap) {
                    size_t c = ecap ? ecap * 2 : 16;
                    void *q = realloc(wl->entry, c * sizeof(*wl->entry));
                    if (!q)
                        goto out;
                    wl->entry = q;
                    ecap = c;
                }
                struct screen_wordlist_entry *en = &wl->entry[wl->nentry++];
                en->line_off = (uint32_t)(p - list);
                en->line_len = (uint32_t)ll;
                en->word0 = (uint32_t)wl->nword;
                en->nword = (uint32_t)e.ntok;
                en->key = wordlist_key(e.text + e.tok[0].off, e.tok[0].len);
                rc = wordlist_add_words(wl, &e, &wcap, &tcap);
                if (rc)
                    goto out;
            }
        }
        p = nl ? nl + 1 : end;
    }
    rc = wordlist_index(wl);
    if (rc)
        goto out;
    wl->len = len;
    wl->lx = lx;
    wl->lex_id = lex_id;
    wl->ready = true;
out:
    screen_norm_release(&e);
    if (rc)
        screen_wordlist_release(wl);
    return rc;
}

/* Whether entry i of wl occurs at comment token t. */
static bool wordlist_entry_at(const struct screen_wordlist *wl, size_t i,
                              const struct screen_norm *n, const char *orig,
                              size_t t)
{
    const struct screen_wordlist_entry *en = &wl->entry[i];
    if (t + en->nword > n->ntok)
        return false;
    for (size_t k = 0; k < en->nword; k++) {
        const struct screen_wordlist_word *w = &wl->word[en->word0 + k];
        if (!wordlist_tok_eq(n, orig, t + k, wl->text + w->off, w->len,
                             k + 1 == en->nword))
            return false;
    }
    return true;
}

/* Of the entries whose first word has key h (only those of one word if
 * one_word), the lowest-numbered under best that occurs at token t. */
static size_t wordlist_probe(const struct screen_wordlist *wl, uint64_t h,
                             bool one_word, const struct screen_norm *n,
                             const char *orig, size_t t, size_t best)
{
    if (!((wl->filter[(h >> 6) & wl->fmask] >> (h & 63)) & 1))
        return best;
    for (size_t s = (size_t)(h >> 20) & wl->mask; wl->slot[s].idx;
         s = (s + 1) & wl->mask) {
        size_t i = wl->slot[s].idx - 1;
        if (i < best && wl->slot[s].key == h &&
            (!one_word || wl->entry[i].nword == 1) &&
            wordlist_entry_at(wl, i, n, orig, t))
            best = i;
    }
    return best;
}

int screen_wordlists_find(struct screen_wordlist wl[SCREEN_NLISTS],
                          const struct screen_lex *lx, uint64_t lex_id,
                          const struct screen_norm *n, const char *orig,
                          const char *const lists[SCREEN_NLISTS],
                          struct screen_listed found[SCREEN_NLISTS])
{
    size_t best[SCREEN_NLISTS], at[SCREEN_NLISTS];
    bool any = false;
    for (int l = 0; l < SCREEN_NLISTS; l++) {
        found[l] = (struct screen_listed){0};
        best[l] = at[l] = 0;
        const char *list = lists[l];
        if (!list || !*list || !n->ntok)
            continue;
        size_t len = strlen(list);
        struct screen_wordlist *w = &wl[l];
        if (!w->ready || w->len != len || w->lx != lx || w->lex_id != lex_id ||
            memcmp(w->src, list, len) != 0) {
            int rc = wordlist_compile(w, lx, lex_id, list, len);
            if (rc)
                return rc;
        }
        best[l] = w->nentry;
        any |= w->nentry > 0;
    }
    if (!any)
        return 0;
    /* the first entry of each list that occurs, where it first occurs:
     * tokens are read in order, so an entry is first met at its first
     * place, and only a lower-numbered entry replaces it */
    for (size_t t = 0; t < n->ntok; t++) {
        const struct screen_tok *tk = &n->tok[t];
        const char *s = n->text + tk->off;
        uint64_t whole = wordlist_key(s, tk->len);
        /* "lopezs": the possessive of a one-word entry */
        bool poss = tk->len >= 2 && s[tk->len - 1] == 's';
        uint64_t stem = poss ? wordlist_key(s, tk->len - 1) : 0;
        for (int l = 0; l < SCREEN_NLISTS; l++) {
            if (best[l] == 0)
                continue; /* none found yet, or the first entry found */
            size_t b =
                wordlist_probe(&wl[l], whole, false, n, orig, t, best[l]);
            if (poss)
                b = wordlist_probe(&wl[l], stem, true, n, orig, t, b);
            if (b < best[l]) {
                best[l] = b;
                at[l] = t;
            }
        }
    }
    int mask = 0;
    for (int l = 0; l < SCREEN_NLISTS; l++) {
        if (!lists[l] || !*lists[l] || !n->ntok || best[l] == wl[l].nentry)
            continue;
        const struct screen_wordlist_entry *en = &wl[l].entry[best[l]];
        found[l].tok = at[l];
        found[l].ntok = en->nword;
        found[l].entry = lists[l] + en->line_off;
        found[l].entry_len = en->line_len;
        mask |= 1 << l;
    }
    return mask;
}
