#!/usr/bin/env python3
"""A scripted OpenAI-compatible chat server for tests; see README.md beside this file."""

import argparse
import json
import os
import pathlib
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jsonschema

SCHEMA_PATH = pathlib.Path(__file__).resolve().parent.parent / "openai" / "chat-request.schema.json"
STREAMS_PATH = pathlib.Path(__file__).resolve().parent / "streams"
COMPLETIONS_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"


def openai_error(message, kind="invalid_request_error", code=None):
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def missing_reasoning(messages):
    """DeepSeek's thinking-mode rule: in the turn in progress (after the last user message),
    every assistant message with tool calls carries its reasoning_content back."""
    last_user = max((i for i, m in enumerate(messages) if isinstance(m, dict) and m.get("role") == "user"),
                    default=-1)
    return [f"messages[{i}]: the reasoning_content in the thinking mode must be passed back to the API"
            for i, m in enumerate(messages)
            if i > last_user and isinstance(m, dict) and m.get("role") == "assistant" and m.get("tool_calls")
            and not isinstance(m.get("reasoning_content"), str)]


def ordering_errors(messages):
    """The rules of tool messages that JSON Schema cannot express."""
    errors = []
    open_calls = None  # ids of the nearest assistant tool calls not yet answered
    answerable = set()
    for position, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        if role == "tool":
            call_id = message.get("tool_call_id")
            if call_id not in answerable:
                errors.append(f"messages[{position}]: tool_call_id {call_id!r} answers no tool call "
                              "of the preceding assistant message")
            elif open_calls is not None:
                open_calls.discard(call_id)
            continue
        if open_calls:
            errors.append(f"messages[{position}]: tool calls {sorted(open_calls)} have no tool message "
                          "before this message")
        open_calls, answerable = None, set()
        if role == "assistant" and message.get("tool_calls"):
            calls = [c for c in message["tool_calls"] if isinstance(c, dict)]
            for call in calls:
                errors += call_errors(position, call)
            answerable = {c.get("id") for c in calls}
            open_calls = set(answerable)
    if open_calls:
        errors.append(f"tool calls {sorted(open_calls)} are never answered by a tool message")
    return errors


def call_errors(position, call):
    """What strict servers refuse in a tool call sent back in the history: vLLM and llama.cpp
    parse the arguments to render their chat templates."""
    function = call.get("function") or {}
    arguments = function.get("arguments")
    if not isinstance(arguments, str):
        return [f"messages[{position}]: function.arguments must be a string"]
    errors = []
    try:
        if not isinstance(json.loads(arguments), dict):
            errors.append(f"messages[{position}]: function.arguments must hold a JSON object")
    except ValueError:
        errors.append(f"messages[{position}]: function.arguments is not valid JSON: {arguments[:40]!r}")
    if not function.get("name"):
        errors.append(f"messages[{position}]: function.name must not be empty")
    if not call.get("id"):
        errors.append(f"messages[{position}]: a tool call id must not be empty")
    return errors


class Script:
    """Scripted replies, one per request, shared by the handler threads."""

    def __init__(self, entries):
        self._entries = list(entries)
        self._lock = threading.Lock()

    def take(self, request_has_stream_options):
        with self._lock:
            if not self._entries:
                return {"text": "ok"}
            entry = self._entries[0]
            # A server that rejects stream_options keeps doing so: the retry without them gets the
            # rest of the same entry.
            if not (entry.get("reject_stream_options") and request_has_stream_options):
                self._entries.pop(0)
            return entry


