import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { publishPlan } from '../../src/publish/index.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let booklet: LoadedTemplate;
const plan = async (rel: string) => (await loadPlan(path.join(root, rel))).data as StudyPlan;

beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
});

interface Parsed {
  uid: string;
  summary: string;
  start: ICAL.Time;
  end: ICAL.Time | null;
  location: string | null;
  url: string | null;
  description: string | null;
}

/** The file as ical.js (Mozilla's parser) reads it, with its VTIMEZONEs registered so times resolve to instants. */
function parse(ics: string): { calendar: ICAL.Component; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate, end: e.endDate, location: e.location, url: c.getFirstPropertyValue('url') as string | null, description: e.description };
  });
  return { calendar, events };
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('OUT/NAME.ics', () => {
  test('dated-course: one timed occurrence and its deadline as an all-day entry, in Stockholm time', async () => {
    const p = publishPlan(await plan('tests/fixtures/valid/dated-course.yaml'), { name: 'dated-course', template: booklet, baseUrl: 'https://example.se/planer/' });
    const { calendar, events } = parse(p.ics!);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    expect(events).toHaveLength(2);
    const [course, deadline] = events as [Parsed, Parsed];
    expect(course.summary).toBe('Valberedningens arbete');
    expect(course.start.zone?.tzid).toBe('Europe/Stockholm');
    expect(utc(course.start)).toBe('2022-03-12T08:30:00.000Z');
    expect(utc(course.end!)).toBe('2022-03-12T15:00:00.000Z');
    expect(course.location).toBe('ABF-huset, Storgatan 11, Uppsala');
    expect(course.url).toBe('https://example.se/planer/dated-course.html#valberedning-grund');
    expect(course.description).toContain('Anmälan: https://www.example.se/anmalan/valberedning');
    expect(deadline.summary).toBe('Sista anmälningsdag: Valberedningens arbete');
    expect(deadline.start.isDate).toBe(true);
    expect(deadline.start.toString()).toBe('2022-02-25');
    expect(deadline.end!.toString()).toBe('2022-02-26');
  });

  test('calendar entries: timed, a weekend as all-day with its exclusive end, an online evening', async () => {
    const p = publishPlan(await plan('tests/fixtures/valid/calendar.yaml'), { name: 'calendar', template: booklet });
    const { events } = parse(p.ics!);
    expect(events.map((e) => e.summary)).toEqual(['Medlemsutbildning del 1, första träffen', 'Facket och politiken', 'Höstmöte', 'Sociala medier – introduktion']);
    const [first, weekend, meeting, online] = events as [Parsed, Parsed, Parsed, Parsed];
    expect(utc(first.start)).toBe('2022-09-10T08:00:00.000Z');
    expect(utc(first.end!)).toBe('2022-09-10T13:00:00.000Z');
    expect([weekend.start.toString(), weekend.end!.toString(), weekend.start.isDate]).toEqual(['2022-09-24', '2022-09-26', true]);
    expect(meeting.start.isDate).toBe(true);
    expect(meeting.location).toBe('Folkets hus, Göteborg');
    // November: winter time (+01:00).
    expect(utc(online.start)).toBe('2022-11-08T17:00:00.000Z');
    expect(online.location).toBe('digitalt');
    // No base URL: no page URL is made up.
    expect(first.url).toBeNull();
  });

  test('published.yaml: every date of a series, summer time from 26 March, nothing internal', async () => {
    const p = publishPlan(await plan('tests/fixtures/valid/published.yaml'), { name: 'published', template: booklet });
    const { events } = parse(p.ics!);
    const starts = events.map((e) => `${e.summary} ${e.start.isDate ? e.start.toString() : utc(e.start)}`);
    expect(starts).toEqual([
      'Ledarskap </script><b>& mod; del 1, 2 2023-03-25T08:30:00.000Z',
      'Ledarskap </script><b>& mod; del 1, 2 2023-03-26T08:00:00.000Z',
      'Sista anmälningsdag: Ledarskap </script><b>& mod; del 1, 2 2023-03-10',
      'Studiecirkel i samhällskunskap 2023-02-07T17:00:00.000Z',
      'Studiecirkel i samhällskunskap 2023-02-14T17:00:00.000Z',
      'Studiecirkel i samhällskunskap 2023-02-21T17:00:00.000Z',
      'Helgkurs i retorik 2023-05-13',
      'Webbinarium om valrörelsen 2023-04-18T17:00:00.000Z',
      'Distriktsårsmöte 2023-03-18T09:00:00.000Z',
      'Retorikhelgen börjar 2023-05-13',
    ]);
    expect(p.ics).not.toMatch(/HEMLIG|Ystad/);
    // UIDs: unique, and from the plan's and the course's ids, so a re-import updates.
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[0]).toBe('ledarskap.1.published.abf-skane@studyplan');
    expect(uids[4]).toBe('studiecirkel.1.2.published.abf-skane@studyplan');
    // DTSTAMP is the plan's date (issued 2023-01-10), in UTC as RFC 5545 requires.
    expect(p.ics).toMatch(/^DTSTAMP:20230110T120000Z\r$/m);
    // Every line ends in CRLF.
    expect(p.ics!.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test("a step's alternative occurrences are entries of their own, named by course and step", async () => {
    const dated = await plan('tests/fixtures/valid/dated-course.yaml');
    const section = dated.sections![0]!;
    if (section.kind !== 'courses') throw new Error('a courses section');
    const course = {
      ...section.courses[0]!,
      steps: [
        {
          label: 'Steg 2',
          title: 'Fördjupning',
          occurrences: [
            { date: '2022-04-02', town: 'Enköping' },
            { date: '2022-04-09', town: 'Tierp', internal: true },
          ],
        },
      ],
    };
    const p = publishPlan({ ...dated, sections: [{ ...section, courses: [course] }] }, { name: 'x', template: booklet });
    const { events } = parse(p.ics!);
    const step = events.find((e) => e.uid.startsWith('valberedning-grund.step-1.1.'))!;
    expect([step.summary, step.start.toString(), step.location]).toEqual(['Valberedningens arbete: Steg 2 Fördjupning', '2022-04-02', 'Enköping']);
    expect(p.ics).not.toContain('Tierp');
  });

  test('a plan in Norwegian is in Oslo time; the config can name another zone', async () => {
    const dated = await plan('tests/fixtures/valid/dated-course.yaml');
    const oslo = parse(publishPlan({ ...dated, language: 'nb' }, { name: 'x', template: booklet }).ics!);
    expect(oslo.calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    expect(oslo.events[1]!.summary).toBe('Påmeldingsfrist: Valberedningens arbete');
    const helsinki = parse(publishPlan(dated, { name: 'x', template: booklet, timeZone: 'Europe/Helsinki' }).ics!);
    expect(utc(helsinki.events[0]!.start)).toBe('2022-03-12T07:30:00.000Z');
  });

  test('the same plan gives the same bytes, whatever the clock says; no dates, no file', async () => {
    const p = await plan('tests/fixtures/valid/published.yaml');
    const a = publishPlan(p, { name: 'published', template: booklet });
    vi.useFakeTimers({ now: new Date('2031-06-01T03:04:05Z') });
    try {
      const b = publishPlan(p, { name: 'published', template: booklet });
      expect(b.ics).toBe(a.ics);
      expect(b.jsonLd).toBe(a.jsonLd);
    } finally {
      vi.useRealTimers();
    }
    expect(publishPlan(await plan('tests/fixtures/valid/minimal.yaml'), { name: 'minimal', template: booklet }).ics).toBeUndefined();
  });

  test('each course with dates has its own calendar for its "add to calendar" link', async () => {
    const p = publishPlan(await plan('tests/fixtures/valid/published.yaml'), { name: 'published', template: booklet });
    expect([...p.courseCalendars.keys()]).toEqual(['ledarskap', 'studiecirkel', 'helgkurs', 'webbinarium']);
    expect(p.courseCalendars.get('helgkurs')).toBe('published.calendars/helgkurs.ics');
    const { events } = parse(p.courseFiles.get('published.calendars/helgkurs.ics')!);
    expect(events.map((e) => e.summary)).toEqual(['Helgkurs i retorik', 'Retorikhelgen börjar']);
  });
});
