"""Bad input at the edges: a 10 MB paste into the chat, a 1 MB title, NUL and invalid
UTF-8 on stdin, and database files that are read-only, on a full disk, locked, corrupt,
from a newer chattui, or another program's. Prints a Markdown table and a summary line.

    python3 edges.py
"""
import hashlib, json, os, pathlib, shutil, sqlite3, subprocess, time
from crash import start_in_pty, wait_for
from harness import FakeServer, Sandbox, counts, database_problems, summary, use

ROWS, FAILURES = [], []


def row(case, command, status, seconds, seen, after, ok, why=""):
    ROWS.append(f"| {case} | `{command}` | {status} | {seconds:.1f} s | {seen.replace('|', '¦')[:200]} | {after} |")
    if not ok:
        FAILURES.append(f"{case}: {why or seen}")


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else "(nothing)"


def crashed(status):
    return status < 0 or status >= 128


def digest(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest() if pathlib.Path(path).exists() else None


def paste_10mb():
    sandbox = Sandbox("edge-paste")
    server = FakeServer([{"text": "Got your paste."}], sandbox.dir / "server")
    use(sandbox, server)
    text = ("0123456789abcdef" * 64 + "\n") * 10240  # 10,496,000 bytes over 10,240 lines
    process, master, drained = start_in_pty(sandbox, [])
    wait_for(lambda: len(drained) > 200, 20)
    start = time.monotonic()
    payload = b"\x1b[200~" + text.encode() + b"\x1b[201~\r"
    for offset in range(0, len(payload), 65536):
        os.write(master, payload[offset:offset + 65536])
    # 10 MB is far more than a request can hold: the message must be stored whole and the
    # chat must say so and stay usable, without sending anything.
    stored = lambda: counts(sandbox.db, "SELECT coalesce(max(length(CAST(content AS BLOB))), 0) FROM messages "
                                        "WHERE role='user'") if pathlib.Path(sandbox.db).exists() else 0
    got_it = wait_for(lambda: stored() == len(text.encode()), 300)
    seconds = time.monotonic() - start
    said_so = wait_for(lambda: b"tokens" in bytes(drained[-100000:]), 60)
    os.write(master, b"/quit\r")
    ended = wait_for(lambda: process.poll() is not None, 20)
    if not ended:
        process.kill()
    os.close(master)
    server.stop()
    ok = got_it and said_so and ended and not server.requests() and not database_problems(sandbox.db)
    row("10 MB bracketed paste into the chat, then Enter", "chattui (pty)", process.returncode, seconds,
        "stored whole, nothing sent, the status line says it is more tokens than a request holds; /quit exits"
        if ok else f"stored {got_it}, said so {said_so}, ended {ended}, requests {len(server.requests())}",
        f"user message of {stored():,} bytes stored exactly", ok)
    sandbox.cleanup()


def title_1mb():
    sandbox = Sandbox("edge-title")
    title = "T" * (1024 * 1024)
    call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "add_task", "arguments": {"title": title}}}
    init = [{"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {},
             "clientInfo": {"name": "edges", "version": "1"}}}, {"jsonrpc": "2.0", "method": "notifications/initialized"}]
    lines = "".join(json.dumps(m) + "\n" for m in init + [call]).encode()
    status, out, err, seconds = sandbox.run("mcp", stdin=lines)
    answers = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    result = answers[-1].get("result", {}) if answers else {}
    stored = counts(sandbox.db, "SELECT coalesce(max(length(title)), 0) FROM tasks")
    seen = ("refused: " + result["content"][0]["text"][:120]) if result.get("isError") else f"stored ({stored:,} characters)"
    listed, out2, _, _ = sandbox.run("tasks", "--json")
    row("1 MB task title over MCP", "chattui mcp", status, seconds, seen,
        f"{counts(sandbox.db, 'SELECT count(*) FROM tasks')} tasks; `tasks --json` exits {listed}",
        status == 0 and listed == 0 and not database_problems(sandbox.db))

    server = FakeServer([{"tool_calls": [{"name": "add_task", "arguments": json.dumps({"title": title})}]},
                         {"text": "Done."}], sandbox.dir / "server")
    use(sandbox, server)
    status, out, err, seconds = sandbox.run("ask", "Add a task with a very long title")
    server.stop()
    valid = all(r["valid"] for r in server.requests())
    row("1 MB task title from the model's tool call", "chattui ask", status, seconds,
        last_line(err) if status else f"answered; the tool result went back in a valid request: {valid}",
        f"{counts(sandbox.db, 'SELECT count(*) FROM tasks')} tasks", status == 0 and valid and not database_problems(sandbox.db))
    sandbox.cleanup()


