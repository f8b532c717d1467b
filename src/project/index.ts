/**
 * The project: studyplan.config.yaml found (from the working folder upwards, or --config), read
 * and parsed once (config.ts, readConfig: the command line does it before its commands are made)
 * and checked (read-config.ts, loaded only when there is one);
 * the plans it names found (find-plans.ts); lint over them (lint-files.ts). lint, build, diff,
 * watch, doctor and the language server all start here.
 */
export { loadProject, readConfig, type ConfigRead, type LoadProjectOptions, type Project, type ProjectSettings } from './config.js';
export type { StudyplanConfig, ConfigBrand, ConfigLayout, ConfigLayoutChoice, ConfigRuleLevels } from './config.generated.js';
export { ConfigError, type ConfigFinding } from './config-error.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
