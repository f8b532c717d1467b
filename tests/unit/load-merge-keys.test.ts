import { expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

/** Issue 16: `%YAML 1.1` switched on merge keys (`<<: *x`), so the plan meant other things than the editor read. */
const body = `title: Studieplan 2022\npublisher: &p\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\n`;
const found = (text: string, lang: 'en' | 'sv' = 'en') =>
  checkPlan(parsePlan(text, 'plan.yaml'), { lang })
    .filter((d) => d.ruleId.startsWith('yaml/'))
    .map((d) => [d.ruleId, d.line, d.column, d.message]);

test('a %YAML 1.1 directive is a yaml/version error at its line, and nothing is merged', () => {
  const loaded = parsePlan(`%YAML 1.1\n---\n${body}organiser:\n  <<: *p\n`, 'plan.yaml');
  expect(loaded.data).toBeUndefined();
  expect(found(`%YAML 1.1\n---\n${body}`)).toEqual([['yaml/version', 1, 1, "%YAML 1.1: plans are YAML 1.2, where values mean what the editor's schema check reads."]]);
});

test('%YAML 1.2 is accepted', () => {
  expect(found(`%YAML 1.2\n---\n${body}`)).toEqual([]);
});

test('a merge key is a yaml/merge-key error at its place, with or without a directive, in Swedish by default', () => {
  expect(found(`${body}extra:\n  <<: *p\n`)).toEqual([['yaml/merge-key', 7, 3, 'The merge key `<<` is not read in a plan.']]);
  expect(found(`${body}extra: {<<: {a: 1}}\n`, 'sv')).toEqual([['yaml/merge-key', 6, 9, 'Sammanslagningsnyckeln `<<` läses inte i en plan.']]);
  expect(found(`%YAML 1.1\n---\n${body}extra:\n  <<: *p\n`).map((f) => f[0])).toEqual(['yaml/version', 'yaml/merge-key']);
});

test('a quoted "<<" is a plain key, not a merge', () => {
  expect(found(`${body}extra:\n  "<<": 1\n`)).toEqual([]);
});
