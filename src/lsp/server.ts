import { printable } from '../diagnostics/printable.js';
import path from 'node:path';
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isRunError } from '../errors/run-error.js';
import { describeFailure, isFailure, isLang, resolveLang, words, type Lang } from '../i18n/index.js';
import { checkPlan } from '../lint/index.js';
import { parsePlan, type LoadedPlan } from '../plan/load.js';
import { modelineAction, quickFixes } from './code-actions.js';
import { toLspDiagnostic, uriToFile } from './convert.js';
import { courseHover } from './hover.js';
import { CONFIG_FILE } from '../project/config.js';
import { Projects, schemaPathFor, type DocumentContext } from './project.js';

export interface LanguageServerOptions {
  env?: NodeJS.ProcessEnv;
  /** How long typing must pause before a plan is checked again (default 150 ms). */
  debounceMs?: number;
}

/** What the client may set in `initializationOptions` (the VS Code extension sets them from its settings). */
export interface ClientOptions {
  lang?: Lang;
  /** Also publish `schema/*` findings; off beside yaml-language-server, which reports them itself. */
  schemaDiagnostics?: boolean;
  debounceMs?: number;
}

interface Checked {
  version: number;
  loaded: LoadedPlan;
  context: DocumentContext;
}

const WARM_UP_PLAN = `title: T
publisher: { name: P }
period: { year: 2024 }
sections:
  - kind: courses
    title: K
    courses:
      - { id: a, title: A, audience: B, occurrences: [{ date: 2024-03-01, startTime: "18:00" }], registration: { deadline: 2024-02-01 } }
      - { id: b, title: B, audience: B, prerequisites: { courses: [a, c] } }
`;

/**
 * Runs the engine once on a small plan before answering `initialize`, so that the editor's first
 * plan is not also the one that compiles the schema's validators and the rules (about 150 ms).
 */
function warmUp(): void {
  checkPlan(parsePlan(WARM_UP_PLAN, 'warm-up.yaml'), { lang: 'sv' });
}

/** What the server says it can do: incremental sync, quick fixes and the modeline action, hovers. */
const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
  hoverProvider: true,
};

/** The client's `initializationOptions`, each kept only when it is what it should be. */
function clientOptions(given: ClientOptions): ClientOptions {
  return {
    ...(isLang(given.lang) ? { lang: given.lang } : {}),
    schemaDiagnostics: given.schemaDiagnostics !== false,
    ...(typeof given.debounceMs === 'number' && given.debounceMs >= 0 ? { debounceMs: given.debounceMs } : {}),
  };
}

/** A config that could not be used, shown on the plan's first line (the defaults apply meanwhile). */
function configDiagnostic(context: DocumentContext, problem: string): LspDiagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 1,
    source: 'studyplan',
    code: 'config/invalid',
    message: words(context.lang).lsp.configProblem(problem),
  };
}

/**
 * The server's state: the open documents, the last check of each (for quick fixes and hovers),
 * the pending re-checks, the client's options and the projects' configs. Each handler is one method.
 */
class PlanServer {
  readonly documents = new TextDocuments(TextDocument);
  private readonly checked = new Map<string, Checked>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private client: ClientOptions = {};
  private projects: Projects;

  constructor(
    private readonly connection: Connection,
    private readonly options: LanguageServerOptions,
  ) {
    this.projects = new Projects({ env: options.env ?? process.env });
  }

  initialize(params: InitializeParams): InitializeResult {
    this.client = clientOptions((params.initializationOptions ?? {}) as ClientOptions);
    this.projects = new Projects({ env: this.options.env ?? process.env, ...(this.client.lang ? { lang: this.client.lang } : {}) });
    warmUp();
    return { capabilities: CAPABILITIES, serverInfo: { name: 'studyplan' } };
  }

