#!/usr/bin/env bash
# Runs every test suite; when any fails, names the failures again at the very end, where
# the tail of a CI log (all that is often shown) can be read.
set -uo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"${SWIFT:-swift}" test --skip-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    echo
    echo "Failed (known issues left out):"
    grep -E 'recorded an issue|error: ' "$log" | grep -v 'known issue' | cut -c1-400 | head -40
fi
exit "$status"
