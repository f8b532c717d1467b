import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/**
 * Issue 16: ESC, CR and LF in a plan's value or key were printed raw by the stylish reporter and
 * by `diff`: a plan could erase lines and fake "✔ no problems", or a GitHub `::error` command.
 * Every reporter escapes them, and a quoted value is cut to a bounded length.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
// YAML double quotes: \e is ESC. The key erases the line, returns the cursor, fakes a clean
// result, and on a new line a workflow command.
const EVIL = '\\e[2K\\r\\u2714 no problems\\n::error file=forged.yaml,line=1::forged\\u202e';
const LONG = 'å'.repeat(5000);
let dir: string;
// eslint-disable-next-line no-control-regex -- ESC, CR and the bidi override are what must not reach the terminal
const RAW = /[\u001b\r\u202e]/;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-escapes-'));
  writeFileSync(path.join(dir, 'evil.yaml'), `${MINIMAL}"x${EVIL}": 1\n${LONG}: 2\nlanguage: "sv${EVIL}"\n`);
  writeFileSync(path.join(dir, 'old.yaml'), MINIMAL);
  writeFileSync(path.join(dir, 'new.yaml'), MINIMAL.replace('title: Studieplan 2022', `title: "Ny${EVIL}"`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noForgedLine = (text: string) => {
  for (const line of text.split('\n')) {
    expect(line).not.toMatch(/^::error file=forged/);
    expect(line).not.toMatch(/^\u2714 no problems/);
  }
};

test('stylish: the key and the value are escaped, never raw', async () => {
  const r = await runMain(dir, ['lint', 'evil.yaml']);
  expect(r.code).toBe(1);
  expect(r.stdout).not.toMatch(RAW);
  expect(r.stdout).toContain('\\x1b[2K\\r\u2714 no problems\\n::error');
  noForgedLine(r.stdout);
});

test('github: no forged workflow command, no raw ESC', async () => {
  const r = await runMain(dir, ['lint', '--format', 'github', 'evil.yaml']);
  expect(r.code).toBe(1);
  expect(r.stdout).not.toMatch(RAW);
  noForgedLine(r.stdout);
  expect(
    r.stdout
      .trim()
      .split('\n')
      .every((l) => l.startsWith('::error ') || l.startsWith('::warning ') || l.startsWith('::notice ')),
  ).toBe(true);
});

test('a 5 000-character key is quoted cut: every message line stays short', async () => {
  const r = await runMain(dir, ['lint', '--format', 'github', 'evil.yaml']);
  const longest = Math.max(...r.stdout.split('\n').map((l) => l.length));
  expect(longest).toBeLessThan(600);
  expect(r.stdout).toContain('…');
});

test('diff text: a title with ESC, CR and LF is escaped', async () => {
  const r = await runMain(dir, ['diff', 'old.yaml', 'new.yaml']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(RAW);
  expect(r.stdout).toContain('\\x1b[2K');
  noForgedLine(r.stdout);
});
