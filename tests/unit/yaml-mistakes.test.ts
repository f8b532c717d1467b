import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/index.js';
import { checkPlan } from '../../src/lint/check-plan.js';
import { parsePlan } from '../../src/plan/load.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The common YAML mistakes (tests/fixtures/invalid/yaml/, one each): exactly one finding, at the
 * line and column of the mistake, worded in the message language, with its fix.
 */
const DIR = path.join(ROOT, 'tests/fixtures/invalid/yaml');
const lint = (name: string, lang: Lang = 'en') => {
  const loaded = parsePlan(readFileSync(path.join(DIR, name)), name);
  return checkPlan(loaded, { lang }).filter((d) => d.ruleId.startsWith('yaml/'));
};

export const MISTAKES: [string, string, string, string, RegExp][] = [
  ['colon in a value', 'colon-in-value.yaml', 'yaml/syntax', '2:18', /must be in quotes/],
  ['missing space after a colon', 'missing-space.yaml', 'yaml/syntax', '2:6', /space is missing after the colon/],
  ['missing colon', 'missing-colon.yaml', 'yaml/syntax', '3:1', /colon after `publisher` is missing/],
  ['tab', 'tab.yaml', 'yaml/tab-indent', '5:1', /tab is used for indentation \(column 1\)/],
  ['key indented too far', 'indented-too-far.yaml', 'yaml/syntax', '5:5', /`kind` is indented too far/],
  ['key indented too little', 'indented-too-little.yaml', 'yaml/syntax', '5:2', /`kind` is indented too little/],
  ['key under a block text', 'key-in-block-text.yaml', 'yaml/key-in-block-text', '17:11', /`audience`.*inside the text of `description`/],
  [' # in a value', 'comment-in-value.yaml', 'yaml/comment-in-value', '17:30', /cut at ` #`/],
  [' # inside { }, taking the } along', 'comment-in-flow.yaml', 'yaml/syntax', '16:50', /`#` starts a comment in YAML: .* the `\{` is never closed/],
  ['unclosed quote', 'unclosed-quote.yaml', 'yaml/syntax', '2:8', /quote " that starts here is never closed/],
  ['list item without a dash', 'list-item-without-dash.yaml', 'yaml/syntax', '10:3', /list item has no dash/],
  ['unresolved tag !!js/function', 'tag-js-function.yaml', 'yaml/unresolved-tag', '2:8', /Unknown YAML tag `!!js\/function`/],
  ['unresolved tag !foo', 'tag-unknown.yaml', 'yaml/unresolved-tag', '2:8', /Unknown YAML tag `!foo`/],
];

describe('one finding per YAML mistake, at its place', () => {
  test.each(MISTAKES)('%s', (_name, file, ruleId, at, message) => {
    const found = lint(file);
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toHaveLength(1);
    const [d] = found;
    expect(d!.ruleId).toBe(ruleId);
    expect(`${d!.line}:${d!.column}`).toBe(at);
    expect(d!.message).toMatch(message);
    expect(d!.hint).toBeTruthy();
    expect(d!.fix, 'a fix an editor can apply').toBeDefined();
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const [worded] = lint(file, lang);
      expect(worded!.message).not.toBe(d!.message);
      expect(`${worded!.message} ${worded!.hint}`).not.toMatch(/\b(the|is|are|not|must)\b/);
    }
  });

  test('the fix of each mistake makes the file read', () => {
    for (const [, file, ruleId] of MISTAKES) {
      if (!ruleId.startsWith('yaml/syntax') && ruleId !== 'yaml/tab-indent') continue;
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const [d] = lint(file);
      const lines = text.split('\n');
      const { start, end } = d!.fix!.range;
      const row = lines[start.line - 1]!;
      lines[start.line - 1] = row.slice(0, start.column - 1) + d!.fix!.text + row.slice(end.column - 1);
      const fixed = parsePlan(lines.join('\n'), file);
      expect(fixed.diagnostics, file).toEqual([]);
    }
  });

  test('a fix that does not take the mistake away is said once, not once per round', () => {
    // The lines after a swallowed } look indented too far however often they are moved.
    const text = 'title: T\npublisher:\n  name: ABF\n  kind: study-association\nperiod:\n  year: 2024\nx:\n  - { a: b #c }\n  - d: 1\n    e: 2\n    f: 3\n';
    const found = checkPlan(parsePlan(text, 'x.yaml'), { lang: 'en' }).filter((d) => d.ruleId === 'yaml/syntax');
    expect(new Set(found.map((d) => `${d.line}:${d.column} ${d.message}`)).size).toBe(found.length);
  });

  test('two mistakes in one file: two findings, each at its line', () => {
    const text = 'title:Studieplan 2024\npublisher:\n  name: ABF: Norrbotten\n  kind: study-association\nperiod:\n  year: 2024\n';
    const found = checkPlan(parsePlan(text, 'two.yaml'), { lang: 'en' }).filter((d) => d.ruleId.startsWith('yaml/'));
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['1:6', '3:12']);
  });
});

/**
 * The secretary's mistakes (issue 30), each in tests/fixtures/invalid/secretary/ as the plan
 * beside them (plan.yaml, clean) with that one mistake: exactly one finding of the whole lint,
 * at the mistake, in the run's language, with a fix that makes the plan lint clean when applied.
 */
