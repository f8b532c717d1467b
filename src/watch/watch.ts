import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Printer } from '../pdf/index.js';
import type { BuildOptions, BuildResult } from '../pipeline/build.js';
import { outFolder, printerOptions } from '../pipeline/early-start.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { isRunError } from '../errors/run-error.js';
import { describeFailure, isFailure } from '../i18n/index.js';
import { startPreviewServer, type PreviewServer } from './preview-server.js';
import type { OverlayWords } from './reload-client.js';

export interface WatchSettings {
  paths: string[];
  options: BuildOptions;
  configFile?: string;
}

export type WatchEvent =
  | { type: 'serving'; url: string; out: string }
  | { type: 'changed'; file: string }
  | { type: 'built'; result: BuildResult; ms: number; errors: string[] }
  | { type: 'failed'; message: string; hint?: string };

export interface WatchOptions {
  /** Reads the settings again (after a change of the config file, too). */
  settings: () => Promise<WatchSettings>;
  port?: number;
  onEvent: (e: WatchEvent) => void;
  /** Wait this long after the last change before building (editors save in several steps). */
  debounceMs?: number;
  /** The words of the error overlay on the open pages (default: English). */
  overlay?: OverlayWords;
  /** Words an error that stopped a build, or a plan's failure (a Failure value); default: English. */
  describeError?: DescribeError;
}

type DescribeError = (e: unknown) => { message: string; hint?: string };

export interface Watcher {
  url: string;
  port: number;
  /** Resolves when the build started by the latest change has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds, serves OUT on 127.0.0.1 and rebuilds on every save of a plan, the template or the config.
 * The builds are incremental, so a save rebuilds only what it changed. A plan with errors keeps its
 * last good page; the errors go to onEvent and to the open pages' overlay.
 */
export async function startWatch(options: WatchOptions): Promise<Watcher> {
  const describe = options.describeError ?? ownWords;
  const { build } = await import('../pipeline/build.js');
  const { watch } = await import('chokidar');
  let settings = await options.settings();
  const out = outFolder(settings.options);
  let server: PreviewServer | undefined;
  let running: Promise<void> = Promise.resolve();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  let reloadSettings = false;

  // One browser for the watch's whole life, started at the first build that prints: a save or a
  // PDF request then prints at once instead of starting Chromium each time.
  let printer: Printer | undefined;
  const buildWith = async (opts: BuildOptions): Promise<BuildResult> => {
    if (!printer && (opts.formats?.includes('pdf') || opts.booklet)) {
      const { startPrinter } = await import('../pdf/index.js');
      // The build's printer options: --chrome, --concurrency, --print-timeout (pipeline/early-start.ts).
      printer = startPrinter(printerOptions(opts));
    }
    try {
      return await build(settings.paths, printer ? { ...opts, printer } : opts);
    } catch (e) {
      // A browser that could not be found or started is looked for again at the next build.
      if (isRunError(e) && printer) {
        const failed = printer;
        printer = undefined;
        await failed.close();
      }
      throw e;
    }
  };

  const runBuild = async () => {
    const started = performance.now();
    try {
      if (reloadSettings) {
        reloadSettings = false;
        settings = await options.settings();
      }
      const result = await buildWith(settings.options);
      const errors = errorLines(result, settings.options.cwd ?? process.cwd(), describe);
      options.onEvent({ type: 'built', result, ms: performance.now() - started, errors });
      if (errors.length) server?.send('errors', errors);
      else server?.send('reload');
    } catch (e) {
      const { message, hint } = describe(e);
      options.onEvent({ type: 'failed', message, ...(hint ? { hint } : {}) });
      server?.send('errors', [message]);
    }
  };
  // One build at a time; saves during a build start one more build after it.
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (pending) return;
      pending = true;
      running = running.then(async () => {
        pending = false;
        await runBuild();
      });
    }, options.debounceMs ?? 80);
  };

  // Without --pdf, a PDF is printed when it is asked for: opening OUT/NAME.pdf in the browser
  // brings the PDFs up to date first (incremental: only those whose plan changed are printed).
  const printOnRequest = async (rel: string): Promise<string | undefined> => {
    if (settings.options.formats?.includes('pdf') || !/^\/[^/]+\.pdf$/.test(rel)) return undefined;
    let problem: string | undefined;
    const print = async () => {
      const started = performance.now();
      try {
        const result = await buildWith({ ...settings.options, formats: ['html', 'pdf'] });
        options.onEvent({ type: 'built', result, ms: performance.now() - started, errors: errorLines(result, settings.options.cwd ?? process.cwd(), describe) });
        const failed = result.plans.find((p) => p.error && `/${p.name}.pdf` === rel);
        if (failed?.error) problem = `${rel.slice(1)}: ${describe(failed.error).message}`;
      } catch (e) {
        const { message, hint } = describe(e);
        problem = message;
        options.onEvent({ type: 'failed', message, ...(hint ? { hint } : {}) });
      }
    };
    // In line with the builds that saves start, never beside one.
    running = running.then(print);
    await running;
    return problem;
  };

  await runBuild();
  server = await startPreviewServer(out, options.port ?? 0, printOnRequest, options.overlay);
  options.onEvent({ type: 'serving', url: server.url, out });

  const watched = watchTargets(settings);
  const watcher = watch(watched, {
    ignoreInitial: true,
    ignored: (p) => p.startsWith(out + path.sep) || p === out || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(p),
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 20 },
    // Editors that save through a temporary file and a rename (Vim, JetBrains' safe write, some
    // Windows editors and sync tools) show as unlink + add: within 100 ms they are one change.
    atomic: 100,
  });
  // Windows reports a watched folder deleted, or on a drive that went away, as an error event
  // (EPERM); unhandled, it would end the process with a stack trace. Say it, and keep watching.
  watcher.on('error', (e) => options.onEvent({ type: 'failed', message: `watch: ${(e as Error)?.message ?? String(e)}` }));
  watcher.on('all', (_event, file) => {
    if (settings.configFile && path.resolve(file) === settings.configFile) reloadSettings = true;
    else if (!isRelevant(file)) return;
    options.onEvent({ type: 'changed', file });
    schedule();
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  let closed: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    idle: async () => {
      while (timer || pending) await new Promise((r) => setTimeout(r, 20));
      await running;
    },
    close: () =>
      (closed ??= (async () => {
        if (timer) clearTimeout(timer);
        await watcher.close();
        await running.catch(() => undefined);
        await server?.close();
        await printer?.close();
      })()),
  };
}

