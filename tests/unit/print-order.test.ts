import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Course, Section, StudyPlan } from '../../src/plan/types.js';
import type { Labels } from '../../src/render/labels.js';
import { COURSE_FACT_PARTS, COURSE_PARTS, PLAN_PARTS, SECTION_PARTS, printOrder } from '../../src/render/print-order.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { buildViewModel, type SectionView } from '../../src/render/view-model.js';
import { courseView } from '../../src/render/view-model-course.js';
import type { CourseBlockView } from '../../src/render/view-model-course-blocks.js';

/**
 * The plan's order is the print order (issue 27): `order` on a course, a section and the plan
 * names parts; those print first, in that order, the others after them in the booklet's order.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let booklet: LoadedTemplate;
let sv: Labels;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
  sv = booklet.labels['sv']!;
});

test('printOrder: the named parts first, each once, then the rest in the default order; a name not known is passed over', () => {
  expect(printOrder(undefined, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  expect(printOrder(['c'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  expect(printOrder(['c', 'a', 'c', 'x'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  expect(printOrder(['x', 'b'], ['a', 'b'], ['a', 'b', 'x'])).toEqual(['x', 'b', 'a']);
});

test('the names the code knows are the names the schema allows, for the plan, each kind of section and the course', () => {
  const schema = JSON.parse(readFileSync(`${root}schemas/studyplan.schema.json`, 'utf8')) as {
    properties: { order: { items: { enum: string[] } } };
    $defs: Record<string, { properties: { order: { items: { enum: string[] } } } }>;
  };
  expect(schema.properties.order.items.enum).toEqual([...PLAN_PARTS]);
  expect(schema.$defs['coursesSection']!.properties.order.items.enum).toEqual([...SECTION_PARTS.courses]);
  expect(schema.$defs['calendarSection']!.properties.order.items.enum).toEqual([...SECTION_PARTS.calendar]);
  expect(schema.$defs['proseSection']!.properties.order.items.enum).toEqual([...SECTION_PARTS.prose]);
  expect(schema.$defs['course']!.properties.order.items.enum).toEqual([...COURSE_PARTS, ...COURSE_FACT_PARTS]);
  // Every property a course may name on its own is a property of a course.
  for (const name of COURSE_FACT_PARTS) expect(Object.keys(schema.$defs['course']!.properties), name).toContain(name);
});

describe("a course's order", () => {
  const course = (order?: Course['order']): Course => ({
    id: 'kurs',
    title: 'Kurs',
    order,
    summary: 'Kort.',
    description: 'Lång.',
    steps: [{ title: 'Steg' }],
    audience: 'Alla',
    purpose: 'att lära',
    occurrences: [{ date: '2026-10-03', town: 'Luleå' }],
    cost: { free: true },
    registration: { email: 'anmalan@example.se' },
  });
  const shape = (b: CourseBlockView): string =>
    b.kind === 'facts' ? `facts(${b.rows.map((r) => r.key).join(',')})` : b.kind === 'details' ? `details(${b.facts.map((f) => f.key).join(',')})` : b.kind;
  const printed = (order?: Course['order']) => courseView(course(order), 'kurs', { labels: sv, lang: 'sv', includeInternal: false, courses: new Map() }).blocks.map(shape);

  test('none: the facts block, the texts, the steps, the other facts', () => {
    expect(printed()).toEqual(['facts(time,place,cost,registration)', 'summary', 'description', 'steps', 'details(audience,purpose)']);
  });

  test('the target group first: it leaves the other facts and stands at the head', () => {
    expect(printed(['audience', 'description', 'facts'])).toEqual(['details(audience)', 'description', 'facts(time,place,cost,registration)', 'summary', 'steps', 'details(purpose)']);
  });

  test('the registration last: it leaves the facts block and is a block of its own at the foot', () => {
    expect(printed(['facts', 'summary', 'description', 'steps', 'details', 'registration'])).toEqual([
      'facts(time,place,cost)',
      'summary',
      'description',
      'steps',
      'details(audience,purpose)',
      'facts(registration)',
    ]);
  });

  test('the dates first (occurrences names when and where), a part the course lacks is skipped', () => {
    expect(printed(['occurrences', 'images', 'description'])).toEqual(['facts(time,place)', 'description', 'facts(cost,registration)', 'summary', 'steps', 'details(audience,purpose)']);
  });
});

describe("a section's order and the plan's", () => {
  const plan = (order?: StudyPlan['order'], sectionOrder?: Extract<Section, { kind: 'courses' }>['order']): StudyPlan => ({
    title: 'Studieplan',
    publisher: { name: 'S-distriktet' },
    order,
    introduction: { text: 'Välkommen.' },
    practical: { text: 'Anmälan görs via kursportalen.' },
    sections: [
      {
        kind: 'courses',
        title: 'Kurser',
        order: sectionOrder,
        text: 'Våra kurser.',
        goals: [{ text: 'Fler cirkelledare.' }],
        courses: [{ id: 'a', title: 'A', audience: 'Alla' }],
        sections: [{ kind: 'prose', title: 'Regler', text: 'x' }],
      },
    ],
    contacts: [{ name: 'Anna', email: 'anna@example.se' }],
  });
  const kinds = (s: SectionView) => s.blocks.map((b) => b.kind);
  const view = (p: StudyPlan) => buildViewModel(p, { lang: 'sv', labels: sv, includeInternal: false });

  test('none: text, goals, courses, sub-sections; the plan: introduction, practical, sections, contacts', () => {
    const v = view(plan());
    expect(kinds(v.sections[0]!)).toEqual(['text', 'goals', 'courses', 'sections']);
    expect(v.flow).toEqual([...PLAN_PARTS]);
    expect(v.toc.map((e) => e.title)).toEqual(['Inledning', 'Praktisk information', 'Kurser', 'Kontakter']);
  });

  test("the goals before the section's text, the sub-sections before the courses, and the contents in the same order", () => {
    const v = view(plan(undefined, ['goals', 'text', 'sections']));
    expect(kinds(v.sections[0]!)).toEqual(['goals', 'text', 'sections', 'courses']);
    expect(v.toc.find((e) => e.title === 'Kurser')!.children.map((e) => e.title)).toEqual(['Regler', 'A']);
  });

  test('the practical information after the sections: printed there and listed there', () => {
    const p = plan(['introduction', 'sections', 'practical']);
    const v = view(p);
    expect(v.toc.map((e) => e.title)).toEqual(['Inledning', 'Kurser', 'Praktisk information', 'Kontakter']);
    const html = renderHtml(p, { template: booklet });
    const at = (snippet: string) => html.indexOf(snippet);
    expect(at('<section class="introduction"')).toBeGreaterThan(-1);
    expect(at('<section class="introduction"')).toBeLessThan(at('<section class="section section-courses"'));
    expect(at('<section class="section section-courses"')).toBeLessThan(at('<section class="practical"'));
    expect(at('<section class="practical"')).toBeLessThan(at('<section class="plan-contacts"'));
  });
});
