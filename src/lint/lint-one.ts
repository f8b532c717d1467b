import type { Lang } from '../i18n/lang.js';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadPlanSync } from '../plan/load.js';
import { checkPlan } from './check-plan.js';
import type { LintConfig } from './config.js';

export interface FileReport {
  /** The file as given: relative to cwd when it is inside it, else absolute. */
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads and checks one plan; the report names it as `shown`. Throws RunError when it cannot be read.
 * Synchronous: the callers (lintFiles, the worker) go through many plans and yield between them.
 */
export function lintOne(abs: string, shown: string, lang: Lang, config: LintConfig, cwd: string): FileReport {
  const loaded = loadPlanSync(abs, { root: cwd });
  loaded.file = shown;
  // The plan's pictures are checked where build reads them: its own folder, the project's for its brand.
  const assets = { planDir: path.dirname(abs), projectRoot: config.dir ?? cwd };
  return { file: shown, text: loaded.text, diagnostics: checkPlan(loaded, { lang, config, cwd, assets }) };
}
