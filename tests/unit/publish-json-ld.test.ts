import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { publishPlan } from '../../src/publish/index.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
});

type Node = Record<string, unknown>;

/**
 * The schema.org properties of each type used, from schema.org's definitions (a property of a
 * supertype counts: CourseInstance is an Event, WorkersUnion and EducationalOrganization are
 * Organizations). A property outside its type's list fails the test.
 */
const THING = ['@id', '@type', 'name', 'description', 'url', 'alternateName'];
const ORGANIZATION = [...THING, 'email', 'telephone', 'address', 'areaServed'];
const EVENT = [...THING, 'startDate', 'endDate', 'location', 'organizer', 'offers', 'inLanguage', 'eventAttendanceMode', 'about', 'performer'];
const PROPERTIES: Record<string, string[]> = {
  Organization: ORGANIZATION,
  EducationalOrganization: ORGANIZATION,
  WorkersUnion: ORGANIZATION,
  Course: [
    ...THING,
    'provider',
    'inLanguage',
    'audience',
    'coursePrerequisites',
    'hasCourseInstance',
    'offers',
    'courseCode',
    'numberOfCredits',
    'teaches',
    'syllabusSections',
    'financialAidEligible',
  ],
  CourseInstance: [...EVENT, 'courseMode', 'instructor'],
  Event: EVENT,
  Offer: [...THING, 'category', 'price', 'priceCurrency', 'availabilityStarts'],
  Person: [...THING, 'affiliation'],
  StructuredValue: [...THING, 'value', 'unitText'],
  Syllabus: THING,
  Place: [...THING, 'address'],
  VirtualLocation: THING,
  PostalAddress: [...THING, 'streetAddress', 'addressLocality'],
  Audience: [...THING, 'audienceType'],
};
/** What each type must have, for search engines' course and event listings. */
const REQUIRED: Record<string, string[]> = {
  Course: ['name', 'description', 'provider', 'inLanguage'],
  CourseInstance: ['courseMode', 'organizer'],
  Event: ['name', 'startDate', 'organizer', 'eventAttendanceMode'],
  Offer: ['price', 'priceCurrency'],
  Organization: ['name'],
};
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/;

/** The page as build writes it, and the JSON-LD of its head, parsed as a browser's JSON.parse would. */
async function page(rel: string, baseUrl?: string): Promise<{ html: string; data: Node; plan: StudyPlan }> {
  const plan = (await loadPlan(path.join(root, rel))).data as StudyPlan;
  const name = path.basename(rel, '.yaml');
  const html = renderHtml(plan, { template: booklet, published: publishPlan(plan, { name, template: booklet, ...(baseUrl ? { baseUrl } : {}) }) });
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return { html, data: JSON.parse(scripts[0]![1]!) as Node, plan };
}

/** Every node of the graph, nested ones too, checked against its type's properties. */
function checkNode(node: Node, seen: Node[]): void {
  const type = node['@type'];
  if (typeof type !== 'string') {
    expect(Object.keys(node)).toEqual(['@id']);
    return;
  }
  seen.push(node);
  expect(PROPERTIES[type], `a schema.org type this test knows: ${type}`).toBeDefined();
  for (const key of Object.keys(node)) expect(PROPERTIES[type], `${type}.${key}`).toContain(key);
  for (const key of REQUIRED[type] ?? []) expect(node[key], `${type}.${key}`).toBeDefined();
  for (const key of ['startDate', 'endDate']) if (key in node) expect(node[key]).toMatch(ISO);
  if (type === 'CourseInstance') expect(['Onsite', 'Online', 'Blended']).toContain(node['courseMode']);
  if (type === 'Offer') {
    expect(typeof node['price']).toBe('number');
    expect(node['priceCurrency']).toMatch(/^[A-Z]{3}$/);
  }
  for (const value of Object.values(node)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v && typeof v === 'object') checkNode(v as Node, seen);
  }
}

function nodes(data: Node): Node[] {
  expect(data['@context']).toBe('https://schema.org');
  const seen: Node[] = [];
  for (const n of data['@graph'] as Node[]) checkNode(n, seen);
  return seen;
}
const ofType = (all: Node[], type: string) => all.filter((n) => n['@type'] === type);