class Recorder:
    def __init__(self, path):
        self._path = path
        self._lock = threading.Lock()

    def record(self, item):
        if self._path is None:
            return
        line = json.dumps(item, ensure_ascii=False) + "\n"
        with self._lock, open(self._path, "a", encoding="utf-8") as file:
            file.write(line)
            file.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeOpenAI/1.0"

    def log_message(self, format, *args):
        pass

    # --- plumbing -----------------------------------------------------------------------------

    def send_json(self, status, payload, extra_headers=None):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def send_chunk(self, data):
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def recorded_headers(self):
        headers = {}
        for name, value in self.headers.items():
            if name.lower() == "authorization":
                scheme = value.split(" ", 1)[0]
                value = f"{scheme} <redacted>"
            headers[name.lower()] = value
        return headers

    # --- requests -----------------------------------------------------------------------------

    def do_GET(self):
        record = {"method": self.command, "path": self.path, "headers": self.recorded_headers(),
                  "body": None, "valid": True, "errors": [], "authorized": True}
        required_key = self.server.required_key
        if required_key is not None:
            record["authorized"] = self.headers.get("Authorization", "") == f"Bearer {required_key}"
        models = self.server.models
        if self.path != MODELS_PATH or models is None:
            record["valid"] = False
            record["errors"] = [f"unknown path {self.path}"]
        self.server.recorder.record(record)
        if not record["valid"]:
            return self.reject_unknown()
        if not record["authorized"]:
            return self.send_json(401, openai_error("Incorrect API key provided", code="invalid_api_key"))
        # OpenAI's ListModelsResponse: {"object": "list", "data": [Model, ...]}.
        data = [{"id": name, "object": "model", "created": 1700000000, "owned_by": "fake"} for name in models]
        self.send_json(200, {"object": "list", "data": data})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        record = {"method": self.command, "path": self.path, "headers": self.recorded_headers(),
                  "body": None, "valid": False, "errors": [], "authorized": True}
        try:
            body = json.loads(raw)
            record["body"] = body
        except ValueError as error:
            body = None
            record["body"] = raw.decode("utf-8", "replace")
            record["errors"] = [f"body is not JSON: {error}"]

        required_key = self.server.required_key
        if required_key is not None:
            given = self.headers.get("Authorization", "")
            record["authorized"] = given == f"Bearer {required_key}"

        if self.path != COMPLETIONS_PATH:
            record["errors"].append(f"unknown path {self.path}")
            self.server.recorder.record(record)
            return self.reject_unknown()
        if body is not None:
            record["errors"] = self.validation_errors(body)
        record["valid"] = not record["errors"]
        self.server.recorder.record(record)

        if not record["authorized"]:
            # Like a careless real server, echo the key back: clients must not repeat it.
            given = self.headers.get("Authorization", "")
            return self.send_json(401, openai_error(f"Incorrect API key provided: {given}",
                                                    code="invalid_api_key"))
        if not record["valid"]:
            return self.send_json(400, openai_error("; ".join(record["errors"])))

        entry = self.server.script.take("stream_options" in body)
        self.respond(entry, body)

    def reject_unknown(self):
        self.send_json(404, openai_error(f"Unknown request URL: {self.command} {self.path}"))

    def validation_errors(self, body):
        errors = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}"
                  for e in self.server.validator.iter_errors(body)]
        if isinstance(body, dict) and isinstance(body.get("messages"), list):
            errors += ordering_errors(body["messages"])
        return errors

    # --- replies ------------------------------------------------------------------------------

    def respond(self, entry, body):
        time.sleep(entry.get("delay", 0))
        if entry.get("reject_stream_options") and "stream_options" in body:
            return self.send_json(400, openai_error("Unrecognized request argument supplied: stream_options"))
        if entry.get("close_without_reply"):
            self.close_connection = True
            return
        if entry.get("require_reasoning_roundtrip"):
            errors = missing_reasoning(body.get("messages") or [])
            if errors:
                return self.send_json(400, openai_error(errors[0]))
        if "raw_stream" in entry:
            return self.send_raw_stream(STREAMS_PATH / entry["raw_stream"])
        if "status" in entry:
            return self.respond_with_fault(entry)
        if body.get("stream"):
            return self.stream(entry, body)
        self.send_json(200, self.completion(entry, body))

    def respond_with_fault(self, entry):
        status = entry["status"]
        headers = {}
        if "retry_after" in entry:
            headers["Retry-After"] = str(entry["retry_after"])
        if "body" in entry:
            payload = entry["body"]
            payload = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        else:
            default = {400: "Bad request", 401: "Invalid authentication", 404: "The model does not exist",
                       429: "Rate limit reached", 500: "The server had an error"}
            message = entry.get("message", default.get(status, f"HTTP {status}"))
            kind = {429: "rate_limit_error"}.get(status, "server_error" if status >= 500 else "invalid_request_error")
            payload = json.dumps(openai_error(message, kind)).encode()
        self.send_json(status, payload, headers)

    def completion(self, entry, body):
        message = {"role": "assistant", "content": entry.get("text", "")}
        calls = self.tool_calls(entry)
        if calls:
            message["tool_calls"] = [{"id": c["id"], "type": "function",
                                      "function": {"name": c["name"], "arguments": c["arguments"]}}
                                     for c in calls]
        result = {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                  "model": body.get("model", ""),
                  "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason(entry)}]}
        if "usage" in entry:
            result["usage"] = entry["usage"]
        return result

    @staticmethod
    def tool_calls(entry):
        return [{"id": call.get("id", f"call_{index}_{os.urandom(4).hex()}"),
                 "name": call["name"], "arguments": call.get("arguments", "{}")}
                for index, call in enumerate(entry.get("tool_calls", []))]

    @staticmethod
    def finish_reason(entry):
        if "finish_reason" in entry:
            return entry["finish_reason"]
        return "tool_calls" if entry.get("tool_calls") else "stop"

    @staticmethod
    def pieces(text, size):
        size = max(1, size)
        return [text[i:i + size] for i in range(0, len(text), size)] or [""]

    def stream_events(self, entry, body):
        """Every SSE payload of the reply, in order, [DONE] included."""
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "")}

        def chunk(delta, finish=None):
            return json.dumps({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})

        yield chunk({"role": "assistant", "content": ""})
        if entry.get("malformed"):
            yield '{"choices": [{"delta": {"content": "unterminated'
        for piece in self.pieces(entry.get("reasoning", ""), entry.get("chunk_size", 8)):
            if piece:
                yield chunk({"reasoning_content": piece})
        for piece in self.pieces(entry.get("text", ""), entry.get("chunk_size", 8)):
            if piece:
                yield chunk({"content": piece})
        for index, call in enumerate(self.tool_calls(entry)):
            first = {"index": index, "type": "function", "function": {"name": call["name"], "arguments": ""}}
            if call["id"] is not None:
                first["id"] = call["id"]
            yield chunk({"tool_calls": [first]})
            for piece in self.pieces(call["arguments"], entry.get("split", 1 << 30)):
                yield chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
        yield chunk({}, self.finish_reason(entry))
        if "usage" in entry and (body.get("stream_options") or {}).get("include_usage"):
            yield json.dumps({**base, "choices": [], "usage": entry["usage"]})
        yield "[DONE]"

    def start_event_stream(self):
        """A 200 `text/event-stream` in HTTP chunks, on a connection closed afterwards."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def send_raw_stream(self, path):
        """A stream file's bytes as they are, as one real server sent its shape."""
        self.start_event_stream()
        self.send_chunk(path.read_bytes())
        self.wfile.write(b"0\r\n\r\n")

    def stream(self, entry, body):
        newline = "\r\n" if entry.get("crlf") else "\n"
        self.start_event_stream()
        drop_after = entry.get("drop_after_chunks")
        gap = entry.get("delay_between_chunks", 0)
        pace = entry.get("chunks_per_second")
        started = time.monotonic()
        try:
            for count, payload in enumerate(self.stream_events(entry, body)):
                if drop_after is not None and count >= drop_after:
                    return  # no terminating chunk: the client sees a cut stream
                if count and gap:
                    time.sleep(gap)
                if pace:
                    # On a schedule from the start, so time spent sending does not slow the rate.
                    time.sleep(max(0.0, started + count / pace - time.monotonic()))
                if entry.get("keep_alive"):
                    self.send_chunk(f": keep-alive{newline}{newline}".encode())
                self.send_chunk(f"data: {payload}{newline}{newline}".encode())
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--script", help="JSON list of replies, one per request")
    parser.add_argument("--record", help="append one JSON line per request to this file")
    parser.add_argument("--require-key", help="answer 401 unless 'Authorization: Bearer KEY'")
    parser.add_argument("--models", help="JSON list of model ids GET /v1/models lists; without it, 404")
    options = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", options.port), Handler)
    server.daemon_threads = True
    entries = json.loads(pathlib.Path(options.script).read_text()) if options.script else []
    server.script = Script(entries)
    server.recorder = Recorder(options.record)
    server.required_key = options.require_key
    server.models = json.loads(options.models) if options.models else None
    server.validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def watch_stdin():
        # The test holds our stdin: when it goes away, so do we.
        while os.read(sys.stdin.fileno(), 4096):
            pass
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    print(f"PORT={server.server_address[1]}", flush=True)
    while not stop.wait(0.1):
        pass
    server.shutdown()
    server.server_close()
    # Skip interpreter finalisation: a daemon thread may still hold stdin or a client socket.
    os._exit(0)


if __name__ == "__main__":
    main()
