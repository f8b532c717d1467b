import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { errorCode, RunError } from '../errors/run-error.js';
import type { LintOptions } from '../lint/index.js';
import { MAX_PLAN_BYTES } from '../plan/limits.js';
import type { Language, StudyPlan } from '../plan/types.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { IndexEntry } from '../render/render-html.js';
import { resolveTemplateDir, type LoadedTemplate } from '../render/template-loader.js';
import { removeStaleTempFiles, writeFileAtomic } from '../output/write-atomic.js';
import {
  emptyCache, hash, isFresh, outputKey, pruneDeletedPlans, readBuildCache, sharedInputsKey, writeBuildCache,
  type CachedIndexEntry, type CachedPlan,
} from '../output/build-cache.js';
import { findPlans, planName } from '../project/find-plans.js';
import { pdfMeta, type PdfMeta } from './pdf-meta.js';
import { BOOKLET_OUTPUT, bookletFileName, bookletPrintJob, writeBooklet } from './booklet-output.js';

export type OutputFormat = 'html' | 'pdf';

export interface BuildProgress {
  plan: string;
  stage: 'checked' | 'html' | 'pdf' | 'booklet' | 'failed' | 'unchanged' | 'printing';
  /** This plan's place in the build (1-based) and the number of plans. */
  n?: number;
  total?: number;
}

export interface BuildOptions {
  out?: string;
  formats?: OutputFormat[];
  /** A template name (templates/NAME), a folder, or an already loaded template. */
  template?: string | LoadedTemplate;
  lang?: Language;
  chrome?: string;
  concurrency?: number;
  includeInternal?: boolean;
  /** Also write OUT/NAME.booklet.pdf: A5 pages imposed two-up on A4 for folding (see booklet-output.ts). */
  booklet?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onProgress?: (event: BuildProgress) => void;
  /** Rebuild every output, even those whose inputs did not change (see output/build-cache.ts). */
  force?: boolean;
  /** The lint engine's settings (the config's rule severities, the message language), so build and lint agree. */
  lint?: LintOptions;
}

export interface PlanBuildResult {
  file: string;
  name: string;
  /** Files written for this plan (absolute). */
  outputs: string[];
  diagnostics: Diagnostic[];
  error?: string;
  /** Nothing of this plan changed since its outputs were built: it was neither loaded nor written. */
  unchanged?: boolean;
}

export interface BuildResult {
  plans: PlanBuildResult[];
  out: string;
  index?: string;
  /** Plans whose file is gone: their outputs were removed from OUT. */
  removed?: string[];
}

/** What src/pdf exports; imported lazily, so an HTML build never loads a browser library. */
interface PdfJob {
  name: string;
  htmlFile: string;
  meta: PdfMeta;
  pageSize: 'A4' | 'A5';
  assetRoots: string[];
}
interface PdfResult {
  name: string;
  ok: boolean;
  bytes?: Uint8Array;
  error?: string;
}
interface Printer {
  print(jobs: PdfJob[]): Promise<PdfResult[]>;
  close(): Promise<void>;
}
type StartPrinter = (options: { chrome?: string; concurrency?: number; env?: NodeJS.ProcessEnv }) => Printer;

