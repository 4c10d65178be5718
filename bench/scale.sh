#!/bin/sh
# scale.sh - `make bench` part two: does the cost of reading a thread stay
# flat as the database grows? For 1k, 100k and 1M comments in the
# database (spread over many articles, as a site's history is), R1 reads
# the same 200-comment thread with wrk and the peak RSS is noted.
set -e
cd "$(dirname "$0")/.."
DUR=${BENCH_SECONDS:-10}
SIZES=${BENCH_SIZES:-"1000 100000 1000000"}
tmp=$(mktemp -d)
trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
free_port() {
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'
}
echo "| comments in the database | R1 requests/s | p99 ms | peak RSS MB |"
echo "|---:|---:|---:|---:|"
for n in $SIZES; do
    db="$tmp/scale-$n.db"
    build/charla import blogger demo/blogger-export.xml --db "$db" >/dev/null
    python3 bench/fill_history.py "$db" "$n"
    port=$(free_port)
    CHARLA_RATE_LIMIT=off build/charla serve --db "$db" \
        --listen "127.0.0.1:$port" --quiet >"$tmp/log" 2>&1 &
    pid=$!
    sleep 0.5
    python3 bench/fill_thread.py "http://127.0.0.1:$port" 200
    url="http://127.0.0.1:$port/2021/07/israel-refuses-to-extradite-tomas-zeron.html"
    out=$(wrk -t2 -c64 -d"${DUR}s" --latency -s bench/wrk/read.lua "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | grep '^STATUS' | sed 's/.*p99_ms=//')
    rss=$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
    echo "| $n | $rps | $p99 | $rss |"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
done
