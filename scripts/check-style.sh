#!/bin/sh
# check-style.sh - `make check-style`: the rules of STYLE.md a machine can
# check. Refuses the unbounded C string functions (use buf_*, snprintf,
# str_to_int) and reports files clang-format would change.
cd "$(dirname "$0")/.." || exit 1
status=0
banned='\b(sprintf|strcpy|strcat|strncpy|strtok|gets|atoi)[[:space:]]*\('
if grep -nE "$banned" src/*.c src/*/*.c src/*/*.h 2>/dev/null |
    grep -vE '^\S+:[0-9]+:\s*(/\*|\*)'; then
    echo "check-style: use buf_*, snprintf or str_to_int instead" >&2
    status=1
fi
if command -v clang-format >/dev/null 2>&1; then
    for f in src/*.c src/*/*.c src/*/*.h; do
        if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
            echo "check-style: $f is not formatted (clang-format -i $f)"
            unformatted=1
        fi
    done
    # formatting is reported, not fatal: some tables read better by hand
fi
exit $status
