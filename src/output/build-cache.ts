import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isRunError } from '../errors/run-error.js';
import { MAX_CACHE_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { checkCacheShape, insideOut, type CacheProblem } from './cache-schema.js';
import { removeOutput } from './out-folders.js';
import { writeFileAtomic } from './write-atomic.js';

/** The manifest beside the outputs: what each output was built from. */
export const CACHE_FILE = '.studyplan-cache.json';
const CACHE_FORMAT = 1;

/** What the index page shows of a plan, kept so that an unchanged plan need not be loaded again. */
export interface CachedIndexEntry {
  title: string;
  organisation: string;
  period: string;
  html: string;
  mark?: string;
  /** The plan's name (OUT/NAME.*), for OUT/index.json. */
  name?: string;
  /** The plan's status notice, shown by its title. */
  notice?: string;
}

export interface CachedPlan {
  /** The plan file (absolute). */
  file: string;
  /** Output format -> the key of the inputs it was built from and the file (relative to OUT). */
  outputs: Partial<Record<string, { key: string; file: string }>>;
  index?: CachedIndexEntry;
  /** Written by earlier versions (the images the plan named); read and ignored, no longer written. */
  images?: string[];
}

export interface BuildCache {
  format: number;
  tool: string;
  plans: Record<string, CachedPlan>;
  /** The key of the index page's inputs (its entries and the template). */
  index?: string;
  /**
   * The key of the inputs all outputs of the build shared (template, version, options, config):
   * `studyplan merge` joins only shards built alike, and only with the settings they were built with.
   */
  shared?: string;
}

/** The values of the ignored-cache notice; the command layer words it from the catalogue (errors['build/cache-ignored']). */
export type CacheNotice = { file: string; out: string } & Partial<CacheProblem>;

export function emptyCache(): BuildCache {
  return { format: CACHE_FORMAT, tool: VERSION, plans: {} };
}

/**
 * The manifest in OUT, or an empty one when it is missing or unreadable; another version's is
 * read stale (staleCache), or as empty with `current`.
 * A manifest that is not what studyplan writes (output/cache-schema.ts) is ignored, and NOTICE
 * is told so: its paths are never obeyed.
 */
export async function readBuildCache(out: string, notice: (p: CacheNotice) => void = () => undefined, options: { current?: boolean } = {}): Promise<BuildCache> {
  let text: string;
  try {
    text = (await readInput(path.join(out, CACHE_FILE), { root: out, limit: MAX_CACHE_BYTES })).toString('utf8');
  } catch (e) {
    if (isRunError(e) && e.code === 'io/missing') return emptyCache(); // no manifest yet: everything is built
    // A link, a device or a huge file in its place is not what a build wrote.
    notice({ file: CACHE_FILE, out });
    return emptyCache();
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    notice({ file: CACHE_FILE, out });
    return emptyCache();
  }
  const check = checkCacheShape(data, out);
  if (!check.ok) {
    notice({ file: CACHE_FILE, out, ...check.problem });
    return emptyCache();
  }
  const cache = data as BuildCache;
  // Another version's (or format's) manifest is not wrong, only out of date: nothing in it is
  // fresh, but the files it lists are still the ones studyplan wrote, removed with their plan.
  // CURRENT (merge): only a build of this version counts.
  if (cache.format === CACHE_FORMAT && cache.tool === VERSION) return cache;
  return options.current ? emptyCache() : staleCache(cache);
}

/**
 * CACHE with every output out of date (--force, another version's manifest): each output stays
 * listed with an empty key, so that no build takes it for fresh and a deleted plan's files are
 * still removed, whatever formats the earlier builds wrote (issue 30).
 */
export function staleCache(cache: BuildCache): BuildCache {
  const plans: Record<string, CachedPlan> = {};
  for (const [name, entry] of Object.entries(cache.plans)) {
    const outputs: CachedPlan['outputs'] = {};
    for (const [format, o] of Object.entries(entry.outputs)) if (o) outputs[format] = { key: '', file: o.file };
    plans[name] = { file: entry.file, outputs };
  }
  return { ...emptyCache(), plans };
}

/** Whether an output listed in the cache was built by a build whose key it carries (not left over, stale, from an earlier one). */
export function isCurrent(o: { key: string } | undefined): boolean {
  return Boolean(o?.key);
}

/** Writes the manifest only when it changed, so a build with nothing to do writes nothing. */
export async function writeBuildCache(out: string, cache: BuildCache): Promise<void> {
  const file = path.join(out, CACHE_FILE);
  // Plans by name, so the file is the same whatever order they were built in (merged shards, too).
  const plans = Object.fromEntries(Object.entries(cache.plans).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = `${JSON.stringify({ ...cache, plans }, null, 1)}\n`;
  const old = await readInput(file, { root: out, limit: MAX_CACHE_BYTES }).then(String, () => undefined);
  if (old !== text) await writeFileAtomic(file, text);
}

export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? `${p.length}:${p}` : p);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/** Options of a build that change what an output looks like. */
export interface OutputOptions {
  lang?: string;
  includeInternal?: boolean;
  env?: NodeJS.ProcessEnv;
  /** The config's rule severities: a rule turned on must check plans that were built before. */
  lintRules?: unknown;
  /** The base URL and time zone of the published outputs (src/publish): they are in the pages and calendars. */
  publish?: unknown;
  /** The config's `layout` (cover, contents, Kurskalender forced on or off). */
  layout?: unknown;
}

/**
 * The key of everything that all outputs share: the tool's version, the plan schema, the
 * template (TEMPLATE_KEY: every file its loader read, by bytes, its parents' and font CSS
 * included) and the options that affect output.
 */
export async function sharedInputsKey(templateKey: string, options: OutputOptions): Promise<string> {
  const parts: (string | Uint8Array)[] = [VERSION, await readFile(path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json')), templateKey];
  parts.push(
    JSON.stringify({
      lang: options.lang ?? null,
      includeInternal: options.includeInternal === true,
      lintRules: options.lintRules ?? null,
      ...(options.publish ? { publish: options.publish } : {}),
      // Only when given: a project without one keeps the keys (and the outputs) it had.
      ...(options.layout ? { layout: options.layout } : {}),
    }),
  );
  // The PDF's date falls back to SOURCE_DATE_EPOCH (see pipeline/pdf-meta.ts).
  parts.push(options.env?.['SOURCE_DATE_EPOCH'] ?? '');
  return hash(...parts);
}

/**
 * The key of a plan's pictures: each one's name (its `src`, or the brand key) and the key of the
 * bytes the asset loader read (assets/load-image.ts), so that a changed picture rebuilds the plan
 * without the picture being read a second time for its key.
 */
export function imagesKey(images: Iterable<readonly [name: string, key: string]>): string {
  const parts = [...images].flat();
  return parts.length ? hash(...parts) : '';
}

/** The key of one output: the shared inputs, the plan's bytes and the format. */
export function outputKey(shared: string, planBytes: Uint8Array, format: string): string {
  return hash(shared, planBytes, format);
}

/** Whether FORMAT of a cached plan was built from KEY and its file is still in OUT. */
export function isFresh(entry: CachedPlan | undefined, format: string, key: string, out: string): boolean {
  const o = entry?.outputs[format];
  return Boolean(o && key && o.key === key && insideOut(out, o.file) && existsSync(path.join(out, o.file)));
}

/**
 * Plans in the manifest whose plan file is gone (or `alsoRemove` says so): their outputs are
 * removed from OUT and their entries from the manifest. Returns the names removed.
 */
export async function pruneDeletedPlans(cache: BuildCache, out: string, alsoRemove?: (name: string) => boolean): Promise<string[]> {
  const removed: string[] = [];
  for (const [name, entry] of Object.entries(cache.plans)) {
    if (existsSync(entry.file) && !alsoRemove?.(name)) continue;
    for (const o of Object.values(entry.outputs)) {
      // Checked when read (cache-schema.ts), and again here: a removal never leaves OUT.
      if (o && insideOut(out, o.file)) await removeOutput(out, path.join(out, o.file));
    }
    delete cache.plans[name];
    removed.push(name);
  }
  return removed;
}
