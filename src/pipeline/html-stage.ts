import type { Lang } from '../i18n/lang.js';
import { MAX_TEMPLATE_FILE_BYTES } from '../files/limits.js';
import { inputRoot, readInput, readInputSync } from '../files/safe-read.js';
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { imagesKey, isFresh, outputKey, type CachedIndexEntry, type CachedPlan } from '../output/build-cache.js';
import type { Failure } from '../i18n/index.js';
import { RunError } from '../errors/run-error.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { MAX_PLAN_BYTES } from '../plan/limits.js';
import type { PlanAssets } from '../lint/plan-assets.js';
import type { LoadedPlan } from '../plan/load.js';
import { statusNoticeText } from '../plan/notices.js';
import type { StudyPlan } from '../plan/types.js';
import { planName } from '../project/find-plans.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { LoadedTemplate } from '../render/template-loader.js';
import { outputLink } from '../output/output-names.js';
import { BOOKLET_OUTPUT } from './booklet-output.js';
import { planBrand } from '../brand/load-brand.js';
import { ICS_OUTPUT, calendarsFresh } from '../publish/outputs.js';
import { pick } from '../publish/index-files.js';
import type { BuildContext } from './build-context.js';
import type { PlanBuildResult } from './build.js';

/** A plan checked and written as HTML, ready to print: what the print stage needs of it. */
export interface RenderedPlan {
  result: PlanBuildResult;
  plan: StudyPlan;
  htmlFile: string;
  /** The cache key of each output (html, pdf, booklet) of this plan. */
  keys: Record<string, string>;
  /**
   * Print only these outputs (pdf, booklet): the HTML in OUT is up to date and was not written
   * again (a build with --booklet after one without reprints nothing but the booklet). All when absent.
   */
  only?: string[];
}

/** What a build knows of one plan before it renders it. */
export interface PlanState {
  result: PlanBuildResult;
  /** The cache key of each output (html, pdf, booklet, ics) of this plan. */
  keys: Record<string, string>;
  /** Every output asked for is up to date: the plan is checked (its findings shown), not written. */
  fresh: boolean;
  /**
   * The HTML and everything made with it are up to date, and only these printed outputs (pdf,
   * booklet) are not: they are printed from the HTML in OUT, which is not written again.
   */
  reprint?: string[];
  /** The plan parsed and checked, with the pictures it names loaded; none for a file the loader must report. */
  checked?: CheckedPlan;
}

/** A plan parsed from its bytes and checked once, and the pictures the check loaded for the page. */
export interface CheckedPlan {
  loaded: LoadedPlan;
  assets: PlanAssets;
}

/**
 * The plan's result, its check and its cache keys, each input read once: the plan's bytes are
 * parsed and checked (every build shows every plan's findings, as lint does), the check loads the
 * pictures the parsed plan names, and the keys are made of those same bytes and pictures.
 */
export async function planState(ctx: BuildContext, file: string): Promise<PlanState> {
  const name = planName(file);
  const result: PlanBuildResult = { file, name, outputs: [], diagnostics: [] };
  const bytes = readPlanBytes(file, ctx.cwd);
  if (!bytes) return { result, keys: Object.fromEntries([...ctx.keyed, ICS_OUTPUT].map((f) => [f, ''])), fresh: false };
  const checked = await checkPlan(ctx, result, bytes);
  const keys = planKeys(ctx, bytes, checked.assets);
  const cached = ctx.cache.plans[name];
  if (cached?.file === file && !hasErrors(result.diagnostics)) {
    // OUT/NAME.ics comes with the HTML, for a plan with dates only: fresh when the plan had none.
    const stale = ctx.keyed.filter((f) => !isFresh(cached, f, keys[f] ?? '', ctx.out));
    if (calendarsFresh(cached, keys[ICS_OUTPUT] ?? '', ctx.out)) {
      if (!stale.length) return { result, keys, fresh: true, checked };
      if (stale.every((f) => PRINTED.has(f))) return { result, keys, fresh: false, checked, reprint: stale };
    }
  }
  return { result, keys, fresh: false, checked };
}

/** The outputs printed from the HTML page: reprinted from the HTML in OUT when it is up to date. */
const PRINTED = new Set(['pdf', BOOKLET_OUTPUT]);

