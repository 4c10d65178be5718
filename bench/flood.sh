#!/bin/sh
# flood.sh - does one client's flood hurt the others? (docs/security.md)
#
# Starts charla with its default flood limits and CHARLA_TRUST_TEST_CLIENT=1,
# so the X-Charla-Test-Client header can stand for clients on different
# networks (all of this runs on loopback). A "victim" reader fetches the
# article page at 10 requests a second and its latency is recorded:
#   before   alone
#   flood    while wrk -t2 -c64 floods the same page as client "flooder"
#   nolimit  the same flood with CHARLA_RATE_LIMIT=off (for comparison)
# Prints p50/p99/max of the victim and what the flooder got.
set -e
cd "$(dirname "$0")/.."
DUR=${FLOOD_SECONDS:-10}
command -v wrk >/dev/null || { echo "flood.sh needs wrk: apt-get install wrk" >&2; exit 1; }
tmp=$(mktemp -d)
charla_pid=
cleanup() {
    [ -n "$charla_pid" ] && kill "$charla_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
article=/2021/07/israel-refuses-to-extradite-tomas-zeron.html
build/charla import blogger demo/blogger-export.xml --db "$tmp/f.db" >/dev/null

start() { # extra environment assignments
    [ -n "$charla_pid" ] && kill "$charla_pid" && wait "$charla_pid" 2>/dev/null || true
    env CHARLA_TRUST_TEST_CLIENT=1 "$@" build/charla serve --db "$tmp/f.db" \
        --listen "127.0.0.1:$port" --quiet >>"$tmp/charla.log" 2>&1 &
    charla_pid=$!
    sleep 0.5
}

victim() { # label
    python3 - "$port" "$article" "$DUR" "$1" <<'PY'
import http.client, sys, time
port, path, dur, label = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), sys.argv[4]
lat, codes = [], {}
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
t_end = time.time() + dur
nxt = time.time()
while time.time() < t_end:
    t0 = time.perf_counter()
    try:
        conn.request("GET", path, headers={"X-Charla-Test-Client": "victim"})
        r = conn.getresponse(); r.read(); code = r.status
    except Exception:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        code = "error"
    lat.append((time.perf_counter() - t0) * 1000)
    codes[code] = codes.get(code, 0) + 1
    nxt += 0.1
    time.sleep(max(0, nxt - time.time()))
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
print("%-8s victim: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms, status %s"
      % (label, len(lat), q(0.5), q(0.99), lat[-1], codes))
PY
}

flood() { # label
    wrk -t2 -c64 -d"${DUR}s" -H "X-Charla-Test-Client: flooder" \
        "http://127.0.0.1:$port$article" >"$tmp/wrk-$1.txt" 2>&1 &
    wrk_pid=$!
    victim "$1"
    wait "$wrk_pid"
    rps=$(awk '/Requests\/sec/ {print $2}' "$tmp/wrk-$1.txt")
    total=$(awk '/requests in/ {print $1}' "$tmp/wrk-$1.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$tmp/wrk-$1.txt")
    echo "$1 flooder: $total requests ($rps/s), refused (non-2xx): ${non2xx:-0}"
}

start
victim before
flood flood
start CHARLA_RATE_LIMIT=off
flood nolimit
