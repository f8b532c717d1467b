/**
 * `studyplan diff`: what changed between two versions of a plan, by course, section and field,
 * in the plan's language. The core a script can import; src/cli/commands/diff.ts is its command.
 */
import type { ConfigRead } from '../project/config.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { errorCode, RunError } from '../errors/run-error.js';
import { parsePlan } from '../plan/load.js';
import type { StudyPlan } from '../plan/types.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { Labels } from '../render/labels.js';
import { PACKAGE_ROOT } from '../version.js';
import { comparePlans } from './compare.js';
import { diffDocument } from './document.js';
import { formatHtml, formatJson, formatMarkdown, formatText, type DiffFormat } from './format.js';
import { words as catalogue, type Lang } from '../i18n/index.js';
import { readPlanSource } from './source.js';
import type { PlanDiff } from './types.js';

export { comparePlans } from './compare.js';
export type { DiffFormat } from './format.js';
export type * from './types.js';

export interface DiffOptions {
  cwd?: string;
  /** Compare committee-only content too; it is marked as internal in every format. */
  includeInternal?: boolean;
  /** Words and dates in this language; default the new plan's language, else Swedish. */
  lang?: Lang;
  /** The language of the diagnostics of a plan that is not valid (default: Swedish). */
  messageLang?: Lang;
  /** studyplan.config.yaml to take rule severities from (default: found from `cwd` upwards, as lint does). */
  configFile?: string;
  /** That config as already read (readConfig), so that it is not read again. */
  config?: ConfigRead;
}

export interface DiffResult {
  /** Absent when a plan could not be read: then `diagnostics` say why. */
  diff?: PlanDiff;
  diagnostics: Diagnostic[];
}

/**
 * Loads OLD and NEW (files, or REV:PATH from git), checks them as lint does (with the same
 * studyplan.config.yaml), and compares them. A plan with errors gives its diagnostics and no diff;
 * a file or revision that cannot be read, or a bad config, is a RunError.
 */
export async function diffPlanSources(oldArg: string, newArg: string, options: DiffOptions = {}): Promise<DiffResult> {
  const cwd = options.cwd ?? process.cwd();
  const [a, b] = await Promise.all([readPlanSource(oldArg, cwd), readPlanSource(newArg, cwd)]);
  const [{ checkPlan }, { loadProject }] = await Promise.all([import('../lint/check-plan.js'), import('../project/config.js')]);
  const lang = options.messageLang ?? 'sv';
  const { lint: config } = await loadProject(cwd, { lang, ...(options.configFile ? { configFile: options.configFile } : {}), ...(options.config ? { read: options.config } : {}) });
  const loaded = [parsePlan(a.bytes, a.source), parsePlan(b.bytes, b.source)];
  const diagnostics = loaded.flatMap((l) => checkPlan(l, { cwd, config, lang }));
  if (hasErrors(diagnostics)) return { diagnostics };
  const [oldPlan, newPlan] = loaded.map((l) => l.data as StudyPlan) as [StudyPlan, StudyPlan];
  // The diff's words are in --lang, else the new plan's language, else Swedish, the default.
  const language = options.lang ?? newPlan.language ?? 'sv';
  const labels = await diffLabels(language);
  const diff = comparePlans(oldPlan, newPlan, {
    includeInternal: options.includeInternal === true,
    language,
    old: { source: a.source, period: formatPeriod(oldPlan.period, labels) },
    new: { source: b.source, period: formatPeriod(newPlan.period, labels) },
  });
  return { diff, diagnostics };
}

/** The diff as text, json, html or md, in the diff's language. */
export async function renderDiff(diff: PlanDiff, format: DiffFormat): Promise<string> {
  if (format === 'json') return formatJson(diff);
  const words = { m: catalogue(diff.language).diff, labels: await diffLabels(diff.language), lang: diff.language };
  const doc = diffDocument(diff, words);
  const internal = words.m.internal;
  if (format === 'html') return formatHtml(doc, internal);
  if (format === 'md') return formatMarkdown(doc, internal);
  return formatText(doc, internal);
}

/** Month names, levels, roles…: the booklet template's label file of LANG. */
async function diffLabels(lang: Lang): Promise<Labels> {
  const file = path.join(PACKAGE_ROOT, 'templates', 'booklet', 'labels', `${lang}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Labels;
  } catch (e) {
    throw new RunError('diff/labels', { file, code: errorCode(e) });
  }
}
