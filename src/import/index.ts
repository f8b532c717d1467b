/** `studyplan import`: a study plan from a Word, OpenDocument, PDF, web page, Markdown or text file. */
export { importPlan, type ImportOptions, type ImportReport, type ImportResult } from './import-plan.js';
export { IMPORT_FORMATS } from './read-source.js';
export { IMPORT_LIMITS } from './limits.js';
export type { FoundCourse, FreeText } from './report.js';
