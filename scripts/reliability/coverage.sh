#!/bin/sh
# `make coverage`: every test with code coverage, the end-to-end runs of the real binary
# included, then lines covered per module. Builds in .build/coverage so the everyday
# debug build is left alone.
set -eu
cd "$(dirname "$0")/../.."
scratch=.build/coverage
profiles=$scratch/profiles
rm -rf "$profiles"
mkdir -p "$profiles"
echo "coverage: building with --enable-code-coverage in $scratch"
swift build --build-tests --enable-code-coverage --scratch-path "$scratch" 2>&1 | tail -3
bin=$(swift build --show-bin-path --scratch-path "$scratch")
case "$bin" in /*) ;; *) bin=$PWD/$bin ;; esac
# The profiles are in the format of the toolchain's LLVM, which Debian's llvm-profdata may
# not read: use the tools that ship beside swift.
toolchain=$(dirname "$(readlink -f "$(command -v swift)")")
profdata=$toolchain/llvm-profdata
cov=$toolchain/llvm-cov
[ -x "$profdata" ] || profdata=llvm-profdata
[ -x "$cov" ] || cov=llvm-cov
# The end-to-end tests run this binary (CHATTUI_BIN). `swift test` sets LLVM_PROFILE_FILE
# itself, and the chattui processes inherit it: their profiles land beside the test
# runner's in codecov/, where an earlier `swift test --enable-code-coverage` (a filtered
# run, say) must not have left any to be merged with these. The PostgreSQL tests need the
# throw-away cluster, as in `make test`: without it they skip and their store's lines
# count as uncovered.
rm -f "$bin"/codecov/*.profraw
CHATTUI_BIN="$bin/chattui" ./scripts/postgres/with_cluster.sh \
    swift test --skip-build --enable-code-coverage --scratch-path "$scratch" >"$profiles/test.log" 2>&1 || true
tail -3 "$profiles/test.log"
echo "coverage: the test run's output is in $profiles/test.log (instrumented builds are slow; timeouts count as failures)"
find "$scratch" -name '*.profraw' >"$profiles/list"
"$profdata" merge -sparse -f "$profiles/list" -o "$profiles/all.profdata"
echo "coverage: merged $(wc -l <"$profiles/list") profiles, the test runner's and its chattui processes'"
"$cov" export -summary-only -instr-profile "$profiles/all.profdata" "$bin/chattuiPackageTests.xctest" \
    -object "$bin/chattui" -ignore-filename-regex='(\.build|Tests|Benchmarks)/' >"$profiles/summary.json"
python3 scripts/reliability/coverage_summary.py "$profiles/summary.json"
