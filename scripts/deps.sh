#!/bin/sh
# deps.sh - install the Debian packages charla needs to build, run and test,
# if any are missing. As root it runs apt-get; otherwise it prints the one
# command to run and stops with an error.
set -e
PKGS="build-essential pkg-config libmicrohttpd-dev libsqlite3-dev libpq-dev
libsodium-dev libmd4c-dev libutf8proc-dev libexpat1-dev libjansson-dev
zlib1g-dev check python3 postgresql chromium nodejs npm tzdata"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        # nodejs from another source provides npm itself
        if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
        if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
        missing="$missing $p"
    fi
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "installing:$missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "charla needs these Debian packages. Run:" >&2
        echo "  sudo apt-get install -y$missing" >&2
        exit 1
    fi
fi
# The browser tests drive Debian's Chromium with playwright-core from npm.
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && npm install --no-audit --no-fund --silent) || {
        echo "npm install in tests/browser failed" >&2; exit 1; }
fi
