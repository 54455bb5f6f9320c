#!/usr/bin/env python3
"""A golden LSP session: scripted client messages sent to `planc lsp`, every
message it sends back written out and compared with the session's expected
transcript (the way compilers test their language servers).

usage: run_session.py PLANC SESSION... [--update]

A session file (tests/lsp/sessions/NAME.session) has one client message per
line, `#` lines are comments:
  {"id": 1, "method": "initialize", ...}   a request: its answer is waited for
  {"method": "textDocument/didOpen", ...}  a notification: after didOpen,
                                           didChange and didClose, the
                                           diagnostics of that document are
                                           waited for (a batch ends with them)
  nowait {...}                             a notification not waited for (one
                                           the server is to drop)
  raw N "JSON string"                      bytes sent as they are (a broken
                                           frame; each character one byte, so
                                           "\u00ff" is the byte FF), then N
                                           messages waited for
In messages, ${ROOT} is the repository's root as a file URI, and a
"text": "@file:PATH" is the text of that file of the repository.
The transcript (NAME.expected) has each client message's method, then what
the server sent back, pretty-printed, the root written as ${ROOT}; then the
server's exit code. --update rewrites it (read `git diff` before committing).
"""
import json
import os
import subprocess
import sys
import threading
import queue

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
root_uri = "file://" + root


def substitute(obj):
    if isinstance(obj, dict):
        return {k: substitute(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [substitute(v) for v in obj]
    if isinstance(obj, str):
        if obj.startswith("@file:"):
            with open(os.path.join(root, obj[6:]), encoding="utf-8") as f:
                return f.read()
        return obj.replace("${ROOT}", root_uri)
    return obj


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def reader(stream, q):
    while True:
        headers = {}
        while True:
            line = stream.readline()
            if not line:
                q.put(None)
                return
            line = line.rstrip(b"\r\n")
            if not line:
                break
            k, _, v = line.partition(b":")
            headers[k.strip().lower()] = v.strip()
        n = int(headers[b"content-length"])
        body = stream.read(n)
        q.put(json.loads(body.decode("utf-8")))


def pretty(v, indent=""):
    """JSON, sorted keys; an object or array that fits in 100 columns on one line."""
    one = json.dumps(v, ensure_ascii=False, sort_keys=True)
    if len(one) + len(indent) <= 100 or not isinstance(v, (dict, list)) or not v:
        return one
    inner = indent + " "
    if isinstance(v, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {pretty(v[k], inner)}" for k in sorted(v)]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    return "[\n" + ",\n".join(inner + pretty(x, inner) for x in v) + "\n" + indent + "]"


def placeholders(v):
    """The repository's place written as ${ROOT} (a URI) and ${ROOT_PATH}, before the layout: the same transcript
    wherever the repository is."""
    if isinstance(v, dict):  # keys too: a WorkspaceEdit's changes are keyed by URI
        return {placeholders(k): placeholders(x) for k, x in v.items()}
    if isinstance(v, list):
        return [placeholders(x) for x in v]
    if isinstance(v, str):
        return v.replace(root_uri, "${ROOT}").replace(root, "${ROOT_PATH}")
    return v


def show(msg):
    return pretty(placeholders(msg))


def main():
    planc = sys.argv[1]
    update = "--update" in sys.argv[2:]
    return max(run(planc, s, update) for s in sys.argv[2:] if s != "--update")


def run(planc, session, update):
    expected_path = session[: -len(".session")] + ".expected"
    proc = subprocess.Popen([planc, "lsp", "--threads", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=root)
    q = queue.Queue()
    threading.Thread(target=reader, args=(proc.stdout, q), daemon=True).start()
    out = []

    def take(until):
        while True:
            try:
                m = q.get(timeout=60)
            except queue.Empty:
                sys.exit(f"{session}: no answer from planc lsp within 60 s (waiting after: {out[-1] if out else ''})")
            if m is None:
                return False
            out.append("<- " + show(m))
            if until(m):
                return True

    with open(session, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.lstrip().startswith("#")]
    for line in lines:
        if line.startswith("raw "):
            _, n, literal = line.split(" ", 2)
            data = json.loads(literal).encode("latin-1")
            out.append("-> raw " + literal)
            proc.stdin.write(data)
            proc.stdin.flush()
            left = [int(n)]

            def count(m):
                left[0] -= 1
                return left[0] <= 0
            if left[0] > 0:
                take(count)
            continue
        wait = not line.startswith("nowait ")
        if not wait:
            line = line[len("nowait "):]
        msg = substitute(json.loads(line))
        msg.setdefault("jsonrpc", "2.0")
        method = msg.get("method", "")
        out.append(f"-> {method}" + (f" ({msg['id']})" if "id" in msg else ""))
        try:
            proc.stdin.write(frame(json.dumps(msg, ensure_ascii=False).encode("utf-8")))
            proc.stdin.flush()
        except BrokenPipeError:
            break
        if "id" in msg:
            i = msg["id"] if isinstance(msg["id"], (int, str)) else None  # an id the server cannot echo: null
            take(lambda m, i=i: m.get("id") == i and "method" not in m)
        elif wait and method in ("textDocument/didOpen", "textDocument/didChange", "textDocument/didClose"):
            uri = msg["params"]["textDocument"]["uri"]
            ver = msg["params"]["textDocument"].get("version")

            def done(m, uri=uri, ver=ver):
                return (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and
                        (ver is None or m["params"].get("version") == ver))
            take(done)
    try:
        proc.stdin.close()
    except BrokenPipeError:
        pass
    take(lambda m: False)
    code = proc.wait(timeout=60)
    out.append(f"exit {code}")
    transcript = "\n".join(out) + "\n"
    if update:
        with open(expected_path, "w", encoding="utf-8") as f:
            f.write(transcript)
        return 0
    try:
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
    except FileNotFoundError:
        expected = ""
    if transcript != expected:
        import difflib
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), transcript.splitlines(True),
                                                   expected_path, "planc lsp"))
        print(f"\n{session}: the transcript differs (update: cmake --build build --target update-golden)")
        return 1
    return 0


sys.exit(main())
