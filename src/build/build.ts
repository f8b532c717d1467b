import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { RunError } from '../errors/run-error.js';
import { loadPlan } from '../plan/load.js';
import type { Language, StudyPlan } from '../plan/types.js';
import { formatPeriod } from '../render/helpers/periods.js';
import { renderHtml, renderIndex, resolveLanguage, type IndexEntry } from '../render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../render/template-loader.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { checkLoadedPlan } from './check-plan.js';
import { findPlans, planName } from './find-plans.js';
import { pdfMeta, type PdfMeta } from './pdf-meta.js';

export type OutputFormat = 'html' | 'pdf';

export interface BuildProgress {
  plan: string;
  stage: 'checked' | 'html' | 'pdf' | 'failed';
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
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onProgress?: (event: BuildProgress) => void;
}

export interface PlanBuildResult {
  file: string;
  name: string;
  /** Files written for this plan (absolute). */
  outputs: string[];
  diagnostics: Diagnostic[];
  error?: string;
}

export interface BuildResult {
  plans: PlanBuildResult[];
  out: string;
  index?: string;
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
type PrintPdfs = (jobs: PdfJob[], options: { chrome?: string; concurrency?: number; env?: NodeJS.ProcessEnv }) => Promise<PdfResult[]>;

/**
 * Builds plans into OUT: validation first (a plan with errors gets no output and keeps its old
 * one), then OUT/NAME.html per plan, OUT/NAME.pdf when asked, and OUT/index.html listing them.
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out ?? 'out');
  const formats = options.formats ?? ['html', 'pdf'];
  const printPdfs = formats.includes('pdf') ? await loadPdfStage() : undefined;
  const template = typeof options.template === 'object' ? options.template : await loadTemplate(options.template ?? 'booklet', cwd);
  const files = await findPlans(paths, cwd);
  const progress = options.onProgress ?? (() => undefined);

  await mkdir(out, { recursive: true }).catch((e: Error) => {
    throw new RunError(`cannot create the output folder ${out}: ${e.message}`, undefined, 'io/out');
  });

  const results: PlanBuildResult[] = [];
  const built: { result: PlanBuildResult; plan: StudyPlan; htmlFile: string }[] = [];
  for (const file of files) {
    const name = planName(file);
    const result: PlanBuildResult = { file, name, outputs: [], diagnostics: [] };
    results.push(result);
    const loaded = await loadPlan(file);
    result.diagnostics = await checkLoadedPlan(loaded);
    progress({ plan: name, stage: 'checked' });
    if (hasErrors(result.diagnostics)) {
      progress({ plan: name, stage: 'failed' });
      continue;
    }
    const plan = loaded.data as StudyPlan;
    const html = renderHtml(plan, { template, ...(options.lang ? { lang: options.lang } : {}), includeInternal: options.includeInternal === true });
    const htmlFile = path.join(out, `${name}.html`);
    await writeFileAtomic(htmlFile, html);
    result.outputs.push(htmlFile);
    built.push({ result, plan, htmlFile });
    progress({ plan: name, stage: 'html' });
  }

  if (built.length) await copyAssets(template, out);

  const pdfFiles = new Map<string, string>();
  if (printPdfs && built.length) {
    const jobs: PdfJob[] = built.map(({ result, plan, htmlFile }) => {
      const { lang, labels } = resolveLanguage(plan, template, options.lang);
      return { name: result.name, htmlFile, meta: pdfMeta(plan, plan.language ?? lang, labels, options.env), pageSize: template.manifest.pageSize, assetRoots: [out] };
    });
    const printed = await printPdfs(jobs, {
      ...(options.chrome ? { chrome: options.chrome } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
    for (const p of printed) {
      const entry = built.find((b) => b.result.name === p.name);
      if (!entry) continue;
      if (!p.ok || !p.bytes) {
        entry.result.error = p.error ?? 'the PDF could not be printed';
        progress({ plan: p.name, stage: 'failed' });
        continue;
      }
      const pdfFile = path.join(out, `${p.name}.pdf`);
      await writeFileAtomic(pdfFile, p.bytes);
      entry.result.outputs.push(pdfFile);
      pdfFiles.set(p.name, pdfFile);
      progress({ plan: p.name, stage: 'pdf' });
    }
  }

  const result: BuildResult = { plans: results, out };
  if (built.length && template.index) {
    const entries: IndexEntry[] = built.map(({ result: r, plan }) => indexEntry(r.name, plan, template, options.lang, pdfFiles.has(r.name)));
    const indexFile = path.join(out, 'index.html');
    await writeFileAtomic(indexFile, renderIndex(entries, template, options.lang));
    result.index = indexFile;
  }
  return result;
}

function indexEntry(name: string, plan: StudyPlan, template: LoadedTemplate, lang: Language | undefined, hasPdf: boolean): IndexEntry {
  const { labels } = resolveLanguage(plan, template, lang);
  const entry: IndexEntry = {
    title: plan.title,
    organisation: plan.publisher.name,
    period: formatPeriod(plan.period, labels),
    html: encodeURI(`${name}.html`),
  };
  const state = plan.status?.state;
  if (state === 'draft' || state === 'proposal') entry.mark = labels.status[state];
  if (hasPdf) entry.pdf = encodeURI(`${name}.pdf`);
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

async function loadPdfStage(): Promise<PrintPdfs> {
  const pdfModule = '../pdf/index.js';
  try {
    const mod = (await import(pdfModule)) as { printPdfs?: PrintPdfs };
    if (typeof mod.printPdfs === 'function') return mod.printPdfs;
  } catch {
    /* not there: said below */
  }
  throw new RunError('PDF output is not available in this build of studyplan', 'Build HTML only with --format html.', 'pdf/unavailable');
}