describe('schema.org JSON-LD in the page', () => {
  test.each(['plans/norrbotten-2011-2014.yaml', 'plans/skane-hosten-2021.yaml', 'tests/fixtures/valid/dated-course.yaml', 'tests/fixtures/valid/calendar.yaml', 'tests/fixtures/valid/published.yaml'])(
    '%s: the organisation, a Course per public course, an Event per calendar entry; every field of its type',
    async (rel) => {
      const { data, plan } = await page(rel);
      const all = nodes(data);
      const graph = data['@graph'] as Node[];
      expect(graph[0]!['name']).toBe(plan.publisher.name);
      const courses = (plan.sections ?? []).flatMap((s) => (s.kind === 'courses' && !s.internal ? s.courses.filter((c) => !c.internal) : []));
      expect(ofType(graph, 'Course').map((c) => c['name'])).toEqual(courses.map((c) => c.title));
      for (const c of ofType(graph, 'Course')) expect(c['inLanguage']).toBe(plan.language ?? 'sv');
      const events = (plan.sections ?? []).flatMap((s) => (s.kind === 'calendar' && !s.internal ? s.months.flatMap((m) => (m.events ?? []).filter((e) => !e.internal)) : []));
      expect(ofType(graph, 'Event').map((e) => e['name'])).toEqual(events.map((e) => e.title));
      expect(all.length).toBeGreaterThan(0);
    },
  );

  test.each(['tests/fixtures/genre/fackforbund-kurskatalog.yaml', 'tests/fixtures/genre/studieforbund-kursside.yaml'])(
    '%s (issue 27): codes, credits, goals, topics, teachers and meetings use only properties of their types',
    async (rel) => {
      const all = nodes((await page(rel)).data);
      expect(ofType(all, 'Syllabus').length + ofType(all, 'StructuredValue').length).toBeGreaterThan(0);
      expect(ofType(all, 'Person').length).toBeGreaterThan(1);
      // Each meeting (`kind: meeting`) is an Event, never a Course.
      expect(ofType(all, 'Event').length).toBeGreaterThan(0);
      expect(ofType(all, 'Course').map((c) => c['name'])).not.toContain('Åpent medlemsmøte om tariffoppgjøret');
    },
  );

  test('dated-course: the CourseInstance has mode, place, times with their offset, the price and the organiser', async () => {
    const { data } = await page('tests/fixtures/valid/dated-course.yaml', 'https://example.se/planer/');
    const course = ofType(data['@graph'] as Node[], 'Course')[0]!;
    expect(course['@id']).toBe('https://example.se/planer/dated-course.html#valberedning-grund');
    expect(course['provider']).toEqual({ '@id': 'https://example.se/planer/dated-course.html#organisation' });
    const [instance] = course['hasCourseInstance'] as Node[];
    expect(instance).toMatchObject({
      courseMode: 'Onsite',
      startDate: '2022-03-12T09:30:00+01:00',
      endDate: '2022-03-12T16:00:00+01:00',
      location: { '@type': 'Place', name: 'ABF-huset', address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 11', addressLocality: 'Uppsala' } },
      offers: { '@type': 'Offer', price: 350, priceCurrency: 'SEK', url: 'https://www.example.se/anmalan/valberedning' },
      organizer: [{ '@type': 'Organization', name: 'Partidistriktet' }],
    });
  });

  test('published.yaml: summer time after 26 March, an online course, free of charge, no internal content', async () => {
    const { data, html } = await page('tests/fixtures/valid/published.yaml');
    const graph = data['@graph'] as Node[];
    expect(graph[0]!['@type']).toBe('EducationalOrganization');
    const [ledarskap, cirkel, , webbinarium] = ofType(graph, 'Course') as Node[];
    expect((ledarskap!['hasCourseInstance'] as Node[]).map((i) => i['startDate'])).toEqual(['2023-03-25T09:30:00+01:00', '2023-03-26T10:00:00+02:00']);
    expect(ledarskap!['description']).toBe('Om att leda möten och studiecirklar.');
    expect((cirkel!['hasCourseInstance'] as Node[])[0]).toMatchObject({ startDate: '2023-02-07T18:00:00+01:00', endDate: '2023-02-21T20:30:00+01:00' });
    expect(cirkel!['offers']).toMatchObject({ price: 0, priceCurrency: 'SEK' });
    expect((webbinarium!['hasCourseInstance'] as Node[])[0]).toMatchObject({ courseMode: 'Online', location: { '@type': 'VirtualLocation', url: 'https://www.example.se/webbinarium' } });
    const retorik = ofType(graph, 'Event').find((e) => e['name'] === 'Retorikhelgen börjar')!;
    expect(retorik['about']).toEqual({ '@id': '#helgkurs' });
    expect(JSON.stringify(data)).not.toMatch(/HEMLIG|Ystad/);
    // The title's "</script>" cannot end the element: the page has exactly one script end tag.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(ledarskap!['name']).toBe('Ledarskap </script><b>& mod; del 1, 2');
  });

  test('a plan in Norwegian is described in Norwegian, in Oslo time and kroner', async () => {
    const plan = (await loadPlan(path.join(root, 'tests/fixtures/valid/dated-course.yaml'))).data as StudyPlan;
    const nb = { ...plan, language: 'nb' as const };
    const html = renderHtml(nb, { template: booklet, published: publishPlan(nb, { name: 'x', template: booklet }) });
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!) as Node;
    const course = ofType(data['@graph'] as Node[], 'Course')[0]!;
    expect(course['inLanguage']).toBe('nb');
    expect((course['hasCourseInstance'] as Node[])[0]!['startDate']).toBe('2022-03-12T09:30:00+01:00');
  });
});
