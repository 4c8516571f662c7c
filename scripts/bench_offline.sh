#!/usr/bin/env bash
# Measures the offline engine's share of one `chattui ask --offline` turn: runs the turn
# under `perf record` and prints the wall time and the part of the samples spent in
# `OfflineEngine.events` (the engine's whole decision, both steps of an add).
#
#   scripts/bench_offline.sh [debug|release]     (default debug; release builds it first)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}
[ "$config" = release ] && swift build -c release --product chattui >/dev/null
bin=.build/$config/chattui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work CHATTUI_USER=bench CHATTUI_NOW=2026-12-02T09:00:00Z
unset OPENAI_API_KEY OPENAI_BASE_URL CHATTUI_DB
"$bin" --db "$work/db" ask --offline "add renew passport next friday, it's urgent #travel" >/dev/null
runs=20
start=$(date +%s%N)
for _ in $(seq $runs); do
    perf record -q -F 20000 -g -o "$work/perf.$RANDOM" "$bin" --db "$work/db" ask --offline \
        "add call the plumber on 3 June at 5pm, low priority #home" >/dev/null 2>&1
done
wall_ms=$(( ($(date +%s%N) - start) / 1000000 / runs ))
share=$(for f in "$work"/perf.*; do
    perf report -i "$f" --children --sort symbol -g none 2>/dev/null |
        awk '!seen && /OfflineEngineV6events3for/ { sub("%", "", $1); print $1; seen = 1 }'
done | awk '{ s += $1; n++ } END { printf "%.1f", s / n }')
awk -v c="$config" -v w="$wall_ms" -v s="$share" 'BEGIN { printf "%s: one ask --offline turn %d ms under perf; OfflineEngine.events %.1f%% of it, %.1f ms\n", c, w, s, w * s / 100 }'