def stdin_bytes():
    sandbox = Sandbox("edge-stdin")
    server = FakeServer([{"text": "Read it."}], sandbox.dir / "server")
    use(sandbox, server)
    raw = b"buy\x00milk \xff\xfe and \xc3\x28 eggs"
    status, out, err, seconds = sandbox.run("ask", "-", stdin=raw)
    server.stop()
    sent = server.requests()[0]["body"]["messages"][-1]["content"] if server.requests() else None
    stored = counts(sandbox.db, "SELECT hex(CAST(content AS BLOB)) FROM messages WHERE role='user'")
    row("NUL and invalid UTF-8 on stdin", "printf 'buy\\0milk \\xff\\xfe…' ¦ chattui ask -", status, seconds,
        last_line(err) if status else f"sent as {json.dumps(sent)}",
        f"stored as hex {stored[:60]}", status == 0 and sent is not None and "\x00" in sent)

    lines = b'{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},' \
            b'"clientInfo":{"name":"e","version":"1"}}}\n{"jsonrpc":"2.0","method":"notifications/initialized"}\n' \
            b'{"jsonrpc":"2.0","id":1,"method":"ping"\x00}\n\xff\xfe\xc3\x28\n{"jsonrpc":"2.0","id":2,"method":"ping"}\n'
    status, out, err, seconds = sandbox.run("mcp", stdin=lines)
    answers = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    errors = [a["error"]["code"] for a in answers if "error" in a]
    alive = any(a.get("id") == 2 and "result" in a for a in answers)
    row("NUL and invalid UTF-8 on MCP stdin", "chattui mcp", status, seconds,
        f"errors {errors} for the bad lines; the next ping answered: {alive}", "unchanged", status == 0 and alive)
    sandbox.cleanup()


def seeded(sandbox):
    """A chattui database holding one conversation and one task."""
    sandbox.run("ask", "--offline", "add water the plants")
    return sandbox.db


def database_files():
    mountable = try_mount_tmpfs()
    for case in (lambda: read_only(mountable), lambda: full_disk(mountable), locked, corrupt, newer, foreign):
        try:
            case()
        except Exception as error:  # one broken case must not hide the others
            FAILURES.append(f"database case: {type(error).__name__}: {error}")


def try_mount_tmpfs():
    probe = pathlib.Path("/tmp") / f"chattui-mount-probe-{os.getpid()}"
    probe.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True).returncode == 0
        if mounted:
            subprocess.run(["umount", str(probe)])
        return mounted
    finally:
        probe.rmdir()


def mount(folder, size):
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)


