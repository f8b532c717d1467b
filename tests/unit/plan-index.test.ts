import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { courseAnchors, planIndex, rawPlanIndex } from '../../src/plan/plan-index.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { comparePlans } from '../../src/diff/compare.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = async (rel: string) => (await loadPlan(path.join(root, rel))).data as StudyPlan;

// The one index of a plan (src/plan/plan-index.ts) that lint, render, publish and diff read.
describe('planIndex', () => {
  test('sections depth first with path and level, courses with their section, dated items with their course', async () => {
    const plan = await load('tests/fixtures/valid/sub-section-course.yaml');
    const index = planIndex(plan);
    expect(index.sections.map((s) => [s.node.title, s.path, s.level])).toEqual([
      ['Utbildningar i distriktet', ['sections', 0], 1],
      ['Regionala utbildningar', ['sections', 0, 'sections', 0], 2],
      ['Vårens möten', ['sections', 0, 'sections', 1], 2],
    ]);
    expect(index.top).toHaveLength(1);
    expect(index.courses.map((c) => [c.node.id, c.section.node.title, c.path])).toEqual([['valberedning-grund', 'Regionala utbildningar', ['sections', 0, 'sections', 0, 'courses', 0]]]);
    expect(index.dated.map((d) => [d.kind, d.path.join('.'), d.course?.node.id])).toEqual([
      ['occurrence', 'sections.0.sections.0.courses.0.occurrences.0', 'valberedning-grund'],
      ['deadline', 'sections.0.sections.0.courses.0.registration.deadline', 'valberedning-grund'],
      ['event', 'sections.0.sections.1.months.0.events.0', 'valberedning-grund'],
    ]);
    // Built once per plan.
    expect(planIndex(plan)).toBe(index);
  });

  test('internal is inherited: a course inside an internal section is internal, and gets no anchor in the public page', () => {
    const plan = {
      title: 'T',
      publisher: { name: 'P' },
      sections: [
        { kind: 'prose', title: 'A', internal: true, sections: [{ kind: 'courses', title: 'B', courses: [{ id: 'x', title: 'X' }] }] },
        {
          kind: 'courses',
          title: 'C',
          courses: [
            { id: 'x', title: 'Y' },
            { id: 'z', title: 'Z', internal: true },
          ],
        },
      ],
    } as unknown as StudyPlan;
    expect(planIndex(plan).courses.map((c) => [c.node.title, c.internal])).toEqual([
      ['X', true],
      ['Y', false],
      ['Z', true],
    ]);
    // Public: the first shown course with id x is Y; with internal content, X claims x and Y gets one from its title.
    expect([...courseAnchors(plan, false).byId]).toEqual([['x', { title: 'Y', anchor: 'x' }]]);
    expect([...courseAnchors(plan, true).of.values()]).toEqual(['x', 'y', 'z']);
    expect(courseAnchors(plan, true)).toBe(courseAnchors(plan, true));
    // The page's other headings go on from the courses' ids.
    expect(courseAnchors(plan, true).headings().fromTitle('X')).toBe('x-2');
  });

  test('any shape (lint): odd items are skipped, never thrown on', () => {
    const index = rawPlanIndex({ sections: [null, 'text', { kind: 'courses', courses: [1, { id: 'a', occurrences: 'no', steps: [{ occurrences: [{ date: 'd' }] }] }] }, { sections: 5 }] });
    expect(index.sections.map((s) => s.path)).toEqual([
      ['sections', 2],
      ['sections', 3],
    ]);
    expect(index.dated.map((d) => d.path.join('.'))).toEqual(['sections.2.courses.1.steps.0.occurrences.0']);
  });
});

describe('diff reads the index', () => {
  test("a sub-section's own changes are reported: its text, and an event of its calendar (events pair by date and title)", async () => {
    const before = await load('tests/fixtures/valid/sub-section-course.yaml');
    const after = structuredClone(before);
    const subs = (after.sections?.[0] as { sections: { text?: string; months?: { events: { town?: string }[] }[] }[] }).sections;
    subs[0]!.text = 'Nytt.';
    subs[1]!.months![0]!.events[0]!.town = 'Enköping';
    const diff = comparePlans(before, after);
    expect(diff.sections.map((s) => [s.title, s.fields.map((f) => f.field), s.events?.length ?? 0])).toEqual([
      ['Regionala utbildningar', ['text'], 0],
      ['Vårens möten', [], 1],
    ]);
  });
});
