import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { comparePlans, renderDiff } from '../../src/diff/index.js';
import type { CourseChange, PlanDiff } from '../../src/diff/types.js';
import { parsePlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';

/**
 * `studyplan diff` on real edits of the seed plans: each test edits the YAML text of a seed the
 * way a secretary would, and checks what the diff reports.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const SKANE = readFileSync(path.join(root, 'plans/skane-hosten-2021.yaml'), 'utf8');
const NORRBOTTEN = readFileSync(path.join(root, 'plans/norrbotten-2011-2014.yaml'), 'utf8');
const CALENDAR = readFileSync(path.join(root, 'tests/fixtures/valid/calendar.yaml'), 'utf8');

function load(text: string): StudyPlan {
  const loaded = parsePlan(text, 'plan.yaml');
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.data as StudyPlan;
}

/** Replaces FROM (which must occur exactly once, so a changed seed fails here, not silently). */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, `"${from}" once in the seed`).toBe(1);
  return text.replace(from, to);
}

/** The YAML block of the course ID (from its "- id:" line to the next course or section). */
function courseBlock(text: string, id: string): string {
  const start = text.indexOf(`\n      - id: ${id}\n`);
  expect(start, `course ${id} in the seed`).toBeGreaterThan(0);
  const ends = [`\n      - id: `, `\n  - kind: `, `\nappendices:`].map((s) => text.indexOf(s, start + 1)).filter((i) => i > 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

function diff(oldText: string, newText: string, options: Parameters<typeof comparePlans>[2] = {}): PlanDiff {
  return comparePlans(load(oldText), load(newText), options);
}

const course = (d: PlanDiff, title: string): CourseChange | undefined => d.courses.find((c) => (c.after ?? c.before)?.title === title);

describe('comparePlans on edits of the Skåne plan', () => {
  test('the same plan: no changes, and the formats say so', async () => {
    const d = diff(SKANE, SKANE);
    expect(d.count).toBe(0);
    expect(d.plan).toEqual([]);
    expect(d.courses).toEqual([]);
    expect(d.sections).toEqual([]);
    expect(await renderDiff(d, 'text')).toContain('Inga förändringar.');
  });

  test('key order and YAML style do not count as changes', () => {
    const restyled = edit(SKANE, 'period:\n  term: autumn\n  year: 2021', 'period: { year: 2021, term: autumn }');
    expect(diff(SKANE, restyled).count).toBe(0);
  });

  test('a course added', () => {
    const added = edit(
      SKANE,
      '      - id: fordjupning-i-ideologi\n',
      `      - id: samtalsledare
        title: Samtalsledarutbildning
        audience: Studieorganisatörer

      - id: fordjupning-i-ideologi\n`,
    );
    const d = diff(SKANE, added);
    expect(d.courses).toEqual([{ change: 'added', after: { id: 'samtalsledare', title: 'Samtalsledarutbildning', section: 'Socialdemokratisk medlemsutbildning' }, fields: [] }]);
    expect(d.count).toBe(1);
  });

  test('a course removed', () => {
    const removed = SKANE.replace(courseBlock(SKANE, 'ecanvasser'), '');
    const d = diff(SKANE, removed);
    expect(d.courses).toEqual([{ change: 'removed', before: { id: 'ecanvasser', title: 'Ecanvasser – ring och dörrknackningsverktyg', section: 'Utbildningar och konferenser' }, fields: [] }]);
  });

  test('a course renamed (same id)', () => {
    const renamed = edit(SKANE, '        title: Medlemsutbildning del 2\n', '        title: Medlemsutbildning steg 2\n');
    const d = diff(SKANE, renamed);
    expect(d.courses).toHaveLength(1);
    expect(d.courses[0]).toMatchObject({ change: 'changed', matchedBy: 'id', renamed: { from: 'Medlemsutbildning del 2', to: 'Medlemsutbildning steg 2' }, fields: [] });
  });

  test('a course given a new id keeps its history: paired by title', () => {
    const newId = edit(SKANE, '      - id: ledarskapsutbildning\n', '      - id: ledarskap-grund\n');
    const d = diff(SKANE, newId);
    expect(d.courses).toHaveLength(1);
    expect(d.courses[0]).toMatchObject({ change: 'changed', matchedBy: 'title', idChanged: { from: 'ledarskapsutbildning', to: 'ledarskap-grund' } });
  });

  test('fields changed: a text, a nested value and a list item', () => {
    let text = edit(SKANE, '        audience: Nya medlemmar\n        scope: local', '        audience: Alla nya medlemmar\n        scope: local');
    text = edit(
      text,
      '        scope: regional\n        cost:\n          paidBy: partidistriktet\n          notCovered:\n            - resekostnader\n            - förlorad arbetsförtjänst',
      '        scope: national\n        cost:\n          paidBy: arbetarekommunen\n          notCovered:\n            - resekostnader',
    );
    const d = diff(SKANE, text);
    expect(course(d, 'Medlemsutbildning del 1')?.fields).toEqual([{ field: 'audience', before: 'Nya medlemmar', after: 'Alla nya medlemmar' }]);
    expect(course(d, 'Medlemsutbildning del 2')?.fields).toEqual([
      { field: 'scope', before: 'regional', after: 'national' },
      { field: 'cost.paidBy', before: 'partidistriktet', after: 'arbetarekommunen' },
      { field: 'cost.notCovered', removed: ['förlorad arbetsförtjänst'] },
    ]);
  });

  test('a course moved to another section, and changed on the way', () => {
    const block = courseBlock(SKANE, 'fordjupning-i-ideologi');
    let moved = SKANE.replace(block, '');
    moved = edit(moved, '    title: Utbildningar och konferenser\n    courses:', `    title: Utbildningar och konferenser\n    courses:${block.replace('sessions: 3', 'sessions: 4')}`);
    const d = diff(SKANE, moved);
    expect(d.courses).toHaveLength(1);
    expect(d.courses[0]).toMatchObject({
      change: 'changed',
      moved: { from: 'Socialdemokratisk medlemsutbildning', to: 'Utbildningar och konferenser' },
      fields: [{ field: 'format.sessions', before: 3, after: 4 }],
    });
    // Moving within a section (a new order) is not a move between sections.
    expect(d.sections).toEqual([]);
  });

  test('plan level: title, period, a section renamed, a section added, one removed', () => {
    let text = edit(SKANE, 'title: Skånes partidistrikts Studieplan för hösten 2021', 'title: Skånes partidistrikts Studieplan för hösten 2022');
    text = edit(text, '  term: autumn\n  year: 2021', '  term: autumn\n  year: 2022');
    text = edit(text, '    title: Socialdemokratisk medlemsutbildning\n', '    title: Medlemsutbildningar\n');
    text = edit(text, '  - kind: prose\n    id: praktisk-information\n    title: Praktisk information\n', '  - kind: prose\n    id: praktiskt\n    title: Bra att veta\n');
    const d = diff(SKANE, text);
    expect(d.plan).toEqual([
      { field: 'title', before: 'Skånes partidistrikts Studieplan för hösten 2021', after: 'Skånes partidistrikts Studieplan för hösten 2022' },
      { field: 'period', before: { term: 'autumn', year: 2021 }, after: { term: 'autumn', year: 2022 } },
    ]);
    expect(d.sections).toEqual([
      { change: 'removed', kind: 'prose', title: 'Praktisk information', fields: [] },
      { change: 'changed', kind: 'courses', title: 'Medlemsutbildningar', renamed: { from: 'Socialdemokratisk medlemsutbildning', to: 'Medlemsutbildningar' }, fields: [] },
      { change: 'added', kind: 'prose', title: 'Bra att veta', fields: [] },
    ]);
    // The courses of the renamed section did not move.
    expect(d.courses).toEqual([]);
  });

  test('a course section renamed without ids is paired by the courses it holds', () => {
    const noIds = edit(SKANE, '    id: medlemsutbildning\n', '');
    const renamed = edit(noIds, '    title: Socialdemokratisk medlemsutbildning\n', '    title: Medlemsutbildningar\n');
    const d = diff(noIds, renamed);
    expect(d.sections).toEqual([{ change: 'changed', kind: 'courses', title: 'Medlemsutbildningar', renamed: { from: 'Socialdemokratisk medlemsutbildning', to: 'Medlemsutbildningar' }, fields: [] }]);
    expect(d.courses).toEqual([]);
  });
});

describe('comparePlans on edits of the Norrbotten plan', () => {
  test('decision clauses added and removed, the status changed', () => {
    let text = edit(NORRBOTTEN, "    - 'Att följande utbildningar ingår i partidistriktets verksamhetsplan:'\n", '    - Att utbildningsplanen följs upp årligen\n');
    text = edit(text, '  state: proposal', '  state: adopted');
    const d = diff(NORRBOTTEN, text);
    expect(d.plan).toEqual([
      { field: 'status.state', before: 'proposal', after: 'adopted' },
      { field: 'proposal.clauses', removed: ['Att följande utbildningar ingår i partidistriktets verksamhetsplan:'], added: ['Att utbildningsplanen följs upp årligen'] },
    ]);
  });

  test('the report in words: Swedish by default, English on request', async () => {
    const text = edit(NORRBOTTEN, '  state: proposal', '  state: adopted');
    const d = diff(NORRBOTTEN, text, { old: { source: 'HEAD~1:plans/norrbotten.yaml', period: '2011–2014' }, new: { source: 'plans/norrbotten.yaml' } });
    const sv = await renderDiff(d, 'text');
    expect(sv).toContain('Förändringar jämfört med Utbildningsplan 2011-2014');
    expect(sv).toContain('Status: förslag → fastställd');
    expect(sv).toContain('Jämfört: HEAD~1:plans/norrbotten.yaml och plans/norrbotten.yaml');
    const en = await renderDiff({ ...d, language: 'en' }, 'text');
    expect(en).toContain('Changes compared with Utbildningsplan 2011-2014');
    expect(en).toContain('Status: proposal → adopted');
  });
});

describe('calendar events', () => {
  test("events added, removed and moved to another date; a month's text changed", async () => {
    let text = edit(
      CALENDAR,
      '          - date: 2022-09-24\n            endDate: 2022-09-25\n            title: Facket och politiken\n',
      '          - date: 2022-09-17\n            endDate: 2022-09-18\n            title: Facket och politiken\n',
    );
    text = edit(
      text,
      '          - date: 2022-09-10\n            title: Medlemsutbildning del 1, första träffen\n',
      '          - date: 2022-09-03\n            title: Upptaktsmöte\n          - date: 2022-09-10\n            title: Medlemsutbildning del 1, första träffen\n',
    );
    text = edit(
      text,
      "          - date: 2022-11-08\n            title: Sociala medier – introduktion\n            startTime: '18:00'\n            endTime: '20:00'\n            online: true\n",
      '          - date: 2022-11-12\n            title: Studiedag\n',
    );
    text = edit(text, '        text: Höstmötet hålls i oktober; inga utbildningar den veckan.', '        text: Höstmötet hålls den 15 oktober.');
    const d = diff(CALENDAR, text);
    expect(d.sections).toHaveLength(1);
    expect(d.sections[0]?.fields).toEqual([{ field: 'months.2022-10.text', before: 'Höstmötet hålls i oktober; inga utbildningar den veckan.', after: 'Höstmötet hålls den 15 oktober.' }]);
    expect(await renderDiff(d, 'text')).toContain('Månad oktober 2022: Höstmötet hålls i oktober; inga utbildningar den veckan. → Höstmötet hålls den 15 oktober.');
    expect(d.sections[0]?.events).toEqual([
      { change: 'removed', before: { date: '2022-11-08', title: 'Sociala medier – introduktion' }, fields: [] },
      {
        change: 'changed',
        before: { date: '2022-09-24', title: 'Facket och politiken' },
        after: { date: '2022-09-17', title: 'Facket och politiken' },
        fields: [
          { field: 'date', before: '2022-09-24', after: '2022-09-17' },
          { field: 'endDate', before: '2022-09-25', after: '2022-09-18' },
        ],
      },
      { change: 'added', after: { date: '2022-09-03', title: 'Upptaktsmöte' }, fields: [] },
      { change: 'added', after: { date: '2022-11-12', title: 'Studiedag' }, fields: [] },
    ]);
  });
});

describe('committee-only content', () => {
  const withNotes = edit(SKANE, '      - id: ecanvasser\n', '      - id: ecanvasser\n        internalNotes: HEMLIG budgetfråga\n');
  const madeInternal = edit(SKANE, '      - id: ecanvasser\n', '      - id: ecanvasser\n        internal: true\n');

  test('left out by default: notes do not count, an internal course is gone from the public plan', async () => {
    expect(diff(SKANE, withNotes).count).toBe(0);
    const d = diff(SKANE, madeInternal);
    expect(d.courses.map((c) => c.change)).toEqual(['removed']);
    for (const format of ['text', 'json', 'html', 'md'] as const) expect(await renderDiff(diff(SKANE, withNotes), format)).not.toContain('HEMLIG');
  });

  test('with includeInternal: compared and marked', async () => {
    const d = diff(SKANE, withNotes, { includeInternal: true });
    expect(d.courses[0]?.fields).toEqual([{ field: 'internalNotes', after: 'HEMLIG budgetfråga' }]);
    const i = diff(SKANE, madeInternal, { includeInternal: true });
    expect(i.courses[0]).toMatchObject({ change: 'changed', internal: true, fields: [{ field: 'internal', after: true }] });
    expect(await renderDiff(i, 'text')).toContain('[Internt]');
    expect(await renderDiff(i, 'html')).toContain('<span class="internal">Internt</span>');
  });
});

describe('the formats', () => {
  const renamed = edit(SKANE, '        title: Medlemsutbildning del 2\n', '        title: Medlemsutbildning *steg* 2 <b>\n');

  test('Markdown escapes plan text; HTML escapes it', async () => {
    const d = diff(SKANE, renamed);
    const md = await renderDiff(d, 'md');
    expect(md).toMatch(/^## Förändringar jämfört med /);
    expect(md).toContain('Medlemsutbildning \\*steg\\* 2 \\<b\\>');
    const html = await renderDiff(d, 'html');
    expect(html).toContain('Medlemsutbildning *steg* 2 &lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
  });

  test('JSON is the data', async () => {
    const d = diff(SKANE, renamed);
    expect(JSON.parse(await renderDiff(d, 'json'))).toEqual(JSON.parse(JSON.stringify(d)));
  });
});
