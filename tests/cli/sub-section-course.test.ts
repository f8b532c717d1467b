import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

// A dated course in a sub-section, and a calendar sub-section whose event names it (issue 26).
// Every output reads the plan's index (src/plan/plan-index.ts); before it, diff said "No changes."
// of a rename and a capacity change, and no .ics, calendar link, JSON-LD Course or Kurskalender
// row was made for the course, while --format json had it.
let project: string;
const studyplan = (...args: string[]) => runMain(project, args, { SOURCE_DATE_EPOCH: '' });
const read = (...p: string[]) => readFileSync(path.join(project, ...p), 'utf8');
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-sub-section-'));
  mkdirSync(path.join(project, 'plans'));
  cpSync(path.join(ROOT, 'tests/fixtures/valid/sub-section-course.yaml'), path.join(project, 'plans/x.yaml'));
  writeFileSync(path.join(project, 'studyplan.config.yaml'), 'formats: [html, json]\nsite:\n  url: https://example.se/planer/\n');
  const built = await studyplan('build');
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a dated course in a sub-section', () => {
  test('is valid: lint is clean', async () => {
    const r = await studyplan('lint', 'plans/x.yaml');
    expect(r.code).toBe(0);
  });

  test('diff of a rename and a capacity change reports both', async () => {
    const plan = read('plans/x.yaml');
    const next = plan.replace('title: Valberedningens arbete\n', 'title: Valberedningens arbete i praktiken\n').replace('capacity: 30', 'capacity: 40');
    expect(next).not.toBe(plan);
    writeFileSync(path.join(project, 'new.yaml'), next);
    const r = await studyplan('diff', 'plans/x.yaml', 'new.yaml', '--lang', 'en', '--format', 'json');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as { count: number; courses: { renamed?: { to: string }; fields: { field: string; before?: unknown; after?: unknown }[] }[] };
    expect(diff.count).toBe(1);
    expect(diff.courses[0]?.renamed?.to).toBe('Valberedningens arbete i praktiken');
    expect(diff.courses[0]?.fields).toEqual([{ field: 'registration.capacity', before: 30, after: 40 }]);
  });

  test('the plan .ics has its occurrence, its deadline and the event that names it', () => {
    expect(events(read('out/x.ics'))).toEqual(['Valberedningens arbete', 'Sista anmälningsdag: Valberedningens arbete', 'Uppföljning för valberedningar']);
  });

  test('the course has its own calendar, linked from its heading', () => {
    expect(events(read('out/x.calendars/valberedning-grund.ics'))).toHaveLength(3);
    expect(read('out/x.html')).toContain('<a href="x.calendars/valberedning-grund.ics" download="valberedning-grund.ics" type="text/calendar">');
  });

  test('the JSON-LD has the Course, and the event is about it', () => {
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read('out/x.html'))?.[1] ?? '{}';
    const graph = (JSON.parse(script) as { '@graph': Record<string, unknown>[] })['@graph'];
    const id = 'https://example.se/planer/x.html#valberedning-grund';
    expect(graph.filter((n) => n['@type'] === 'Course').map((n) => [n['@id'], n['name']])).toEqual([[id, 'Valberedningens arbete']]);
    expect(graph.find((n) => n['@type'] === 'Event')?.['about']).toEqual({ '@id': id });
  });

  test('the Kurskalender lists its dates, linked to the course', () => {
    const html = read('out/x.html');
    const calendar = html.slice(html.indexOf('id="kurskalender"'), html.indexOf('</table>', html.indexOf('id="kurskalender"')));
    // Its deadline is a mark on the course's row (issue 29), not a row of its own.
    expect(calendar.match(/<a href="#valberedning-grund">[^<]*<\/a>/g)).toEqual([
      '<a href="#valberedning-grund">Valberedningens arbete</a>',
      '<a href="#valberedning-grund">Uppföljning för valberedningar</a>',
    ]);
  });

  test('open data has it where the plan has it', () => {
    const data = JSON.parse(read('out/x.json')) as { plan: { sections: { sections: { courses?: { id: string }[] }[] }[] } };
    expect(data.plan.sections[0]?.sections[0]?.courses?.map((c) => c.id)).toEqual(['valberedning-grund']);
  });
});
