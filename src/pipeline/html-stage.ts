import { mkdir } from 'node:fs/promises';
import { MAX_TEMPLATE_FILE_BYTES } from '../files/limits.js';
import { inputRoot, readInput, readInputSync } from '../files/safe-read.js';
import path from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { isFresh, outputKey, planImagesKey, type CachedIndexEntry, type CachedPlan } from '../output/build-cache.js';
import { RunError } from '../errors/run-error.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { MAX_PLAN_BYTES } from '../plan/limits.js';
import { statusNoticeText } from '../plan/notices.js';
import type { Language, StudyPlan } from '../plan/types.js';
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
}

/** The plan's result, and its cache keys; `fresh` when every output asked for is up to date. */
export async function planState(ctx: BuildContext, file: string): Promise<{ result: PlanBuildResult; keys: Record<string, string>; fresh: boolean }> {
  const name = planName(file);
  const result: PlanBuildResult = { file, name, outputs: [], diagnostics: [] };
  const bytes = readPlanBytes(file, ctx.cwd);
  // The plan's own pictures are inputs too: a changed image rebuilds the plan.
  const images = bytes ? await planImagesKey(file, bytes, ctx.cwd) : '';
  const keys = Object.fromEntries([...ctx.keyed, ICS_OUTPUT].map((f) => [f, bytes ? outputKey(ctx.shared + images, bytes, f) : '']));
  const cached = ctx.cache.plans[name];
  // OUT/NAME.ics comes with the HTML, for a plan with dates only: fresh when the plan had none.
  const fresh = Boolean(bytes) && cached?.file === file && ctx.keyed.every((f) => isFresh(cached, f, keys[f] ?? '', ctx.out)) && calendarsFresh(cached, keys[ICS_OUTPUT] ?? '', ctx.out);
  return { result, keys, fresh };
}

/**
 * Checks a plan with the lint engine (build refuses exactly what lint refuses, with the same
 * config) and writes OUT/NAME.html; a plan with errors gets no output and keeps its old one.
 * Records the HTML, and the index entry, in the cache.
 */
export async function renderPlan(ctx: BuildContext, result: PlanBuildResult, keys: Record<string, string>): Promise<RenderedPlan | undefined> {
  const { file, name } = result;
  const at = ctx.at(file);
  const [{ loadPlan }, { checkPlan }, { renderHtml }, { publishPlan, writePublished }] = await Promise.all([
    import('../plan/load.js'),
    import('../lint/check-plan.js'),
    import('../render/render-html.js'),
    import('../publish/index.js'),
  ]);
  const loaded = await loadPlan(file, { root: ctx.cwd });
  result.diagnostics = checkPlan(loaded, { cwd: ctx.cwd, ...ctx.options.lint });
  ctx.progress({ plan: name, stage: 'checked', ...at });
  if (hasErrors(result.diagnostics)) {
    ctx.progress({ plan: name, stage: 'failed', ...at });
    return undefined;
  }
  const plan = loaded.data as StudyPlan;
  const { lang, includeInternal } = ctx.options;
  const template = await ctx.template();
  const brand = await planBrand(plan, file, loaded.file, ctx.options.brand, ctx.brand, ctx.cwd);
  // Calendars, JSON-LD and open data (src/publish), from the public content only.
  const published = publishPlan(plan, { name, template, json: ctx.formats.includes('json'), ...pick(ctx.options, 'lang', 'baseUrl', 'timeZone', 'env') });
  const html = renderHtml(plan, { template, ...(lang ? { lang } : {}), includeInternal: includeInternal === true, planDir: path.dirname(file), published, ...(brand ? { brand } : {}) });
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
  delete entry.outputs['pdf'];
  // A booklet not asked for this time stays listed (stale, so rebuilt when asked for), so that it
  // is still removed with its plan.
  if (ctx.options.booklet) delete entry.outputs[BOOKLET_OUTPUT];
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

async function indexEntry(name: string, plan: StudyPlan, template: LoadedTemplate, lang: Language | undefined): Promise<CachedIndexEntry> {
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
    const from = await readInput(asset.from, { root: asset.root ?? path.dirname(asset.from), limit: MAX_TEMPLATE_FILE_BYTES });
    const existing = await readInput(target, { root: out, limit: MAX_TEMPLATE_FILE_BYTES }).catch(() => undefined);
    if (existing && Buffer.compare(from, existing) === 0) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, from);
  }
}

/** The message of an output held open by another program (io/locked); any other failure goes on. */
function lockedOnly(e: unknown): string {
  if (e instanceof RunError && e.code === 'io/locked') return e.message;
  throw e;
}
