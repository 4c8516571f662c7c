#!/usr/bin/env python3
"""Drives `chattui mcp` with the official Python MCP client; see README.md beside this file."""

import argparse
import asyncio
import json
import os
import pathlib
import subprocess
import sys
import time

from mcp.client.client import Client
from mcp.client.stdio import StdioServerParameters

HANDSHAKE_TIMEOUT = 60.0
TOOL_NAMES = ["add_task", "list_tasks", "complete_task", "delete_task", "update_task"]


class Checks:
    """Records every check, so one run reports all that failed, not just the first."""

    def __init__(self):
        self.passed = []
        self.failures = []

    def expect(self, name, condition, detail=""):
        if condition:
            self.passed.append(name)
        else:
            self.failures.append(f"{name}: {detail}" if detail else name)
        return condition


def text_of(result):
    return "".join(getattr(part, "text", "") for part in result.content)


async def call_ok(client, checks, name, arguments, label):
    """Calls a tool that must succeed; its text must be the JSON of its structured content."""
    result = await client.call_tool(name, arguments)
    text = text_of(result)
    checks.expect(f"{label}: not an error", not result.is_error, text)
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    checks.expect(f"{label}: text is the structured content", parsed == result.structured_content,
                  f"text {text!r}, structured {result.structured_content!r}")
    return result.structured_content or {}


async def call_refused(client, checks, name, arguments, label, *fragments):
    """Calls with bad input: the result must be flagged and say why in words."""
    result = await client.call_tool(name, arguments)
    text = text_of(result)
    checks.expect(f"{label}: flagged isError", result.is_error is True, text)
    checks.expect(f"{label}: readable message", all(f in text for f in fragments) and not text.startswith("{"),
                  f"{text!r} should contain {fragments}")


def tasks_json(binary, database):
    """`chattui tasks --json` on the server's database, while the server is still running."""
    run = subprocess.run([binary, "tasks", "--json", "--status", "all", "--db", database],
                         capture_output=True, text=True, timeout=30, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"chattui tasks failed ({run.returncode}): {run.stderr}")
    return json.loads(run.stdout)


async def wait_for_file(path):
    """Polls for a file the Swift test writes, up to a deadline."""
    deadline = time.monotonic() + HANDSHAKE_TIMEOUT
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear within {HANDSHAKE_TIMEOUT:.0f} s")
        await asyncio.sleep(0.02)
    return path.read_text()


async def check_listing(client, checks, expected):
    listing = await client.list_tools()
    tools = {tool.name: tool for tool in listing.tools}
    checks.expect("tools/list names the five tools", [t.name for t in listing.tools] == TOOL_NAMES,
                  str([t.name for t in listing.tools]))
    for want in expected["tools"]:
        tool = tools.get(want["name"])
        if not checks.expect(f"{want['name']} is listed", tool is not None):
            continue
        checks.expect(f"{want['name']} input schema is AgentCore's", tool.input_schema == want["inputSchema"],
                      json.dumps(tool.input_schema))
        checks.expect(f"{want['name']} output schema is AgentCore's", tool.output_schema == want["outputSchema"],
                      json.dumps(tool.output_schema))
        checks.expect(f"{want['name']} description is AgentCore's", tool.description == want["description"])
    listed = tools.get("list_tasks")
    checks.expect("list_tasks is marked read-only",
                  listed is not None and listed.annotations is not None and listed.annotations.read_only_hint)


async def exercise_tools(client, checks, binary, database):
    groceries = await call_ok(client, checks, "add_task",
                              {"title": "Buy groceries", "priority": "high", "tags": ["Home"], "due": "2026-11-27"},
                              "add_task")
    checks.expect("add_task echoes the normalised fields",
                  groceries.get("status") == "created" and groceries.get("tags") == ["home"]
                  and groceries.get("due") == "2026-11-27" and groceries.get("priority") == "high", str(groceries))
    plants = await call_ok(client, checks, "add_task",
                           {"title": "Water the plants", "recurrence": "weekly", "due": "2026-11-30"},
                           "add_task recurring")
    old = await call_ok(client, checks, "add_task", {"title": "Old task"}, "add_task plain")

    listed = await call_ok(client, checks, "list_tasks", {"status": "pending", "sort": "due"}, "list_tasks")
    checks.expect("list_tasks shows the three pending tasks",
                  listed.get("count") == 3 and listed.get("truncated") is False
                  and [t["title"] for t in listed.get("tasks", [])][:2] == ["Buy groceries", "Water the plants"],
                  str(listed))

    done = await call_ok(client, checks, "complete_task", {"task_id": plants.get("task_id")}, "complete_task")
    checks.expect("complete_task of a weekly task creates the next one a week later",
                  done.get("status") == "completed" and isinstance(done.get("next_task_id"), int)
                  and done.get("next_due") == "2026-12-07", str(done))
    again = await call_ok(client, checks, "complete_task", {"task_id": plants.get("task_id")}, "complete_task again")
    checks.expect("complete_task of a done task says so and creates nothing",
                  again.get("already_completed") is True and "next_task_id" not in again, str(again))

    changed = await call_ok(client, checks, "update_task",
                            {"task_id": groceries.get("task_id"), "title": "Buy groceries and fruits", "priority": None},
                            "update_task")
    checks.expect("update_task changes the title and clears the priority",
                  changed.get("status") == "updated" and changed.get("title") == "Buy groceries and fruits"
                  and changed.get("priority") is None, str(changed))

    deleted = await call_ok(client, checks, "delete_task", {"task_id": old.get("task_id")}, "delete_task")
    checks.expect("delete_task answers with the deleted title",
                  deleted.get("status") == "deleted" and deleted.get("title") == "Old task", str(deleted))

    stored = tasks_json(binary, database)
    rows = {(t["task_id"], t["title"], t["completed"]) for t in stored["tasks"]}
    checks.expect("chattui tasks sees every change at once", rows == {
        (groceries.get("task_id"), "Buy groceries and fruits", False),
        (plants.get("task_id"), "Water the plants", True),
        (done.get("next_task_id"), "Water the plants", False),
    }, str(sorted(rows, key=str)))
    return stored["count"]


