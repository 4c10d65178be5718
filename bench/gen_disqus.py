#!/usr/bin/env python3
"""gen_disqus.py - write a realistic Disqus export for the import benchmark.

    bench/gen_disqus.py [--comments N] [--threads N] [--seed S] OUT.xml

Shape (deterministic for a seed): threads get comments with a heavy tail
(a few hot stories with thousands, most with a handful); 55% of posts are
replies to an earlier post of the same thread, often several levels deep;
1% of replies are written before their parent, as Disqus files do; 2% are
deleted, 1% spam, 20% from guests (isAnonymous); messages are HTML in
CDATA with paragraphs, emphasis, links, Spanish and emoji, 40 to 900
characters; every post carries the e-mail and IP fields the importer must
drop. About 700 bytes per post: 1,000,000 comments make ~700 MB.
"""
import argparse
import random

WORDS = ("el la de que y en los se del las un por con no una su para es al "
         "lo como más pero sus le ya o fue este ha sí porque esta son entre "
         "cuando muy sin sobre también me hasta hay donde quien desde todo "
         "nos durante todos uno les ni contra otros ese eso ante ellos e "
         "the of and to in is was for on that with as by at from this cartel "
         "police border story reporter town mayor army road night guns "
         "journalists spyware phone threat government corruption sinaloa "
         "tamaulipas federales plaza narco sicarios periodistas gracias "
         "cuidado verdad mentira").split()
EMOJI = ["🇲🇽", "🙏", "😡", "👍", "💀", "🤔"]


def message(rng):
    paras = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        n = rng.randint(6, 45)
        words = [rng.choice(WORDS) for _ in range(n)]
        r = rng.random()
        if r < 0.15:
            i = rng.randrange(n)
            words[i] = "<b>%s</b>" % words[i]
        elif r < 0.25:
            i = rng.randrange(n)
            words[i] = "<i>%s</i>" % words[i]
        elif r < 0.30:
            words.append('<a href="https://example.org/%d">link</a>' %
                         rng.randrange(10 ** 6))
        if rng.random() < 0.1:
            words.append(rng.choice(EMOJI))
        if rng.random() < 0.05:
            words.insert(0, "%d:%02d" % (rng.randint(1, 12), rng.randint(0, 59)))
        paras.append("<p>" + " ".join(words).capitalize() + "</p>")
    return "".join(paras)


def iso(t):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--comments", type=int, default=1000000)
    ap.add_argument("--threads", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("out")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    t0 = 1420070400  # 2015-01-01

    # thread weights: a heavy tail
    weights = [1.0 / (i + 1) ** 0.9 for i in range(a.threads)]
    rng.shuffle(weights)
    thread_of = rng.choices(range(a.threads), weights=weights, k=a.comments)

    # posts in creation order: (id, thread, parent or 0)
    posts = []
    by_thread = {}
    for i in range(a.comments):
        t = thread_of[i]
        pid = 500000000 + i
        earlier = by_thread.setdefault(t, [])
        parent = 0
        if earlier and rng.random() < 0.55:
            # half the replies answer one of the last few posts (back and
            # forth), the rest any earlier post of the thread
            k = len(earlier)
            if rng.random() < 0.5:
                parent = earlier[max(0, k - 1 - int(rng.expovariate(0.5)))]
            else:
                parent = earlier[rng.randrange(k)]
        earlier.append(pid)
        posts.append((pid, t, parent))
    del by_thread
    # 1% of replies come before their parent (swap with the parent's slot
    # when it is close by, as in real exports)
    index = {p[0]: i for i, p in enumerate(posts)}
    for i in range(len(posts)):
        pid, t, parent = posts[i]
        if parent and rng.random() < 0.01:
            j = index[parent]
            if i - j < 1000:
                posts[i], posts[j] = posts[j], posts[i]
                index[posts[i][0]] = i
                index[posts[j][0]] = j
    del index

    with open(a.out, "w", encoding="utf-8", buffering=1 << 20) as f:
        w = f.write
        w('<?xml version="1.0" encoding="utf-8"?>\n'
          '<disqus xmlns="http://disqus.com" '
          'xmlns:dsq="http://disqus.com/disqus-internals" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
          '  <category dsq:id="1"><forum>bench</forum><title>General</title>'
          '<isDefault>true</isDefault></category>\n')
        for t in range(a.threads):
            w('  <thread dsq:id="%d">\n    <id>story-%d</id>\n'
              '    <forum>bench</forum>\n    <category dsq:id="1" />\n'
              '    <link>https://old.example.com/%d/%02d/story-%d.html</link>\n'
              '    <title>Story number %d</title>\n    <message />\n'
              '    <createdAt>%s</createdAt>\n'
              '    <author><email>editor@example.com</email><name>Editor</name>'
              '<isAnonymous>false</isAnonymous><username>editor</username>'
              '</author>\n    <ipAddress>192.0.2.1</ipAddress>\n'
              '    <isClosed>false</isClosed>\n'
              '    <isDeleted>false</isDeleted>\n  </thread>\n'
              % (100000 + t, t, 2015 + t % 8, 1 + t % 12, t, t,
                 iso(t0 + t * 3000)))
        for n, (pid, t, parent) in enumerate(posts):
            anon = rng.random() < 0.2
            r = rng.random()
            deleted = "true" if r < 0.02 else "false"
            spam = "true" if 0.02 <= r < 0.03 else "false"
            name = "Guest %d" % (pid % 997) if anon else "Reader %d" % (pid % 50021)
            w('  <post dsq:id="%d">\n    <id />\n'
              '    <message><![CDATA[%s]]></message>\n'
              '    <createdAt>%s</createdAt>\n'
              '    <isDeleted>%s</isDeleted>\n    <isSpam>%s</isSpam>\n'
              '    <author>\n      <email>u%d@example.org</email>\n'
              '      <name>%s</name>\n'
              '      <isAnonymous>%s</isAnonymous>\n    </author>\n'
              '    <ipAddress>198.51.%d.%d</ipAddress>\n'
              '    <thread dsq:id="%d" />\n%s  </post>\n'
              % (pid, message(rng), iso(t0 + 600 + n * 90), deleted, spam,
                 pid % 50021, name, "true" if anon else "false",
                 pid % 256, (pid >> 8) % 256, 100000 + t,
                 '    <parent dsq:id="%d" />\n' % parent if parent else ""))
        w("</disqus>\n")


if __name__ == "__main__":
    main()
