/**
 * The project: studyplan.config.yaml found (from the working folder upwards, or --config), read
 * and checked once (config.ts finds it; read-config.ts, loaded only when there is one, reads it);
 * the plans it names found (find-plans.ts); lint over them (lint-files.ts). lint, build, diff,
 * watch, doctor and the language server all start here.
 */
export { ConfigError, loadProject, type ConfigFinding, type LoadProjectOptions, type Project, type ProjectSettings } from './config.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
