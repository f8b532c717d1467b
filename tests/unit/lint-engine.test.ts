import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { checkPlan } from '../../src/lint/index.js';
import { lintFiles } from '../../src/project/lint-files.js';
import { didYouMean } from '../../src/lint/did-you-mean.js';
import { parsePlan } from '../../src/plan/load.js';

const HEAD = 'title: T\npublisher:\n  name: P\nperiod:\n  year: 2022\n';
const lint = (text: string, lang: 'sv' | 'en' = 'en') => checkPlan(parsePlan(text, 'x.yaml'), { lang });
const brief = (text: string, lang: 'sv' | 'en' = 'en') => lint(text, lang).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId}`);

describe('schema errors at their place', () => {
  test('an unknown key at the key, with did-you-mean', () => {
    const [d] = lint(`${HEAD}titel: X\n`);
    expect(d).toMatchObject({ line: 6, column: 1, endLine: 6, endColumn: 6, ruleId: 'schema/unknown-key' });
    expect(d!.message).toContain('Did you mean `title`?');
    expect(d!.fix).toEqual({ range: { start: { line: 6, column: 1 }, end: { line: 6, column: 6 } }, text: 'title' });
  });

  test('a finding with no likely fix carries none', () => {
    const [d] = lint(`${HEAD}zzzzzzzzzz: X\n`);
    expect(d).toMatchObject({ ruleId: 'schema/unknown-key' });
    expect(d!.fix).toBeUndefined();
  });

  test('a missing property at the key of the mapping that lacks it', () => {
    expect(brief('title: T\npublisher:\n  shortName: S\nperiod:\n  year: 2022\n')).toEqual(['2:1-2:10 error schema/required']);
    expect(brief('publisher:\n  name: P\nperiod:\n  year: 2022\n')).toEqual(['1:1-1:11 error schema/required']);
  });

  test('a wrong value at the value', () => {
    expect(brief(`${HEAD}kind: plan\n`)).toEqual(['6:7-6:11 error schema/enum']);
    expect(brief('title: T\npublisher:\n  name: P\nperiod:\n  year: tjugotjugotvå\n')).toEqual(['5:9-5:22 error schema/type']);
  });

  test('a period of none of the five forms is reported once, not once per form', () => {
    const found = lint('title: T\npublisher:\n  name: P\nperiod:\n  yeer: 2022\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, ruleId: 'schema/one-of' });
    expect(found[0]!.hint).toContain('{term, year}');
  });

  test("a period that nearly matches a form gets that form's error (the misspelt `to` once: tests/unit/one-finding.test.ts)", () => {
    expect(lint('title: T\npublisher:\n  name: P\nperiod:\n  from: 2011\n  too: 2014\n').map((d) => `${d.line} ${d.ruleId} ${d.message}`)).toEqual([
      '6 schema/unknown-key Unknown key `too` in `period`. Did you mean `to`?',
    ]);
  });

  test('a section of an unknown kind: only the kind, with did-you-mean', () => {
    const found = lint(`${HEAD}sections:\n  - kind: kalender\n    title: K\n    months: []\n`);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['7:11 schema/enum']);
    expect(found[0]!.message).toContain('`calendar`');
  });

  test('a section without a kind', () => {
    expect(brief(`${HEAD}sections:\n  - title: K\n`)).toEqual(['7:5-7:13 error schema/required']);
  });

  test('a plan that is a list', () => {
    const [d] = lint('- title: T\n');
    expect(d).toMatchObject({ line: 1, ruleId: 'schema/type' });
    expect(d!.hint).toContain('not a list');
  });

  test('a date that does not exist', () => {
    const [d] = lint(`${HEAD}issued:\n  date: 2022-02-30\n`);
    expect(d).toMatchObject({ line: 7, column: 9, ruleId: 'schema/format' });
    expect(d!.message).toContain('not a real date');
  });

  test('YAML problems from the loader keep their place and are worded in Swedish too', () => {
    const text = 'title: A\ntitle: B\n';
    expect(lint(text).map((d) => `${d.line} ${d.ruleId}`)).toEqual(['2 yaml/duplicate-key']);
    expect(lint(text, 'sv')[0]!.message).toMatch(/^Nyckeln `title` används redan här/);
  });
});

describe('messages in Swedish and English', () => {
  test('the same finding, in each language', () => {
    const text = `${HEAD}sections:\n  - kind: courses\n    title: K\n    courses:\n      - id: a\n        title: A\n        delivery: online\n`;
    const enum_ = (lang: 'sv' | 'en') => lint(text, lang).find((d) => d.ruleId === 'schema/enum')!;
    expect(enum_('en').message).toBe('`online` is not an allowed value of `delivery`. Did you mean `digital`?');
    expect(enum_('sv').message).toBe('`online` är inte ett tillåtet värde för `delivery`. Menade du `digital`?');
    expect(enum_('sv').hint).toBe('Tillåtna: `physical`, `digital` eller `blended`.');
  });
});

describe('did you mean', () => {
  test.each([
    ['audiense', ['audience', 'title'], 'audience'],
    ['Title', ['title'], 'title'],
    ['online', ['physical', 'digital', 'blended'], 'digital'],
    ['hösten', ['spring', 'autumn'], 'autumn'],
    ['xyz', ['audience', 'title'], undefined],
    ['ab', ['title'], undefined],
  ])('%s among %j: %s', (word, known, expected) => {
    expect(didYouMean(word, known)).toBe(expected);
  });
});

describe('suppression comments', () => {
  const plan = (comment: string) => `${HEAD}contacts:\n${comment}  - name: Bo\n`;

  test('without one the finding is there', () => {
    expect(brief(plan(''))).toEqual(['7:5-7:13 warning plan/unreachable-contact']);
  });

  test.each([
    ['# studyplan-disable-next-line plan/unreachable-contact\n'],
    ['  # studyplan-disable-next-line\n'],
    ['  # studyplan-disable-next-line plan/empty-text, plan/unreachable-contact -- Bo is reached through the office\n'],
  ])('%s silences the next line', (comment) => {
    expect(brief(plan(comment))).toEqual([]);
  });

  test('a comment for another rule silences nothing, and says so', () => {
    expect(brief(plan('  # studyplan-disable-next-line plan/empty-text\n'))).toEqual(['7:3-7:48 info lint/unused-disable', '8:5-8:13 warning plan/unreachable-contact']);
  });

  test('an unknown rule in the comment is named, with did-you-mean', () => {
    const found = lint(plan('  # studyplan-disable-next-line plan/unreachable\n'));
    expect(found.map((d) => d.ruleId)).toEqual(['lint/unknown-rule', 'plan/unreachable-contact']);
    expect(found[0]!.message).toContain('plan/unreachable-contact');
  });
});

describe('lintFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-lint-'));
  mkdirSync(path.join(dir, 'plans'));
  writeFileSync(path.join(dir, 'plans/a.yaml'), HEAD);
  writeFileSync(path.join(dir, 'plans/b.yaml'), `${HEAD}titel: X\n`);
  mkdirSync(path.join(dir, 'plans/x.yaml'));

  test('lints plans/ by default, files named relative to cwd, in order', async () => {
    const reports = await lintFiles([], { cwd: dir });
    expect(reports.map((r) => [r.file, r.diagnostics.map((d) => d.ruleId)])).toEqual([
      ['plans/a.yaml', []],
      ['plans/b.yaml', ['schema/unknown-key']],
    ]);
    expect(reports[1]!.text).toContain('titel: X');
  });

  // Worker threads: tests/unit/lint-worker.test.ts (here, under TypeScript, lintFiles has no compiled worker to start).

  test.each([['missing.yaml'], ['nothing-*.yaml'], ['plans/x.yaml']])('%s is a RunError', async (arg) => {
    await expect(lintFiles([arg], { cwd: dir })).rejects.toBeInstanceOf(RunError);
  });
});

describe('the precompiled schema validators', () => {
  test('are up to date with the schemas (scripts/precompile-schemas.mjs --check)', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = path.resolve(import.meta.dirname, '../..');
    expect(() => execFileSync(process.execPath, ['scripts/precompile-schemas.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});

describe("the loader's problems in Swedish", () => {
  test.each([
    [new Uint8Array([0x74, 0x3a, 0x20, 0xe5, 0x0a]), /^Filen är inte UTF-8 \(byte 0xE5 på rad 1\)/],
    [new Uint8Array([0x00, 0x01, 0x02]), /^Filen är binärdata/],
    [`${'['.repeat(70)}${']'.repeat(70)}`, /^Planen är nästlad djupare än 64 nivåer\.$/],
  ])('%#', (input, message) => {
    const [d] = checkPlan(parsePlan(input, 'x.yaml'), { lang: 'sv' });
    expect(d!.message).toMatch(message);
    expect(d!.message).not.toMatch(/[A-Z][a-z]+ [a-z]+ (is|are) /);
  });
});
