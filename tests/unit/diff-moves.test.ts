import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { comparePlans, renderDiff } from '../../src/diff/index.js';
import { wordChange } from '../../src/diff/items.js';
import { LANGS, words } from '../../src/i18n/index.js';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';

/**
 * Issue 30, `studyplan diff`: a moved date is one line "moved from … to …" (a course's
 * occurrence, a session of a step, a calendar event, a deadline), a text shows its changed words,
 * and every word is in the report's language: each key of the plan schema and each value of its
 * lists of choices has its words in sv, en, nb and da.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const load = (text: string) => parsePlan(text, 'plan.yaml').data as StudyPlan;
function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" once`).toBe(1);
  return text.replace(from, to);
}

describe('every word in the language of the report', () => {
  const schema = JSON.parse(read('schemas/studyplan.schema.json')) as { $defs: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> };
  const keys = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const props = (n as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) keys.add(k);
    Object.values(n).forEach(walk);
  };
  walk(schema);
  const choices = (def: string, prop: string) => schema.$defs[def]?.properties?.[prop]?.enum ?? [];
  for (const lang of LANGS) {
    test(`${lang}: a label for each key of the plan, a word for each organisation kind and choice`, () => {
      const m = words(lang).diff;
      expect([...keys].filter((k) => !m.fields[k])).toEqual([]);
      expect((schema.$defs['organisationKind']?.enum ?? []).filter((k) => !m.organisationKinds[k])).toEqual([]);
      const values = [
        ...choices('occurrence', 'venueStatus'),
        ...choices('occurrence', 'dateStatus'),
        ...(schema.$defs['timeRange']?.enum ?? []),
        ...choices('registration', 'kind'),
        ...choices('calendarEvent', 'kind'),
        ...choices('notice', 'kind'),
        ...choices('pace', 'rate'),
        ...choices('completion', 'award'),
        // Issue 27's choices: goal kinds, people's roles, credit systems, exams, student finance schemes.
        ...choices('goal', 'kind'),
        ...choices('person', 'role'),
        ...choices('credits', 'system'),
        ...choices('exam', 'kind'),
        ...choices('studentFinance', 'scheme'),
      ];
      expect(values.length).toBeGreaterThan(15);
      expect(values.filter((v) => !m.values[v])).toEqual([]);
    });
  }

  test('nb: a status and a list of records are worded, not "unexpected error" (the label file names its language, it is no locale)', async () => {
    const NB = read('tests/fixtures/genre/partiskole-trinn.yaml');
    const text = edit(NB, '  name: Trøndelag Arbeiderparti\n  kind: party-district\n', '  name: Trøndelag Arbeiderparti\n  kind: union\n');
    const report = await renderDiff(comparePlans(load(NB), load(text), { language: 'nb' }), 'text');
    expect(report).toContain('Utgiver, type: partidistrikt → fagforbund');
    expect(report).not.toMatch(/\bkind\b|party-district/);
  });
});

describe('moves', () => {
  test('a session of a step moved: one line under the step, in nb', async () => {
    const NB = read('tests/fixtures/genre/partiskole-trinn.yaml');
    const moved = edit(NB, '                date: 2023-02-04\n', '                date: 2023-02-18\n');
    const d = comparePlans(load(NB), load(moved), { language: 'nb' });
    const steps = d.courses[0]?.fields.find((f) => f.field === 'steps');
    expect(steps?.removed).toBeUndefined();
    expect(steps?.changed?.[0]?.fields.map((f) => [f.field, f.moved?.length])).toEqual([['steps.occurrences', 1]]);
    const text = await renderDiff(d, 'text');
    expect(text).toContain('Trinn, endret: Organisasjon og verdier – Tid og sted: flyttet fra 4. februar 2023 til 18. februar 2023 (Samling 1, tema: Partiets historie,');
    expect(text.split('\n').filter((l) => l.includes('flyttet'))).toHaveLength(1);
  });

  test('a calendar event moved with its end date: one move', async () => {
    const CALENDAR = read('tests/fixtures/valid/calendar.yaml');
    const text = edit(CALENDAR, '          - date: 2022-09-24\n            endDate: 2022-09-25\n', '          - date: 2022-09-17\n            endDate: 2022-09-18\n');
    const report = await renderDiff(comparePlans(load(CALENDAR), load(text)), 'text');
    expect(report).toContain('Ändrad händelse: 24 september 2022 Facket och politiken – Datum: flyttat från 24 september 2022–25 september 2022 till 17 september 2022–18 september 2022\n');
  });

  test('an item changed in more than its dates is no move', () => {
    const DATED = read('tests/fixtures/diff/before.yaml');
    const text = edit(DATED, '          - date: 2022-04-02\n            town: Enköping\n', '          - date: 2022-04-09\n            town: Bålsta\n');
    const f = comparePlans(load(DATED), load(text)).courses[0]?.fields.find((x) => x.field === 'occurrences');
    expect(f).toEqual({ field: 'occurrences', removed: [{ date: '2022-04-02', town: 'Enköping' }], added: [{ date: '2022-04-09', town: 'Bålsta' }] });
  });
});

describe("an application's deadline is worded as the card words it", () => {
  const FOLK = read('tests/fixtures/genre/folkhogskola-kurs.yaml');
  const later = edit(FOLK, '          deadline: 2022-06-15\n', '          deadline: 2022-06-22\n');
  test.each([
    ['sv', 'Sista ansökningsdag: flyttat från 15 juni 2022 till 22 juni 2022'],
    ['en', 'Application deadline: moved from 15 June 2022 to 22 June 2022'],
    ['nb', 'Søknadsfrist: flyttet fra 15. juni 2022 til 22. juni 2022'],
    ['da', 'Ansøgningsfrist: flyttet fra 15. juni 2022 til 22. juni 2022'],
  ] as const)('diff in %s', async (language, line) => {
    const report = await renderDiff(comparePlans(load(FOLK), load(later), { language }), 'text');
    expect(report).toContain(line);
    expect(report).not.toMatch(/anmälningsdag|registration deadline|påmeldingsfrist|tilmeldingsdag/i);
  });
});

describe('changed words', () => {
  test('a few words of a long text: the words, and a long unchanged run shortened', async () => {
    const before = 'Kursen ger en grund i hur en arbetarekommun arbetar med valberedning, nomineringar och provval inför valet i september.';
    const after = 'Kursen ger en grund i hur en arbetarekommun arbetar med valberedning, nomineringar och provval inför kommunvalet i september.';
    expect(wordChange(before, after)?.filter((p) => p.change)).toEqual([
      { text: 'valet', change: 'removed' },
      { text: 'kommunvalet', change: 'added' },
    ]);
    const DATED = read('tests/fixtures/diff/before.yaml');
    const plain = comparePlans(
      load(edit(DATED, 'text: Anmälan sker via arbetarekommunens studieorganisatör.', `text: ${before}`)),
      load(edit(DATED, 'text: Anmälan sker via arbetarekommunens studieorganisatör.', `text: ${after}`)),
    );
    expect(await renderDiff(plain, 'text')).toContain('Anmälan: … och provval inför [-valet-] {+kommunvalet+} i september.\n');
    expect(await renderDiff(plain, 'md')).toContain('Anmälan: … och provval inför ~~valet~~ **kommunvalet** i september.\n');
    expect(await renderDiff(plain, 'html')).toContain('<li>Anmälan: … och provval inför <del>valet</del> <ins>kommunvalet</ins> i september.</li>');
  });

  test('a short text, a date or a text written anew: before → after', () => {
    expect(wordChange('Nya medlemmar', 'Alla nya medlemmar')).toBeUndefined();
    expect(wordChange('2022-03-12', '2022-03-19')).toBeUndefined();
    expect(wordChange('en två tre fyra fem sex sju åtta nio', 'ett annat ord för varje ord i denna mening')).toBeUndefined();
  });
});
