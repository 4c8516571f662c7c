"""What every reliability part shares: the release binary, a sandbox per run, the fake
OpenAI server of the tests (schema-validating, recording each request), and the checks a
database must pass after anything happened to it."""
import json, os, pathlib, sqlite3, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parents[2]
SERVER = ROOT / "Tests/Fixtures/fake_openai/server.py"
BINARY = pathlib.Path(os.environ.get("CHATTUI_BIN", ROOT / ".build/release/chattui"))


class Sandbox:
    """A temporary HOME, XDG folders and database, with none of the caller's OPENAI_*,
    CHATTUI_* or XDG_* settings."""

    def __init__(self, name="rel"):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix=f"chattui-{name}-"))
        self.db = self.dir / "chattui.db"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CHATTUI_", "XDG_"))}
        env.update(HOME=str(self.dir), XDG_DATA_HOME=str(self.dir / "data"), XDG_CONFIG_HOME=str(self.dir / "config"),
                   XDG_STATE_HOME=str(self.dir / "state"), CHATTUI_USER="tester", LANG="C.UTF-8", TZ="UTC",
                   SWIFT_BACKTRACE="enable=no")
        self.env = env

    def command(self, *args):
        return [str(BINARY), "--db", str(self.db), *args]

    def run(self, *args, stdin=b"", timeout=60, extra_env=None):
        """Runs chattui to the end; returns (status, stdout, stderr, seconds)."""
        env = dict(self.env, **(extra_env or {}))
        start = time.monotonic()
        done = subprocess.run(self.command(*args), input=stdin, capture_output=True, env=env, timeout=timeout)
        return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"), \
            time.monotonic() - start

    def start(self, *args, **kwargs):
        return subprocess.Popen(self.command(*args), env=self.env, **kwargs)

    def cleanup(self):
        subprocess.run(["rm", "-rf", str(self.dir)])


class FakeServer:
    """Tests/Fixtures/fake_openai/server.py on a free port with `script`; stops when its
    stdin closes."""

    def __init__(self, script, folder):
        folder = pathlib.Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.record = folder / f"requests-{time.monotonic_ns()}.jsonl"
        script_file = folder / f"script-{time.monotonic_ns()}.json"
        script_file.write_text(json.dumps(script))
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), "--port", "0", "--script", str(script_file), "--record", str(self.record)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("PORT="):
            raise RuntimeError(f"fake server said {line!r}")
        self.base_url = f"http://127.0.0.1:{line[5:]}/v1"

    def requests(self):
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text().splitlines() if line.strip()]

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def use(sandbox, server):
    sandbox.env["OPENAI_BASE_URL"] = server.base_url
    sandbox.env["OPENAI_API_KEY"] = "sk-reliability"


def database_problems(path, sent=(), user="tester"):
    """What is wrong with the chattui database at `path`, as a list of sentences: integrity,
    the user messages in `sent` stored, each tool result answering a stored call, each
    change to a task by the agent or MCP matched by a result saying so."""
    if not pathlib.Path(path).exists():
        return [] if not sent else ["no database file, yet messages were sent"]
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        problems = []
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "messages" not in tables:
            return problems + (["messages table missing, yet messages were sent"] if sent else [])
        stored = {row[0] for row in db.execute("SELECT content FROM messages WHERE role='user'")}
        problems += [f"user message {text!r} not stored" for text in sent if text not in stored]
        calls = set()
        for (tool_calls,) in db.execute("SELECT tool_calls FROM messages WHERE tool_calls IS NOT NULL"):
            calls |= {call["id"] for call in json.loads(tool_calls)}
        for (call_id,) in db.execute("SELECT tool_call_id FROM messages WHERE role='tool'"):
            if call_id not in calls:
                problems.append(f"tool result {call_id} without its call")
        results = db.execute("SELECT count(*) FROM messages WHERE role='tool' AND content LIKE '%\"status\"%'").fetchone()[0]
        agent = db.execute("SELECT count(*) FROM task_changes WHERE source='agent'").fetchone()[0]
        if agent != results:
            problems.append(f"{agent} agent task changes but {results} tool results reporting one")
        return problems
    finally:
        db.close()


def counts(path, sql):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def follow_up_problems(sandbox, folder, conversation=1):
    """A next turn in the same conversation must reach the schema-validating server as a
    valid request and be answered."""
    server = FakeServer([{"text": "Still here."}], folder)
    use(sandbox, server)
    try:
        status, out, err, _ = sandbox.run("ask", "-r", str(conversation), "Are you still there?")
        requests = server.requests()
    finally:
        server.stop()
    problems = []
    if status != 0:
        problems.append(f"follow-up exited {status}: {err.strip()[:200]}")
    problems += [f"follow-up request invalid: {r['errors']}" for r in requests if not r["valid"]]
    return problems


def summary(part, runs, failures, seconds, detail=""):
    verdict = "PASS" if not failures else "FAIL"
    line = f"[{part}] {verdict}: {runs - len(failures)}/{runs} ok in {seconds:.1f} s"
    print(line + (f"; {detail}" if detail else ""), flush=True)
    for failure in failures[:10]:
        print(f"    {failure}", flush=True)
    return not failures
