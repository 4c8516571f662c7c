#!/usr/bin/env bash
# Stops the cluster scripts/postgres/start.sh started and removes its folder and env file.
#
#   scripts/postgres/stop.sh [ENV_FILE]      (default .build/postgres.env)
#
# Safe to run when nothing was started (it does nothing then).
set -uo pipefail

env_file=${1:-.build/postgres.env}
[ -f "$env_file" ] || exit 0
dir=$(sed -n "s/^CHATTUI_TEST_POSTGRES_DIR='\\(.*\\)'$/\\1/p" "$env_file")
rm -f "$env_file"
case "$dir" in
    /tmp/chattui-postgres.*) ;;
    *) echo "postgres: $env_file names no cluster of ours ('$dir'); left alone" >&2; exit 1 ;;
esac
if [ -f "$dir/data/postmaster.pid" ]; then
    cd "$dir"  # the cluster's user may not be allowed into the caller's folder
    owner=$(stat -c %U "$dir/data")
    pg_ctl_bin=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V -r | head -n 1)
    [ -n "$pg_ctl_bin" ] || pg_ctl_bin=$(command -v pg_ctl)
    if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then
        runuser -u "$owner" -- "$pg_ctl_bin" -D "$dir/data" -m immediate -w stop >/dev/null
    else
        "$pg_ctl_bin" -D "$dir/data" -m immediate -w stop >/dev/null
    fi
fi
rm -rf "$dir"
