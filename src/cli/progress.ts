import path from 'node:path';
import type { BuildProgress, BuildResult, PlanBuildResult } from '../pipeline/build.js';
import type { CliIO } from './io.js';

export interface ProgressOptions {
  quiet?: boolean;
  verbose?: boolean;
}

const STEP: Record<BuildProgress['stage'], string> = {
  checked: 'checked',
  html: 'HTML written',
  printing: 'printing the PDF',
  pdf: 'PDF written',
  booklet: 'booklet written',
  failed: 'failed',
  unchanged: 'unchanged',
};

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

  constructor(
    private readonly io: CliIO,
    private readonly options: ProgressOptions = {},
  ) {
    const ci = Boolean(io.env['CI']) && io.env['CI'] !== 'false';
    this.live = io.isTTY && !ci && !options.quiet;
  }

  /** The build's onProgress. */
  readonly onProgress = (e: BuildProgress): void => {
    if (this.options.quiet) return;
    const where = e.n && e.total ? `[${e.n}/${e.total}] ` : '';
    const line = `${where}${e.plan}: ${STEP[e.stage]}`;
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

  /** The last line: built, unchanged, failed, files written, time. Empty when quiet and all is well. */
  summary(result: BuildResult, failed: PlanBuildResult[], cwd: string): string {
    this.clear();
    if (this.options.quiet && !failed.length) return '';
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const rebuilt = result.plans.filter((p) => p.outputs.length).length;
    const unchanged = result.plans.filter((p) => p.unchanged).length;
    const files = result.plans.reduce((n, p) => n + p.outputs.length, 0);
    const out = path.relative(cwd, result.out) || '.';
    const lines = (result.removed ?? []).map((name) => `removed the outputs of ${name} (its plan file is gone)`);
    const parts = [`${rebuilt} rebuilt`, `${unchanged} unchanged`, `${count(files, 'file', 'files')} written`];
    let head = `built ${count(rebuilt + unchanged, 'plan', 'plans')} of ${result.plans.length} into ${out}/ (${parts.join(', ')}) in ${seconds(performance.now() - this.started)}`;
    if (failed.length) head += `; ${count(failed.length, 'plan', 'plans')} with errors`;
    lines.push(head);
    return `${lines.join('\n')}\n`;
  }

  private draw(): void {
    if (!this.current) return;
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    const text = `${this.current} (${seconds(performance.now() - this.started)})`;
    this.io.stderr(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
