import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { inferYears, isYearLess, writtenWithoutYear } from '../../src/plan/year-less.js';
import { namedWeekdays } from '../../src/i18n/weekdays.js';
import { comparePlans } from '../../src/diff/index.js';
import { openData } from '../../src/publish/open-data.js';

/**
 * Issue 27, dates as people write them: a date without its year (`04-25`, `--04-25`) takes the
 * year of the period around it, and lint says when none can give it; a weekday in the plan's own
 * words is checked against the date, in Swedish, Norwegian, Danish and English.
 */
const lint = (yaml: string, lang: 'sv' | 'en' | 'nb' | 'da' = 'en') => checkPlan(parsePlan(yaml, 'plan.yaml'), { lang });
const found = (yaml: string, lang: 'sv' | 'en' | 'nb' | 'da' = 'en') => lint(yaml, lang).map((d) => `${d.line} ${d.ruleId} ${d.message}`);

/** A plan with PERIOD (YAML lines under `period:`, or none) and one course whose occurrence has OCCURRENCE's keys. */
function plan(period: string | undefined, occurrence: string, course = ''): string {
  return [
    'title: Kurser',
    'publisher:',
    '  name: S-distriktet',
    ...(period ? ['period:', ...period.split('\n').map((l) => `  ${l}`)] : []),
    'sections:',
    '  - kind: courses',
    '    title: Kurser',
    '    courses:',
    '      - id: kurs',
    '        title: Kurs',
    '        audience: Alla',
    ...course
      .split('\n')
      .filter(Boolean)
      .map((l) => `        ${l}`),
    '        occurrences:',
    ...occurrence.split('\n').map((l, i) => `          ${i ? '  ' : '- '}${l}`),
    '',
  ].join('\n');
}
const dateIn = (period: string | undefined, written: string) => {
  const data = parsePlan(plan(period, `date: "${written}"`), 'plan.yaml').data as StudyPlan;
  const { data: dated, found: list } = inferYears(data);
  const course = dated.sections![0]!.kind === 'courses' ? dated.sections![0]!.courses[0]! : undefined;
  return { date: course?.occurrences?.[0]?.date, problem: list[0]?.problem?.reason };
};

