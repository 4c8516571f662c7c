"""Concurrency: writers and readers on one database at once. Eight `chattui ask` loops of
tool-using turns, an MCP client adding tasks, and readers listing tasks and conversations;
no lock error may surface, and the counts at the end must be exact.

    python3 concurrency.py [--writers 8] [--turns 25] [--mcp-adds 100]
"""
import argparse, json, subprocess, threading, time
from harness import FakeServer, Sandbox, counts, database_problems, summary


def turn_script(writer, turns):
    """Each turn: one add_task call, then a text reply; one server per writer keeps the
    order."""
    script = []
    for turn in range(turns):
        title = json.dumps({"title": f"Writer {writer} turn {turn}"})
        script += [{"tool_calls": [{"name": "add_task", "arguments": title}]}, {"text": f"Added {writer}.{turn}."}]
    return script


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--turns", type=int, default=25)
    parser.add_argument("--mcp-adds", type=int, default=100)
    options = parser.parse_args()
    sandbox = Sandbox("concurrency")
    sandbox.run("tasks")  # creates the database, so the writers race on turns, not on set-up
    work = sandbox.dir / "servers"
    failures, lock = [], threading.Lock()
    stop_readers = threading.Event()
    reads = [0]

    def fail(text):
        with lock:
            failures.append(text)

    def writer(index):
        server = FakeServer(turn_script(index, options.turns), work)
        env = dict(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="sk-reliability")
        for turn in range(options.turns):
            status, _, err, _ = sandbox.run("ask", f"Writer {index} turn {turn}", extra_env=env, timeout=120)
            if status != 0:
                fail(f"writer {index} turn {turn} exited {status}: {err.strip()[:200]}")
        fail_invalid = [r for r in server.requests() if not r["valid"]]
        if fail_invalid:
            fail(f"writer {index}: {len(fail_invalid)} invalid requests")
        server.stop()

    def mcp_client():
        lines = [{"jsonrpc": "2.0", "id": "init", "method": "initialize",
                  "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                             "clientInfo": {"name": "concurrency", "version": "1"}}},
                 {"jsonrpc": "2.0", "method": "notifications/initialized"}]
        lines += [{"jsonrpc": "2.0", "id": i, "method": "tools/call",
                   "params": {"name": "add_task", "arguments": {"title": f"MCP add {i}"}}} for i in range(options.mcp_adds)]
        process = sandbox.start("mcp", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = process.communicate("".join(json.dumps(l) + "\n" for l in lines).encode(), timeout=300)
        answers = [json.loads(l) for l in out.decode().splitlines() if l.startswith("{")]
        bad = [a for a in answers if a.get("id") != "init" and ("error" in a or a.get("result", {}).get("isError"))]
        if len(answers) != options.mcp_adds + 1 or bad:
            fail(f"mcp: {len(answers)} answers, {len(bad)} errors: {bad[:2]}; stderr {err.decode()[:200]}")

    def reader(args):
        while not stop_readers.is_set():
            status, out, err, _ = sandbox.run(*args, timeout=120)
            with lock:
                reads[0] += 1
            if status != 0 or "lock" in err.lower() or "busy" in err.lower():
                fail(f"reader {' '.join(args)} exited {status}: {err.strip()[:200]}")

    start = time.monotonic()
    writers = [threading.Thread(target=writer, args=(i,)) for i in range(options.writers)]
    writers.append(threading.Thread(target=mcp_client))
    readers = [threading.Thread(target=reader, args=(a,)) for a in (["tasks", "--json"], ["conversations", "--json"])]
    for thread in writers + readers:
        thread.start()
    for thread in writers:
        thread.join()
    stop_readers.set()
    for thread in readers:
        thread.join()
    seconds = time.monotonic() - start

    turns = options.writers * options.turns
    expected = {
        "conversations": ("SELECT count(*) FROM conversations", turns),
        "messages": ("SELECT count(*) FROM messages", turns * 4),
        "tasks": ("SELECT count(*) FROM tasks", turns + options.mcp_adds),
        "agent changes": ("SELECT count(*) FROM task_changes WHERE source='agent'", turns),
        "MCP changes": ("SELECT count(*) FROM task_changes WHERE source='mcp'", options.mcp_adds),
        "distinct titles": ("SELECT count(DISTINCT title) FROM tasks", turns + options.mcp_adds),
    }
    for name, (sql, want) in expected.items():
        got = counts(sandbox.db, sql)
        if got != want:
            failures.append(f"{name}: {got}, expected {want}")
    failures += database_problems(sandbox.db)
    checks = turns + options.mcp_adds + reads[0]
    ok = summary("concurrency", checks, failures, seconds,
                 f"{options.writers} ask loops x {options.turns} tool-using turns, {options.mcp_adds} MCP adds, "
                 f"{reads[0]} listings at once; counts exact: " + ", ".join(f"{n} {w}" for n, (_, w) in expected.items()))
    sandbox.cleanup()
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
