#!/usr/bin/env python3
"""What one PostgreSQL server holds: many people using chattui at once. Quoted in docs/scaling.md.

    scripts/postgres/with_cluster.sh python3 scripts/postgres/scaling.py \
        [--binary PATH] [--users 50] [--seconds 30] [--turns 20]

Run inside the throw-away cluster of scripts/postgres/with_cluster.sh (it reads the
CHATTUI_TEST_POSTGRES_* variables). The cluster's fsync is switched on first, so every
commit reaches the disk as on a real server. Then, in a database of its own:

- each simulated person is a role of their own in `chattui_users` (row-level security
  keeps them apart, as on a team server) with one `chattui mcp` process, the way an agent
  or an editor keeps chattui open, calling the task tools back to back: add a task, list
  the newest twenty, change a priority, complete one;
- a probe person runs whole `chattui ask --offline -r ID` turns one after another (a new
  process each: open, lease, context, engine, the step's transaction, exit), first on an
  idle server, then while everyone else works.

Prints the tool calls per second, rows written per second, each tool's latency (median,
95th and 99th percentile) and the turn's wall time idle and under load (median, min, max).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

INITIALIZE = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                         "clientInfo": {"name": "scaling", "version": "1"}}}
PASSWORD = "scaling-password"


def cluster():
    """The owner's URL, the port and the socket folder of the running test cluster."""
    try:
        owner = os.environ["CHATTUI_TEST_POSTGRES_URL"]
        folder = os.environ["CHATTUI_TEST_POSTGRES_DIR"]
    except KeyError:
        sys.exit("scaling: run me under scripts/postgres/with_cluster.sh")
    return urllib.parse.urlsplit(owner), folder


def psql(folder, port, database, sql):
    """Runs SQL as the cluster's superuser over its socket (local connections are trusted)."""
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", str(port),
                    "-U", "postgres", "-d", database, "-c", sql], check=True, stdout=subprocess.DEVNULL)


def url(role, port, database):
    return f"postgresql://{role}:{PASSWORD}@127.0.0.1:{port}/{database}"


class Person:
    """One role with one `chattui mcp` process, calling tools and timing each answer."""

    def __init__(self, binary, home, database_url):
        env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
        self.process = subprocess.Popen([binary, "mcp", "--db", database_url], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.latencies = {}
        self.writes = 0
        self.failures = 0
        self.call(INITIALIZE["method"], INITIALIZE["params"])
        self.notify("notifications/initialized")

    def notify(self, method):
        self.process.stdin.write((json.dumps({"jsonrpc": "2.0", "method": method}) + "\n").encode())
        self.process.stdin.flush()

    def call(self, method, params):
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}
        self.process.stdin.write((json.dumps(message) + "\n").encode())
        self.process.stdin.flush()
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("chattui mcp ended early")
            answer = json.loads(line)
            if answer.get("id") == self.next_id:
                return answer

    def tool(self, name, arguments):
        started = time.perf_counter()
        answer = self.call("tools/call", {"name": name, "arguments": arguments})
        self.latencies.setdefault(name, []).append(time.perf_counter() - started)
        result = answer.get("result", {})
        if "error" in answer or result.get("isError"):
            self.failures += 1
            return None
        content = result.get("structuredContent")
        if content is None:
            content = json.loads(result["content"][0]["text"])
        return content

    def work(self, until):
        """Add, list, reprioritise, complete: three writes and a read per round."""
        round_number = 0
        while time.perf_counter() < until:
            round_number += 1
            added = self.tool("add_task", {"title": f"Task {round_number} of the day", "tags": ["work"],
                                           "due": "tomorrow", "priority": "low"})
            self.tool("list_tasks", {"limit": 20})
            if added:
                task = added.get("task", added)
                task_id = task.get("task_id")
                if self.tool("update_task", {"task_id": task_id, "priority": "high"}):
                    self.writes += 1
                if self.tool("complete_task", {"task_id": task_id}):
                    self.writes += 1
                self.writes += 1

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def turns(binary, home, database_url, count):
    """The wall time of `count` offline turns, each a new `chattui ask` process."""
    env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
    first = subprocess.run([binary, "ask", "--offline", "--db", database_url, "--json", "hello"],
                           env=env, capture_output=True, check=True)
    conversation = str(json.loads(first.stdout)["conversation_id"])
    times = []
    for number in range(count):
        started = time.perf_counter()
        subprocess.run([binary, "ask", "--offline", "--db", database_url, "-r", conversation,
                        f"add call the plumber about leak {number} tomorrow"],
                       env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return times


def spread(seconds):
    values = sorted(1000 * s for s in seconds)
    def percentile(p):
        return values[min(len(values) - 1, int(p * len(values)))]
    return f"{statistics.median(values):.1f} ms (95th {percentile(0.95):.1f}, 99th {percentile(0.99):.1f})"


def range_text(seconds):
    values = [1000 * s for s in seconds]
    return f"{statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/chattui")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--turns", type=int, default=20)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)

    owner, folder = cluster()
    port, database = owner.port, "chattui_scaling"
    psql(folder, port, "postgres", "ALTER SYSTEM SET fsync = on")
    psql(folder, port, "postgres", "SELECT pg_reload_conf()")
    psql(folder, port, "postgres", f"CREATE DATABASE {database} OWNER {owner.username}")
    owner_url = owner._replace(path=f"/{database}").geturl()

    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
        subprocess.run([binary, "tasks", "--db", owner_url], env=env, check=True, stdout=subprocess.DEVNULL)
        roles = [f"scaling_{n:03d}" for n in range(options.users)] + ["scaling_probe"]
        for role in roles:
            psql(folder, port, database, f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'; GRANT chattui_users TO {role}")

        probe_url = url("scaling_probe", port, database)
        idle = turns(binary, home, probe_url, options.turns)

        people = [Person(binary, home, url(role, port, database)) for role in roles[:-1]]
        started = time.perf_counter()
        until = started + options.seconds
        threads = [threading.Thread(target=person.work, args=(until,)) for person in people]
        for thread in threads:
            thread.start()
        loaded = turns(binary, home, probe_url, options.turns)
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        for person in people:
            person.close()

    load = os.getloadavg()
    calls = sum(len(times) for person in people for times in person.latencies.values())
    writes = sum(person.writes for person in people)
    failures = sum(person.failures for person in people)
    print(f"{options.users} people, {elapsed:.1f} s, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, "
          f"{os.cpu_count()} cores, fsync on")
    print(f"tool calls: {calls / elapsed:.0f}/s; rows written: {writes / elapsed:.0f}/s; failed calls: {failures}")
    for name in ["add_task", "list_tasks", "update_task", "complete_task"]:
        times = [t for person in people for t in person.latencies.get(name, [])]
        if times:
            print(f"  {name}: {len(times)} calls, {spread(times)}")
    print(f"ask --offline turn, idle server: {range_text(idle)}")
    print(f"ask --offline turn, under load:  {range_text(loaded)}")


if __name__ == "__main__":
    main()
