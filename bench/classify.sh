#!/bin/bash
# classify.sh - how many comments a second `charla classify` screens on one
# core, end to end (read a line, screen it, write its verdict), over the
# pooled test texts of the abuse data sets: the measure the screening
# targets are written in. `charla eval` reports the same for screen_check
# alone (models/EVAL.md).
#
#   bench/classify.sh            # DATA=../shared/data/abuse REPEAT=10 RUNS=5
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
n=$(wc -l < "$tmp/texts")
echo "$n comments ($(wc -l < "$tmp/one") pooled test texts x $REPEAT), $RUNS runs"
TIMEFORMAT=%U
rates=()
for ((r = 1; r <= RUNS; r++)); do
    user=$( { time "$CHARLA" classify < "$tmp/texts" > /dev/null; } 2>&1 )
    rate=$(awk -v n="$n" -v u="$user" 'BEGIN { printf "%d", n / u }')
    echo "run $r: ${user} s user, $rate comments/s"
    rates+=("$rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo "median: $median comments per second of CPU time on one core"
