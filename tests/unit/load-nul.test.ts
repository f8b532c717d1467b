import { expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

/** Issue 16: a NUL byte after the first 8 KB (where binary files are told) passed into the HTML and the PDF title. */
test('a NUL byte after the first 8 KB is a yaml/encoding error at its line and column', () => {
  const head = `title: "Studieplan\0 2022"\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\n`;
  const text = `${'# fyllnad\n'.repeat(1000)}${head}`;
  expect(Buffer.byteLength(text.slice(0, text.indexOf('\0')))).toBeGreaterThan(8192);
  const found = checkPlan(parsePlan(Buffer.from(text), 'plan.yaml'), { lang: 'en' });
  expect(found.map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['yaml/encoding', 'error', 1001, 19]]);
});
