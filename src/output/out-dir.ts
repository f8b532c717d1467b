import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, RunError } from '../errors/run-error.js';
import { PACKAGE_ROOT } from '../version.js';
import { CACHE_FILE } from './build-cache.js';
import { claimOutFolder } from './out-folders.js';
import { INDEX_FILE, PLAN_OUTPUTS } from './output-names.js';
import { isTempFileName, writeFileAtomic } from './write-atomic.js';

/** The file that marks a folder studyplan made (or was allowed to use) as its output folder. */
export const OUT_MARKER = '.studyplan-out';

export interface OutDirContext {
  cwd: string;
  /** The plan files of this build (absolute). */
  planFiles: readonly string[];
  /** The names of the plans found (also those this build leaves out: another shard's, init's example): whose outputs an old folder may hold. */
  planNames?: readonly string[];
  /** The template folder. */
  templateDir: string;
}

/** `a` is `b` or a folder above it. */
function contains(a: string, b: string): boolean {
  const rel = path.relative(a, b);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of FILE, or of its nearest existing folder with the rest appended (OUT may not exist yet). */
async function realish(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await realpath(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(await realish(parent), path.basename(abs));
  }
}

/** The git work tree (or bare repository) DIR is in: the first folder upwards holding .git. */
function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * What OUT must not be: the file system's root, a folder that is or holds the project, the
 * plans, the template, studyplan itself or a git repository (a build writes NAME.html and removes
 * the files its cache lists: `--out .` overwrote the project's own index.html). Returns what it
 * would hold, or undefined when OUT is none of those.
 */
async function guardedIn(out: string, context: OutDirContext): Promise<string | undefined> {
  if (path.dirname(out) === out) return 'the root of the file system';
  const guarded: [string, string][] = [
    [context.cwd, 'the project folder'],
    ...context.planFiles.map((f): [string, string] => [path.dirname(f), 'the plans']),
    [context.templateDir, 'the template'],
    [PACKAGE_ROOT, 'studyplan itself'],
  ];
  const git = gitRoot(context.cwd);
  if (git) guarded.push([git, 'a git repository']);
  if (existsSync(path.join(out, '.git'))) return 'a git repository';
  for (const [dir, what] of guarded) if (contains(out, await realish(dir))) return what;
  return undefined;
}

/** What guardedIn found, as the catalogue's key (src/i18n: errors['io/out-unsafe']). */
const HOLDS_KEY: Record<string, string> = {
  'the root of the file system': 'root',
  'the project folder': 'project',
  'the plans': 'plans',
  'the template': 'template',
  'studyplan itself': 'studyplan',
  'a git repository': 'git',
};

/** The folder an earlier studyplan wrote into: it holds the marker or the build cache. */
function marked(entries: readonly string[]): boolean {
  return entries.includes(OUT_MARKER) || entries.includes(CACHE_FILE);
}

/**
 * What in ENTRIES (temporary files left out) a build of these plans does not write (their outputs,
 * the index, the assets), or undefined when the folder is such a build's: one an older studyplan (no
 * marker) left without its cache, when a build stopped before writing it. An index.html and an
 * assets/ folder alone are the shape of any site, so a plan's own output must be there too.
 */
function notPlanOutputs(entries: readonly string[], names: readonly string[]): string[] | undefined {
  const outputs = new Set(names.flatMap((name) => [...Object.values(PLAN_OUTPUTS).map((f) => f(name)), `${name}.calendars`]));
  const other = entries.filter((e) => !outputs.has(e) && e !== INDEX_FILE && e !== 'assets');
  if (other.length) return other;
  return entries.some((e) => outputs.has(e)) ? undefined : [...entries];
}

/**
 * Makes OUT ready for a build: refuses a folder that is or holds something a build must not
 * touch (see guardedIn) unless it is empty or studyplan made it (OUT_MARKER), and any other
 * folder that holds files while studyplan did not make it (someone else's site: its index.html
 * would be overwritten); creates it, marks it, and claims it, so that every file written below it
 * is written through no link (out-folders.ts). Nothing is written before the checks pass.
 */
export async function prepareOutDir(out: string, context: OutDirContext): Promise<void> {
  const real = await realish(out);
  // Inside a repository's .git (hooks!) is refused even when empty.
  const inGit = real.split(path.sep).includes('.git');
  const holds = inGit ? 'a git repository' : await guardedIn(real, context);
  const entries = await readdir(real).catch(() => [] as string[]);
  if (holds) {
    if (inGit || path.dirname(real) === real || (entries.length > 0 && !marked(entries))) {
      throw new RunError('io/out-unsafe', { out, holds: HOLDS_KEY[holds] ?? holds });
    }
  }
  // Temporary files of a build writing here right now (a second build started at the same moment
  // is writing the marker) are studyplan's: a folder holding only those is an empty one.
  const settled = entries.filter((e) => !isTempFileName(e));
  const foreign = holds || settled.length === 0 || marked(settled) ? undefined : notPlanOutputs(settled, context.planNames ?? []);
  if (foreign) {
    // Named are the files no build writes: those are what the secretary moves away.
    const files = foreign.sort().slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
    throw new RunError('io/out-foreign', { out, files });
  }
  await mkdir(out, { recursive: true }).catch((e: Error) => {
    throw new RunError('io/out', { folder: out, code: errorCode(e) });
  });
  claimOutFolder(out);
  const marker = path.join(out, OUT_MARKER);
  if (!(await lstat(marker).catch(() => undefined))?.isFile()) {
    // Atomic and through no link: a committed link named .studyplan-out is replaced, not written through.
    await writeFileAtomic(marker, 'This folder holds what studyplan builds: a build replaces and removes the files it wrote here.\n').catch((e: Error) => {
      throw new RunError('io/out', { folder: out, code: errorCode(e) });
    });
  }
}
