import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';
import { PACKAGE_ROOT } from '../version.js';
import { CACHE_FILE } from './build-cache.js';
import { claimOutFolder } from './out-folders.js';
import { writeFileAtomic } from './write-atomic.js';

/** The file that marks a folder studyplan made (or was allowed to use) as its output folder. */
export const OUT_MARKER = '.studyplan-out';

export interface OutDirContext {
  cwd: string;
  /** The plan files of this build (absolute). */
  planFiles: readonly string[];
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
  const ours = entries.includes(OUT_MARKER) || entries.includes(CACHE_FILE);
  if (holds) {
    if (inGit || path.dirname(real) === real || (entries.length > 0 && !ours)) {
      throw new RunError(
        `refusing to build into ${out}: the output folder is or holds ${holds}, and studyplan did not make it`,
        'Name an empty folder or one studyplan made, e.g. --out out (the default).',
        'io/out-unsafe',
        { out, holds: HOLDS_KEY[holds] ?? holds },
      );
    }
  } else if (entries.length > 0 && !ours) {
    const files = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new RunError(
      `refusing to build into ${out}: it holds files studyplan did not write (${files})`,
      'Name an empty folder or one studyplan made, e.g. --out out (the default), or move those files away.',
      'io/out-foreign',
      { out, files },
    );
  }
  await mkdir(out, { recursive: true }).catch((e: Error) => {
    throw new RunError(`cannot create the output folder ${out}: ${e.message}`, undefined, 'io/out');
  });
  claimOutFolder(out);
  const marker = path.join(out, OUT_MARKER);
  if (!(await lstat(marker).catch(() => undefined))?.isFile()) {
    // Atomic and through no link: a committed link named .studyplan-out is replaced, not written through.
    await writeFileAtomic(marker, 'This folder holds what studyplan builds: a build replaces and removes the files it wrote here.\n').catch((e: Error) => {
      throw new RunError(`cannot write into the output folder ${out}: ${e.message}`, undefined, 'io/out');
    });
  }
}
