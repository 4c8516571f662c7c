"""The fake OpenAI-compatible server of the tests, started for a benchmark script."""
import json, os, pathlib, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SERVER = ROOT / "Tests/Fixtures/fake_openai/server.py"


def start(work, script, *options):
    """Starts the server on a free port with `script` (written into `work`) and the server's
    `options` (such as `--record FILE`); returns the process and its base URL. Closing its
    stdin stops it."""
    (work / "script.json").write_text(json.dumps(script))
    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--port", "0", "--script", str(work / "script.json"), *options],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = server.stdout.readline().strip().split("=")[1]
    return server, f"http://127.0.0.1:{port}/v1"


def environment(work, **extra):
    """This environment without the settings that would steer chattui elsewhere, with
    `work` as HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CHATTUI_"))}
    env.update(HOME=str(work), CHATTUI_USER="bench", **extra)
    return env
