/*
 * xmlread.c - the guarded expat driver and the time and URL helpers of the
 * streaming importers; see xmlread.h.
 *
 * Data flow: file -> 64 KiB chunks -> expat -> the importer's handlers.
 * Nothing here keeps document content, so memory is one chunk plus what
 * expat buffers for the token it is in (bounded by TOKEN_MAX). A resumed
 * run (resume_pos) feeds the bytes up to the end of the root's start tag,
 * skips to resume_pos counting lines, and feeds the rest: expat sees a
 * well-formed document, and positions are translated back to the file's.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "import/xmlread.h"
#include "util/str.h"

#define CHUNK_BYTES 65536
#define TOKEN_MAX ((long long)16 << 20)

/* file_pos turns an offset in what expat was fed into one in the file. */
static int64_t file_pos(const struct xml_reader *r, int64_t fed_pos)
{
    if (r->resume_pos > 0 && fed_pos >= r->root_end)
        return fed_pos - r->root_end + r->resume_pos;
    return fed_pos;
}

/* line_now: the file's line of the current position (see resume_pos). */
static unsigned long line_now(const struct xml_reader *r)
{
    unsigned long line = (unsigned long)XML_GetCurrentLineNumber(r->xp);
    if (r->resume_pos > 0 && XML_GetCurrentByteIndex(r->xp) >= r->root_end)
        line += (unsigned long)r->line_shift;
    return line;
}

int64_t xml_pos_after(const struct xml_reader *r)
{
    return file_pos(r, (int64_t)XML_GetCurrentByteIndex(r->xp) +
                           XML_GetCurrentByteCount(r->xp));
}

void xml_fail(struct xml_reader *r, int rc, const char *fmt, ...)
{
    va_list ap;
    char msg[512];

    if (r->rc)
        return;
    r->rc = rc;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    buf_addf(r->err, "%s:%lu:%lu: %s", r->path, line_now(r),
             (unsigned long)XML_GetCurrentColumnNumber(r->xp) + 1, msg);
    XML_StopParser(r->xp, XML_FALSE);
}

void xml_mark(struct xml_reader *r)
{
    r->last_event =
        XML_GetCurrentByteIndex(r->xp) + XML_GetCurrentByteCount(r->xp);
}

bool xml_name_is(const char *name, const char *ns, const char *local)
{
    size_t n = strlen(ns);
    if (n == 0)
        return strcmp(name, local) == 0;
    return strncmp(name, ns, n) == 0 && name[n] == ' ' &&
           strcmp(name + n + 1, local) == 0;
}

const char *xml_attr(const char **atts, const char *name)
{
    for (int i = 0; atts[i]; i += 2)
        if (strcmp(atts[i], name) == 0)
            return atts[i + 1];
    return NULL;
}

static void XMLCALL on_doctype(void *ud, const char *name, const char *sysid,
                               const char *pubid, int has_internal_subset)
{
    struct xml_reader *r = ud;
    (void)name;
    (void)has_internal_subset;
    if (sysid || pubid)
        xml_fail(r, ERR_INVALID,
                 "the DOCTYPE names an external DTD; refused (exports have "
                 "none)");
}

static void XMLCALL on_entity_decl(void *ud, const char *name, int is_param,
                                   const char *value, int value_len,
                                   const char *base, const char *sysid,
                                   const char *pubid, const char *notation)
{
    struct xml_reader *r = ud;
    (void)name;
    (void)is_param;
    (void)value;
    (void)value_len;
    (void)base;
    (void)sysid;
    (void)pubid;
    (void)notation;
    xml_fail(r, ERR_INVALID,
             "the DOCTYPE declares entities; refused (entity expansion is a "
             "known attack and exports never declare any)");
}

static bool truncation_error(enum XML_Error code)
{
    return code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
           code == XML_ERROR_PARTIAL_CHAR ||
           code == XML_ERROR_UNCLOSED_CDATA_SECTION;
}

