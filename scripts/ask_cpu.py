#!/usr/bin/env python3
"""CPU `chattui ask` spends on the stream scripts/stream_cpu.py sends the chat screen.

usage: ask_cpu.py CHATTUI_BINARY [--tokens N] [--rate N] [--runs N]

Each run answers one `chattui ask` with --tokens tokens (4 characters, one per SSE event) at
--rate a second from the fake OpenAI server, with a fresh HOME and database, and prints the
process's user and system CPU time (from wait4) and that time as a % of one core over the run.
"""
import argparse, os, pathlib, subprocess, sys, tempfile, time

import fake_server



def run(binary, options):
    work = pathlib.Path(tempfile.mkdtemp(prefix="ask-cpu-"))
    text = ("word " * options.tokens)[: 4 * options.tokens]
    script = [{"text": text, "chunk_size": 4, "chunks_per_second": options.rate}]
    server, base_url = fake_server.start(work, script)
    env = fake_server.environment(work)
    argv = [binary, "ask", "--db", str(work / "chat.db"), "--base-url", base_url,
            "--model", "fake", "Tell me a long story"]
    try:
        started = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
    finally:
        server.stdin.close()
        server.wait()
    if status != 0:
        sys.exit(f"chattui ask exited with {status}")
    cpu = usage.ru_utime + usage.ru_stime
    print(f"| {options.tokens} at {options.rate}/s | {usage.ru_utime:.2f} s | {usage.ru_stime:.2f} s "
          f"| {cpu:.2f} s in {elapsed:.1f} s | {100 * cpu / elapsed:.1f} % |", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--tokens", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print("| streamed tokens | user CPU | system CPU | CPU over the run | % of a core |")
    print("|---|---|---|---|---|")
    for _ in range(options.runs):
        run(os.path.abspath(options.binary), options)


main()
