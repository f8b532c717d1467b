import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { RunError } from '../errors/run-error.js';
import { inputRoot, readInputSync } from '../files/safe-read.js';
import { MAX_PLAN_BYTES } from '../plan/limits.js';

const PLAN_FILE = /\.ya?ml$/i;
/** A folder's plans: its own *.yaml and *.yml, not nested, no dot-files (tinyglobby's defaults). */
const IN_FOLDER = ['*.yaml', '*.yml'];

/**
 * The plan files named by PATH|GLOB arguments: a file as given, a folder's *.yaml/*.yml (not
 * nested: plans/NAME.yaml), a glob's matches. Sorted, without duplicates, absolute.
 */
export async function findPlans(args: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args.length ? args : ['plans/']) {
    const abs = path.resolve(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    let matches: string[];
    if (info?.isFile()) matches = [abs];
    else if (info?.isDirectory()) matches = await plansInFolder(abs);
    else matches = (await glob([arg], { cwd, absolute: true, onlyFiles: true })).filter((f) => PLAN_FILE.test(f));
    if (!matches.length) {
      throw new RunError('io/no-plans', { arg, kind: info?.isDirectory() ? 'folder' : 'match', given: args.length ? 'yes' : undefined, command: 'build' });
    }
    for (const m of matches) found.add(path.normalize(m));
  }
  return [...found].sort();
}

/**
 * A folder's entries named like plans, sub-folders aside. A FIFO, socket or device named plan.yaml
 * stays in (the glob library drops them), so that its read says why it is not built, instead of
 * the plan vanishing in silence.
 */
async function plansInFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const named = picomatch(IN_FOLDER);
  return entries.filter((e) => !e.isDirectory() && named(e.name) && PLAN_FILE.test(e.name)).map((e) => path.join(folder, e.name));
}

/**
 * Whether FILE (an absolute path to a file that exists) is one of the plans findPlans(ARGS, CWD)
 * finds, by the same rules and without reading the disk: the file named, a plan directly in a
 * folder named, a glob's match. The language server asks this of each open document.
 */
export function isPlanOf(file: string, args: readonly string[], cwd: string): boolean {
  const posix = (p: string): string => p.split(path.sep).join('/');
  const target = path.normalize(file);
  return (args.length ? args : ['plans/']).some((arg) => {
    const abs = path.resolve(cwd, arg);
    if (abs === target) return true;
    if (abs === path.dirname(target)) return picomatch(IN_FOLDER)(path.basename(target)) && PLAN_FILE.test(target);
    const pattern = path.isAbsolute(arg) ? arg : path.join(cwd, arg);
    return PLAN_FILE.test(target) && picomatch(posix(pattern))(posix(target));
  });
}

/** plans/skåne-hösten-2021.yaml -> skåne-hösten-2021 (letters kept as written). */
export function planName(file: string): string {
  return path.basename(file).replace(PLAN_FILE, '');
}

/**
 * The line init writes at the top of its example plan (plans/exempel.yaml). The example shows how a
 * plan looks; once the project has a plan of its own, it is not built or published beside it
 * (issue 30). A secretary who made the example into the real plan deletes the line.
 */
export const EXAMPLE_MARK = '# studyplan: exempelplan. Den byggs inte när projektet har en annan plan; ta bort raden för att bygga den ändå.';
const MARKED = /^# studyplan: exempelplan\b/m;

/**
 * init's example plan among FILES when there are other plans too: the one plan not to build. Read
 * as every plan is (src/files/safe-read.ts, inside CWD's project); one that cannot be is no example
 * here, and its own read in the build says why.
 */
export function initExampleAmong(files: readonly string[], cwd: string): string | undefined {
  if (files.length < 2) return undefined;
  const example = files.find((f) => path.basename(f) === 'exempel.yaml');
  if (!example) return undefined;
  try {
    // The mark is among the first lines: a few hundred characters say it.
    const head = readInputSync(example, { root: inputRoot(example, cwd), limit: MAX_PLAN_BYTES })
      .subarray(0, 1000)
      .toString('utf8');
    return MARKED.test(head) ? example : undefined;
  } catch {
    return undefined;
  }
}