const SECRETARY = path.join(ROOT, 'tests/fixtures/invalid/secretary');
const lintAll = (text: string, name: string, lang: Lang) => checkPlan(parsePlan(text, name), { lang });

/** TEXT with FIX applied (its range may span lines, as an editor's edit may). */
function applyFix(text: string, fix: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string }): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
  return text.slice(0, offset(fix.range.start)) + fix.text + text.slice(offset(fix.range.end));
}

export const SECRETARY_MISTAKES: [string, string, string, string, RegExp][] = [
  ['tabs before a key, in a course', 'tab-in-course.yaml', 'yaml/tab-indent', '28:1', /tab is used for indentation/],
  ['a tab before a list dash', 'tab-before-dash.yaml', 'yaml/tab-indent', '27:1', /tab is used for indentation/],
  ['a course without its dash (keys run on into the course above)', 'course-without-dash.yaml', 'yaml/syntax', '33:9', /new list item begins at `id`.*dash is missing/],
  ['a course without its dash, at the dash column', 'course-without-dash-at-its-column.yaml', 'yaml/syntax', '33:7', /new list item begins at `id`.*dash is missing/],
  ['a non-breaking space after a colon', 'nbsp-after-colon.yaml', 'yaml/syntax', '20:21', /non-breaking space .* `endTime`/],
  ['a non-breaking space in the indentation', 'nbsp-in-indent.yaml', 'yaml/syntax', '21:12', /non-breaking space .* `venue`/],
  ["cost's lines not indented under it", 'cost-not-indented.yaml', 'yaml/not-indented', '24:9', /`amount` and `currency` belong under `cost:` \(the course `Retorik`\)/],
  ['a colon in a title that holds quotes', 'colon-in-quoted-title.yaml', 'yaml/syntax', '15:43', /must be in quotes/],
  ['startTime: 18.30', 'time-with-dot.yaml', 'schema/type', '19:24', /`18\.30` in `startTime` is read as the number 18\.3/],
  ['startTime: kl. 18.30', 'time-with-kl.yaml', 'schema/pattern', '19:24', /`kl\. 18\.30` in `startTime` is not a clock time/],
  ['startTime: 9:30', 'time-one-digit-hour.yaml', 'schema/pattern', '19:24', /`9:30` in `startTime` is not a clock time/],
  ['amount: 500 kr', 'price-kr.yaml', 'schema/type', '24:19', /`amount` must be a number, not text \(`500 kr`\)/],
  ['amount: 1 200 kr', 'price-thousands-space.yaml', 'schema/type', '24:19', /not text \(`1 200 kr`\)/],
  ['amount: 1.200', 'price-thousands-dot.yaml', 'plan/thousands-dot', '24:19', /`1\.200` is read as 1\.2/],
  ['amount: 500:-', 'price-colon-dash.yaml', 'schema/type', '24:19', /not text \(`500:-`\)/],
  ['a web address without https://', 'url-without-https.yaml', 'plan/malformed-url', '32:18', /does not start with https:\/\//],
];

describe("the secretary's mistakes: one finding each, at the mistake, with a fix that lints clean", () => {
  test('the plan they are made in lints clean', () => {
    for (const lang of LANGS) expect(lintAll(readFileSync(path.join(SECRETARY, 'plan.yaml'), 'utf8'), 'plan.yaml', lang)).toEqual([]);
  });

  test.each(SECRETARY_MISTAKES)('%s', (_name, file, ruleId, at, message) => {
    const text = readFileSync(path.join(SECRETARY, file), 'utf8');
    const worded: Record<string, string> = {};
    for (const lang of LANGS) {
      const found = lintAll(text, file, lang);
      expect(
        found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
        lang,
      ).toHaveLength(1);
      const [d] = found;
      expect(d!.ruleId).toBe(ruleId);
      expect(`${d!.line}:${d!.column}`).toBe(at);
      expect(d!.hint, 'a hint that says what to write').toBeTruthy();
      expect(`${d!.message} ${d!.hint}`).not.toMatch(/mapping|mappning|in `courses`|i `courses`/);
      if (lang === 'en') expect(d!.message).toMatch(message);
      else expect(`${d!.message} ${d!.hint}`).not.toMatch(/\b(the|is|are|not|must)\b/);
      worded[lang] = d!.message;
      expect(d!.fix, 'a fix an editor can apply').toBeDefined();
      expect(lintAll(applyFix(text, d!.fix!), file, lang), `${file} with the fix applied (${lang})`).toEqual([]);
    }
    expect(new Set(Object.values(worded)).size).toBe(LANGS.length);
  });
});

test('the colon hint for a title that holds quotes is YAML that reads back as the title', async () => {
  const { parse } = await import('yaml');
  const text = readFileSync(path.join(SECRETARY, 'colon-in-quoted-title.yaml'), 'utf8');
  for (const lang of LANGS) {
    const [d] = lintAll(text, 'colon-in-quoted-title.yaml', lang);
    const written = /`(title: .*)`/.exec(d!.hint!)![1]!;
    expect(parse(written), lang).toEqual({ title: 'Kursen "Tala så de lyssnar": retorik' });
  }
});
