#!/bin/sh
# `make fuzz`: builds the libFuzzer targets of Fuzz/ (their own package and build folder,
# with the fuzzer and address sanitizers) and runs each for FUZZ_SECONDS (default 30)
# from its committed seed corpus. New inputs go to Fuzz/.build/corpus/, crashes to
# Fuzz/Artifacts/. One summary line per target, then one for all.
set -u
cd "$(dirname "$0")/../../Fuzz"
seconds=${FUZZ_SECONDS:-30}
targets="FuzzSSEStream FuzzToolArguments FuzzPhrases FuzzInputDecoder FuzzTerminalSanitizer FuzzLineSplitter"

echo "fuzz: building Fuzz/ with -sanitize=fuzzer,address"
if ! swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing \
    >.build-log 2>&1; then
    tail -30 .build-log
    echo "[fuzz] FAIL: the fuzz targets did not build"
    exit 1
fi
bin=$(swift build -c debug --show-bin-path)
mkdir -p Artifacts
failed=0
start=$(date +%s)
for target in $targets; do
    work=.build/corpus/$target
    mkdir -p "$work"
    log=.build/corpus/$target.log
    # SWIFT_BACKTRACE off: the runtime's backtracer would keep the crashing run's output open.
    # Leak detection off: LeakSanitizer reports the Swift runtime's regex parser boxes
    # (reference cycles it frees lazily), not anything of ours; address errors still stop the run.
    ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
        -artifact_prefix="Artifacts/$target-" -print_final_stats=1 "$work" "Corpus/$target" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    corpus=$(ls "$work" | wc -l)
    if [ "$status" -eq 0 ]; then
        echo "[fuzz $target] PASS: ${runs:-0} inputs in ${seconds} s, ${edges:-?} coverage edges, $corpus new corpus entries, no crash"
    else
        failed=$((failed + 1))
        echo "[fuzz $target] FAIL (status $status): $(grep -m1 -E 'ERROR|Fatal error|fuzz invariant' "$log")"
        ls Artifacts/"$target"-* 2>/dev/null | sed 's/^/    input: Fuzz\//'
    fi
done
total=$(echo $targets | wc -w)
echo "[fuzz] $([ $failed -eq 0 ] && echo PASS || echo FAIL): $((total - failed))/$total targets without a crash in $(($(date +%s) - start)) s"
[ $failed -eq 0 ]
