/**
 * studyplan's programmatic API: load, validate, render HTML, print PDF, write.
 * The command line (src/cli/) is a thin layer over these.
 */
export { VERSION } from './version.js';
export { RunError, isRunError } from './errors/run-error.js';
export type { Diagnostic, Severity, Position, Range } from './diagnostics/diagnostic.js';
export { hasErrors, compareDiagnostics } from './diagnostics/diagnostic.js';
export { loadPlan, parsePlan, MAX_PLAN_BYTES, type LoadedPlan } from './plan/load.js';
export { SourceMap, pointerToPath } from './plan/source-map.js';
export type * from './plan/types.js';
export { renderHtml, renderIndex, type RenderOptions, type IndexEntry } from './render/render-html.js';
export { loadTemplate, type LoadedTemplate, type TemplateManifest } from './render/template-loader.js';
export { build, type BuildOptions, type BuildProgress, type BuildResult, type PlanBuildResult, type OutputFormat } from './pipeline/build.js';
export { mergeOutputs, type MergeResult } from './pipeline/merge.js';
export { parseShard, type Shard } from './pipeline/shard.js';
export { writeFileAtomic } from './output/write-atomic.js';
export { printPdfs, startPrinter, findBrowser, type Printer, type PdfJob, type PdfMeta, type PdfResult, type PrintOptions, type FindBrowserOptions } from './pdf/index.js';
export { initProject, type InitOptions, type InitResult } from './workflow/init-project.js';
export { newPlan, type NewPlanOptions, type NewPlanResult } from './workflow/new-plan.js';
export { planFileName } from './workflow/plan-name.js';
export { runDoctor, type DoctorCheck, type DoctorOptions } from './workflow/doctor.js';
export { findConfigFile, loadProjectSettings, type ProjectSettings } from './workflow/project-config.js';
export { startWatch, type Watcher, type WatchEvent, type WatchOptions } from './watch/watch.js';
export { checkPlan, lintFiles, loadLintConfig, rules, defaultLang, type LintLang, type LintConfig, type LintOptions, type FileReport, type RuleMeta } from './lint/index.js';
export { diffPlanSources, renderDiff, comparePlans, DIFF_FORMATS, type DiffOptions, type DiffResult, type DiffFormat, type PlanDiff, type FieldChange, type CourseChange, type SectionChange } from './diff/index.js';
export { imposeBooklet, saddleStitchOrder, type SheetSide } from './pdf/impose.js';
