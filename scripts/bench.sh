#!/usr/bin/env bash
# `make bench`: chattui side by side with its peers (llm, elia) and the floor (curl, and a
# minimal Swift binary linking the same system libraries), against the same fake OpenAI
# server and the same canned reply. Prints the Markdown tables quoted in docs/performance.md.
#
#   scripts/bench.sh [--quick] [PART ...]     parts: startup frame turn stream review mcp
#
# Installs what it lacks first: hyperfine from Debian, the pinned peers (scripts/bench_peers.txt)
# into a throw-away virtual environment under .build/bench-venv. Builds the release binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=()
parts=()
for argument in "$@"; do
    case $argument in
        --quick) quick=(--quick) ;;
        *) parts+=("$argument") ;;
    esac
done

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
command -v hyperfine >/dev/null || sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
command -v curl >/dev/null || sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
# Only the startup, frame and turn parts run the peers; `make bench ARGS="review"` needs no venv.
needs_peers=false
[ ${#parts[@]} -eq 0 ] && needs_peers=true
for part in "${parts[@]}"; do
    case $part in startup | frame | turn) needs_peers=true ;; esac
done
venv=.build/bench-venv
if $needs_peers && ! cmp -s scripts/bench_peers.txt "$venv/installed.txt"; then
    echo "bench: installing the peers into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/bench_peers.txt
    cp scripts/bench_peers.txt "$venv/installed.txt"
fi

echo "bench: building the release binaries" >&2
swift build -c release --static-swift-stdlib --product chattui >/dev/null
swift build -c release --static-swift-stdlib --product chattui-seed >/dev/null
scripts/bench_floor.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work CHATTUI_USER=bench
unset OPENAI_API_KEY OPENAI_BASE_URL CHATTUI_DB
echo "bench: seeding the databases" >&2
seed=.build/release/chattui-seed
"$seed" "$work/large.db" 100000 100000 bench >/dev/null
"$seed" "$work/turn-10.db" 10 0 bench >/dev/null
"$seed" "$work/turn-1000.db" 1000 0 bench >/dev/null

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GiB, Linux $(uname -r)"
hyperfine -N --warmup 3 --runs 30 --style none --export-json "$work/hyperfine.json" '.build/release/chattui --version' >/dev/null
python3 -c "import json, statistics as s, sys; t = [1000 * x for x in json.load(open(sys.argv[1]))['results'][0]['times']]
print(f\"hyperfine -N --warmup 3 --runs 30 'chattui --version': median {s.median(t):.1f} ms (min {min(t):.1f}, max {max(t):.1f})\")" "$work/hyperfine.json"
python3 scripts/bench_compare.py --work "$work" "${quick[@]}" "${parts[@]}"
