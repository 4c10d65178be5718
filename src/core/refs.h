/*
 * refs.h - finding the comments a comment's text refers to.
 *
 * Anonymous readers address each other by the posting time they see on the
 * page ("12:36 why do you regret it?", even the typo "11;15") or, in
 * charla, by comment number ("#1.3", "@1.3", ">>1.3"). This module finds
 * such references in plain text and resolves them against the comments of
 * the same article. It is pure logic: no HTTP, no SQL, no HTML. The
 * Markdown renderer (render/markdown.c) calls refs_next on each text node
 * and turns the matches into links.
 *
 * What is a reference:
 *
 *   time     H:MM or HH:MM, hour 0-23, minute exactly two digits 00-59,
 *            optionally followed by "am", "pm", "a.m." or "p.m." (any case,
 *            with or without one space before it). "H;MM" (the typo of a
 *            semicolon for the colon) is read the same way. The text before
 *            it must not be a letter, digit or URL-ish punctuation
 *            (. : ; / $ & = ? % + - \ ~ _ ^), and the word it sits in must
 *            not be a URL (contain "://" or start with "www."); the text
 *            after it must not be a letter, digit or "_", nor ":", ";", ".",
 *            "," followed by a digit ("12:36:45", "1:30.5"). So "112:365",
 *            "2:1", "10:75", "25:00", "3-1" and times inside URLs are not
 *            references; "3:10 to Yuma" is one (it links only if a comment
 *            has that time).
 *   number   "#", "@" or ">>" right before a comment number: 1-9 digits
 *            without a leading zero, then any ".N" parts ("#12", "@1.3",
 *            ">>12.1"). A trailing "." that ends a sentence is not part of
 *            the number. The mark must not follow a letter, digit, "_",
 *            "&" or "/" ("C#1", "page#12", "a@1"); the number must not be
 *            followed by a letter, digit, "_", nor ":" ";" "." and a digit.
 *
 * How a reference resolves:
 *
 *   time     to every comment of the article posted before the referring
 *            one (see refs_ctx.self_created) whose local time, as the
 *            writer of the referring comment read it, has that hour and
 *            minute. The writer read the times in the zone the site
 *            showed when they wrote (refs_ctx.self_offset_min, stored
 *            with each comment), which need not be the zone it shows
 *            now: a reference keeps its target when the site's zone is
 *            changed. While the site's zone still gives the referring
 *            comment's moment that offset (self_offset_differs false),
 *            the times are read as the page shows them today, so a
 *            thread that spans a change to or from summer time reads
 *            each one as it was shown then; otherwise each comment's
 *            time is read at the offset recorded with it (the page
 *            showed it so, summer time included, while the old zone
 *            stood), or at the writer's offset when it has none. A bare hour
 * 1-12 has a 12-hour and a 24-hour reading: "5:29" matches 05:29 and 17:29,
 * "12:36" matches 12:36 and 00:36. An hour written with a leading zero
 *            ("05:29") or over 12 ("17:29") or 0 is read on the 24-hour
 *            clock only. With am/pm an hour 1-12 has one reading: "5:29 pm"
 *            is 17:29, "12:36 am" is 00:36, "12:36 pm" is 12:36; am/pm after
 *            an hour of 0 or over 12 is ignored.
 *   number   to the comment(s) with exactly that number, whenever posted,
 *            but never to the referring comment itself.
 *
 * A token that looks like a reference but resolves to nothing is ordinary
 * text ("43 students", "2014", "$50 million", "1.5 million", "Sicario 006",
 * "#99" in a thread of 20). Tombstones (removed, deleted, purged comments)
 * match like any other comment; the renderer marks the link as gone. A
 * comment awaiting review (pending or held) matches by number only, never
 * by time: no reader sees its time, and a time that named it would say a
 * hidden comment was posted then; the renderer shows no word of it.
 *
 * Which comments to pass is the caller's choice: normally every comment
 * of the article, with what a reader may see of each (thread_build).
 */
#ifndef CHARLA_CORE_REFS_H
#define CHARLA_CORE_REFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One comment a reference may point to. All pointers are borrowed. */
struct refs_comment {
    int64_t id;                   /* store id; breaks ties of created */
    const char *number;           /* its thread number, "1.2"; never NULL */
    int64_t created;              /* Unix seconds */
    int local_hour, local_minute; /* displayed local time, 0-23 and 0-59,
                                     computed by the caller in the site's
                                     current time zone */
    bool tombstone;               /* removed, deleted or purged */
    const char *preview;          /* first words of its text, plain (not
                                     escaped), may be ""; NULL: made from
                                     body when a reference is drawn */
    const char *body;             /* its Markdown text, for that preview;
                                     NULL when it has none to show */
    bool awaiting_review;         /* pending or held: not public; matched
                                     by number only, and shown with no
                                     preview (preview "", body NULL) */
    bool deleted;                 /* a tombstone its author left (deleted,
                                     or withdrawn with replies under it):
                                     a reference says so, not "removed" */
    int tz_offset_min;            /* UTC offset, minutes east, the site
                                     showed it at when it was posted;
                                     meaningful when tz_known */
    bool tz_known;                /* tz_offset_min is recorded */
};

/* The article's comments and the comment whose text is being scanned. */
struct refs_ctx {
    const struct refs_comment *comments; /* borrowed, any order */
    size_t count;                        /* entries in comments */
    int64_t self_id;          /* the referring comment, or 0 for a comment not
                                 yet stored (then nothing is "self") */
    int64_t self_created;     /* Unix seconds. Time references match only
                                 comments posted before: created < self_created,
                                 or equal created and a smaller id than self_id
                                 (any id when self_id is 0) */
    bool self_offset_differs; /* the site's zone was changed since the
                                 referring comment was written: it gives
                                 self_created another offset than the
                                 one recorded then. False: times are
                                 compared as displayed (local_hour,
                                 local_minute) */
    int self_offset_min;      /* when self_offset_differs: the UTC offset,
                                 minutes east, of the zone the site showed when
                                 the referring comment was written; its time
                                 references are read by that clock */
};

/* At most this many comments are linked from one reference. */
#define REFS_MAX_TARGETS 8

/* One resolved reference in the scanned text. */
struct refs_match {
    size_t start, len; /* the reference text: text[start, start + len) */
    size_t ntargets;   /* 1..REFS_MAX_TARGETS */
    size_t targets[REFS_MAX_TARGETS]; /* indices into ctx->comments, in
                                         creation order (created, then id);
                                         the oldest REFS_MAX_TARGETS if more
                                         match */
};

/*
 * refs_next finds the first reference that resolves to at least one comment
 * in text[*pos, len) and describes it in *out.
 *
 * text need not be NUL-terminated and may hold any bytes; the scan never
 * reads outside text[0, len) (it looks at text[*pos - 1] for the boundary
 * rule, so pass the whole text node and a position into it, not a slice).
 * Returns true and sets *pos to the end of the match, or returns false and
 * sets *pos to len when there is none. Allocates nothing.
 */
bool refs_next(const struct refs_ctx *ctx, const char *text, size_t len,
               size_t *pos, struct refs_match *out);

#endif