  /** Checks DOC as `studyplan lint` would in its project and publishes the findings (none for a file that is no plan). */
  async check(doc: TextDocument): Promise<void> {
    // Another scheme (git:, untitled:) is read as a path, as before; an odd file URI is not checked.
    const file = doc.uri.startsWith('file:') ? uriToFile(doc.uri) : path.resolve(doc.uri.replace(/^\w+:/, ''));
    if (file === undefined || file.includes('\0')) {
      // A file URI with a host (file://server/share on Linux), an encoded slash or a NUL: no file here, no project.
      await this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const text = doc.getText();
    const context = await this.projects.contextFor(file, text);
    if (this.documents.get(doc.uri)?.version !== doc.version) return; // changed meanwhile: a newer check follows
    if (!context.isPlan) {
      this.checked.delete(doc.uri);
      await this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const loaded = parsePlan(text, path.relative(context.projectDir, file) || file);
    // Its pictures are checked as lint checks them, when the document is a file on disk.
    const assets = uriToFile(doc.uri) ? { assets: { planDir: path.dirname(file), projectRoot: context.config.dir ?? context.projectDir } } : {};
    const found = checkPlan(loaded, { lang: context.lang, config: context.config, cwd: context.projectDir, ...assets });
    const diagnostics: LspDiagnostic[] = found.filter((d) => this.client.schemaDiagnostics !== false || !d.ruleId.startsWith('schema/')).map(toLspDiagnostic);
    if (context.configError) diagnostics.unshift(configDiagnostic(context, context.configError));
    this.checked.set(doc.uri, { version: doc.version, loaded, context });
    await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** Opening a document is its first content event: checked at once; later edits once typing pauses. */
  changed(doc: TextDocument): void {
    const opened = !this.checked.has(doc.uri) && !this.timers.has(doc.uri);
    this.schedule(doc, opened ? 0 : (this.client.debounceMs ?? this.options.debounceMs ?? 150));
  }

  closed(doc: TextDocument): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.delete(doc.uri);
    this.checked.delete(doc.uri);
    this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }).catch(this.report);
  }

  /** A changed config changes severities (and which files are plans) for every open plan. */
  configChanged(): void {
    this.projects.invalidate();
    for (const doc of this.documents.all()) this.schedule(doc, 0);
  }

  codeActions(params: CodeActionParams): CodeAction[] {
    const state = this.checked.get(params.textDocument.uri);
    if (!state) return [];
    const said = words(state.context.lang).lsp;
    const actions = quickFixes(params.textDocument.uri, params.context.diagnostics, said);
    const file = uriToFile(params.textDocument.uri);
    const doc = this.documents.get(params.textDocument.uri);
    if (file && doc && (!params.context.only || params.context.only.some((k) => k.startsWith(CodeActionKind.Source)))) {
      const modeline = modelineAction(params.textDocument.uri, doc.getText(), schemaPathFor(file, state.context.projectDir), said);
      if (modeline) actions.push(modeline);
    }
    return actions;
  }

  hover(params: HoverParams): Hover | null {
    const state = this.checked.get(params.textDocument.uri);
    if (!state) return null;
    const text = courseHover(state.loaded, params.position, words(state.context.lang).lsp);
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  }

  private schedule(doc: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(doc.uri));
    const timer = setTimeout(() => {
      this.timers.delete(doc.uri);
      const current = this.documents.get(doc.uri);
      if (current) this.check(current).catch(this.report);
    }, delay);
    this.timers.set(doc.uri, timer);
  }

  /** One line in the editor's log, a failure in the server's language: a stack trace says nothing to an editor's user. */
  private readonly report = (e: unknown): void => {
    const lang = resolveLang({ flag: this.client.lang, env: this.options.env ?? process.env });
    const said = isRunError(e) ? e.describe(lang).message : isFailure(e) ? describeFailure(e, lang).message : ((e as Error)?.message ?? String(e));
    this.connection.console.error(`studyplan: ${printable(said)}`);
  };
}

/**
 * `studyplan lsp`: the lint engine behind the Language Server Protocol. Every open plan is checked
 * as `studyplan lint` checks it (the project's config, severities and suppressions), on open and
 * again once typing pauses, with quick fixes for findings that carry a fix and hovers on course ids.
 */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions = {}): void {
  const server = new PlanServer(connection, options);
  const { documents } = server;
  connection.onInitialize((params) => server.initialize(params));
  documents.onDidChangeContent((e) => server.changed(e.document));
  documents.onDidClose((e) => server.closed(e.document));
  documents.onDidSave((e) => {
    if (path.basename(uriToFile(e.document.uri) ?? '') === CONFIG_FILE) server.configChanged();
  });
  connection.onDidChangeWatchedFiles(() => server.configChanged());
  connection.onCodeAction((params) => server.codeActions(params));
  connection.onHover((params) => server.hover(params));
  documents.listen(connection);
  connection.listen();
}
