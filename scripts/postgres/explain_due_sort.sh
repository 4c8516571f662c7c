#!/usr/bin/env bash
# Shows, with EXPLAIN ANALYZE at 100,000 tasks, which plan the task review's due-date
# pages and `chattui tasks --sort due` get on PostgreSQL (docs/postgres.md quotes it).
#
#   scripts/postgres/explain_due_sort.sh              (a throw-away cluster of its own)
#   scripts/postgres/explain_due_sort.sh URL          (an empty database you can drop)
#
# chattui migrates the database as its owner, psql adds 100,000 tasks (a third without a
# due date, a fifth completed) and runs the statements PostgresTaskEditor sends, with the
# values of a page in the middle of the list.
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
INSERT INTO tasks (title, due, due_at, created_at, updated_at, completed)
SELECT 'task ' || g,
       CASE WHEN g % 3 = 0 THEN NULL ELSE '2026-01-01' END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE timestamptz '2026-01-01' + (g % 1000) * interval '1 day' END,
       now(), now(), g % 5 = 0
FROM generate_series(1, 100000) g;
ANALYZE tasks;
\echo == a review page after a task due 2026-06-01 (id 5000): pending tasks by due date
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks
WHERE owner = (session_user::text COLLATE "default") AND deleted_at IS NULL AND NOT completed
  AND (due_key, id) >= (coalesce('2026-06-01T00:00:00Z'::timestamptz, 'infinity'::timestamptz), 5000::bigint)
ORDER BY due_key, id LIMIT 50;
\echo == a review page before a task without a due date (id 90000): all tasks by due date
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks
WHERE owner = (session_user::text COLLATE "default") AND deleted_at IS NULL
  AND (due_key, id) < (coalesce(NULL::timestamptz, 'infinity'::timestamptz), 90000::bigint)
ORDER BY due_key DESC, id DESC LIMIT 50;
\echo == chattui tasks --sort due --limit 50
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
SELECT id, title FROM tasks
WHERE owner = (session_user::text COLLATE "default") AND deleted_at IS NULL AND NOT completed
ORDER BY due_key, id LIMIT 50;
SQL
