"""Programs in a pseudo-terminal, timed from the outside as a person would see them.

A frame counts as painted when the text that proves it has arrived on the pty master;
peak memory is the process's VmHWM read from /proc while it is still running.
"""
import fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time

from review_keys import STEPS, drain, prepare, read_until

F2 = b"\x1bOQ"
# The rows' frame: its header has the count, or "(counting…)" while the count is on its way.
REVIEW_LIST = rb"\((?:\d+|counting\xe2\x80\xa6)\) \xc2\xb7 by"


class Terminal:
    """`argv` started in an 80×24 pseudo-terminal with `env`."""

    def __init__(self, argv, env, rows=24, cols=80):
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)

    def peak_kib(self):
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    def close(self):
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def first_frame(argv, env, marker):
    """ms from the start to `marker` on the screen, and the peak RSS in KiB by then."""
    terminal = Terminal(argv, env)
    try:
        read_until(terminal.fd, re.escape(marker), terminal.started + 20)
        elapsed = (time.perf_counter() - terminal.started) * 1000
        return elapsed, terminal.peak_kib()
    finally:
        terminal.close()


def review(argv, env, runs):
    """Prints the review's first paint (F2 to the list) over `runs` fresh processes, then each
    key of review_keys.STEPS pressed `runs` times in the last one, and its peak RSS."""
    paints = []
    for number in range(runs + 1):
        terminal = Terminal(argv, env)
        read_until(terminal.fd, rb"F2 tasks", time.perf_counter() + 20)
        drain(terminal.fd)
        started = time.perf_counter()
        os.write(terminal.fd, F2)
        read_until(terminal.fd, REVIEW_LIST, started + 20)
        if number:
            paints.append((time.perf_counter() - started) * 1000)
        drain(terminal.fd)
        if number < runs:
            terminal.close()
    times = {label: [] for label, _, _ in STEPS}
    try:
        for _ in range(runs):
            for label, key, pattern in STEPS:
                prepare(terminal.fd, label)
                started = time.perf_counter()
                os.write(terminal.fd, key)
                read_until(terminal.fd, pattern, started + 5)
                times[label].append((time.perf_counter() - started) * 1000)
                drain(terminal.fd)
        peak = terminal.peak_kib()
    finally:
        terminal.close()
    print("| what | median (min–max) |")
    print("|---|---|")
    for label, values in [("first paint (F2 → the list)", paints), *times.items()]:
        print(f"| {label} | {statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f}) |")
    print(f"| peak RSS of the chat and review at the end | {peak / 1024:.1f} MiB |", flush=True)
