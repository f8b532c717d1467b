import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, RunError } from '../errors/run-error.js';
import { PACKAGE_ROOT } from '../version.js';
import { planFileName } from './plan-name.js';

export interface NewPlanOptions {
  cwd?: string;
  /** Folder of the plans, relative to cwd (default plans). */
  plans?: string;
  title?: string;
  publisher?: string;
  year?: number;
}

export interface NewPlanResult {
  file: string;
  name: string;
}

/** The Swedish-commented skeleton every new plan starts from (also init's example plan). */
export const PLAN_SKELETON = path.join(PACKAGE_ROOT, 'templates', 'init', 'plan.yaml');

/** The skeleton's text with the title, publisher and year filled in. */
/** Line endings as a project's .gitattributes keeps them: LF on every system (a Windows checkout of studyplan may give its files CRLF). */
export function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export async function planSkeleton(values: { title: string; publisher: string; year: number }): Promise<string> {
  const text = lf(await readFile(PLAN_SKELETON, 'utf8'));
  return text.replaceAll('{{TITLE}}', yamlScalar(values.title)).replaceAll('{{PUBLISHER}}', yamlScalar(values.publisher)).replaceAll('{{YEAR}}', String(values.year));
}

/** Writes PLANS/NAME.yaml from the skeleton; never overwrites a file that is there. */
export async function newPlan(name: string, options: NewPlanOptions = {}): Promise<NewPlanResult> {
  const cwd = options.cwd ?? process.cwd();
  const slug = planFileName(name);
  const dir = path.resolve(cwd, options.plans ?? 'plans');
  const file = path.join(dir, `${slug}.yaml`);
  const year = options.year ?? new Date().getFullYear();
  const text = await planSkeleton({
    title: options.title ?? `Studieplan ${year}`,
    publisher: options.publisher ?? 'Socialdemokraterna i …',
    year,
  });
  await mkdir(dir, { recursive: true });
  try {
    // 'wx' fails when the file exists, so two runs can never overwrite each other.
    await writeFile(file, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new RunError('io/plan-exists', { file: path.relative(cwd, file) || file });
    }
    throw new RunError('io/write', { file, code: errorCode(e) });
  }
  return { file, name: slug };
}

/** A YAML scalar for a one-line value: plain when that reads back the same, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#\n]*$/.test(value) && !/:\s|\s$|:$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+.\d].*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
