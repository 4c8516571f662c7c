#!/usr/bin/env python3
"""Time from a key press in the task review to the repainted frame that answers it.

usage: review_keys.py RUNS CHATTUI_BINARY [ARGS...]
Opens the review (F2) on the database the arguments name, then for each key below times
the press until the terminal shows the text that proves the frame was painted; prints a
Markdown row per key with the mean and the worst of RUNS presses.
"""
import os, pty, re, select, signal, statistics, sys, time

F2 = b"\x1bOQ"
# curses rewrites only what changed: the sort's name, somewhere on the header row.
HEADER = rb"\x1b\[1;\d+H(?:\x1b\(B|\x1b\[[\d;]*m)*"
# ...and then, once the reloaded window arrives, the rows of the list.
ROWS = rb"(?s:.*?)\d \xe2\x98"
FILTERED = b"/\x15number 4242\r"
FILTERED_BACK = rb"#4241 \xe2\x98"
# (label, keys, text the repainted frame must show); the seed's ids run 1..N in order.
STEPS = [
    ("G (last task, new window)", b"G", rb"#9\d{4} "),
    ("g (first task, new window)", b"g", rb"#1 "),
    ("PgDn (within the window)", b"\x1b[6~", rb"#20 "),
    ("j (next row)", b"j", None),
    # A new sort reads the list again around the cursor's task and counts it: the reload
    # every change, filter and other process's write costs.
    ("s (sort by due, reload)", b"s", HEADER + rb"due" + ROWS),
    ("s (sort by priority, reload)", b"s", HEADER + rb"priority" + ROWS),
    ("s (sort by title, reload)", b"s", HEADER + rb"title" + ROWS),
    ("s (sort by created, reload)", b"s", HEADER + rb"created" + ROWS),
    # The text filter. Each step starts from the list filtered to 'number 4242' (#4243 and
    # #42421-#42430) with the new text typed in the field, untimed; Enter reads the list again
    # through the filter, and #4241 coming back proves the reload. 'realistic' matches every
    # task, too many for the index to beat a scan; '42' is too short for the index.
    ("/ 'number 4242' Enter (11 matches, the index)", b"\r", rb"#42421 "),
    ("/ 'realistic' Enter (every task matches: the scan)", b"\r", FILTERED_BACK),
    ("/ '42' Enter (3,970 matches, the short-text scan)", b"\r", FILTERED_BACK),
    ("/ '' Enter (filter cleared)", b"\r", FILTERED_BACK),
]

# Keys pressed before a step, outside its timing, so the step's key is the one measured.
BEFORE = {
    "PgDn (within the window)": b"g",
    "/ 'number 4242' Enter (11 matches, the index)": b"/\x15number 4242",
    "/ 'realistic' Enter (every task matches: the scan)": FILTERED + b"/\x15realistic",
    "/ '42' Enter (3,970 matches, the short-text scan)": FILTERED + b"/\x1542",
    "/ '' Enter (filter cleared)": FILTERED + b"/\x15",
}


def prepare(fd, label):
    """Presses the step's untimed keys and waits for the screen to be quiet for 2.5 s: a
    filter's reload can take most of that before it paints anything."""
    if label in BEFORE:
        os.write(fd, BEFORE[label])
        drain(fd, quiet=2.5)


def read_until(fd, pattern, deadline):
    seen = b""
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        seen += os.read(fd, 1 << 20)
        if pattern is None or re.search(pattern, seen):
            return seen
    sys.exit(f"no frame showing {pattern!r} within the deadline: {seen[-300:]!r}")


def drain(fd, quiet=0.1):
    while select.select([fd], [], [], quiet)[0]:
        os.read(fd, 1 << 20)


def main():
    runs = int(sys.argv[1])
    argv = sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault("TERM", "xterm-256color")
        os.environ["LINES"], os.environ["COLUMNS"] = "24", "80"
        os.execv(argv[0], argv)
    read_until(fd, rb"F2 tasks", time.perf_counter() + 10)
    os.write(fd, F2)
    read_until(fd, rb"\(\d+\) \xc2\xb7 by", time.perf_counter() + 10)  # counted: the steps need the count
    drain(fd)
    times = {label: [] for label, _, _ in STEPS}
    for _ in range(runs):
        for label, key, pattern in STEPS:
            prepare(fd, label)
            started = time.perf_counter()
            os.write(fd, key)
            read_until(fd, pattern, started + 5)
            times[label].append((time.perf_counter() - started) * 1000)
            drain(fd)
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    for label, values in times.items():
        print(f"| 100k | review: {label} | {statistics.mean(values):.1f} ms (max {max(values):.1f}) | |")


if __name__ == "__main__":
    main()
