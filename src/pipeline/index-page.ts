import { existsSync } from 'node:fs';
import path from 'node:path';
import { hash, isCurrent, type CachedIndexEntry, type CachedPlan } from '../output/build-cache.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import type { IndexEntry } from '../render/render-html.js';
import { outputLink } from '../output/output-names.js';
import { BOOKLET_OUTPUT } from './booklet-output.js';
import { publishedLinks, writeIndexJson } from '../publish/index-files.js';
import type { BuildContext } from './build-context.js';

/**
 * OUT/index.html: every plan built now or before and not failing now (`listed`, in the build's
 * order), from the cache, so unchanged plans need not be loaded. Rewritten only when its entries
 * or the template changed. Returns the file, when there is one.
 */
export async function writeIndex(ctx: BuildContext, listed: readonly CachedPlan[]): Promise<string | undefined> {
  const indexFile = path.join(ctx.out, 'index.html');
  const withIndex = listed.filter((c) => c.index);
  if (!withIndex.length) return undefined;
  const booklet = ctx.options.booklet === true;
  const entries: IndexEntry[] = withIndex.map((c) => ({
    ...(c.index as CachedIndexEntry),
    // A stale PDF (its HTML rebuilt since, in a build that did not print) is listed, not linked.
    ...(isCurrent(c.outputs['pdf']) ? { pdf: outputLink(c.outputs['pdf']!.file) } : {}),
    ...(booklet && isCurrent(c.outputs[BOOKLET_OUTPUT]) ? { booklet: outputLink(c.outputs[BOOKLET_OUTPUT]!.file) } : {}),
    ...publishedLinks(c, ctx.out),
  }));
  const indexKey = hash(ctx.shared, JSON.stringify(entries));
  const t = ctx.template;
  // Its key holds the template's and the entries': the same key, the same page.
  if (t.index && (ctx.cache.index !== indexKey || !existsSync(indexFile))) {
    const { renderIndex } = await import('../render/render-html.js');
    await writeFileAtomic(indexFile, renderIndex(entries, t, ctx.options.lang));
  }
  ctx.cache.index = indexKey;
  // OUT/index.json with --format json; kept current once written, so a plan removed in a build without json leaves it too.
  if (ctx.formats.includes('json') || existsSync(path.join(ctx.out, 'index.json'))) await writeIndexJson(ctx.out, withIndex);
  return t.index || existsSync(indexFile) ? indexFile : undefined;
}
