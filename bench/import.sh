#!/bin/sh
# import.sh - the import benchmark: a Disqus export of 1,000,000 comments
# into a fresh SQLite database. Prints the summary, the wall time, the CPU
# time and the peak RSS (from /usr/bin/time -v), with the load average
# before the run (other work on the machine makes wall times noisy). Not
# part of `make test`.
#
#   bench/import.sh [COMMENTS] [CHARLA]
#
# COMMENTS defaults to 1000000; CHARLA to build/charla. The export and the
# database go to ${BENCH_DIR:-${TMPDIR:-/tmp}/charla-bench}; the export is
# generated once (bench/gen_disqus.py, deterministic) and reused.
set -eu
n=${1:-1000000}
charla=${2:-build/charla}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/charla-bench}
mkdir -p "$dir"
xml="$dir/disqus-$n.xml"
db="$dir/import-bench.db"

if [ ! -f "$xml" ]; then
    echo "generating $xml ..."
    python3 "$(dirname "$0")/gen_disqus.py" --comments "$n" \
        --threads $((n / 50 > 10 ? n / 50 : 10)) "$xml"
fi
rm -f "$db" "$db-wal" "$db-shm"
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "file: $(du -h "$xml" | cut -f1), $n comments"
/usr/bin/time -v "$charla" import disqus "$xml" --db "$db" 2>"$dir/time.log"
secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' \
    "$dir/time.log")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time.log")
usr=$(sed -n 's/.*User time (seconds): //p' "$dir/time.log")
sys=$(sed -n 's/.*System time (seconds): //p' "$dir/time.log")
echo "import: wall $secs, CPU ${usr} s user + ${sys} s sys," \
    "peak RSS $((rss / 1024)) MB, load before: $load"
echo "database: $(du -h "$db" | cut -f1)"
/usr/bin/time -v "$charla" import disqus "$xml" --db "$db" \
    >/dev/null 2>"$dir/time2.log"
secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' \
    "$dir/time2.log")
echo "again (idempotent, nothing added): wall $secs"