/** Plan folders and files (a glob's folder), the template folder and the config file. */
function watchTargets(settings: WatchSettings): string[] {
  const cwd = settings.options.cwd ?? process.cwd();
  const targets = new Set<string>();
  for (const p of settings.paths.length ? settings.paths : ['plans']) {
    const glob = p.search(/[*?{[]/);
    const base = glob === -1 ? p : p.slice(0, glob).replace(/[^/\\]*$/, '') || '.';
    targets.add(path.resolve(cwd, base));
  }
  const template = settings.options.template;
  if (typeof template === 'object') targets.add(template.dir);
  else if (typeof template === 'string') {
    const local = path.resolve(cwd, template);
    if (existsSync(local) && statSync(local).isDirectory()) targets.add(local);
    // A template of studyplan itself (templates/NAME) changes only with a new version.
  }
  if (settings.configFile) targets.add(settings.configFile);
  return [...targets];
}

function isRelevant(file: string): boolean {
  return /\.(ya?ml|hbs|css|json|woff2?|svg|png|jpe?g)$/i.test(file);
}

function errorLines(result: BuildResult, cwd: string, describe: DescribeError): string[] {
  const lines: string[] = [];
  for (const p of result.plans) {
    for (const d of [...p.diagnostics].sort(compareDiagnostics)) {
      if (d.severity !== 'error') continue;
      lines.push(`${path.relative(cwd, d.file) || d.file}:${d.line}:${d.column}  ${d.message}  ${d.ruleId}`);
      // The fix, as lint says it: the overlay is where the secretary looks while editing.
      if (d.hint) lines.push(`    → ${d.hint}`);
    }
    if (p.error) lines.push(`${path.relative(cwd, p.file) || p.file}  ${describe(p.error).message}`);
  }
  return lines;
}

function ownWords(e: unknown): { message: string; hint?: string } {
  return isFailure(e) ? describeFailure(e, 'en') : { message: (e as Error)?.message ?? String(e) };
}
