import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, RunError } from '../errors/run-error.js';
import { claimOutFolder } from '../output/out-folders.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { EXAMPLE_MARK } from '../project/find-plans.js';
import { lf, planSkeleton } from './new-plan.js';

export interface InitOptions {
  /** Overwrite files that are there (package.json is never overwritten). */
  force?: boolean;
  /** The year of the example plan (default: this year). */
  year?: number;
}

export interface InitFile {
  /** Path relative to the project folder, with / separators. */
  path: string;
  state: 'created' | 'overwritten' | 'kept';
}

export interface InitResult {
  dir: string;
  files: InitFile[];
}

const FILES = path.join(PACKAGE_ROOT, 'templates', 'init');
const SCHEMAS = path.join(PACKAGE_ROOT, 'schemas');
export const EXAMPLE_PLAN = 'plans/exempel.yaml';

/**
 * What init writes: [project path, content]. The plan schema is copied into schemas/ so that the
 * plans' modeline (../schemas/studyplan.schema.json) and the VS Code mapping resolve offline,
 * whether studyplan is installed in node_modules, globally, or run through npx.
 */
async function projectFiles(dir: string, year: number): Promise<[string, string][]> {
  // LF whatever the package's own files have (a Windows checkout of studyplan may have CRLF).
  const read = async (f: string) => lf(await readFile(path.join(FILES, f), 'utf8'));
  const name =
    path
      .basename(dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'studieplaner';
  const files: [string, string][] = [
    [EXAMPLE_PLAN, exampleMarked(await planSkeleton({ title: `Studieplan ${year}`, publisher: 'Socialdemokraterna i Exempellän', year }))],
    ['schemas/studyplan.schema.json', lf(await readFile(path.join(SCHEMAS, 'studyplan.schema.json'), 'utf8'))],
    ['.gitignore', await read('gitignore')],
    ['.gitattributes', await read('gitattributes')],
    ['.vscode/settings.json', await read('vscode-settings.json')],
    ['.vscode/extensions.json', await read('vscode-extensions.json')],
    ['.github/workflows/studyplan.yml', await read('github-workflow.yml')],
    ['README.md', await read('README.md')],
    ['package.json', (await read('package.json')).replace('{{NAME}}', name).replace('{{VERSION}}', VERSION)],
  ];
  let config = await read('studyplan.config.yaml');
  const configSchema = path.join(SCHEMAS, 'studyplan.config.schema.json');
  if (existsSync(configSchema)) files.push(['schemas/studyplan.config.schema.json', lf(await readFile(configSchema, 'utf8'))]);
  else config = config.replace(/^# yaml-language-server:.*\n/, '');
  files.push(['studyplan.config.yaml', config]);
  return files;
}

/** The example plan with the line that keeps it out of the build once the project has another plan, below the schema's modeline. */
function exampleMarked(text: string): string {
  const nl = text.indexOf('\n') + 1;
  return `${text.slice(0, nl)}${EXAMPLE_MARK}\n${text.slice(nl)}`;
}

/**
 * Creates a plans repository in DIR that works at once and offline. Refuses (writing nothing)
 * when a file it would write is there, unless `force`; an existing package.json is always kept,
 * since it may hold the project's own dependencies.
 */
export async function initProject(dir: string, options: InitOptions = {}): Promise<InitResult> {
  const files = await projectFiles(dir, options.year ?? new Date().getFullYear());
  const existing = files.map(([p]) => p).filter((p) => existsSync(path.join(dir, p)));
  const blocking = existing.filter((p) => p !== 'package.json');
  if (blocking.length && !options.force) {
    throw new RunError('io/exists', {
      dir,
      files: blocking.join(', '),
    });
  }
  const result: InitResult = { dir, files: [] };
  // Below DIR nothing is written through a link (issue 28: --force wrote through a symlinked
  // studyplan.config.yaml into the file it named): each file's folders are held without
  // following links, and the file is renamed into place, which replaces a link instead.
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw new RunError('io/write', { file: dir, code: errorCode(e) });
  });
  claimOutFolder(dir);
  for (const [rel, content] of files) {
    const target = path.join(dir, ...rel.split('/'));
    const there = existing.includes(rel);
    if (there && rel === 'package.json') {
      result.files.push({ path: rel, state: 'kept' });
      continue;
    }
    try {
      await writeFileAtomic(target, content);
    } catch (e) {
      if (e instanceof RunError) throw e;
      throw new RunError('io/write', { file: target, code: errorCode(e) });
    }
    result.files.push({ path: rel, state: there ? 'overwritten' : 'created' });
  }
  return result;
}
