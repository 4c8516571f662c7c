#!/usr/bin/env bash
# Shows, with EXPLAIN ANALYZE at 100,000 tasks, which plan each of the task review's sorts
# (due, priority, title, created) gets on PostgreSQL (docs/postgres.md quotes it).
#
#   scripts/postgres/explain_sorts.sh              (a throw-away cluster of its own)
#   scripts/postgres/explain_sorts.sh URL          (an empty database you can drop)
#
# chattui migrates the database as its owner, psql adds 100,000 tasks (a third without a
# due date, priorities spread over none/low/medium/high, a fifth completed) and runs, per
# sort, the statements PostgresTaskEditor sends: `chattui tasks --sort S --limit 50`, a
# review page after a task in the middle (id 50000) and a page before a task near the end
# (id 90000). A database migrated before `postgres-tasks-by-sort-keys` (no `priority_key`
# column) gets the statements chattui sent then, which sorted by expressions.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -eq 0 ]; then
    exec ./scripts/postgres/with_cluster.sh sh -c '
        base=${CHATTUI_TEST_POSTGRES_URL%/*}
        psql -X -q "$CHATTUI_TEST_POSTGRES_URL" -c "CREATE DATABASE chattui_explain"
        exec "$0" "$base/chattui_explain"' "$0"
fi

url=$1
chattui=${CHATTUI_BIN:-.build/debug/chattui}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home "$chattui" tasks --db "$url" > /dev/null

psql -X -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
INSERT INTO tasks (title, priority, due, due_at, created_at, updated_at, completed)
SELECT (ARRAY['Call ', 'buy ', 'Write ', 'plan '])[g % 4 + 1] || 'task ' || g,
       (ARRAY[NULL, 'low', 'medium', 'high'])[g % 4 + 1],
       CASE WHEN g % 3 = 0 THEN NULL ELSE '2026-01-01' END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE timestamptz '2026-01-01' + (g % 1000) * interval '1 day' END,
       now(), now(), g % 5 = 0
FROM generate_series(1, 100000) g;
ANALYZE tasks;
SQL

keyed=$(psql -X -tA "$url" -c "SELECT count(*) FROM information_schema.columns
    WHERE table_name = 'tasks' AND column_name = 'priority_key'")
rank="CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END"
fold="translate(title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\""
if [ "$keyed" = 1 ]; then
    priority_key=priority_key
    title_key=title_key
else
    priority_key="($rank)"
    title_key="($fold)"
fi
owned="owner = (session_user::text COLLATE \"default\") AND deleted_at IS NULL"

# A literal as PostgresTaskEditor binds it: SQL's NULL for a missing value, else quoted.
literal() {
    if [ -z "$1" ]; then echo NULL; else echo "'$1'"; fi
}
field() {
    psql -X -tA "$url" -c "SELECT $1 FROM tasks WHERE id = $2"
}

# explain SORT KEYS VALUE50000 VALUE90000: the three statements for one sort, KEYS its
# columns and each VALUE an anchor's key as PostgresTaskEditor puts the bound value through
# the key's expression (empty for the creation sort, whose key is the id alone).
explain() {
    local sort=$1 keys=$2 at50=${3:+$3, } at90=${4:+$4, }
    local backward=id
    if [ "$keys" != id ]; then backward="${keys%, id} DESC, id"; fi
    cat <<SQL
\\echo == $sort: chattui tasks --sort $sort --limit 50
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned AND NOT completed ORDER BY $keys LIMIT 50;
\\echo == $sort: a review page after task 50000, pending tasks
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned AND NOT completed
  AND ($keys) >= (${at50}50000::bigint) ORDER BY $keys LIMIT 50;
\\echo == $sort: a review page before task 90000, all tasks
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned
  AND ($keys) < (${at90}90000::bigint) ORDER BY $backward DESC LIMIT 50;
SQL
}

due() { echo "coalesce($(literal "$(field due_at "$1")")::timestamptz, 'infinity'::timestamptz)"; }
rank() { echo "(${rank/CASE priority/CASE $(literal "$(field priority "$1")")::text})"; }
fold() { echo "(${fold/translate(title,/translate($(literal "$(field title "$1")")::text,})"; }
{
    explain due "due_key, id" "$(due 50000)" "$(due 90000)"
    explain priority "$priority_key, id" "$(rank 50000)" "$(rank 90000)"
    explain title "$title_key, id" "$(fold 50000)" "$(fold 90000)"
    explain created "id" "" ""
} | psql -X -q -v ON_ERROR_STOP=1 "$url" | grep -E '^==|Scan|Sort|Limit|Index Cond|Filter|Execution Time'
