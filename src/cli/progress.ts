import path from 'node:path';
import { printable } from '../diagnostics/printable.js';
import type { BuildProgress, BuildResult, PlanBuildResult } from '../pipeline/build.js';
import { seconds, words, type Lang, type Words } from '../i18n/index.js';
import type { CliIO } from './io.js';

export interface ProgressOptions {
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * Build progress for people: on a terminal one live line (plan n of N, step, elapsed) that is
 * rewritten in place; in CI (CI=true) or when output is not a terminal, plain lines. `quiet`
 * prints nothing but the errors; `verbose` prints every step.
 */
export class BuildProgressReporter {
  readonly started = performance.now();
  private readonly live: boolean;
  private current = '';
  private timer: NodeJS.Timeout | undefined;

  private readonly w: Words;

  constructor(
    private readonly io: CliIO,
    lang: Lang,
    private readonly options: ProgressOptions = {},
  ) {
    this.w = words(lang);
    const ci = Boolean(io.env['CI']) && io.env['CI'] !== 'false';
    this.live = io.isTTY && !ci && !options.quiet;
  }

  /** The build's onProgress. */
  readonly onProgress = (e: BuildProgress): void => {
    if (this.options.quiet) return;
    const where = e.n && e.total ? `[${e.n}/${e.total}] ` : '';
    const line = `${where}${printable(e.plan)}: ${(this.w.build.steps as Record<BuildProgress['stage'], string>)[e.stage]}`;
    if (this.live) {
      this.current = line;
      this.draw();
      this.timer ??= setInterval(() => this.draw(), 250).unref();
      return;
    }
    const shown = this.options.verbose || e.stage === 'html' || e.stage === 'pdf' || e.stage === 'booklet' || e.stage === 'failed';
    if (shown) this.io.stdout(`${line}\n`);
  };

  /** Clears the live line; call before printing anything else, and at the end. */
  clear(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.live && this.current) this.io.stderr('\r\x1b[K');
    this.current = '';
  }

  /**
   * The last line, in plain words: "Byggde 2 planer till out/ (4 filer) på 3,10 s", "Inget har
   * ändrats – 2 planer är redan byggda i out/", and how many have errors. Empty when quiet and all is well.
   */
  summary(result: BuildResult, failed: PlanBuildResult[], cwd: string): string {
    this.clear();
    if (this.options.quiet && !failed.length) return '';
    const lines = (result.removed ?? []).map((name) => this.w.build.removed(printable(name)));
    lines.push(
      this.w.build.summary({
        built: result.plans.filter((p) => p.outputs.length).length,
        unchanged: result.plans.filter((p) => p.unchanged).length,
        // Errors in the plan: nothing written. A run error (a PDF that could not be printed or written): the rest was.
        failed: failed.filter((p) => !p.outputs.length).length,
        partial: failed.filter((p) => p.outputs.length).length,
        files: result.plans.reduce((n, p) => n + p.outputs.length, 0),
        out: printable(path.relative(cwd, result.out) || '.'),
        time: seconds(performance.now() - this.started, this.w.decimalComma),
      }),
    );
    return `${lines.join('\n')}\n`;
  }

  private draw(): void {
    if (!this.current) return;
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    const text = `${this.current} (${seconds(performance.now() - this.started, this.w.decimalComma)})`;
    this.io.stderr(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
  }
}