/* bytes_at reads up to size bytes of fp at offset into out; how many. */
static size_t bytes_at(FILE *fp, int64_t offset, unsigned char *out,
                       size_t size)
{
    if (offset < 0 || fseeko(fp, (off_t)offset, SEEK_SET) != 0)
        return 0;
    return fread(out, 1, size, fp);
}

/* utf8_seq_len: the length of the UTF-8 sequence that lead starts, or 0
 * for a byte no sequence starts with. */
static size_t utf8_seq_len(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}

/*
 * syntax_hint says more about expat's error when the file's bytes tell:
 * a charla JSON backup (it starts with "{") given to an XML import, or an
 * invalid token that is a byte of invalid UTF-8 (expat reports both as
 * "not well-formed (invalid token)", which names neither). Writes "" or
 * the words to add, starting with a space, into out.
 */
static void syntax_hint(const struct xml_reader *r, FILE *fp,
                        enum XML_Error code, char *out, size_t size)
{
    unsigned char b[64];
    out[0] = '\0';
    size_t n = bytes_at(fp, 0, b, sizeof(b)), i = 0;
    if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
        i = 3; /* a byte order mark */
    while (i < n &&
           (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    if (i < n && b[i] == '{') {
        snprintf(out, size,
                 " (a charla JSON backup? try `charla import json`)");
        return;
    }
    if (code != XML_ERROR_INVALID_TOKEN && code != XML_ERROR_PARTIAL_CHAR)
        return;
    n = bytes_at(fp, file_pos(r, (int64_t)XML_GetCurrentByteIndex(r->xp)), b,
                 4);
    if (n == 0)
        return;
    size_t want = utf8_seq_len(b[0]);
    if (want > n)
        return; /* cut short by the end of the file: truncated */
    if (want > 0 && str_utf8_valid((const char *)b, want))
        return; /* a valid character: some other invalid token */
    snprintf(out, size,
             ": invalid UTF-8 (byte 0x%02x); the file must be UTF-8 text "
             "(or declare its encoding)",
             b[0]);
}

int64_t xml_reader_file_size(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return -1;
    return (int64_t)sb.st_size;
}

/*
 * skip_resumed reads the file from root_end up to resume_pos without
 * parsing it, counting the lines it passes (for messages).
 */
static int skip_resumed(struct xml_reader *r, FILE *fp, char *chunk)
{
    int64_t left = r->resume_pos - r->root_end;
    r->line_shift = 0;
    while (left > 0) {
        size_t want = left < CHUNK_BYTES ? (size_t)left : CHUNK_BYTES;
        size_t n = fread(chunk, 1, want, fp);
        if (n < want) {
            buf_addf(r->err,
                     "%s: the file is shorter than the checkpoint says "
                     "(changed since?)",
                     r->path);
            return ERR_INVALID;
        }
        for (const char *p = chunk;
             (p = memchr(p, '\n', n - (size_t)(p - chunk))); p++)
            r->line_shift++;
        left -= (int64_t)n;
    }
    return 0;
}

int xml_reader_run(struct xml_reader *r, void *ud, void (*setup)(XML_Parser xp))
{
    FILE *fp = NULL;
    char *chunk = NULL;
    long long fed = 0;
    int64_t at = 0; /* offset in the file of the next read */
    int rc = 0;

    if (r->root_end <= 0 || r->resume_pos <= r->root_end)
        r->resume_pos = 0;
    r->line_shift = 0;
    r->rc = 0;
    r->last_event = 0;
    r->xp = NULL;
    fp = fopen(r->path, "rb");
    if (!fp) {
        rc = errno == ENOENT ? ERR_NOTFOUND : ERR_IO;
        buf_addf(r->err, "%s: cannot open: %s", r->path, strerror(errno));
        goto out;
    }
    chunk = malloc(CHUNK_BYTES);
    r->xp = XML_ParserCreateNS(NULL, ' ');
    if (!chunk || !r->xp) {
        rc = ERR_NOMEM;
        buf_addf(r->err, "%s: out of memory", r->path);
        goto out;
    }
    XML_SetUserData(r->xp, ud);
    XML_SetStartDoctypeDeclHandler(r->xp, on_doctype);
    XML_SetEntityDeclHandler(r->xp, on_entity_decl);
    XML_SetParamEntityParsing(r->xp, XML_PARAM_ENTITY_PARSING_NEVER);
    setup(r->xp);
    for (;;) {
        size_t want = CHUNK_BYTES;
        if (r->resume_pos && at < r->root_end &&
            (size_t)(r->root_end - at) < want)
            want = (size_t)(r->root_end - at);
        size_t n = fread(chunk, 1, want, fp);
        if (ferror(fp)) {
            rc = ERR_IO;
            buf_addf(r->err, "%s: read error: %s", r->path, strerror(errno));
            goto out;
        }
        bool final = feof(fp) != 0;
        fed += (long long)n;
        at += (int64_t)n;
        if (XML_Parse(r->xp, chunk, (int)n, final) == XML_STATUS_ERROR) {
            if (r->rc) {
                rc = r->rc;
                goto out;
            }
            enum XML_Error code = XML_GetErrorCode(r->xp);
            char hint[160];
            unsigned long line = line_now(r);
            unsigned long col =
                (unsigned long)XML_GetCurrentColumnNumber(r->xp) + 1;
            syntax_hint(r, fp, code, hint, sizeof(hint));
            rc = ERR_INVALID;
            buf_addf(r->err, "%s:%lu:%lu: %s%s%s", r->path, line, col,
                     XML_ErrorString(code), hint,
                     final && truncation_error(code) && !hint[0]
                         ? " (the file ends early: truncated?)"
                         : "");
            goto out;
        }
        if (r->rc) {
            rc = r->rc;
            goto out;
        }
        if (fed - r->last_event > TOKEN_MAX) {
            rc = ERR_TOOBIG;
            buf_addf(r->err, "%s:%lu:%lu: a single XML token is over 16 MiB",
                     r->path, line_now(r),
                     (unsigned long)XML_GetCurrentColumnNumber(r->xp) + 1);
            goto out;
        }
        if (r->sink)
            import_report_progress(r->sink, r->progress_base + at,
                                   r->progress_total);
        if (final)
            break;
        if (r->resume_pos && at == r->root_end) { /* the prolog is in */
            if ((rc = skip_resumed(r, fp, chunk)))
                goto out;
            at = r->resume_pos;
        }
    }
out:
    if (r->xp)
        XML_ParserFree(r->xp);
    r->xp = NULL;
    free(chunk);
    if (fp)
        fclose(fp);
    return rc;
}

/* ---- times ---- */

static bool two_digits(const char *s, int *out)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return false;
    *out = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

/* days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/*
 * parse_date_time reads "YYYY-MM-DD?HH:MM:SS" where ? is one of the
 * characters of seps and returns the Unix time of those fields as UTC;
 * *rest points past them.
 */
static bool parse_date_time(const char *s, const char *seps, int64_t *secs,
                            const char **rest)
{
    int c1, c2, mo, d, h, mi, sec;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /* the length first: strchr would find the NUL that ends seps */
    if (strnlen(s, 19) < 19 || !two_digits(s, &c1) || !two_digits(s + 2, &c2) ||
        s[4] != '-' || !two_digits(s + 5, &mo) || s[7] != '-' ||
        !two_digits(s + 8, &d) || !strchr(seps, s[10]) ||
        !two_digits(s + 11, &h) || s[13] != ':' || !two_digits(s + 14, &mi) ||
        s[16] != ':' || !two_digits(s + 17, &sec))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 || mi > 59 ||
        sec > 60)
        return false;
    int64_t year = c1 * 100 + c2;
    *secs = days_from_civil(year, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    *rest = s + 19;
    return true;
}

/*
 * parse_zoned reads a time as import_parse_rfc3339 does, the date and the
 * time separated by one of the characters of seps.
 */
static bool parse_zoned(const char *s, const char *seps, int64_t *secs,
                        int *offset_min)
{
    int oh = 0, om = 0, sign = 0;
    int64_t t;
    const char *p;

    if (!s)
        return false;
    while (is_space(*s))
        s++;
    if (!parse_date_time(s, seps, &t, &p))
        return false;
    if (*p == '.') {
        p++;
        if (*p < '0' || *p > '9')
            return false;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        sign = *p == '-' ? -1 : 1;
        if (!two_digits(p + 1, &oh) || p[3] != ':' || !two_digits(p + 4, &om))
            return false;
        p += 6;
    } else {
        return false;
    }
    while (is_space(*p))
        p++;
    if (*p || oh > 23 || om > 59)
        return false;
    int off = sign * (oh * 60 + om);
    *secs = t - (int64_t)off * 60;
    *offset_min = off;
    return true;
}

bool import_parse_rfc3339(const char *s, int64_t *secs, int *offset_min)
{
    return parse_zoned(s, "Tt", secs, offset_min);
}

bool import_parse_rfc3339_loose(const char *s, int64_t *secs, int *offset_min)
{
    return parse_zoned(s, "Tt ", secs, offset_min);
}

bool import_parse_sql_time(const char *s, int64_t *secs)
{
    const char *p;
    if (!s)
        return false;
    while (is_space(*s))
        s++;
    if (!parse_date_time(s, " T", secs, &p))
        return false;
    while (is_space(*p))
        p++;
    return *p == '\0';
}

const char *import_url_path(struct arena *a, const char *url)
{
    const char *s = strstr(url, "://");
    if (!s)
        return NULL;
    s += 3;
    size_t host = strcspn(s, "/?#");
    s += host;
    if (*s != '/')
        return arena_strdup(a, "/");
    return arena_strndup(a, s, strcspn(s, "?#"));
}

/* percent_encoded copies s[0, n) into a with the bytes a browser
 * percent-encodes in a page's address (controls, space, quote, angle
 * brackets, anything not ASCII) written as %XX; NULL if memory runs out. */
static char *percent_encoded(struct arena *a, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = arena_alloc(a, 3 * n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>') {
            out[k++] = (char)c;
            continue;
        }
        out[k++] = '%';
        out[k++] = hex[c >> 4];
        out[k++] = hex[c & 15];
    }
    out[k] = '\0';
    return out;
}

const char *import_url_canonical(struct arena *a, const char *url)
{
    const char *sep = strstr(url, "://");
    if (!sep)
        return url;
    size_t scheme = (size_t)(sep - url);
    const char *host = sep + 3;
    size_t host_len = strcspn(host, "/?#");
    const char *rest = host + host_len;
    size_t rest_len = strcspn(rest, "#");
    /* nothing, or only a query, after the host: a page's address has its
       "/" there ("https://host/?p=1"), as the widget sends it */
    const char *slash = rest[0] == '/' ? "" : "/";
    const char *enc = percent_encoded(a, rest, rest_len);
    char *out =
        enc ? arena_sprintf(a, "%.*s%s%s", (int)(rest - url), url, slash, enc)
            : NULL;
    if (!out)
        return NULL;
    for (size_t i = 0; i < scheme + 3 + host_len; i++)
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = (char)(out[i] - 'A' + 'a');
    const char *port = NULL;
    if (scheme == 4 && memcmp(out, "http", 4) == 0)
        port = ":80";
    else if (scheme == 5 && memcmp(out, "https", 5) == 0)
        port = ":443";
    size_t plen = port ? strlen(port) : 0;
    char *host_end = out + scheme + 3 + host_len;
    if (port && host_len > plen && memcmp(host_end - plen, port, plen) == 0)
        memmove(host_end - plen, host_end, strlen(host_end) + 1);
    return out;
}

bool import_trimmed_eq(const char *s, const char *lit)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    str_trim(&s, &n);
    return str_eq(s, n, lit);
}
