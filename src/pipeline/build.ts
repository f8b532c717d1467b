import type { Failure } from '../i18n/index.js';
import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LintOptions } from '../lint/index.js';
import type { Printer } from '../pdf/index.js';
import type { LoadedTemplate } from '../render/template-loader.js';
import { sourceDateEpoch } from '../plan/plan-date.js';
import { outFolder, startEarlyPrinter } from './early-start.js';
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
  /** The config's layout: cover, contents and Kurskalender each auto, true or false; a plan's own `layout` wins, key by key (src/render/page-parts.ts). */
  layout?: import('../plan/types.js').Layout;
  out?: string;
  formats?: OutputFormat[];
  /** A template name (templates/NAME), a folder, or an already loaded template. */
  template?: string | LoadedTemplate;
  lang?: Lang;
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
  /**
   * Why an output of this plan could not be written (a PDF not printed, a file held open), worded
   * by the command layer; `params.output` is 'booklet' when it was the booklet's.
   */
  error?: Failure;
  /** Nothing of this plan changed since its outputs were built: it was checked again (its findings are in `diagnostics`), not written. */
  unchanged?: boolean;
}

export interface BuildResult {
  plans: PlanBuildResult[];
  out: string;
  index?: string;
  /** Plans whose file is gone: their outputs were removed from OUT. */
  removed?: string[];
  /** Things the user should know that did not stop the build (an ignored build cache), worded by the command layer. */
  notices?: Failure[];
}

/**
 * Builds plans into OUT, one plan after another as a stream: each plan is checked (a plan with
 * errors gets no output and keeps its old one), written as OUT/NAME.html, and handed to the
 * browser for OUT/NAME.pdf while the next plan is checked and rendered; then OUT/index.html
 * lists them. Plans whose inputs did not change are skipped (the build cache).
 *
 * A build sure to print starts its browser first (early-start.ts), then loads its stages
 * (run-build.ts) while Chromium starts.
 */
export async function build(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  // A SOURCE_DATE_EPOCH no date can hold is refused before anything starts, not when the first plan is dated.
  sourceDateEpoch(options.env ?? process.env);
  const early = await startEarlyPrinter(options, outFolder(options));
  // From here on the stages close the early browser whatever happens (run-build.ts).
  const { runBuild } = await import('./run-build.js').catch(async (e: unknown) => {
    await early?.close();
    throw e;
  });
  return runBuild(paths, options, early);
}
