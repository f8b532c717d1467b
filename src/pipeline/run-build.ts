import { writeBuildCache, type CachedPlan } from '../output/build-cache.js';
import type { Printer } from '../pdf/index.js';
import type { BuildOptions, BuildResult, PlanBuildResult } from './build.js';
import { startBuild, type BuildContext } from './build-context.js';
import { copyAssets, planState, renderPlan, reprintPlan } from './html-stage.js';
import { writeIndex } from './index-page.js';
import { PrintStage } from './print-stage.js';

/**
 * build()'s stages, one plan after another (see build.ts): EARLY is the browser build() started
 * before it loaded them, or none; the print stage owns it.
 */
export async function runBuild(paths: readonly string[], options: BuildOptions, early: Printer | undefined): Promise<BuildResult> {
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
    /** Plans on the index though nothing of theirs may be written: those reprinted from their HTML. */
    const listed = new Set<string>();
    let assets: Promise<void> | undefined;
    for (const file of ctx.files) {
      const state = await planState(ctx, file);
      const { result } = state;
      results.push(result);
      if (state.fresh) {
        result.unchanged = true;
        ctx.progress({ plan: result.name, stage: 'unchanged', ...ctx.at(file) });
        continue;
      }
      await printing.warm();
      // Only the PDF or booklet out of date: printed from the HTML in OUT, which stays as it is.
      const rendered = state.reprint ? await reprintPlan(ctx, state) : await renderPlan(ctx, state);
      if (!rendered) continue;
      if (state.reprint) listed.add(result.name);
      // The fonts and styles beside the HTML, before the first page is printed from it.
      await (assets ??= copyAssets(ctx.template, ctx.out));
      await printing.submit(rendered);
    }
    await printing.finish();
    return await finishBuild(ctx, results, listed);
  } finally {
    await printing.close();
  }
}

/** The index page and the cache, once every plan is written. */
async function finishBuild(ctx: BuildContext, results: PlanBuildResult[], reprinted: ReadonlySet<string>): Promise<BuildResult> {
  const listed = results
    .filter((r) => r.unchanged || r.outputs.length || (reprinted.has(r.name) && !r.diagnostics.some((d) => d.severity === 'error')))
    .map((r) => ctx.cache.plans[r.name])
    .filter((c): c is CachedPlan => Boolean(c));
  const index = await writeIndex(ctx, listed);
  await writeBuildCache(ctx.out, { ...ctx.cache, shared: ctx.shared });
  return { plans: results, out: ctx.out, ...(index ? { index } : {}), ...(ctx.removed.length ? { removed: ctx.removed } : {}), ...(ctx.notices.length ? { notices: ctx.notices } : {}) };
}
