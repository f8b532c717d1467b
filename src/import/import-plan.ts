import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { printable } from '../diagnostics/printable.js';
import { checkPlan } from '../lint/check-plan.js';
import type { LintConfig } from '../lint/config.js';
import { parsePlan } from '../plan/load.js';
import type { Lang } from '../i18n/lang.js';
import { detectLanguage } from './language.js';
import { readSource } from './read-source.js';
import { recognise } from './recognise.js';
import { foundCourses, freeTextIn, type FoundCourse, type FreeText } from './report.js';
import { PLAN_WORDS } from './words.js';
import { planYaml, schemaPath } from './write-yaml.js';

export interface ImportOptions {
  /** The folder paths are relative to (default: process.cwd()). */
  cwd?: string;
  /** Where the plan will be written: its modeline points at the schema from there. */
  out: string;
  /** The document's language; found from its words when not given. */
  lang?: Lang;
  /** The lint findings' language, and the project's rule severities. */
  lintLang?: Lang;
  config?: LintConfig;
}

export interface ImportReport {
  format: string;
  language: Lang;
  /** What was recognised: sections, courses, dates, prices, registrations, steps, quotes, clauses. */
  found: Record<string, number>;
  /** Paragraphs that went to free text with a comment. */
  freeText: number;
  /** The courses found, with their dates. */
  courses: FoundCourse[];
  /** Where the free text is in the new plan, and its words. */
  unplaced: FreeText[];
}

export interface ImportResult {
  yaml: string;
  report: ImportReport;
  /** The new plan's lint findings. */
  diagnostics: Diagnostic[];
}

/**
 * A study plan from last year's document: read (docx, odt, pdf, html, md, txt), its structure
 * recognised, written as YAML for people and linted. Nothing is written to disk here: the
 * command writes `yaml` when it chooses to. Throws a RunError (with a code) for a file that
 * cannot be read or is refused (too large, a zip bomb, too many pages).
 */
export async function importPlan(file: string, options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const abs = path.resolve(cwd, file);
  const shown = path.relative(cwd, abs) || abs;
  const { blocks, format } = await readSource(abs, shown, cwd);
  const lang = options.lang ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const { plan, marks, found } = recognise(blocks, lang);
  const out = path.resolve(cwd, options.out);
  const yaml = planYaml(plan, marks, { schema: schemaPath(out, cwd), comment: PLAN_WORDS[lang].header(printable(path.basename(abs))) });
  const diagnostics = checkPlan(parsePlan(yaml, path.relative(cwd, out) || out), { lang: options.lintLang ?? 'sv', cwd, ...(options.config ? { config: options.config } : {}) });
  const { freeText = 0, ...rest } = found;
  const unplaced = freeTextIn(yaml, PLAN_WORDS[lang].unplaced);
  return { yaml, report: { format, language: lang, found: rest, freeText, courses: foundCourses(plan), unplaced }, diagnostics };
}
