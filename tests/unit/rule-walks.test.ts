import { describe, expect, test } from 'vitest';
import { mappingsUnder } from '../../src/lint/rules/walk.js';

// The walks the rules share (src/lint/rules/walk.ts): one walk of a plan finds the mappings under
// every key a rule asked for.
const contactsOf = mappingsUnder('contacts');
const plan = {
  contacts: [{ name: 'A' }, 'not a mapping', { name: 'B' }],
  sections: [
    { kind: 'text', contacts: { name: 'C' } },
    { kind: 'courses', courses: [{ id: 'x', contacts: [{ name: 'D' }] }] },
  ],
};

describe('mappingsUnder', () => {
  test('every mapping under the key, wherever it is, in document order, with its path', () => {
    expect(contactsOf(plan).map((c) => [c.node['name'], c.path])).toEqual([
      ['A', ['contacts', 0]],
      ['B', ['contacts', 2]],
      ['C', ['sections', 0, 'contacts']],
      ['D', ['sections', 1, 'courses', 0, 'contacts', 0]],
    ]);
    // Walked once: the same list again.
    expect(contactsOf(plan)).toBe(contactsOf(plan));
  });

  test('a key asked for after a plan was walked is found too (the plan is walked again)', () => {
    expect(contactsOf(plan)).toHaveLength(4);
    const coursesUnder = mappingsUnder('courses');
    expect(coursesUnder(plan).map((c) => c.path)).toEqual([['sections', 1, 'courses', 0]]);
    expect(contactsOf(plan)).toHaveLength(4);
  });

  test('nothing under the key: an empty list', () => {
    expect(mappingsUnder('images')({ title: 'T' })).toEqual([]);
  });
});