async def check_other_process(client, checks, handshake):
    """The Swift test adds a task through TaskService between two calls; the next call sees it."""
    (handshake / "ready").write_text("ready")
    added = json.loads(await wait_for_file(handshake / "go"))
    found = await call_ok(client, checks, "list_tasks", {"search": added["title"]}, "list_tasks after another process")
    checks.expect("another process's task is seen by the next call",
                  [t["task_id"] for t in found.get("tasks", [])] == [added["task_id"]], str(found))


async def check_refusals(client, checks):
    await call_refused(client, checks, "add_task", {}, "missing title", "title is required")
    await call_refused(client, checks, "add_task", {"title": 42}, "title of the wrong type", "title must be a string")
    await call_refused(client, checks, "add_task", {"title": "x", "colour": "red"}, "unknown argument",
                       "unknown argument 'colour'")
    await call_refused(client, checks, "complete_task", {"task_id": 9999}, "no such task", "task 9999 not found")
    await call_refused(client, checks, "delete_task", {"task_id": "many"}, "task_id of the wrong type",
                       "task_id must be an integer")
    await call_refused(client, checks, "list_tasks", {"status": "done"}, "bad status", "status must be")
    await call_refused(client, checks, "drop_tables", {"really": True}, "unknown tool", "unknown tool 'drop_tables'",
                       "add_task")


async def drive(arguments, checks, report):
    expected = json.loads(pathlib.Path(arguments.expect).read_text())
    server = StdioServerParameters(
        command=arguments.binary, args=["mcp", "--db", arguments.db],
        env={key: os.environ[key] for key in ("CHATTUI_USER", "CHATTUI_NOW", "TZ", "LANG") if key in os.environ})
    async with Client(server, mode=arguments.mode) as client:
        report["protocol_version"] = client.protocol_version
        report["handshake"] = "initialize" if client.session.initialize_result is not None else "discover"
        checks.expect("server names itself chattui", client.server_info is not None
                      and client.server_info.name == "chattui", str(client.server_info))
        await check_listing(client, checks, expected)
        count = await exercise_tools(client, checks, arguments.binary, arguments.db)
        await check_other_process(client, checks, pathlib.Path(arguments.handshake))
        await check_refusals(client, checks)
        alive = await call_ok(client, checks, "list_tasks", {"status": "all"}, "list_tasks after the refusals")
        checks.expect("the server is still alive and unchanged by the refusals", alive.get("count") == count + 1,
                      str(alive))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True, help="the chattui executable")
    parser.add_argument("--db", required=True, help="the database the server is started on")
    parser.add_argument("--mode", choices=["auto", "legacy"], required=True)
    parser.add_argument("--expect", required=True, help="JSON: the tools as AgentCore defines them")
    parser.add_argument("--handshake", required=True, help="a folder for the ready/go files")
    parser.add_argument("--report", required=True, help="where to write the JSON report")
    arguments = parser.parse_args()

    checks = Checks()
    report = {"mode": arguments.mode}
    try:
        asyncio.run(drive(arguments, checks, report))
    except Exception as error:  # noqa: BLE001 - every failure belongs in the report
        checks.failures.append(f"driver stopped: {type(error).__name__}: {error}")
    report.update(passed=checks.passed, failures=checks.failures)
    pathlib.Path(arguments.report).write_text(json.dumps(report, indent=2))
    sys.exit(1 if checks.failures else 0)


if __name__ == "__main__":
    main()
