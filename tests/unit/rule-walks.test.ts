import { describe, expect, test } from 'vitest';
import { mappingsReader } from '../../src/lint/rules/walk.js';

// The walks the rules share (src/lint/rules/walk.ts): one walk of a plan finds the mappings under
// every key the rules of one lint run declared.
const keys = new Set(['contacts', 'courses', 'images']);
const plan = {
  contacts: [{ name: 'A' }, 'not a mapping', { name: 'B' }],
  sections: [
    { kind: 'text', contacts: { name: 'C' } },
    { kind: 'courses', courses: [{ id: 'x', contacts: [{ name: 'D' }] }] },
  ],
};

describe('mappingsReader', () => {
  test('every mapping under the key, wherever it is, in document order, with its path', () => {
    const under = mappingsReader(plan, keys);
    expect(under('contacts').map((c) => [c.node['name'], c.path])).toEqual([
      ['A', ['contacts', 0]],
      ['B', ['contacts', 2]],
      ['C', ['sections', 0, 'contacts']],
      ['D', ['sections', 1, 'courses', 0, 'contacts', 0]],
    ]);
    // Walked once for all the keys: the same list again, and the other keys from the same walk.
    expect(under('contacts')).toBe(under('contacts'));
    expect(under('courses').map((c) => c.path)).toEqual([['sections', 1, 'courses', 0]]);
  });

  test("the state is the run's: another reader of another plan shares nothing with the first", () => {
    const first = mappingsReader(plan, keys);
    const second = mappingsReader({ contacts: [{ name: 'E' }] }, keys);
    expect(second('contacts').map((c) => c.node['name'])).toEqual(['E']);
    expect(first('contacts')).toHaveLength(4);
  });

  test('a key no rule declared is a mistake in the rule, said at once', () => {
    expect(() => mappingsReader(plan, keys)('status')).toThrow(/without declaring it/);
  });

  test('nothing under the key: an empty list', () => {
    expect(mappingsReader({ title: 'T' }, keys)('images')).toEqual([]);
  });
});
