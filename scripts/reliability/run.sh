#!/bin/sh
# `make reliability`: every part against the release binary, each ending in one summary
# line, then one line for the whole run. Counts scale with RELIABILITY_ASK_KILLS (200),
# RELIABILITY_MCP_KILLS (50), RELIABILITY_TUI_KILLS (50), RELIABILITY_WRITERS (8),
# RELIABILITY_TURNS (25) and FUZZ_SECONDS (30 per target).
set -u
cd "$(dirname "$0")"
export CHATTUI_BIN="${CHATTUI_BIN:-$(cd ../.. && pwd)/.build/release/chattui}"
echo "chattui reliability, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sr), $(nproc) cores," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), binary $CHATTUI_BIN"
start=$(date +%s)
failed=""
part() {
    name=$1
    shift
    echo
    "$@" || failed="$failed $name"
}
e2e() {
    # The end-to-end suites that already cover faults, database files, signals and
    # concurrent openers, run against the release binary (they need `swift build --build-tests`).
    if [ ! -d ../../.build/debug/chattuiPackageTests.xctest ] && [ ! -f ../../.build/debug/chattuiPackageTests.xctest ]; then
        echo "[e2e] SKIPPED: no test build; run swift build --build-tests first"
        return 0
    fi
    t0=$(date +%s)
    out=$(cd ../.. && swift test --skip-build --filter 'AskFaultTests|AskRetryTests|DatabaseFileTests|TUISignalTests|AskInterruptTests|StdioServerTests' 2>&1)
    status=$?
    echo "$out" | grep -E "^(✘|✔) Test run" | tail -1
    echo "$out" | grep -E "^✘ Test .*(failed|recorded)" | head -10
    echo "[e2e] $([ $status -eq 0 ] && echo PASS || echo FAIL): existing fault, retry, database-file, signal, interrupt and MCP stdio suites against this binary in $(($(date +%s) - t0)) s"
    return $status
}
part e2e e2e
part crash python3 crash.py --ask "${RELIABILITY_ASK_KILLS:-200}" --mcp "${RELIABILITY_MCP_KILLS:-50}" \
    --tui "${RELIABILITY_TUI_KILLS:-50}"
part concurrency python3 concurrency.py --writers "${RELIABILITY_WRITERS:-8}" --turns "${RELIABILITY_TURNS:-25}"
part faults python3 faults.py
part edges python3 edges.py
part fuzz ./fuzz.sh
echo
if [ -z "$failed" ]; then
    echo "[reliability] PASS: e2e, crash, concurrency, faults, edges, fuzz in $(($(date +%s) - start)) s"
else
    echo "[reliability] FAIL:$failed in $(($(date +%s) - start)) s"
    exit 1
fi
