#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests and writes its URLs to an env file.
#
#   scripts/postgres/start.sh [ENV_FILE]     (default .build/postgres.env)
#
# Installs Debian's postgresql when no server is on the machine, runs initdb in a fresh
# temporary folder as an unprivileged user (initdb refuses root), listens on a Unix socket
# in that folder and on 127.0.0.1 at a free port, and creates:
#   - chattui_owner: a login role that is NOT a superuser (superusers bypass row-level
#     security, which the tests must see working), with CREATEDB and CREATEROLE so the
#     tests can make a database per test and the roles of two people;
#   - chattui_test: a database the superuser creates and hands to chattui_owner.
# The env file (mode 0600, values quoted for the shell's `.`) holds CHATTUI_TEST_POSTGRES_URL (the owner over TCP, with its
# password), CHATTUI_TEST_POSTGRES_SOCKET_URL (the same over the socket) and
# CHATTUI_TEST_POSTGRES_DIR, which scripts/postgres/stop.sh reads.
set -euo pipefail

env_file=${1:-.build/postgres.env}
mkdir -p "$(dirname "$env_file")"
env_file="$(cd "$(dirname "$env_file")" && pwd)/$(basename "$env_file")"

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return 0
    fi
    return 1
}

if ! bindir=$(find_bindir); then
    echo "postgres: installing postgresql from Debian's packages"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(find_bindir) || { echo "postgres: no initdb after installing postgresql" >&2; exit 1; }
fi

# The cluster's processes run as an unprivileged user: Debian's package creates
# `postgres`; a machine without it gets one.
if [ "$(id -u)" -eq 0 ]; then
    runner=postgres
    id "$runner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$runner"
    as_runner() { runuser -u "$runner" -- "$@"; }
else
    runner=$(id -un)
    as_runner() { "$@"; }
fi

dir=$(mktemp -d /tmp/chattui-postgres.XXXXXX)
chmod 0755 "$dir"
chown "$runner" "$dir"

# A free TCP port, asked of the kernel.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')

# The unprivileged user may not be allowed into the caller's folder (a checkout under /root).
cd "$dir"
as_runner "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
as_runner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }

as_runner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres <<SQL
CREATE ROLE chattui_owner LOGIN CREATEDB CREATEROLE PASSWORD '$password';
CREATE DATABASE chattui_test OWNER chattui_owner;
SQL

umask 077
cat >"$env_file" <<ENV
CHATTUI_TEST_POSTGRES_URL='postgresql://chattui_owner:$password@127.0.0.1:$port/chattui_test'
CHATTUI_TEST_POSTGRES_SOCKET_URL='postgresql://chattui_owner@/chattui_test?host=$dir&port=$port'
CHATTUI_TEST_POSTGRES_DIR='$dir'
ENV
echo "postgres: cluster in $dir on 127.0.0.1:$port and socket $dir; URLs in $env_file"