describe('a date without its year takes the year of its period', () => {
  test('both forms are dates without a year; a date with one, or another form, is not', () => {
    expect(['04-25', '--04-25', '12-31', '--02-29'].every(isYearLess)).toBe(true);
    expect(['2018-04-25', '4-25', '04/25', '25 april', '13-01', '04-32'].some(isYearLess)).toBe(false);
  });

  test.each([
    ['a term', 'term: spring\nyear: 2018', '04-25', '2018-04-25'],
    ['the ISO form', 'term: spring\nyear: 2018', '--04-25', '2018-04-25'],
    ['a year', 'year: 2022', '11-03', '2022-11-03'],
    ['a season, before the new year', 'season: 2021/22', '10-09', '2021-10-09'],
    ['a season, after the new year', 'season: 2021/22', '02-14', '2022-02-14'],
    ['exact dates over the new year', 'start: 2021-08-01\nend: 2022-01-31', '01-15', '2022-01-15'],
    ['a winter term, its December', 'term: winter\nyear: 2023', '12-10', '2022-12-10'],
    ['a leap day in a leap year', 'year: 2024', '02-29', '2024-02-29'],
  ])('%s', (_name, period, written, date) => {
    expect(dateIn(period, written)).toEqual({ date, problem: undefined });
  });

  test('none when the period holds the day in several years, lies around another part of the year, or is not there', () => {
    expect(dateIn('from: 2011\nto: 2014', '04-25')).toEqual({ date: '04-25', problem: 'ambiguous' });
    expect(dateIn('term: autumn\nyear: 2021', '03-01')).toEqual({ date: '03-01', problem: 'outside' });
    expect(dateIn(undefined, '04-25')).toEqual({ date: '04-25', problem: 'no-period' });
    expect(dateIn('year: 2023', '02-29')).toEqual({ date: '02-29', problem: 'outside' });
    expect(dateIn('year: 2023', '04-31')).toEqual({ date: '04-31', problem: 'no-such-day' });
  });

  test("the nearest period that holds the day gives it: the course's own, then its section's, then the plan's; a calendar event's month first", () => {
    const yaml = plan('from: 2020\nto: 2023', 'date: 05-15', 'period:\n  year: 2022');
    const dated = inferYears(parsePlan(yaml, 'plan.yaml').data as StudyPlan).data;
    expect(dated.sections![0]!.kind === 'courses' && dated.sections![0]!.courses[0]!.occurrences![0]!.date).toBe('2022-05-15');
    const calendar =
      'title: K\npublisher:\n  name: S\nperiod:\n  season: 2021/22\nsections:\n  - kind: calendar\n    months:\n      - month: 2022-03\n        events:\n          - date: 03-12\n            title: Årsmöte\n';
    expect(lint(calendar)).toEqual([]);
    const event = inferYears(parsePlan(calendar, 'plan.yaml').data as StudyPlan).data.sections![0]!;
    expect(event.kind === 'calendar' && event.months[0]!.events![0]!.date).toBe('2022-03-12');
  });

  test('an end date without a year is the first such day on or after the start (a range over the new year)', () => {
    const yaml = plan('season: 2022/23', 'date: 12-30\nendDate: 01-02');
    const o = (inferYears(parsePlan(yaml, 'plan.yaml').data as StudyPlan).data.sections![0] as { courses: { occurrences: object[] }[] }).courses[0]!.occurrences[0]!;
    expect(o).toMatchObject({ date: '2022-12-30', endDate: '2023-01-02' });
    expect(writtenWithoutYear(o, 'date') && writtenWithoutYear(o, 'endDate')).toBe(true);
    expect(lint(yaml)).toEqual([]);
  });

  test('the plan itself is not changed, and one without such dates is given back as it is (no copy)', () => {
    const data = parsePlan(plan('year: 2022', 'date: 2022-03-01'), 'plan.yaml').data as StudyPlan;
    expect(inferYears(data).data).toBe(data);
    const written = parsePlan(plan('year: 2022', 'date: 03-01'), 'plan.yaml').data as StudyPlan;
    const copy = inferYears(written).data;
    expect(copy).not.toBe(written);
    expect(JSON.stringify(written)).toContain('"date":"03-01"');
    expect(inferYears(copy).data).toBe(copy);
  });

  test("lint's date rules read the year: a year-less deadline after a year-less start is an error, with the year it was given", () => {
    expect(found(plan('term: spring\nyear: 2018', 'date: 04-25', 'registration:\n  deadline: 05-01'))).toEqual([
      '15 plan/deadline-after-start The registration deadline 2018-05-01 is after the course starts (2018-04-25).',
    ]);
  });

  test('plan/date-without-year says why, at the date, in each language', () => {
    const none = plan(undefined, 'date: 04-25');
    expect(found(none)).toEqual(['12 plan/date-without-year The date `04-25` has no year, and no period around it gives one.']);
    expect(found(none, 'sv')).toEqual(['12 plan/date-without-year Datumet `04-25` har inget år, och ingen period runt det ger året.']);
    expect(found(plan('from: 2011\nto: 2014', 'date: 04-25'), 'nb')).toEqual([
      '15 plan/date-without-year Datoen `04-25` har ikke noe år, og perioden 2011-01-01–2014-12-31 har den dagen i flere år (2011, 2012, 2013 og 2014).',
    ]);
    expect(found(plan('term: autumn\nyear: 2021', 'date: 03-01'), 'da')).toEqual(['15 plan/date-without-year Datoen `03-01` har intet år, og dagen ligger ikke i perioden (2021-07-01–2021-12-31).']);
    expect(lint(none)[0]?.hint).toBe('Write the year (YYYY-04-25), or give the plan a period, e.g. period: {term: spring, year: 2018}.');
  });

  test('everything downstream reads the year: open data gets the full date, and diff sees no change from a date written with its year', () => {
    const written = parsePlan(plan('year: 2022', 'date: 03-01'), 'plan.yaml').data as StudyPlan;
    const full = parsePlan(plan('year: 2022', 'date: 2022-03-01'), 'plan.yaml').data as StudyPlan;
    expect(JSON.stringify(openData(written, { name: 'p', lang: 'sv', timeZone: 'Europe/Stockholm' }).plan)).toContain('"date":"2022-03-01"');
    expect(comparePlans(full, written).count).toBe(0);
  });
});

