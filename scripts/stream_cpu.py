#!/usr/bin/env python3
"""CPU the chat screen spends streaming a reply, and idle with a long reply on screen.

usage: stream_cpu.py CHATTUI_BINARY [--size ROWSxCOLS ...] [--tokens N] [--rate N]
                     [--idle-tokens N] [--idle-seconds S]

For each terminal size, runs `chattui` in a pseudo-terminal against the fake OpenAI server
(Tests/Fixtures/fake_openai) with a fresh HOME and database, and prints one line with:

- idle, empty chat: CPU % of one core over --idle-seconds before anything is typed;
- streaming: one message answered by --tokens tokens (4 characters each, one per SSE event)
  at --rate tokens a second; the chattui process's CPU time (utime + stime from
  /proc/PID/stat) from Enter to the reply's last word appearing on the pty, that time as a
  % of one core, and the largest gap between two reads of the pty master from the reply's
  first word to its last (frames arrive as bursts of bytes);
- idle, long reply: a second message answered at once by --idle-tokens tokens, then CPU %
  over --idle-seconds with that reply on screen.
"""
import argparse, fcntl, os, pathlib, pty, select, signal, struct, sys, tempfile, termios, time

import fake_server

TICKS = os.sysconf("SC_CLK_TCK")
WORDS = ["one", "two", "six", "ten", "red", "sky", "sea", "fog", "sun", "map"]


def reply(tokens, first_word, last_word, paragraph=60):
    """`tokens` tokens of four characters: words, some **bold**, a paragraph every `paragraph`
    words (0: never), between `first_word` and `last_word`, which tell when the reply starts
    and ends on screen."""
    words = []
    for number in range(tokens):
        word = WORDS[number % len(WORDS)]
        words.append(f"**{word}**" if number % 25 == 7 else word)
        words.append("\n\n" if paragraph and number % paragraph == paragraph - 1 else " ")
    return first_word + "".join(words)[: 4 * (tokens - 2)].ljust(4 * (tokens - 2)) + last_word


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def peak_kib(pid):
    """The process's peak resident memory so far (VmHWM), in KiB."""
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


class Screen:
    """chattui in a pseudo-terminal of the given size, its output read and timed."""

    def __init__(self, argv, rows, cols, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        self.seen = b""

    def read_until(self, marker, timeout):
        """Reads until `marker` has arrived; returns the largest gap between reads."""
        largest, last = 0.0, time.perf_counter()
        self.seen = self.seen[-65536:]
        deadline = last + timeout
        while marker not in self.seen[-65536:]:
            if time.perf_counter() > deadline:
                sys.exit(f"no {marker!r} within {timeout} s: " + self.seen[-300:].decode(errors="replace"))
            ready, _, _ = select.select([self.fd], [], [], 0.5)
            if ready:
                self.seen += os.read(self.fd, 65536)
                now = time.perf_counter()
                largest, last = max(largest, now - last), now
        return largest

    def drain_for(self, seconds):
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            if select.select([self.fd], [], [], left)[0]:
                self.seen += os.read(self.fd, 65536)

    def type(self, text):
        os.write(self.fd, text.encode())

    def close(self):
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def run(binary, rows, cols, options):
    work = pathlib.Path(tempfile.mkdtemp(prefix="stream-cpu-"))
    script = [
        {"text": reply(options.tokens, "zzqs", "zzqa", options.paragraph), "chunk_size": 4, "chunks_per_second": options.rate},
        {"text": reply(options.idle_tokens, "zzqt", "zzqb"), "chunk_size": 4096},
    ]
    server, base_url = fake_server.start(work, script)
    env = fake_server.environment(work, TERM="xterm-256color", LANG="C.UTF-8")
    argv = [binary, "--db", str(work / "chat.db"), "--base-url", base_url, "--model", "fake"]
    screen = Screen(argv, rows, cols, env)
    try:
        screen.read_until(b"F2 tasks", 10)
        screen.drain_for(1)
        before = cpu_seconds(screen.pid)
        screen.drain_for(options.idle_seconds)
        idle_empty = (cpu_seconds(screen.pid) - before) / options.idle_seconds

        screen.type("Tell me a long story\r")
        started, before = time.perf_counter(), cpu_seconds(screen.pid)
        screen.read_until(b"zzqs", 30)
        gap = screen.read_until(b"zzqa", 30 + 4 * options.tokens / options.rate)
        elapsed = time.perf_counter() - started
        stream_cpu = cpu_seconds(screen.pid) - before

        screen.drain_for(1)
        screen.type("And another\r")
        screen.read_until(b"zzqb", 120)
        screen.drain_for(2)
        before = cpu_seconds(screen.pid)
        screen.drain_for(options.idle_seconds)
        idle_long = (cpu_seconds(screen.pid) - before) / options.idle_seconds
        peak = peak_kib(screen.pid)
    finally:
        screen.close()
        server.stdin.close()
        server.wait()
    print(f"| {cols}×{rows} | {options.tokens} at {options.rate}/s | {stream_cpu:.2f} s in {elapsed:.1f} s "
          f"| {100 * stream_cpu / elapsed:.1f} % | {gap * 1000:.0f} ms "
          f"| {100 * idle_empty:.2f} % | {100 * idle_long:.2f} % | {peak / 1024:.1f} MiB |", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--size", action="append", help="ROWSxCOLS (default 24x80 and 50x200)")
    parser.add_argument("--tokens", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=1_000)
    parser.add_argument("--idle-tokens", type=int, default=8_000)
    parser.add_argument("--idle-seconds", type=float, default=10)
    parser.add_argument("--paragraph", type=int, default=60, help="words per paragraph; 0: one paragraph")
    options = parser.parse_args()
    print("| terminal | streamed tokens | CPU time over the stream | CPU % of a core "
          "| largest frame gap | idle, empty chat | idle, long reply on screen | peak RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for size in options.size or ["24x80", "50x200"]:
        rows, cols = (int(n) for n in size.split("x"))
        run(os.path.abspath(options.binary), rows, cols, options)


if __name__ == "__main__":
    main()
