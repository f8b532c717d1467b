/**
 * The lint engine: every check studyplan makes of a plan (YAML, schema, rules beyond it), worded
 * in Swedish or English, with the config's severities and suppression comments applied.
 * `studyplan lint` and `studyplan build` both use it, so they give the same verdict; the config
 * it takes is read by src/project/.
 */
export { checkPlan, checkPlanWithAssets, type LintOptions } from './check-plan.js';
export type { AssetPlaces, PlanAssets } from './plan-assets.js';
export type { FileReport } from './lint-files.js';
export { type LintConfig, type LintOverride, type RuleLevel } from './config.js';
export { rules, type RuleMeta } from './registry.js';
