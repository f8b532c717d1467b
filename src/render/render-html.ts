import type { Lang } from '../i18n/lang.js';
import type { StudyPlan } from '../plan/types.js';
import { RunError } from '../errors/run-error.js';
import type { Brand } from '../brand/load-brand.js';
import { brandView } from './brand-view.js';
import { templateRenderer } from './environment.js';
import type { Labels } from './labels.js';
import type { LoadedTemplate } from './template-loader.js';
import { buildViewModel, contentsOf, type PlanView, type TocEntry } from './view-model.js';
import { printText } from './helpers/print-text.js';
import type { LoadedImages } from './view-model-blocks.js';
import { courseCalendar } from './course-calendar.js';
import { inferYears } from '../plan/year-less.js';

export interface RenderOptions {
  template: LoadedTemplate;
  /** The labels' language; the plan's own language, then the template's default, when not given. */
  lang?: Lang;
  /** Print internal courses, sections and notes, marked for the committee (issue 8). */
  includeInternal?: boolean;
  /** The district's colour, logo, cover picture and back cover (studyplan.config.yaml or the plan's `brand`). */
  brand?: Brand;
  /** The plan's pictures by `src`, loaded and checked by lint (checkPlanWithAssets): rendering reads no file. */
  images?: LoadedImages;
  /** JSON-LD for the head and each course's "add to calendar" link (src/publish). */
  published?: PagePublishing;
}

export interface PagePublishing {
  jsonLd?: string;
  /** Course element id -> the URL of its calendar entries. */
  courseCalendars?: Map<string, string>;
}

/** The language a plan renders in, and its labels. */
export function resolveLanguage(plan: Pick<StudyPlan, 'language'>, template: LoadedTemplate, lang?: Lang): { lang: Lang; labels: Labels } {
  const chosen = lang ?? plan.language ?? template.manifest.defaultLanguage;
  const labels = template.labels[chosen];
  if (!labels) throw new RunError('template/labels', { kind: 'lang', template: template.name, lang: chosen, default: template.manifest.defaultLanguage });
  return { lang: chosen, labels };
}

export function planView(written: StudyPlan, options: RenderOptions): PlanView {
  // Dates written without a year (`04-25`) with the year their period gives (src/plan/year-less.ts).
  const plan = inferYears(written).data;
  const { lang, labels } = resolveLanguage(plan, options.template, options.lang);
  // <html lang> follows the plan's text (hyphenation, screen readers), even when --lang changes the labels.
  const calendars = options.published?.courseCalendars;
  const view = buildViewModel(plan, {
    lang: plan.language ?? lang,
    labels,
    includeInternal: options.includeInternal === true,
    ...(options.images ? { images: options.images } : {}),
    ...(calendars ? { courseCalendars: calendars } : {}),
  });
  const brand = brandView(options.brand);
  if (brand) view.brand = brand;
  // The course calendar, on its own page after the contents, unless the template turns it off.
  const calendar = options.template.manifest.courseCalendar === false ? undefined : courseCalendar(plan, labels, options.includeInternal === true);
  if (calendar) {
    const taken = new Set(tocIds(view.toc));
    while (taken.has(calendar.id)) calendar.id += '-1';
    view.courseCalendar = calendar;
    view.toc.unshift({ id: calendar.id, title: calendar.title, internal: false, children: [] });
  }
  view.toc = contentsOf(view.toc);
  return view;
}

/** The ids of the contents' headings at every depth: sections, their courses and sub-sections, and the rest. */
const tocIds = (entries: readonly TocEntry[]): string[] => entries.flatMap((e) => [e.id, ...tocIds(e.children)]);

/** A plan as one HTML page. Pure: the same plan and template give the same bytes. */
export function renderHtml(plan: StudyPlan, options: RenderOptions): string {
  const view = planView(plan, options);
  const { page } = templateRenderer(options.template);
  const html = page({ ...view, css: options.template.css, pageSize: options.template.manifest.pageSize, ...(options.published?.jsonLd ? { jsonLd: options.published.jsonLd } : {}) });
  // Only the body: the head's <title> and <style> are no text for paper.
  const body = html.search(/<body[\s>]/);
  return body < 0 ? html : html.slice(0, body) + printText(html.slice(body), view.labels);
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
  /** The plan's calendar, OUT/NAME.ics (src/publish). */
  ics?: string;
  /** The plan's open data, OUT/NAME.json (--format json). */
  json?: string;
  /** The plan's status notice ("Fullbokad – nästa omgång hösten 2022"), shown by its title. */
  notice?: string;
  /** What tells this card from another plan's of the same title (its period, organisation or file name). */
  apart?: string;
}

/** OUT/index.html: every plan built, with links to its HTML and PDF. */
export function renderIndex(entries: IndexEntry[], template: LoadedTemplate, lang?: Lang): string {
  const { lang: chosen, labels } = resolveLanguage({}, template, lang);
  const { index } = templateRenderer(template);
  if (!index) throw new RunError('template/no-index', { template: template.name });
  return index({ lang: chosen, labels, plans: entries, css: template.css, title: labels.ui['indexTitle'] ?? '' });
}
