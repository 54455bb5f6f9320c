#!/usr/bin/env python3
"""How long `planc lsp` takes from a change to its published diagnostics.

usage: bench/lsp_latency.py PLANC FILE.plan [EDITS]

A scripted client (this script) opens FILE (with the plan folder's other
files read from disk by the server), then makes EDITS edits (default 20),
one at a time, as typing does: each replaces the value of the file's first
`result` line with another number (an incremental change of a few
characters), and waits for the publishDiagnostics of that version. Prints
the median and the slowest, in milliseconds, from the change sent to its
diagnostics received (whole process: JSON, compile, publish). docs/performance.md.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time

planc, path = sys.argv[1], os.path.abspath(sys.argv[2])
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 20
text = open(path, encoding="utf-8").read()
uri = "file://" + path
proc = subprocess.Popen([planc, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def send(msg):
    body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def read():
    n = None
    while True:
        line = proc.stdout.readline().rstrip(b"\r\n")
        if not line:
            break
        k, _, v = line.partition(b":")
        if k.lower() == b"content-length":
            n = int(v)
    return json.loads(proc.stdout.read(n))


def wait_version(v):
    while True:
        m = read()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and \
                m["params"].get("version") == v:
            return m


send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
while read().get("id") != 1:
    pass
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
t = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "plan", "version": 1, "text": text}}})
wait_version(1)
opened = (time.perf_counter() - t) * 1000

lines = text.split("\n")
row = next(i for i, l in enumerate(lines) if re.match(r"\s*(result .*\{ *)?value \S", l))
line = lines[row]
start = line.index("value ") + len("value ")
end = line.index(" ", start) if " " in line[start:] else len(line)
times = []
for k in range(edits):
    new = str(40 + k % 50)
    change = {"range": {"start": {"line": row, "character": start}, "end": {"line": row, "character": end}},
              "text": new}
    end = start + len(new)
    t = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": k + 2}, "contentChanges": [change]}})
    wait_version(k + 2)
    times.append((time.perf_counter() - t) * 1000)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
proc.wait(timeout=30)
print(f"{os.path.basename(path)}: open {opened:.1f} ms; {edits} edits: median {statistics.median(times):.1f} ms, "
      f"slowest {max(times):.1f} ms")
