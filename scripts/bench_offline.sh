#!/usr/bin/env bash
# Measures the offline engine's share of one `chattui ask --offline` turn: runs the turn
# under `perf record` and prints the wall time and the part of the samples spent in
# `OfflineEngine.events` (the engine's whole decision, both steps of an add). Then the same
# for a message only the intent classifier reads, split into the classifier's one-time
# training (`IntentClassifier.shared`) and its classifications (`IntentClassifier.classify`,
# once per step of the turn).
#
#   scripts/bench_offline.sh [debug|release]     (default debug; release builds it first)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-debug}
# The shipped build's flags (Makefile's RELEASE_FLAGS): a plain `swift build -c release` links
# the Swift runtime dynamically, which costs start-up 13,000 more symbol relocations
# (docs/performance.md), and it would replace the binary `make run` and `make bench` use.
[ "$config" = release ] && swift build -c release --static-swift-stdlib --product chattui >/dev/null
bin=.build/$config/chattui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work CHATTUI_USER=bench CHATTUI_NOW=2026-12-02T09:00:00Z
unset OPENAI_API_KEY OPENAI_BASE_URL CHATTUI_DB
"$bin" --db "$work/db" ask --offline "add renew passport next friday, it's urgent #travel" >/dev/null
runs=20

# Runs $runs turns of the message $1 under perf; prints the mean wall time in ms, then for
# each further argument (a symbol's mangled substring) its mean share of the samples in %.
measure() {
    local message=$1; shift
    rm -f "$work"/perf.*
    local start; start=$(date +%s%N)
    for _ in $(seq $runs); do
        perf record -q -F 20000 -g -o "$work/perf.$RANDOM" "$bin" --db "$work/db" ask --offline "$message" >/dev/null 2>&1
    done
    echo $(( ($(date +%s%N) - start) / 1000000 / runs ))
    for symbol in "$@"; do
        for f in "$work"/perf.*; do
            perf report -i "$f" --children --sort symbol -g none 2>/dev/null |
                awk -v s="$symbol" '!seen && index($0, s) { sub("%", "", $1); print $1; seen = 1 }'
        done | awk '{ t += $1; n++ } END { printf "%.1f\n", n ? t / n : 0 }'
    done
}

read -r wall_ms share < <(measure "add call the plumber on 3 June at 5pm, low priority #home" OfflineEngineV6events3for | paste -sd' ')
awk -v c="$config" -v w="$wall_ms" -v s="$share" 'BEGIN { printf "%s: one ask --offline turn %d ms under perf; OfflineEngine.events %.1f%% of it, %.1f ms\n", c, w, s, w * s / 100 }'

read -r wall_ms training classify < <(measure "the passport is renewed" IntentClassifierV6shared_WZ IntentClassifierV8classify | paste -sd' ')
awk -v c="$config" -v w="$wall_ms" -v t="$training" -v k="$classify" 'BEGIN { printf "%s: a turn only the classifier reads %d ms under perf; training %.1f%% of it (%.1f ms, once per process), classifying %.1f%% (%.2f ms for the whole turn)\n", c, w, t, w * t / 100, k, w * k / 100 }'
