#!/bin/sh
# run-demo.sh - `make run`: create charla.db on first run, import the demo
# page into an empty database, screen its thread (the comments a new post
# would be held for go to the moderation queue), and serve it on
# 127.0.0.1:8080.
set -e
DB=${CHARLA_DB:-charla.db}
if [ ! -f "$DB" ]; then
    echo "creating $DB and importing the demo page"
    build/charla import blogger demo/blogger-export.xml --db "$DB"
    build/charla rescreen --db "$DB"
fi
exec build/charla serve --db "$DB" --listen "${CHARLA_LISTEN:-127.0.0.1:8080}"
