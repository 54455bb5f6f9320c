// The planc extension's client: starts `planc lsp` (JSON-RPC over stdio,
// LSP 3.17) for .plan files. Plain JavaScript, no build step.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

// `vscode` and `vscode-languageclient` are loaded in activate() only, so that
// plain Node can load this file (test.sh checks its exports).
let vscode;
let lc;

let client; // the running LanguageClient, or undefined
let output; // the "planc" output channel

// The executable that `setting` (planc.path) names, or undefined when there
// is none: a name is looked up on PATH, a path (with a separator) is taken
// as it is, relative to `base` (the first workspace folder), `~` expanded.
function resolveExecutable(setting, base, env = process.env, platform = process.platform) {
  let cmd = (setting || 'planc').trim();
  if (cmd === '~' || cmd.startsWith('~/')) cmd = path.join(os.homedir(), cmd.slice(1));
  const exts = platform === 'win32' ? ['', ...(env.PATHEXT || '.EXE;.CMD;.BAT').split(';')] : [''];
  const runnable = (file) => {
    for (const ext of exts) {
      const f = file + ext;
      try {
        if (fs.statSync(f).isFile()) {
          if (platform !== 'win32') fs.accessSync(f, fs.constants.X_OK);
          return f;
        }
      } catch (_) {
        // not this one
      }
    }
    return undefined;
  };
  if (cmd.includes('/') || (platform === 'win32' && cmd.includes('\\'))) {
    return runnable(path.isAbsolute(cmd) || !base ? path.resolve(cmd) : path.resolve(base, cmd));
  }
  const dirs = (env.PATH || env.Path || '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const found = runnable(path.join(dir, cmd));
    if (found) return found;
  }
  return undefined;
}

// The message shown when the executable cannot be found, Thai then English.
function notFoundMessage(setting) {
  return (
    `ไม่พบโปรแกรม planc ("${setting}") จึงเริ่มเซิร์ฟเวอร์ภาษาไม่ได้: ติดตั้ง planc หรือกำหนดตำแหน่งในการตั้งค่า planc.path / ` +
    `The planc executable ("${setting}") was not found, so the language server cannot start: install planc or set planc.path in the settings.`
  );
}

function workspaceBase() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 && folders[0].uri.scheme === 'file' ? folders[0].uri.fsPath : undefined;
}

async function startClient() {
  const setting = vscode.workspace.getConfiguration('planc').get('path', 'planc');
  const base = workspaceBase();
  const command = resolveExecutable(setting, base);
  if (!command) {
    const message = notFoundMessage(setting);
    output.appendLine(message);
    const open = 'Open Settings / เปิดการตั้งค่า';
    vscode.window.showErrorMessage(message, open).then((choice) => {
      if (choice === open) vscode.commands.executeCommand('workbench.action.openSettings', 'planc.path');
    });
    return;
  }
  output.appendLine(`Starting ${command} lsp`);
  const executable = { command, args: ['lsp'], transport: lc.TransportKind.stdio, options: { cwd: base } };
  const serverOptions = { run: executable, debug: executable };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plan' },
      { scheme: 'untitled', language: 'plan' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.plan'),
    },
    outputChannel: output,
    traceOutputChannel: output,
  };
  // The id `planc` makes the client follow the `planc.trace.server` setting.
  const c = new lc.LanguageClient('planc', 'planc', serverOptions, clientOptions);
  client = c;
  try {
    await c.start();
  } catch (err) {
    const message = `planc lsp: ${err && err.message ? err.message : err}`;
    output.appendLine(message);
    vscode.window.showErrorMessage(`เริ่มเซิร์ฟเวอร์ภาษา planc ไม่สำเร็จ / The planc language server failed to start. ${message}`);
  }
}

async function stopClient() {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    await c.stop();
  } catch (err) {
    output.appendLine(`Stopping the server: ${err && err.message ? err.message : err}`);
  }
}

async function restart() {
  await stopClient();
  await startClient();
}

async function activate(context) {
  vscode = require('vscode');
  lc = require('vscode-languageclient/node');
  output = vscode.window.createOutputChannel('planc');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('planc.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('planc.path')) restart();
    }),
  );
  await startClient();
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate, resolveExecutable, notFoundMessage };
