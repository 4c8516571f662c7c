#!/usr/bin/env python3
"""The side-by-side figures of `make bench`: chattui against its peers and the floor.

usage: bench_compare.py --work DIR [--quick] [PART ...]
parts: startup frame turn stream review search mcp (default: all, in that order)

Run by scripts/bench.sh, which installs the peers, builds the binaries and seeds the
databases into DIR first. Commands compared in one table run interleaved, in a new random
order each round, so the machine's noise falls on all of them alike; each row prints the
median with min and max over the rounds, the ratio and the difference to chattui's time
taken round by round (median, min and max of those), and the peak resident memory of the
process (`ru_maxrss` from wait4, or VmHWM for a process in a pseudo-terminal).
"""
import argparse, json, os, pathlib, random, shutil, signal, sqlite3, statistics, subprocess, sys, threading, time

import bench_pty
import fake_server

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUESTION = "What is due this week?"
SENTENCES = [
    "Add a task to buy groceries and fruit for the weekend",
    "Added #12 Buy groceries and fruit — due Sat 28 Nov.",
    "What's due this week? I want to plan the next few days carefully.",
    "You have 3 pending tasks due by the end of the week:\n#4 ☐ Pay bills — due Fri 27 Nov · high",
]


class Failed(Exception):
    """A command that did not finish well; a peer's failure is shown in its row."""


class Case:
    """One command of a comparison: `measure()` runs it once and returns (ms, peak KiB)."""

    def __init__(self, label, shown, measure, prepare=None):
        self.label, self.shown, self.measure, self.prepare = label, shown, measure, prepare
        self.times, self.rss, self.failure = [], [], None

    def run(self, record=True):
        if self.failure:
            return
        if self.prepare:
            self.prepare()
        try:
            ms, rss = self.measure()
        except Failed as failure:
            self.failure = str(failure)
            return
        if record:
            self.times.append(ms)
            self.rss.append(rss)


# A run longer than this is stopped and its row says so (llm at 100,000 messages grows past
# 3 GB and never answers).
RUN_LIMIT_SECONDS = 180


def timed(argv, env, stdin=None):
    """Runs `argv` to its end; its wall time in ms and peak RSS in KiB. A failure stops the bench."""
    errors = open(env["HOME"] + "/stderr.txt", "w+b")
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdin=stdin or subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=errors)
    limit = threading.Timer(RUN_LIMIT_SECONDS, child.kill)
    limit.start()
    _, status, usage = os.wait4(child.pid, 0)
    limit.cancel()
    elapsed = (time.perf_counter() - started) * 1000
    if elapsed >= RUN_LIMIT_SECONDS * 1000:
        raise Failed(f"stopped after {RUN_LIMIT_SECONDS} s, peak RSS {usage.ru_maxrss / 1024:.0f} MiB")
    if status != 0:
        errors.seek(0)
        how = f"killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.waitstatus_to_exitcode(status)}"
        raise Failed(f"{how} after {elapsed / 1000:.1f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MiB; "
                     + errors.read()[-200:].decode(errors="replace").strip())
    return elapsed, usage.ru_maxrss


def copy_to_disk(source, target):
    """Copies a database and waits for the copy to reach the disk, outside the timing: a
    person's database is not a file written a moment ago, and the first fdatasync of a fresh
    copy (a SQLite checkpoint) would otherwise write back all of it inside the timed run
    (about 75 ms for the 100 MB of the 100,000-message database on this machine)."""
    shutil.copyfile(source, target)
    with open(target, "rb+") as copy:
        os.fsync(copy.fileno())


