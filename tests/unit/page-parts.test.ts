import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { comparePlans, renderDiff } from '../../src/diff/index.js';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import type { Layout, StudyPlan } from '../../src/plan/types.js';
import { CONTENTS_MIN, SHORT_CALENDAR_COURSES, SHORT_CALENDAR_DATES, SHORT_CONTENTS_MIN, pageParts, type PlanShape } from '../../src/render/page-parts.js';
import { planView, renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import type { TocEntry } from '../../src/render/view-model.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Issue 27: headings and pages only where the document has them. The rule of
 * src/render/page-parts.ts on its own, then what the page makes of it: a course without a section
 * heading, the introduction's and the practical block's headings left out or renamed, and the
 * cover, contents and Kurskalender of a notice, a booklet, and either forced from the plan or the config.
 */
let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', ROOT);
});

const fixture = (rel: string): StudyPlan => parsePlan(readFileSync(path.join(ROOT, rel), 'utf8'), rel).data as StudyPlan;
const KALLELSE = 'tests/fixtures/genre/kallelse-forhandlingskurs.yaml';
const HELGKURS = 'tests/fixtures/genre/helgkurs-skrivarkurs.yaml';
/** The contents as "title" lines, nested ones indented. */
const lines = (toc: readonly TocEntry[], depth = 0): string[] => toc.flatMap((e) => [`${'  '.repeat(depth)}${e.title}`, ...lines(e.children, depth + 1)]);
/** The headings of a page as "LEVEL text". */
const headings = (html: string) => [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, '').trim()}`);

const booklet3 = (over: Partial<PlanShape> = {}): PlanShape => ({ headings: 2, dates: 1, datedCourses: 1, headless: false, ...over });
const notice = (over: Partial<PlanShape> = {}): PlanShape => ({ headings: 1, dates: 2, datedCourses: 1, headless: true, ...over });

describe('the rule (page-parts.ts)', () => {
  test('a plan whose sections all have headings keeps the pages it always had: cover, a Kurskalender from one date, contents from three entries', () => {
    expect(pageParts(booklet3())).toEqual({ cover: true, contents: true, courseCalendar: true });
    // Two headings and no date: two entries, no contents; still the cover.
    expect(pageParts(booklet3({ dates: 0, datedCourses: 0 }))).toEqual({ cover: true, contents: false, courseCalendar: false });
    expect(pageParts(booklet3({ headings: CONTENTS_MIN, dates: 0, datedCourses: 0 })).contents).toBe(true);
    // A plan of nothing but a title (no sections) is as it was: a cover and nothing else.
    expect(pageParts({ headings: 0, dates: 0, datedCourses: 0, headless: false })).toEqual({ cover: true, contents: false, courseCalendar: false });
  });

  test('a short document (a section without a heading) has neither contents nor Kurskalender nor cover until it is long', () => {
    // The numbers docs/templates.md states.
    expect([CONTENTS_MIN, SHORT_CONTENTS_MIN, SHORT_CALENDAR_DATES, SHORT_CALENDAR_COURSES]).toEqual([3, 6, 3, 2]);
    expect(pageParts(notice())).toEqual({ cover: false, contents: false, courseCalendar: false });
    expect(pageParts(notice({ dates: SHORT_CALENDAR_DATES })).courseCalendar).toBe(true);
    expect(pageParts(notice({ dates: 2, datedCourses: SHORT_CALENDAR_COURSES })).courseCalendar).toBe(true);
    // Five headings and the Kurskalender's entry: six, a contents page, and with it a cover.
    expect(pageParts(notice({ headings: SHORT_CONTENTS_MIN - 1, dates: SHORT_CALENDAR_DATES }))).toEqual({ cover: true, contents: true, courseCalendar: true });
    expect(pageParts(notice({ headings: SHORT_CONTENTS_MIN - 1 }))).toEqual({ cover: false, contents: false, courseCalendar: false });
  });

  test('the plan and the config force each part; the plan wins key by key', () => {
    const on: Layout = { cover: true, contents: true, courseCalendar: true };
    const off: Layout = { cover: false, contents: false, courseCalendar: false };
    expect(pageParts(notice(), { plan: on })).toEqual({ cover: true, contents: true, courseCalendar: true });
    expect(pageParts(notice(), { config: on })).toEqual({ cover: true, contents: true, courseCalendar: true });
    expect(pageParts(booklet3({ headings: 20, dates: 9 }), { plan: off })).toEqual({ cover: false, contents: false, courseCalendar: false });
    expect(pageParts(notice(), { config: on, plan: { courseCalendar: false, cover: 'auto' } })).toEqual({ cover: true, contents: true, courseCalendar: false });
    expect(pageParts(notice(), { config: off, plan: { contents: true } })).toEqual({ cover: false, contents: true, courseCalendar: false });
    // Auto in the plan is a choice too: the config's true does not come through it.
    expect(pageParts(notice(), { config: { courseCalendar: true }, plan: { courseCalendar: 'auto' } }).courseCalendar).toBe(false);
  });

  test('a template without a Kurskalender wins; nothing forces a calendar without dates or contents without headings', () => {
    expect(pageParts(booklet3({ dates: 9 }), { plan: { courseCalendar: true }, templateCalendar: false }).courseCalendar).toBe(false);
    expect(pageParts(notice({ dates: 0, datedCourses: 0 }), { plan: { courseCalendar: true } }).courseCalendar).toBe(false);
    expect(pageParts({ headings: 0, dates: 0, datedCourses: 0, headless: true }, { plan: { contents: true } }).contents).toBe(false);
  });
});

describe('the page of a notice', () => {
  test('the kallelse: one course without a section heading, an introduction without one, and no invented heading', () => {
    const view = planView(fixture(KALLELSE), { template: booklet });
    expect(view.parts).toEqual({ cover: false, contents: false, courseCalendar: false });
    expect(view.toc).toEqual([]);
    expect(view.courseCalendar).toBeUndefined();
    const html = renderHtml(fixture(KALLELSE), { template: booklet });
    // The title, then the course one level below it: nothing between them that the document has not.
    expect(headings(html)).toEqual(['1 Kallelse till förhandlingskurs', '2 Förhandling steg 1']);
    expect(html).toMatch(/<body class="page-A4 without-cover">/);
    expect(html).toContain('<header class="masthead">');
    expect(html).not.toContain('class="cover');
    expect(html).not.toContain('class="back-cover');
    expect(html).toContain('<footer class="colophon">');
    expect(html).not.toMatch(/<nav class="toc"|class="course-calendar"|>Inledning<|>Kurskalender<|>Innehåll</);
    expect(html).toContain('<div class="introduction without-heading">');
    expect(html).toContain('<div class="section section-courses without-heading">');
  });

  test('the weekend notice: the practical block under its own words, the introduction under none', () => {
    const view = planView(fixture(HELGKURS), { template: booklet });
    expect(view.practical).toMatchObject({ title: 'Bra att veta', hasHeading: true, id: 'bra-att-veta' });
    expect(view.introduction).toMatchObject({ title: '', hasHeading: false, id: '' });
    expect(view.parts).toEqual({ cover: false, contents: false, courseCalendar: false });
    const html = renderHtml(fixture(HELGKURS), { template: booklet });
    expect(headings(html)).toEqual(['1 Skriv så att det blir läst', '2 Bra att veta', '2 Skrivarhelg i Umeå']);
    expect(html).not.toContain('Praktisk information');
  });

  test('forced on in the plan or by the config: the cover, the contents and the Kurskalender', () => {
    const forced = { ...fixture(KALLELSE), layout: { contents: true, courseCalendar: true } } satisfies StudyPlan;
    for (const view of [planView(forced, { template: booklet }), planView(fixture(KALLELSE), { template: booklet, layout: { contents: true, courseCalendar: true } })]) {
      expect(view.parts).toEqual({ cover: true, contents: true, courseCalendar: true });
      expect(lines(view.toc)).toEqual(['Kurskalender', 'Förhandling steg 1']);
      // The deadline is a mark on its course's row (issue 29), not a row of its own: still two dates.
      expect(view.courseCalendar?.rows.map((r) => `${r.date} ${r.deadline ?? ''}`.trim())).toEqual(['2025-03-13 Anmäl senast 28 februari']);
      expect(view.courseCalendar?.dates).toBe(2);
    }
    const html = renderHtml(forced, { template: booklet });
    expect(html).toMatch(/<body class="page-A4">/);
    expect(html).toContain('<header class="cover">');
    expect(html).toContain('<nav class="toc"');
    expect(html).toContain('<footer class="back-cover"');
    // The plan's own choice wins over the config's.
    expect(planView({ ...forced, layout: { courseCalendar: false } }, { template: booklet, layout: { contents: true, courseCalendar: true } }).parts).toEqual({
      cover: true,
      contents: true,
      courseCalendar: false,
    });
  });

  test('a long plan forced off: no cover, no contents, no Kurskalender, the title on the first page', () => {
    const plan = { ...fixture('tests/fixtures/valid/published.yaml'), layout: { cover: false, contents: false, courseCalendar: false } } satisfies StudyPlan;
    expect(planView(fixture('tests/fixtures/valid/published.yaml'), { template: booklet }).parts).toEqual({ cover: true, contents: true, courseCalendar: true });
    const view = planView(plan, { template: booklet });
    expect(view.parts).toEqual({ cover: false, contents: false, courseCalendar: false });
    const html = renderHtml(plan, { template: booklet });
    expect(html).toContain('without-cover');
    expect(headings(html)[0]).toMatch(/^1 /);
    expect(html).not.toMatch(/<nav class="toc"|class="course-calendar"/);
  });
});

describe('sections without a heading', () => {
  const plan: StudyPlan = {
    title: 'Kurser våren 2025',
    publisher: { name: 'ABF Norrbotten' },
    introduction: { title: 'Välkommen', text: 'Hej.' },
    practical: { title: false, text: 'Anmäl dig till ABF.' },
    sections: [
      {
        kind: 'courses',
        courses: [{ id: 'a', title: 'Kurs A', audience: 'Alla' }],
        sections: [
          { kind: 'prose', title: 'Om kurserna', text: 'Text.' },
          { kind: 'courses', courses: [{ id: 'b', title: 'Kurs B', audience: 'Alla' }] },
        ],
      },
      { kind: 'courses', title: 'Fördjupning', courses: [{ id: 'c', title: 'Kurs C', audience: 'Alla' }], sections: [{ kind: 'courses', courses: [{ id: 'd', title: 'Kurs D', audience: 'Alla' }] }] },
      { kind: 'calendar', title: false, months: [{ month: '2025-03', events: [{ date: '2025-03-04', title: 'Möte' }] }] },
    ],
  };

  test('their courses and sub-sections take their place one level up, on the page and in the contents alike', () => {
    const html = renderHtml(plan, { template: booklet });
    expect(headings(html)).toEqual(
      expect.arrayContaining(
        ['2 Välkommen', '2 Kurs A', '2 Om kurserna', '2 Kurs B', '2 Fördjupning', '3 Kurs C', '3 Kurs D', '2 mars 2025'].map((h) => expect.stringMatching(new RegExp(`^${h}$`, 'i'))),
      ),
    );
    const view = planView(plan, { template: booklet, layout: { contents: true } });
    expect(lines(view.toc)).toEqual(['Välkommen', 'Kurs A', 'Om kurserna', 'Kurs B', 'Fördjupning', '  Kurs C', '  Kurs D']);
    // The headless sections claim no id; those with headings keep theirs.
    expect(view.sections.map((s) => [s.id, s.hasHeading, s.level, s.childLevel])).toEqual([
      ['', false, 2, 2],
      ['fordjupning', true, 2, 3],
      ['', false, 2, 2],
    ]);
    expect(view.practical).toMatchObject({ hasHeading: false, id: '' });
    expect(html).toContain('<div class="practical without-heading">');
  });

  test("a section without a heading keeps the plan's id, so links to it still land", () => {
    const withId: StudyPlan = { ...plan, sections: [{ kind: 'courses', id: 'kurserna', courses: [{ id: 'a', title: 'Kurs A', audience: 'Alla' }] }] };
    expect(renderHtml(withId, { template: booklet })).toContain('<div class="section section-courses without-heading" id="kurserna">');
  });
});

describe("what lint says of a heading's title and of layout", () => {
  const findings = (yaml: string) => checkPlan(parsePlan(`title: T\npublisher: { name: P }\n${yaml}`, 'plan.yaml'), { lang: 'en' }).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

  test('text or false; anything else at its place, saying so', () => {
    expect(findings('introduction: { title: false, text: Hej. }\npractical: { title: Bra att veta }')).toEqual([]);
    expect(findings('practical:\n  title: 5')).toEqual(['4:10 schema/type `title` must be text or false, not a whole number (`5`).']);
    expect(findings('introduction:\n  title: true')).toEqual(['4:10 schema/enum `true` is not an allowed value of `title`.']);
  });

  test('a courses section without a title is valid; an empty one is still reported, without a name', () => {
    expect(findings('sections:\n  - kind: courses\n    courses: [{ id: a, title: A, audience: Alla }]')).toEqual([]);
    expect(findings('sections:\n  - kind: courses\n    courses: []')).toEqual(['5:14 plan/empty-section The section has no courses.']);
  });

  test('layout takes auto, true or false for cover, contents and courseCalendar', () => {
    expect(findings('layout: { cover: auto, contents: true, courseCalendar: false }')).toEqual([]);
    expect(findings('layout:\n  contents: sometimes')).toEqual(['4:13 schema/enum `sometimes` is not an allowed value of `contents`.']);
  });
});

test('diff says when a plan changes its pages or a heading', async () => {
  const before = fixture(KALLELSE);
  const after: StudyPlan = { ...before, introduction: { ...before.introduction, title: 'Till dig' }, layout: { contents: true } };
  const report = await renderDiff(comparePlans(before, after, { language: 'en' }), 'text');
  expect(report).toContain('Introduction heading: no → Till dig');
  expect(report).toMatch(/Contents, added: yes/);
});
