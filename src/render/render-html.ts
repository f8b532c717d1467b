import type { Language, StudyPlan } from '../plan/types.js';
import { RunError } from '../errors/run-error.js';
import { templateRenderer } from './environment.js';
import type { Labels } from './labels.js';
import type { LoadedTemplate } from './template-loader.js';
import { buildViewModel, type PlanView } from './view-model.js';

export interface RenderOptions {
  template: LoadedTemplate;
  /** The labels' language; the plan's own language, then the template's default, when not given. */
  lang?: Language;
  /** Print internal courses, sections and notes, marked for the committee (issue 8). */
  includeInternal?: boolean;
  /** The plan file's folder: its images are read from there, and from nowhere else. */
  planDir?: string;
}

/** The language a plan renders in, and its labels. */
export function resolveLanguage(plan: Pick<StudyPlan, 'language'>, template: LoadedTemplate, lang?: Language): { lang: Language; labels: Labels } {
  const chosen = lang ?? plan.language ?? template.manifest.defaultLanguage;
  const labels = template.labels[chosen];
  if (!labels) throw new RunError(`template ${template.name} has no labels for "${chosen}"`, `Add labels/${chosen}.json to the template, or build with --lang ${template.manifest.defaultLanguage}.`, 'template/labels');
  return { lang: chosen, labels };
}

export function planView(plan: StudyPlan, options: RenderOptions): PlanView {
  const { lang, labels } = resolveLanguage(plan, options.template, options.lang);
  // <html lang> follows the plan's text (hyphenation, screen readers), even when --lang changes the labels.
  return buildViewModel(plan, { lang: plan.language ?? lang, labels, includeInternal: options.includeInternal === true, ...(options.planDir ? { planDir: options.planDir } : {}) });
}

/** A plan as one HTML page. Pure: the same plan and template give the same bytes. */
export function renderHtml(plan: StudyPlan, options: RenderOptions): string {
  const view = planView(plan, options);
  const { page } = templateRenderer(options.template);
  return page({ ...view, css: options.template.css, pageSize: options.template.manifest.pageSize });
}

export interface IndexEntry {
  title: string;
  organisation: string;
  period: string;
  /** "FÖRSLAG" / "UTKAST" */
  mark?: string;
  html: string;
  pdf?: string;
  /** The folded A5 booklet (studyplan build --booklet). */
  booklet?: string;
  /** The plan's status notice ("Fullbokad – nästa omgång hösten 2022"), shown by its title. */
  notice?: string;
}

/** OUT/index.html: every plan built, with links to its HTML and PDF. */
export function renderIndex(entries: IndexEntry[], template: LoadedTemplate, lang?: Language): string {
  const { lang: chosen, labels } = resolveLanguage({}, template, lang);
  const { index } = templateRenderer(template);
  if (!index) throw new RunError(`template ${template.name} has no index.hbs`, 'Add index.hbs to the template folder (see templates/booklet/index.hbs).', 'template/missing-file');
  return index({ lang: chosen, labels, plans: entries, css: template.css, title: labels.ui['indexTitle'] ?? '' });
}
