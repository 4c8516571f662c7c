#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster, always stopping it afterwards.
#
#   scripts/postgres/with_cluster.sh COMMAND [ARG...]
#
# The command sees CHATTUI_TEST_POSTGRES_URL (and the others start.sh writes) in its
# environment; the cluster stops when the command ends, fails or is interrupted, and the
# command's exit status is this script's.
set -euo pipefail
cd "$(dirname "$0")/../.."

env_file=.build/postgres.env
trap './scripts/postgres/stop.sh "$env_file"' EXIT
./scripts/postgres/start.sh "$env_file"
set -a
# shellcheck source=/dev/null
. "./$env_file"
set +a
"$@"
