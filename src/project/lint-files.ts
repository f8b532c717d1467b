import type { Lang } from '../i18n/lang.js';
import { isRunError, RunError } from '../errors/run-error.js';
import { lintPlanFiles, type FileReport } from '../lint/lint-files.js';
import { loadProject, type ConfigRead } from './config.js';
import { findPlans } from './find-plans.js';

export interface LintFilesOptions {
  cwd: string;
  /** --config: this studyplan.config.yaml instead of the one found from cwd upwards. */
  configFile?: string;
  lang?: Lang;
  /** That config as already read (readConfig), so that it is not read again. */
  config?: ConfigRead;
  /** Worker threads besides the main thread; default: one per extra core (at most 3) for 40 plans or more. */
  workers?: number;
}

/**
 * Lints the plans named by PATTERNS (files, folders, globs; none = the config's `plans`, else
 * plans/), the way build finds them, with the project's config. Reports come in file order. A
 * pattern that names nothing, a missing file or a bad config is a RunError (exit 2).
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<FileReport[]> {
  const { cwd } = options;
  const lang = options.lang ?? 'en';
  const project = await loadProject(cwd, { lang, ...(options.configFile ? { configFile: options.configFile } : {}), ...(options.config ? { read: options.config } : {}) });
  const targets = patterns.length ? patterns : (project.settings.plans ?? []);
  let files: string[];
  try {
    files = await findPlans(targets, cwd);
  } catch (e) {
    if (isRunError(e)) throw new RunError(e.code, { ...e.params, command: 'lint' });
    throw e;
  }
  return lintPlanFiles(files, { cwd, lang, config: project.lint, ...(options.workers === undefined ? {} : { workers: options.workers }) });
}