describe("plan/weekday-mismatch: a weekday in the words is the date's", () => {
  test.each([
    ['sv', 'Onsdag 25 april, kl 18:00', 2, 25],
    ['nb', 'onsdag 25. april kl. 18.00', 2, 25],
    ['da', 'onsdag den 25. april kl. 18', 2, 25],
    ['en', 'Wednesday 25 April, 6 pm', 2, 25],
  ])('%s: the weekday and the day after it are read', (_lang, words, weekday, day) => {
    expect(namedWeekdays(words)).toEqual([expect.objectContaining({ weekday, dayOfMonth: day })]);
  });

  test('a weekday before a clock time has no day; inflections count, compounds do not', () => {
    expect(namedWeekdays('lördag 09:30 – söndag 15:00').map((n) => [n.weekday, n.dayOfMonth])).toEqual([
      [5, undefined],
      [6, undefined],
    ]);
    expect(namedWeekdays('Onsdagarna, lørdagene, Fridays').map((n) => n.weekday)).toEqual([2, 5, 4]);
    expect(namedWeekdays('fredagskväll och söndagsmiddag')).toEqual([]);
  });

  const withWords = (date: string, words: string, extra = '') => plan('year: 2018', `date: ${date}\n${extra}asWritten: ${words}`);
  test.each([
    ['sv', '2018-04-26', 'Onsdag 26 april', '`Onsdag` stämmer inte med datumet: 2018-04-26 är en torsdag.'],
    ['nb', '2018-04-26', 'onsdag 26. april', '`onsdag` stemmer ikke med datoen: 2018-04-26 er en torsdag.'],
    ['da', '2018-04-26', 'onsdag den 26. april', '`onsdag` passer ikke med datoen: 2018-04-26 er en torsdag.'],
    ['en', '2018-04-26', 'Wednesday 26 April', '`Wednesday` does not fit the date: 2018-04-26 is a Thursday.'],
  ] as const)('%s: the wrong weekday is said, at the word', (lang, date, words, message) => {
    const [d] = lint(withWords(date, words), lang);
    expect(d?.ruleId).toBe('plan/weekday-mismatch');
    expect(d?.message).toBe(message);
    // At the weekday's word in the words: the first of them.
    expect(d?.column).toBe(24);
  });

  test('the right weekday, a range named by its ends, and a series on one weekday lint clean', () => {
    expect(lint(withWords('2018-04-25', 'Onsdag 25 april'))).toEqual([]);
    expect(lint(withWords('2018-05-12', '"lördag 09:30 – söndag 15:00"', 'endDate: 2018-05-13\n'))).toEqual([]);
    expect(lint(plan('year: 2018', 'dates: [2018-04-04, 2018-04-11, 2018-04-18]\nasWritten: Onsdagar kl 18'))).toEqual([]);
  });

  test('a weekday no day of the range has, and a date of a series off its weekday, are said', () => {
    expect(found(withWords('2018-05-12', '"fredag 09:30 – söndag 15:00"', 'endDate: 2018-05-13\n'))).toEqual([
      '16 plan/weekday-mismatch `fredag` is none of the days 2018-05-12 (Saturday) and 2018-05-13 (Sunday).',
    ]);
    expect(found(plan('year: 2018', 'dates: [2018-04-04, 2018-04-12]\nasWritten: Onsdagar kl 18'))).toEqual(['15 plan/weekday-mismatch `Onsdagar` does not fit the date: 2018-04-12 is a Thursday.']);
  });

  test("a registration's words are checked against its deadline, a calendar event's against its date", () => {
    expect(found(plan('year: 2018', 'date: 2018-05-20', 'registration:\n  deadline: 2018-05-04\n  asWritten: Anmäl dig senast torsdag 4 maj.'))).toEqual([
      '15 plan/weekday-mismatch `torsdag` does not fit the date: 2018-05-04 is a Friday.',
    ]);
    const calendar =
      'title: K\npublisher:\n  name: S\nsections:\n  - kind: calendar\n    months:\n      - month: 2018-04\n        events:\n          - date: 2018-04-07\n            title: Dörrknackning\n            asWritten: Söndag 7 april\n';
    expect(found(calendar)).toEqual(['11 plan/weekday-mismatch `Söndag` does not fit the date: 2018-04-07 is a Saturday.']);
  });

  test("the place-and-date line's words (issued.asWritten) against issued.date", () => {
    const issued = (words: string) => `title: K\npublisher:\n  name: S\nissued:\n  place: Luleå\n  date: 2011-10-18\n  asWritten: ${words}\n`;
    expect(found(issued('Luleå måndagen den 18 oktober 2011'))).toEqual(['7 plan/weekday-mismatch `måndagen` does not fit the date: 2011-10-18 is a Tuesday.']);
    expect(found(issued('Luleå tisdag 18 oktober 2011'))).toEqual([]);
    expect(found(issued('Luleå 2011-10-18'))).toEqual([]);
  });
});

describe('plan/date-status-conflict', () => {
  test('an open date with a date beside it is said; without one it lints clean (no complaint about a missing date)', () => {
    expect(found(plan('year: 2018', 'dateStatus: to-be-agreed\ndate: 2018-05-02'), 'sv')).toEqual([
      '15 plan/date-status-conflict Tillfället har både `date` och dateStatus: to-be-agreed; datumet skrivs inte ut och kommer inte med i kalendrarna.',
    ]);
    expect(lint(plan('year: 2018', 'dateStatus: to-be-agreed\ntown: Luleå'))).toEqual([]);
    expect(lint(plan('year: 2018', 'dateStatus: to-be-announced\ntown: Luleå'))).toEqual([]);
  });
});
