#!/bin/bash
# run.sh - measures, on this machine, how many comments a second the popular
# npm word-list profanity filters screen (and how well) over the same pooled
# test texts bench/classify.sh times charla on, so charla's speed can be
# given as a ratio to them from one run. Each filter runs in its own node
# process (bench.mjs), one after another, on one thread; report.mjs prints a
# speed table and a macro-F1-per-set table in markdown.
#
#   bench/wordlist/run.sh                  # all filters
#   bench/wordlist/run.sh obscenity leo-profanity
#   DATA=../shared/data/abuse PASSES=5 bench/wordlist/run.sh
#
# Installs the pinned packages (npm ci) into bench/wordlist/node_modules
# when that is missing. When build/charla exists, it then times `charla
# classify` over the same texts (bench/classify.sh, PASSES runs) and prints
# charla's rate as a ratio to each filter's, all from this one run. The
# filters are timed on the call alone, texts already in memory; charla's
# rate includes reading each line and writing its verdict.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DATA=${DATA:-../shared/data/abuse}
export PASSES=${PASSES:-5}
dir=bench/wordlist
command -v node >/dev/null || { echo "run.sh: node is needed (20 or later)" >&2; exit 1; }
if [ ! -d "$dir/node_modules" ]; then
    if [ -f "$dir/package-lock.json" ]; then
        (cd "$dir" && npm ci --no-audit --no-fund) >&2
    else
        (cd "$dir" && npm install --no-audit --no-fund) >&2
    fi
fi
if [ $# -gt 0 ]; then filters=("$@"); else mapfile -t filters < <(node "$dir/bench.mjs" --list); fi
tmp=$(mktemp /tmp/charla-wordlist.XXXXXX)
trap 'rm -f "$tmp"' EXIT
echo "node $(node --version), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" >&2
for f in "${filters[@]}"; do
    echo "running $f ..." >&2
    if ! line=$(node "$dir/bench.mjs" "$f") || [ -z "$line" ]; then
        line=$(node -e 'console.log(JSON.stringify({filter: process.argv[1], skipped: "bench.mjs failed (see stderr)"}))' "$f")
    fi
    echo "$line" >> "$tmp"
done
echo
node "$dir/report.mjs" "$tmp"
if [ -x build/charla ]; then
    echo "running charla classify (bench/classify.sh) ..." >&2
    rate=$(RUNS=$PASSES bench/classify.sh | sed -n 's/^median: \([0-9]*\).*/\1/p')
    [ -n "$rate" ] || { echo "run.sh: bench/classify.sh gave no median" >&2; exit 1; }
    echo
    echo "### charla classify on the same texts: $rate comments/s of CPU time (median of $PASSES runs)"
    echo
    echo "| filter | its comments/s (CPU) | charla / filter |"
    echo "|---|---:|---:|"
    node -e '
        const fs = require("fs");
        const rate = Number(process.argv[2]);
        const rows = fs.readFileSync(process.argv[1], "utf8").split("\n")
            .filter((l) => l.startsWith("{")).map((l) => JSON.parse(l))
            .filter((r) => !r.skipped).sort((a, b) => b.cpuRate - a.cpuRate);
        for (const r of rows)
            console.log(`| ${r.filter} | ${r.cpuRate.toLocaleString("en-US")} | ${(rate / r.cpuRate).toFixed(2)} |`);
    ' "$tmp" "$rate"
fi
