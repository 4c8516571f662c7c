"""Crash safety: chattui killed with SIGKILL at random instants, then the database checked
and a following turn sent to the schema-validating fake server.

    python3 crash.py [--ask N] [--mcp N] [--tui N] [--seed S]
"""
import argparse, fcntl, json, os, pty, random, signal, struct, subprocess, termios, threading, time
from collections import Counter
from harness import FakeServer, Sandbox, counts, database_problems, follow_up_problems, summary, use

TOOL_TURN = [
    {"delay": 0.03, "tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Fix the roof\"}"},
                                   {"name": "add_task", "arguments": "{\"title\": \"Call the plumber\", \"priority\": \"high\"}"}],
     "split": 4, "delay_between_chunks": 0.01},
    {"text": "Added both tasks: the roof and the plumber.", "chunk_size": 3, "delay_between_chunks": 0.01},
]


def kill_at(process, instant):
    """SIGKILLs `process` `instant` seconds after it started unless it has ended; says which."""
    try:
        process.wait(timeout=instant)
        return "after the end"
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return "killed"


def phase(server, outcome):
    """Where in the turn the kill fell, from what the server had been asked."""
    if outcome != "killed":
        return "after the end"
    return ["before the first request", "during the tool-call step", "during the reply step"][min(len(server.requests()), 2)]


