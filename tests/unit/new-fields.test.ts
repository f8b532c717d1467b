import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { comparePlans, renderDiff } from '../../src/diff/index.js';
import { LANGS } from '../../src/i18n/lang.js';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import type { Course, StudyPlan } from '../../src/plan/types.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

/**
 * The fields of issue 27 one at a time, in the smallest plans that have them: what the booklet
 * prints for each (in all four languages where the words are the template's), and that a plan
 * without them prints as before.
 */
const ROOT = process.cwd();
let template: LoadedTemplate;
beforeAll(async () => {
  template = await loadTemplate('booklet', ROOT);
});

const plan = (courses: Partial<Course>[], language: StudyPlan['language'] = 'sv'): StudyPlan => ({
  title: 'Kurser',
  language,
  publisher: { name: 'Avdelningen' },
  sections: [{ kind: 'courses', title: 'Kurser', courses: courses.map((c, i) => ({ id: `k${i}`, title: `Kurs ${i}`, ...c })) }],
});
/** The page's main text, tags gone, as one line. */
const text = (p: StudyPlan) => {
  const html = renderHtml(p, { template });
  return html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:)])/g, '$1');
};
const body = (p: StudyPlan) => {
  const html = renderHtml(p, { template });
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};

describe('the labels of the new fields', () => {
  const KEYS = {
    fields: ['topics', 'people', 'credits', 'exam', 'studentFinance', 'attendance', 'materials', 'coursePeriod-meeting'],
    ui: [
      'person-leader',
      'person-leader-many',
      'person-leader-meeting',
      'goals-knowledge',
      'goals-skills',
      'goals-attitudes',
      'credits-ects',
      'exam-oral',
      'studentFinance-yes-scheme',
      'attendance-all',
      'opens',
      'contribution',
      'covers-travel',
      'covers-lost-earnings',
    ],
  };
  test.each(LANGS)('exist in %s, in words of its own', (lang) => {
    const labels = JSON.parse(readFileSync(path.join(ROOT, 'templates/booklet/labels', `${lang}.json`), 'utf8')) as Record<string, Record<string, string>>;
    for (const [group, keys] of Object.entries(KEYS)) for (const key of keys) expect(labels[group]?.[key], `${group}.${key}`).toMatch(/\S/);
  });
});

describe('topics and goals', () => {
  test('goals without a lead-in or kinds print as before: sentences after "Mål:"', () => {
    expect(text(plan([{ goals: [{ text: 'Kunna läsa avtalet.' }, { text: 'Veta vem man frågar.' }] }]))).toContain('Mål: Kunna läsa avtalet. Veta vem man frågar.');
  });
  test('a lead-in stands instead of the label, and the goals are a list under it', () => {
    const html = body(plan([{ goalsLead: 'Efter kursen ska du:', goals: [{ text: 'kunna läsa avtalet' }, { text: 'veta vem man *frågar*' }] }]));
    expect(html).toContain('<p class="list-lead">Efter kursen ska du:</p>\n<ul class="fact-list">\n<li>kunna läsa avtalet</li>\n<li>veta vem man <em>frågar</em></li>\n</ul>');
    expect(html).not.toContain('<strong>Mål:</strong>');
  });
  test('goals of several kinds print grouped, knowledge first, goals without a kind before them', () => {
    const goals = [{ kind: 'attitudes' as const, text: 'C' }, { text: 'A' }, { kind: 'knowledge' as const, text: 'B' }];
    expect(text(plan([{ goals }]))).toContain('Mål: A Kunskaper: B Förhållningssätt: C');
    expect(text(plan([{ goals }], 'en'))).toContain('Goals: A Knowledge: B Attitudes: C');
  });
  test('topics are a list under "Innehåll:", before the target group; a lead-in replaces the label', () => {
    expect(text(plan([{ audience: 'Alla', topics: ['Avtal', 'Lagar'] }]))).toContain('Innehåll: Avtal Lagar Målgrupp: Alla');
    expect(text(plan([{ topics: ['Avtal'], topicsLead: 'Vi tar upp:' }]))).toContain('Vi tar upp: Avtal');
    expect(body(plan([{ topics: ['<b>Avtal</b>'] }]))).toContain('<li>&lt;b&gt;Avtal&lt;/b&gt;</li>');
  });
});

