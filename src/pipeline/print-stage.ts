import os from 'node:os';
import path from 'node:path';
import { isFailure, type Failure } from '../i18n/index.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import type { PdfJob, PdfResult, Printer } from '../pdf/index.js';
import { BOOKLET_OUTPUT, bookletFileName, bookletPrintJob, writeBooklet } from './booklet-output.js';
import type { BuildContext } from './build-context.js';
import type { RenderedPlan } from './html-stage.js';
import { printerOptions } from './early-start.js';
import { pdfMeta } from './pdf-meta.js';
import type { LoadedTemplate } from '../render/template-loader.js';

/** A printed output of a plan: the A4 PDF, or the booklet imposed from an A5 print. */
interface PrintedOutput {
  /** Its name in the build cache. */
  id: string;
  stage: 'pdf' | 'booklet';
  fileName(name: string): string;
  job(base: PdfJob): PdfJob;
  /** Writes the printed bytes (imposed, for the booklet); returns the file written. */
  write(out: string, name: string, printed: PdfResult & { bytes: Uint8Array }, template: LoadedTemplate): Promise<string>;
}

const PDF: PrintedOutput = {
  id: 'pdf',
  stage: 'pdf',
  fileName: (name) => `${name}.pdf`,
  job: (base) => base,
  write: async (out, name, { bytes }) => {
    const file = path.join(out, `${name}.pdf`);
    await writeFileAtomic(file, bytes);
    return file;
  },
};

const BOOKLET: PrintedOutput = {
  id: BOOKLET_OUTPUT,
  stage: 'booklet',
  fileName: bookletFileName,
  job: bookletPrintJob,
  // A layout that ends with a back cover keeps it as the folded booklet's last page; a page without a cover has none.
  write: (out, name, { bytes, cover }, template) => writeBooklet(out, name, bytes, { backCover: template.manifest.page.backCover === true && cover !== false }),
};

/**
 * Prints the plans while the next ones are still checked and rendered: each plan goes to the
 * browser as soon as its HTML is written, and at most twice `concurrency` plans wait or print at
 * a time, so the browser always has work, memory stays flat however many plans there are, and
 * each PDF is written as soon as it is done. The browser is the caller's (`options.printer`,
 * left open) or one started at the first plan to build and closed at the end.
 */
export class PrintStage {
  private printer: Printer | undefined;
  private owned = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Nothing can print (no browser, or it would not start): reported by finish(). */
  private fatal: { error: unknown } | undefined;
  private readonly limit: number;
  private readonly outputs: PrintedOutput[];

  /** EARLY: a browser build() started before it knew what to build (see early-start.ts); this stage owns it. */
  constructor(
    private readonly ctx: BuildContext,
    early?: Printer,
  ) {
    const wanted = Math.floor(ctx.options.concurrency ?? Number.NaN);
    this.limit = 2 * (Number.isFinite(wanted) && wanted > 0 ? wanted : os.availableParallelism());
    this.outputs = [...(ctx.formats.includes('pdf') ? [PDF] : []), ...(ctx.options.booklet ? [BOOKLET] : [])];
    if (early) [this.printer, this.owned] = [early, true];
  }

  /**
   * Starts the browser, if this build prints: called at the first plan to (re)build, so that it
   * starts while the plans are checked and rendered (a launch takes about as long). The PDF
   * stage (pdf-lib, puppeteer-core) loads only then: a build with nothing to print never starts one.
   */
  async warm(): Promise<void> {
    if (!this.outputs.length || this.printer) return;
    const { options } = this.ctx;
    if (options.printer) {
      this.printer = options.printer;
      return;
    }
    const { startPrinter } = await import('../pdf/index.js');
    this.printer ??= startPrinter(printerOptions(options));
    this.owned = true;
  }

  /** Hands a rendered plan to the browser; waits while the browser has enough to do. */
  async submit(rendered: RenderedPlan): Promise<void> {
    if (!this.outputs.length) return;
    await this.warm();
    const task = this.print(rendered).catch((error: unknown) => void (this.fatal ??= { error }));
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
  }

  /** Waits for every print; then the browser closes (build() waits for that at its end). */
  async finish(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.owned) void this.printer?.close();
    if (this.fatal) throw this.fatal.error;
  }

  async close(): Promise<void> {
    if (this.owned) await this.printer?.close();
  }

  private async print(rendered: RenderedPlan): Promise<void> {
    if (this.fatal || !this.printer) return;
    const { result, plan, htmlFile } = rendered;
    const { resolveLanguage } = await import('../render/render-html.js');
    const { template } = this.ctx;
    const { lang, labels } = resolveLanguage(plan, template, this.ctx.options.lang);
    const base: PdfJob = {
      name: result.name,
      htmlFile,
      meta: pdfMeta(plan, plan.language ?? lang, labels, this.ctx.options.env),
      pageSize: template.manifest.pageSize,
      page: template.manifest.page,
      // The template's assets and fonts; the page itself is allowed by name, other plans' outputs and dot-files are not.
      assetRoots: [path.join(this.ctx.out, 'assets')],
    };
    this.ctx.progress({ plan: result.name, stage: 'printing', ...this.ctx.at(result.file) });
    // A plan whose HTML was up to date prints only what is not (html-stage.ts: reprintPlan).
    const outputs = this.outputs.filter((o) => !rendered.only || rendered.only.includes(o.id));
    const printed = await this.printer.print(outputs.map((o) => o.job(base)));
    for (const [i, output] of outputs.entries()) await this.record(rendered, output, printed[i]);
  }

  /** Writes one printed output and records it in the cache, or records why it failed. */
  private async record({ result, keys }: RenderedPlan, output: PrintedOutput, printed: PdfResult | undefined): Promise<void> {
    const at = this.ctx.at(result.file);
    try {
      if (!printed?.ok || !printed.bytes) throw printed?.error ?? { code: 'pdf/not-printed', params: {} };
      result.outputs.push(await output.write(this.ctx.out, result.name, { ...printed, bytes: printed.bytes }, this.ctx.template));
    } catch (e) {
      result.error ??= printFailure(e, output.stage);
      this.ctx.progress({ plan: result.name, stage: 'failed', ...at });
      return;
    }
    const cached = this.ctx.cache.plans[result.name];
    if (cached) cached.outputs[output.id] = { key: keys[output.id] ?? '', file: output.fileName(result.name) };
    this.ctx.progress({ plan: result.name, stage: output.stage, ...at });
  }
}

/** Why OUTPUT of a plan was not written, as a value: the printer's reason, a RunError's (a file held open), or the error's first line. */
function printFailure(e: unknown, output: PrintedOutput['stage']): Failure {
  const failure: Failure = isFailure(e) ? { code: e.code, params: e.params } : { code: 'pdf/print-failed', params: { detail: String((e as Error)?.message ?? e).split('\n')[0] } };
  return output === 'booklet' ? { code: failure.code, params: { ...failure.params, output } } : failure;
}
