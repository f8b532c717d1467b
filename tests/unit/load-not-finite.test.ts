import { expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

/** Issue 16: `capacity: .inf` passed the schema (ajv's integer takes Infinity) and printed "Infinity platser". */
const plan = (value: string) =>
  `title: Studieplan 2022\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\nsections:\n  - title: Kurser\n    courses:\n      - title: Grundkurs\n        capacity: ${value}\n`;

for (const [value, shown] of [
  ['.inf', '.inf'],
  ['-.inf', '-.inf'],
  ['.NaN', '.nan'],
] as const) {
  for (const quick of [true, false]) {
    test(`capacity: ${value} is a yaml/not-finite error at its line and column (${quick ? 'event reader' : 'yaml'})`, () => {
      const loaded = parsePlan(plan(value), 'plan.yaml', { quick });
      const found = checkPlan(loaded, { lang: 'en' }).filter((d) => d.ruleId === 'yaml/not-finite');
      expect(found.map((d) => [d.severity, d.line, d.column, d.message])).toEqual([['error', 10, 19, `\`${shown}\` is not a number a plan can use.`]]);
    });
  }
}

test('the finding is worded in Swedish by default', () => {
  const found = checkPlan(parsePlan(plan('.inf'), 'plan.yaml'), { lang: 'sv' }).filter((d) => d.ruleId === 'yaml/not-finite');
  expect(found[0]?.message).toBe('`.inf` är inget tal som en plan kan använda.');
});
