import type { Lang } from '../i18n/lang.js';
import type { Layout, StudyPlan } from '../plan/types.js';
import { RunError } from '../errors/run-error.js';
import type { Brand } from '../brand/load-brand.js';
import { brandView } from './brand-view.js';
import { templateRenderer } from './environment.js';
import type { Labels } from './labels.js';
import type { LoadedTemplate } from './template-loader.js';
import { buildViewModel, tocEntries, type PlanContent, type PlanView, type SectionView, type TocEntry } from './view-model.js';
import { printText } from './helpers/print-text.js';
import type { LoadedImages } from './view-model-blocks.js';
import { courseCalendar, datedCourses, type CourseCalendarView } from './course-calendar.js';
import { pageParts } from './page-parts.js';
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
  /** The config's `layout`: cover, contents and Kurskalender forced on or off; the plan's own `layout` wins, key by key. */
  layout?: Layout;
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
  return withPageParts(view, plan, options, labels);
}

/**
 * The cover, the contents and the Kurskalender (after the introduction and the proposal), as the
 * plan's shape and its layout settings decide (page-parts.ts): decided once every heading is
 * known, so the contents never lists some headings and not others.
 */
function withPageParts(content: PlanContent, plan: StudyPlan, options: RenderOptions, labels: Labels): PlanView {
  const includeInternal = options.includeInternal === true;
  const calendar = courseCalendar(plan, labels, includeInternal);
  const shape = { headings: tocEntries(content.toc), dates: calendar?.dates ?? 0, datedCourses: datedCourses(plan, includeInternal), headless: headless(content.sections) };
  const parts = pageParts(shape, { plan: plan.layout, config: options.layout, templateCalendar: options.template.manifest.courseCalendar !== false });
  const view: PlanView = { ...content, parts };
  if (calendar && parts.courseCalendar) addCalendar(view, calendar);
  if (!parts.contents) view.toc = [];
  return view;
}

function addCalendar(view: PlanView, calendar: CourseCalendarView): void {
  const taken = new Set(tocIds(view.toc));
  while (taken.has(calendar.id)) calendar.id += '-1';
  view.courseCalendar = calendar;
  // After the introduction and the proposal, as on the page: the meeting reads those first.
  const before = view.flow.filter((part) => (part === 'introduction' && view.introduction) || (part === 'proposal' && view.proposal));
  if (before.length) view.calendarAfter = before[before.length - 1]!;
  const first = [view.introduction?.id, view.proposal?.id];
  const at = view.toc.reduce((after, e, i) => (first.includes(e.id) ? i + 1 : after), 0);
  view.toc.splice(at, 0, { id: calendar.id, title: calendar.title, internal: false, children: [] });
}

/** Whether a section, at any depth, prints no heading. */
const headless = (sections: readonly SectionView[]): boolean => sections.some((s) => !s.hasHeading || headless(s.sections));

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
