#!/bin/sh
# test.sh - runs every suite and ends with one line "N passed, N failed".
#
#   unit     each build/tests/test_* binary (Check); its summary line
#            "NN%: Checks: N, Failures: F, Errors: E" is added up
#   http     tests/http/run.py: a real `charla serve` on a free loopback
#            port with a temporary database (prints "http: N passed, M failed")
#   browser  tests/browser/run.mjs in Debian's Chromium via playwright-core
#            (prints "browser: N passed, M failed")
#
# BUILD selects the build directory (build, or build-asan for sanitizers).
BUILD=${BUILD:-build}
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

add_counts() { # $1 passed $2 failed
    passed=$((passed + $1))
    failed=$((failed + $2))
}

echo "== unit tests ($BUILD)"
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    "$t" >"$log" 2>&1
    rc=$?
    line=$(grep -E '^[0-9]+%: Checks: ' "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "$(basename "$t"): crashed or printed no summary (exit $rc)"
        cat "$log"
        add_counts 0 1
        continue
    fi
    n=$(echo "$line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
    f=$(echo "$line" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
    e=$(echo "$line" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
    bad=$((f + e))
    echo "$(basename "$t"): $((n - bad)) passed, $bad failed"
    [ "$bad" -gt 0 ] && grep -E ':[EF]:' "$log"
    add_counts $((n - bad)) $bad
done

run_suite() { # $1 name, rest: command
    name=$1
    shift
    echo "== $name tests"
    "$@" 2>&1 | tee "$log"
    line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed" "$log" | tail -1)
    if [ -z "$line" ]; then
        echo "$name: the suite did not finish"
        add_counts 0 1
        return
    fi
    p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    add_counts "$p" "$f"
}

run_suite http python3 tests/http/run.py --charla "$BUILD/charla"
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/run.mjs ]; then
    run_suite browser node tests/browser/run.mjs --charla "$BUILD/charla"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
