#!/bin/sh
# fuzz.sh - build and run the libFuzzer targets in tests/fuzz.
#
#   scripts/fuzz.sh [--long] [--time SECONDS] [PARSER...]
#
# Each tests/fuzz/fuzz_<parser>.c is linked with clang against the library
# sources compiled again with clang and the sanitizers into build-fuzz/ (not
# gcc's build/libcharla.a), then run on a copy of its seed corpus
# tests/fuzz/corpus/<parser>/ (new inputs go to build-fuzz/corpus/<parser>/,
# the committed corpus is never written). Targets run one after the other
# with one job each.
#
#   default  FUZZ_TIME seconds each (30; --time N)        make fuzz
#   long     10 million executions each, no time limit   FUZZ_LONG=1 make fuzz
#
# A crash, leak, sanitizer report or timeout leaves the input in
# build-fuzz/crashes/ and makes the script exit 1 after the other targets
# have run. One line per target reports executions, executions per second
# and the result, and the last line is "fuzz: N passed, M failed".
set -u
cd "$(dirname "$0")/.." || exit 1

CC=${FUZZ_CC:-clang}
OUT=build-fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
CFLAGS_FUZZ="-g -O1 -fno-omit-frame-pointer $SAN"
time_s=${FUZZ_TIME:-30}
long=${FUZZ_LONG:-}
parsers=""
while [ $# -gt 0 ]; do
    case $1 in
    --long) long=1 ;;
    --time) shift; time_s=$1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) parsers="$parsers $1" ;;
    esac
    shift
done
if [ -z "$parsers" ]; then
    for f in tests/fuzz/fuzz_*.c; do
        p=${f#tests/fuzz/fuzz_}
        parsers="$parsers ${p%.c}"
    done
fi
if ! command -v "$CC" >/dev/null 2>&1; then
    echo "fuzz: $CC not found (apt-get install clang libclang-rt-dev)"
    exit 1
fi

# The library, through the Makefile so that only changed files are built
# again. -k: a file another change left broken costs only the targets that
# need it (they fail to link and are reported).
mkdir -p "$OUT"
echo "== building the library with $CC and sanitizers into $OUT/"
if ! make --no-print-directory -k -s BUILD="$OUT" CC="$CC" \
        CFLAGS="$CFLAGS_FUZZ -fsanitize=fuzzer-no-link" \
        "$OUT/libcharla.a" >"$OUT/lib.log" 2>&1; then
    grep -E "error|Error" "$OUT/lib.log" | head -20
    echo "fuzz: some library files did not build; using the others"
    rm -f "$OUT/libcharla.a"
    ar rcs "$OUT/libcharla.a" $(find "$OUT/src" -name '*.o' | sort)
fi
PKGS="libmicrohttpd sqlite3 libpq libsodium md4c libutf8proc expat jansson zlib"
PKG_CFLAGS=$(pkg-config --cflags $PKGS 2>/dev/null)
PKG_LIBS="$(pkg-config --libs $PKGS 2>/dev/null) -lpthread -lm"

passed=0
failed=0
mkdir -p "$OUT/bin" "$OUT/crashes" "$OUT/corpus" "$OUT/logs"
for p in $parsers; do
    src=tests/fuzz/fuzz_$p.c
    bin=$OUT/bin/fuzz_$p
    log=$OUT/logs/$p.log
    if [ ! -f "$src" ]; then
        echo "$p: no such target ($src)"
        failed=$((failed + 1))
        continue
    fi
    # shellcheck disable=SC2086
    if ! $CC -std=c11 -D_GNU_SOURCE $CFLAGS_FUZZ -fsanitize=fuzzer \
            -Wall -Wextra -Wno-unused-parameter -Wno-unused-function \
            -Isrc -Itests/fuzz $PKG_CFLAGS -o "$bin" "$src" \
            "$OUT/libcharla.a" $PKG_LIBS >"$log" 2>&1; then
        echo "$p: FAILED to build"
        sed -n '1,15p' "$log"
        failed=$((failed + 1))
        continue
    fi
    work=$OUT/corpus/$p
    mkdir -p "$work"
    if [ -n "$long" ]; then
        limit="-runs=10000000"
    else
        limit="-max_total_time=$time_s"
    fi
    seeds=tests/fuzz/corpus/$p
    [ -d "$seeds" ] || seeds=""
    dict=tests/fuzz/$p.dict
    [ -f "$dict" ] && dict="-dict=$dict" || dict=""
    # shellcheck disable=SC2086
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "./$bin" $limit -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 $dict \
        -artifact_prefix="$OUT/crashes/$p-" "$work" $seeds >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        echo "$p: ok, ${execs:-?} executions, ${speed:-?}/s"
        passed=$((passed + 1))
    else
        echo "$p: FAILED (exit $rc) after ${execs:-?} executions; see $log"
        grep -E 'ERROR:|SUMMARY:|runtime error|invariant|artifact' "$log" |
            head -8
        failed=$((failed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
