"""The fault matrix: one `chattui ask` turn against each way a server can fail, with what
the person sees, the exit status, the time until chattui gives up, and what the database
holds afterwards. Prints a Markdown table and a summary line.

    python3 faults.py [--only NAME] [--cap SECONDS]
"""
import argparse, socket, subprocess, time
from harness import FakeServer, Sandbox, counts, database_problems, summary

BIG = 50 * 1024 * 1024
ENDLESS = 64 * 1024 * 1024


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# name, script (None: no server), base URL override, expected exit status
CASES = [
    ("connection refused", None, lambda: f"http://127.0.0.1:{closed_port()}/v1", 1),
    ("DNS failure", None, lambda: "http://no-such-host.invalid/v1", 1),
    ("401", [{"status": 401, "message": "Incorrect API key provided"}], None, 1),
    ("404", [{"status": 404, "message": "The model `gpt-9` does not exist"}], None, 1),
    ("400 with body", [{"status": 400, "body": {"error": {"message": "messages[0].content is too long", "type": "invalid_request_error"}}}], None, 1),
    ("429 with Retry-After 2, always", [{"status": 429, "retry_after": 2}] * 5, None, 1),
    ("429 without Retry-After, always", [{"status": 429}] * 5, None, 1),
    ("429 then success", [{"status": 429, "retry_after": 1}, {"text": "Answered after waiting."}], None, 0),
    ("500, always", [{"status": 500}] * 5, None, 1),
    ("503, always", [{"status": 503, "message": "overloaded"}] * 5, None, 1),
    ("stream cut midway", [{"text": "partial reply here", "chunk_size": 2, "drop_after_chunks": 3}], None, 1),
    ("malformed chunk", [{"text": "abcdefghijklmnop", "chunk_size": 4, "malformed": True}], None, 1),
    # 16,384 events at 20 a second: longer than the harness waits, so endless to chattui.
    ("endless stream (stopped by the harness at 60 s)", [{"text": "x" * ENDLESS, "chunk_size": 4096, "chunks_per_second": 20}], None, None),
    ("50 MB response", [{"text": "y" * BIG, "chunk_size": 65536}], None, 0),
    ("slow drip (1 chunk / 0.5 s)", [{"text": "drip " * 12, "chunk_size": 5, "delay_between_chunks": 0.5}], None, 0),
    ("accepted and silent", [{"delay": 100000, "text": "never"}], None, 1),
    ("closed without a reply", [{"close_without_reply": True}] * 5, None, 1),
    ("malformed tool arguments", [{"tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Roof\""}]},
                                  {"text": "Sorry, that call was broken."}], None, 0),
]


def run_case(name, script, base_url, cap):
    sandbox = Sandbox("fault")
    server = None
    if script is not None:
        server = FakeServer(script, sandbox.dir / "server")
        url = server.base_url
    else:
        url = base_url()
    sandbox.env.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-secret-fault")
    message = f"Fault test: {name}"
    start = time.monotonic()
    process = sandbox.start("ask", message, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=cap)
        status = process.returncode
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        status = None
    seconds = time.monotonic() - start
    if server:
        server.stop()
    problems = database_problems(sandbox.db, [message])
    state = database_state(sandbox.db)
    sandbox.cleanup()
    lines = [l for l in err.decode(errors="replace").splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("Error:")]
    text = out.decode(errors="replace").strip()
    seen = f"stdout: {text[:40]}… ({len(out):,} bytes)" if len(text) > 40 else f"stdout: {text}"
    if errors or status != 0:
        seen = lines[-1] if lines else "(nothing)"
    notices = len(lines) - len(errors) - (1 if status == 0 and lines and lines[-1].startswith("conversation") else 0)
    if notices > 0:
        seen = f"{notices} waiting notice{'s' if notices > 1 else ''}, then {seen}"
    if b"sk-secret" in err + out:
        problems.append("the API key was printed")
    return status, seconds, seen, state, problems, len(errors)


def database_state(path):
    roles = counts(path, "SELECT group_concat(role || CASE WHEN interrupted THEN ' (interrupted)' ELSE '' END, ', ') "
                         "FROM (SELECT role, interrupted FROM messages ORDER BY id)")
    tasks = counts(path, "SELECT count(*) FROM tasks")
    return f"{roles}; {tasks} tasks"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--cap", type=float, default=180)
    options = parser.parse_args()
    print("| fault | what the person sees (stderr, last line) | exit | time to give up | database after |")
    print("|---|---|---|---|---|")
    failures, start, ran = [], time.monotonic(), 0
    for name, script, base_url, expected in CASES:
        if options.only and options.only not in name:
            continue
        ran += 1
        cap = min(options.cap, 60) if name.startswith("endless") else options.cap
        status, seconds, seen, state, problems, error_lines = run_case(name, script, base_url, cap)
        shown = "killed by the harness" if status is None else str(status)
        print(f"| {name} | {seen.replace('|', '¦')[:220]} | {shown} | {seconds:.1f} s | {state} |", flush=True)
        if expected is not None and status != expected:
            problems.append(f"exit {status}, expected {expected}")
        if expected == 1 and error_lines != 1:
            problems.append(f"{error_lines} error lines on stderr, expected one")
        failures += [f"{name}: {p}" for p in problems]
    summary("faults", ran, failures, time.monotonic() - start, "each row above; the user message kept and the database sound in every row")
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
