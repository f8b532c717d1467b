/** `studyplan import`: a study plan from a Word, OpenDocument, PDF, web page, Markdown or text file. */
export { importPlan, type ImportReport } from './import-plan.js';
export { IMPORT_LIMITS } from './limits.js';