def read_only(mountable):
    sandbox = Sandbox("edge-ro")
    seeded(sandbox)
    before = digest(sandbox.db)
    if mountable:
        folder = sandbox.dir / "ro"
        folder.mkdir()
        mount(folder, "4m")
        shutil.copy(sandbox.db, folder / "chattui.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        how = "on a read-only mount"
    else:
        folder = sandbox.dir
        os.chmod(sandbox.db, 0o444)
        how = "chmod 444 (root ignores it)"
    path = folder / "chattui.db"
    try:
        for args in (["tasks"], ["ask", "--offline", "add another"], ["mcp"]):
            stdin = b"" if args != ["mcp"] else b'{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e","version":"1"}}}\n'
            status, out, err, seconds = Sandbox.run_on(sandbox, path, args, stdin)
            row(f"read-only database ({how})", f"chattui {' '.join(args)}", status, seconds,
                last_line(err) if status else f"ok: {last_line(out)[:80]}", "file unchanged" if digest(path) == before else "CHANGED",
                not crashed(status) and digest(path) == before)
    finally:
        if mountable:
            subprocess.run(["umount", str(folder)])
    sandbox.cleanup()


def full_disk(mountable):
    sandbox = Sandbox("edge-full")
    if not mountable:
        row("full disk", "-", "-", 0, "not run: mounting a small tmpfs needs root", "-", True)
        return
    folder = sandbox.dir / "full"
    folder.mkdir()
    mount(folder, "1m")
    path = folder / "chattui.db"
    try:
        Sandbox.run_on(sandbox, path, ["ask", "--offline", "add water the plants"], b"")
        with open(folder / "filler", "wb", buffering=0) as filler:
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        big = "add " + "a long task title " * 4000
        status, out, err, seconds = Sandbox.run_on(sandbox, path, ["ask", "--offline", big], b"")
        (folder / "filler").unlink()
        problems = database_problems(path)
        row("full disk (1 MB tmpfs, filled)", "chattui ask --offline 'add …72 KB…'", status, seconds,
            last_line(err) if status else "ok", f"integrity after freeing space: {'ok' if not problems else problems}",
            not crashed(status) and not problems)
        status, out, err, seconds = Sandbox.run_on(sandbox, path, ["ask", "--offline", "add one more"], b"")
        row("the same database once space is free", "chattui ask --offline 'add one more'", status, seconds,
            last_line(err) if status else f"ok: {last_line(out)[:80]}", f"{counts(path, 'SELECT count(*) FROM tasks')} tasks",
            status == 0)
    finally:
        subprocess.run(["umount", str(folder)])
    sandbox.cleanup()


def locked():
    sandbox = Sandbox("edge-locked")
    path = seeded(sandbox)
    holder = subprocess.Popen(["python3", "-c", (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "db.execute(\"INSERT INTO task_changes (user_id, task_id, action, source, created_at) VALUES ('x', 1, 'add', 'cli', '2025-01-01')\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    holder.stdout.readline()
    try:
        for args in (["tasks"], ["ask", "--offline", "add another"]):
            before = counts(path, "SELECT count(*) FROM tasks")
            status, out, err, seconds = sandbox.run(*args)
            row("locked database (another process holds the write lock)", f"chattui {' '.join(args)}", status, seconds,
                last_line(err) if status else f"ok: {last_line(out)[:80]}",
                f"tasks {before} → {counts(path, 'SELECT count(*) FROM tasks')}",
                not crashed(status) and (args == ["tasks"]) == (status == 0))
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait()
    sandbox.cleanup()


def corrupt():
    sandbox = Sandbox("edge-corrupt")
    path = seeded(sandbox)
    for name in ("chattui.db-wal", "chattui.db-shm"):
        (sandbox.dir / name).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 1024):
        data[offset:offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    garbage = sandbox.dir / "garbage.db"
    garbage.write_bytes(os.urandom(64 * 1024))
    for file, what in ((path, "chattui database with pages overwritten"), (garbage, "64 KB of random bytes")):
        before = digest(file)
        for args in (["tasks"], ["ask", "--offline", "add another"]):
            status, out, err, seconds = Sandbox.run_on(sandbox, file, args, b"")
            row(f"corrupt file ({what})", f"chattui {' '.join(args)}", status, seconds,
                last_line(err) if status else f"ok: {last_line(out)[:80]}", "file unchanged" if digest(file) == before else "CHANGED",
                not crashed(status) and "Fatal" not in err)
    sandbox.cleanup()


def newer():
    sandbox = Sandbox("edge-newer")
    path = seeded(sandbox)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO grdb_migrations (identifier) VALUES ('from-chattui-9')")
    db.commit()
    db.close()
    before = digest(path)
    for args in (["tasks"], ["ask", "--offline", "add another"]):
        status, out, err, seconds = sandbox.run(*args)
        row("database from a newer chattui (unknown migration)", f"chattui {' '.join(args)}", status, seconds,
            last_line(err) if status else f"ok: {last_line(out)[:80]}", "file unchanged" if digest(path) == before else "changed",
            not crashed(status))
    sandbox.cleanup()


def foreign():
    sandbox = Sandbox("edge-foreign")
    other = sandbox.dir / "notes.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.execute("INSERT INTO notes (body) VALUES ('mine')")
    db.commit()
    db.close()
    text = sandbox.dir / "notes.txt"
    text.write_text("just some text\n" * 100)
    for file, what in ((other, "another program's SQLite database"), (text, "a text file")):
        before = digest(file)
        status, out, err, seconds = Sandbox.run_on(sandbox, file, ["ask", "--offline", "add x"], b"")
        beside = [p.name for p in sandbox.dir.iterdir() if p.name.startswith(file.name + "-")]
        row(f"foreign file ({what})", "chattui ask --offline 'add x'", status, seconds, last_line(err),
            ("file unchanged" if digest(file) == before else "CHANGED") + (f", created {beside}" if beside else ", nothing beside it"),
            status == 1 and digest(file) == before and not beside)
    sandbox.cleanup()


def run_on(sandbox, path, args, stdin):
    env = dict(sandbox.env)
    start = time.monotonic()
    done = subprocess.run([str(sandbox.command()[0]), "--db", str(path), *args], input=stdin, capture_output=True,
                          env=env, timeout=120)
    return done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"), time.monotonic() - start


Sandbox.run_on = run_on


def main():
    start = time.monotonic()
    for part in (database_files, title_1mb, stdin_bytes, paste_10mb):
        try:
            part()
        except Exception as error:  # a driver failure is a failed row, not a lost report
            FAILURES.append(f"{part.__name__}: {type(error).__name__}: {error}")
    print("| case | command | exit | time | what the person sees | database after |")
    print("|---|---|---|---|---|---|")
    print("\n".join(ROWS))
    ok = summary("edges", len(ROWS), FAILURES, time.monotonic() - start, "each row above")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
