import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';
import { MAX_OUTPUT_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import { CACHE_FILE, readBuildCache, writeBuildCache, type CachedPlan } from '../output/build-cache.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { planName } from '../project/find-plans.js';
import { buildSharedKey, startBuild } from './build-context.js';
import type { BuildOptions } from './build.js';
import { writeIndex } from './index-page.js';
import { outFolder } from './early-start.js';
import { isCourseCalendarFile } from '../publish/outputs.js';

export interface MergeResult {
  out: string;
  /** The plans in the merged output, by name. */
  plans: string[];
  index?: string;
}

/**
 * Joins the outputs of `studyplan build --shard K/N` (one folder per shard) into `options.out`:
 * every plan's files and the assets, one build cache, and one index.html listing them all, in
 * the order a single build lists them. The result is, byte for byte, what one build of all the
 * plans writes. The plans and their order come from the shards' caches alone, so a merge works in
 * any folder (issue 30); the options are the build's (the config's), for the index's template,
 * and must be the ones the shards were built with: shards built with other settings than each
 * other, or than this merge, are refused (io/merge), never joined under the wrong index.
 * `paths` is not read (the plans come from the shards); it stays so that callers need not change.
 */
export async function mergeOutputs(dirs: readonly string[], paths: readonly string[], options: BuildOptions): Promise<MergeResult> {
  void paths;
  const cwd = options.cwd ?? process.cwd();
  const plans: Record<string, CachedPlan> = {};
  const owner = new Map<string, string>();
  let built: { shared: string | undefined; folder: string } | undefined;
  const folders = dirs.map((d) => path.resolve(cwd, d));
  const out = outFolder(options);
  for (const dir of folders) {
    if (dir === out) throw new RunError('usage/merge', { folder: dir });
    const cache = await readBuildCache(dir, undefined, { current: true });
    if (!Object.keys(cache.plans).length) {
      throw new RunError('io/merge', { kind: 'no-build', folder: dir, file: CACHE_FILE });
    }
    if (built && built.shared !== cache.shared) throw new RunError('io/merge', { kind: 'mixed', folder: dir, other: built.folder });
    built ??= { shared: cache.shared, folder: dir };
    for (const [name, entry] of Object.entries(cache.plans)) {
      const other = owner.get(name);
      if (other) throw new RunError('io/merge', { kind: 'both', plan: name, other, folder: dir });
      for (const o of Object.values(entry.outputs)) {
        if (o && ((o.file !== path.basename(o.file) && !isCourseCalendarFile(o.file)) || o.file.startsWith('.')))
          throw new RunError('io/merge', { kind: 'outside', file: path.join(dir, CACHE_FILE), output: o.file });
      }
      owner.set(name, dir);
      plans[name] = entry;
    }
  }
  // The index is made with this merge's template, language and config: they must be the shards'.
  if (built?.shared !== (await buildSharedKey(options))) throw new RunError('io/merge', { kind: 'settings', folder: built?.folder ?? '' });
  // The plans in the build's order (the sorted plan files), as one build lists them.
  const files = Object.values(plans)
    .map((p) => p.file)
    .sort();
  const started = await startBuild([], { ...options, force: true, formats: ['html'], booklet: options.booklet === true }, { files });
  // Plans that would write one file refused each shard's build already; the merge says why too.
  if ('refused' in started) throw new RunError('io/merge', { kind: 'refused', detail: started.refused.plans.flatMap((p) => p.diagnostics.map((d) => `${d.file}: ${d.message}`)).join('; ') });
  const ctx = started;
  Object.assign(ctx.cache.plans, plans);
  for (const dir of folders) await copyTree(dir, ctx.out);
  const listed = files.map((f) => ctx.cache.plans[planName(f)]).filter((c): c is CachedPlan => Boolean(c));
  const index = await writeIndex(ctx, listed);
  await writeBuildCache(ctx.out, { ...ctx.cache, shared: ctx.shared });
  return { out: ctx.out, plans: [...owner.keys()].sort(), ...(index ? { index } : {}) };
}

/** Copies a shard's files (not its cache, index or temporary files; no links followed) into OUT. */
async function copyTree(from: string, to: string, top = true): Promise<void> {
  for (const e of await readdir(from, { withFileTypes: true })) {
    if (top && (e.name === CACHE_FILE || e.name === 'index.html')) continue;
    if (e.name.endsWith('.tmp')) continue;
    const src = path.join(from, e.name);
    const dest = path.join(to, e.name);
    const info = await lstat(src);
    if (info.isDirectory()) {
      await copyTree(src, dest, false);
    } else if (info.isFile()) {
      const [bytes, existing] = await Promise.all([readInput(src, { root: from, limit: MAX_OUTPUT_BYTES }), readInput(dest, { root: to, limit: MAX_OUTPUT_BYTES }).catch(() => undefined)]);
      if (!existing || !existing.equals(bytes)) await writeFileAtomic(dest, bytes);
    }
  }
}
