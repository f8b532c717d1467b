import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkPlan, type LintOptions } from '../lint/index.js';
import type { LoadedPlan } from '../plan/load.js';

/**
 * The lint engine's checks for one loaded plan: build refuses a plan that lint would fail, because
 * both use the same engine (src/lint). OPTIONS carry the language and the config's severities.
 */
export async function checkLoadedPlan(loaded: LoadedPlan, options: LintOptions = {}): Promise<Diagnostic[]> {
  return checkPlan(loaded, options);
}