def compare(title, cases, rounds):
    """Runs the cases interleaved (one warm-up each) and prints their table; the first is chattui."""
    for case in cases:
        case.run(record=False)
    for _ in range(rounds):
        for case in random.sample(cases, len(cases)):
            case.run()
    print(f"\n#### {title}\n")
    print("| command | median (min–max) | ratio to chattui (min–max) | minus chattui (min–max) | peak RSS |")
    print("|---|---|---|---|---|")
    reference = cases[0]
    if reference.failure:
        sys.exit(f"{reference.shown}: {reference.failure}")
    for case in cases:
        if case.failure:
            print(f"| {case.label}: `{case.shown}` | did not finish: {case.failure} | | | |", flush=True)
            continue
        ratios = [t / r for t, r in zip(case.times, reference.times)]
        gaps = [t - r for t, r in zip(case.times, reference.times)]
        relative = "—" if case is reference else (
            f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})")
        difference = "—" if case is reference else (
            f"{statistics.median(gaps):+.1f} ms ({min(gaps):+.1f} to {max(gaps):+.1f})")
        print(f"| {case.label}: `{case.shown}` | {statistics.median(case.times):.1f} ms "
              f"({min(case.times):.1f}–{max(case.times):.1f}) | {relative} | {difference} "
              f"| {max(case.rss) / 1024:.1f} MiB |", flush=True)