describe('people', () => {
  test('one fact per role, singular or plural, the plan’s own words for a role, "Medverkande" for others', () => {
    const people = [
      { name: 'A', role: 'leader' as const },
      { name: 'B', role: 'speaker' as const, organisation: 'LO' },
      { name: 'C', role: 'leader' as const },
      { name: 'D', roleText: 'kursansvarig' },
      { name: 'E' },
    ];
    expect(text(plan([{ people }]))).toContain('Kursledare: A och C Föreläsare: B (LO) Kursansvarig: D Medverkande: E');
    expect(text(plan([{ people }], 'en'))).toContain('Course leaders: A and C Speaker: B (LO) Kursansvarig: D Taking part: E');
  });
  test('a session’s own speaker prints under the session, inside its list item', () => {
    const steps = [{ title: 'Grund', sessions: [{ title: 'Arbetsrätt', hours: 3, people: [{ name: 'Anna Berg', role: 'speaker' as const, organisation: 'LO' }] }] }];
    expect(body(plan([{ audience: 'Alla', steps }]))).toContain(
      '<span class="session-title">Arbetsrätt</span> <span class="session-hours">(3 timmar)</span>\n<div class="session-people"><p><strong>Föreläsare:</strong> Anna Berg (LO)</p></div>',
    );
  });
  test('a meeting’s leader is not a course leader, and its period is no course period', () => {
    const meeting: Partial<Course> = { kind: 'meeting', people: [{ name: 'A', role: 'leader' }], period: { start: '2027-03-01', end: '2027-03-01' } };
    expect(text(plan([meeting]))).toContain('Period 1 mars 2027 Mötesledare: A');
    expect(text(plan([meeting], 'da'))).toContain('Mødeleder: A');
    expect(text(plan([{ ...meeting, kind: 'course' }]))).toContain('Kursperiod 1 mars 2027 Kursledare: A');
  });
});

describe('terms of study, registration and cost', () => {
  const course: Partial<Course> = {
    credits: { value: 7.5, system: 'ects' },
    exam: { kind: 'oral' },
    studentFinance: { eligible: true, scheme: 'su' },
    attendance: { allSessions: true, minimumPercent: 80 },
    registration: { kind: 'application', opens: '2027-02-01', deadline: '2027-03-01' },
    cost: { amount: 500, currency: 'DKK', contributions: [{ by: 'Forbundet', covers: ['travel', 'lodging'], text: 'billigste rejse' }] },
  };
  test('Danish', () => {
    const t = text(plan([course], 'da'));
    for (const part of [
      'Point: 7,5 ECTS-point',
      'Eksamen: Mundtlig',
      'Uddannelsesstøtte: Kan søges hos SU',
      'Fremmøde: Du skal deltage i alle møderne, mindst 80 procent',
      'Ansøgning Åbner 1. februar 2027. Ansøg senest 1. marts 2027.',
      'Forbundet betaler rejsen og overnatning (billigste rejse)',
    ])
      expect(t).toContain(part);
  });
  test('Swedish: the label is never doubled by the words after it', () => {
    const t = text(plan([course]));
    expect(t).toContain('Ansökan Öppnar 1 februari 2027. Ansök senast 1 mars 2027.');
    expect(t).toContain('Studiemedel: Kan sökas hos SU');
    expect(t).not.toMatch(/Ansökan: Ansökan|Närvaro: Närvaro|Examination: Examination/);
  });
  test('a step’s and a module’s code and length', () => {
    const steps = [{ code: 'S1', label: 'Steg 1', title: 'Grund', days: 1, modules: [{ code: 'M', title: 'Modul', hours: 2.5 }] }];
    expect(text(plan([{ audience: 'Alla', steps }]))).toContain('S1 Steg 1 Grund (1 dag) M Modul (2,5 timmar)');
  });
});

describe('a catalogue entry: a code and a title only', () => {
  const courses: Partial<Course>[] = [
    { code: 'A1', title: 'Första' },
    { title: 'Andra', subtitle: 'utan kod' },
    { title: 'Kort', audience: 'Alla' },
    { code: 'B1', title: 'Sista' },
  ];
  test('prints as a line of a list, not as a card; a run broken by a card is two lists', () => {
    const html = body(plan(courses));
    expect(html).toContain(
      '<ul class="course-entries">\n<li class="course-entry" id="k0"><span class="course-code">A1</span> <span class="course-name">Första</span></li>\n<li class="course-entry" id="k1"><span class="course-name">Andra</span><span class="course-subtitle"> – utan kod</span></li>\n</ul>',
    );
    expect(html).toContain('<article class="course" aria-labelledby="k2">');
    expect(html).toContain('<ul class="course-entries">\n<li class="course-entry" id="k3"><span class="course-code">B1</span> <span class="course-name">Sista</span></li>\n</ul>');
    expect(html).not.toContain('aria-labelledby="k0"');
  });
  test('is not in the contents (it has no heading); the course with a heading is', () => {
    const html = renderHtml(plan([...courses, { title: 'Mer', audience: 'Alla' }]), { template });
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    expect(toc).toContain('href="#k2"');
    expect(toc).not.toContain('href="#k0"');
  });
  test('lint asks neither an entry nor a meeting for its target group, but still a course', () => {
    const yaml = `title: K\npublisher:\n  name: A\nsections:\n  - kind: courses\n    title: K\n    courses:\n      - { id: a, code: A1, title: A }\n      - { id: b, kind: meeting, title: B, description: Möte. }\n      - { id: c, title: C, description: Kurs. }\n      - { id: d, title: D }\n`;
    // A title without a code is more likely a course not yet written than a catalogue entry: still told.
    expect(checkPlan(parsePlan(yaml, 'plan.yaml'), { lang: 'en' }).map((d) => `${d.line} ${d.ruleId}`)).toEqual(['10 plan/course-without-audience', '11 plan/course-without-audience']);
  });
});

