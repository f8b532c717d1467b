import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findPlans } from '../build/find-plans.js';
import { RunError, isRunError } from '../errors/run-error.js';
import { loadPlan } from '../plan/load.js';
import { loadProjectSettings } from '../workflow/project-config.js';
import { checkPlan } from './check-plan.js';
import { loadLintConfig } from './config.js';
import type { LintLang } from './lang.js';

export interface FileReport {
  /** The file as given: relative to cwd when it is inside it, else absolute. */
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

export interface LintFilesOptions {
  cwd: string;
  configFile?: string;
  lang?: LintLang;
}

/** Plans read at the same time: enough to keep the disk busy, few enough to bound memory. */
const PARALLEL_READS = 16;

/**
 * Lints the plans named by PATTERNS (files, folders, globs; none = the config's `plans`, else
 * plans/), the way build finds them. Reports come in file order. A pattern that names nothing,
 * a missing file or an unreadable config is a RunError (exit 2); problems in plans are diagnostics.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<FileReport[]> {
  const { cwd } = options;
  const lang = options.lang ?? 'en';
  const config = await loadLintConfig(cwd, options.configFile, lang);
  let targets = patterns;
  if (!targets.length) {
    const settings = await loadProjectSettings(cwd, options.configFile);
    targets = settings.plans ?? [];
  }
  let files: string[];
  try {
    files = await findPlans(targets, cwd);
  } catch (e) {
    if (isRunError(e)) throw new RunError(e.message, patterns.length ? 'Give plan files, folders or globs, e.g. studyplan lint plans/' : 'Run studyplan lint in a project with a plans/ folder, or name the plans.', e.code);
    throw e;
  }
  const reports: FileReport[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const abs = files[i]!;
      const rel = path.relative(cwd, abs);
      const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
      const loaded = await loadPlan(abs);
      loaded.file = shown;
      reports[i] = { file: shown, text: loaded.text, diagnostics: checkPlan(loaded, { lang, config }) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, files.length) }, worker));
  return reports;
}
