import { expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';

/** Issue 16: the NFD and NFC spellings of one title (a Mac's and Windows' "Möte") were not seen as duplicates. */
test('course titles that differ only in Unicode form are duplicates', () => {
  const nfc = 'Medlemsmöte'.normalize('NFC');
  const nfd = 'Medlemsmöte'.normalize('NFD');
  expect(nfc).not.toBe(nfd);
  const text = `title: Studieplan 2022\npublisher:\n  name: S\nperiod:\n  year: 2022\nsections:\n  - kind: courses\n    title: Kurser\n    courses:\n      - { id: a, title: ${nfc}, audience: Alla }\n      - { id: b, title: ${nfd}, audience: Alla }\n`;
  const found = checkPlan(parsePlan(text, 'plan.yaml'), { lang: 'en' }).filter((d) => d.ruleId === 'plan/duplicate-course-title');
  expect(found.map((d) => d.line)).toEqual([11]);
});
