import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LintOptions } from '../lint/index.js';
import { writeBuildCache, type CachedPlan } from '../output/build-cache.js';
import type { Printer } from '../pdf/index.js';
import type { Language } from '../plan/types.js';
import type { LoadedTemplate } from '../render/template-loader.js';
import { outFolder, startBuild, type BuildContext } from './build-context.js';
import { copyAssets, planState, renderPlan } from './html-stage.js';
import { writeIndex } from './index-page.js';
import { PrintStage } from './print-stage.js';
import type { Shard } from './shard.js';

export type OutputFormat = 'html' | 'pdf' | 'json';

export interface BuildProgress {
  plan: string;
  stage: 'checked' | 'html' | 'pdf' | 'booklet' | 'failed' | 'unchanged' | 'printing';
  /** This plan's place in the build (1-based) and the number of plans. */
  n?: number;
  total?: number;
}

export interface BuildOptions {
  /** The config's brand (colour, logo, cover picture, back cover); a plan's own brand goes over it. */
  brand?: import('../brand/load-brand.js').BrandSource;
  out?: string;
  formats?: OutputFormat[];
  /** A template name (templates/NAME), a folder, or an already loaded template. */
  template?: string | LoadedTemplate;
  lang?: Language;
  chrome?: string;
  concurrency?: number;
  /** How long one PDF may take to print before that plan fails (default: the printer's, 60 s). */
  printTimeoutMs?: number;
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
  /**
   * A printer to print with (see startPrinter), kept open after the build: `watch` and scripts
   * that build again and again keep one browser. Without it, a build that prints starts its own
   * browser and closes it at the end.
   */
  printer?: Printer;
  /** Build only the plans of shard K of N (by a hash of their names); `studyplan merge` joins the shards' outputs. */
  shard?: Shard;
  /** Where OUT is published: the pages' and calendars' URLs (--base-url, site.url; see src/publish). */
  baseUrl?: string;
  /** The zone of the plans' clock times in OUT/NAME.ics and the JSON-LD (site.timeZone). */
  timeZone?: string;
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
  /** Things the user should know that did not stop the build (an ignored build cache). */
  notices?: string[];
}

/**
 * Builds plans into OUT, one plan after another as a stream: each plan is checked (a plan with
 * errors gets no output and keeps its old one), written as OUT/NAME.html, and handed to the
 * browser for OUT/NAME.pdf while the next plan is checked and rendered; then OUT/index.html
 * lists them. Plans whose inputs did not change are skipped (the build cache).
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const early = await PrintStage.startEarly(options, outFolder(options));
  const ctx = await startBuild(paths, options).catch(async (e: unknown) => {
    await early?.close();
    throw e;
  });
  if ('refused' in ctx) {
    await early?.close();
    return ctx.refused;
  }
  const printing = new PrintStage(ctx, early);
  try {
    const results: PlanBuildResult[] = [];
    let assets: Promise<void> | undefined;
    for (const file of ctx.files) {
      const { result, keys, fresh } = await planState(ctx, file);
      results.push(result);
      if (fresh) {
        result.unchanged = true;
        ctx.progress({ plan: result.name, stage: 'unchanged', ...ctx.at(file) });
        continue;
      }
      await printing.warm();
      const rendered = await renderPlan(ctx, result, keys);
      if (!rendered) continue;
      // The fonts and styles beside the HTML, before the first page is printed from it.
      await (assets ??= ctx.template().then((t) => copyAssets(t, ctx.out)));
      await printing.submit(rendered);
    }
    await printing.finish();
    return await finishBuild(ctx, results);
  } finally {
    await printing.close();
  }
}

/** The index page and the cache, once every plan is written. */
async function finishBuild(ctx: BuildContext, results: PlanBuildResult[]): Promise<BuildResult> {
  const listed = results
    .filter((r) => r.unchanged || r.outputs.length)
    .map((r) => ctx.cache.plans[r.name])
    .filter((c): c is CachedPlan => Boolean(c));
  const index = await writeIndex(ctx, listed);
  await writeBuildCache(ctx.out, ctx.cache);
  return { plans: results, out: ctx.out, ...(index ? { index } : {}), ...(ctx.removed.length ? { removed: ctx.removed } : {}), ...(ctx.notices.length ? { notices: ctx.notices } : {}) };
}
