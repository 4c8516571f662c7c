#!/usr/bin/env python3
"""Time from starting `chattui` in a pseudo-terminal to its first painted status bar.

usage: first_frame.py RUNS CHATTUI_BINARY [ARGS...]   prints the mean and minimum in ms
"""
import os, pty, select, signal, statistics, sys, time

MARKER = b"F2 tasks"


def once(argv):
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault("TERM", "xterm-256color")
        os.execv(argv[0], argv)
    seen = b""
    elapsed = None
    deadline = started + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        if MARKER in seen:
            elapsed = time.perf_counter() - started
            break
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit("no first frame within 10 s: " + seen[-300:].decode(errors="replace"))
    return elapsed * 1000


def main():
    runs = int(sys.argv[1])
    argv = sys.argv[2:]
    once(argv)  # warm the page cache
    times = [once(argv) for _ in range(runs)]
    print(f"{statistics.mean(times):.1f} ms (min {min(times):.1f})")


main()
