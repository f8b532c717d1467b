import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/check-plan.js';
import { parsePlan } from '../../src/plan/load.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The common YAML mistakes (tests/fixtures/invalid/yaml/, one each): exactly one finding, at the
 * line and column of the mistake, worded in the message language, with its fix.
 */
const DIR = path.join(ROOT, 'tests/fixtures/invalid/yaml');
const lint = (name: string, lang: 'sv' | 'en' | 'nb' = 'en') => {
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
    for (const lang of ['sv', 'nb'] as const) {
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
