/**
 * The project: studyplan.config.yaml found (from the working folder upwards, or --config), read
 * and checked once; the plans it names found. lint, build, diff, watch and doctor all start here.
 */
export { CONFIG_FILE, ConfigError, findConfigFile, loadProject, type ConfigFinding, type LoadProjectOptions, type Project, type ProjectSettings } from './config.js';
export { findPlans, planName } from './find-plans.js';
export { lintFiles, type LintFilesOptions } from './lint-files.js';
