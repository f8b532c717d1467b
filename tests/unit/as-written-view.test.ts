import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { parsePlan } from '../../src/plan/load.js';
import type { Occurrence, StudyPlan } from '../../src/plan/types.js';
import { publishPlan } from '../../src/publish/index.js';
import { planJsonLd } from '../../src/publish/json-ld.js';
import { planView } from '../../src/render/render-html.js';
import { beginsWith, sameWord, says } from '../../src/render/same-words.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { occurrenceView } from '../../src/render/view-model-items.js';
import { courseFacts, practicalFacts, type FactView } from '../../src/render/view-model-facts.js';

/**
 * Issue 27, as written: the document's own words (`asWritten`) print instead of the tool's, while
 * the structured values still feed the Kurskalender and the calendar files; a label is never
 * followed by its own word, nor the tool's word by the plan's saying the same; a weekend runs from
 * its first morning to its last afternoon, two days have the same hours each; a date the group
 * agrees on is a state. In Swedish, Norwegian, Danish and English.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
});
const labels = (lang: Lang) => booklet.labels[lang]!;
const text = (o: Occurrence, lang: Lang = 'sv', weekdays = false) => occurrenceView(o, { labels: labels(lang), weekdays }).text;
const ctx = (lang: Lang) => ({ labels: labels(lang), lang, includeInternal: false, courses: new Map() });
/** A fact's line as a reader sees it: "Label: words", or the words alone when the label is left out. */
const line = (f: FactView) => `${f.unlabelled ? '' : `${f.label}: `}${(f.runs ?? []).map((r) => ('text' in r ? r.text : r.html)).join('')}`;
const fact = (lang: Lang, course: object, key: string) => courseFacts({ id: 'k', title: 'K', ...course }, ctx(lang)).find((f) => f.key === key);

