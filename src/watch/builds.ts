import path from 'node:path';
import type { Printer } from '../pdf/index.js';
import type { BuildOptions, BuildResult } from '../pipeline/build.js';
import { printerOptions } from '../pipeline/early-start.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { isRunError } from '../errors/run-error.js';
import { describeFailure, isFailure } from '../i18n/index.js';
import type { PreviewServer } from './preview-server.js';
import type { DescribeError, WatchOptions, WatchSettings } from './watch.js';

/** pipeline/build.ts's build(), loaded when the watch starts. */
type Build = (paths: readonly string[], options: BuildOptions) => Promise<BuildResult>;

/**
 * The builds of a watch, one at a time: the settings (read again after a change of the config
 * file), the queue of saves, the one browser, and the preview server they tell.
 */
export class Builds {
  settings: WatchSettings;
  server: PreviewServer | undefined;
  private running: Promise<void> = Promise.resolve();
  private pending = false;
  private timer: NodeJS.Timeout | undefined;
  private reloadSettings = false;
  /**
   * One browser for the watch's whole life, started at the first build that prints: a save or a
   * PDF request then prints at once instead of starting Chromium each time.
   */
  private printer: Printer | undefined;
  private readonly describe: DescribeError;

  constructor(
    private readonly options: WatchOptions,
    private readonly build: Build,
    settings: WatchSettings,
  ) {
    this.settings = settings;
    this.describe = options.describeError ?? ownWords;
  }

  private get cwd(): string {
    return this.settings.options.cwd ?? process.cwd();
  }

  /** A build with OPTS and the watch's browser (started with the build's printer options: --chrome, --concurrency, --print-timeout). */
  private async buildWith(opts: BuildOptions): Promise<BuildResult> {
    if (!this.printer && (opts.formats?.includes('pdf') || opts.booklet)) {
      const { startPrinter } = await import('../pdf/index.js');
      this.printer = startPrinter(printerOptions(opts));
    }
    try {
      return await this.build(this.settings.paths, this.printer ? { ...opts, printer: this.printer } : opts);
    } catch (e) {
      // A browser that could not be found or started is looked for again at the next build.
      if (isRunError(e) && this.printer) {
        const failed = this.printer;
        this.printer = undefined;
        await failed.close();
      }
      throw e;
    }
  }

  /** One build of the settings (read again first when the config changed); its result to onEvent and the open pages. */
  async runBuild(): Promise<void> {
    const started = performance.now();
    try {
      if (this.reloadSettings) {
        this.reloadSettings = false;
        this.settings = await this.options.settings();
      }
      const result = await this.buildWith(this.settings.options);
      const errors = errorLines(result, this.cwd, this.describe);
      this.options.onEvent({ type: 'built', result, ms: performance.now() - started, errors });
      if (errors.length) this.server?.send('errors', errors);
      else this.server?.send('reload');
    } catch (e) {
      const { message, hint } = this.describe(e);
      this.options.onEvent({ type: 'failed', message, ...(hint ? { hint } : {}) });
      this.server?.send('errors', [message]);
    }
  }

  /** A file the watcher saw change: a plan's, the template's or the config's starts a build. */
  changed(file: string): void {
    if (this.settings.configFile && path.resolve(file) === this.settings.configFile) this.reloadSettings = true;
    else if (!isRelevant(file)) return;
    this.options.onEvent({ type: 'changed', file });
    this.schedule();
  }

  /** One build at a time; saves during a build start one more build after it. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pending) return;
      this.pending = true;
      this.running = this.running.then(async () => {
        this.pending = false;
        await this.runBuild();
      });
    }, this.options.debounceMs ?? 80);
  }

  /**
   * Without --pdf, a PDF is printed when it is asked for: opening OUT/NAME.pdf in the browser
   * brings the PDFs up to date first (incremental: only those whose plan changed are printed).
   */
  async printOnRequest(rel: string): Promise<string | undefined> {
    if (this.settings.options.formats?.includes('pdf') || !/^\/[^/]+\.pdf$/.test(rel)) return undefined;
    let problem: string | undefined;
    const print = async () => {
      const started = performance.now();
      try {
        const result = await this.buildWith({ ...this.settings.options, formats: ['html', 'pdf'] });
        this.options.onEvent({ type: 'built', result, ms: performance.now() - started, errors: errorLines(result, this.cwd, this.describe) });
        const failed = result.plans.find((p) => p.error && `/${p.name}.pdf` === rel);
        if (failed?.error) problem = `${rel.slice(1)}: ${this.describe(failed.error).message}`;
      } catch (e) {
        const { message, hint } = this.describe(e);
        problem = message;
        this.options.onEvent({ type: 'failed', message, ...(hint ? { hint } : {}) });
      }
    };
    // In line with the builds that saves start, never beside one.
    this.running = this.running.then(print);
    await this.running;
    return problem;
  }

  /** Resolves when the build started by the latest change has finished. */
  async idle(): Promise<void> {
    while (this.timer || this.pending) await new Promise((r) => setTimeout(r, 20));
    await this.running;
  }

  stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** The build under way, if any, finished (its failure is its own). */
  async finished(): Promise<void> {
    await this.running.catch(() => undefined);
  }

  async closePrinter(): Promise<void> {
    await this.printer?.close();
  }
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
