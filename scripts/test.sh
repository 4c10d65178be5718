#!/bin/sh
# test.sh - runs every suite and ends with one line "N passed, N failed".
#
#   unit     each build/tests/test_* binary (Check); its summary line
#            "NN%: Checks: N, Failures: F, Errors: E" is added up
#   http     tests/http/run.py: a real `charla serve` on a free loopback
#            port with a temporary database (prints "http: N passed, M failed")
#   browser  tests/browser/run.mjs in Debian's Chromium via playwright-core
#            (prints "browser: N passed, M failed"); likewise embed.mjs
#            (the embed widget), hostile.mjs (naughty strings and XSS
#            vectors), a11y.mjs (axe-core, keyboard, 320 px) and
#            drafts.mjs (the editor's text through a session's end)
#   asan     the unit and HTTP suites again on a second build with
#            AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer
#            (build-asan/, `make asan`); any sanitizer report is a failure.
#            SKIP_ASAN=1 skips it.
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
# every failing test's name, listed again just before the summary line so
# the end of a long run says what broke
failures=$(mktemp)
pg_dir=""
cleanup() {
    rm -f "$log" "$failures"
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
        echo "postgres: the test cluster did not start" >>"$failures"
        PG_TEST_URL=""
        add_counts 0 1
    fi
fi
[ -n "${SKIP_PG:-}" ] && PG_TEST_URL=""

# run_unit DIR LABEL: every Check binary in DIR/tests; a sanitizer report
# in a binary's output fails it even if its checks passed.
run_unit() {
    echo "== unit tests ($2)"
    for t in "$1"/tests/test_*; do
        [ -x "$t" ] || continue
        "$t" >"$log" 2>&1
        rc=$?
        line=$(grep -E '^[0-9]+%: Checks: ' "$log" | tail -1)
        if [ -z "$line" ]; then
            echo "$(basename "$t"): crashed or printed no summary (exit $rc)"
            cat "$log"
            echo "$2 $(basename "$t"): crashed (exit $rc)" >>"$failures"
            add_counts 0 1
            continue
        fi
        n=$(echo "$line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
        f=$(echo "$line" | sed -E 's/.*Failures: ([0-9]+).*/\1/')
        e=$(echo "$line" | sed -E 's/.*Errors: ([0-9]+).*/\1/')
        bad=$((f + e))
        if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
            echo "$(basename "$t"): sanitizer report"
            grep -E -A20 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" |
                head -60
            bad=$((bad + 1))
        fi
        echo "$(basename "$t"): $((n - bad < 0 ? 0 : n - bad)) passed, $bad failed"
        if [ "$bad" -gt 0 ]; then
            grep -E ':[EF]:' "$log"
            grep -E ':[EF]:' "$log" | cut -c1-200 | sed "s|^|$2 |" >>"$failures"
            grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" &&
                echo "$2 $(basename "$t"): sanitizer report" >>"$failures"
        fi
        add_counts $((n - bad < 0 ? 0 : n - bad)) $bad
    done
}

run_unit "$BUILD" "$BUILD"

run_suite() { # $1 name, rest: command
    name=$1
    shift
    echo "== $name tests"
    # a suite that hangs is stopped after SUITE_TIMEOUT seconds and counts
    # as a failure, so the run always ends
    timeout -k 10 "${SUITE_TIMEOUT:-1200}" "$@" 2>&1 | tee "$log"
    line=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed" "$log" | tail -1)
    grep -E '^FAIL ' "$log" | sed "s|^|$name: |" >>"$failures"
    if [ -z "$line" ]; then
        echo "$name: the suite did not finish"
        echo "$name: the suite did not finish" >>"$failures"
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
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/a11y.mjs ]; then
    run_suite a11y node tests/browser/a11y.mjs --charla "$BUILD/charla"
fi
if [ -z "$SKIP_BROWSER" ] && [ -f tests/browser/drafts.mjs ]; then
    run_suite drafts node tests/browser/drafts.mjs --charla "$BUILD/charla"
fi

if [ -z "${SKIP_ASAN:-}" ]; then
    echo "== building with sanitizers (build-asan)"
    if make --no-print-directory asan >"$log" 2>&1; then
        run_unit build-asan asan
        # The sandbox keeps LeakSanitizer from reading /proc at exit, so the
        # sanitizer run serves without it; every report lands in asan_logs.
        asan_logs=$(mktemp -d)
        export CHARLA_SANDBOX=off
        export ASAN_OPTIONS="detect_leaks=1:log_path=$asan_logs/asan"
        export UBSAN_OPTIONS="print_stacktrace=1:log_path=$asan_logs/ubsan"
        run_suite http-asan python3 tests/http/run.py \
            --charla build-asan/charla --label http-asan
        unset CHARLA_SANDBOX ASAN_OPTIONS UBSAN_OPTIONS
        if [ -n "$(ls "$asan_logs")" ]; then
            echo "http-asan: sanitizer reports from the server:"
            cat "$asan_logs"/* | head -80
            echo "http-asan: sanitizer reports from the server" >>"$failures"
            add_counts 0 "$(ls "$asan_logs" | wc -l)"
        fi
        rm -rf "$asan_logs"
    else
        echo "asan: the sanitizer build failed"
        echo "asan: the sanitizer build failed" >>"$failures"
        tail -20 "$log"
        add_counts 0 1
    fi
fi

if [ -s "$failures" ]; then
    echo "== failed"
    cat "$failures"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
