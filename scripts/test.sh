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
# PostgreSQL: when its server binaries are installed, a private cluster is
# started first (scripts/pg-cluster.sh, loopback only, removed at exit) and
# its URL exported as PG_TEST_URL, so test_store runs its conformance suite
# on both backends, and the HTTP suite runs a second time against it
# ("http-pg: N passed, M failed"). A PG_TEST_URL already set is used as is;
# SKIP_PG=1 skips PostgreSQL.
#
# BUILD selects the build directory (build, or build-asan for sanitizers).
BUILD=${BUILD:-build}
passed=0
failed=0
log=$(mktemp)
pg_dir=""
cleanup() {
    rm -f "$log"
    if [ -n "$pg_dir" ]; then
        scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1
        rm -rf "$pg_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

add_counts() { # $1 passed $2 failed
    passed=$((passed + $1))
    failed=$((failed + $2))
}

if [ -z "${SKIP_PG:-}" ] && [ -z "${PG_TEST_URL:-}" ] &&
    scripts/pg-cluster.sh available; then
    echo "== starting a private PostgreSQL cluster"
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/charla-pg.XXXXXX")
    if PG_TEST_URL=$(scripts/pg-cluster.sh start "$pg_dir"); then
        export PG_TEST_URL
    else
        echo "postgres: the test cluster did not start"
        PG_TEST_URL=""
        add_counts 0 1
    fi
fi
[ -n "${SKIP_PG:-}" ] && PG_TEST_URL=""

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
if [ -n "${PG_TEST_URL:-}" ]; then
    run_suite http-pg python3 tests/http/run.py --charla "$BUILD/charla" \
        --db-url "$PG_TEST_URL"
fi
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/run.mjs ]; then
    run_suite browser node tests/browser/run.mjs --charla "$BUILD/charla"
fi
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/embed.mjs ]; then
    run_suite embed node tests/browser/embed.mjs --charla "$BUILD/charla"
fi
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/hostile.mjs ]; then
    run_suite hostile node tests/browser/hostile.mjs --charla "$BUILD/charla"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
