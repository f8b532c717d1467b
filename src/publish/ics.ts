import type { Lang } from '../i18n/lang.js';
import ical, { type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { StudyPlan } from '../plan/types.js';
import { VERSION } from '../version.js';
import type { PlanEvent } from './plan-events.js';

export interface IcsOptions {
  /** The calendar's name, e.g. the plan's title. */
  title: string;
  lang: Lang;
  /** IANA zone of the plan's clock times, e.g. Europe/Stockholm. */
  timeZone: string;
  /** DTSTAMP of every entry: the plan's own date, never "now", so two builds give the same bytes. */
  stamp: Date;
  /** The page's URL, the calendar's URL. */
  url?: string;
}

/** The time zone of a plan's clock times when the config names none: Oslo for Norwegian, Copenhagen for Danish, else Stockholm. */
export function defaultTimeZone(plan: Pick<StudyPlan, 'language'>): string {
  return plan.language === 'nb' ? 'Europe/Oslo' : plan.language === 'da' ? 'Europe/Copenhagen' : 'Europe/Stockholm';
}

/**
 * Entries as an iCalendar file (RFC 5545) with the VTIMEZONE of their zone; undefined when there
 * are none. Timed entries carry TZID, all-day ones VALUE=DATE with the exclusive end day; deadlines
 * are all-day entries (an alarm needs an event to hang on, and calendars often drop alarms on import).
 */
export function renderIcs(events: readonly PlanEvent[], o: IcsOptions): string | undefined {
  if (!events.length) return undefined;
  const cal = calendar(o);
  for (const e of events) addEvent(cal, e, o);
  return `${cal.toString()}\r\n`;
}

// eslint-disable-next-line no-control-regex -- RFC 5545 TEXT allows no control character but HTAB
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * A TEXT value for a property ical-generator escapes itself (SUMMARY, LOCATION, DESCRIPTION): every
 * line break one LF (which it writes as `\n`), every other control character dropped.
 */
function icsText(s: string): string {
  return s.replace(LINE_BREAK, '\n').replace(CONTROLS, '');
}

/** A TEXT value for a property ical-generator writes as it is (NAME, X-WR-CALNAME, UID): escaped here (RFC 5545 3.3.11). */
function icsEscaped(s: string): string {
  return icsText(s)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A URI value: no byte of it may end the line or the value, so anything but printable ASCII is percent-encoded. */
function icsUri(s: string): string {
  return s.replace(/[^\x21-\x7e]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

function calendar(o: IcsOptions): ICalCalendar {
  // No calendar-wide zone name: ical-generator would then write DTSTAMP as local time without
  // its Z, which RFC 5545 forbids. The zone is on each timed entry; the generator adds its VTIMEZONE.
  return ical({
    name: icsEscaped(o.title),
    prodId: { company: 'studyplan', product: `studyplan ${VERSION}`, language: o.lang.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
    ...(o.url ? { url: icsUri(o.url) } : {}),
  });
}

/** The VTIMEZONE of a zone, made once per zone and run (a plan has a calendar per course). */
const vtimezones = new Map<string, string | null>();
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) vtimezones.set(zone, getVtimezoneComponent(zone) ?? null);
  return vtimezones.get(zone) ?? null;
}

function addEvent(cal: ICalCalendar, e: PlanEvent, o: IcsOptions): void {
  const common = {
    id: icsEscaped(e.uid),
    stamp: o.stamp,
    summary: icsText(e.summary),
    ...(e.location ? { location: icsText(e.location) } : {}),
    ...(e.url ? { url: icsUri(e.url) } : {}),
    ...(e.description ? { description: icsText(e.description) } : {}),
  };
  if (e.startTime) {
    cal.createEvent({
      ...common,
      timezone: o.timeZone,
      // ical-generator writes a TZID time from the Date's local fields: built from local fields
      // here, the wall-clock time goes through unchanged on any machine.
      start: localDate(e.date, e.startTime),
      ...(e.endTime ? { end: localDate(e.endDate ?? e.date, e.endTime) } : {}),
    });
  } else {
    cal.createEvent({ ...common, allDay: true, start: localDate(e.date, '12:00'), end: localDate(addDays(e.endDate ?? e.date, 1), '12:00') });
  }
}

function localDate(iso: string, time: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min);
}

function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
