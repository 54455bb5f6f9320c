#!/usr/bin/env node
// Runs extension.js's activate() with stand-ins for `vscode` and
// `vscode-languageclient/node` (no VS Code, no display): what it registers,
// the client it starts, and the message when planc is not found.
'use strict';

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const log = { errors: [], lines: [], clients: [], commands: {} };
let settings = {};

const vscode = {
  window: {
    createOutputChannel: (name) => ({ name, appendLine: (l) => log.lines.push(l), dispose() {} }),
    showErrorMessage: (m) => (log.errors.push(m), Promise.resolve(undefined)),
  },
  workspace: {
    workspaceFolders: undefined,
    getConfiguration: (section) => ({ get: (k, d) => (`${section}.${k}` in settings ? settings[`${section}.${k}`] : d) }),
    createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
  commands: {
    registerCommand: (id, f) => ((log.commands[id] = f), { dispose() {} }),
    executeCommand: () => Promise.resolve(),
  },
};
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, state: 'new' });
    log.clients.push(this);
  }
  start() {
    this.state = 'running';
    return Promise.resolve();
  }
  stop() {
    this.state = 'stopped';
    return Promise.resolve();
  }
}
const lc = { LanguageClient, TransportKind: { stdio: 0 } };

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (request === 'vscode-languageclient/node') return lc;
  return load.call(this, request, ...rest);
};
const ext = require('../extension.js');

async function main() {
  const context = { subscriptions: [] };

  // planc not found: no client, one message in Thai and English.
  settings = { 'planc.path': '/nonexistent/planc' };
  await ext.activate(context);
  assert.strictEqual(log.clients.length, 0, 'a client was started without an executable');
  assert.strictEqual(log.errors.length, 1, 'no error message when planc is not found');
  assert.match(log.errors[0], /ไม่พบโปรแกรม planc/);
  assert.match(log.errors[0], /was not found/);
  assert.match(log.errors[0], /\/nonexistent\/planc/);
  assert.ok(typeof log.commands['planc.restartServer'] === 'function', 'planc.restartServer is not registered');
  assert.ok(context.subscriptions.some((s) => s.name === 'planc'), 'no "planc" output channel');

  // planc found (a stand-in executable): restarting starts `planc lsp`.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planc-client-test-'));
  const exe = path.join(dir, 'planc');
  fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
  try {
    settings = { 'planc.path': exe };
    await log.commands['planc.restartServer']();
    assert.strictEqual(log.clients.length, 1);
    const c = log.clients[0];
    assert.strictEqual(c.id, 'planc', 'the client id must be planc (for planc.trace.server)');
    assert.strictEqual(c.state, 'running');
    for (const o of [c.serverOptions.run, c.serverOptions.debug]) {
      assert.strictEqual(o.command, exe);
      assert.deepStrictEqual(o.args, ['lsp']);
    }
    assert.deepStrictEqual(c.clientOptions.documentSelector, [
      { scheme: 'file', language: 'plan' },
      { scheme: 'untitled', language: 'plan' },
    ]);
    assert.strictEqual(c.clientOptions.synchronize.fileEvents.glob, '**/*.plan');
    assert.strictEqual(c.clientOptions.outputChannel.name, 'planc');

    // Restart: the old client stops, a new one starts.
    await log.commands['planc.restartServer']();
    assert.strictEqual(log.clients.length, 2);
    assert.strictEqual(log.clients[0].state, 'stopped');
    assert.strictEqual(log.clients[1].state, 'running');
    await ext.deactivate();
    assert.strictEqual(log.clients[1].state, 'stopped');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log('client.test.js: passed');
}

main().catch((err) => {
  console.error(`client.test.js: ${err.stack || err}`);
  process.exit(1);
});