/**
 * Builds plans into OUT: validation first (a plan with errors gets no output and keeps its old
 * one), then OUT/NAME.html per plan, OUT/NAME.pdf when asked, and OUT/index.html listing them.
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const pdf: { printer?: Printer } = {};
  try {
    return await buildPlans(paths, options, pdf);
  } finally {
    await pdf.printer?.close();
  }
}

async function buildPlans(paths: readonly string[], options: BuildOptions, pdf: { printer?: Printer }): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out ?? 'out');
  const formats = options.formats ?? ['html', 'pdf'];
  // The outputs the cache keys: the formats, and the booklet when asked for.
  const keyed = options.booklet ? [...formats, BOOKLET_OUTPUT] : formats;
  const templateDir = typeof options.template === 'object' ? options.template.dir : resolveTemplateDir(options.template ?? 'booklet', cwd);
  let loadedTemplate: LoadedTemplate | undefined = typeof options.template === 'object' ? options.template : undefined;
  const template = async () => (loadedTemplate ??= await (await import('../render/template-loader.js')).loadTemplate(options.template as string ?? 'booklet', cwd));
  const files = await findPlans(paths, cwd);
  const progress = options.onProgress ?? (() => undefined);
  const wantsPdf = formats.includes('pdf') || options.booklet === true;

  await mkdir(out, { recursive: true }).catch((e: Error) => {
    throw new RunError(`cannot create the output folder ${out}: ${e.message}`, undefined, 'io/out', { folder: out, code: errorCode(e) });
  });
  // A build killed before its renames leaves .NAME.PID.x.tmp files: gone before they pile up.
  await removeStaleTempFiles(out);

  // Incremental: an output is rebuilt only when the key of its inputs changed.
  const cache = options.force ? emptyCache() : await readBuildCache(out);
  const removed = await pruneDeletedPlans(cache, out);
  const shared = await sharedInputsKey(templateDir, { ...(options.lang ? { lang: options.lang } : {}), includeInternal: options.includeInternal === true, ...(options.env ? { env: options.env } : {}), ...(options.lint?.config ? { lintRules: { rules: options.lint.config.rules, overrides: options.lint.config.overrides } } : {}) });

  const results: PlanBuildResult[] = [];
  const built: { result: PlanBuildResult; plan: StudyPlan; htmlFile: string; keys: Record<string, string> }[] = [];
  for (const [i, file] of files.entries()) {
    const name = planName(file);
    const at = { n: i + 1, total: files.length };
    const result: PlanBuildResult = { file, name, outputs: [], diagnostics: [] };
    results.push(result);
    const bytes = await readPlanBytes(file);
    const keys = Object.fromEntries(keyed.map((f) => [f, bytes ? outputKey(shared, bytes, f) : '']));
    const cached = cache.plans[name];
    if (bytes && cached?.file === file && keyed.every((f) => isFresh(cached, f, keys[f] ?? '', out))) {
      result.unchanged = true;
      progress({ plan: name, stage: 'unchanged', ...at });
      continue;
    }
    // The browser starts at the first plan to (re)build, while the plans are checked and
    // rendered (a launch takes about as long); the PDF stage (pdf-lib, puppeteer-core) loads
    // only then, so a build with nothing to print never starts one.
    if (wantsPdf && !pdf.printer) {
      pdf.printer = (await loadPdfStage())({
        ...(options.chrome ? { chrome: options.chrome } : {}),
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        ...(options.env ? { env: options.env } : {}),
      });
    }
    const { loadPlan } = await import('../plan/load.js');
    // The lint engine itself: build refuses exactly what lint refuses, with the same config.
    const { checkPlan } = await import('../lint/check-plan.js');
    const loaded = await loadPlan(file);
    result.diagnostics = checkPlan(loaded, { cwd, ...options.lint });
    progress({ plan: name, stage: 'checked', ...at });
    if (hasErrors(result.diagnostics)) {
      progress({ plan: name, stage: 'failed', ...at });
      continue;
    }
    const plan = loaded.data as StudyPlan;
    const { renderHtml } = await import('../render/render-html.js');
    const html = renderHtml(plan, { template: await template(), ...(options.lang ? { lang: options.lang } : {}), includeInternal: options.includeInternal === true });
    const htmlFile = path.join(out, `${name}.html`);
    await writeFileAtomic(htmlFile, html);
    result.outputs.push(htmlFile);
    built.push({ result, plan, htmlFile, keys });
    const entry: CachedPlan = { file, outputs: { ...(cached?.file === file ? cached.outputs : {}) } };
    entry.outputs['html'] = { key: keys['html'] ?? '', file: `${name}.html` };
    delete entry.outputs['pdf'];
    // A booklet not asked for this time stays listed (stale, so rebuilt when asked for), so that it
    // is still removed with its plan.
    if (options.booklet) delete entry.outputs[BOOKLET_OUTPUT];
    entry.index = await indexEntry(name, plan, await template(), options.lang);
    cache.plans[name] = entry;
    progress({ plan: name, stage: 'html', ...at });
  }

  if (built.length) await copyAssets(await template(), out);

  const printer = built.length ? pdf.printer : undefined;
  if (printer) {
    const { resolveLanguage } = await import('../render/render-html.js');
    const t = await template();
    const planJobs: PdfJob[] = built.map(({ result, plan, htmlFile }) => {
      const { lang, labels } = resolveLanguage(plan, t, options.lang);
      progress({ plan: result.name, stage: 'printing', n: files.indexOf(result.file) + 1, total: files.length });
      return { name: result.name, htmlFile, meta: pdfMeta(plan, plan.language ?? lang, labels, options.env), pageSize: t.manifest.pageSize, assetRoots: [out] };
    });
    // One browser prints both: the A4 PDFs first, then the A5 prints the booklets are imposed from.
    const jobs = formats.includes('pdf') ? planJobs : [];
    const bookletJobs = options.booklet ? planJobs.map(bookletPrintJob) : [];
    const printedAll = await printer.print([...jobs, ...bookletJobs]);
    // The browser closes while the PDFs are written (build() waits for it in the end).
    void printer.close();
    const printed = printedAll.slice(0, jobs.length);
    for (const p of printed) {
      const entry = built.find((b) => b.result.name === p.name);
      if (!entry) continue;
      const at = { n: files.indexOf(entry.result.file) + 1, total: files.length };
      if (!p.ok || !p.bytes) {
        entry.result.error = p.error ?? 'the PDF could not be printed';
        progress({ plan: p.name, stage: 'failed', ...at });
        continue;
      }
      const pdfFile = path.join(out, `${p.name}.pdf`);
      await writeFileAtomic(pdfFile, p.bytes);
      entry.result.outputs.push(pdfFile);
      const cached = cache.plans[p.name];
      if (cached) cached.outputs['pdf'] = { key: entry.keys['pdf'] ?? '', file: `${p.name}.pdf` };
      progress({ plan: p.name, stage: 'pdf', ...at });
    }
    for (const p of printedAll.slice(jobs.length)) {
      const entry = built.find((b) => b.result.name === p.name);
      if (!entry) continue;
      const at = { n: files.indexOf(entry.result.file) + 1, total: files.length };
      try {
        if (!p.ok || !p.bytes) throw new Error(p.error ?? 'the booklet could not be printed');
        entry.result.outputs.push(await writeBooklet(out, p.name, p.bytes));
      } catch (e) {
        entry.result.error ??= `booklet: ${(e as Error).message}`;
        progress({ plan: p.name, stage: 'failed', ...at });
        continue;
      }
      const cached = cache.plans[p.name];
      if (cached) cached.outputs[BOOKLET_OUTPUT] = { key: entry.keys[BOOKLET_OUTPUT] ?? '', file: bookletFileName(p.name) };
      progress({ plan: p.name, stage: 'booklet', ...at });
    }
  }

  // The index lists every plan built now or before and not failing now, from the manifest.
  const result: BuildResult = { plans: results, out, ...(removed.length ? { removed } : {}) };
  const listed = results.filter((r) => r.unchanged || r.outputs.length).map((r) => cache.plans[r.name]).filter((c): c is CachedPlan => Boolean(c?.index));
  const indexFile = path.join(out, 'index.html');
  if (listed.length) {
    const entries: IndexEntry[] = listed.map((c) => ({ ...(c.index as CachedIndexEntry), ...(c.outputs['pdf'] ? { pdf: encodeURI(c.outputs['pdf'].file) } : {}), ...(options.booklet && c.outputs[BOOKLET_OUTPUT] ? { booklet: encodeURI(c.outputs[BOOKLET_OUTPUT].file) } : {}) }));
    const indexKey = hash(shared, JSON.stringify(entries));
    const t = loadedTemplate ?? (cache.index === indexKey && existsSync(indexFile) ? undefined : await template());
    if (t?.index) {
      const { renderIndex } = await import('../render/render-html.js');
      await writeFileAtomic(indexFile, renderIndex(entries, t, options.lang));
    }
    if (t?.index || existsSync(indexFile)) result.index = indexFile;
    cache.index = indexKey;
  }
  await writeBuildCache(out, cache);
  return result;
}

/** The plan's bytes for its cache key; none for a file over the size limit, which the loader refuses unread. */
async function readPlanBytes(file: string): Promise<Buffer | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_PLAN_BYTES) return undefined;
  return readFile(file).catch(() => undefined);
}

async function indexEntry(name: string, plan: StudyPlan, template: LoadedTemplate, lang: Language | undefined): Promise<CachedIndexEntry> {
  const { resolveLanguage } = await import('../render/render-html.js');
  const { labels } = resolveLanguage(plan, template, lang);
  const entry: CachedIndexEntry = {
    title: plan.title,
    organisation: plan.publisher.name,
    period: formatPeriod(plan.period, labels),
    html: encodeURI(`${name}.html`),
  };
  const state = plan.status?.state;
  if (state === 'draft' || state === 'proposal') entry.mark = labels.status[state];
  return entry;
}

/** The template's assets and fonts beside the HTML; unchanged files are left alone. */
async function copyAssets(template: LoadedTemplate, out: string): Promise<void> {
  for (const asset of template.assets) {
    const target = path.join(out, ...asset.to.split('/'));
    const [from, existing] = await Promise.all([readFile(asset.from), readFile(target).catch(() => undefined)]);
    if (existing && Buffer.compare(from, existing) === 0) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, from);
  }
}

/** The PDF stage loads only when a PDF is asked for: lint and HTML builds never pay for puppeteer. */
async function loadPdfStage(): Promise<StartPrinter> {
  return (await import('../pdf/index.js')).startPrinter;
}

