#!/usr/bin/env bash
# Builds the floor of `make bench`, .build/bench-floor/chattui-floor (Benchmarks/Floor), with
# swiftc alone: it is not a package target, so `swift build --build-tests` never builds it.
# Same optimisation and static standard library as the release chattui, same module maps.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/bench-floor
mkdir -p "$out"
[ "$out/chattui-floor" -nt Benchmarks/Floor/main.swift ] && exit 0
swiftc -O -static-stdlib -I Sources/CCurl -I Sources/CNCursesW -I Benchmarks/Floor/CFloorSQLite \
    -module-cache-path "$out/module-cache" Benchmarks/Floor/main.swift -o "$out/chattui-floor"
