#!/usr/bin/env python3
"""fill_history.py DB N - adds old articles with comments to a charla
SQLite database until it holds N comments, written straight into the
tables (as an import would), so the scale benchmark can start from a big
site quickly. Raid mode is switched off for the benchmark."""
import sqlite3
import sys

db, target = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=OFF")
for k in ("raid_comments_per_min", "raid_readers_per_min"):
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, '0')", (k,))
have = con.execute("SELECT COUNT(*) FROM comments").fetchone()[0]
per_article = 500
art = 0
while have < target:
    art += 1
    cur = con.execute(
        "INSERT INTO articles(path, title, published) VALUES (?, ?, ?)",
        ("/archive/%d.html" % art, "Archive story %d" % art,
         1500000000 + art * 3600))
    aid = cur.lastrowid
    n = min(per_article, target - have)
    rows = []
    for i in range(1, n + 1):
        rows.append((aid, str(i), i, 0, "%06d" % i, 0, 1, "", "",
                     1500000000 + art * 3600 + i,
                     "Archived reader comment %d on story %d, with a few "
                     "words about the case." % (i, art)))
    con.executemany(
        "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
        "status, author_kind, author_hash, author_name, created, body) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    have += n
con.commit()
