import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Issue 28: one escaping boundary for everything printed to a terminal or a CI log. A table of
 * sources (a plan value, a config value, a template's field name, the browser's stderr, a file
 * name) × outputs (the four lint formats, the build's progress and error lines): no raw escape, no
 * fake line, no forged `::error`, and the JSON formats still parse.
 */
// Erase the line, back to column one, a fake success, then on a line of its own a workflow command.
const EVIL = '\x1b[2K\r\u2714 Built x.pdf\n::error file=forged.yaml,line=1::forged\u202e\u009b2J';
// The same in a YAML double-quoted scalar.
const EVIL_YAML = '\\e[2K\\r\\u2714 Built x.pdf\\n::error file=forged.yaml,line=1::forged\\u202e\\x9b2J';
const PLAN = 'title: Plan\npublisher:\n  name: X\nperiod:\n  year: 2022\n';
// eslint-disable-next-line no-control-regex -- what must not reach the terminal raw
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-sources-'));
  const at = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name, file)), { recursive: true });
      writeFileSync(path.join(dir, name, file), text, { mode: file.endsWith('.sh') ? 0o755 : 0o644 });
    }
  };
  at('plan-value', { 'plans/a.yaml': `${PLAN}sections:\n  - kind: prose\n    title: S\n    images:\n      - src: "${EVIL_YAML}.png"\n` });
  at('config-value', { 'plans/a.yaml': PLAN, 'studyplan.config.yaml': `template: "${EVIL_YAML}"\n` });
  at('template-field', { 'plans/a.yaml': PLAN, 't/template.json': '{"name":"t","extends":"booklet"}', 't/layout.hbs': `<html>{{[${EVIL.replace(/[[\]]/g, '')}]}}</html>` });
  at('browser-stderr', {
    'plans/a.yaml': PLAN,
    // A "browser" that says something hostile on one line and quits.
    'chrome.sh': `#!/bin/sh\nprintf '\\033[2K\\r\\342\\234\\224 Built x.pdf\\r::error file=forged.yaml::forged\\n' >&2\nexit 1\n`,
  });
  at('file-name', { [`plans/${EVIL.replace(/\//g, '')}.yaml`]: PLAN.replace('title: Plan\n', 'title: Plan\nunknown: 1\n') });
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectSafe(text: string): void {
  expect(text).not.toMatch(RAW);
  for (const line of text.split('\n')) {
    expect(line).not.toMatch(/^::error file=forged/);
    expect(line).not.toMatch(/^\u2714/);
  }
}

type Case = [source: string, args: string[], json?: boolean];
const LINT: Case[] = [];
for (const source of ['plan-value', 'file-name']) {
  for (const format of ['stylish', 'github', 'json', 'sarif']) LINT.push([source, ['lint', '--format', format, 'plans'], format === 'json' || format === 'sarif']);
}
const BUILD: Case[] = [
  ['plan-value', ['build', '--format', 'html', '--verbose', 'plans']],
  ['config-value', ['build', '--format', 'html', 'plans']],
  ['template-field', ['build', '--format', 'html', '--template', './t', 'plans']],
  // --chrome is resolved against the process's folder, not the run's: the test names it by its place in beforeAll.
  ['browser-stderr', ['build', '--chrome', 'CHROME', 'plans']],
  ['file-name', ['build', '--format', 'html', '--verbose', 'plans']],
];

describe.each([...LINT, ...BUILD])('%s → %j', (source, args, json) => {
  test('escaped: no raw control, no fake line, no forged annotation', async () => {
    const r = await runMain(
      path.join(dir, source),
      args.map((a) => (a === 'CHROME' ? path.join(dir, source, 'chrome.sh') : a)),
    );
    expectSafe(r.stdout);
    expectSafe(r.stderr);
    // The hostile text was there to print: the case shows it escaped, so it is not a silent skip.
    expect(`${r.stdout}${r.stderr}`).toMatch(/\\(x1b|u001b|r)|%1B/);
    if (json) expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
