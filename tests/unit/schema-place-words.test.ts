import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/i18n/index.js';
import { checkPlan } from '../../src/lint/check-plan.js';
import { parsePlan } from '../../src/plan/load.js';

/** A schema finding names its place as a secretary would: the section or course by its title, not `sections`. */
const PLAN = `title: Studieplan 2027
publisher: { name: S i Testlän }
sections:
  - title: Grundkurser
    courses: []
  - kind: prose
    title: Om oss
    text: Hej
    goalz: [a]
  - kind: courses
    title: Fördjupning
    courses:
      - { id: retorik, title: Retorik, audiense: Alla }
`;
const messages = (lang: Lang) =>
  checkPlan(parsePlan(PLAN, 'plan.yaml'), { lang })
    .filter((d) => d.ruleId.startsWith('schema/'))
    .map((d) => `${d.line}:${d.column} ${d.message}`);

describe('schema findings name the section or course by its title', () => {
  test.each([
    ['sv', '4:5 `kind` saknas i avsnittet `Grundkurser`', '9:5 Okänd nyckel `goalz` i avsnittet `Om oss`', 'i kursen `Retorik`'],
    ['en', '4:5 `kind` is missing in the section `Grundkurser`', '9:5 Unknown key `goalz` in the section `Om oss`', 'in the course `Retorik`'],
    ['nb', '4:5 `kind` mangler i delen `Grundkurser`', '9:5 Ukjent nøkkel `goalz` i delen `Om oss`', 'i kurset `Retorik`'],
    ['da', '4:5 `kind` mangler i afsnittet `Grundkurser`', '9:5 Ukendt nøgle `goalz` i afsnittet `Om oss`', 'i kurset `Retorik`'],
  ] as const)('%s', (lang, required, unknown, course) => {
    const found = messages(lang);
    expect(
      found.some((m) => m.startsWith(required)),
      found.join('\n'),
    ).toBe(true);
    expect(
      found.some((m) => m.startsWith(unknown)),
      found.join('\n'),
    ).toBe(true);
    expect(
      found.some((m) => m.startsWith('13:') && m.includes(course)),
      found.join('\n'),
    ).toBe(true);
    expect(found.join('\n')).not.toMatch(/`sections`/);
  });
});
