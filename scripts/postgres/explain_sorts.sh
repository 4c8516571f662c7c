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

# explain SORT KEY VALUE: the three statements for one sort; VALUE is the anchor task's key
# as PostgresTaskEditor binds it (empty for the creation sort, whose key is the id alone).
explain() {
    local sort=$1 key=$2 value=$3 anchor50 anchor90
    anchor50=${value:+$(printf "$value" 50000), }
    anchor90=${value:+$(printf "$value" 90000), }
    cat <<SQL
\\echo == $sort: chattui tasks --sort $sort --limit 50
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned AND NOT completed ORDER BY $key, id LIMIT 50;
\\echo == $sort: a review page after task 50000, pending tasks
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned AND NOT completed
  AND ($key, id) >= (${anchor50}50000::bigint) ORDER BY $key, id LIMIT 50;
\\echo == $sort: a review page before task 90000, all tasks
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks WHERE $owned
  AND ($key, id) < (${anchor90}90000::bigint) ORDER BY $key DESC, id DESC LIMIT 50;
SQL
}

# Each anchor's key is read from its row here, then bound as chattui binds it: the due
# instant put through coalesce, the priority through the rank, the title through the fold.
{
    explain due "due_key" \
        "coalesce((SELECT due_at FROM tasks WHERE id = %s)::timestamptz, 'infinity'::timestamptz)"
    explain priority "$priority_key" "(${rank/CASE priority/CASE (SELECT priority FROM tasks WHERE id = %s)::text})"
    explain title "$title_key" "(${fold/translate(title,/translate((SELECT title FROM tasks WHERE id = %s)::text,})"
    explain created "id" ""
} | psql -X -q -v ON_ERROR_STOP=1 "$url" | grep -E '^==|Scan|Sort|Limit|Index Cond|Filter|Execution Time'
