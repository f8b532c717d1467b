import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type ProtocolConnection,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { BIN } from './cli.js';

/** A real LSP client talking to `studyplan lsp --stdio` in a child process, as an editor does. */
export class LspClient {
  private readonly child: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly published = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  /** What the server wrote to the editor's log (window/logMessage). */
  readonly logged: string[] = [];

  constructor(cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.published.set(p.uri, p);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logged.push(p.message));
    this.connection.listen();
  }

  async initialize(initializationOptions: Record<string, unknown> = {}, rootDir?: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootDir ? pathToFileURL(rootDir).href : null,
      capabilities: {},
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Opens FILE (a path, or a URI as it is) with TEXT. */
  async open(file: string, text: string): Promise<string> {
    const uri = /^\w+:\/\//.test(file) ? file : pathToFileURL(file).href;
    this.versions.set(uri, 1);
    this.published.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** Replaces the whole text, as a new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** The diagnostics published for URI once they are for VERSION (or the first ones, without it). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.published.get(uri);
      if (p && (version === undefined || p.version === version)) return p.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}${version ? ` version ${version}` : ''} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async notifyWatchedFilesChanged(file: string): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
  }

  /** shutdown, exit; resolves with the server's exit code. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
