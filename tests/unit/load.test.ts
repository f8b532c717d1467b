import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import type { PathSegment } from '../../src/plan/source-map.js';

const fixture = readFileSync(new URL('../fixtures/valid/dated-course.yaml', import.meta.url), 'utf8');
const COURSE: PathSegment[] = ['sections', 0, 'courses', 0];
const VENUE: PathSegment[] = [...COURSE, 'occurrences', 0, 'venue'];

/** 1-based line and column of the first occurrence of `needle` in `text` (counted on LF lines). */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

describe('positions from parsePlan and sourceMap.rangeOf', () => {
  const plan = parsePlan(fixture, 'dated-course.yaml');

  test('reads the fixture without diagnostics', () => {
    expect(plan.diagnostics).toEqual([]);
    expect((plan.data as { title: string }).title).toBe('Studieplan våren 2022');
  });

  test("a nested value's line and column cover the value", () => {
    const r = plan.sourceMap.rangeOf(VENUE, 'value');
    expect(r.start).toEqual(where(fixture, 'ABF-huset'));
    expect(r.end).toEqual({ line: r.start.line, column: r.start.column + 'ABF-huset'.length });
  });

  test("a key's range covers the key", () => {
    const r = plan.sourceMap.rangeOf(VENUE, 'key');
    expect(r.start).toEqual(where(fixture, 'venue: ABF-huset'));
    expect(r.end.column - r.start.column).toBe('venue'.length);
  });

  test('a quoted value, a number and a list item have their own positions', () => {
    expect(plan.sourceMap.rangeOf([...COURSE, 'occurrences', 0, 'startTime']).start).toEqual(where(fixture, "'09:30'"));
    expect(plan.sourceMap.rangeOf([...COURSE, 'cost', 'amount']).start).toEqual(where(fixture, '350'));
    expect(plan.sourceMap.rangeOf([...COURSE, 'audience', 1]).start).toEqual(where(fixture, 'Valberedningar i s-föreningarna'));
  });

  test('a mapping or list is placed on its first line only', () => {
    const r = plan.sourceMap.rangeOf(COURSE);
    expect(r.start).toEqual(where(fixture, 'id: valberedning-grund'));
    expect(r.end.line).toBe(r.start.line);
  });

  test('a missing path falls back to the mapping that lacks it', () => {
    expect(plan.sourceMap.has([...COURSE, 'summary'])).toBe(false);
    expect(plan.sourceMap.rangeOf([...COURSE, 'summary']).start).toEqual(where(fixture, 'id: valberedning-grund'));
    expect(plan.sourceMap.rangeOf([...COURSE, 'summary'], 'key').start).toEqual(where(fixture, 'id: valberedning-grund'));
    // an index past the end of a list falls back to the list, which starts at its first item
    expect(plan.sourceMap.rangeOf([...COURSE, 'occurrences', 5, 'venue']).start).toEqual(where(fixture, '- date: 2022-03-12'));
  });

  test('CRLF line ends and a byte order mark keep lines and columns right', () => {
    const crlf = fixture.replace(/\n/g, '\r\n');
    const expected = where(fixture, 'ABF-huset');
    for (const input of [crlf, `\uFEFF${fixture}`, Buffer.from(`\uFEFF${crlf}`, 'utf8')]) {
      const p = parsePlan(input, 'x.yaml');
      expect(p.diagnostics).toEqual([]);
      expect(p.sourceMap.rangeOf(VENUE).start).toEqual(expected);
      expect(p.sourceMap.rangeOf(VENUE, 'key').start).toEqual(where(fixture, 'venue: ABF-huset'));
      expect(p.text.startsWith('\uFEFF')).toBe(false);
    }
  });
});

describe('YAML problems become diagnostics with rule ids and lines', () => {
  const cases: Array<[string, string, string, number]> = [
    ['a duplicate key', 'title: A\npublisher:\n  name: S\ntitle: B\n', 'yaml/duplicate-key', 4],
    ['a tab used as indentation', 'title: A\npublisher:\n\tname: S\n', 'yaml/tab-indent', 3],
    ['several documents in one file', 'title: A\n---\ntitle: B\n', 'yaml/multiple-documents', 2],
  ];
  test.each(cases)('%s', (_name, text, ruleId, line) => {
    const p = parsePlan(text, 'bad.yaml');
    const d = p.diagnostics.find((x) => x.ruleId === ruleId);
    expect(d, JSON.stringify(p.diagnostics)).toBeDefined();
    expect(d!.line).toBe(line);
    expect(d!.severity).toBe('error');
    expect(d!.file).toBe('bad.yaml');
    expect(p.data).toBeUndefined();
  });

  test('a duplicate key deep in a course is found on its own line, after CRLF too', () => {
    const text = fixture.replace('            venue: ABF-huset\n', '            venue: ABF-huset\n            venue: Folkets hus\n');
    const line = where(text, 'venue: Folkets hus').line;
    for (const input of [text, text.replace(/\n/g, '\r\n')]) {
      const d = parsePlan(input, 'x.yaml').diagnostics.find((x) => x.ruleId === 'yaml/duplicate-key');
      expect(d?.line).toBe(line);
      expect(d?.column).toBe(13);
    }
  });

  test('dates stay strings (YAML 1.2), so the schema sees 2022-03-12 as written', () => {
    const p = parsePlan(fixture, 'x.yaml');
    const occ = (p.data as { sections: Array<{ courses: Array<{ occurrences: Array<{ date: unknown }> }> }> }).sections[0]!.courses[0]!.occurrences[0]!;
    expect(occ.date).toBe('2022-03-12');
  });
});

describe('an alias bomb', () => {
  test('is refused at its first alias, naming the limit', () => {
    const rows = ['title: T', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 6; i++)
      rows.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const d = parsePlan(rows.join('\n') + '\n', 'bomb.yaml').diagnostics.find((x) => x.ruleId === 'yaml/alias-limit');
    expect(d?.message).toMatch(/more than 100 times/);
    expect([d?.line, d?.column, d?.endColumn]).toEqual([3, 10, 13]);
  });
});