describe('diff names the new fields in the committee’s language', () => {
  test('a topic added, student finance changed, registration opening moved', async () => {
    const before = plan([{ audience: 'Alla', topics: ['Avtal'], studentFinance: { eligible: false }, registration: { opens: '2027-01-10' } }]);
    const after = plan([{ audience: 'Alla', topics: ['Avtal', 'Lagar'], studentFinance: { eligible: true, scheme: 'csn' }, registration: { opens: '2027-01-17' } }]);
    const d = comparePlans(before, after);
    expect(d.courses[0]?.fields.map((f) => f.field)).toEqual(['topics', 'registration.opens', 'studentFinance.eligible', 'studentFinance.scheme']);
    const words = await renderDiff(d, 'text');
    for (const word of ['Innehåll, tillagt: Lagar', 'Anmälan öppnar: flyttat från 10 januari 2027 till 17 januari 2027', 'Rätt till studiemedel: nej → ja', 'Studiemedel från, tillagt: CSN'])
      expect(words).toContain(word);
    expect(words).not.toMatch(/studentFinance|opens/);
  });
});

describe('plan/opens-after-deadline', () => {
  const lint = (registration: string, lang: 'en' | 'sv' = 'en') =>
    checkPlan(
      parsePlan(
        `title: K\npublisher:\n  name: A\npractical:\n  registration: ${registration}\nsections:\n  - kind: courses\n    title: K\n    courses:\n      - { id: a, title: A, audience: Alla, registration: ${registration} }\n`,
        'plan.yaml',
      ),
      { lang },
    );
  test('registration that opens after it closes is an error at `opens`, in the course and the practical part', () => {
    const found = lint('{ opens: 2027-03-01, deadline: 2027-02-01 }');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '5:26 plan/opens-after-deadline Registration opens 2027-03-01, after its deadline 2027-02-01.',
      '10:67 plan/opens-after-deadline Registration opens 2027-03-01, after its deadline 2027-02-01.',
    ]);
    expect(lint('{ opens: 2027-03-01, deadline: 2027-02-01 }', 'sv')[0]?.message).toBe('Anmälan öppnar 2027-03-01, efter sista anmälningsdag 2027-02-01.');
  });
  test('opening on or before the deadline, or without one, is right', () => {
    expect(lint('{ opens: 2027-02-01, deadline: 2027-02-01 }')).toEqual([]);
    expect(lint('{ opens: 2027-02-01 }')).toEqual([]);
  });
});

describe('JSON-LD of a meeting', () => {
  test('one Event per dated occurrence; a meeting without a date is nothing, and a calendar entry is not about it', async () => {
    const { planJsonLd } = await import('../../src/publish/json-ld.js');
    const p = plan([
      { kind: 'meeting', title: 'Rådet', occurrences: [{ date: '2027-03-20' }, { date: '2027-09-18' }] },
      { kind: 'meeting', title: 'Utan datum' },
    ]);
    p.sections!.push({ kind: 'calendar', title: 'Kalender', months: [{ month: '2027-04', events: [{ date: '2027-04-01', title: 'Förberedelse', course: 'k1' }] }] });
    const graph = planJsonLd(p, { name: 'p', lang: 'sv', timeZone: 'Europe/Stockholm' })['@graph'] as Record<string, unknown>[];
    expect(graph.filter((n) => n['name'] === 'Rådet').map((n) => [n['@type'], n['@id'], n['startDate']])).toEqual([
      ['Event', '#k0', '2027-03-20'],
      ['Event', '#k0-2', '2027-09-18'],
    ]);
    expect(graph.some((n) => n['name'] === 'Utan datum')).toBe(false);
    expect(graph.find((n) => n['name'] === 'Förberedelse')).not.toHaveProperty('about');
  });
});
