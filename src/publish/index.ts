import type { Lang } from '../i18n/lang.js';
import type { Course, StudyPlan } from '../plan/types.js';
import type { CachedPlan } from '../output/build-cache.js';
import { planDate } from '../plan/plan-date.js';
import { inferYears } from '../plan/year-less.js';
import { outputLink } from '../output/output-names.js';
import { resolveLanguage } from '../render/render-html.js';
import type { LoadedTemplate } from '../render/template-loader.js';
import { defaultTimeZone, renderIcs } from './ics.js';
import { jsonLdScript, planJsonLd } from './json-ld.js';
import { openData } from './open-data.js';
import { ICS_OUTPUT, JSON_OUTPUT, courseIcsFile, icsFileName, jsonFileName, writeCourseCalendars, writeOrRemove } from './outputs.js';
import { planEvents } from './plan-events.js';
import { courseAnchors, pageUrl } from './public-plan.js';

export interface PublishOptions {
  /** The plan's name (file name without .yaml): its outputs are OUT/NAME.*. */
  name: string;
  template: LoadedTemplate;
  /** The labels' language (--lang); the entries' text is the plan's own. */
  lang?: Lang;
  /** Where OUT is published (--base-url, site.url, or GitHub Pages' URL in CI). */
  baseUrl?: string;
  /** The zone of the plan's clock times (site.timeZone); by default Stockholm, Oslo for a plan in Norwegian. */
  timeZone?: string;
  env?: NodeJS.ProcessEnv;
  /** Also make OUT/NAME.json (--format json). */
  json?: boolean;
}

/** What a plan's page and its published files carry for members' calendars, search engines and other systems. */
export interface Published {
  /** OUT/NAME.ics, or none for a plan without dates. */
  ics?: string;
  /** OUT/NAME.json, when asked for. */
  json?: string;
  /** The <script type="application/ld+json"> element for the page's head. */
  jsonLd: string;
  /** Course element id -> the link to its own calendar, OUT/NAME.calendars/ID.ics (the "add to calendar" link). */
  courseCalendars: Map<string, string>;
  /** Those calendars: file (relative to OUT) -> its text. */
  courseFiles: Map<string, string>;
}

export function publishPlan(written: StudyPlan, o: PublishOptions): Published {
  // Dates written without a year (`04-25`) with the year their period gives: calendars and data need it.
  const plan = inferYears(written).data;
  const { lang, labels } = resolveLanguage(plan, o.template, o.lang);
  const textLang = plan.language ?? lang;
  const timeZone = o.timeZone ?? defaultTimeZone(plan);
  const base = o.baseUrl ? { baseUrl: o.baseUrl } : {};
  const events = planEvents(plan, { name: o.name, labels, ...base });
  const url = pageUrl(o.baseUrl, o.name);
  const ics = { title: plan.title, lang: textLang, timeZone, stamp: planDate(plan, o.env), ...(url ? { url } : {}) };
  const courseCalendars = new Map<string, string>();
  const courseFiles = new Map<string, string>();
  const anchors = courseAnchors(plan);
  const byCourse = new Map<Course, typeof events>();
  for (const e of events) if (e.course) byCourse.set(e.course, [...(byCourse.get(e.course) ?? []), e]);
  for (const [course, list] of byCourse) {
    const anchor = anchors.get(course);
    const text = renderIcs(list, { ...ics, title: course.title });
    if (!anchor || !text) continue;
    const file = courseIcsFile(o.name, anchor);
    courseFiles.set(file, text);
    courseCalendars.set(anchor, file.split('/').map(outputLink).join('/'));
  }
  const whole = renderIcs(events, ics);
  return {
    ...(whole ? { ics: whole } : {}),
    ...(o.json ? { json: `${JSON.stringify(openData(plan, { name: o.name, lang: textLang, timeZone, ...base }), null, 2)}\n` } : {}),
    jsonLd: jsonLdScript(planJsonLd(plan, { name: o.name, lang: textLang, timeZone, ...base })),
    courseCalendars,
    courseFiles,
  };
}

/** Writes OUT/NAME.ics (or removes a stale one) and, when made, OUT/NAME.json; returns the files written. */
export async function writePublished(out: string, entry: CachedPlan, name: string, p: Published, keys: Record<string, string>): Promise<string[]> {
  const written = [await writeOrRemove(out, entry, ICS_OUTPUT, icsFileName(name), keys[ICS_OUTPUT] ?? '', p.ics)];
  written.push(...(await writeCourseCalendars(out, entry, p.courseFiles, keys[ICS_OUTPUT] ?? '')));
  if (p.json !== undefined) written.push(await writeOrRemove(out, entry, JSON_OUTPUT, jsonFileName(name), keys[JSON_OUTPUT] ?? '', p.json));
  return written.filter((f): f is string => f !== undefined);
}