class Bench:
    def __init__(self, work, quick, binary):
        self.work, self.quick = work, quick
        self.bin = str(binary)
        self.floor = str(ROOT / ".build/bench-floor/chattui-floor")
        self.venv = ROOT / ".build/bench-venv/bin"
        self.large = work / "large.db"
        self.rounds = 5 if quick else 20

    def home(self, name):
        path = self.work / "homes" / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def env(self, name, **extra):
        home = self.home(name)
        return fake_server.environment(home, LANG="C.UTF-8", TERM="xterm-256color",
                                       XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"), **extra)

    def startup(self):
        env, llm_env = self.env("startup"), self.env("llm-startup", LLM_USER_PATH=str(self.home("llm-startup")))
        compare("Start-up", [
            Case("chattui", "chattui --version", lambda: timed([self.bin, "--version"], env)),
            Case("floor", "chattui-floor --version", lambda: timed([self.floor, "--version"], env)),
            Case("llm", "llm --version", lambda: timed([str(self.venv / "llm"), "--version"], llm_env)),
        ], self.rounds)
        compare("Listing tasks, 100,000 in the database", [
            Case("chattui", "chattui tasks --json --limit 50",
                 lambda: timed([self.bin, "--db", str(self.large), "tasks", "--json", "--limit", "50"], env)),
            Case("chattui", "chattui tasks --json (all 100,000)",
                 lambda: timed([self.bin, "--db", str(self.large), "tasks", "--json"], env)),
        ], max(3, self.rounds // 4))

    def frame(self):
        empty = self.work / "frame-empty.db"
        env, elia_env = self.env("frame"), self.env("elia")
        self.configure_elia(elia_env, "http://127.0.0.1:9/v1")
        elia = [str(self.venv / "elia")]
        compare("First frame in an 80×24 pseudo-terminal", [
            Case("chattui", "chattui (new conversation)",
                 lambda: bench_pty.first_frame([self.bin, "--db", str(empty)], env, b"F2 tasks")),
            Case("chattui", "chattui -r 1 (100,000 messages, 100,000 tasks)",
                 lambda: bench_pty.first_frame([self.bin, "--db", str(self.large), "-r", "1"], env, b"F2 tasks")),
            Case("elia", "elia (new conversation)",
                 lambda: bench_pty.first_frame(elia, elia_env, b"Send message")),
        ], max(3, self.rounds // 2))

    def search(self):
        env = self.env("search")
        cases = [("a phrase one message holds", "plants every week"), ("a word 25,000 messages hold", "groceries"),
                 ("a phrase 11 tasks hold", "number 4242"), ("a word every task holds", "realistic")]
        compare("Search, 100,000 messages and 100,000 tasks in the database", [
            Case("chattui", f"chattui search '{text}' --json ({what})",
                 lambda text=text: timed([self.bin, "--db", str(self.large), "search", text, "--json"], env))
            for what, text in cases
        ], max(3, self.rounds // 2))

    def configure_elia(self, env, base_url):
        config = pathlib.Path(env["XDG_CONFIG_HOME"]) / "elia"
        config.mkdir(parents=True, exist_ok=True)
        (config / "config.toml").write_text(
            f'default_model = "fake"\n[[models]]\nname = "openai/fake"\nid = "fake"\n'
            f'api_base = "{base_url}"\napi_key = "fake"\n')

    def turn(self):
        server, base_url = fake_server.start(self.work, [])
        try:
            for messages in [10, 1_000, 100_000]:
                self.turn_at(messages, base_url)
        finally:
            server.stdin.close()
            server.wait()

    def turn_at(self, messages, base_url):
        pristine = self.large if messages == 100_000 else self.work / f"turn-{messages}.db"
        working = self.work / "turn-working.db"
        env = self.env("turn")

        def restore():
            for suffix in ["-wal", "-shm"]:
                pathlib.Path(f"{working}{suffix}").unlink(missing_ok=True)
            copy_to_disk(pristine, working)

        ask = lambda base: [self.bin, "ask", "--db", str(working), "--base-url", base, "--model", "fake", "-r", "1", QUESTION]
        body = self.captured_request(ask, restore, env)
        llm_home = self.home(f"llm-{messages}")
        llm_env = self.env(f"llm-{messages}", LLM_USER_PATH=str(llm_home))
        llm_pristine = self.seed_llm(llm_home, llm_env, messages, base_url)

        def restore_llm():
            copy_to_disk(llm_pristine, llm_home / "logs.db")

        url = base_url + "/chat/completions"
        curl = ["curl", "-sS", "-N", "--fail", "-o", "/dev/null", "-H", "Content-Type: application/json",
                "-H", "Authorization: Bearer bench", "--data-binary", f"@{body}", url]
        rounds = max(3, self.rounds // 4) if messages == 100_000 else self.rounds
        compare(f"One turn, {messages:,} messages of history", [
            Case("chattui", "chattui ask -r 1", lambda: timed(ask(base_url), env), restore),
            Case("llm", "llm -c", lambda: timed([str(self.venv / "llm"), "-c", QUESTION], llm_env), restore_llm),
            Case("curl", "curl (chattui's request)", lambda: timed(curl, env)),
            Case("floor", "chattui-floor (chattui's request)", lambda: timed([self.floor, url, str(body)], env)),
        ], rounds)

    def captured_request(self, ask, restore, env):
        """The body chattui sends for this turn, recorded by a second fake server."""
        record = self.work / "record.jsonl"
        record.unlink(missing_ok=True)
        (self.work / "capture").mkdir(exist_ok=True)
        server, base_url = fake_server.start(self.work / "capture", [], "--record", str(record))
        try:
            restore()
            timed(ask(base_url), env)
        finally:
            server.stdin.close()
            server.wait()
        request = json.loads(record.read_text().splitlines()[-1])
        if not request["valid"]:
            sys.exit(f"the fake server refused chattui's request: {request['errors']}")
        body = self.work / "request.json"
        body.write_text(json.dumps(request["body"]))
        return body

    def seed_llm(self, home, env, messages, base_url):
        """An llm logs database whose newest conversation holds `messages` messages."""
        (home / "extra-openai-models.yaml").write_text(
            f'- model_id: fake\n  model_name: fake\n  api_base: "{base_url}"\n')
        (home / "default_model.txt").write_text("fake")
        pristine = home / "pristine.db"
        (home / "logs.db").unlink(missing_ok=True)
        timed([str(self.venv / "llm"), "-m", "fake", "hello"], env)
        database = sqlite3.connect(home / "logs.db")
        # llm still reads a conversation from its legacy `responses` rows when the conversation
        # has no thread in its newer tables; an id sorting last makes it the newest.
        database.execute("insert into conversations (id, name, model) values ('zz-bench', 'bench', 'fake')")
        database.executemany(
            "insert into responses (id, model, prompt, options_json, response, conversation_id, duration_ms, "
            "datetime_utc) values (?, 'fake', ?, '{}', ?, 'zz-bench', 1, '2026-12-01T00:00:00')",
            ((f"zz-bench-{n:06d}", SENTENCES[(2 * n) % 4], SENTENCES[(2 * n + 1) % 4]) for n in range(messages // 2)))
        database.commit()
        database.close()
        shutil.copyfile(home / "logs.db", pristine)
        return pristine

    def stream(self):
        args = ["--size", "24x80", "--idle-seconds", "2" if self.quick else "10"]
        print("\n#### Streaming 10,000 tokens at 1,000 a second in the chat screen\n", flush=True)
        for _ in range(1 if self.quick else 3):
            subprocess.run([sys.executable, str(ROOT / "scripts/stream_cpu.py"), self.bin, *args], check=True)

    def review(self):
        env = self.env("review")
        argv = [self.bin, "--db", str(self.large), "-r", "1"]
        print("\n#### Task review, 100,000 tasks (the chat resumed on 100,000 messages)\n", flush=True)
        bench_pty.review(argv, env, 5 if self.quick else 20)

    def mcp(self):
        print("\n#### `chattui mcp`\n", flush=True)
        print("| what | median (min–max) | CPU (median) | peak RSS |")
        print("|---|---|---|---|")
        runs = 1 if self.quick else 3
        # Lists, not generators: every run sends the same calls.
        for label, calls in [("1,000 tool calls, one after another", list(self.mcp_calls(1000))),
                             ("one 4 MB add_task request", list(self.mcp_long_request(4_000_000)))]:
            results = [self.mcp_session(calls) for _ in range(runs)]
            times = [r[0] for r in results]
            print(f"| {label} | {statistics.median(times):.0f} ms ({min(times):.0f}–{max(times):.0f}) "
                  f"| {statistics.median(r[1] for r in results):.2f} s "
                  f"| {max(r[2] for r in results) / 1024:.1f} MiB |", flush=True)

    @staticmethod
    def mcp_calls(count):
        for number in range(count):
            if number % 2 == 0:
                yield "add_task", {"title": f"Benchmark task {number}", "tags": ["bench"]}
            else:
                yield "list_tasks", {"limit": 20}

    @staticmethod
    def mcp_long_request(size):
        yield "add_task", {"title": "x" * size}

    def mcp_session(self, calls):
        """Time from the first call written to the last answer read; CPU and peak RSS of the server."""
        calls = list(calls)
        env = self.env("mcp")
        database = self.work / "mcp.db"
        for suffix in ["", "-wal", "-shm"]:
            pathlib.Path(f"{database}{suffix}").unlink(missing_ok=True)
        server = subprocess.Popen([self.bin, "mcp", "--db", str(database)], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        send = lambda message: (server.stdin.write((json.dumps(message) + "\n").encode()), server.stdin.flush())
        send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                         "clientInfo": {"name": "bench", "version": "1"}}})
        json.loads(server.stdout.readline())
        send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        started = time.perf_counter()
        for number, (name, arguments) in enumerate(calls, start=1):
            send({"jsonrpc": "2.0", "id": number, "method": "tools/call",
                  "params": {"name": name, "arguments": arguments}})
            answer = json.loads(server.stdout.readline())
            if answer.get("id") != number or "result" not in answer:
                sys.exit(f"chattui mcp answered {str(answer)[:300]}")
        elapsed = (time.perf_counter() - started) * 1000
        server.stdin.close()
        _, _, usage = os.wait4(server.pid, 0)
        return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", required=True, type=pathlib.Path)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and shorter idle waits")
    parser.add_argument("--binary", type=pathlib.Path, default=ROOT / ".build/release/chattui")
    parser.add_argument("parts", nargs="*", default=["startup", "frame", "turn", "stream", "review", "search", "mcp"])
    options = parser.parse_args()
    bench = Bench(options.work.resolve(), options.quick, options.binary.resolve())
    for part in options.parts:
        if part not in ["startup", "frame", "turn", "stream", "review", "search", "mcp"]:
            sys.exit(f"unknown part {part!r}")
        load = os.getloadavg()
        print(f"\n### {part} (load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start)", flush=True)
        getattr(bench, part)()


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
