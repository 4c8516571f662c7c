#!/usr/bin/env bash
# Measures start-up time and memory of the release binary, the chat screen's first frame
# and the task review's keys, on an empty database and on one holding a 100,000-message
# conversation and 100,000 tasks. Prints a Markdown table.
#
#   scripts/bench.sh            (needs hyperfine: installed from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null || sudo apt-get install -y -qq hyperfine >/dev/null; }
swift build -c release --static-swift-stdlib --product chattui >/dev/null
swift build -c release --product chattui-seed >/dev/null
bin=.build/release/chattui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work CHATTUI_USER=bench
unset OPENAI_API_KEY OPENAI_BASE_URL CHATTUI_DB

empty=$work/empty.db
large=$work/large.db
"$bin" --db "$empty" tasks >/dev/null
.build/release/chattui-seed "$large" 100000 100000 bench >/dev/null

measure() {
    local label=$1; shift
    local mean
    mean=$(hyperfine --warmup 3 --runs 30 -N --export-json "$work/h.json" "$*" >/dev/null 2>&1 &&
        python3 -c "import json; r=json.load(open('$work/h.json'))['results'][0]; print(f\"{r['mean']*1000:.1f} ± {r['stddev']*1000:.1f}\")")
    local rss
    rss=$( { /usr/bin/time -f "%M" "$@" >/dev/null; } 2>&1 | tail -n 1)
    local shown="${*/#$bin/chattui}"
    printf '| %s | `%s` | %s ms | %.1f MB |\n' "$label" "${shown//$work\//}" "$mean" "$(echo "$rss / 1024" | bc -l)"
}

echo "| database | command | time (mean ± σ) | peak RSS |"
echo "|---|---|---|---|"
measure "—" "$bin" --version
measure "empty" "$bin" --db "$empty" tasks --json
measure "100k" "$bin" --db "$large" tasks --json --limit 50
measure "100k" "$bin" --db "$large" tasks --status pending --sort due --limit 50
measure "100k" "$bin" --db "$large" conversations --json

# The task review: time from a key to the repainted frame that answers it, in a pseudo-terminal.
python3 scripts/review_keys.py 20 "$bin" --db "$large"

# The chat screen: time to the first painted status bar, in a pseudo-terminal.
printf '| empty | `chattui` (first frame) | %s | |\n' "$(python3 scripts/first_frame.py 20 "$bin" --db "$empty")"
printf '| 100k | `chattui -r 1` (first frame) | %s | |\n' "$(python3 scripts/first_frame.py 20 "$bin" --db "$large" -r 1)"
