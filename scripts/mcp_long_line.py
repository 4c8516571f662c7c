#!/usr/bin/env python3
"""Times `chattui mcp` on one long request line: the wall time from writing it to its
answer, and the server's CPU time for the whole session. Quoted in docs/mcp.md.

    scripts/mcp_long_line.py [--binary PATH] [--bytes N ...]

Each size and kind runs in a fresh server on a temporary database: `initialize`, then
the long line, then `ping`, which must be answered too. Kinds: `unknown`, a method the
server does not serve, padded with N bytes of params (reading, checking and the SDK's
dispatch only); `add_task`, a call whose title is N bytes long (the whole path, through
the tool's own checks). A line over the server's limit is answered with an error.
"""

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time

INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                         "clientInfo": {"name": "bench", "version": "1"}}}


def line(message):
    return (json.dumps(message) + "\n").encode()


def request(kind, size):
    if kind == "unknown":
        return {"jsonrpc": "2.0", "id": 2, "method": "unknown/method", "params": {"pad": "x" * size}}
    return {"jsonrpc": "2.0", "id": 2, "method": "tools/call",
            "params": {"name": "add_task", "arguments": {"title": "x" * size}}}


def run(binary, kind, size):
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "CHATTUI_USER": "bench", "LANG": "C.UTF-8"}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        server = subprocess.Popen([binary, "mcp", "--db", os.path.join(home, "tasks.db")], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        server.stdin.write(line(INITIALIZE))
        server.stdin.flush()
        json.loads(server.stdout.readline())
        long = line(request(kind, size))
        start = time.monotonic()
        server.stdin.write(long)
        server.stdin.flush()
        answer = json.loads(server.stdout.readline())
        elapsed = time.monotonic() - start
        server.stdin.write(line({"jsonrpc": "2.0", "id": 3, "method": "ping"}))
        server.stdin.close()
        ping = json.loads(server.stdout.readline())
        server.wait()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if "error" in answer:
            outcome = f"error {answer['error']['code']}" + (" (over the limit)" if "limit" in answer["error"]["message"] else "")
        else:
            outcome = "tool error" if answer["result"].get("isError") else "stored"
        print(f"| {kind} | {len(long):,} | {elapsed * 1000:.0f} ms | {cpu:.2f} s | {outcome[:60]} | {'yes' if ping.get('id') == 3 else 'NO'} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/chattui")
    parser.add_argument("--bytes", type=int, nargs="+", default=[1_000_000, 4_000_000, 8_000_000, 10_000_000])
    args = parser.parse_args()
    print("| kind | line (bytes) | answered after | server CPU | answer | next request answered |")
    print("|---|---|---|---|---|---|")
    for kind in ["unknown", "add_task"]:
        for size in args.bytes:
            run(args.binary, kind, size)


if __name__ == "__main__":
    main()
