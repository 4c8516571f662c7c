#!/usr/bin/env python3
"""Instruction counts, syscalls and peak memory of `chattui --version` and of one `ask` turn.

usage: turn_counts.py CHATTUI_BINARY [--history N] [--functions F ...]

Wall time on this shared machine moves with the other engineers' builds; instruction counts
do not. For each case this prints:

- instructions: `valgrind --tool=callgrind` total (all threads, on a copy of the binary
  without its debug information, which valgrind 3.19 cannot read), and the inclusive share of
  each --functions name (default: the Swift runtime's conformance scan);
- syscalls: `strace -f -c` counts of the calls named in SYSCALLS;
- peak RSS: `ru_maxrss` from wait4 of a run without any tool attached (median of 5).

The turn is `chattui ask -r 1 "What is due this week?"` against the fake OpenAI server (its
empty script answers `ok`), on a conversation holding --history messages made by earlier
asks, copied fresh for every run.
"""
import argparse, os, pathlib, re, shutil, statistics, subprocess, sys, tempfile

import fake_server

SYSCALLS = ["fdatasync", "fsync", "openat", "mmap", "read", "write", "clone3", "futex"]


def callgrind(name, argv, env, work, functions):
    # valgrind 3.19 cannot read the DWARF 5 the Swift compiler writes: count a copy without it.
    stripped = work / "chattui-nodebug"
    if not stripped.exists():
        subprocess.run(["objcopy", "--strip-debug", argv[0], str(stripped)], check=True)
    out = work / f"callgrind-{name.split()[0].strip('-')}.out"
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(stripped), *argv[1:]],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                            capture_output=True, text=True).stdout
    total = int(re.search(r"^([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", report, re.M).group(1).replace(",", ""))
    shares = {}
    for name in functions:
        counts = [int(m.group(1).replace(",", "")) for m in
                  re.finditer(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*" + re.escape(name), report, re.M)]
        shares[name] = max(counts, default=0)
    return total, shares


def syscalls(argv, env, work):
    out = work / "strace.txt"
    subprocess.run(["strace", "-f", "-c", "-o", str(out), *argv], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    counts = {}
    for line in out.read_text().splitlines():
        fields = line.split()
        if fields and fields[-1] in SYSCALLS:
            counts[fields[-1]] = int(fields[3])
    return counts


def peak_rss(argv, env, prepare):
    peaks = []
    for _ in range(5):
        prepare()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            sys.exit(f"{argv} exited with {status}")
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(peaks)


def report(name, argv, env, work, functions, prepare=lambda: None):
    prepare()
    total, shares = callgrind(name, argv, env, work, functions)
    prepare()
    calls = syscalls(argv, env, work)
    rss = peak_rss(argv, env, prepare)
    print(f"{name}: {total / 1e6:.1f} M instructions; peak RSS {rss:.1f} MiB")
    for function, count in shares.items():
        print(f"  {function}: {count / 1e6:.1f} M ({100 * count / total:.1f} %)")
    print("  syscalls: " + ", ".join(f"{call} {calls.get(call, 0)}" for call in SYSCALLS))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--history", type=int, default=10)
    parser.add_argument("--functions", nargs="*", default=[
        "swift_conformsToProtocolMaybeInstantiateSuperclasses", "_dl_relocate_object", "parseAsRoot",
        "OpenAIProvider", "AppDatabase"])
    parser.add_argument("--keep", action="store_true", help="keep the work folder and its callgrind-*.out")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    work = pathlib.Path(tempfile.mkdtemp(prefix="turn-counts-"))
    server, base_url = fake_server.start(work, [])
    env = fake_server.environment(work)
    try:
        report("--version", [binary, "--version"], env, work, options.functions)
        seed, db = work / "seed.db", work / "chat.db"
        ask = [binary, "ask", "--base-url", base_url, "--model", "fake"]
        for number in range(options.history // 2):
            subprocess.run([*ask, "--db", str(seed), *(["-r", "1"] if number else []), "Add milk"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

        def fresh():
            for suffix in ["", "-wal", "-shm"]:
                pathlib.Path(f"{db}{suffix}").unlink(missing_ok=True)
                if pathlib.Path(f"{seed}{suffix}").exists():
                    shutil.copy(f"{seed}{suffix}", f"{db}{suffix}")

        report(f"ask -r 1 at {options.history} messages", [*ask, "--db", str(db), "-r", "1", "What is due this week?"],
               env, work, options.functions, fresh)
        if options.keep:
            print(f"profiles kept in {work}")
            return
    finally:
        server.stdin.close()
        server.wait()
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


main()
