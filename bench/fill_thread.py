#!/usr/bin/env python3
"""fill_thread.py BASE N [PATH_PREFIX] - posts readers' comments to the
first article whose path starts with PATH_PREFIX (default: the demo
article's "/2021/") until its thread has N comments (a mix of top-level
comments and replies, as a busy thread has)."""
import json
import sys
import urllib.request

base, target = sys.argv[1], int(sys.argv[2])
prefix = sys.argv[3] if len(sys.argv) > 3 else "/2021/"
arts = json.load(urllib.request.urlopen(base + "/api/v1/articles"))["articles"]
# the demo article (the benchmark may add others), or the one asked for
aid = [a["id"] for a in arts if a["path"].startswith(prefix)][0]
url = "%s/api/v1/articles/%d/comments" % (base, aid)
have_comments = json.load(urllib.request.urlopen(url))["comments"]
have = len(have_comments)
# replies go to comments 1 to 13, once there are that many at the top
top = sum(1 for c in have_comments if "." not in c["number"])
i = 0
while have < target:
    i += 1
    body = {"body": "Reader comment %d: the extradition request, the 43 "
                    "students and the spyware contracts deserve answers. "
                    "See #%d for context." % (i, 1 + i % 13)}
    if i % 3 == 0 and top >= 1 + i % 13:
        body["parent"] = str(1 + i % 13)
    else:
        top += 1
    req = urllib.request.Request(url, json.dumps(body).encode(),
                                 {"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        if r.status != 201:
            sys.exit("fill_thread: a post was answered %d, not 201 "
                     "(screening or raid mode on?)" % r.status)
        have += 1
