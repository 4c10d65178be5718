#!/bin/sh
# run.sh - `make bench`: charla side by side with nginx on this machine.
#
# One run, one script: builds a database with the demo article and a
# 200-comment thread, starts charla (rate limits off: CHARLA_RATE_LIMIT=off)
# and nginx (Debian package) serving the same page bytes as a static file,
# then runs wrk -t2 -c64 for each row:
#   N0  nginx serves the thread page as a file
#   R1  charla serves the 200-comment thread page
#   R2  charla serves the front page
#   E1  charla serves the embed widget's thread JSON of a 200-comment
#       thread (an external article, as a blog with the widget makes)
#   F1  charla serves the site-wide comments feed (/feeds/comments.atom)
#       while the newest 50 comments are all in one thread of 2,000
#   W1  charla accepts unique comments (JSON POST)
#   W2  95 % R1 reads, 5 % W1 posts
# and checks that the 2xx answers of W1 and W2 equal the rows stored.
# Results go to stdout and bench/results.md.
set -e
cd "$(dirname "$0")/.."
DUR=${BENCH_SECONDS:-10}
# CHARLA: the binary to measure (another build, to compare two)
CHARLA=${CHARLA:-build/charla}
CONN=${BENCH_CONNECTIONS:-64}
command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || {
    echo "bench needs nginx: apt-get install nginx-light" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
chmod 755 "$tmp" # nginx workers run as another user
cleanup() {
    [ -n "$charla_pid" ] && kill "$charla_pid" 2>/dev/null
    [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'
}

db="$tmp/bench.db"
"$CHARLA" import blogger demo/blogger-export.xml --db "$db" >/dev/null
# Raid mode would rightly switch a thread that takes thousands of posts a
# second to pre-moderation: the benchmark measures the normal path.
python3 - "$db" <<PY
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for k in ("raid_comments_per_min", "raid_readers_per_min"):
    con.execute("INSERT OR REPLACE INTO settings VALUES (?, '0')", (k,))
# W1 posts to an article of its own, so that R1 and W2 keep measuring a
# thread of about 200 comments rather than one W1 grew to thousands.
con.execute("INSERT INTO articles(path, title, published) VALUES "
            "('/bench/posts.html', 'Benchmark posts', 1)")
# F1: the newest comments of the site go to a thread of their own, which
# grows to 2,000 comments (a story that drew a crowd)
con.execute("INSERT INTO articles(path, title, published) VALUES "
            "('/bench/crowd.html', 'Benchmark crowd', 1)")
# E1: a blog at this origin embeds the discussion of its pages
con.execute("INSERT OR REPLACE INTO settings VALUES "
            "('embed_origins', 'http://blog.example')")
con.commit()
PY
cport=$(free_port)
CHARLA_RATE_LIMIT=off "$CHARLA" serve --db "$db" --listen "127.0.0.1:$cport" \
    --quiet >"$tmp/charla.log" 2>&1 &
charla_pid=$!
sleep 0.5
base="http://127.0.0.1:$cport"
# The thread: the demo's 33 comments plus readers' comments up to 200.
python3 bench/fill_thread.py "$base" 200
# E1's thread: the widget's first request makes the external article
embed_json="$base/embed/thread.json?url=http%3A%2F%2Fblog.example%2Fbusy.html"
curl -sf "$embed_json&title=Busy" -o /dev/null
python3 bench/fill_thread.py "$base" 200 /x/blog.example/
# F1's thread, filled last: its comments are the newest of the site
python3 bench/fill_thread.py "$base" 2000 /bench/crowd.html
article=/2021/07/israel-refuses-to-extradite-tomas-zeron.html
curl -s "$base$article" -o "$tmp/thread.html"
mkdir -p "$tmp/www/2021/07"
cp "$tmp/thread.html" "$tmp/www$article"
nport=$(free_port)
cat >"$tmp/nginx.conf" <<NGINX
worker_processes 2;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    types { text/html html; }
    server {
        listen 127.0.0.1:$nport;
        root $tmp/www;
    }
}
NGINX
"$NGINX" -c "$tmp/nginx.conf" -p "$tmp" 2>/dev/null
sleep 0.3

run() { # name url script
    out=$(wrk -t2 -c"$CONN" -d"${DUR}s" --latency -s "$3" "$2" 2>&1)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    status=$(echo "$out" | grep '^STATUS' | sed 's/STATUS //')
    echo "$1 $rps $status"
}

aid=$(curl -s "$base/api/v1/articles" | python3 -c 'import json,sys;print([a["id"] for a in json.load(sys.stdin)["articles"] if a["path"].startswith("/2021/")][0])')
w1aid=$(curl -s "$base/api/v1/articles" | python3 -c 'import json,sys;print([a["id"] for a in json.load(sys.stdin)["articles"] if a["path"] == "/bench/posts.html"][0])')
sed "s|POST_PATH|/api/v1/articles/$aid/comments|" bench/wrk/mix.lua >"$tmp/mix.lua"
rows_before=$(sqlite3 "$db" "select count(*) from comments" 2>/dev/null ||
    python3 -c "import sqlite3;print(sqlite3.connect('$db').execute('select count(*) from comments').fetchone()[0])")

n0=$(run N0 "http://127.0.0.1:$nport$article" bench/wrk/read.lua)
r1=$(run R1 "$base$article" bench/wrk/read.lua)
r2=$(run R2 "$base/" bench/wrk/read.lua)
e1=$(run E1 "$embed_json" bench/wrk/read.lua)
f1=$(run F1 "$base/feeds/comments.atom" bench/wrk/read.lua)
w1=$(run W1 "$base/api/v1/articles/$w1aid/comments" bench/wrk/post.lua)
w2=$(run W2 "$base$article" "$tmp/mix.lua")
rows_after=$(python3 -c "import sqlite3;print(sqlite3.connect('$db').execute('select count(*) from comments').fetchone()[0])")
rows_w1=$(python3 -c "import sqlite3;print(sqlite3.connect('$db').execute('select count(*) from comments where article_id = $w1aid').fetchone()[0])")
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$charla_pid/status")

python3 bench/report.py "$rows_before" "$rows_after" "$rows_w1" "$rss_kb" "$DUR" "$CONN" \
    "$n0" "$r1" "$r2" "$e1" "$f1" "$w1" "$w2" | tee bench/results.md
