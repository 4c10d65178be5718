#!/bin/bash
# classify.sh - how many comments a second `charla classify` screens on one
# core, end to end (read a line, screen it, write its verdict), over the
# pooled test texts of the abuse data sets: the measure the screening
# targets are written in. `charla eval` reports the same for screen_check
# alone (models/EVAL.md).
#
#   bench/classify.sh            # DATA=../shared/data/abuse REPEAT=10 RUNS=5
#   LISTS=1000 bench/classify.sh # with site lists of 1,000 banned words,
#                                # 1,000 suspect words and phrases and 500
#                                # protected names (made-up words, fixed seed)
#
# Prints each run's user CPU time and the median rate.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/abuse}
REPEAT=${REPEAT:-10}
RUNS=${RUNS:-5}
CHARLA=${CHARLA:-build/charla}
[ -x "$CHARLA" ] || { echo "classify.sh: build charla first (make)" >&2; exit 1; }
tmp=$(mktemp -d /tmp/charla-classify.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
shopt -s nullglob
tests=("$DATA"/*/test.tsv)
[ ${#tests[@]} -gt 0 ] || { echo "classify.sh: no */test.tsv under $DATA" >&2; exit 1; }
for f in "${tests[@]}"; do tail -n +2 "$f" | cut -f3-; done > "$tmp/one"
for ((i = 0; i < REPEAT; i++)); do cat "$tmp/one"; done > "$tmp/texts"
LISTS=${LISTS:-0}
lists=()
if [ "$LISTS" -gt 0 ]; then
    # made-up words of 5 to 10 letters: a site's own list seldom matches
    # a comment, so this measures the look-up every comment pays
    words() { # $1 entries, $2 seed, $3 share of two-word entries, $4 capitalise
        awk -v n="$1" -v seed="$2" -v two="$3" -v cap="$4" 'BEGIN {
            srand(seed)
            for (i = 0; i < n; i++) {
                line = ""
                k = (rand() < two) ? 2 : 1
                for (j = 0; j < k; j++) {
                    w = ""
                    l = 5 + int(rand() * 6)
                    for (c = 0; c < l; c++)
                        w = w sprintf("%c", 97 + int(rand() * 26))
                    if (cap) w = toupper(substr(w, 1, 1)) substr(w, 2)
                    line = line (j ? " " : "") w
                }
                print line
            }
        }'
    }
    words "$LISTS" 1 0 0 > "$tmp/banned"
    words "$LISTS" 2 0.3 0 > "$tmp/suspect"
    words $((LISTS / 2)) 3 1 1 > "$tmp/protected"
    lists=(--banned "$tmp/banned" --suspect "$tmp/suspect" --protected "$tmp/protected")
fi
n=$(wc -l < "$tmp/texts")
echo "$n comments ($(wc -l < "$tmp/one") pooled test texts x $REPEAT), $RUNS runs${lists:+, site lists of $LISTS entries}"
TIMEFORMAT=%U
rates=()
for ((r = 1; r <= RUNS; r++)); do
    user=$( { time "$CHARLA" classify "${lists[@]}" < "$tmp/texts" > /dev/null; } 2>&1 )
    rate=$(awk -v n="$n" -v u="$user" 'BEGIN { printf "%d", n / u }')
    echo "run $r: ${user} s user, $rate comments/s"
    rates+=("$rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo "median: $median comments per second of CPU time on one core"
