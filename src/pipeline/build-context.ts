import path from 'node:path';
import { format } from '../lint/format.js';
import type { Failure } from '../i18n/index.js';
import type { Finding } from '../lint/finding.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadBrand, type Brand } from '../brand/load-brand.js';
import { emptyCache, hash, pruneDeletedPlans, readBuildCache, sharedInputsKey, staleCache, type BuildCache } from '../output/build-cache.js';
import { prepareOutDir } from '../output/out-dir.js';
import { outputCollisions } from '../output/output-names.js';
import { removeStaleTempFiles } from '../output/write-atomic.js';
import { findPlans, initExampleAmong, planName } from '../project/find-plans.js';
import { loadTemplate, resolveTemplateDir, type LoadedTemplate } from '../render/template-loader.js';
import { BOOKLET_OUTPUT } from './booklet-output.js';
import { inShard } from './shard.js';
import { outFolder } from './early-start.js';
import { removeEmptyCalendarFolder } from '../publish/outputs.js';
import type { BuildOptions, BuildProgress, BuildResult, OutputFormat } from './build.js';

/** What every stage of one build shares: where it writes, what it builds, its cache. */
export interface BuildContext {
  options: BuildOptions;
  cwd: string;
  out: string;
  formats: OutputFormat[];
  /** The outputs the cache keys: the formats, and the booklet when asked for. */
  keyed: string[];
  wantsPdf: boolean;
  files: string[];
  cache: BuildCache;
  /** The key of the inputs every output shares (template, version, options). */
  shared: string;
  /** The config's brand, loaded once (a plan's own brand goes over it in html-stage). */
  brand: Brand | undefined;
  /** Plans whose file is gone: their outputs were removed. */
  removed: string[];
  /** Things the user should know that did not stop the build (an ignored build cache). */
  notices: Failure[];
  /** The template, loaded once for the build: its files are read once, for the cache's key and the pages alike. */
  template: LoadedTemplate;
  progress(event: BuildProgress): void;
  /** This plan's place in the build, for progress events. */
  at(file: string): { n: number; total: number };
}

/**
 * Readies a build: finds the plans, checks and creates OUT (clearing temporary files a killed
 * build left), reads the build cache and removes the outputs of plans whose file is gone. Plans
 * that would write the same file (or whose name is no file name) refuse the build: `refused`,
 * with nothing written.
 */
export async function startBuild(paths: readonly string[], options: BuildOptions, merged?: { files: readonly string[] }): Promise<BuildContext | { refused: BuildResult }> {
  const cwd = options.cwd ?? process.cwd();
  const out = outFolder(options);
  const formats = options.formats ?? ['html', 'pdf'];
  const given = typeof options.template === 'object' ? options.template : undefined;
  const templateDir = given ? given.dir : resolveTemplateDir((options.template as string | undefined) ?? 'booklet', cwd);
  const shard = options.shard;
  // A merge (pipeline/merge.ts) joins the plans its shards built, wherever it runs: nothing is looked for in CWD.
  const found = merged ? [...merged.files] : await findPlans(paths, cwd);
  // init's example is not published beside the project's own plans (its earlier outputs are removed below).
  const example = merged ? undefined : initExampleAmong(found, cwd);
  const files = found.filter((f) => f !== example && (!shard || inShard(planName(f), shard)));
  const collisions = outputCollisions(
    files.map((file) => ({ file, name: planName(file) })),
    cwd,
  ).map((d) => ({ ...d, message: format({ ruleId: d.ruleId, params: d.params ?? {} } as unknown as Finding, options.lint?.lang ?? 'en').message }));
  if (collisions.length) return { refused: refusedBuild(files, collisions, out) };

  // Not the project, the plans, a git repository or / (output/out-dir.ts).
  await prepareOutDir(out, { cwd, planFiles: files, planNames: found.map(planName), templateDir });
  // A build killed before its renames leaves .NAME.PID.x.tmp files: gone before they pile up.
  await removeStaleTempFiles(out);

  // Incremental: an output is rebuilt only when the key of its inputs changed.
  const notices: Failure[] = [];
  // --force rebuilds everything, but the files earlier builds wrote stay listed (stale), so a deleted plan's go too.
  // A merge writes a new cache of its shards' plans only.
  const read = merged ? emptyCache() : await readBuildCache(out, (p) => notices.push({ code: 'build/cache-ignored', params: { ...p } }));
  const cache = options.force ? staleCache(read) : read;
  // A shard's cache holds its own plans only; one that moved away (the count changed) goes too.
  const exampleName = example ? planName(example) : undefined;
  const pruned = await pruneDeletedPlans(cache, out, shard || exampleName ? (name) => name === exampleName || (shard !== undefined && !inShard(name, shard)) : undefined);
  for (const name of pruned) await removeEmptyCalendarFolder(out, name);
  // The example's file is there: its notice says why its outputs went, not "its plan file is gone".
  const removed = pruned.filter((name) => name !== exampleName);
  if (example) notices.push({ code: 'build/example-skipped', params: { file: path.relative(cwd, example) || example } });
  const template = given ?? (await loadTemplate(templateDir, cwd));
  const { brand, shared } = await sharedInputs(options, template);
  const onProgress = options.onProgress ?? (() => undefined);
  return {
    options,
    cwd,
    out,
    formats,
    keyed: options.booklet ? [...formats, BOOKLET_OUTPUT] : formats,
    wantsPdf: formats.includes('pdf') || options.booklet === true,
    files,
    cache,
    shared,
    brand,
    removed,
    notices,
    template,
    progress: onProgress,
    at: (file) => ({ n: files.indexOf(file) + 1, total: files.length }),
  };
}

/** The config's brand, and the key of the inputs every output of a build with OPTIONS shares (template, brand, version, options). */
async function sharedInputs(options: BuildOptions, template: LoadedTemplate): Promise<{ brand: Brand | undefined; shared: string }> {
  const brand = loadBrand(options.brand ? [options.brand] : []);
  // The template's key covers the templates it extends: a change to the parent rebuilds too.
  return { brand, shared: hash(brand?.key ?? '', await sharedInputsKey(template.key, outputOptions(options))) };
}

/** That key for a build with OPTIONS, before anything is written (merge compares it with its shards'). */
export async function buildSharedKey(options: BuildOptions): Promise<string> {
  const cwd = options.cwd ?? process.cwd();
  const given = typeof options.template === 'object' ? options.template : undefined;
  const template = given ?? (await loadTemplate(resolveTemplateDir((options.template as string | undefined) ?? 'booklet', cwd), cwd));
  return (await sharedInputs(options, template)).shared;
}

/** A build that writes nothing: each plan with its errors (output-names.ts), the others with none. */
function refusedBuild(files: readonly string[], diagnostics: Diagnostic[], out: string): BuildResult {
  return { out, plans: files.map((file) => ({ file, name: planName(file), outputs: [], diagnostics: diagnostics.filter((d) => d.file === file) })) };
}

/** The options that change what an output looks like, for the cache's keys. */
export function outputOptions(options: BuildOptions): Parameters<typeof sharedInputsKey>[1] {
  return {
    ...(options.lang ? { lang: options.lang } : {}),
    includeInternal: options.includeInternal === true,
    ...(options.env ? { env: options.env } : {}),
    ...(options.lint?.config ? { lintRules: { rules: options.lint.config.rules, overrides: options.lint.config.overrides } } : {}),
    publish: { baseUrl: options.baseUrl ?? null, timeZone: options.timeZone ?? null },
    ...(options.layout ? { layout: options.layout } : {}),
  };
}
