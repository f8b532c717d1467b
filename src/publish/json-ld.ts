import type { Lang } from '../i18n/lang.js';
import type { Course, Occurrence, OrganisationKind, StudyPlan } from '../plan/types.js';
import { markdownToText } from './plain-text.js';
import { inferYears } from '../plan/year-less.js';
import { occasionDates } from '../plan/occasion-days.js';
import { courseTerms, instructors } from './json-ld-course-terms.js';
import { courseAnchors, pageUrl, publicCourses, publicEvents, publicOccurrences } from './public-plan.js';

export interface JsonLdOptions {
  name: string;
  lang: Lang;
  timeZone: string;
  baseUrl?: string;
}

type Node = Record<string, unknown>;

/** A price's currency when the plan names none: the currency of the plan's language's country. */
const DEFAULT_CURRENCY: Record<Lang, string> = { sv: 'SEK', nb: 'NOK', da: 'DKK', en: 'SEK' };

/**
 * schema.org structured data for a plan's page: the publishing organisation, each public course
 * as a Course with a CourseInstance per occurrence, and each calendar entry as an Event.
 */
export function planJsonLd(written: StudyPlan, o: JsonLdOptions): Node {
  const plan = inferYears(written).data;
  const anchors = courseAnchors(plan);
  const id = (anchor: string) => pageUrl(o.baseUrl, o.name, anchor) ?? `#${anchor}`;
  const orgId = id('organisation');
  const p = plan.publisher;
  const organisation: Node = {
    '@type': organisationType(p.kind),
    '@id': orgId,
    name: p.name,
    ...strip({ alternateName: p.shortName, url: p.website, email: p.email, telephone: p.phone, address: p.address, areaServed: p.region }),
  };
  const graph: Node[] = [organisation];
  const byId = new Map<string, string>();
  for (const course of publicCourses(plan)) {
    const anchor = anchors.get(course) ?? course.id;
    // A meeting (`kind: meeting`) is no Course: an Event on each of its dates, and without a date nothing a calendar entry could be about.
    const nodes = course.kind === 'meeting' ? meetingEvents(course, id(anchor), orgId, o) : [courseNode(course, id(anchor), orgId, o)];
    if (nodes.length) byId.set(course.id, id(anchor));
    graph.push(...nodes);
  }
  for (const e of publicEvents(plan)) {
    const event: Node = {
      '@type': 'Event',
      name: e.title,
      startDate: dateTime(e.date, e.startTime, o.timeZone),
      ...strip({ endDate: e.endDate || e.endTime ? dateTime(e.endDate ?? e.date, e.endTime, o.timeZone) : undefined, description: e.text ? markdownToText(e.text) : undefined }),
      eventAttendanceMode: `https://schema.org/${e.online ? 'Online' : 'Offline'}EventAttendanceMode`,
      organizer: { '@id': orgId },
      inLanguage: o.lang,
    };
    const place = location({ venue: e.venue, town: e.town, online: e.online });
    if (place) event['location'] = place;
    const schedule = dailySchedule(e, o);
    if (schedule) event['eventSchedule'] = schedule;
    const course = e.course ? byId.get(e.course) : undefined;
    if (course) event['about'] = { '@id': course };
    graph.push(event);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The script element for the page's <head>: "<", ">" and "&" escaped, so no plan text can end it. */
export function jsonLdScript(data: Node): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

function courseNode(course: Course, courseId: string, orgId: string, o: JsonLdOptions): Node {
  const text = course.summary ?? course.description ?? course.purpose;
  const node: Node = {
    '@type': 'Course',
    '@id': courseId,
    name: course.title,
    description: text ? markdownToText(text) : course.title,
    provider: { '@id': orgId },
    inLanguage: o.lang,
    ...(o.baseUrl ? { url: courseId } : {}),
  };
  if (course.audience) node['audience'] = (Array.isArray(course.audience) ? course.audience : [course.audience]).map((a) => ({ '@type': 'Audience', audienceType: a }));
  if (course.prerequisites?.text) node['coursePrerequisites'] = markdownToText(course.prerequisites.text);
  Object.assign(node, courseTerms(course));
  const instances = publicOccurrences(course).map((occ) => instanceNode(course, occ, orgId, o));
  if (!instances.length && course.delivery) instances.push({ '@type': 'CourseInstance', courseMode: courseMode(course, undefined), organizer: organizers(course, orgId) });
  if (instances.length) node['hasCourseInstance'] = instances;
  const offer = offers(course, o);
  if (offer) node['offers'] = offer;
  return node;
}

function instanceNode(course: Course, occ: Occurrence, orgId: string, o: JsonLdOptions): Node {
  // None while the date is open (agreed in the group, announced later): an instance without dates.
  const dates = occasionDates(occ);
  const first = dates[0];
  const last = dates.length > 1 ? dates[dates.length - 1] : occ.endDate;
  const node: Node = { '@type': 'CourseInstance', courseMode: courseMode(course, occ), organizer: organizers(course, orgId) };
  if (first) node['startDate'] = dateTime(first, occ.startTime, o.timeZone);
  if (first && (last || occ.endTime)) node['endDate'] = dateTime(last ?? first, occ.endTime, o.timeZone);
  const schedule = first && !occ.dates ? dailySchedule({ ...occ, date: first }, o) : undefined;
  if (schedule) node['courseSchedule'] = schedule;
  const place = location(occ);
  if (place) node['location'] = place;
  const teachers = instructors(course);
  if (teachers.length) node['instructor'] = teachers;
  const offer = offers(course, o);
  if (offer) node['offers'] = offer;
  return node;
}

/**
 * The same hours each day of several (`timeRange: each-day`) as schema.org says it: a Schedule
 * repeated daily from the first day to the last, beside the start and end of the whole.
 */
function dailySchedule(x: { date: string; endDate?: string; startTime?: string; endTime?: string; timeRange?: string }, o: JsonLdOptions): Node | undefined {
  if (x.timeRange !== 'each-day' || !x.startTime || !x.endDate || x.endDate === x.date) return undefined;
  const time = (t: string) => `${t.replace('.', ':')}:00`;
  return {
    '@type': 'Schedule',
    startDate: x.date,
    endDate: x.endDate,
    startTime: time(x.startTime),
    ...(x.endTime ? { endTime: time(x.endTime) } : {}),
    repeatFrequency: 'P1D',
    scheduleTimezone: o.timeZone,
  };
}

/** A meeting's dated occurrences as Events (a meeting without a date has no place in an event listing). */
function meetingEvents(course: Course, eventId: string, orgId: string, o: JsonLdOptions): Node[] {
  const text = course.summary ?? course.description ?? course.purpose;
  return publicOccurrences(course).flatMap((occ, i) => {
    const first = (occ.dates ?? (occ.date ? [occ.date] : []))[0];
    if (!first) return [];
    // The CourseInstance's dates, place, organiser and offer, as an Event's; its teachers are the meeting's performers.
    const { '@type': _type, courseMode: mode, instructor, ...rest } = instanceNode(course, occ, orgId, o);
    const event: Node = {
      '@type': 'Event',
      '@id': i ? `${eventId}-${i + 1}` : eventId,
      name: course.title,
      ...strip({ description: text ? markdownToText(text) : undefined, performer: instructor }),
      ...rest,
      eventAttendanceMode: `https://schema.org/${mode === 'Online' ? 'Online' : mode === 'Blended' ? 'Mixed' : 'Offline'}EventAttendanceMode`,
      inLanguage: o.lang,
    };
    return [event];
  });
}

function courseMode(course: Course, occ: Occurrence | undefined): string {
  if (occ?.online || course.delivery === 'digital') return 'Online';
  if (course.delivery === 'blended') return 'Blended';
  return 'Onsite';
}

function organizers(course: Course, orgId: string): Node[] {
  const named = (course.organisers ?? []).filter((x) => !x.role || x.role === 'in-charge' || x.role === 'carried-out-by' || x.role === 'host');
  return named.length ? named.map((x) => ({ '@type': organisationType(x.kind), name: x.name })) : [{ '@id': orgId }];
}

function offers(course: Course, o: JsonLdOptions): Node | undefined {
  const cost = course.cost;
  if (!cost || (!cost.free && cost.amount === undefined)) return undefined;
  return {
    '@type': 'Offer',
    category: cost.free ? 'Free' : 'Paid',
    price: cost.free ? 0 : cost.amount,
    priceCurrency: cost.currency ?? DEFAULT_CURRENCY[o.lang],
    ...strip({ url: course.registration?.url, availabilityStarts: course.registration?.opens }),
  };
}

function location(x: { venue?: string; address?: string; town?: string; online?: boolean; url?: string }): Node | undefined {
  if (x.online && !x.venue && !x.town) return { '@type': 'VirtualLocation', ...strip({ url: x.url }) };
  if (!x.venue && !x.town && !x.address) return undefined;
  const address = strip({ streetAddress: x.address, addressLocality: x.town });
  return { '@type': 'Place', name: x.venue ?? x.town, ...(Object.keys(address).length ? { address: { '@type': 'PostalAddress', ...address } } : {}) };
}

function organisationType(kind: OrganisationKind | undefined): string {
  if (kind === 'study-association' || kind === 'folk-high-school') return 'EducationalOrganization';
  if (kind === 'union' || kind === 'union-confederation') return 'WorkersUnion';
  return 'Organization';
}

/**
 * "2021-10-16" or, with a clock time, "2021-10-16T09:30:00+02:00": the offset that the plan's time
 * zone has at that moment (summer or winter time), from the runtime's time zone data.
 */
export function dateTime(date: string, time: string | undefined, timeZone: string): string {
  if (!time) return date;
  const local = `${date}T${time.replace('.', ':')}:00`;
  const asUtc = Date.parse(`${local}Z`);
  const offset = offsetMinutes(asUtc - offsetMinutes(asUtc, timeZone) * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** One formatter per zone: making one costs far more than using it. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function strip(o: Record<string, unknown>): Node {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}