/**
 * A plan whose HTML is up to date but whose PDF or booklet is not (STATE.reprint): checked as an
 * unchanged plan is (its findings shown), not written again; its stale printed outputs go to the
 * print stage, which prints them from OUT/NAME.html. None when the plan has errors.
 */
export async function reprintPlan(ctx: BuildContext, state: PlanState): Promise<RenderedPlan | undefined> {
  const { result, keys } = state;
  const { loaded } = state.checked ?? (await checkPlanFile(ctx, result));
  ctx.progress({ plan: result.name, stage: 'checked', ...ctx.at(result.file) });
  if (hasErrors(result.diagnostics)) {
    ctx.progress({ plan: result.name, stage: 'failed', ...ctx.at(result.file) });
    return undefined;
  }
  return { result, plan: loaded.data as StudyPlan, htmlFile: path.join(ctx.out, `${result.name}.html`), keys, ...(state.reprint ? { only: state.reprint } : {}) };
}

/** The key of each output of a plan: the shared inputs, the plan's pictures, its bytes and the output. */
function planKeys(ctx: BuildContext, bytes: Uint8Array, assets: PlanAssets): Record<string, string> {
  // The plan's own pictures are inputs too: a changed image rebuilds the plan.
  const shared = ctx.shared + picturesKey(assets);
  return Object.fromEntries([...ctx.keyed, ICS_OUTPUT].map((f) => [f, outputKey(shared, bytes, f)]));
}

/** The key of the pictures a plan's check loaded: its images by `src`, its own brand's by key. */
export function picturesKey(assets: PlanAssets): string {
  const brand = Object.entries(assets.brand).map(([kind, image]) => [kind, 'key' in image ? image.key : image.reason] as const);
  return imagesKey([...[...assets.images].map(([src, image]) => [src, image.key] as const), ...brand]);
}

/**
 * Writes a checked plan as OUT/NAME.html (build refuses exactly what lint refuses, with the same
 * config); a plan with errors gets no output and keeps its old one.
 * Records the HTML, and the index entry, in the cache.
 */
export async function renderPlan(ctx: BuildContext, state: PlanState): Promise<RenderedPlan | undefined> {
  const { result, keys } = state;
  const { file, name } = result;
  const at = ctx.at(file);
  const [{ renderHtml }, { publishPlan, writePublished }] = await Promise.all([import('../render/render-html.js'), import('../publish/index.js')]);
  const { loaded, assets } = state.checked ?? (await checkPlanFile(ctx, result));
  ctx.progress({ plan: name, stage: 'checked', ...at });
  if (hasErrors(result.diagnostics)) {
    ctx.progress({ plan: name, stage: 'failed', ...at });
    return undefined;
  }
  const plan = loaded.data as StudyPlan;
  const { lang, includeInternal, layout } = ctx.options;
  const { template } = ctx;
  const brand = planBrand(plan, file, loaded.file, ctx.options.brand, ctx.brand, ctx.cwd, assets.brand);
  // Calendars, JSON-LD and open data (src/publish), from the public content only.
  const published = publishPlan(plan, { name, template, json: ctx.formats.includes('json'), ...pick(ctx.options, 'lang', 'baseUrl', 'timeZone', 'env') });
  const html = renderHtml(plan, {
    template,
    ...(lang ? { lang } : {}),
    includeInternal: includeInternal === true,
    images: assets.images,
    published,
    ...(brand ? { brand } : {}),
    ...(layout ? { layout } : {}),
  });
  const htmlFile = path.join(ctx.out, `${name}.html`);
  // A file open in another program (Windows) fails this plan only; the others are written.
  const locked = await writeFileAtomic(htmlFile, html).then(() => undefined, lockedOnly);
  if (locked) {
    result.error = locked;
    ctx.progress({ plan: name, stage: 'failed', ...at });
    return undefined;
  }
  result.outputs.push(htmlFile);

  const cached = ctx.cache.plans[name];
  const entry: CachedPlan = { file, outputs: { ...(cached?.file === file ? cached.outputs : {}) } };
  entry.outputs['html'] = { key: keys['html'] ?? '', file: `${name}.html` };
  // The PDF and booklet of the old HTML are out of date now; they stay listed, stale (an empty
  // key: rebuilt when asked for, not linked), so that they are still removed with their plan
  // whatever this build prints (issue 30). The print stage records the ones it prints.
  for (const printed of ['pdf', BOOKLET_OUTPUT]) {
    const o = entry.outputs[printed];
    if (o) entry.outputs[printed] = { key: '', file: o.file };
  }
  entry.index = await indexEntry(name, plan, template, lang);
  // A calendar open in another program (Windows) fails this plan, as the HTML would; it is redone next time.
  const lockedCalendar = await writePublished(ctx.out, entry, name, published, keys).then((files) => void result.outputs.push(...files), lockedOnly);
  ctx.cache.plans[name] = entry;
  if (lockedCalendar) {
    result.error = lockedCalendar;
    ctx.progress({ plan: name, stage: 'failed', ...at });
    return undefined;
  }
  ctx.progress({ plan: name, stage: 'html', ...at });
  return { result, plan, htmlFile, keys };
}

