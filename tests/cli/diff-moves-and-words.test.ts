import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Issue 30: `studyplan diff` printed a moved date as a removed line and an added line (6 lines
 * for 3 dates), a paragraph twice for a one-word change, and English keys in the Swedish report
 * (`role: i samarbete med`); in Norwegian it stopped with "unexpected error" (the label file's
 * language name taken for a locale). main() of the compiled CLI in this process (runMain), on two versions of one plan
 * (tests/fixtures/diff: three dates moved, two words added, a role changed, a deadline moved).
 */
const FIX = path.join(ROOT, 'tests/fixtures/diff');
const diff = (...args: string[]) => runMain(FIX, ['diff', 'before.yaml', 'after.yaml', ...args]);

const EXPECTED = {
  sv: [
    'Syfte: att ge valberedningarna {+bra+} verktyg för ett öppet och {+väl+} planerat arbete inför …',
    'Arrangörer, ändrat: ABF Uppsala län – Roll: i samarbete med → genomförs av',
    'Tid och plats: flyttat från 2 april 2022 till 9 april 2022 (Enköping)',
    'Tid och plats: flyttat från 7 maj 2022–8 maj 2022 till 14 maj 2022–15 maj 2022 (Tierp)',
    'Tid och plats: flyttat från 12 mars 2022 till 19 mars 2022 (starttid: 09:30, sluttid: 16:00, ABF-huset, Storgatan 11, Uppsala)',
    'Sista anmälningsdag: flyttat från 25 februari 2022 till 4 mars 2022',
  ],
  en: [
    'Purpose: att ge valberedningarna {+bra+} verktyg för ett öppet och {+väl+} planerat arbete inför …',
    'Organisers, changed: ABF Uppsala län – Role: in cooperation with → carried out by',
    'Dates and places: moved from 2 April 2022 to 9 April 2022 (Enköping)',
    'Registration deadline: moved from 25 February 2022 to 4 March 2022',
  ],
  nb: [
    'Arrangører, endret: ABF Uppsala län – Rolle: i samarbeid med → gjennomføres av',
    'Tid og sted: flyttet fra 2. april 2022 til 9. april 2022 (Enköping)',
    'Påmeldingsfrist: flyttet fra 25. februar 2022 til 4. mars 2022',
  ],
  da: [
    'Arrangører, ændret: ABF Uppsala län – Rolle: i samarbejde med → gennemføres af',
    'Tid og sted: flyttet fra 2. april 2022 til 9. april 2022 (Enköping)',
    'Sidste tilmeldingsdag: flyttet fra 25. februar 2022 til 4. marts 2022',
  ],
};

describe('text', () => {
  for (const [lang, lines] of Object.entries(EXPECTED)) {
    test(`--lang ${lang}: each moved date one line, the changed words, no key of the plan`, async () => {
      const r = await diff('--lang', lang);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const line of lines) expect(r.stdout).toContain(`      ${line}\n`);
      // Nothing removed or added whole: every change is a move, a change or changed words.
      expect(r.stdout).not.toMatch(/borttaget|tillagt|removed|added|fjernet|lagt til|tilføjet/);
      expect(r.stdout).not.toMatch(/\b(role|kind|in-cooperation-with|carried-out-by|study-association)\b/);
      expect(r.stdout.split('\n').filter((l) => /flyttat|moved from|flyttet/.test(l))).toHaveLength(4);
    });
  }
});

test('md: removed words struck through, added words bold', async () => {
  const r = await diff('--format', 'md');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('  - Syfte: att ge valberedningarna **bra** verktyg för ett öppet och **väl** planerat arbete inför …\n');
  expect(r.stdout).toContain('  - Tid och plats: flyttat från 2 april 2022 till 9 april 2022 (Enköping)\n');
});

test('json: moves, a changed organiser and the words as data', async () => {
  const r = await diff('--format', 'json');
  expect(r.code).toBe(0);
  const d = JSON.parse(r.stdout) as { courses: { fields: Record<string, unknown>[] }[] };
  const fields = d.courses[0]?.fields ?? [];
  const byField = Object.fromEntries(fields.map((f) => [f['field'], f]));
  expect(byField['occurrences']).toEqual({
    field: 'occurrences',
    moved: [
      { before: { date: '2022-04-02', town: 'Enköping' }, after: { date: '2022-04-09', town: 'Enköping' }, fields: [] },
      { before: { date: '2022-05-07', endDate: '2022-05-08', town: 'Tierp' }, after: { date: '2022-05-14', endDate: '2022-05-15', town: 'Tierp' }, fields: [] },
      {
        before: { date: '2022-03-12', startTime: '09:30', endTime: '16:00', venue: 'ABF-huset', address: 'Storgatan 11', town: 'Uppsala' },
        after: { date: '2022-03-19', startTime: '09:30', endTime: '16:00', venue: 'ABF-huset', address: 'Storgatan 11', town: 'Uppsala' },
        fields: [],
      },
    ],
  });
  expect((byField['organisers'] as { changed: unknown[] }).changed).toEqual([
    {
      before: { name: 'ABF Uppsala län', role: 'in-cooperation-with', kind: 'study-association' },
      after: { name: 'ABF Uppsala län', role: 'carried-out-by', kind: 'study-association' },
      fields: [{ field: 'organisers.role', before: 'in-cooperation-with', after: 'carried-out-by' }],
    },
  ]);
  const words = (byField['purpose'] as { words: { text: string; change?: string }[] }).words;
  expect(words.filter((w) => w.change).map((w) => [w.change, w.text.trim()])).toEqual([
    ['added', 'bra'],
    ['added', 'väl'],
  ]);
});
