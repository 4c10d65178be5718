#!/bin/sh
# pg-cluster.sh - a private, throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-cluster.sh start [DIR]   prints a postgres:// URL on stdout
#   scripts/pg-cluster.sh stop DIR      stops the cluster and deletes DIR
#   scripts/pg-cluster.sh available     exit 0 if the server binaries exist
#   scripts/pg-cluster.sh stop-server DIR    stops the server, keeps DIR
#   scripts/pg-cluster.sh start-server DIR   starts it again, same port
#   scripts/pg-cluster.sh replica DIR RDIR   makes RDIR a streaming replica
#                                       of DIR's server (pg_basebackup -R),
#                                       starts it on a free port, prints
#                                       its URL; stop it with stop RDIR
#
# start creates DIR (a new temporary directory if not given), runs initdb
# in it, and starts a server that listens on 127.0.0.1 only, on a free
# port, with trust authentication for loopback and its own socket
# directory, so it touches no system cluster and needs no password. The
# cluster is tuned for tests, not for data: fsync is off. It creates the
# database charla_test and prints its URL, e.g.
#   postgres://charla@127.0.0.1:41234/charla_test
#
# PostgreSQL refuses to run as root. Run as root (CI, containers), the
# server runs as the system user "postgres" that Debian's package creates,
# or else as a system user "charla-test" made here with useradd.
#
# The server binaries come from PG_BIN, else the newest
# /usr/lib/postgresql/*/bin, else PATH.
set -eu

die() {
    echo "pg-cluster: $*" >&2
    exit 1
}

find_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
        return
    fi
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then
        echo "$d"
        return
    fi
    p=$(command -v initdb 2>/dev/null) || die "no initdb found (set PG_BIN)"
    dirname "$p"
}

# run_as runs a command as the cluster's owner.
run_as() {
    if [ -n "$owner" ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

pick_owner() {
    owner=""
    [ "$(id -u)" = 0 ] || return 0
    if id postgres >/dev/null 2>&1; then
        owner=postgres
    else
        if ! id charla-test >/dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin \
                charla-test || die "cannot create the user charla-test"
        fi
        owner=charla-test
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    bin=$(find_bin)
    dir=${1:-}
    if [ -z "$dir" ]; then
        dir=$(mktemp -d "${TMPDIR:-/tmp}/charla-pg.XXXXXX")
    fi
    mkdir -p "$dir"
    pick_owner
    if [ -n "$owner" ]; then
        chown "$owner" "$dir"
    fi
    chmod 700 "$dir"
    run_as "$bin/initdb" -D "$dir/data" -U charla -E UTF8 --locale=C.UTF-8 \
        -A trust >"$dir/initdb.log" 2>&1 ||
        run_as "$bin/initdb" -D "$dir/data" -U charla -E UTF8 --locale=C \
            -A trust >"$dir/initdb.log" 2>&1 ||
        die "initdb failed: $(cat "$dir/initdb.log")"
    # loopback only, password-less: nothing else can reach this cluster
    cat >"$dir/pg_hba.conf" <<EOF
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
EOF
    run_as cp "$dir/pg_hba.conf" "$dir/data/pg_hba.conf"
    tries=0
    while :; do
        port=$(free_port)
        if server_start "$dir" "$port"; then
            break
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 3 ] || die "the server did not start: $(tail -5 "$dir/server.log")"
    done
    run_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U charla charla_test ||
        die "createdb failed"
    echo "postgres://charla@127.0.0.1:$port/charla_test"
    echo "pg-cluster: running in $dir; stop with: $0 stop $dir" >&2
}

# server_start DIR PORT starts the server of DIR on PORT (records PORT).
server_start() {
    run_as "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $2 \
            -c unix_socket_directories='$1' -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" start >/dev/null 2>&1 || return 1
    echo "$2" >"$1/port"
}

stop_server() {
    dir=${1:-}
    [ -d "$dir/data" ] || die "usage: $0 stop-server DIR"
    bin=$(find_bin)
    pick_owner
    # fast: clients are cut off, committed work is checkpointed
    run_as "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null ||
        die "the server did not stop"
}

start_server() {
    dir=${1:-}
    [ -f "$dir/port" ] || die "usage: $0 start-server DIR"
    bin=$(find_bin)
    pick_owner
    server_start "$dir" "$(cat "$dir/port")" ||
        die "the server did not start: $(tail -5 "$dir/server.log")"
}

replica() {
    dir=${1:-}
    rdir=${2:-}
    [ -f "$dir/port" ] && [ -n "$rdir" ] || die "usage: $0 replica DIR RDIR"
    bin=$(find_bin)
    pick_owner
    mkdir -p "$rdir"
    if [ -n "$owner" ]; then
        chown "$owner" "$rdir"
    fi
    chmod 700 "$rdir"
    # -R writes standby.signal and primary_conninfo: a streaming replica
    run_as "$bin/pg_basebackup" -h 127.0.0.1 -p "$(cat "$dir/port")" \
        -U charla -D "$rdir/data" -R -X stream -c fast \
        >"$rdir/basebackup.log" 2>&1 ||
        die "pg_basebackup failed: $(cat "$rdir/basebackup.log")"
    tries=0
    while :; do
        port=$(free_port)
        if server_start "$rdir" "$port"; then
            break
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 3 ] || die "the replica did not start: $(tail -5 "$rdir/server.log")"
    done
    echo "postgres://charla@127.0.0.1:$port/charla_test"
}

stop() {
    dir=${1:-}
    [ -n "$dir" ] || die "usage: $0 stop DIR"
    [ -d "$dir/data" ] || die "$dir holds no cluster"
    bin=$(find_bin)
    pick_owner
    run_as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 ||
        true
    rm -rf "$dir"
}

available() {
    bin=$(find_bin 2>/dev/null) || return 1
    [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && command -v psql >/dev/null
}

case "${1:-}" in
available)
    available
    ;;
stop-server)
    shift
    stop_server "$@"
    ;;
start-server)
    shift
    start_server "$@"
    ;;
replica)
    shift
    replica "$@"
    ;;
start)
    shift
    start "$@"
    ;;
stop)
    shift
    stop "$@"
    ;;
*)
    echo "usage: $0 start [DIR] | stop DIR | available |" \
        "stop-server DIR | start-server DIR | replica DIR RDIR" >&2
    exit 2
    ;;
esac