/**
 * Checks a plan with the lint engine (build refuses exactly what lint refuses, with the same
 * config), its pictures too (plan/image-file: a bad one refuses this plan only); its findings go
 * into RESULT, and the pictures loaded come back for the page and the cache key. An unchanged
 * plan is checked too, though nothing of it is written: its warnings are shown by every build, as
 * lint shows them, not only by the build that wrote it.
 */
async function checkPlan(ctx: BuildContext, result: PlanBuildResult, bytes: Uint8Array): Promise<CheckedPlan> {
  const { parsePlan } = await import('../plan/load.js');
  return checkLoaded(ctx, result, parsePlan(bytes, result.file));
}

/** A plan file the loader refuses (too large, not a file, a link out): loaded to say why. */
export async function checkPlanFile(ctx: BuildContext, result: PlanBuildResult): Promise<CheckedPlan> {
  const { loadPlan } = await import('../plan/load.js');
  return checkLoaded(ctx, result, await loadPlan(result.file, { root: ctx.cwd }));
}

async function checkLoaded(ctx: BuildContext, result: PlanBuildResult, loaded: LoadedPlan): Promise<CheckedPlan> {
  const { checkPlanWithAssets } = await import('../lint/check-plan.js');
  const places = { planDir: path.dirname(result.file), projectRoot: ctx.options.brand?.root ?? ctx.options.lint?.config?.dir ?? ctx.cwd };
  const checked = checkPlanWithAssets(loaded, { cwd: ctx.cwd, ...ctx.options.lint, assets: places });
  result.diagnostics = checked.diagnostics;
  return { loaded, assets: checked.assets };
}

/**
 * The plan's bytes for its cache key; none for a file the loader refuses (over the size limit, no
 * regular file, a link out of the project), which then says why.
 */
function readPlanBytes(file: string, cwd: string): Buffer | undefined {
  try {
    return readInputSync(file, { root: inputRoot(file, cwd), limit: MAX_PLAN_BYTES });
  } catch {
    return undefined;
  }
}

async function indexEntry(name: string, plan: StudyPlan, template: LoadedTemplate, lang: Lang | undefined): Promise<CachedIndexEntry> {
  const { resolveLanguage } = await import('../render/render-html.js');
  const { labels } = resolveLanguage(plan, template, lang);
  const entry: CachedIndexEntry = {
    title: plan.title,
    organisation: plan.publisher.name,
    period: formatPeriod(plan.period, labels),
    html: outputLink(`${name}.html`),
    name,
  };
  const state = plan.status?.state;
  if (state === 'draft' || state === 'proposal') entry.mark = labels.status[state];
  const notice = statusNoticeText(plan.notices);
  if (notice) entry.notice = notice;
  return entry;
}

/** The template's assets and fonts beside the HTML; unchanged files are left alone. */
export async function copyAssets(template: LoadedTemplate, out: string): Promise<void> {
  for (const asset of template.assets) {
    const target = path.join(out, ...asset.to.split('/'));
    const from = asset.bytes ?? (await readInput(asset.from, { root: asset.root ?? path.dirname(asset.from), limit: MAX_TEMPLATE_FILE_BYTES }));
    const existing = await readInput(target, { root: out, limit: MAX_TEMPLATE_FILE_BYTES }).catch(() => undefined);
    if (existing && Buffer.compare(from, existing) === 0) continue;
    await writeFileAtomic(target, from);
  }
}

/** The message of an output held open by another program (io/locked); any other failure goes on. */
function lockedOnly(e: unknown): Failure {
  if (e instanceof RunError && e.code === 'io/locked') return { code: e.code, params: e.params };
  throw e;
}
