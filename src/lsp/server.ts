import { printable } from '../diagnostics/printable.js';
import path from 'node:path';
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type Diagnostic as LspDiagnostic, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isLang, words, type Lang } from '../i18n/index.js';
import { checkPlan } from '../lint/index.js';
import { parsePlan, type LoadedPlan } from '../plan/load.js';
import { modelineAction, quickFixes } from './code-actions.js';
import { toLspDiagnostic, uriToFile } from './convert.js';
import { courseHover } from './hover.js';
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

/**
 * `studyplan lsp`: the lint engine behind the Language Server Protocol. Every open plan is checked
 * as `studyplan lint` checks it (the project's config, severities and suppressions), on open and
 * again once typing pauses, with quick fixes for findings that carry a fix and hovers on course ids.
 */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, NodeJS.Timeout>();
  let client: ClientOptions = {};
  let projects = new Projects({ env: options.env ?? process.env });
  const debounceMs = () => client.debounceMs ?? options.debounceMs ?? 150;

  connection.onInitialize((params): InitializeResult => {
    const given = (params.initializationOptions ?? {}) as ClientOptions;
    client = {
      ...(isLang(given.lang) ? { lang: given.lang } : {}),
      schemaDiagnostics: given.schemaDiagnostics !== false,
      ...(typeof given.debounceMs === 'number' && given.debounceMs >= 0 ? { debounceMs: given.debounceMs } : {}),
    };
    projects = new Projects({ env: options.env ?? process.env, ...(client.lang ? { lang: client.lang } : {}) });
    warmUp();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
        hoverProvider: true,
      },
      serverInfo: { name: 'studyplan' },
    };
  });

  const check = async (doc: TextDocument) => {
    // Another scheme (git:, untitled:) is read as a path, as before; an odd file URI is not checked.
    const file = doc.uri.startsWith('file:') ? uriToFile(doc.uri) : path.resolve(doc.uri.replace(/^\w+:/, ''));
    if (file === undefined || file.includes('\0')) {
      // A file URI with a host (file://server/share on Linux), an encoded slash or a NUL: no file here, no project.
      await connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const text = doc.getText();
    const context = await projects.contextFor(file, text);
    if (documents.get(doc.uri)?.version !== doc.version) return; // changed meanwhile: a newer check follows
    if (!context.isPlan) {
      checked.delete(doc.uri);
      await connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const shown = path.relative(context.projectDir, file) || file;
    const loaded = parsePlan(text, shown);
    // Its pictures are checked as lint checks them, when the document is a file on disk.
    const assets = uriToFile(doc.uri) ? { assets: { planDir: path.dirname(file), projectRoot: context.config.dir ?? context.projectDir } } : {};
    const found = checkPlan(loaded, { lang: context.lang, config: context.config, cwd: context.projectDir, ...assets });
    const diagnostics: LspDiagnostic[] = found.filter((d) => client.schemaDiagnostics !== false || !d.ruleId.startsWith('schema/')).map(toLspDiagnostic);
    if (context.configError) {
      diagnostics.unshift({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: 'studyplan',
        code: 'config/invalid',
        message: words(context.lang).lsp.configProblem(context.configError),
      });
    }
    checked.set(doc.uri, { version: doc.version, loaded, context });
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };

  // One line in the editor's log: a stack trace says nothing to an editor's user.
  const report = (e: unknown) => connection.console.error(`studyplan: ${printable((e as Error)?.message ?? String(e))}`);
  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) check(current).catch(report);
      }, delay),
    );
  };
  const recheckAll = () => {
    for (const doc of documents.all()) schedule(doc, 0);
  };

  // Opening a document is its first content event: checked at once; later edits once typing pauses.
  documents.onDidChangeContent((e) => {
    const opened = !checked.has(e.document.uri) && !timers.has(e.document.uri);
    schedule(e.document, opened ? 0 : debounceMs());
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    checked.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(report);
  });
  // A saved or changed config changes severities (and which files are plans) for every open plan.
  documents.onDidSave((e) => {
    if (path.basename(uriToFile(e.document.uri) ?? '') === 'studyplan.config.yaml') {
      projects.invalidate();
      recheckAll();
    }
  });
  connection.onDidChangeWatchedFiles(() => {
    projects.invalidate();
    recheckAll();
  });

  connection.onCodeAction((params): CodeAction[] => {
    const state = checked.get(params.textDocument.uri);
    if (!state) return [];
    const said = words(state.context.lang).lsp;
    const actions = quickFixes(params.textDocument.uri, params.context.diagnostics, said);
    const file = uriToFile(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (file && doc && (!params.context.only || params.context.only.some((k) => k.startsWith(CodeActionKind.Source)))) {
      const modeline = modelineAction(params.textDocument.uri, doc.getText(), schemaPathFor(file, state.context.projectDir), said);
      if (modeline) actions.push(modeline);
    }
    return actions;
  });

  connection.onHover((params) => {
    const state = checked.get(params.textDocument.uri);
    if (!state) return null;
    const text = courseHover(state.loaded, params.position, words(state.context.lang).lsp);
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  });

  documents.listen(connection);
  connection.listen();
}