describe('one word, said once: the rule', () => {
  test("a written word is the tool's word, that word with an ending, or its stem; not a short word that happens to begin it", () => {
    expect([sameWord('anmälan', 'anmälan'), sameWord('mål', 'målet'), sameWord('fullt', 'fulltegnet'), sameWord('anmälan', 'anmäl'), sameWord('pris', 'prisen')]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // "Tilmelding: til kursus@…" (Danish "to") and "Kostnad: kost og losji" (Norwegian "board") are no doubled label.
    expect([sameWord('en', 'enkel'), sameWord('tid', 'plats'), sameWord('tilmelding', 'til'), sameWord('kostnad', 'kost')]).toEqual([false, false, false, false]);
    expect(beginsWith('til kursus@example.dk senest 20. marts 2025', 'Tilmelding')).toBe(false);
  });
  test('a label is said again when the words begin with it, in each language', () => {
    expect(beginsWith('Anmälan sker via arbetarekommunen.', 'Anmälan')).toBe(true);
    expect(beginsWith('Påmeldingen skjer til avdelingen.', 'Påmelding')).toBe(true);
    expect(beginsWith('Tilmeld dig hos afdelingen.', 'Tilmelding')).toBe(true);
    expect(beginsWith('Registration is open until May.', 'Registration')).toBe(true);
    expect(beginsWith('Tid och plats meddelas senare.', 'Tid och plats')).toBe(true);
    expect(beginsWith('Kursen är gratis.', 'Kostnad')).toBe(false);
    expect(beginsWith('<em>Anmälan</em> sker …', 'Anmälan')).toBe(true);
  });
  test('a phrase is said when its words stand in a row', () => {
    expect(says('Kurset er fulltegnet.', 'fullt')).toBe(true);
    expect(says('Lokalen meddelas senare via e-post.', 'lokal meddelas senare')).toBe(true);
    expect(says('Lokalet sendes på e-post før samlingen.', 'lokale kunngjøres senere')).toBe(false);
    expect(says('innen fredag 1. mars', '1. mars')).toBe(true);
    expect(says('innen fredag 11. mars', '1. mars')).toBe(false);
  });
});

describe.each(LANGS)('no doubled words in %s', (lang) => {
  const l = () => labels(lang);
  test('a registration text that begins with the label stands without it; one that does not keeps it', () => {
    const word = l().fields['registration']!;
    const own = fact(lang, { registration: { text: `${word} via www.` } }, 'registration')!;
    expect(own.unlabelled).toBe(true);
    expect(line(own)).toBe(`${word} via www.`);
    expect(fact(lang, { registration: { text: 'Via www.' } }, 'registration')!.unlabelled).toBeUndefined();
  });

  test("the state's word is not added when the plan's text says it", () => {
    const full = l().registrationStatus['full']!;
    const said = fact(lang, { registration: { text: `Kursen: ${full}!`, status: 'full', capacity: 12 } }, 'registration')!;
    expect(line(said).toLocaleLowerCase(lang).split(full).length - 1).toBe(1);
    const other = fact(lang, { registration: { text: 'Kursen.', status: 'full' } }, 'registration')!;
    expect(line(other).toLocaleLowerCase(lang)).toContain(full);
  });

  test('a deadline the text already names is not added again', () => {
    const r = { text: `Senast 1${lang === 'sv' || lang === 'en' ? '' : '.'} ${l().months[2]}.`, deadline: '2024-03-01' };
    expect(line(fact(lang, { registration: r }, 'registration')!)).not.toContain(l().ui['deadline-registration']!);
  });

  test('practical information has the same rule', () => {
    const word = l().fields['registration']!;
    const [f] = practicalFacts({ registration: { text: `${word} i portalen.` } }, ctx(lang));
    expect(f?.unlabelled).toBe(true);
  });
});

describe("the document's own words", () => {
  test('an occasion: its words, as written, instead of date, time and place; a full stop only where the line goes on', () => {
    const o: Occurrence = { date: '2018-04-25', startTime: '18:00', venue: 'Folkets hus', asWritten: 'Onsdag 25 april, kl 18:00' };
    expect(text(o)).toBe('Onsdag 25 april, kl 18:00');
    expect(text({ ...o, text: 'Ta med matsäck.' })).toBe('Onsdag 25 april, kl 18:00.');
    expect(text({ date: '2018-04-25', startTime: '18:00', venue: 'Folkets hus' })).toBe('25 april 2018, 18:00, Folkets hus.');
  });

  test.each([
    ['sv', '500 kr inkl. logi och mat', 'Kostnad: 500 kr inkl. logi och mat'],
    ['nb', '500 kr inkl. kost og losji', 'Kostnad: 500 kr inkl. kost og losji'],
    ['da', '500 kr. inkl. kost og logi', 'Pris: 500 kr. inkl. kost og logi'],
    ['en', '£50 including board', 'Cost: £50 including board'],
  ] as const)('%s: a price in its own words replaces the amount, what it includes and the exceptions', (lang, words, printed) => {
    const cost = { amount: 500, includes: ['logi'], exceptions: ['resan'], asWritten: words };
    expect(line(fact(lang, { cost }, 'cost')!)).toBe(printed);
    expect(line(fact(lang, { cost: { ...cost, text: 'Betalas på plats.' } }, 'cost')!)).toBe(`${printed}. Betalas på plats.`);
  });

  test("format, pace, workload, how often and a registration: the words instead of the tool's, the text after them", () => {
    expect(line(fact('sv', { format: { type: 'course', days: 2, asWritten: 'Två kvällar à tre timmar' } }, 'format')!)).toBe('Form: Två kvällar à tre timmar');
    expect(line(fact('sv', { pace: { rate: 'half-time', asWritten: 'Halvfart, ca 20 tim/vecka.', text: 'Läs mellan träffarna.' } }, 'pace')!)).toBe(
      'Studietakt: Halvfart, ca 20 tim/vecka. Läs mellan träffarna.',
    );
    expect(line(fact('nb', { workload: { hours: 40, asWritten: '40 t over 10 uker' } }, 'workload')!)).toBe('Omfang: 40 t over 10 uker');
    expect(line(fact('da', { recurrence: { count: 2, per: 'year', asWritten: 'Hvert forår og efterår' } }, 'recurrence')!)).toContain('Hvert forår og efterår');
    expect(line(fact('sv', { registration: { deadline: '2018-04-13', capacity: 20, asWritten: 'Senast fredag 13 april. Max 20.' } }, 'registration')!)).toBe(
      'Anmälan: Senast fredag 13 april. Max 20.',
    );
  });
});

describe.each([
  ['sv', 'Onsdag 25 april 2018', 'Lördag 12 maj, 09:30 – söndag 13 maj 2018, 15:00', '12–13 maj 2018, 10:00–16:00 varje dag', 'Datum bestäms i gruppen', 'Datum meddelas senare'],
  ['nb', 'Onsdag 25. april 2018', 'Lørdag 12. mai, 09:30 – søndag 13. mai 2018, 15:00', '12.–13. mai 2018, 10:00–16:00 hver dag', 'Datoer avtales i gruppen', 'Dato kunngjøres senere'],
  ['da', 'Onsdag den 25. april 2018', 'Lørdag den 12. maj, 09:30 – søndag den 13. maj 2018, 15:00', '12.–13. maj 2018, 10:00–16:00 hver dag', 'Datoer aftales i gruppen', 'Dato oplyses senere'],
  ['en', 'Wednesday 25 April 2018', 'Saturday 12 May, 09:30 – Sunday 13 May 2018, 15:00', '12–13 May 2018, 10:00–16:00 each day', 'Dates agreed in the group', 'Date to be announced'],
] as const)('dates as people write them, in %s', (lang, weekday, weekend, twoDays, agreed, announced) => {
  const flat = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
  test('a weekday where the occasion or the plan wants it', () => {
    expect(flat(text({ date: '2018-04-25', weekday: true }, lang))).toBe(`${weekday}.`);
    expect(flat(text({ date: '2018-04-25' }, lang, true))).toBe(`${weekday}.`);
    expect(flat(text({ date: '2018-04-25', weekday: false }, lang, true))).not.toContain(weekday.split(' ')[0]);
  });

  test('a weekend from its first morning to its last afternoon, and two days with the same hours each', () => {
    const span: Occurrence = { date: '2018-05-12', endDate: '2018-05-13', startTime: '09:30', endTime: '15:00', timeRange: 'start-to-end' };
    expect(flat(text({ ...span, weekday: true }, lang))).toBe(`${weekend}.`);
    expect(flat(text({ ...span, timeRange: 'each-day', startTime: '10:00', endTime: '16:00' }, lang))).toBe(`${twoDays}.`);
  });

  test('a date still open is a state in words, not a missing date', () => {
    expect(text({ dateStatus: 'to-be-agreed', town: 'Luleå' }, lang)).toBe(`${agreed}, Luleå.`);
    expect(text({ dateStatus: 'to-be-announced' }, lang)).toBe(`${announced}.`);
  });
});

describe('the calendars read the structured values', () => {
  const YAML = `title: Kurser
publisher:
  name: S-distriktet
period:
  term: spring
  year: 2018
sections:
  - kind: courses
    title: Kurser
    courses:
      - id: helg
        title: Helgkurs
        occurrences:
          - date: 05-12
            endDate: 05-13
            startTime: "09:30"
            endTime: "15:00"
            timeRange: start-to-end
            asWritten: lördag 09:30 – söndag 15:00
      - id: tva
        title: Två dagar
        occurrences:
          - date: 03-17
            endDate: 03-18
            startTime: "10:00"
            endTime: "16:00"
            timeRange: each-day
      - id: forr
        title: Som förr
        occurrences:
          - date: 2018-04-14
            endDate: 2018-04-15
            startTime: "10:00"
            endTime: "16:00"
      - id: cirkel
        title: Cirkel
        occurrences:
          - dateStatus: to-be-agreed
            town: Luleå
`;
  const plan = () => parsePlan(YAML, 'plan.yaml').data as StudyPlan;
  const events = () => {
    const ics = publishPlan(plan(), { name: 'p', template: booklet }).ics!;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    return calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return `${e.summary} ${e.startDate.toJSDate().toISOString()} ${e.endDate.toJSDate().toISOString()}`;
    });
  };

  test('the .ics: a weekend is one stretch, two days with the same hours two meetings, an open date none; a plan written before is read as before', () => {
    expect(events()).toEqual([
      'Helgkurs 2018-05-12T07:30:00.000Z 2018-05-13T13:00:00.000Z',
      'Två dagar 2018-03-17T09:00:00.000Z 2018-03-17T15:00:00.000Z',
      'Två dagar 2018-03-18T09:00:00.000Z 2018-03-18T15:00:00.000Z',
      'Som förr 2018-04-14T08:00:00.000Z 2018-04-15T14:00:00.000Z',
    ]);
  });

  test('the Kurskalender: dates without the year the plan left out, each day with its weekday (issue 29), the times as they read, no row for an open date', () => {
    const rows = planView(plan(), { template: booklet }).courseCalendar!.rows.map((r) => `${r.date} ${r.dateText.replace(/\u00a0/g, ' ')} | ${r.time.replace(/\u00a0/g, ' ')} | ${r.what}`);
    expect(rows).toEqual([
      '2018-03-17 lör 17 – sön 18 mars | 10:00–16:00 varje dag | Två dagar',
      '2018-04-14 lör 14 – sön 15 april 2018 | 10:00–16:00 | Som förr',
      '2018-05-12 lör 12 – sön 13 maj | lördag 09:30 – söndag 15:00 | Helgkurs',
    ]);
  });

  test('JSON-LD: the same hours each day as a daily Schedule; an open date an instance without dates', () => {
    const graph = planJsonLd(plan(), { name: 'p', lang: 'sv', timeZone: 'Europe/Stockholm' })['@graph'] as Record<string, unknown>[];
    const instance = (id: string) => (graph.find((n) => n['@id'] === `#${id}`)!['hasCourseInstance'] as Record<string, unknown>[])[0]!;
    expect(instance('tva')['courseSchedule']).toEqual({
      '@type': 'Schedule',
      startDate: '2018-03-17',
      endDate: '2018-03-18',
      startTime: '10:00:00',
      endTime: '16:00:00',
      repeatFrequency: 'P1D',
      scheduleTimezone: 'Europe/Stockholm',
    });
    expect(instance('helg')).toMatchObject({ startDate: '2018-05-12T09:30:00+02:00', endDate: '2018-05-13T15:00:00+02:00' });
    expect(instance('helg')['courseSchedule']).toBeUndefined();
    expect(instance('cirkel')['startDate']).toBeUndefined();
  });
});