def ask_kills(runs, rng):
    sandbox = Sandbox("crash-ask")
    work = sandbox.dir / "servers"
    span = calibrate(sandbox, work)
    failures, phases = [], Counter()
    for run in range(runs):
        message = f"Crash turn {run}: add the roof and the plumber"
        server = FakeServer(TOOL_TURN, work)
        use(sandbox, server)
        process = sandbox.start("ask", message, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outcome = kill_at(process, rng.uniform(0, span))
        phases[phase(server, outcome)] += 1
        sent = [message] if server.requests() else []
        server.stop()
        problems = database_problems(sandbox.db, sent)
        if sent and not problems:
            conversation = counts(sandbox.db, f"SELECT conversation_id FROM messages WHERE content = '{message}'")
            problems += follow_up_problems(sandbox, work, conversation)
        failures += [f"ask run {run}: {p}" for p in problems]
    sandbox.cleanup()
    return runs, failures, f"span {span:.2f} s; " + ", ".join(f"{n} {k}" for k, n in phases.items())


def calibrate(sandbox, work):
    """The longest of three undisturbed turns, plus a tenth: kills fall anywhere in it."""
    longest = 0.0
    for _ in range(3):
        server = FakeServer(TOOL_TURN, work)
        use(sandbox, server)
        status, _, err, seconds = sandbox.run("ask", "Calibration turn")
        server.stop()
        if status != 0:
            raise RuntimeError(f"calibration turn failed: {err}")
        longest = max(longest, seconds)
    return longest * 1.1


MCP_INIT = [
    {"jsonrpc": "2.0", "id": "init", "method": "initialize",
     "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "crash", "version": "1"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
]


def mcp_calls(run, count):
    return [{"jsonrpc": "2.0", "id": i, "method": "tools/call",
             "params": {"name": "add_task", "arguments": {"title": f"MCP {run}.{i}", "tags": ["crash"]}}}
            for i in range(count)]


def mcp_kills(runs, rng, calls=40):
    sandbox = Sandbox("crash-mcp")
    work = sandbox.dir / "servers"
    start = time.monotonic()
    whole = run_mcp(sandbox, "calibration", calls, None)[1]
    span = (time.monotonic() - start) * 1.1
    failures, killed, acknowledged = [], 0, 0
    for run in range(runs):
        outcome, answers = run_mcp(sandbox, run, calls, rng.uniform(0, span))
        killed += outcome == "killed"
        created = [a for a in answers if a.get("id") != "init" and "result" in a and not a["result"].get("isError")]
        acknowledged += len(created)
        problems = database_problems(sandbox.db)
        tasks = counts(sandbox.db, "SELECT count(*) FROM tasks")
        changes = counts(sandbox.db, "SELECT count(*) FROM task_changes WHERE source='mcp'")
        if tasks != changes:
            problems.append(f"{tasks} tasks but {changes} MCP task changes")
        stored = counts(sandbox.db, f"SELECT count(*) FROM tasks WHERE title LIKE 'MCP {run}.%'")
        if stored < len(created):
            problems.append(f"{len(created)} adds acknowledged, {stored} stored")
        failures += [f"mcp run {run}: {p}" for p in problems]
    failures += [f"mcp: {p}" for p in follow_up_problems_new(sandbox, work)]
    sandbox.cleanup()
    return runs, failures, f"{calls} pipelined add_task calls a run (whole run answered {len(whole)}); {killed} killed mid-run, {acknowledged} acknowledged adds all stored"


def run_mcp(sandbox, run, calls, instant):
    lines = "".join(json.dumps(m) + "\n" for m in MCP_INIT + mcp_calls(run, calls)).encode()
    process = sandbox.start("mcp", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    reader.start()
    process.stdin.write(lines)
    process.stdin.flush()
    if instant is None:
        process.stdin.close()
        process.wait(timeout=60)
        outcome = "ended"
    else:
        outcome = kill_at(process, instant)
        process.stdin.close()
    reader.join()
    answers = [json.loads(line) for line in output[0].decode(errors="replace").splitlines() if line.startswith("{")]
    return outcome, answers


def follow_up_problems_new(sandbox, work):
    """After the kills, a new conversation's turn must be valid too."""
    server = FakeServer([{"text": "Fine."}], work)
    use(sandbox, server)
    status, _, err, _ = sandbox.run("ask", "After the MCP kills")
    problems = [f"turn after kills exited {status}: {err[:200]}"] if status else []
    problems += [f"turn after kills sent an invalid request: {r['errors']}" for r in server.requests() if not r["valid"]]
    server.stop()
    return problems


def tui_kills(runs, rng):
    sandbox = Sandbox("crash-tui")
    work = sandbox.dir / "servers"
    reply = {"text": "A long streamed reply that keeps coming, word after word, " * 6, "chunk_size": 4,
             "delay_between_chunks": 0.01}
    failures, mid_stream = [], 0
    for run in range(runs):
        message = f"TUI crash {run}"
        server = FakeServer([reply], work)
        use(sandbox, server)
        process, master, drained = start_in_pty(sandbox, [])
        if not wait_for(lambda: b"Ctrl" in bytes(drained) or len(drained) > 200, 20):
            failures.append(f"tui run {run}: no first frame")
        os.write(master, message.encode() + b"\r")
        if not wait_for(lambda: server.requests(), 20):
            failures.append(f"tui run {run}: the message never reached the server")
        instant = rng.uniform(0, 0.9)
        kill_at(process, instant)
        os.close(master)
        server.stop()
        problems = database_problems(sandbox.db, [message])
        if not problems:
            conversation = counts(sandbox.db, f"SELECT conversation_id FROM messages WHERE content = '{message}'")
            mid_stream += not counts(sandbox.db, "SELECT count(*) FROM messages WHERE role = 'assistant' "
                                     f"AND NOT interrupted AND conversation_id = {conversation}")
            problems += follow_up_problems(sandbox, work, conversation)
        failures += [f"tui run {run}: {p}" for p in problems]
    sandbox.cleanup()
    return runs, failures, f"{mid_stream} killed before the reply was complete"


def start_in_pty(sandbox, args):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = dict(sandbox.env, TERM="xterm-256color")
    process = subprocess.Popen(sandbox.command(*args), stdin=slave, stdout=slave, stderr=slave, env=env,
                               start_new_session=True)
    os.close(slave)
    drained = bytearray()

    def drain():
        try:
            while chunk := os.read(master, 65536):
                drained.extend(chunk)
        except OSError:
            pass

    threading.Thread(target=drain, daemon=True).start()
    return process, master, drained


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return bool(condition())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ask", type=int, default=200)
    parser.add_argument("--mcp", type=int, default=50)
    parser.add_argument("--tui", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    options = parser.parse_args()
    print(f"crash safety, seed {options.seed}", flush=True)
    ok = True
    for name, part, count in [("crash: ask killed", ask_kills, options.ask), ("crash: mcp killed", mcp_kills, options.mcp),
                              ("crash: TUI killed", tui_kills, options.tui)]:
        if count:
            start = time.monotonic()
            runs, failures, detail = part(count, random.Random(options.seed))
            ok &= summary(name, runs, failures, time.monotonic() - start, detail)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
