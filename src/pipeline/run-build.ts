import { writeBuildCache, type CachedPlan } from '../output/build-cache.js';
import type { Printer } from '../pdf/index.js';
import type { BuildOptions, BuildResult, PlanBuildResult } from './build.js';
import { startBuild, type BuildContext } from './build-context.js';
import { checkPlanFile, copyAssets, planState, renderPlan } from './html-stage.js';
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
    let assets: Promise<void> | undefined;
    for (const file of ctx.files) {
      const state = await planState(ctx, file);
      const { result } = state;
      results.push(result);
      if (state.fresh) {
        result.unchanged = true;
        await checkPlanFile(ctx, state);
        ctx.progress({ plan: result.name, stage: 'unchanged', ...ctx.at(file) });
        continue;
      }
      await printing.warm();
      const rendered = await renderPlan(ctx, state);
      if (!rendered) continue;
      // The fonts and styles beside the HTML, before the first page is printed from it.
      await (assets ??= copyAssets(ctx.template, ctx.out));
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
