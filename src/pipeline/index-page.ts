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
  const linked = (o: { key: string; file: string } | undefined) => (o && isCurrent(o) && existsSync(path.join(ctx.out, o.file)) ? outputLink(o.file) : undefined);
  const entries: IndexEntry[] = tellApart(
    withIndex.map((c) => {
      // A stale PDF or booklet (its HTML rebuilt since, in a build that did not print it) is listed, not linked;
      // a current one is linked whether or not this build asked for it.
      const pdf = linked(c.outputs['pdf']);
      const booklet = linked(c.outputs[BOOKLET_OUTPUT]);
      return { ...(c.index as CachedIndexEntry), ...(pdf ? { pdf } : {}), ...(booklet ? { booklet } : {}), ...publishedLinks(c, ctx.out) };
    }),
  );
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

/**
 * Cards of plans with the same title say what tells them apart, by their title: the period, the
 * organisation, or else the plan's file name ("Studieplan 2027 (Arboga)").
 */
function tellApart(entries: IndexEntry[]): IndexEntry[] {
  const byTitle = new Map<string, IndexEntry[]>();
  for (const e of entries) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
  return entries.map((e) => {
    const same = byTitle.get(e.title)!;
    if (same.length < 2) return e;
    const differ = (key: 'period' | 'organisation') => new Set(same.map((o) => o[key])).size === same.length;
    const apart = differ('period') ? e.period : differ('organisation') ? e.organisation : path.basename(e.html, '.html');
    return { ...e, apart };
  });
}
