import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/check-plan.js';
import { didYouMean } from '../../src/lint/did-you-mean.js';
import { parsePlan } from '../../src/plan/load.js';

const COURSE_KEYS = ['id', 'title', 'summary', 'description', 'audience', 'purpose', 'scope', 'delivery', 'format', 'prerequisites', 'occurrences', 'registration', 'cost', 'organisers', 'notes'];
const EVENT_KEYS = ['date', 'endDate', 'startTime', 'endTime', 'title', 'course', 'venue', 'town', 'online'];

describe('did you mean: the Swedish words for keys', () => {
  test.each([
    ['målgrupp', COURSE_KEYS, 'audience'],
    ['syfte', COURSE_KEYS, 'purpose'],
    ['titel', COURSE_KEYS, 'title'],
    ['kostnad', COURSE_KEYS, 'cost'],
    ['anmälan', COURSE_KEYS, 'registration'],
    ['förkunskaper', COURSE_KEYS, 'prerequisites'],
    ['Målgrupp', COURSE_KEYS, 'audience'],
    ['plats', EVENT_KEYS, 'venue'],
    ['lokal', EVENT_KEYS, 'venue'],
    ['ort', EVENT_KEYS, 'town'],
    ['datum', EVENT_KEYS, 'date'],
  ])('%s -> %s', (word, known, meant) => {
    expect(didYouMean(word, known)).toBe(meant);
  });

  test('the languages by their Swedish names and country codes', () => {
    const langs = ['sv', 'en', 'nb', 'da'];
    expect(didYouMean('norska', langs)).toBe('nb');
    expect(didYouMean('danska', langs)).toBe('da');
    expect(didYouMean('dk', langs)).toBe('da');
    expect(didYouMean('se', langs)).toBe('sv');
  });

  test('a word for a key the mapping does not have suggests nothing from the list', () => {
    expect(didYouMean('plats', ['title', 'publisher'])).toBeUndefined();
  });

  test('in a plan: `målgrupp:` in a course is an unknown key with `audience` as the fix', () => {
    const text =
      'title: Plan\npublisher:\n  name: ABF\n  kind: study-association\nperiod:\n  year: 2024\nsections:\n  - kind: courses\n    title: Kurser\n    courses:\n      - id: a\n        title: A\n        målgrupp: Nya medlemmar\n';
    const found = checkPlan(parsePlan(text, 'x.yaml'), { lang: 'sv' }).filter((d) => d.ruleId === 'schema/unknown-key');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Menade du `audience`?');
    expect(found[0]!.fix?.text).toBe('audience');
  });
});
