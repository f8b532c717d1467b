import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

const lint = (text: string) => checkPlan(parsePlan(text, 'x.yaml'), { lang: 'en' });
const brief = (text: string) => lint(text).map((d) => `${d.line}:${d.column} ${d.ruleId}`);
const course = (extra: string) =>
  `title: T\npublisher:\n  name: P\nperiod:\n  year: 2022\nsections:\n  - kind: courses\n    title: K\n    courses:\n      - id: a\n        title: A\n        audience: Alla\n${extra}`;

describe('one finding per problem', () => {
  test('a bad e-mail address is reported once, by the rule with the hint', () => {
    const found = lint('title: T\npublisher:\n  name: P\n  email: studier@@example\nperiod:\n  year: 2022\n');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['4:10 plan/malformed-email']);
    expect(found[0]!.hint).toContain('name@example.se');
  });

  test("a date that is not a date gets no date rule's finding about the same value", () => {
    expect(brief(course('        occurrences:\n          - date: 2022-13-45\n'))).toEqual(['14:19 schema/format']);
    expect(brief(course('        occurrences:\n          - date: 2023-02-30\n'))).toEqual(['14:19 schema/format']);
  });

  test('a real date outside the period is still reported', () => {
    expect(brief(course('        occurrences:\n          - date: 2023-02-28\n'))).toEqual(['14:19 plan/date-outside-period']);
  });
});

describe('a misspelt required key', () => {
  test('gives one finding: the unknown key with its did-you-mean, not also the missing key', () => {
    const found = lint('titel: T\npublisher:\n  name: P\nperiod:\n  year: 2022\n');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['1:1 schema/unknown-key']);
    expect(found[0]!.message).toContain('Did you mean `title`?');
  });

  test("in a nested mapping too (the period's `too` for `to`)", () => {
    expect(brief('title: T\npublisher:\n  name: P\nperiod:\n  from: 2011\n  too: 2014\n')).toEqual(['6:3 schema/unknown-key']);
  });

  test('a missing key that no unknown key resembles is still told', () => {
    expect(brief('zzzzzzzz: T\npublisher:\n  name: P\nperiod:\n  year: 2022\n').sort()).toEqual(['1:1 schema/required', '1:1 schema/unknown-key']);
  });

  test('an unknown key in another mapping does not hide the missing key', () => {
    expect(brief('publisher:\n  name: P\n  title: X\nperiod:\n  year: 2022\n').sort()).toEqual(['1:1 schema/required', '3:3 schema/unknown-key']);
  });
});

describe("a prerequisite written as a course's title", () => {
  const plan = (pre: string) =>
    course(`      - id: b\n        title: Fortsättning\n        audience: Alla\n        prerequisites:\n          courses:\n            - ${pre}\n`).replace(
      'title: A\n',
      'title: Medlemsutbildning  del 1\n',
    );

  test("suggests that course's id, as the message and as the fix", () => {
    const found = lint(plan('"medlemsutbildning del 1 "'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['18:15 plan/unknown-prerequisite']);
    expect(found[0]!.message).toContain('Did you mean `a`?');
    expect(found[0]!.fix).toEqual({ range: { start: { line: 18, column: 15 }, end: { line: 18, column: 41 } }, text: 'a' });
  });

  test('a reference that is no title keeps the did-you-mean of the ids', () => {
    const found = lint(plan('zzzzzz'));
    expect(found.map((d) => d.ruleId)).toEqual(['plan/unknown-prerequisite']);
    expect(found[0]!.fix).toBeUndefined();
  });
});
