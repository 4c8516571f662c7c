#!/usr/bin/env bash
# Counts the statements (each one a round trip to the server) and the transactions of one
# `chattui ask --offline -r ID` turn on PostgreSQL (docs/scaling.md quotes it).
#
#   scripts/postgres/count_round_trips.sh                 (debug build)
#   CHATTUI_BIN=.build/release/chattui scripts/postgres/count_round_trips.sh
#
# It starts a throw-away cluster of its own (stopped at the end), lets chattui migrate it
# and start conversation 1, then has the server log every statement of the owner role
# (`log_statement = all`) while one more turn runs in that conversation: a turn that adds a
# task (one tool step, then the reply) and a turn that only answers. postgres-nio sends one
# statement at a time and waits for its answer, so statements are round trips; the few of
# connecting (startup, SCRAM) are not logged and not counted.
set -euo pipefail
cd "$(dirname "$0")/../.."

chattui=${CHATTUI_BIN:-.build/debug/chattui}
env_file=.build/postgres-count.env
home=$(mktemp -d)
trap './scripts/postgres/stop.sh "$env_file"; rm -rf "$home"' EXIT
./scripts/postgres/start.sh "$env_file" > /dev/null
set -a
# shellcheck source=/dev/null
. "./$env_file"
set +a
log=$CHATTUI_TEST_POSTGRES_DIR/server.log
port=${CHATTUI_TEST_POSTGRES_SOCKET_URL##*port=}
superuser() {
    psql -X -q -v ON_ERROR_STOP=1 -h "$CHATTUI_TEST_POSTGRES_DIR" -p "$port" -U postgres -d postgres "$@"
}
ask() {
    env -u OPENAI_API_KEY -u OPENAI_BASE_URL HOME="$home" CHATTUI_NOW=2026-03-02T09:00:00Z \
        "$chattui" --db "$CHATTUI_TEST_POSTGRES_URL" ask --offline "$@" > /dev/null 2>&1
}

ask "add a task: water the plants"
superuser -c "ALTER SYSTEM SET log_line_prefix = '[%p] '" \
    -c "ALTER ROLE chattui_owner SET log_statement = 'all'" -c "SELECT pg_reload_conf()" > /dev/null

# One turn, its statements printed and counted from the server's log.
count() {
    local label=$1
    shift
    local start
    start=$(($(stat -c %s "$log") + 1))
    ask -r 1 "$@"
    # A statement is "[pid] LOG:  execute <unnamed>: SQL" (or "statement: SQL") and the
    # tab-indented lines after it; its parameters follow on DETAIL lines, not statements.
    tail -c "+$start" "$log" | awk '
        /^\[[0-9]+\] / { if (text != "") print text; text = "" }
        /^\[[0-9]+\] LOG:  (execute [^:]*|statement): / { sub(/^\[[0-9]+\] LOG:  (execute [^:]*|statement): /, ""); text = $0; next }
        /^\t/ && text != "" { sub(/^\t+/, " "); text = text $0 }
        END { if (text != "") print text }' > "$home/statements"
    echo "== $label: chattui ask --offline -r 1 $*"
    awk '{ line = $0; if (length(line) > 110) line = substr(line, 1, 107) "..."; printf "%3d  %s\n", NR, line }' \
        "$home/statements"
    awk -v label="$label" '
        /^BEGIN/ { inside = 1; transactions++; next }
        /^(COMMIT|ROLLBACK)/ { inside = 0; next }
        { statements++; if (!inside) transactions++ }
        /^SELECT [^(]* FROM conversations WHERE id = / { conversation++ }
        /conversation_leases/ { lease++ }
        END {
            printf "%s: %d round trips (%d statements and %d BEGIN/COMMIT), %d transactions; ",
                label, NR, statements, NR - statements, transactions
            printf "the conversation row read by a statement of its own %d times, ", conversation
            printf "the lease table touched by %d statements\n\n", lease
        }' "$home/statements"
}

count "a turn with a tool step" "add a task: call the plumber"
count "a turn that only answers" "thanks"
